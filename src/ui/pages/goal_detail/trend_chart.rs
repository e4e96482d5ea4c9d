//! A goal's recent periods as a bar chart (SVG, sized to the screen), with the same
//! figures in a table for screen readers and anyone who prefers numbers. Bars are
//! coloured by outcome and carry a mark, so colour is never the only signal.

use crate::domain::staff::{Goal, TargetDirection, TrendPoint, Verdict};
use crate::text::staff::{number, period_label, verdict};
use crate::text::{tr, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    pub goal: Goal,
    pub points: Vec<TrendPoint>,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 28.0;

#[component(TrendChart)]
pub fn trend_chart(props: &TrendChartProps) -> Html {
    let goal = &props.goal;
    let values: Vec<f64> = props
        .points
        .iter()
        .map(|p| p.value.unwrap_or(0.0))
        .collect();
    let low = values.iter().copied().fold(goal.target.min(0.0), f64::min);
    let high = values.iter().copied().fold(goal.target.max(1.0), f64::max);
    let span = (high - low).max(f64::EPSILON);
    let y = |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - (v - low) / span);
    let slot = WIDTH / props.points.len().max(1) as f64;
    let bar = slot * 0.7;
    let zero = y(0.0);
    let target_y = y(goal.target);
    let caption = tr(Msg::TrendTableCaption { title: &goal.title });
    html! {
        <figure class="trend">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={caption.clone()}
                preserveAspectRatio="none" class="trend-chart">
                <line class="axis" x1="0" x2={WIDTH.to_string()} y1={zero.to_string()} y2={zero.to_string()} />
                { for props.points.iter().enumerate().map(|(i, point)| {
                    let v = point.value.unwrap_or(0.0);
                    let (top, bottom) = if v >= 0.0 { (y(v), zero) } else { (zero, y(v)) };
                    let class = match point.verdict {
                        Verdict::Achieved => "bar achieved",
                        Verdict::Missed => "bar missed",
                        Verdict::Open => "bar open",
                        Verdict::NotJudged => "bar not-judged",
                    };
                    let x = i as f64 * slot + (slot - bar) / 2.0;
                    html! {
                        <g>
                            <rect class={class} x={x.to_string()} y={top.to_string()} width={bar.to_string()}
                                height={(bottom - top).max(1.0).to_string()} />
                            if point.verdict == Verdict::Achieved {
                                <text class="mark" x={(x + bar / 2.0).to_string()} y={(HEIGHT - 8.0).to_string()}
                                    text-anchor="middle">{ "✓" }</text>
                            }
                        </g>
                    }
                }) }
                <line class={if goal.direction == TargetDirection::AtLeast { "target at-least" } else { "target at-most" }}
                    x1="0" x2={WIDTH.to_string()} y1={target_y.to_string()} y2={target_y.to_string()} />
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
                    { for props.points.iter().rev().map(|point| html! {
                        <tr>
                            <th scope="row">{ period_label(point.span.label()) }</th>
                            <td>{ point.value.map(number).unwrap_or_else(|| "–".into()) }</td>
                            <td>{ verdict(point.verdict) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
