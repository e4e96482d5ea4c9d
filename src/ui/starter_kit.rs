//! The starter kit: a pack in each language, shipped beside the app (the one in the
//! language shown is kept for offline use), loaded through the same import path as any
//! pack. Its records have fixed ids and dates, so loading it again changes
//! nothing that is already there.

use super::fetch::fetch_bytes;
use super::library::{LibraryHandle, Outcome};
use crate::domain::file::read_file;
use crate::domain::locale::Locale;
use crate::domain::values::ProfileDraft;
use crate::text::{file_problem, tr, Msg};
use std::rc::Rc;
use yew::Callback;

/// Where the kit in `locale` is served, relative to the app (any sub-path works).
pub fn kit_path(locale: Locale) -> String {
    format!("kit/starter.{}.json", locale.tag())
}

/// The kit's files in `locale`, which this device keeps for offline use: a tablet set
/// up offline still has its kit, without every first visit downloading all three.
pub fn files(locale: Locale) -> Vec<String> {
    vec![kit_path(locale), promises_path(locale)]
}

/// The kit's example service promises: a plain list, since a pack holds no profile.
fn promises_path(locale: Locale) -> String {
    format!("kit/promises.{}.json", locale.tag())
}

/// Writes the kit's promises into a profile that has none; a business's own promises
/// are never overwritten. Best effort: the kit is loaded either way.
async fn offer_promises(library: &LibraryHandle, locale: Locale) {
    let Ok(bytes) = fetch_bytes(&promises_path(locale)).await else {
        return;
    };
    let Ok(promises) = serde_json::from_slice::<Vec<String>>(&bytes) else {
        return;
    };
    let mut draft = ProfileDraft::from_profile(&library.library().profile);
    draft.promises = promises.join("\n");
    // The kit's own promises always pass the form's rules (tests/starter_kit.rs); if
    // they ever do not, the kit is loaded without them.
    if let Err(errors) = library.save_profile(&draft, Callback::noop()) {
        web_sys::console::warn_1(&format!("starter kit promises refused: {errors:?}").into());
    }
}

/// What loading the kit came to, for the person.
#[derive(Clone, Debug, PartialEq)]
pub enum KitLoad {
    Loading,
    /// Stored; this many records were new.
    Loaded(usize),
    Failed(String),
}

/// Loads the kit in `locale` and merges it like a pack: new records are added, records
/// changed here since are kept. `report` hears each stage.
pub fn load_starter_kit(library: LibraryHandle, locale: Locale, report: Callback<KitLoad>) {
    report.emit(KitLoad::Loading);
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = match fetch_bytes(&kit_path(locale)).await {
            Ok(bytes) => bytes,
            Err(detail) => {
                return report.emit(KitLoad::Failed(tr(Msg::StarterFailed { detail: &detail })))
            }
        };
        let file = match read_file(&bytes) {
            Ok(file) => file,
            Err(problem) => {
                let detail = file_problem(&problem);
                return report.emit(KitLoad::Failed(tr(Msg::StarterFailed { detail: &detail })));
            }
        };
        let plan = match library.plan_import(&file).await {
            Ok(plan) => plan,
            Err(failure) => {
                let detail = crate::text::storage_failure(&failure);
                return report.emit(KitLoad::Failed(tr(Msg::StarterFailed { detail: &detail })));
            }
        };
        let new = plan.counts().new;
        let without_promises = library.library().profile.promises.is_empty();
        let after = library.clone();
        let done = Callback::from(move |outcome| match outcome {
            Outcome::Stored => {
                let (after, report) = (after.clone(), report.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if without_promises {
                        offer_promises(&after, locale).await;
                    }
                    report.emit(KitLoad::Loaded(new));
                });
            }
            // The failure itself is shown by the app's notice bar.
            Outcome::Failed => report.emit(KitLoad::Failed(tr(Msg::StarterNotStored))),
        });
        library.import(Rc::new(file), Some(plan), Callback::noop(), done);
    });
}
