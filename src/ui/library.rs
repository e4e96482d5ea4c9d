//! The one owner of app state (a reducer), shared through context, and the commands
//! that change it: each command writes to storage first and applies only what was stored.

use crate::clock::{now, today};
use crate::commands::Commands;
use crate::domain::authority::{AuthorityRule, Role, RoleRemoval, RuleDraft};
use crate::domain::deletion::Deletion;
use crate::domain::file::merge::{Here, ImportPlan};
use crate::domain::file::write::PackSelection;
use crate::domain::file::{self, FileKind, ImportFile};
use crate::domain::library::RemoveAreaError;
use crate::domain::ordering::Direction;
use crate::domain::script::ScriptUse;
use crate::domain::standard::StandardDraft;
use crate::domain::state::{Action, AppState, Deleted, Notice};
use crate::domain::validation::FieldErrors;
use crate::domain::values::{CoreValue, ProfileDraft, ValueDraft};
use crate::domain::StorageFailure;
use crate::domain::{
    Area, AreaId, Library, RoleId, RuleId, Script, ScriptDraft, ScriptId, Standard, StandardId,
    ValueId,
};
use crate::pacing::give_page_back;
use crate::storage::{Store, Write};
use std::rc::Rc;
use yew::prelude::*;

mod complaints;
mod drip;
mod knowledge;
mod staff;
mod visits;
mod voice;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}

/// Records written to a backup between two looks at the page.
const RECORDS_PER_STEP: usize = 5_000;

pub use crate::commands::Outcome;

/// What a page needs: the state to read, and commands to change it (through
/// [`Commands`], the one write path).
#[derive(Clone)]
pub struct LibraryHandle {
    state: UseReducerHandle<AppState>,
    store: Store,
    commands: Commands,
    /// How many actions the state had seen when this handle was made.
    applied: u64,
}

/// Two handles are the same while no action came between them. Comparing the states
/// themselves (what `UseReducerHandle` does) walked the whole library, 10,000 records
/// in a large one, for every component given a handle, at every change.
impl PartialEq for LibraryHandle {
    fn eq(&self, other: &Self) -> bool {
        self.applied == other.applied && self.store == other.store
    }
}

impl LibraryHandle {
    pub fn new(state: UseReducerHandle<AppState>, store: Store) -> Self {
        let dispatcher = state.dispatcher();
        let commands = Commands::new(store.clone(), move |action| dispatcher.dispatch(action));
        LibraryHandle {
            applied: state.applied,
            state,
            store,
            commands,
        }
    }

    pub fn library(&self) -> &Library {
        &self.state.library
    }

    /// The one write path, for work that runs beside the pages (sync).
    pub fn commands(&self) -> &Commands {
        &self.commands
    }

    /// Bumps whenever the library changes, so derived data can be cached on it.
    pub fn revision(&self) -> u64 {
        self.state.revision
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.state.notice.as_ref()
    }

    pub fn dismiss_notice(&self) {
        self.state.dispatch(Action::DismissNotice);
    }

    /// Saves a new standard; `done` hears its id once stored, or `None` if the write failed.
    pub fn create_standard(
        &self,
        draft: &StandardDraft,
        done: Callback<Option<StandardId>>,
    ) -> Result<(), FieldErrors> {
        let standard = self.library().create_standard(draft, now())?;
        let id = standard.id;
        self.commit(
            vec![Write::InsertStandard(standard.clone())],
            Action::StandardsSaved(vec![standard]),
            with_id(id, done),
        );
        Ok(())
    }

    pub fn revise_standard(
        &self,
        existing: &Standard,
        draft: &StandardDraft,
        done: Callback<Option<StandardId>>,
    ) -> Result<(), FieldErrors> {
        let standard = self.library().revise_standard(existing, draft, now())?;
        let id = standard.id;
        self.commit(
            vec![Write::PutStandard(standard.clone())],
            Action::StandardsSaved(vec![standard]),
            with_id(id, done),
        );
        Ok(())
    }

    pub fn move_standard(&self, id: StandardId, direction: Direction) {
        let changed = self.library().move_standard(id, direction, now());
        if !changed.is_empty() {
            let writes = changed.iter().cloned().map(Write::PutStandard).collect();
            self.commit(writes, Action::StandardsSaved(changed), Callback::noop());
        }
    }

    pub fn add_area(&self, name: &str, done: Callback<Outcome>) -> Result<(), FieldErrors> {
        let area = self.library().add_area(name, now())?;
        self.commit(
            vec![Write::PutArea(area.clone())],
            Action::AreasSaved(vec![area]),
            done,
        );
        Ok(())
    }

    pub fn rename_area(
        &self,
        area: &Area,
        name: &str,
        done: Callback<Outcome>,
    ) -> Result<(), FieldErrors> {
        let area = self.library().rename_area(area, name, now())?;
        self.commit(
            vec![Write::PutArea(area.clone())],
            Action::AreasSaved(vec![area]),
            done,
        );
        Ok(())
    }

    pub fn move_area(&self, id: AreaId, direction: Direction) {
        let changed = self.library().move_area(id, direction, now());
        if !changed.is_empty() {
            let writes = changed.iter().cloned().map(Write::PutArea).collect();
            self.commit(writes, Action::AreasSaved(changed), Callback::noop());
        }
    }

    /// Deletes an own area, first moving its standards to `move_to`, in one transaction.
    pub fn remove_area(&self, id: AreaId, move_to: Option<AreaId>) -> Result<(), RemoveAreaError> {
        let removal = self.library().remove_area(id, move_to, now())?;
        let writes = Write::area_removal(&removal, now());
        self.commit(writes, Action::AreaRemoved(removal), Callback::noop());
        Ok(())
    }

    /// Saves a new script; `done` hears its id once stored, or `None` if the write failed.
    pub fn create_script(
        &self,
        draft: &ScriptDraft,
        done: Callback<Option<ScriptId>>,
    ) -> Result<(), FieldErrors> {
        let script = self.library().create_script(draft, now())?;
        self.save_script(Write::InsertScript(script.clone()), script, done);
        Ok(())
    }

    pub fn revise_script(
        &self,
        existing: &Script,
        draft: &ScriptDraft,
        done: Callback<Option<ScriptId>>,
    ) -> Result<(), FieldErrors> {
        let script = self.library().revise_script(existing, draft, now())?;
        self.save_script(Write::PutScript(script.clone()), script, done);
        Ok(())
    }

    /// A copy of `script` under `title`, stored as a new script.
    pub fn duplicate_script(
        &self,
        script: &Script,
        title: String,
        done: Callback<Option<ScriptId>>,
    ) {
        let copy = script.duplicate(title, now());
        self.save_script(Write::InsertScript(copy.clone()), copy, done);
    }

    fn save_script(&self, write: Write, script: Script, done: Callback<Option<ScriptId>>) {
        let id = script.id;
        self.commit(
            vec![write],
            Action::ScriptsSaved(vec![script]),
            with_id(id, done),
        );
    }

    /// Remembers that a script was opened at the counter, for "recently used".
    pub fn record_script_use(&self, id: ScriptId) {
        let used = ScriptUse {
            script_id: id,
            used_at: now(),
        };
        self.commit(
            vec![Write::PutScriptUse(used.clone())],
            Action::ScriptUsed(used),
            Callback::noop(),
        );
    }

    /// Deletes something, with the links to it, and the notice bar then offers to put
    /// it back.
    pub fn delete(&self, deleted: Deleted, done: Callback<Outcome>) {
        let deletion = self.library().plan_deletion(deleted, now());
        self.commit(Write::deletion(&deletion), Action::Deleted(deletion), done);
    }

    /// Puts a deleted thing back exactly as it was, with the links it had.
    pub fn undo_delete(&self, deletion: &Deletion) {
        let Some(restoration) = self.library().plan_restoration(deletion, now()) else {
            // What it belonged to was deleted in another tab since: nothing to put it into.
            self.dismiss_notice();
            return;
        };
        self.commit(
            Write::restoration(&restoration),
            Action::Restored(restoration),
            Callback::noop(),
        );
    }

    pub fn save_profile(
        &self,
        draft: &ProfileDraft,
        done: Callback<Outcome>,
    ) -> Result<(), FieldErrors> {
        let profile = draft.validate(now())?;
        self.commit(
            vec![Write::PutProfile(profile.clone())],
            Action::ProfileSaved(profile),
            done,
        );
        Ok(())
    }

    /// Saves a new value (`existing` none) or a revision; `done` hears its id once stored.
    pub fn save_value(
        &self,
        existing: Option<&CoreValue>,
        draft: &ValueDraft,
        done: Callback<Option<ValueId>>,
    ) -> Result<(), FieldErrors> {
        let value = draft.validate(existing, self.library().next_value_order(), now())?;
        let id = value.id;
        self.commit(
            vec![Write::PutValue(value.clone())],
            Action::ValuesSaved(vec![value]),
            with_id(id, done),
        );
        Ok(())
    }

    pub fn move_value(&self, id: ValueId, direction: Direction) {
        let changed = self.library().move_value(id, direction, now());
        if !changed.is_empty() {
            let writes = changed.iter().cloned().map(Write::PutValue).collect();
            self.commit(writes, Action::ValuesSaved(changed), Callback::noop());
        }
    }

    pub fn add_role(&self, name: &str, done: Callback<Outcome>) -> Result<(), FieldErrors> {
        let role = Role::new(name, self.library().next_role_order(), now())?;
        self.commit(
            vec![Write::PutRole(role.clone())],
            Action::RolesSaved(vec![role]),
            done,
        );
        Ok(())
    }

    pub fn rename_role(
        &self,
        role: &Role,
        name: &str,
        done: Callback<Outcome>,
    ) -> Result<(), FieldErrors> {
        let role = role.renamed(name, now())?;
        self.commit(
            vec![Write::PutRole(role.clone())],
            Action::RolesSaved(vec![role]),
            done,
        );
        Ok(())
    }

    /// Deletes a role with its rules moved or deleted, in one transaction.
    pub fn remove_role(&self, id: RoleId, what: RoleRemoval) {
        let now = now();
        if let Some(plan) = self.library().remove_role(id, what, now) {
            self.commit(
                Write::role_removal(&plan, now),
                Action::RoleRemoved(plan),
                Callback::noop(),
            );
        }
    }

    pub fn save_rule(
        &self,
        existing: Option<&AuthorityRule>,
        draft: &RuleDraft,
        done: Callback<Option<RuleId>>,
    ) -> Result<(), FieldErrors> {
        let library = self.library();
        let rule = draft.validate(existing, |id| library.role(id).is_some(), now())?;
        let id = rule.id;
        self.commit(
            vec![Write::PutRule(rule.clone())],
            Action::RulesSaved(vec![rule]),
            with_id(id, done),
        );
        Ok(())
    }

    /// A full backup file: (file name, text). Check-ins are not kept in memory, so they
    /// are read from storage for it.
    ///
    /// Written in steps, giving the page back between them; `progress` hears how far it
    /// has come (a backup of five years of check-ins is tens of megabytes).
    pub async fn backup_file(&self, progress: &Callback<u8>) -> Result<(String, String), String> {
        let now = now();
        progress.emit(0);
        // Contact details past their keeping time go from this tablet first; the file
        // leaves them out either way.
        self.forget_expired_contacts().await;
        let here = self
            .store
            .here()
            .await
            .map_err(|e| crate::text::storage_failure(&e))?;
        progress.emit(20);
        give_page_back().await;
        let library = self.library();
        let mut writing = file::write::Writing::backup(library, &here, &library.extras, now)
            .map_err(|e| e.to_string())?;
        loop {
            let done = writing.advance(RECORDS_PER_STEP);
            progress.emit((30.0 + done * 70.0) as u8);
            give_page_back().await;
            if done >= 1.0 {
                break;
            }
        }
        Ok((
            file::write::file_name(FileKind::Backup, "", crate::clock::local_day(now)),
            writing.finish(),
        ))
    }

    /// What importing `file` would change. A backup is compared with every check-in on
    /// this tablet too, which only storage holds.
    ///
    /// The match times are read from storage here: start-up leaves them out.
    pub async fn plan_import(&self, file: &ImportFile) -> Result<ImportPlan, StorageFailure> {
        let matched = self.store.matched().await?;
        let here = Here {
            check_ins: if file.data.check_ins.is_empty() {
                Vec::new()
            } else {
                self.store.all_check_ins().await?
            },
            deletions: self.store.deletions().await?,
            ratings: if file.data.ratings.is_empty() {
                Vec::new()
            } else {
                self.store.all_ratings().await?
            },
        };
        Ok(ImportPlan::merge_with(
            self.library(),
            &here,
            &matched,
            file,
        ))
    }

    /// A pack of what was picked: (file name, text).
    pub fn pack_file(
        &self,
        picked: &PackSelection,
        name: &str,
    ) -> Result<(String, String), String> {
        let now = now();
        let text = file::write::pack(self.library(), picked, now).map_err(|e| e.to_string())?;
        let day = crate::clock::local_day(now);
        Ok((file::write::file_name(FileKind::Pack, name, day), text))
    }

    /// Applies a read file: merged by `plan`, or replacing everything when `plan` is
    /// none (after keeping a backup of what is here). One transaction; `progress` hears
    /// the percentage, `done` whether it was stored. The library is read again after.
    pub fn import(
        &self,
        file: Rc<ImportFile>,
        plan: Option<ImportPlan>,
        progress: Callback<u8>,
        done: Callback<Outcome>,
    ) {
        let library = self.library().clone();
        let (store, commands) = (self.store.clone(), self.commands.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let writes = match plan {
                Some(plan) => match (store.matched().await, store.deletions().await) {
                    (Ok(matched), Ok(deletions)) => {
                        // The hours' sums are written again from every tap when ratings come in.
                        let ratings = if file.data.ratings.is_empty() {
                            Ok(Vec::new())
                        } else {
                            store.all_ratings().await
                        };
                        let ratings = match ratings {
                            Ok(ratings) => ratings,
                            Err(failure) => {
                                commands.read_failed(failure);
                                done.emit(Outcome::Failed);
                                return;
                            }
                        };
                        let here = Here {
                            deletions,
                            ratings,
                            ..Here::default()
                        };
                        Write::import_merge(&plan, &file, &library, &here, &matched, now())
                    }
                    (Err(failure), _) | (_, Err(failure)) => {
                        commands.read_failed(failure);
                        done.emit(Outcome::Failed);
                        return;
                    }
                },
                // The backup kept before replacing holds everything, check-ins too.
                None => match (
                    store.backup_text(&library, now()).await,
                    store.kept_backup_keys().await,
                ) {
                    (Ok(before), Ok(kept)) => Write::import_replace(&file, before, &kept, now()),
                    (Err(failure), _) | (_, Err(failure)) => {
                        commands.read_failed(failure);
                        done.emit(Outcome::Failed);
                        return;
                    }
                },
            };
            let report =
                |written: usize, total: usize| progress.emit((written * 100 / total.max(1)) as u8);
            // What the import applies is the library read back after it.
            if commands.run_with_progress(writes, [], &report).await == Outcome::Failed {
                done.emit(Outcome::Failed);
                return;
            }
            // The import is stored whatever happens next: a failed read after it is its
            // own notice (the page then shows what it had until a reload), never "not
            // imported".
            match store.load_library_first().await {
                Ok(library) => {
                    let goals = library.staff.goals.clone();
                    commands.apply(Action::Reloaded(library));
                    done.emit(Outcome::Stored);
                    match store.goal_summaries(&goals, today()).await {
                        Ok(summaries) => commands.apply(Action::SummariesRead(summaries)),
                        Err(failure) => commands.read_failed(failure),
                    }
                }
                Err(failure) => {
                    done.emit(Outcome::Stored);
                    commands.read_failed(failure);
                }
            }
        });
    }

    /// The keys of the backups kept before a replace, newest first.
    pub fn kept_backups(&self, found: Callback<Vec<String>>) {
        let (store, state) = (self.store.clone(), self.state.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match store.kept_backup_keys().await {
                Ok(keys) => found.emit(keys),
                Err(failure) => state.dispatch(Action::WriteFailed(failure)),
            }
        });
    }

    /// One kept backup's text; `None` if it went meanwhile (another tab's erasure).
    pub fn kept_backup(&self, key: String, found: Callback<Option<String>>) {
        let (store, state) = (self.store.clone(), self.state.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match store.kept_backup(&key).await {
                Ok(text) => found.emit(text),
                Err(failure) => state.dispatch(Action::WriteFailed(failure)),
            }
        });
    }

    /// Writes, then applies `then` if stored or shows the failure if not.
    fn commit(&self, writes: Vec<Write>, then: Action, done: Callback<Outcome>) {
        let commands = self.commands.clone();
        wasm_bindgen_futures::spawn_local(async move {
            done.emit(commands.run(writes, [then]).await);
        });
    }
}

/// Turns a write's outcome into the saved record's id for `done`.
pub(super) fn with_id<T: Copy + 'static>(id: T, done: Callback<Option<T>>) -> Callback<Outcome> {
    Callback::from(move |outcome| done.emit((outcome == Outcome::Stored).then_some(id)))
}

/// The library, for any component under the app's provider (pages render only there).
#[hook]
pub fn use_library() -> Option<LibraryHandle> {
    use_context::<LibraryHandle>()
}
