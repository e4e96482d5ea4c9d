//! Settings: backups out, packs to share, files in.

mod device_storage;
mod import_panel;
mod language_choice;
mod pack_export;
mod record_view;
mod starter_kit_panel;

use crate::text::{tr, Msg};
use crate::ui::components::ProgressBar;
use crate::ui::device::use_device;
use crate::ui::files::{can_share_files, download};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use device_storage::DeviceStorage;
use import_panel::ImportPanel;
use language_choice::LanguageChoice;
pub use pack_export::PackExport;
use starter_kit_panel::StarterKitPanel;
use yew::prelude::*;

#[component(SettingsPage)]
pub fn settings_page() -> Html {
    let library = use_library();
    let device = use_device();
    let problem = use_state(|| None::<String>);
    let writing = use_state(|| None::<u8>);
    let before_replace = use_state(|| None::<String>);
    {
        let (library, before_replace) = (library.clone(), before_replace.clone());
        use_effect_with(library.as_ref().map(|l| l.revision()), move |_| {
            if let Some(library) = library {
                library
                    .backup_before_replace(Callback::from(move |found| before_replace.set(found)));
            }
        });
    }
    let (Some(library), Some(device)) = (library, device) else {
        return html! {};
    };
    // Download or share: one backup, written with its progress shown, once at a time.
    let export = |share: bool| {
        let (library, device, problem) = (library.clone(), device.clone(), problem.clone());
        let writing = writing.clone();
        Callback::from(move |_| {
            if writing.is_some() {
                return;
            }
            let (library, device, problem) = (library.clone(), device.clone(), problem.clone());
            let writing = writing.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let progress = progress_to(&writing);
                let written = if share {
                    device.share_backup(&library, &progress).await
                } else {
                    device.download_backup(&library, &progress, |p| p).await
                };
                problem.set(written.err());
                writing.set(None);
            });
        })
    };
    let (on_download, on_share) = (export(false), export(true));
    let on_before_replace = {
        let (before_replace, problem) = (before_replace.clone(), problem.clone());
        Callback::from(move |_| {
            if let Some(text) = &*before_replace {
                if let Err(error) = download("vertskap-backup-before-replace.json", text) {
                    problem.set(Some(format!("{error:?}")));
                }
            }
        })
    };
    html! {
        <section class="page settings">
            <h1>{ tr(Msg::SettingsHeading) }</h1>
            <LanguageChoice />
            <section aria-labelledby="backups-heading">
                <h2 id="backups-heading">{ tr(Msg::BackupsHeading) }</h2>
                <p>{ tr(Msg::BackupIntro) }</p>
                <div class="actions">
                    <button type="button" class="button primary" onclick={on_download}>{ tr(Msg::DownloadBackup) }</button>
                    if can_share_files() {
                        <button type="button" class="button" onclick={on_share}>{ tr(Msg::ShareBackup) }</button>
                    }
                    if before_replace.is_some() {
                        <button type="button" class="button" onclick={on_before_replace}>{ tr(Msg::BackupBeforeReplace) }</button>
                    }
                </div>
                if let Some(percent) = *writing {
                    <ProgressBar {percent} label={Msg::BackupProgress} />
                }
                if let Some(detail) = &*problem {
                    <p class="form-error" role="alert">{ tr(Msg::ExportFailed { detail }) }</p>
                }
            </section>
            <section aria-labelledby="pack-heading">
                <h2 id="pack-heading">{ tr(Msg::PackHeading) }</h2>
                <p>{ tr(Msg::PackIntro) }</p>
                <a class="button" href={Route::MakePack.href()}>{ tr(Msg::MakePack) }</a>
            </section>
            <ImportPanel />
            <StarterKitPanel />
            <DeviceStorage />
        </section>
    }
}

/// Shows how far the backup has come in `writing`.
fn progress_to(writing: &UseStateHandle<Option<u8>>) -> Callback<u8> {
    let writing = writing.clone();
    Callback::from(move |percent| writing.set(Some(percent)))
}
