//! Importing a file: read it whole and check it, show what it would change (with
//! conflicts side by side), and only then apply it, all at once.

use super::conflict_choices::{conflicts_of, ConflictChoices, Sides};
use crate::domain::file::merge::{Choice, ImportPlan, StaffRecord, Status};
use crate::domain::file::problem::FileProblem;
use crate::domain::file::{FileKind, ImportFile, Reading, MAX_FILE_BYTES};
use crate::pacing::give_page_back;
use crate::text::{file_problem, storage_failure, tr, Msg};
use crate::ui::components::ProgressBar;
use crate::ui::device::{use_device, DeviceHandle};
use crate::ui::files::read_bytes;
use crate::ui::library::{use_library, LibraryHandle, Outcome};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    /// Reading and checking the file, with how far it has come.
    Reading(u8),
    Refused(String),
    Preview {
        file: Rc<ImportFile>,
        plan: ImportPlan,
        replace: bool,
    },
    Applying(u8),
    Done,
    Failed,
}

impl Stage {
    fn busy(&self) -> bool {
        matches!(self, Stage::Reading(_) | Stage::Applying(_))
    }
}

fn start_reading(file: web_sys::File, library: LibraryHandle, stage: UseStateHandle<Stage>) {
    if stage.busy() {
        return;
    }
    if file.size() as u64 > MAX_FILE_BYTES {
        let problem = FileProblem::TooLarge {
            bytes: file.size() as u64,
            max: MAX_FILE_BYTES,
        };
        stage.set(Stage::Refused(file_problem(&problem)));
        return;
    }
    stage.set(Stage::Reading(0));
    wasm_bindgen_futures::spawn_local(async move {
        let next = match read_bytes(&file).await {
            Err(e) => Stage::Refused(format!("{e:?}")),
            Ok(bytes) => match read_in_steps(&bytes, &stage).await {
                Err(problem) => Stage::Refused(file_problem(&problem)),
                Ok(read) => match library.plan_import(&read).await {
                    Ok(plan) => Stage::Preview {
                        file: Rc::new(read),
                        plan,
                        replace: false,
                    },
                    Err(failure) => Stage::Refused(storage_failure(&failure)),
                },
            },
        };
        stage.set(next);
    });
}

/// Records checked between two looks at the page: small enough that a tap is answered
/// at once, large enough that a 200,000-record backup does not crawl.
const RECORDS_PER_STEP: usize = 4_000;

/// Reads and checks the file a share at a time, showing how far it has come and
/// giving the page back between shares.
async fn read_in_steps(
    bytes: &[u8],
    stage: &UseStateHandle<Stage>,
) -> Result<ImportFile, FileProblem> {
    // Parsing the JSON is one step: the first tenth of the bar.
    give_page_back().await;
    let mut reading = Reading::start(bytes)?;
    loop {
        let progress = reading.advance(RECORDS_PER_STEP)?;
        stage.set(Stage::Reading((10.0 + progress * 85.0) as u8));
        give_page_back().await;
        if progress >= 1.0 {
            break;
        }
    }
    reading.finish()
}

#[component(ImportPanel)]
pub fn import_panel() -> Html {
    let library = use_library();
    let device = use_device();
    let stage = use_state(|| Stage::Idle);
    let Some(library) = library else {
        return html! {};
    };
    let busy = stage.busy();
    let on_choose = {
        let (library, stage) = (library.clone(), stage.clone());
        Callback::from(move |e: Event| {
            let input = e.target_dyn_into::<web_sys::HtmlInputElement>();
            if let Some(file) = input
                .as_ref()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
            {
                start_reading(file, library.clone(), stage.clone());
            }
            // The same file can be chosen again after fixing it.
            if let Some(input) = input {
                input.set_value("");
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_drop = {
        let (library, stage) = (library.clone(), stage.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                start_reading(file, library.clone(), stage.clone());
            }
        })
    };
    let body = match (*stage).clone() {
        Stage::Idle => html! {},
        Stage::Reading(percent) => html! {
            <ProgressBar {percent} label={Msg::ReadingProgress} status={Some(Msg::ReadingFile)} />
        },
        Stage::Refused(why) => {
            html! { <p class="form-error" role="alert">{ tr(Msg::FileRefused { why: &why }) }</p> }
        }
        Stage::Applying(percent) => html! {
            <ProgressBar {percent} label={Msg::ImportProgress} status={Some(Msg::Importing)} />
        },
        Stage::Done => html! { <p class="notice" role="status">{ tr(Msg::ImportDone) }</p> },
        Stage::Failed => html! { <p class="form-error" role="alert">{ tr(Msg::ImportFailed) }</p> },
        Stage::Preview {
            file,
            plan,
            replace,
        } => preview(&library, &device, &stage, file, plan, replace),
    };
    html! {
        <section aria-labelledby="import-heading" class="import" ondragover={on_drag_over} ondrop={on_drop}>
            <h2 id="import-heading">{ tr(Msg::ImportHeading) }</h2>
            <p>{ tr(Msg::ImportIntro) }</p>
            <div class="drop-zone">
                <label for="import-file" class="button">{ tr(Msg::ChooseFile) }</label>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json"
                    onchange={on_choose} disabled={busy} />
                <span class="muted">{ tr(Msg::DropHere) }</span>
            </div>
            { body }
        </section>
    }
}

fn preview(
    library: &LibraryHandle,
    device: &Option<DeviceHandle>,
    stage: &UseStateHandle<Stage>,
    file: Rc<ImportFile>,
    plan: ImportPlan,
    replace: bool,
) -> Html {
    // People, goals and check-ins count with the rest, and their conflicts are shown
    // like the rest, but for check-ins: those keep the newer copy, as a person cannot
    // weigh thousands of them one by one.
    let (business, staff) = (plan.counts(), plan.staff_counts());
    let counts = crate::domain::file::merge::Counts {
        new: business.new + staff.new,
        updated: business.updated + staff.updated,
        unchanged: business.unchanged + staff.unchanged,
        older: business.older + staff.older,
        conflicts: business.conflicts + staff.conflicts,
        deleted_here: business.deleted_here + staff.deleted_here,
    };
    let bring_back = plan.brings_back_deleted();
    let unknown_sections: String = file
        .extras
        .sections()
        .map(|(name, _)| format!("“{name}”"))
        .collect::<Vec<_>>()
        .join(", ");
    let on_bring_back = {
        let (stage, file, plan) = (stage.clone(), file.clone(), plan.clone());
        Callback::from(move |e: Event| {
            let checked = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            let mut plan = plan.clone();
            plan.bring_back_deleted(checked);
            stage.set(Stage::Preview {
                file: file.clone(),
                plan,
                replace: false,
            });
        })
    };
    let date = crate::text::date(crate::clock::local_day(file.exported_at).date());
    let heading = match file.kind {
        FileKind::Backup => tr(Msg::PreviewBackup { date: &date }),
        FileKind::Pack => tr(Msg::PreviewPack { date: &date }),
    };
    let set_mode = |replace: bool| {
        let (stage, file, plan) = (stage.clone(), file.clone(), plan.clone());
        Callback::from(move |_| {
            stage.set(Stage::Preview {
                file: file.clone(),
                plan: plan.clone(),
                replace,
            })
        })
    };
    let on_import = {
        let (library, stage, file, plan, device) = (
            library.clone(),
            stage.clone(),
            file.clone(),
            plan.clone(),
            device.clone(),
        );
        Callback::from(move |_| {
            if stage.busy() {
                return;
            }
            stage.set(Stage::Applying(0));
            let progress = {
                let stage = stage.clone();
                Callback::from(move |percent| stage.set(Stage::Applying(percent)))
            };
            let done = {
                let (stage, device) = (stage.clone(), device.clone());
                Callback::from(move |outcome| {
                    if let (Outcome::Stored, Some(device)) = (outcome, &device) {
                        device.loss_restored();
                    }
                    stage.set(if outcome == Outcome::Stored {
                        Stage::Done
                    } else {
                        Stage::Failed
                    })
                })
            };
            library.import(
                file.clone(),
                (!replace).then(|| plan.clone()),
                progress,
                done,
            );
        })
    };
    let conflicts = conflicts_of(library.library(), &file, &plan);
    let on_choose = {
        let (stage, file, plan) = (stage.clone(), file.clone(), plan.clone());
        Callback::from(move |(key, choice): (String, Choice)| {
            let mut plan = plan.clone();
            plan.choose(&key, choice);
            stage.set(Stage::Preview {
                file: file.clone(),
                plan,
                replace: false,
            });
        })
    };
    let check_in_conflicts = plan
        .staff
        .iter()
        .filter(|i| i.status == Status::Conflict && matches!(i.theirs, StaffRecord::CheckIn(_)))
        .count();
    html! {
        <div class="preview">
            <h3>{ heading }</h3>
            <ul class="counts">
                <li>{ tr(Msg::CountNew { n: counts.new }) }</li>
                <li>{ tr(Msg::CountUpdated { n: counts.updated }) }</li>
                <li>{ tr(Msg::CountUnchanged { n: counts.unchanged }) }</li>
                <li>{ tr(Msg::CountOlder { n: counts.older }) }</li>
                <li>{ tr(Msg::CountConflicts { n: counts.conflicts }) }</li>
                if counts.deleted_here > 0 {
                    <li>{ tr(Msg::CountDeletedHere { n: counts.deleted_here }) }</li>
                }
            </ul>
            if file.left_out.links > 0 {
                <p class="hint">{ tr(Msg::LinksLeftOut { n: file.left_out.links }) }</p>
            }
            if !unknown_sections.is_empty() {
                <p class="hint">{ tr(Msg::UnknownSectionsKept { names: &unknown_sections }) }</p>
            }
            if file.left_out.records > 0 {
                <p class="hint">{ tr(Msg::RecordsLeftOut { n: file.left_out.records }) }</p>
            }
            if !replace && counts.deleted_here > 0 {
                <div class="field checkbox">
                    <input id="bring-back-deleted" type="checkbox" checked={bring_back} onchange={on_bring_back} />
                    <label for="bring-back-deleted">{ tr(Msg::BringBackDeleted) }</label>
                </div>
            }
            if file.kind == FileKind::Backup {
                <fieldset class="mode">
                    <legend>{ tr(Msg::ImportMode) }</legend>
                    <div class="field checkbox">
                        <input id="mode-merge" type="radio" name="import-mode" checked={!replace} onchange={set_mode(false)} />
                        <label for="mode-merge">{ tr(Msg::ModeMerge) }</label>
                    </div>
                    <div class="field checkbox">
                        <input id="mode-replace" type="radio" name="import-mode" checked={replace} onchange={set_mode(true)} />
                        <label for="mode-replace">{ tr(Msg::ModeReplace) }</label>
                    </div>
                    if replace {
                        <p class="hint">{ tr(Msg::ReplaceWarning) }</p>
                    }
                </fieldset>
            }
            if !replace && check_in_conflicts > 0 {
                <p class="hint">{ tr(Msg::CheckInConflictsNewer { n: check_in_conflicts }) }</p>
            }
            if !replace && !conflicts.is_empty() {
                <ConflictChoices {conflicts} sides={Sides::FILE} on_choose={on_choose} />
            }
            <div class="actions">
                <button type="button" class="button primary" onclick={on_import}>{ tr(Msg::ImportNow) }</button>
                <button type="button" class="button" onclick={{ let stage = stage.clone(); Callback::from(move |_| stage.set(Stage::Idle)) }}>
                    { tr(Msg::Cancel) }
                </button>
            </div>
        </div>
    }
}
