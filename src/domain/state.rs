//! The app's state and the one function that changes it. No I/O happens here: storage
//! writes first, and only what was stored is applied.

use super::library::AreaRemoval;
use super::script::ScriptUse;
use super::{Area, Library, Script, Standard, StorageFailure};

#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// The database is being opened and read.
    Opening,
    Ready,
    /// Data cannot be kept in this browser: the app shows why instead of pretending.
    Unavailable(StorageFailure),
}

/// A message that waits for the person: an undo offer or a failure to read.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A standard was deleted; it can be put back.
    Deleted(Standard),
    DeletedScript(Script),
    Failed(StorageFailure),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub phase: Phase,
    pub library: Library,
    /// Counts changes to the library, so views can cache what they derive from it.
    pub revision: u64,
    pub notice: Option<Notice>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Opened(Library),
    OpenFailed(StorageFailure),
    StandardsSaved(Vec<Standard>),
    StandardDeleted(Standard),
    StandardRestored(Standard),
    AreasSaved(Vec<Area>),
    AreaRemoved(AreaRemoval),
    ScriptsSaved(Vec<Script>),
    ScriptDeleted(Script),
    ScriptRestored(Script),
    ScriptUsed(ScriptUse),
    WriteFailed(StorageFailure),
    DismissNotice,
}

impl Action {
    fn changes_library(&self) -> bool {
        !matches!(
            self,
            Action::OpenFailed(_) | Action::WriteFailed(_) | Action::DismissNotice
        )
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            phase: Phase::Opening,
            library: Library::default(),
            revision: 0,
            notice: None,
        }
    }
}

impl AppState {
    pub fn apply(&mut self, action: Action) {
        if action.changes_library() {
            self.revision += 1;
        }
        match action {
            Action::Opened(library) => {
                self.library = library;
                self.phase = Phase::Ready;
            }
            Action::OpenFailed(failure) => self.phase = Phase::Unavailable(failure),
            Action::StandardsSaved(saved) => self.library.with_standards_saved(saved),
            Action::StandardDeleted(standard) => {
                self.library.with_standard_removed(standard.id);
                self.notice = Some(Notice::Deleted(standard));
            }
            Action::StandardRestored(standard) => {
                if matches!(&self.notice, Some(Notice::Deleted(s)) if s.id == standard.id) {
                    self.notice = None;
                }
                self.library.with_standards_saved(vec![standard]);
            }
            Action::AreasSaved(saved) => self.library.with_areas_saved(saved),
            Action::AreaRemoved(removal) => {
                // A deleted standard may have lived in the removed area: no undo into nowhere.
                if matches!(&self.notice, Some(Notice::Deleted(s)) if s.area_id == removal.area.id)
                {
                    self.notice = None;
                }
                self.library.with_area_removed(removal);
            }
            Action::ScriptsSaved(saved) => self.library.with_scripts_saved(saved),
            Action::ScriptDeleted(script) => {
                self.library.with_script_removed(script.id);
                self.notice = Some(Notice::DeletedScript(script));
            }
            Action::ScriptRestored(script) => {
                if matches!(&self.notice, Some(Notice::DeletedScript(s)) if s.id == script.id) {
                    self.notice = None;
                }
                self.library.with_scripts_saved(vec![script]);
            }
            Action::ScriptUsed(used) => self.library.with_script_used(used),
            Action::WriteFailed(failure) => self.notice = Some(Notice::Failed(failure)),
            Action::DismissNotice => self.notice = None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::standard::StandardDraft;
    use crate::domain::{HostParameter, Timestamp};

    fn ready() -> AppState {
        let mut state = AppState::default();
        let now = Timestamp::from_unix_millis(0.0);
        state.apply(Action::Opened(Library {
            areas: Area::builtins(now),
            ..Library::default()
        }));
        state
    }

    fn standard(state: &AppState) -> Standard {
        let draft = StandardDraft {
            title: "Smile".into(),
            ..StandardDraft::in_area(HostParameter::WowEffect.area_id())
        };
        state
            .library
            .create_standard(&draft, Timestamp::from_unix_millis(1.0))
            .unwrap()
    }

    #[test]
    fn opening_leads_to_ready_or_unavailable() {
        assert_eq!(AppState::default().phase, Phase::Opening);
        assert_eq!(ready().phase, Phase::Ready);
        let mut state = AppState::default();
        state.apply(Action::OpenFailed(StorageFailure::Blocked));
        assert_eq!(state.phase, Phase::Unavailable(StorageFailure::Blocked));
    }

    #[test]
    fn delete_offers_undo_and_undo_restores() {
        let mut state = ready();
        let s = standard(&state);
        state.apply(Action::StandardsSaved(vec![s.clone()]));
        state.apply(Action::StandardDeleted(s.clone()));
        assert!(state.library.standards.is_empty());
        assert_eq!(state.notice, Some(Notice::Deleted(s.clone())));
        let revision = state.revision;
        state.apply(Action::StandardRestored(s.clone()));
        assert_eq!(state.library.standards, vec![s]);
        assert_eq!(
            state.revision,
            revision + 1,
            "views derived from the library refresh"
        );
        assert_eq!(state.notice, None);
    }

    #[test]
    fn a_failed_write_is_shown_until_dismissed() {
        let mut state = ready();
        state.apply(Action::WriteFailed(StorageFailure::QuotaExceeded));
        assert_eq!(
            state.notice,
            Some(Notice::Failed(StorageFailure::QuotaExceeded))
        );
        state.apply(Action::DismissNotice);
        assert_eq!(state.notice, None);
    }
}
