//! When the browser deleted the app's database (it may, when the disk is full), the app
//! says what was lost and when, and leads to restoring a backup, instead of greeting the
//! person as if they had never been here.

use crate::clock::local_day;
use crate::text::{date, tr, Msg};
use crate::ui::device::use_device;
use crate::ui::routes::Route;
use yew::prelude::*;

#[component(LostData)]
pub fn lost_data() -> Html {
    let Some(device) = use_device() else {
        return html! {};
    };
    let Some(lost) = device.lost() else {
        return html! {};
    };
    let backup = match device.preferences().last_backup_at {
        Some(at) => tr(Msg::LostDataLastBackup {
            date: &date(local_day(at).date()),
        }),
        None => tr(Msg::LostDataNoBackup),
    };
    let on_start_again = {
        let device = device.clone();
        Callback::from(move |_| device.start_again())
    };
    html! {
        <aside class="lost-data" role="alert" aria-labelledby="lost-data-heading">
            <h2 id="lost-data-heading">{ tr(Msg::LostDataHeading) }</h2>
            <p>{ tr(Msg::LostDataWhat {
                records: lost.records as usize,
                date: &date(local_day(lost.last_change).date()),
            }) }</p>
            <p>{ backup }</p>
            <div class="actions">
                <a class="button primary" href={Route::Settings.href()}>{ tr(Msg::LostDataRestore) }</a>
                <button type="button" class="button quiet" onclick={on_start_again}>{ tr(Msg::LostDataStartAgain) }</button>
            </div>
        </aside>
    }
}
