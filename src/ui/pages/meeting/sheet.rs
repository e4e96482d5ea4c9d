//! The meeting on paper: one A4 sheet with last week's figures, the standard and story
//! of the week, and the team's notes, scaled to fill the page without spilling. A prompt
//! with no note yet gets room to write by hand, so the sheet can be printed before the
//! meeting.

use super::glance::Glance;
use crate::domain::drip::figures::WeekAtGlance;
use crate::domain::drip::{Meeting, Prompt};
use crate::text::drip::{prompt, week as week_label};
use crate::text::{tr, Msg};
use crate::ui::library::use_library;
use crate::ui::sheet_fit::SHEET;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeetingSheetProps {
    pub meeting: Meeting,
    /// Last week at a glance, as the page shows it.
    pub glance: Rc<WeekAtGlance>,
}

#[component(MeetingSheet)]
pub fn meeting_sheet(props: &MeetingSheetProps) -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let m = &props.meeting;
    let focus = m
        .focus_standard_id
        .and_then(|id| lib.standards.iter().find(|s| s.id == id));
    let story = m.story_id.and_then(|id| lib.story(id));
    html! {
        <div class={classes!(SHEET, "meeting-sheet")}>
            <div class="sheet-content">
                <p class="sheet-title">{ tr(Msg::ServiceMeetingHeading) }{ " · " }{ week_label(m.week) }</p>
                <h2>{ tr(Msg::LastWeekHeading { week: &week_label(m.week.previous()) }) }</h2>
                <Glance glance={props.glance.clone()} />
                if let Some(standard) = focus {
                    <h2>{ tr(Msg::FocusStandardLabel) }</h2>
                    <p><strong>{ standard.title.clone() }</strong></p>
                    if !standard.dos.is_empty() {
                        <ul>{ for standard.dos.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
                    }
                }
                if let Some(story) = story {
                    <h2>{ tr(Msg::StoryOfTheWeek) }</h2>
                    <p><strong>{ story.title.clone() }</strong></p>
                    <p class="note-text">{ story.text.clone() }</p>
                    if let Some(p) = story.person_id.and_then(|id| lib.person(id)) {
                        <p class="muted">{ tr(Msg::StoryAbout { name: &p.name }) }</p>
                    }
                }
                <h2>{ tr(Msg::TeamDiscussionHeading) }</h2>
                { for Prompt::ALL.into_iter().map(|p| {
                    let note = m.note(p);
                    html! {
                        <>
                            <h3>{ tr(prompt(p)) }</h3>
                            if note.is_empty() {
                                <div class="write-here"></div>
                            } else {
                                <p class="note-text">{ note.to_string() }</p>
                            }
                        </>
                    }
                }) }
            </div>
        </div>
    }
}
