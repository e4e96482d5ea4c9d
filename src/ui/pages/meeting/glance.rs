//! Last week at a glance: what customers said, complaints, visits, knowledge checks and
//! goals, each with the number behind it; and a plain sentence when nothing was
//! recorded, rather than zeros that look like results.

use crate::domain::drip::figures::{VisitResult, WeekAtGlance};
use crate::text::voice::share;
use crate::text::{tr, Msg};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GlanceProps {
    pub glance: Rc<WeekAtGlance>,
}

fn visit_line(v: &VisitResult) -> String {
    match v.percent {
        Some(percent) => tr(Msg::VisitScoreLine {
            title: &v.title,
            percent,
        }),
        None => v.title.clone(),
    }
}

#[component(Glance)]
pub fn glance(props: &GlanceProps) -> Html {
    let glance = &props.glance;
    let goals = html! {
        <tr>
            <th scope="row">{ tr(Msg::Goals) }</th>
            <td>{ tr(Msg::GoalsOnTrack { on_track: glance.goals.on_track, active: glance.goals.active }) }</td>
        </tr>
    };
    if glance.is_empty() {
        return html! {
            <>
                <p class="empty">{ tr(Msg::NothingRecordedThatWeek) }</p>
                if glance.goals.active > 0 {
                    <table class="glance-table"><tbody>{ goals }</tbody></table>
                }
            </>
        };
    }
    let visits: Vec<String> = glance
        .own_visits
        .iter()
        .chain(&glance.other_visits)
        .map(visit_line)
        .collect();
    let none = || tr(Msg::NoneThatWeek);
    html! {
        <table class="glance-table">
            <tbody>
                <tr>
                    <th scope="row">{ tr(Msg::CustomersRatings) }</th>
                    <td>{ if glance.ratings.tally.answers() == 0 { none() } else { share(glance.ratings.share) } }</td>
                </tr>
                <tr>
                    <th scope="row">{ tr(Msg::ComplaintsHeading) }</th>
                    <td>{ tr(Msg::OpenedClosed { opened: glance.complaints_opened, closed: glance.complaints_closed }) }</td>
                </tr>
                <tr>
                    <th scope="row">{ tr(Msg::Visits) }</th>
                    <td>{ if visits.is_empty() { none() } else { visits.join(" · ") } }</td>
                </tr>
                <tr>
                    <th scope="row">{ tr(Msg::KnowledgeCheckHeading) }</th>
                    <td>{ if glance.checks.attempts == 0 { none() } else {
                        tr(Msg::PeoplePassed { people: glance.checks.people_passed, taken: glance.checks.attempts })
                    } }</td>
                </tr>
                if glance.goals.active > 0 {
                    { goals }
                }
            </tbody>
        </table>
    }
}
