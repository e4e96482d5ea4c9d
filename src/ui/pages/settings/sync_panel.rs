//! Settings → Sync: where this tablet syncs to, and how the last sync went, in plain
//! words; records changed on two tablets are chosen between here.

use super::conflict_choices::{conflicts_of, ConflictChoices, Sides};
use crate::domain::file::merge::Choice;
use crate::domain::sync::{SyncDraft, SyncSettings};
use crate::domain::validation::{Field as F, FieldErrors};
use crate::storage::Write;
use crate::sync::round::{store_choices, Choices};
use crate::text::{problem, storage_failure, sync_failure, tr, Msg};
use crate::ui::components::{Field, FieldKind, ProgressBar};
use crate::ui::library::{use_library, LibraryHandle};
use crate::ui::sync::{use_sync, SyncHandle, SyncState};
use std::rc::Rc;
use yew::prelude::*;

#[component(SyncPanel)]
pub fn sync_panel() -> Html {
    let (library, sync) = (use_library(), use_sync());
    let draft = {
        let settings = sync.as_ref().and_then(|s| s.state().settings.clone());
        use_state(move || settings.as_ref().map(SyncDraft::of).unwrap_or_default())
    };
    let errors = use_state(FieldErrors::default);
    let refused = use_state(|| None::<String>);
    let (Some(library), Some(sync)) = (library, sync) else {
        return html! {};
    };
    let state = sync.state().clone();
    let set = |change: fn(&mut SyncDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            change(&mut next, value);
            draft.set(next);
        })
    };
    let tick = |change: fn(&mut SyncDraft, bool)| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let checked = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            let mut next = (*draft).clone();
            change(&mut next, checked);
            draft.set(next);
        })
    };
    let on_save = {
        let (library, sync, draft) = (library.clone(), sync.clone(), draft.clone());
        let (errors, refused) = (errors.clone(), refused.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let before = sync.state().settings.clone();
            let device = before
                .as_ref()
                .map_or_else(crate::sync::settings::new_device, |s| s.device.clone());
            match draft.validate(device) {
                Err(found) => errors.set(found),
                Ok(settings) => {
                    errors.set(FieldErrors::default());
                    save(&library, &sync, before, settings, &refused);
                }
            }
        })
    };
    let on_now = {
        let sync = sync.clone();
        Callback::from(move |_| sync.sync_now())
    };
    let on_off = {
        let (library, sync, refused) = (library.clone(), sync.clone(), refused.clone());
        Callback::from(move |_| {
            if let Some(settings) = sync.state().settings.clone() {
                let before = Some(settings.clone());
                let off = SyncSettings {
                    enabled: false,
                    ..settings
                };
                save(&library, &sync, before, off, &refused);
            }
        })
    };
    let error = |field: F| errors.for_field(field).map(|p| problem(field, p));
    let enabled = state.settings.as_ref().is_some_and(|s| s.enabled);
    html! {
        <section aria-labelledby="sync-heading" class="sync" id="sync">
            <h2 id="sync-heading">{ tr(Msg::SyncHeading) }</h2>
            <p>{ tr(Msg::SyncIntro) }</p>
            if state.settings.is_some() {
                { status(&state) }
            }
            if let Some(choices) = state.choices.clone() {
                <Choosing {choices} library={library.clone()} sync={sync.clone()} />
            }
            <form onsubmit={on_save} novalidate=true>
                <Field id="sync-address" label={tr(Msg::SyncAddressLabel)} kind={FieldKind::Url}
                    value={draft.address.clone()} error={error(F::SyncAddress)} required=true
                    on_change={set(|d, v| d.address = v)} />
                <Field id="sync-user" label={tr(Msg::SyncUserLabel)} kind={FieldKind::UserName}
                    value={draft.user.clone()} error={error(F::SyncUser)} required=true
                    on_change={set(|d, v| d.user = v)} />
                <Field id="sync-password" label={tr(Msg::SyncPasswordLabel)} kind={FieldKind::Password}
                    value={draft.password.clone()} error={error(F::SyncPassword)} required=true
                    on_change={set(|d, v| d.password = v)} />
                <fieldset class="mode">
                    <legend>{ tr(Msg::SyncWhatLegend) }</legend>
                    <div class="field checkbox">
                        <input id="sync-content" type="radio" name="sync-scope" checked={!draft.everything}
                            onchange={tick(|d, on| d.everything = !on)} />
                        <label for="sync-content">{ tr(Msg::SyncContentOnly) }</label>
                    </div>
                    <div class="field checkbox">
                        <input id="sync-everything" type="radio" name="sync-scope" checked={draft.everything}
                            onchange={tick(|d, on| d.everything = on)} />
                        <label for="sync-everything">{ tr(Msg::SyncEverything) }</label>
                    </div>
                    if draft.everything {
                        <div class={classes!("field", "checkbox", error(F::SyncOwnDatabase).is_some().then_some("invalid"))}>
                            <input id="sync-own" type="checkbox" checked={draft.own_database}
                                aria-describedby={error(F::SyncOwnDatabase).map(|_| "sync-own-error")}
                                onchange={tick(|d, on| d.own_database = on)} />
                            <label for="sync-own">{ tr(Msg::SyncOwnDatabase) }</label>
                        </div>
                        if let Some(message) = error(F::SyncOwnDatabase) {
                            <p class="field-error" id="sync-own-error">{ message }</p>
                        }
                    }
                </fieldset>
                if let Some(why) = &*refused {
                    <p class="form-error" role="alert">{ why.clone() }</p>
                }
                <div class="actions">
                    <button type="submit" class="button primary">{ tr(Msg::SyncSave) }</button>
                    if enabled {
                        <button type="button" class="button" onclick={on_now} disabled={state.running}>{ tr(Msg::SyncNow) }</button>
                        <button type="button" class="button" onclick={on_off}>{ tr(Msg::SyncTurnOff) }</button>
                    }
                </div>
            </form>
        </section>
    }
}

/// Keeps new settings. Another database than before starts with nothing known of it;
/// another scope reads every change again (records now in scope were passed over).
fn save(
    library: &LibraryHandle,
    sync: &SyncHandle,
    before: Option<SyncSettings>,
    settings: SyncSettings,
    refused: &UseStateHandle<Option<String>>,
) {
    let forget = match &before {
        Some(b) if b.address != settings.address => Some(Write::ClearSyncLedger),
        None => Some(Write::ClearSyncLedger),
        Some(b) if b.scope != settings.scope => Some(Write::ForgetSyncSince),
        Some(_) => None,
    };
    let (commands, sync, refused) = (library.commands().clone(), sync.clone(), refused.clone());
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(write) = forget {
            if let Err(failure) = commands.try_run(vec![write], []).await {
                refused.set(Some(storage_failure(&failure)));
                return;
            }
        }
        refused.set(sync.save(settings).err());
    });
}

fn status(state: &SyncState) -> Html {
    let enabled = state.settings.as_ref().is_some_and(|s| s.enabled);
    if !enabled {
        return html! { <p class="sync-status" role="status">{ tr(Msg::SyncIsOff) }</p> };
    }
    let progress = match state.fetched {
        _ if !state.running => html! {},
        Some((n, Some(left))) if left > 0 => html! {
            <ProgressBar percent={(n * 100 / (n + left as usize).max(1)) as u8} label={Msg::SyncProgressLabel}
                status={Some(Msg::SyncRunning)} />
        },
        Some((n, _)) if n > 0 => html! { <p>{ tr(Msg::SyncFetched { n }) }</p> },
        _ => html! { <p>{ tr(Msg::SyncRunning) }</p> },
    };
    let last = match state.last_synced {
        Some(at) => tr(Msg::SyncLastAt {
            when: &super::moment(at),
        }),
        None => tr(Msg::SyncNever),
    };
    html! {
        <div class="sync-status">
            <div role="status">
                { progress }
                if state.offline {
                    <p>{ tr(Msg::SyncOffline) }</p>
                }
                <p>{ last }</p>
                { match state.pending {
                    Some(0) => html! { <p>{ tr(Msg::SyncAllSent) }</p> },
                    Some(n) => html! { <p>{ tr(Msg::SyncPending { n }) }</p> },
                    None => html! {},
                } }
                if state.deletions_kept > 0 {
                    <p>{ tr(Msg::SyncDeletionsKept { n: state.deletions_kept }) }</p>
                }
                if state.left_out > 0 {
                    <p>{ tr(Msg::SyncLeftOut { n: state.left_out }) }</p>
                }
            </div>
            if let Some(failure) = &state.failure {
                <p class="form-error" role="alert">{ sync_failure(failure) }</p>
            }
            if !state.refused.is_empty() {
                <div role="alert">
                    <p>{ tr(Msg::SyncRefused { n: state.refused.len() }) }</p>
                    <ul class="kept-aside">
                        { for state.refused.iter().map(|(doc, why)| html! {
                            <li><code>{ doc.clone() }</code>{ ": " }<code>{ why.clone() }</code></li>
                        }) }
                    </ul>
                </div>
            }
            if !state.kept_aside.is_empty() {
                <div role="alert">
                    <p>{ tr(Msg::SyncKeptAside { n: state.kept_aside.len() }) }</p>
                    <ul class="kept-aside">
                        { for state.kept_aside.iter().map(|(doc, why)| html! {
                            <li><code>{ doc.clone() }</code>{ ": " }{ why.clone() }</li>
                        }) }
                    </ul>
                </div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ChoosingProps {
    choices: Rc<Choices>,
    library: LibraryHandle,
    sync: SyncHandle,
}

/// Records changed on two tablets: each side by side, the newer preselected, stored
/// only when the person says so.
#[component(Choosing)]
fn choosing(props: &ChoosingProps) -> Html {
    let overrides = use_state(Vec::<(String, Choice)>::new);
    let refused = use_state(|| None::<String>);
    let busy = use_state(|| false);
    // New choices from a later sync start from their preselection.
    {
        let overrides = overrides.clone();
        use_effect_with(Rc::as_ptr(&props.choices) as usize, move |_| {
            overrides.set(Vec::new())
        });
    }
    let mut plan = props.choices.plan.clone();
    for (key, choice) in overrides.iter() {
        plan.choose(key, *choice);
    }
    let conflicts = conflicts_of(props.library.library(), &props.choices.file, &plan);
    let on_choose = {
        let overrides = overrides.clone();
        Callback::from(move |chosen: (String, Choice)| {
            let mut next = (*overrides).clone();
            next.retain(|(k, _)| *k != chosen.0);
            next.push(chosen);
            overrides.set(next);
        })
    };
    let on_apply = {
        let (library, sync) = (props.library.clone(), props.sync.clone());
        let (refused, busy) = (refused.clone(), busy.clone());
        let choices = Choices {
            plan: plan.clone(),
            ..(*props.choices).clone()
        };
        Callback::from(move |_| {
            if *busy {
                return;
            }
            busy.set(true);
            let (library, sync, refused, busy) =
                (library.clone(), sync.clone(), refused.clone(), busy.clone());
            let choices = choices.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let stored = store_choices(library.commands(), &choices, library.library()).await;
                busy.set(false);
                match stored {
                    Ok(()) => sync.choices_stored(),
                    Err(failure) => refused.set(Some(storage_failure(&failure))),
                }
            });
        })
    };
    html! {
        <div class="sync-choices">
            <p role="alert">{ tr(Msg::SyncChoicesWaiting { n: conflicts.len() }) }</p>
            <ConflictChoices {conflicts} sides={Sides::OTHER_TABLET} {on_choose} />
            if let Some(why) = &*refused {
                <p class="form-error" role="alert">{ why.clone() }</p>
            }
            <div class="actions">
                <button type="button" class="button primary" onclick={on_apply} disabled={*busy}>
                    { tr(Msg::SyncApplyChoices) }
                </button>
            </div>
        </div>
    }
}
