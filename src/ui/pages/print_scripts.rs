//! Every script as a printable card, on A4 (cards flow) or A5 (a card a page).

use crate::text::{tr, Msg};
use crate::ui::components::{script_card_body, ScriptSheet, SCRIPT_SCALE};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use crate::ui::sheet_fit::use_fit_sheets;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Paper {
    A4,
    A5,
}

#[component(PrintScripts)]
pub fn print_scripts() -> Html {
    let library = use_library();
    let paper = use_state(|| Paper::A4);
    let sheets = use_node_ref();
    let revision = library.as_ref().map(|l| l.revision());
    let too_long = use_fit_sheets(&sheets, SCRIPT_SCALE, (revision, *paper));
    let Some(library) = library else {
        return html! {};
    };
    let on_paper = {
        let paper = paper.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                paper.set(if select.value() == "a5" {
                    Paper::A5
                } else {
                    Paper::A4
                });
            }
        })
    };
    let print = Callback::from(|_| crate::ui::print::print_page());
    let scripts = library.library().scripts_by_title();
    html! {
        <section class="page">
            <h1 class="no-print">{ tr(Msg::PrintScripts) }</h1>
            <div class="actions no-print">
                <div class="field">
                    <label for="paper-size">{ tr(Msg::PaperSize) }</label>
                    <select id="paper-size" onchange={on_paper}>
                        <option value="a4" selected={*paper == Paper::A4}>{ "A4" }</option>
                        <option value="a5" selected={*paper == Paper::A5}>{ "A5" }</option>
                    </select>
                </div>
                <button type="button" class="button primary" onclick={print}>{ tr(Msg::Print) }</button>
                <a class="button" href={Route::Scripts.href()}>{ tr(Msg::BackToScripts) }</a>
            </div>
            if too_long > 0 {
                <p class="notice no-print" role="status">{ tr(Msg::SheetsTooLong { count: too_long }) }</p>
            }
            if *paper == Paper::A5 {
                // A card a page: each script fitted to its own A5 sheet.
                <div class="paper-a5 sheet-set" ref={sheets}>
                    { for scripts.into_iter().map(|script| html! {
                        <ScriptSheet key={script.id.to_string()} script={script.clone()} />
                    }) }
                </div>
            } else {
                <div class="print-set paper-a4" ref={sheets}>
                    { for scripts.into_iter().map(|script| html! {
                        <article class="script-card" key={script.id.to_string()}>{ script_card_body(script) }</article>
                    }) }
                </div>
            }
        </section>
    }
}
