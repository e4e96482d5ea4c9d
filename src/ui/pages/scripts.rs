//! The manager's list of scripts: search, filter by channel, and the ways to add one.

mod channel_filter;

use crate::domain::search::Query;
use crate::domain::{Channel, ScriptId};
use crate::text::{tr, Msg};
use crate::ui::components::ScriptMeta;
use crate::ui::hooks::{use_script_index, use_script_title_order, use_typed_text};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
pub use channel_filter::ChannelSelect;
use std::collections::HashSet;
use yew::prelude::*;

/// Rows rendered at first, and added per "Show more": a long list stays quick.
const PAGE: usize = 100;

#[component(ScriptsPage)]
pub fn scripts_page() -> Html {
    let library = use_library();
    let (typed, on_search) = use_typed_text();
    let wanted = use_state(|| Channel::Any);
    let limit = use_state(|| PAGE);
    let index = use_script_index(&library, !typed.trim().is_empty());
    let by_title = use_script_title_order(&library);
    let Some(library) = library else {
        return html! {};
    };
    let query = Query::new(&typed);
    let found: Option<HashSet<ScriptId>> =
        (!query.is_empty()).then(|| index.find(&query).map(|(id, _)| id).collect());
    let shown: Vec<_> = library
        .library()
        .scripts_at(&by_title)
        .filter(|s| found.as_ref().is_none_or(|f| f.contains(&s.id)))
        .filter(|s| s.channel.serves(*wanted))
        .collect();
    let status = match &found {
        None => String::new(),
        Some(_) if shown.is_empty() => tr(Msg::NoScriptsMatch {
            query: typed.trim(),
        }),
        Some(_) => tr(Msg::ScriptsMatching { count: shown.len() }),
    };
    let more = shown.len() > *limit;
    let show_more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + PAGE))
    };
    let on_channel = {
        let wanted = wanted.clone();
        Callback::from(move |channel| wanted.set(channel))
    };
    html! {
        <section class="page scripts">
            <div class="page-head">
                <h1>{ tr(Msg::ScriptsHeading) }</h1>
                <div class="actions tight">
                    <a class="button primary" href={Route::NewScript.href()}>{ tr(Msg::NewScript) }</a>
                    <a class="button" href={Route::NewComplaintScript.href()}>{ tr(Msg::NewComplaintScript) }</a>
                </div>
            </div>
            <p class="intro">{ tr(Msg::ScriptsIntro) }</p>
            if library.library().scripts.is_empty() {
                <p class="empty">{ tr(Msg::NoScriptsYet) }</p>
            } else {
                <div class="filters">
                    <div class="search">
                        <label for="script-search">{ tr(Msg::Search) }</label>
                        <input id="script-search" type="search" value={(*typed).clone()} oninput={on_search} autocomplete="off" />
                    </div>
                    <ChannelSelect id="script-channel" value={*wanted} on_change={on_channel} />
                </div>
                <p class="search-status" role="status">{ status }</p>
                <ul class="script-list">
                    { for shown.iter().take(*limit).map(|script| html! {
                        <li key={script.id.to_string()}>
                            <a class="standard-link" href={Route::Script { id: script.id }.href()}>{ script.title.clone() }</a>
                            <ScriptMeta script={(*script).clone()} />
                        </li>
                    }) }
                </ul>
                if more {
                    <button type="button" class="button" onclick={show_more}>{ tr(Msg::ShowMore) }</button>
                }
                <p><a class="text-link" href={Route::PrintScripts.href()}>{ tr(Msg::PrintScripts) }</a></p>
            }
        </section>
    }
}
