//! Counter home: the counter's tools first (what may I decide, log a goal, our values),
//! then the scripts, each listed once: pinned, recently used here, the rest. Typing
//! searches every word of every script, title matches first; Enter opens the first.

use super::authority_route;
use super::script_cards::script_cards;
use crate::domain::drip::{Story, Week};
use crate::domain::search::{Found, Query, ScriptIndex};
use crate::domain::{Channel, Script, Standard};
use crate::text::{channel, tr, Msg};
use crate::ui::device::use_device;
use crate::ui::hooks::{use_script_index, use_script_title_order, use_typed_text};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

const RECENT: usize = 5;
/// More cards than fit on two screens help nobody at the counter; typing narrows.
const MAX_SHOWN: usize = 40;

/// A titled list of at most [`MAX_SHOWN`] scripts, saying so when there are more.
fn titled_list(id: &'static str, heading: Msg, scripts: &[&Script]) -> Html {
    if scripts.is_empty() {
        return html! {};
    }
    let shown = &scripts[..scripts.len().min(MAX_SHOWN)];
    html! {
        <section aria-labelledby={id}>
            <h2 {id}>{ tr(heading) }</h2>
            { script_cards(shown, |id| Route::CounterScript { id }) }
            if scripts.len() > shown.len() {
                <p class="muted">{ tr(Msg::ShowingFirst { shown: shown.len(), total: scripts.len() }) }</p>
            }
        </section>
    }
}

/// The standard the team keeps in mind this week and the week's story, as the weekly
/// meeting chose them: their titles in one strip, opened with a tap, so the search for a
/// script stays in view on a tablet.
fn this_week(focus: Option<&Standard>, story: Option<&Story>) -> Html {
    if focus.is_none() && story.is_none() {
        return html! {};
    }
    html! {
        <section class="this-week" aria-labelledby="this-week-heading">
            <h2 id="this-week-heading" class="visually-hidden">{ tr(Msg::ThisWeekHeading) }</h2>
            if let Some(standard) = focus {
                <details class="focus-standard">
                    <summary>
                        <span class="label">{ tr(Msg::FocusStandardLabel) }</span>
                        <strong>{ standard.title.clone() }</strong>
                    </summary>
                    if !standard.dos.is_empty() {
                        <ul>{ for standard.dos.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
                    }
                </details>
            }
            if let Some(story) = story {
                <details class="story">
                    <summary>
                        <span class="label">{ tr(Msg::StoryOfTheWeek) }</span>
                        <strong>{ story.title.clone() }</strong>
                    </summary>
                    <p class="story-text">{ story.text.clone() }</p>
                </details>
            }
        </section>
    }
}

#[component(CounterHome)]
pub fn counter_home() -> Html {
    let library = use_library();
    let device = use_device();
    let navigator = use_navigator();
    let (typed, on_search) = use_typed_text();
    let wanted = use_state(|| Channel::Any);
    // The search index is built in the first idle moment after the counter opens, so
    // the first keystroke need not wait for it (it still builds at once if typing comes
    // first).
    let warm = use_state(|| false);
    {
        let warm = warm.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                crate::pacing::when_idle(2_000).await;
                warm.set(true);
            });
        });
    }
    let index = use_script_index(&library, *warm || !typed.trim().is_empty());
    let by_title = use_script_title_order(&library);
    // The last keystroke's result, so the next one searches only among it.
    let last_found = use_mut_ref(|| None::<(Rc<ScriptIndex>, Found)>);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let remembered_role = device.and_then(|d| d.preferences().counter_role);
    let query = Query::new(&typed);
    let fits = |s: &Script| s.channel.serves(*wanted);
    let found: Option<Vec<&Script>> = (!query.is_empty()).then(|| {
        let mut last = last_found.borrow_mut();
        let before = last
            .as_ref()
            .filter(|(i, _)| Rc::ptr_eq(i, &index))
            .map(|(_, f)| f);
        let now = index.search(&typed, before);
        // The index is built from the library's list as it is now (`use_kept`), so its
        // positions are the library's.
        let closeness = index.closeness_by_position(&now);
        *last = Some((index.clone(), now));
        lib.scripts_found(&closeness, &by_title, fits)
    });
    // While a search finds something, the lists are not shown: not worked out either.
    let lists = match &found {
        Some(found) if !found.is_empty() => None,
        _ => Some(lib.counter_lists(&by_title, RECENT, fits)),
    };
    let no_pinned = lists.as_ref().is_none_or(|l| l.pinned.is_empty());
    let first_match = found.as_ref().and_then(|f| f.first()).map(|s| s.id);
    let on_submit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        if let (Some(id), Some(navigator)) = (first_match, &navigator) {
            navigator.push(&Route::CounterScript { id });
        }
    });
    let channel_button = |c: Channel| {
        let wanted_handle = wanted.clone();
        let label = if c == Channel::Any {
            tr(Msg::AllChannels)
        } else {
            channel(c)
        };
        html! {
            <button type="button" class="button chip" aria-pressed={(*wanted == c).to_string()}
                onclick={Callback::from(move |_| wanted_handle.set(c))}>{ label }</button>
        }
    };
    let status = match &found {
        Some(found) if found.is_empty() && !no_pinned => tr(Msg::NoScriptsMatchPinned {
            query: typed.trim(),
        }),
        Some(found) if found.is_empty() => tr(Msg::NoScriptsMatch {
            query: typed.trim(),
        }),
        Some(found) => tr(Msg::ScriptsMatching { count: found.len() }),
        None => String::new(),
    };
    let has_practice = lib.scripts.iter().any(|s| s.practice);
    let week = Week::of(crate::clock::today());
    let (focus, story) = lib.this_weeks_focus(week);
    let rest_heading = if no_pinned && lists.as_ref().is_none_or(|l| l.recent.is_empty()) {
        Msg::AllScripts
    } else {
        Msg::OtherScripts
    };
    html! {
        <section class="counter-home">
            // Useful even before any script is written, so above the scripts.
            <nav class="counter-tools" aria-label={tr(Msg::CounterTools)}>
                <a class="button big" href={authority_route(remembered_role).href()}>{ tr(Msg::WhatMayIDecide) }</a>
                <a class="button big" href={Route::CounterGoals.href()}>{ tr(Msg::LogGoals) }</a>
                <a class="button big" href={Route::CounterValues.href()}>{ tr(Msg::OurValues) }</a>
                <a class="button big" href={Route::CounterRating.href()}>{ tr(Msg::CounterRating) }</a>
                <a class="button big" href={Route::CounterComplaint.href()}>{ tr(Msg::LogComplaint) }</a>
                if !lib.checks.is_empty() {
                    <a class="button big" href={Route::CounterCheck.href()}>{ tr(Msg::CounterKnowledge) }</a>
                }
                if has_practice {
                    <a class="button big" href={Route::Practice.href()}>{ tr(Msg::Practise) }</a>
                }
                if lib.bingo_card(week).is_some() {
                    <a class="button big" href={Route::CounterBingo.href()}>{ tr(Msg::ServiceBingoHeading) }</a>
                }
            </nav>
            { this_week(focus, story) }
            if lib.scripts.is_empty() {
                <h1 class="counter-scripts-heading">{ tr(Msg::CounterHeading) }</h1>
                <p class="empty">{ tr(Msg::NoScriptsForCounter) }</p>
            } else {
                <h1 class="counter-scripts-heading">{ tr(Msg::CounterHeading) }</h1>
                <form class="search counter-search" role="search" onsubmit={on_submit}>
                    <label for="counter-search">{ tr(Msg::FindScript) }</label>
                    <input id="counter-search" type="search" value={(*typed).clone()} oninput={on_search}
                        placeholder={tr(Msg::FindScriptHint)} autocomplete="off" enterkeyhint="go" />
                </form>
                <div class="chips" role="group" aria-label={tr(Msg::ChannelLabel)}>
                    { for [Channel::Any, Channel::InPerson, Channel::Phone, Channel::Written].into_iter().map(channel_button) }
                </div>
                <p class="search-status" role="status">{ status }</p>
                if let Some(found) = found.as_ref().filter(|f| !f.is_empty()) {
                    { titled_list("counter-found", Msg::ScriptMatches, found) }
                } else if let Some(lists) = &lists {
                    { titled_list("counter-pinned", Msg::PinnedScripts, &lists.pinned) }
                    if found.is_none() {
                        { titled_list("counter-recent", Msg::RecentScripts, &lists.recent) }
                        { titled_list("counter-all", rest_heading, &lists.rest) }
                    }
                }
            }
        </section>
    }
}
