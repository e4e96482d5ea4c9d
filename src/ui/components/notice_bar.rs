//! The undo offer after a delete, and any failed write, until the person dismisses it.

use crate::domain::state::Notice;
use crate::domain::StorageFailure;
use crate::text::{storage_failure, tr, Msg};
use crate::ui::device::use_device;
use crate::ui::library::use_library;
use yew::prelude::*;

#[component(NoticeBar)]
pub fn notice_bar() -> Html {
    let problem = use_state(|| None::<String>);
    let device = use_device();
    let Some(library) = use_library() else {
        return html! {};
    };
    let dismiss = {
        let library = library.clone();
        Callback::from(move |_| library.dismiss_notice())
    };
    let content = match library.notice() {
        None => html! {},
        Some(Notice::Deleted(deletion)) => {
            let deleted = &deletion.deleted;
            let undo = {
                let (library, deletion) = (library.clone(), deletion.clone());
                Callback::from(move |_| library.undo_delete(&deletion))
            };
            html! {
                <div class="notice">
                    <p class="notice-text">{ tr(Msg::Deleted { title: deleted.title() }) }</p>
                    <button type="button" class="button" onclick={undo}>{ tr(Msg::Undo) }</button>
                    <button type="button" class="button quiet" onclick={dismiss.clone()}>{ tr(Msg::Dismiss) }</button>
                </div>
            }
        }
        Some(Notice::Failed(failure)) => {
            // Out of space, the browser may delete everything: a backup is the way out.
            let save = (*failure == StorageFailure::QuotaExceeded)
                .then(|| device.clone())
                .flatten()
                .map(|device| {
                    let (library, problem) = (library.clone(), problem.clone());
                    Callback::from(move |_| {
                        let (library, device, problem) =
                            (library.clone(), device.clone(), problem.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            let quiet = Callback::noop();
                            problem
                                .set(device.download_backup(&library, &quiet, |p| p).await.err());
                        });
                    })
                });
            html! {
                <div class="notice failure" role="alert">
                    <p class="notice-text">{ storage_failure(failure) }</p>
                    if let Some(on_save) = save {
                        <button type="button" class="button primary" onclick={on_save}>{ tr(Msg::SaveBackupNow) }</button>
                    }
                    <button type="button" class="button quiet" onclick={dismiss.clone()}>{ tr(Msg::Dismiss) }</button>
                    if let Some(detail) = &*problem {
                        <p class="form-error">{ tr(Msg::ExportFailed { detail }) }</p>
                    }
                </div>
            }
        }
    };
    // The live region stays in the page so that screen readers announce what appears in it.
    html! { <div class="notices" role="status" aria-live="polite">{ content }</div> }
}
