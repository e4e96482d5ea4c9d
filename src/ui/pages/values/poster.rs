//! The values as guests may see them: a poster to print (A4 or A3) and to show at the counter.

use crate::domain::values::{CoreValue, Profile};
use crate::text::{tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use crate::ui::sheet_fit::use_fit_sheets;
use yew::prelude::*;

/// A poster's text may grow to fill its sheet, or shrink to stay on it.
const POSTER_SCALE: (f64, f64) = (0.4, 3.0);

#[derive(Properties, PartialEq)]
pub struct PosterContentProps {
    pub profile: Profile,
    /// Values to show; empty leaves the section out.
    pub values: Vec<CoreValue>,
}

/// Vision, slogan, values and promises, as text only: nothing here is markup.
#[component(PosterContent)]
pub fn poster_content(props: &PosterContentProps) -> Html {
    let profile = &props.profile;
    html! {
        <div class="poster-content">
            if !profile.business_name.is_empty() {
                <p class="poster-name">{ profile.business_name.clone() }</p>
            }
            if !profile.slogan.is_empty() {
                <p class="poster-slogan">{ profile.slogan.clone() }</p>
            }
            if !profile.vision.is_empty() {
                <p class="poster-vision long-text">{ profile.vision.clone() }</p>
            }
            if !props.values.is_empty() {
                <section aria-labelledby="poster-values">
                    <h2 id="poster-values">{ tr(Msg::OurValues) }</h2>
                    <dl class="poster-values">
                        { for props.values.iter().map(|value| html! {
                            <>
                                <dt>{ value.name.clone() }</dt>
                                <dd class="long-text">{ value.meaning.clone() }</dd>
                            </>
                        }) }
                    </dl>
                </section>
            }
            if !profile.promises.is_empty() {
                <section aria-labelledby="poster-promises">
                    <h2 id="poster-promises">{ tr(Msg::Promises) }</h2>
                    <ul class="poster-promises">
                        { for profile.promises.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
                    </ul>
                </section>
            }
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Paper {
    A4,
    A3,
}

#[component(Poster)]
pub fn poster() -> Html {
    let library = use_library();
    let paper = use_state(|| Paper::A4);
    let sheets = use_node_ref();
    let revision = library.as_ref().map(|l| l.revision());
    let too_long = use_fit_sheets(&sheets, POSTER_SCALE, (revision, *paper));
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let profile = &lib.profile;
    let missing: Vec<String> = [
        (profile.business_name.is_empty(), Msg::BusinessName),
        (profile.vision.is_empty(), Msg::Vision),
        (profile.slogan.is_empty(), Msg::Slogan),
    ]
    .into_iter()
    .filter(|(missing, _)| *missing)
    .map(|(_, field)| tr(field).to_lowercase())
    .collect();
    let on_paper = {
        let paper = paper.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                paper.set(if select.value() == "a3" {
                    Paper::A3
                } else {
                    Paper::A4
                });
            }
        })
    };
    let print = Callback::from(|_| crate::ui::print::print_page());
    let paper_class = match *paper {
        Paper::A4 => "paper paper-a4",
        Paper::A3 => "paper paper-a3",
    };
    html! {
        <section class="page">
            <h1 class="no-print">{ tr(Msg::Poster) }</h1>
            <div class="actions no-print">
                <div class="field">
                    <label for="poster-paper">{ tr(Msg::PaperSize) }</label>
                    <select id="poster-paper" onchange={on_paper}>
                        <option value="a4" selected={*paper == Paper::A4}>{ "A4" }</option>
                        <option value="a3" selected={*paper == Paper::A3}>{ "A3" }</option>
                    </select>
                </div>
                <button type="button" class="button primary" onclick={print}>{ tr(Msg::Print) }</button>
                <a class="button" href={Route::Values.href()}>{ tr(Msg::BackToValues) }</a>
            </div>
            if !missing.is_empty() {
                <p class="notice no-print">
                    { tr(Msg::PosterMissing { fields: &missing.join(", ") }) }
                    { " " }
                    <a class="text-link" href={Route::EditProfile.href()}>{ tr(Msg::EditProfile) }</a>
                </p>
            }
            if too_long > 0 {
                <p class="notice no-print" role="status">{ tr(Msg::SheetsTooLong { count: too_long }) }</p>
            }
            <div class={paper_class} ref={sheets}>
                <article class="poster sheet">
                    <div class="sheet-content">
                        <PosterContent profile={lib.profile.clone()}
                            values={lib.values_in_order().into_iter().cloned().collect::<Vec<_>>()} />
                    </div>
                </article>
            </div>
        </section>
    }
}
