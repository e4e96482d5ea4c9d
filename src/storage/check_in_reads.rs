//! Reading check-ins through the `[goal_id, date]` index: one goal's days, and each
//! goal's summary from its bounded window. Shared by start-up (`database`) and the staff
//! commands (`staff`).

use super::migrations::{CHECK_INS, CHECK_INS_BY_GOAL_DATE};
use super::read::{self, Read};
use crate::domain::staff::progress::{summarize, summary_window};
use crate::domain::staff::{CheckIn, Goal, GoalSummary};
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

/// Each goal's summary as of `today`, from the check-ins of its summary window only.
/// The requests are all placed before any is awaited: one trip, not one per goal.
pub(super) async fn summaries_in(
    tx: &IdbTransaction,
    goals: &[Goal],
    today: Day,
) -> Result<Vec<GoalSummary>, StorageFailure> {
    let mut pending = Vec::with_capacity(goals.len());
    for goal in goals {
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
    Ok(summaries)
}
