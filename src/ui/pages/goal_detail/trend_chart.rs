//! A goal's recent periods as a bar chart (SVG, scaled to the screen) with a value axis
//! of round numbers, each period named under its bar, the target line labelled with its
//! value, and the running period drawn as "so far". Periods before the goal began are
//! left out rather than shown as failures. The same figures are in a table for screen
//! readers and anyone who prefers numbers; bars carry a mark, so colour is never the
//! only signal.

use crate::domain::staff::chart_scale::ticks;
use crate::domain::staff::{Goal, GoalKind, TargetDirection, TrendPoint, Verdict};
use crate::domain::voice::Share;
use crate::text::staff::{goal_value, period_label, period_short, verdict};
use crate::text::{tr, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    pub goal: Goal,
    pub points: Vec<TrendPoint>,
}

/// The drawing's width in its own units: text is 13 units, so a phone gets a narrower
/// drawing (and fewer periods) to keep the words readable when scaled to the screen.
const WIDE: f64 = 640.0;
const NARROW: f64 = 360.0;
/// Periods a phone's chart shows; the table below has them all.
const NARROW_PERIODS: usize = 6;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 34.0;
/// At most this many period names under the bars; the others are left unnamed.
const MAX_LABELS: usize = 12;

#[component(TrendChart)]
pub fn trend_chart(props: &TrendChartProps) -> Html {
    let goal = &props.goal;
    let narrow = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 600.0);
    let width = if narrow { NARROW } else { WIDE };
    let all: Vec<&TrendPoint> = props
        .points
        .iter()
        .filter(|p| p.span.end >= goal.start)
        .collect();
    let drawn = if narrow {
        &all[all.len().saturating_sub(NARROW_PERIODS)..]
    } else {
        &all[..]
    };
    let points: Vec<&TrendPoint> = drawn.to_vec();
    let values: Vec<f64> = points.iter().map(|p| p.value.unwrap_or(0.0)).collect();
    // A score's axis is its whole scale, so +1 looks like +1 whatever else was logged.
    let (floor, ceiling) = if goal.kind == GoalKind::Score {
        (-2.0, 2.0)
    } else if goal.kind == GoalKind::GoodRatings {
        (0.0, 100.0)
    } else {
        (goal.target.min(0.0), goal.target.max(0.0))
    };
    let low = values.iter().copied().fold(floor, f64::min);
    let high = values.iter().copied().fold(ceiling, f64::max);
    let whole = matches!(
        goal.kind,
        GoalKind::Count | GoalKind::DonePerDay | GoalKind::GoodRatings
    );
    let scale = ticks(low, high, 4, whole);
    let (bottom, top) = (scale[0], *scale.last().unwrap_or(&1.0));
    let span = (top - bottom).max(f64::EPSILON);
    let y = |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - (v - bottom) / span);
    let plot = width - LEFT - RIGHT;
    let slot = plot / points.len().max(1) as f64;
    let bar = slot * 0.64;
    let zero = y(0.0_f64.clamp(bottom, top));
    let target_y = y(goal.target);
    let every = points.len().div_ceil(MAX_LABELS).max(1);
    let caption = tr(Msg::TrendTableCaption { title: &goal.title });
    let target_text = tr(Msg::TargetLineLabel {
        target: &goal_value(goal, goal.target),
    });
    html! {
        <figure class="trend">
            <svg viewBox={format!("0 0 {width} {HEIGHT}")} role="img" aria-label={caption.clone()} class="trend-chart">
                <g class="value-axis">
                    { for scale.iter().map(|&tick| html! {
                        <g>
                            <line class="grid" x1={LEFT.to_string()} x2={(width - RIGHT).to_string()}
                                y1={y(tick).to_string()} y2={y(tick).to_string()} />
                            <text class="tick" x={(LEFT - 6.0).to_string()} y={(y(tick) + 4.0).to_string()} text-anchor="end">
                                { goal_value(goal, tick) }
                            </text>
                        </g>
                    }) }
                </g>
                <line class="axis" x1={LEFT.to_string()} x2={(width - RIGHT).to_string()} y1={zero.to_string()} y2={zero.to_string()} />
                { for points.iter().enumerate().map(|(i, point)| {
                    let v = point.value.unwrap_or(0.0);
                    let (bar_top, bar_bottom) = if v >= 0.0 { (y(v), zero) } else { (zero, y(v)) };
                    let class = match point.verdict {
                        Verdict::Achieved => "bar achieved",
                        Verdict::Missed => "bar missed",
                        Verdict::Open => "bar open",
                        Verdict::NotJudged | Verdict::TooFew => "bar not-judged",
                    };
                    let x = LEFT + i as f64 * slot + (slot - bar) / 2.0;
                    let middle = (x + bar / 2.0).to_string();
                    let running = point.verdict == Verdict::Open && i + 1 == points.len();
                    html! {
                        <g>
                            <rect class={class} x={x.to_string()} y={bar_top.to_string()} width={bar.to_string()}
                                height={(bar_bottom - bar_top).max(1.0).to_string()} />
                            if point.verdict == Verdict::Achieved {
                                <text class="mark" x={middle.clone()} y={(bar_top - 4.0).to_string()} text-anchor="middle">{ "✓" }</text>
                            }
                            if running {
                                <text class="so-far" x={middle.clone()} y={(bar_top.min(zero) - 4.0).to_string()} text-anchor="middle">
                                    { tr(Msg::SoFar) }
                                </text>
                            }
                            if i % every == 0 || running {
                                <text class="period" x={middle} y={(HEIGHT - 10.0).to_string()} text-anchor="middle">
                                    { period_short(point.span.label()) }
                                </text>
                            }
                        </g>
                    }
                }) }
                <line class={if goal.direction == TargetDirection::AtLeast { "target at-least" } else { "target at-most" }}
                    x1={LEFT.to_string()} x2={(width - RIGHT).to_string()} y1={target_y.to_string()} y2={target_y.to_string()} />
                <text class="target-label" x={(width - RIGHT).to_string()} y={(target_y - 5.0).to_string()} text-anchor="end">
                    { target_text }
                </text>
            </svg>
            <table class="trend-table">
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tr(Msg::PeriodColumn) }</th>
                        <th scope="col">{ tr(Msg::ValueColumn) }</th>
                        <th scope="col">{ tr(Msg::ResultColumn) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for all.iter().rev().map(|point| html! {
                        <tr>
                            <th scope="row">{ period_label(point.span.label()) }</th>
                            <td>{ point_value(goal, point) }</td>
                            <td>{ verdict(point.verdict) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}

/// A period's value in the table: a share with its number of answers (or "too few")
/// for a goal counted from ratings, a dash where a score has none.
fn point_value(goal: &Goal, point: &TrendPoint) -> String {
    match (goal.kind, point.value) {
        (GoalKind::GoodRatings, Some(percent)) => crate::text::voice::share(Share::Percent {
            percent: percent.round() as u32,
            answers: point.answers,
        }),
        (GoalKind::GoodRatings, None) => crate::text::voice::share(Share::TooFew {
            answers: point.answers,
        }),
        (_, Some(v)) => goal_value(goal, v),
        (_, None) => "–".into(),
    }
}
