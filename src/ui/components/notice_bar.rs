//! The undo offer after a delete, and any failed write, until the person dismisses it.

use crate::domain::state::Notice;
use crate::text::{storage_failure, tr, Msg};
use crate::ui::library::use_library;
use yew::prelude::*;

#[component(NoticeBar)]
pub fn notice_bar() -> Html {
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
        Some(Notice::Failed(failure)) => html! {
            <div class="notice failure" role="alert">
                <p class="notice-text">{ storage_failure(failure) }</p>
                <button type="button" class="button quiet" onclick={dismiss.clone()}>{ tr(Msg::Dismiss) }</button>
            </div>
        },
    };
    // The live region stays in the page so that screen readers announce what appears in it.
    html! { <div class="notices" role="status" aria-live="polite">{ content }</div> }
}
