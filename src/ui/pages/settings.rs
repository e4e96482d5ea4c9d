//! Settings: backups out, packs to share, files in.

mod conflict_choices;
mod contact_keeping;
mod device_storage;
mod import_panel;
mod language_choice;
mod pack_export;
mod record_view;
mod starter_kit_panel;
mod sync_panel;

use crate::domain::kept_backups;
use crate::text::{tr, Msg};
use crate::ui::components::ProgressBar;
use crate::ui::device::use_device;
use crate::ui::files::{can_share_files, download};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use contact_keeping::ContactKeeping;
use device_storage::DeviceStorage;
use import_panel::ImportPanel;
use language_choice::LanguageChoice;
pub use pack_export::PackExport;
use starter_kit_panel::StarterKitPanel;
use sync_panel::SyncPanel;
use yew::prelude::*;

#[component(SettingsPage)]
pub fn settings_page() -> Html {
    let library = use_library();
    let device = use_device();
    let problem = use_state(|| None::<String>);
    let writing = use_state(|| None::<u8>);
    let kept = use_state(Vec::<String>::new);
    {
        let (library, kept) = (library.clone(), kept.clone());
        use_effect_with(library.as_ref().map(|l| l.revision()), move |_| {
            if let Some(library) = library {
                library.kept_backups(Callback::from(move |keys| kept.set(keys)));
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
    let on_kept = |key: &String| {
        let (library, problem, key) = (library.clone(), problem.clone(), key.clone());
        let name = format!(
            "vertskap-backup-before-replace-{}.json",
            kept_backups::made(&key)
                .map_or_else(|| "earlier".into(), |t| crate::clock::local_day(t).text())
        );
        Callback::from(move |_| {
            let (problem, name) = (problem.clone(), name.clone());
            library.kept_backup(
                key.clone(),
                Callback::from(move |text: Option<String>| {
                    if let Some(text) = text {
                        if let Err(error) = download(&name, &text) {
                            problem.set(Some(format!("{error:?}")));
                        }
                    }
                }),
            );
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
                    { for kept.iter().map(|key| html! {
                        <button key={key.clone()} type="button" class="button" onclick={on_kept(key)}>
                            { match kept_backups::made(key) {
                                Some(made) => tr(Msg::KeptBackup { when: &moment(made) }),
                                None => tr(Msg::KeptBackupEarlier),
                            } }
                        </button>
                    }) }
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
            <SyncPanel />
            <ContactKeeping />
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

/// A moment as people read it here: the local date and time of day.
pub(super) fn moment(at: crate::domain::Timestamp) -> String {
    let local = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.unix_millis() as f64));
    let day = time::Month::try_from(local.get_month() as u8 + 1)
        .ok()
        .and_then(|m| {
            time::Date::from_calendar_date(local.get_full_year() as i32, m, local.get_date() as u8)
                .ok()
        });
    match day {
        Some(day) => format!(
            "{} {:02}:{:02}",
            crate::text::date(day),
            local.get_hours(),
            local.get_minutes()
        ),
        None => at.date_text(),
    }
}
