//! A blank checklist on paper, for an outside mystery shopper: the items with boxes to
//! tick, the targets of number items, and room for notes.

use crate::domain::visits::{AnswerKind, ChecklistItem};
use crate::domain::ChecklistId;
use crate::text::{channel, tr, Msg};
use crate::ui::components::Missing;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChecklistSheetProps {
    pub id: ChecklistId,
}

fn boxes(labels: Vec<String>) -> Html {
    html! {
        <span class="tick-boxes">
            { for labels.into_iter().map(|l| html! { <span class="tick-box">{ "☐ " }{ l }</span> }) }
        </span>
    }
}

fn answer_space(item: &ChecklistItem) -> Html {
    let na = tr(Msg::AnswerNotApplicable);
    match &item.answer {
        AnswerKind::YesNo => boxes(vec![tr(Msg::AnswerYes), tr(Msg::AnswerNo), na]),
        AnswerKind::Scale => boxes(vec![
            tr(Msg::ScaleStep1),
            tr(Msg::ScaleStep2),
            tr(Msg::ScaleStep3),
            tr(Msg::ScaleStep4),
            na,
        ]),
        AnswerKind::Number {
            target,
            direction,
            unit,
        } => {
            let target = crate::text::visits::target(*target, *direction, unit);
            html! { <span class="write-in">{ format!("{}: ________ ({target})", tr(Msg::NumberAnswer)) }</span> }
        }
    }
}

#[component(ChecklistSheet)]
pub fn checklist_sheet(props: &ChecklistSheetProps) -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let Some(checklist) = library.library().checklist(props.id).cloned() else {
        return html! { <Missing heading={Msg::ChecklistNotFound} back_to={Route::Visits} back_label={Msg::BackToVisits} /> };
    };
    let print = Callback::from(|_| crate::ui::print::print_page());
    html! {
        <article class="page checklist-sheet">
            <div class="actions no-print">
                <button type="button" class="button primary" onclick={print}>{ tr(Msg::Print) }</button>
                <a class="button" href={Route::Visits.href()}>{ tr(Msg::BackToVisits) }</a>
            </div>
            <h1>{ checklist.title.clone() }</h1>
            <p class="meta">
                { channel(checklist.channel) }{ " · " }{ tr(Msg::PassMarkIs { percent: checklist.pass_mark }) }
            </p>
            <p class="write-in">{ format!("{}: ____________   {}: ______________________", tr(Msg::VisitDate), tr(Msg::ShopperName)) }</p>
            { for checklist.sections.iter().map(|section| html! {
                <section class="sheet-section">
                    <h2>{ section.title.clone() }</h2>
                    <ol class="sheet-items">
                        { for section.items.iter().map(|item| html! {
                            <li>
                                <p class="item-text">
                                    { item.text.clone() }
                                    if item.critical {
                                        { " " }<span class="badge">{ tr(Msg::CriticalBadge) }</span>
                                    }
                                </p>
                                { answer_space(item) }
                                <p class="write-in">{ format!("{}: ", tr(Msg::Note)) }</p>
                            </li>
                        }) }
                    </ol>
                </section>
            }) }
        </article>
    }
}
