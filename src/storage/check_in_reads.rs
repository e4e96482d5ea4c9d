//! Reading check-ins through the `[goal_id, date]` index: one goal's days, and each
//! goal's summary from its bounded window. Shared by start-up (`database`) and the staff
//! commands (`staff`).

use super::migrations::{CHECK_INS, CHECK_INS_BY_GOAL_DATE, PROFILE, PROFILE_KEY, RATING_HOURS};
use super::read::{self, Read};
use crate::domain::staff::progress::{summarize, summarize_ratings, summary_window};
use crate::domain::staff::{CheckIn, Goal, GoalSummary};
use crate::domain::values::Profile;
use crate::domain::voice::report::HourTally;
use crate::domain::{Day, GoalId, StorageFailure};
use web_sys::IdbTransaction;

/// One goal's check-ins from `from` to `to` (both included), in day order, through the
/// `[goal_id, date]` index.
pub(super) fn check_ins_read(
    tx: &IdbTransaction,
    goal: GoalId,
    from: Day,
    to: Day,
) -> Result<Read, StorageFailure> {
    let goal = goal.to_string();
    read::between(
        tx,
        CHECK_INS,
        CHECK_INS_BY_GOAL_DATE,
        &[goal.clone(), from.text()],
        &[goal, to.text()],
    )
}

/// One goal's check-ins between two days, in day order.
pub(super) async fn check_ins_in(
    tx: &IdbTransaction,
    goal: GoalId,
    from: Day,
    to: Day,
) -> Result<Vec<CheckIn>, StorageFailure> {
    if to < from {
        return Ok(Vec::new());
    }
    check_ins_read(tx, goal, from, to)?.records(tx).await
}

/// How long summarizing may hold the page before it first gives it back for a keystroke
/// or tap, and how long it then waits for an idle moment at most.
const PAGE_BACK_AFTER_MS: f64 = 6.0;
const IDLE_WITHIN_MS: u32 = 500;

/// The stores [`summaries_in`] reads: a transaction for it must cover them.
pub(super) const SUMMARY_STORES: [&str; 3] = [CHECK_INS, RATING_HOURS, PROFILE];

/// Each goal's summary as of `today`, from the check-ins of its summary window only
/// (a goal counted from the customers' ratings: from every hour's answers, a small
/// store). The requests are all placed before any is awaited: one trip, not one per
/// goal.
pub(super) async fn summaries_in(
    tx: &IdbTransaction,
    goals: &[Goal],
    today: Day,
) -> Result<Vec<GoalSummary>, StorageFailure> {
    let (rated, checked): (Vec<&Goal>, Vec<&Goal>) =
        goals.iter().partition(|g| !g.kind.is_checked_in());
    let ratings = if rated.is_empty() {
        None
    } else {
        Some((
            read::all(tx, RATING_HOURS)?,
            read::one(tx, PROFILE, PROFILE_KEY)?,
        ))
    };
    let mut pending = Vec::with_capacity(checked.len());
    for goal in checked {
        let (from, to) = summary_window(goal, today);
        pending.push((goal, check_ins_read(tx, goal.id, from, to.max(from))?));
    }
    let mut summaries = Vec::with_capacity(goals.len());
    let mut until = js_sys::Date::now() + PAGE_BACK_AFTER_MS;
    for (goal, read) in pending {
        let check_ins: Vec<CheckIn> = read.records(tx).await?;
        summaries.push(summarize(goal, &check_ins, today));
        // Past its slice, the work waits for an idle moment and goes on while it lasts:
        // with many goals this is some 26,000 check-ins decoded right after start-up,
        // while someone may already be typing in counter mode's search (keystrokes
        // waited up to 90 ms). Every request was placed above: the transaction needs
        // nothing more.
        if js_sys::Date::now() > until {
            let woken = crate::pacing::idle_for(IDLE_WITHIN_MS).await;
            until = js_sys::Date::now() + crate::pacing::idle_budget_ms(&woken);
        }
    }
    if let Some((hours, profile)) = ratings {
        let hours: Vec<HourTally> = hours.records(tx).await?;
        let profile: Profile = profile.record(tx).await?.unwrap_or_default();
        let too_few = profile.rating.too_few();
        summaries.extend(
            rated
                .into_iter()
                .map(|goal| summarize_ratings(goal, &hours, too_few, today)),
        );
    }
    Ok(summaries)
}
