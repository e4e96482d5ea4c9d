//! Complaints for the manager: the open cases (overdue first), the closed ones, and
//! which causes keep coming back, month by month.

mod case_follow_up;
mod complaint_form;
mod complaint_page;
mod counter_complaint;
mod standard_complaints;

pub use complaint_page::{ComplaintEditor, ComplaintPage, NewComplaint};
pub use counter_complaint::CounterComplaint;
pub use standard_complaints::StandardComplaints;

use crate::clock::{local_day, today};
use crate::domain::voice::patterns::Patterns;
use crate::domain::voice::{Cause, Complaint};
use crate::domain::{Day, Library};
use crate::text::{area_name, channel, date, tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

/// Months shown in the patterns table: half a year.
const PATTERN_MONTHS: usize = 6;

/// What a cause reads as: the standard's title, or the area's name.
pub fn cause_name(lib: &Library, cause: Option<Cause>) -> String {
    let found = match cause {
        None => return tr(Msg::NoCause),
        Some(Cause::Area(id)) => lib.area(id).map(area_name),
        Some(Cause::Standard(id)) => lib.standard(id).map(|s| s.title.clone()),
    };
    // Deleted since: the complaint still had a cause.
    found.unwrap_or_else(|| tr(Msg::CauseRemoved))
}

/// A case's state in a word: closed (on its day), overdue, or open.
pub fn case_badge(c: &Complaint, today: Day) -> Html {
    match c.closed_on(crate::clock::local_day) {
        Some(day) => {
            html! { <span class="badge done">{ tr(Msg::ClosedOn { date: &date(day.date()) }) }</span> }
        }
        None if c.overdue_on(today) => {
            html! { <span class="badge overdue">{ tr(Msg::OverdueBadge) }</span> }
        }
        None => html! { <span class="badge">{ tr(Msg::OpenBadge) }</span> },
    }
}

fn case_line(lib: &Library, c: &Complaint, today: Day) -> Html {
    html! {
        <li class="card case">
            <a href={Route::Complaint { id: c.id }.href()}>
                <span class="case-said">{ c.said.clone() }</span>
            </a>
            <p class="meta">
                { date(local_day(c.at).date()) }{ " · " }{ channel(c.channel) }
                if c.cause.is_some() {
                    { " · " }{ cause_name(lib, c.cause) }
                }
                { " " }{ case_badge(c, today) }
            </p>
        </li>
    }
}

#[component(ComplaintsPage)]
pub fn complaints_page() -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let today = today();
    let newest_first = |list: &mut Vec<&Complaint>| list.sort_by_key(|c| std::cmp::Reverse(c.at));
    let mut open: Vec<&Complaint> = lib
        .staff
        .complaints
        .iter()
        .filter(|c| !c.is_closed())
        .collect();
    newest_first(&mut open);
    // Overdue first: they need someone now.
    open.sort_by_key(|c| !c.overdue_on(today));
    let mut closed: Vec<&Complaint> = lib
        .staff
        .complaints
        .iter()
        .filter(|c| c.is_closed())
        .collect();
    newest_first(&mut closed);
    let patterns = Patterns::of(
        &lib.staff.complaints,
        today,
        PATTERN_MONTHS,
        crate::clock::local_day,
    );
    // Short month names keep six of them on a phone; the year is there for a reader.
    let month_name = |m: &crate::domain::voice::patterns::Month| {
        html! {
            <>
                { tr(Msg::MonthShort { month: m.month }) }
                <span class="visually-hidden">{ format!(" {}", m.year) }</span>
            </>
        }
    };
    html! {
        <section class="page complaints">
            <h1>{ tr(Msg::ComplaintsHeading) }</h1>
            <p class="intro">{ tr(Msg::ComplaintsIntro) }</p>
            <div class="actions">
                <a class="button primary" href={Route::NewComplaint.href()}>{ tr(Msg::LogComplaint) }</a>
                <a class="button" href={Route::Ratings.href()}>{ tr(Msg::SeeRatings) }</a>
            </div>
            if lib.staff.complaints.is_empty() {
                <p class="empty">{ tr(Msg::NoComplaintsYet) }</p>
            } else {
                <h2>{ tr(Msg::OpenCases { count: open.len() }) }</h2>
                if open.is_empty() {
                    <p>{ tr(Msg::NoOpenCases) }</p>
                }
                <ul class="card-list">{ for open.iter().map(|c| case_line(lib, c, today)) }</ul>
                if !patterns.rows.is_empty() {
                    <h2 id="patterns-heading">{ tr(Msg::PatternsHeading) }</h2>
                    <div class="table-frame">
                        <table aria-labelledby="patterns-heading">
                            <thead>
                                <tr>
                                    <th scope="col">{ tr(Msg::CauseLabel) }</th>
                                    { for patterns.months.iter().map(|m| html! { <th scope="col" class="number">{ month_name(m) }</th> }) }
                                    <th scope="col" class="number">{ tr(Msg::TotalRow) }</th>
                                </tr>
                            </thead>
                            <tbody>
                                { for patterns.rows.iter().map(|row| html! {
                                    <tr>
                                        <th scope="row">{ cause_name(lib, row.cause) }</th>
                                        { for row.counts.iter().map(|n| html! { <td class="number">{ n }</td> }) }
                                        <td class="number">{ row.total }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
                if !closed.is_empty() {
                    <h2>{ tr(Msg::ClosedCases { count: closed.len() }) }</h2>
                    <ul class="card-list">{ for closed.iter().map(|c| case_line(lib, c, today)) }</ul>
                }
            }
        </section>
    }
}
