//! Settings, "Storage on this device": whether the browser keeps the data, how much is
//! used, and when to be reminded of backups. Plain words, no browser jargon.

use crate::domain::device::{Persistence, Preferences, REMINDER_CHOICES};
use crate::storage::device::{usage, Usage};
use crate::text::{byte_size, date, tr, Msg};
use crate::ui::device::use_device;
use crate::ui::hooks::selected_option;
use yew::prelude::*;

#[component(DeviceStorage)]
pub fn device_storage() -> Html {
    let usage_now = use_state(|| None::<Usage>);
    let device = use_device();
    let persistence = device.as_ref().map(|d| d.persistence());
    {
        let usage_now = usage_now.clone();
        // Read again when the answer about keeping the data changes.
        use_effect_with(persistence, move |_| {
            wasm_bindgen_futures::spawn_local(async move { usage_now.set(usage().await) });
        });
    }
    let Some(device) = device else {
        return html! {};
    };
    let preferences = device.preferences().clone();
    let status = match device.persistence() {
        Persistence::Unknown => Msg::StorageChecking,
        Persistence::Persistent => Msg::StoragePersistent,
        Persistence::BestEffort => Msg::StorageBestEffort,
        Persistence::Unsupported => Msg::StorageUnsupported,
    };
    let ask = {
        let device = device.clone();
        Callback::from(move |_| device.ask_persistence())
    };
    let on_interval = {
        let device = device.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let days = selected_option(&select.value());
            device.set_preferences(Preferences {
                backup_reminder_days: days,
                ..device.preferences().clone()
            });
        })
    };
    let last_backup = match preferences.last_backup_at {
        Some(at) => tr(Msg::LastBackup {
            date: &date(crate::clock::local_day(at).date()),
        }),
        None => tr(Msg::NoBackupYet),
    };
    html! {
        <section aria-labelledby="device-storage-heading">
            <h2 id="device-storage-heading">{ tr(Msg::StorageHeading) }</h2>
            <p role="status">{ tr(status) }</p>
            if let Some(Usage { used, quota }) = *usage_now {
                <p>{ tr(Msg::StorageUsage { used: &byte_size(used), quota: &byte_size(quota) }) }</p>
            }
            if device.persistence() == Persistence::BestEffort {
                <div class="actions">
                    <button type="button" class="button" onclick={ask}>{ tr(Msg::AskToKeep) }</button>
                </div>
            }
            <p>{ last_backup }</p>
            <div class="field">
                <label for="backup-reminder">{ tr(Msg::ReminderEvery) }</label>
                <select id="backup-reminder" onchange={on_interval}>
                    { for REMINDER_CHOICES.iter().map(|choice| {
                        let (value, label) = match choice {
                            Some(days) => (days.to_string(), tr(Msg::ReminderDays { days: *days })),
                            None => (String::new(), tr(Msg::ReminderOff)),
                        };
                        html! {
                            <option value={value} selected={*choice == preferences.backup_reminder_days}>{ label }</option>
                        }
                    }) }
                </select>
            </div>
        </section>
    }
}
