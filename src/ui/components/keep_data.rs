//! Calm words about keeping the data, above the manager screens: once, when the browser
//! will not promise to keep it; and when a backup is due. Each offers a one-tap backup.

use crate::clock::now;
use crate::domain::device::{BackupDue, DataSpan, Preferences};
use crate::text::{tr, Msg};
use crate::ui::device::{use_device, DeviceHandle};
use crate::ui::library::{use_library, LibraryHandle};
use yew::prelude::*;

fn warning_seen(preferences: Preferences) -> Preferences {
    Preferences {
        storage_warning_seen: true,
        ..preferences
    }
}

#[component(KeepData)]
pub fn keep_data() -> Html {
    let problem = use_state(|| None::<String>);
    let (library, device) = (use_library(), use_device());
    // The reminder counts the person's own work only: not a starter kit's old dates. It is
    // drawn again after everything the app does, also what leaves the library as it was
    // (each script opened at the counter); the span, a walk over every record, is kept
    // until the library changes.
    let first_seen = device.as_ref().and_then(|d| d.preferences().first_seen);
    let data = {
        let library = library.clone();
        let revision = library.as_ref().map(LibraryHandle::revision);
        *use_memo((revision, first_seen), move |_| {
            library
                .as_ref()
                .and_then(|l| DataSpan::own_since(l.library(), first_seen))
        })
    };
    let (Some(library), Some(device)) = (library, device) else {
        return html! {};
    };
    if !DataSpan::exists(library.library()) {
        return html! {};
    }
    let save_backup = |also: fn(Preferences) -> Preferences| {
        let (library, device, problem) = (library.clone(), device.clone(), problem.clone());
        Callback::from(move |_| {
            let (library, device, problem) = (library.clone(), device.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let quiet = Callback::noop();
                problem.set(device.download_backup(&library, &quiet, also).await.err());
            });
        })
    };
    let (region, text, later, on_later) =
        if device.persistence().at_risk() && !device.preferences().storage_warning_seen {
            let on_seen = update(&device, warning_seen);
            (
                Msg::StorageWarningRegion,
                tr(Msg::StorageWarning),
                Msg::GotIt,
                on_seen,
            )
        } else if let Some(due) = device.preferences().backup_due(data, now()) {
            let why = match due {
                BackupDue::Never { days } => tr(Msg::ReminderNever { days }),
                BackupDue::Since { days } => tr(Msg::ReminderSince { days }),
            };
            let text = format!("{why} {}", tr(Msg::ReminderWhy));
            let on_not_now = update(&device, |p| p.snoozed(now()));
            (Msg::ReminderRegion, text, Msg::NotNow, on_not_now)
        } else {
            return html! {};
        };
    let on_save = if region == Msg::StorageWarningRegion {
        save_backup(warning_seen)
    } else {
        save_backup(|p| p)
    };
    html! {
        <aside class="keep-data" aria-label={tr(region)}>
            <p>{ text }</p>
            <div class="actions">
                <button type="button" class="button primary" onclick={on_save}>{ tr(Msg::SaveBackupNow) }</button>
                <button type="button" class="button quiet" onclick={on_later}>{ tr(later) }</button>
            </div>
            if let Some(detail) = &*problem {
                <p class="form-error" role="alert">{ tr(Msg::ExportFailed { detail }) }</p>
            }
        </aside>
    }
}

fn update(device: &DeviceHandle, change: fn(Preferences) -> Preferences) -> Callback<MouseEvent> {
    let device = device.clone();
    Callback::from(move |_| device.set_preferences(change(device.preferences().clone())))
}
