//! Each area's share of the points over the latest finished visits, as a table: own
//! visits and visits to others side by side.

use crate::domain::visits::trend::{area_trends, AreaResult};
use crate::text::visits::share;
use crate::text::{date, tr, Msg};
use crate::ui::library::use_library;
use yew::prelude::*;

/// How many visits of each kind a line follows.
const LATEST: usize = 6;

fn results(line: &[AreaResult]) -> Html {
    if line.is_empty() {
        return html! { <span class="meta">{ "–" }</span> };
    }
    html! {
        <ol class="trend-line">
            { for line.iter().map(|r| html! {
                <li>
                    <span class="meta">{ date(r.date.date()) }</span>{ " " }
                    <strong>{ share(r.points) }</strong>
                </li>
            }) }
        </ol>
    }
}

/// One area's line over the visits, own (solid) and at others (dashed), 0–100 % from
/// bottom to top. Decorative for screen readers: the cells beside it hold the figures.
fn sparkline(own: &[AreaResult], others: &[AreaResult]) -> Html {
    let count = own.len().max(others.len());
    let line = |results: &[AreaResult]| -> String {
        let step = if count > 1 {
            96 / (count as u32 - 1)
        } else {
            0
        };
        results
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let percent = r.points.percent()?;
                Some(format!(
                    "{},{}",
                    2 + step * i as u32,
                    38 - percent * 36 / 100
                ))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    html! {
        <svg class="spark" viewBox="0 0 100 40" aria-hidden="true" focusable="false">
            <line class="spark-axis" x1="0" y1="38" x2="100" y2="38" />
            <polyline class="spark-others" points={line(others)} />
            <polyline class="spark-own" points={line(own)} />
            { for own.last().and_then(|r| r.points.percent()).map(|p| html! {
                <circle class="spark-own-end" cx={(2 + if count > 1 { 96 / (count as u32 - 1) * (own.len() as u32 - 1) } else { 0 }).to_string()}
                    cy={(38 - p * 36 / 100).to_string()} r="2.5" />
            }) }
        </svg>
    }
}

#[component(AreaTrendTable)]
pub fn area_trend_table() -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let trends = area_trends(&lib.staff.visits, LATEST);
    if trends.is_empty() {
        return html! {};
    }
    let title = |t: &crate::domain::visits::trend::AreaTrend| {
        t.area_id
            .and_then(|id| lib.areas.iter().find(|a| a.id == id))
            .map(crate::text::area_name)
            .unwrap_or_else(|| t.title.clone())
    };
    html! {
        <section aria-labelledby="area-trend-heading">
            <h2 id="area-trend-heading">{ tr(Msg::AreaTrendHeading) }</h2>
            <p class="hint">{ tr(Msg::AreaTrendIntro) }</p>
            <div class="table-frame">
                <table class="trend-table area-trend">
                    <thead>
                        <tr>
                            <th scope="col">{ tr(Msg::AreaColumn) }</th>
                            <td></td>
                            <th scope="col">{ tr(Msg::OwnVisits) }</th>
                            <th scope="col">{ tr(Msg::OthersVisits) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for trends.iter().map(|t| html! {
                            <tr>
                                <th scope="row">{ title(t) }</th>
                                <td class="spark-cell">{ sparkline(&t.own, &t.others) }</td>
                                <td>{ results(&t.own) }</td>
                                <td>{ results(&t.others) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
