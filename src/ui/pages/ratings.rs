//! What customers' ratings add up to: counts per answer, the share of good answers with
//! the number of answers (or "too few answers to say"), week by week and by weekday and
//! hour, and the reasons given. Read from storage when opened; start-up never reads them.

mod setup_form;

use crate::domain::voice::{Rating, RatingReport};
use crate::text::voice::{rating, share};
use crate::text::{tr, Msg};
use crate::ui::hooks::use_rating_hours;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use setup_form::RatingSetupForm;
use yew::prelude::*;

/// How many weeks the week-by-week table shows, newest last.
const WEEKS: usize = 12;

#[component(RatingsPage)]
pub fn ratings_page() -> Html {
    let library = use_library();
    let hours = use_rating_hours(&library);
    let report = use_memo(hours, |hours| {
        hours
            .as_ref()
            .map(|hours| RatingReport::of_hours(hours, None))
    });
    let too_few = library
        .as_ref()
        .map_or(crate::domain::voice::DEFAULT_TOO_FEW, |l| {
            l.library().profile.rating.too_few()
        });
    let body = match &*report {
        None => html! {},
        Some(report) if report.all.answers() == 0 => html! { <p>{ tr(Msg::NoRatingsYet) }</p> },
        Some(report) => html! {
            <>
                <section aria-labelledby="ratings-all">
                    <h2 id="ratings-all">{ tr(Msg::AllRatings) }</h2>
                    <p class="verdict"><strong>{ share(report.all.share(too_few)) }</strong></p>
                    <table class="trend-table">
                        <thead><tr>
                            <th scope="col">{ tr(Msg::RatingScale) }</th>
                            <th scope="col">{ tr(Msg::AnswersColumn) }</th>
                        </tr></thead>
                        <tbody>
                            { for Rating::ALL.iter().rev().map(|r| html! {
                                <tr><th scope="row">{ rating(*r) }</th><td>{ report.all.count(*r) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </section>
                <section aria-labelledby="ratings-weeks">
                    <h2 id="ratings-weeks">{ tr(Msg::ByWeek) }</h2>
                    { week_bars(&report.weeks[report.weeks.len().saturating_sub(WEEKS)..], too_few) }
                    <table class="trend-table">
                        <thead><tr>
                            <th scope="col">{ tr(Msg::WeekColumn) }</th>
                            <th scope="col">{ tr(Msg::GoodShareColumn) }</th>
                        </tr></thead>
                        <tbody>
                            { for report.weeks.iter().skip(report.weeks.len().saturating_sub(WEEKS)).map(|w| html! {
                                <tr>
                                    <th scope="row">{ tr(Msg::WeekLabel { week: w.week, year: w.year }) }</th>
                                    <td>{ share(w.tally.share(too_few)) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </section>
                <section aria-labelledby="ratings-hours">
                    <h2 id="ratings-hours">{ tr(Msg::ByWeekdayAndHour) }</h2>
                    <div class="table-frame">
                        <table class="trend-table heat-map">
                            <thead><tr>
                                <th scope="col">{ tr(Msg::HourColumn) }</th>
                                { for (1..=7u8).map(|day| html! { <th scope="col">{ tr(Msg::Weekday { day }) }</th> }) }
                            </tr></thead>
                            <tbody>
                                { for report.heat.hours_used().map(|hour| html! {
                                    <tr>
                                        <th scope="row">{ format!("{hour:02}") }</th>
                                        { for report.heat.0.iter().map(|day| heat_cell(day[hour as usize], too_few)) }
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                </section>
                if !report.reasons.is_empty() {
                    <section aria-labelledby="ratings-reasons">
                        <h2 id="ratings-reasons">{ tr(Msg::ReasonsGiven) }</h2>
                        <ul class="plain-list">
                            { for report.reasons.iter().map(|(reason, n)| html! { <li>{ format!("{reason}: {n}") }</li> }) }
                        </ul>
                    </section>
                }
            </>
        },
    };
    html! {
        <section class="page ratings">
            <p><a class="text-link" href={Route::Goals.href()}>{ tr(Msg::BackToGoals) }</a></p>
            <h1>{ tr(Msg::RatingsHeading) }</h1>
            <p class="intro">{ tr(Msg::RatingsIntro) }</p>
            { body }
            <RatingSetupForm />
        </section>
    }
}

/// The weekly share of good answers as bars, 0–100 % from the bottom; a week with too
/// few answers gets a low grey mark instead of a bar. Decorative for screen readers: the
/// table below holds the same figures.
fn week_bars(weeks: &[crate::domain::voice::WeekTally], too_few: u32) -> Html {
    let width = 12 * weeks.len().max(1) as u32;
    html! {
        <svg class="week-bars" viewBox={format!("0 0 {width} 60")} aria-hidden="true" focusable="false">
            <line class="spark-axis" x1="0" y1="58" x2={width.to_string()} y2="58" />
            { for weeks.iter().enumerate().map(|(i, w)| {
                let x = (12 * i as u32 + 2).to_string();
                match w.tally.share(too_few) {
                    crate::domain::voice::Share::Percent { percent, .. } => {
                        let height = percent * 56 / 100;
                        html! { <rect class="bar" x={x} y={(58 - height).to_string()} width="8" height={height.to_string()} /> }
                    }
                    _ => html! { <rect class="bar too-few" x={x} y="55" width="8" height="3" /> },
                }
            }) }
        </svg>
    }
}

/// One weekday and hour: how many answers, and their share of good ones once there are
/// enough (shaded by it), so the busy hours read at a glance and the table says the same.
fn heat_cell(tally: crate::domain::voice::Tally, too_few: u32) -> Html {
    let answers = tally.answers();
    if answers == 0 {
        return html! { <td></td> };
    }
    match tally.share(too_few) {
        crate::domain::voice::Share::Percent { percent, .. } => html! {
            <td class={format!("heat heat-{}", (percent / 25).min(3))}>{ format!("{answers} · {}", tr(Msg::ScorePercent { percent })) }</td>
        },
        _ => html! { <td class="heat">{ answers }</td> },
    }
}
