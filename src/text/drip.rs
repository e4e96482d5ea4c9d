//! The service drip's words: weeks and the team discussion's prompts.

use super::{tr, Msg};
use crate::domain::drip::{Prompt, Week};

/// "Week 49, 2026".
pub fn week(week: Week) -> String {
    let (year, week) = week.number();
    tr(Msg::WeekLabel { week, year })
}

pub fn prompt(prompt: Prompt) -> Msg<'static> {
    match prompt {
        Prompt::WentWell => Msg::PromptWentWell,
        Prompt::WentBadly => Msg::PromptWentBadly,
        Prompt::ColleagueSolved => Msg::PromptColleagueSolved,
        Prompt::OtherWays => Msg::PromptOtherWays,
    }
}
