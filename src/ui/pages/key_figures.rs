//! Key figures in the four groups of the material (economic, customer, service,
//! employee): the last four weeks beside the four before, each with the number behind
//! it, and the goals filed under each group. Then, for each standard of the week, how
//! things went in the weeks before it and the weeks it was the focus.

use crate::clock::{local_day, today};
use crate::domain::drip::figures::{
    focus_comparison, Amount, Change, FocusComparison, FocusSide, KeyFigures, Measure, Sources,
    DEFAULT_FIGURE_WEEKS,
};
use crate::domain::drip::{meeting, Week};
use crate::domain::staff::KeyFigure;
use crate::domain::voice::Share;
use crate::text::staff::{key_figure, on_track};
use crate::text::voice::share;
use crate::text::{tr, Msg};
use crate::ui::hooks::use_rating_hours;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

fn measure(m: Measure) -> String {
    tr(match m {
        Measure::GoodRatings => Msg::MeasureGoodRatings,
        Measure::ComplaintsOpened => Msg::MeasureComplaints,
        Measure::OwnVisitsPassed => Msg::MeasureVisitsPassed,
        Measure::PeoplePassedCheck => Msg::MeasurePeoplePassed,
        Measure::PraiseGiven => Msg::MeasurePraise,
    })
}

/// A figure's value in words: a count, or a share with the numbers behind it, or why
/// there is no share yet (too few answers, visits or items, with how many there were).
fn amount(m: Measure, a: Amount) -> String {
    match a {
        Amount::Count(n) => n.to_string(),
        Amount::Share {
            share: Share::Percent { percent, .. },
            part,
            whole,
        } => tr(Msg::ShareOf {
            percent,
            part,
            whole,
        }),
        Amount::Share {
            share: too_few @ Share::TooFew { .. },
            whole,
            ..
        } => match m {
            Measure::GoodRatings => share(too_few),
            _ => tr(Msg::TooFewVisitsToSay { count: whole }),
        },
    }
}

/// A change as a count, or for a share in percentage points (25 % to 30 % is +5).
fn change(c: Change, share: bool) -> String {
    let amount = |n: i64| {
        if share {
            tr(Msg::PercentPoints {
                n: n.unsigned_abs(),
            })
        } else {
            n.unsigned_abs().to_string()
        }
    };
    match c {
        Change::By(0) => tr(Msg::NoChange),
        Change::By(n) if n > 0 => format!("+{}", amount(n)),
        Change::By(n) => format!("−{}", amount(n)),
        Change::TooFewToSay => tr(Msg::TooFewToSay),
    }
}

fn side_cells(side: &FocusSide) -> [String; 3] {
    let items = match side.items.percent() {
        Some(percent) => tr(Msg::ItemsScored {
            percent,
            answered: side.items.answered,
        }),
        None => tr(Msg::TooFewItemsToSay {
            count: side.items.answered,
        }),
    };
    [
        share(side.ratings.share),
        items,
        side.complaints_opened.to_string(),
    ]
}

fn comparison(title: &str, c: &FocusComparison) -> Html {
    // Before anything was recorded there is nothing to compare with, not zeros.
    let before = if c.before_has_data {
        side_cells(&c.before)
    } else {
        std::array::from_fn(|_| tr(Msg::NoDataYet))
    };
    let during = side_cells(&c.during);
    let changes = if c.before_has_data {
        [c.ratings_change(), c.items_change(), c.complaints_change()]
    } else {
        [Change::TooFewToSay; 3]
    };
    let rows = [
        Msg::MeasureGoodRatings,
        Msg::MeasureItemsOfStandard,
        Msg::MeasureComplaints,
    ];
    let id = format!("focus-{}", c.standard);
    html! {
        <section key={id.clone()} aria-labelledby={id.clone()}>
            <h3 {id}>{ title.to_string() }</h3>
            <div class="table-frame"><table class="trend-table">
                <thead><tr>
                    <th scope="col">{ tr(Msg::FigureColumn) }</th>
                    <th scope="col">{ tr(Msg::WeeksBefore { weeks: c.before.weeks.len() }) }</th>
                    <th scope="col">{ tr(Msg::WeeksDuring { weeks: c.during.weeks.len() }) }</th>
                    <th scope="col">{ tr(Msg::ChangeColumn) }</th>
                </tr></thead>
                <tbody>
                    { for (0..3).map(|i| html! {
                        <tr>
                            <th scope="row">{ tr(rows[i]) }</th>
                            <td>{ before[i].clone() }</td>
                            <td>{ during[i].clone() }</td>
                            <td>{ change(changes[i], i < 2) }</td>
                        </tr>
                    }) }
                </tbody>
            </table></div>
        </section>
    }
}

#[component(KeyFiguresPage)]
pub fn key_figures_page() -> Html {
    let library = use_library();
    let hours = use_rating_hours(&library);
    let (Some(library), Some(hours)) = (library, hours.as_deref()) else {
        return html! {};
    };
    let lib = library.library();
    let sources = Sources {
        staff: &lib.staff,
        hours,
        too_few: lib.profile.rating.too_few(),
        day_of: &local_day,
    };
    // The weeks that are over: this one is still under way.
    let last = Week::of(today()).previous();
    let figures = KeyFigures::of(last, DEFAULT_FIGURE_WEEKS, &sources);
    let mut focused: Vec<_> = meeting::held(&lib.staff.meetings)
        .into_iter()
        .filter_map(|m| m.focus_standard_id)
        .collect();
    focused.sort();
    focused.dedup();
    let any_focus = !focused.is_empty();
    let comparisons: Vec<(String, FocusComparison)> = focused
        .into_iter()
        .filter_map(|id| {
            let standard = lib.standards.iter().find(|s| s.id == id)?;
            // Only weeks that are over, against as many weeks before: like for like.
            let weeks: Vec<Week> = meeting::focus_weeks(&lib.staff.meetings, id)
                .into_iter()
                .filter(|w| *w <= last)
                .collect();
            (!weeks.is_empty()).then(|| {
                (
                    standard.title.clone(),
                    focus_comparison(id, &weeks, weeks.len(), &sources),
                )
            })
        })
        .collect();
    html! {
        <section class="page key-figures">
            <p><a class="text-link" href={Route::Goals.href()}>{ tr(Msg::BackToGoals) }</a></p>
            <h1>{ tr(Msg::KeyFiguresHeading) }</h1>
            <p class="intro">{ tr(Msg::KeyFiguresIntro { weeks: DEFAULT_FIGURE_WEEKS }) }</p>
            { for [KeyFigure::Economic, KeyFigure::Customer, KeyFigure::Service, KeyFigure::Employee].into_iter().map(|group| {
                let id = format!("group-{group:?}").to_lowercase();
                let found = figures.group(group);
                html! {
                    <section key={id.clone()} aria-labelledby={id.clone()}>
                        <h2 {id}>{ key_figure(group) }</h2>
                        if let Some(found) = found.filter(|g| !g.figures.is_empty()) {
                            <div class="table-frame"><table class="trend-table">
                                <thead><tr>
                                    <th scope="col">{ tr(Msg::FigureColumn) }</th>
                                    <th scope="col">{ tr(Msg::LastWeeksColumn { weeks: DEFAULT_FIGURE_WEEKS }) }</th>
                                    <th scope="col">{ tr(Msg::WeeksBeforeColumn { weeks: DEFAULT_FIGURE_WEEKS }) }</th>
                                    <th scope="col">{ tr(Msg::ChangeColumn) }</th>
                                </tr></thead>
                                <tbody>
                                    { for found.figures.iter().map(|f| html! {
                                        <tr>
                                            <th scope="row">{ measure(f.measure) }</th>
                                            <td>{ amount(f.measure, f.now) }</td>
                                            if figures.before_has_data {
                                                <td>{ amount(f.measure, f.before) }</td>
                                                <td>{ change(f.change(), matches!(f.now, Amount::Share { .. })) }</td>
                                            } else {
                                                <td>{ tr(Msg::NoDataYet) }</td>
                                                <td>{ tr(Msg::TooFewToSay) }</td>
                                            }
                                        </tr>
                                    }) }
                                </tbody>
                            </table></div>
                        }
                        if let Some(found) = found.filter(|g| !g.goals.is_empty()) {
                            <ul class="plain-list">
                                { for found.goals.iter().map(|g| html! {
                                    <li key={g.goal_id.to_string()}>
                                        <a href={Route::Goal { id: g.goal_id }.href()}>{ g.title.clone() }</a>
                                        { " · " }{ on_track(g.on_track) }
                                    </li>
                                }) }
                            </ul>
                        } else if found.is_none_or(|g| g.figures.is_empty()) {
                            <p class="muted">{ tr(Msg::NoFiguresInGroup) }</p>
                        }
                    </section>
                }
            }) }
            <section aria-labelledby="focus-figures">
                <h2 id="focus-figures">{ tr(Msg::FocusFiguresHeading) }</h2>
                if comparisons.is_empty() {
                    <p class="empty">{ tr(if any_focus { Msg::FocusWeekNotOver } else { Msg::NoFocusYet }) }</p>
                }
                { for comparisons.iter().map(|(title, c)| comparison(title, c)) }
            </section>
        </section>
    }
}
