//! Finding a script at the counter: pinned and recent ones one tap away, everything
//! else by typing a few letters, optionally narrowed to the channel at hand.

use crate::domain::search::Query;
use crate::domain::{Channel, Script, ScriptId};
use crate::text::{channel, tr, Msg};
use crate::ui::hooks::{use_script_index, use_script_title_order, use_typed_text};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use std::collections::HashSet;
use yew::prelude::*;

const RECENT: usize = 5;
/// More cards than fit on two screens help nobody at the counter; typing narrows.
const MAX_SHOWN: usize = 40;

fn script_links(scripts: &[&Script]) -> Html {
    html! {
        <ul class="counter-list">
            { for scripts.iter().map(|script| html! {
                <li key={script.id.to_string()}>
                    <a class="counter-link" href={Route::CounterScript { id: script.id }.href()}>
                        <span class="counter-title">{ script.title.clone() }</span>
                        if !script.situation.is_empty() {
                            <span class="counter-situation">{ script.situation.clone() }</span>
                        }
                    </a>
                </li>
            }) }
        </ul>
    }
}

#[component(CounterHome)]
pub fn counter_home() -> Html {
    let library = use_library();
    let (typed, on_search) = use_typed_text();
    let wanted = use_state(|| Channel::Any);
    let index = use_script_index(&library, !typed.trim().is_empty());
    let by_title = use_script_title_order(&library);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let query = Query::new(&typed);
    let found: Option<HashSet<ScriptId>> =
        (!query.is_empty()).then(|| index.find(&query).collect());
    let fits =
        |s: &&Script| s.channel.serves(*wanted) && found.as_ref().is_none_or(|f| f.contains(&s.id));
    let all: Vec<&Script> = lib.scripts_at(&by_title).filter(fits).collect();
    let pinned: Vec<&Script> = all
        .iter()
        .copied()
        .filter(|s| s.pinned)
        .take(MAX_SHOWN)
        .collect();
    let total = all.len();
    let all: Vec<&Script> = all.into_iter().take(MAX_SHOWN).collect();
    let recent: Vec<&Script> = lib
        .recent_scripts(RECENT)
        .into_iter()
        .filter(fits)
        .collect();
    let has_practice = lib.scripts.iter().any(|s| s.practice);
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
        Some(_) if all.is_empty() => tr(Msg::NoScriptsMatch {
            query: typed.trim(),
        }),
        Some(_) => tr(Msg::ScriptsMatching { count: all.len() }),
        None => String::new(),
    };
    html! {
        <section class="counter-home">
            <h1>{ tr(Msg::CounterHeading) }</h1>
            if lib.scripts.is_empty() {
                <p class="empty">{ tr(Msg::NoScriptsForCounter) }</p>
            } else {
                <div class="search counter-search">
                    <label for="counter-search">{ tr(Msg::FindScript) }</label>
                    <input id="counter-search" type="search" value={(*typed).clone()} oninput={on_search}
                        placeholder={tr(Msg::FindScriptHint)} autocomplete="off" />
                </div>
                <div class="chips" role="group" aria-label={tr(Msg::ChannelLabel)}>
                    { for [Channel::Any, Channel::InPerson, Channel::Phone, Channel::Written].into_iter().map(channel_button) }
                </div>
                <p class="search-status" role="status">{ status }</p>
                if found.is_none() && !pinned.is_empty() {
                    <section aria-labelledby="counter-pinned">
                        <h2 id="counter-pinned">{ tr(Msg::PinnedScripts) }</h2>
                        { script_links(&pinned) }
                    </section>
                }
                if found.is_none() && !recent.is_empty() {
                    <section aria-labelledby="counter-recent">
                        <h2 id="counter-recent">{ tr(Msg::RecentScripts) }</h2>
                        { script_links(&recent) }
                    </section>
                }
                <section aria-labelledby="counter-all">
                    <h2 id="counter-all">{ tr(Msg::AllScripts) }</h2>
                    { script_links(&all) }
                    if total > all.len() {
                        <p class="muted">{ tr(Msg::ShowingFirst { shown: all.len(), total }) }</p>
                    }
                </section>
                if has_practice {
                    <p><a class="button big" href={Route::Practice.href()}>{ tr(Msg::Practise) }</a></p>
                }
            }
            // Useful even before any script is written.
            <p class="actions">
                <a class="button big" href={Route::CounterAuthority.href()}>{ tr(Msg::WhatMayIDecide) }</a>
                <a class="button big" href={Route::CounterValues.href()}>{ tr(Msg::OurValues) }</a>
                if !lib.staff.goals.is_empty() {
                    <a class="button big" href={Route::CounterGoals.href()}>{ tr(Msg::LogGoals) }</a>
                }
            </p>
        </section>
    }
}
