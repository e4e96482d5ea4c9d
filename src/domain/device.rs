//! What this device remembers beside the business's data: when a backup was last saved
//! here, how often to be reminded, and whether the warning about storage was seen. None
//! of it goes into backup files: it belongs to the tablet, not the business.

use super::locale::Locale;
use super::{Library, RoleId, Timestamp};
use serde::{Deserialize, Serialize};

const DAY_MILLIS: i128 = 24 * 60 * 60 * 1000;

/// The reminder intervals offered in Settings; `None` turns the reminder off.
pub const REMINDER_CHOICES: [Option<u32>; 6] =
    [Some(7), Some(14), Some(30), Some(60), Some(90), None];

/// "Not now" on the reminder puts it away for this many days.
pub const SNOOZE_DAYS: u32 = 3;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Remind after this many days without a backup; `None`: never.
    pub backup_reminder_days: Option<u32>,
    pub last_backup_at: Option<Timestamp>,
    pub reminder_snoozed_until: Option<Timestamp>,
    /// The calm warning that this browser may clear data was shown and acknowledged.
    pub storage_warning_seen: bool,
    /// The language chosen in Settings; `None` follows the browser.
    pub language: Option<Locale>,
    /// The first-start offer of the starter kit was taken or declined.
    pub starter_offer_answered: bool,
    /// What this device's database last held, kept outside it: if the browser deletes
    /// the database (it may, when the disk is full), the app can still say what was lost.
    pub held: Option<Held>,
    /// The role last chosen at the counter on this device: "what may I decide" opens on it.
    pub counter_role: Option<RoleId>,
    /// When this device first ran the app (or, on a device that already held records then,
    /// when the oldest of them was written): what came in from files before it (a
    /// starter kit's fixed dates, a pack) is not the person's own work for the reminder.
    pub first_seen: Option<Timestamp>,
}

/// How many of the business's records the database held, and when they last changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    pub records: u32,
    pub last_change: Timestamp,
}

impl Held {
    /// What `library` holds now (check-ins are not in memory, and not counted).
    pub fn of(library: &Library) -> Option<Held> {
        let span = DataSpan::of(library)?;
        let s = &library.staff;
        let records = library.standards.len()
            + library.scripts.len()
            + library.values.len()
            + library.rules.len()
            + s.people.len()
            + s.goals.len()
            + s.conversations.len()
            + s.reflections.len()
            + s.praise.len();
        Some(Held {
            records: u32::try_from(records).unwrap_or(u32::MAX),
            last_change: span.last,
        })
    }
}

/// What the start-up read found, against what the device remembers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// As expected: data, or nothing ever held.
    AsKept,
    /// The database is empty, but this device held records: the browser deleted them.
    Lost(Held),
}

impl Preferences {
    /// Compares what the first read of the database found with what was remembered.
    pub fn found_at_start(&self, library: &Library) -> Found {
        match (Held::of(library), self.held) {
            (None, Some(held)) if held.records > 0 => Found::Lost(held),
            _ => Found::AsKept,
        }
    }

    /// Remembers what the library holds now: after every stored change, and when the
    /// person chose to start again after a loss (`library` then empty, held forgotten).
    pub fn holding(&self, library: &Library) -> Preferences {
        Preferences {
            held: Held::of(library),
            ..self.clone()
        }
    }
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            backup_reminder_days: Some(30),
            last_backup_at: None,
            reminder_snoozed_until: None,
            storage_warning_seen: false,
            language: None,
            starter_offer_answered: false,
            held: None,
            counter_role: None,
            first_seen: None,
        }
    }
}

/// Whether the browser has promised to keep this site's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Persistence {
    /// Not asked yet, or the answer has not come.
    #[default]
    Unknown,
    Persistent,
    /// Best effort: the browser may clear the data under storage pressure or disuse.
    BestEffort,
    /// The browser offers no way to ask (older Safari, some embedded browsers).
    Unsupported,
}

impl Persistence {
    /// The data may go without anyone asking: worth a warning and a backup.
    pub fn at_risk(self) -> bool {
        matches!(self, Persistence::BestEffort | Persistence::Unsupported)
    }
}

/// When the business's own data was first written and last changed, if there is any.
/// Built-in areas and the starter roles do not count: they are there from the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataSpan {
    pub first: Timestamp,
    pub last: Timestamp,
}

impl DataSpan {
    pub fn of(library: &Library) -> Option<DataSpan> {
        span(stamps(library))
    }

    /// Whether [`DataSpan::of`] finds anything, from the first record on. Screens ask
    /// on every render; a large library's span took some 7 ms to go through.
    pub fn exists(library: &Library) -> bool {
        stamps(library).next().is_some()
    }

    /// The work done on this device since `seen` (see [`Preferences::first_seen`]): a
    /// record counts from when it was written here, or changed here if it came from a
    /// file. What arrived from a file unchanged is not the person's work.
    pub fn own_since(library: &Library, seen: Option<Timestamp>) -> Option<DataSpan> {
        let Some(seen) = seen else {
            return DataSpan::of(library);
        };
        span(stamps(library).filter_map(|(created, updated)| {
            if created >= seen {
                Some((created, updated))
            } else if updated >= seen {
                Some((updated, updated))
            } else {
                None
            }
        }))
    }
}

/// Every record's (created, updated), and when check-ins were last logged.
fn stamps(library: &Library) -> impl Iterator<Item = (Timestamp, Timestamp)> + '_ {
    let made = library
        .standards
        .iter()
        .map(|s| (s.created, s.updated))
        .chain(library.scripts.iter().map(|s| (s.created, s.updated)))
        .chain(library.values.iter().map(|v| (v.created, v.updated)))
        .chain(library.rules.iter().map(|r| (r.created, r.updated)))
        .chain(library.staff.people.iter().map(|p| (p.created, p.updated)))
        .chain(library.staff.goals.iter().map(|g| (g.created, g.updated)))
        .chain(
            library
                .staff
                .conversations
                .iter()
                .map(|c| (c.created, c.updated)),
        )
        .chain(
            library
                .staff
                .reflections
                .iter()
                .map(|r| (r.created, r.updated)),
        )
        .chain(library.staff.praise.iter().map(|p| (p.created, p.updated)))
        .chain(library.checklists.iter().map(|c| (c.created, c.updated)))
        .chain(library.staff.visits.iter().map(|v| (v.created, v.updated)))
        .chain(
            library
                .staff
                .complaints
                .iter()
                .map(|c| (c.created, c.updated)),
        );
    let logged = library
        .staff
        .summaries
        .iter()
        .filter_map(|s| s.last_logged)
        .map(|at| (at, at));
    made.chain(logged)
}

fn span(stamps: impl Iterator<Item = (Timestamp, Timestamp)>) -> Option<DataSpan> {
    stamps.fold(None, |span: Option<DataSpan>, (created, updated)| {
        Some(match span {
            None => DataSpan {
                first: created,
                last: updated,
            },
            Some(s) => DataSpan {
                first: s.first.min(created),
                last: s.last.max(updated),
            },
        })
    })
}

impl Preferences {
    /// Remembers when this device first ran the app, once: now on an empty device, or
    /// the oldest record's date on one that already held records (the work was its own).
    pub fn seen_first(&self, library: &Library, now: Timestamp) -> Preferences {
        Preferences {
            first_seen: self
                .first_seen
                .or_else(|| Some(DataSpan::of(library).map_or(now, |s| s.first.min(now)))),
            ..self.clone()
        }
    }
}

/// Why the reminder shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupDue {
    /// No backup was ever saved on this device; the data is this many days old.
    Never { days: u32 },
    /// The last backup is this many days old, and the data changed since.
    Since { days: u32 },
}

impl Preferences {
    /// Whether to remind the person to save a backup now: there is data, something
    /// changed since the last backup, the interval has passed, and "not now" has run out.
    pub fn backup_due(&self, data: Option<DataSpan>, now: Timestamp) -> Option<BackupDue> {
        let interval = self.backup_reminder_days?;
        let data = data?;
        if self.reminder_snoozed_until.is_some_and(|until| now < until) {
            return None;
        }
        match self.last_backup_at {
            Some(last) if data.last <= last => None,
            Some(last) => {
                let days = whole_days(last, now);
                (days >= interval).then_some(BackupDue::Since { days })
            }
            None => {
                let days = whole_days(data.first, now);
                (days >= interval).then_some(BackupDue::Never { days })
            }
        }
    }

    pub fn backup_saved(&self, now: Timestamp) -> Preferences {
        Preferences {
            last_backup_at: Some(now),
            reminder_snoozed_until: None,
            ..self.clone()
        }
    }

    pub fn snoozed(&self, now: Timestamp) -> Preferences {
        let until = now.unix_millis() + i128::from(SNOOZE_DAYS) * DAY_MILLIS;
        Preferences {
            reminder_snoozed_until: Some(Timestamp::from_unix_millis(until as f64)),
            ..self.clone()
        }
    }
}

fn whole_days(from: Timestamp, to: Timestamp) -> u32 {
    let days = (to.unix_millis() - from.unix_millis()).max(0) / DAY_MILLIS;
    u32::try_from(days).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_starter_kits_old_dates_are_not_the_persons_work() {
        use crate::domain::standard::StandardDraft;
        use crate::domain::{Area, HostParameter};
        let day = |n: f64| Timestamp::from_unix_millis(1.8e12 + n * 86_400_000.0);
        let empty = Library {
            areas: Area::builtins(day(0.0)),
            ..Library::default()
        };
        let first_start = Preferences::default().seen_first(&empty, day(0.0));
        assert_eq!(first_start.first_seen, Some(day(0.0)));
        assert_eq!(
            first_start.seen_first(&empty, day(9.0)).first_seen,
            Some(day(0.0)),
            "once"
        );

        // The kit's records were written long before this device ran the app.
        let draft = StandardDraft {
            title: "Greet".into(),
            ..StandardDraft::in_area(HostParameter::WowEffect.area_id())
        };
        let mut lib = empty.clone();
        let kit = empty.create_standard(&draft, day(-334.0)).unwrap();
        lib.with_standards_saved(vec![kit.clone()]);
        let seen = first_start.first_seen;
        assert_eq!(DataSpan::own_since(&lib, seen), None);
        assert_eq!(
            first_start.backup_due(DataSpan::own_since(&lib, seen), day(1.0)),
            None
        );

        // Changed here on day 5: the reminder counts from then.
        lib.with_standards_saved(vec![crate::domain::Standard {
            updated: day(5.0),
            ..kit.clone()
        }]);
        let own = DataSpan::own_since(&lib, seen).unwrap();
        assert_eq!(own.first, day(5.0));
        assert_eq!(
            first_start.backup_due(Some(own), day(36.0)),
            Some(BackupDue::Never { days: 31 })
        );

        // A device that already held records when it first noted the date keeps them.
        let upgraded = Preferences::default().seen_first(&lib, day(40.0));
        assert_eq!(upgraded.first_seen, Some(day(-334.0)));
        assert_eq!(
            DataSpan::own_since(&lib, upgraded.first_seen)
                .unwrap()
                .first,
            day(-334.0)
        );
    }

    #[test]
    fn an_empty_database_on_a_device_that_held_records_is_a_loss() {
        use crate::domain::standard::StandardDraft;
        use crate::domain::{Area, HostParameter};
        let t = Timestamp::from_unix_millis(1.8e12);
        let empty = Library {
            areas: Area::builtins(t),
            ..Library::default()
        };
        let draft = StandardDraft {
            title: "Greet".into(),
            ..StandardDraft::in_area(HostParameter::WowEffect.area_id())
        };
        let mut full = empty.clone();
        full.with_standards_saved(vec![empty.create_standard(&draft, t).unwrap()]);

        let fresh = Preferences::default();
        assert_eq!(fresh.found_at_start(&empty), Found::AsKept, "a first start");
        let kept = fresh.holding(&full);
        assert_eq!(
            kept.held,
            Some(Held {
                records: 1,
                last_change: t
            })
        );
        assert_eq!(kept.found_at_start(&full), Found::AsKept);
        assert_eq!(kept.found_at_start(&empty), Found::Lost(kept.held.unwrap()));
        // Everything deleted on purpose is remembered as nothing held.
        assert_eq!(kept.holding(&empty).found_at_start(&empty), Found::AsKept);
        // Preferences saved by builds before this one read as holding nothing known.
        let old: Preferences = serde_json::from_str("{\"storage_warning_seen\":true}").unwrap();
        assert_eq!(old.held, None);
    }

    use super::*;
    use crate::domain::{Area, StandardDraft};

    fn day(n: i128) -> Timestamp {
        // 2026-01-01T00:00:00Z plus n days.
        Timestamp::from_unix_millis((1_767_225_600_000 + n * DAY_MILLIS) as f64)
    }

    fn span(first: i128, last: i128) -> Option<DataSpan> {
        Some(DataSpan {
            first: day(first),
            last: day(last),
        })
    }

    #[test]
    fn no_data_means_no_reminder() {
        assert_eq!(Preferences::default().backup_due(None, day(400)), None);
    }

    #[test]
    fn never_backed_up_reminds_once_the_data_is_as_old_as_the_interval() {
        let prefs = Preferences::default();
        assert_eq!(prefs.backup_due(span(0, 5), day(29)), None);
        assert_eq!(
            prefs.backup_due(span(0, 5), day(30)),
            Some(BackupDue::Never { days: 30 })
        );
    }

    #[test]
    fn reminds_after_the_interval_only_when_something_changed_since() {
        let prefs = Preferences::default().backup_saved(day(10));
        assert_eq!(prefs.backup_due(span(0, 12), day(39)), None);
        assert_eq!(
            prefs.backup_due(span(0, 12), day(40)),
            Some(BackupDue::Since { days: 30 })
        );
        // Nothing new since the backup: the file already holds everything.
        assert_eq!(prefs.backup_due(span(0, 9), day(400)), None);
    }

    #[test]
    fn the_interval_can_be_changed_or_turned_off() {
        let weekly = Preferences {
            backup_reminder_days: Some(7),
            ..Preferences::default()
        };
        assert_eq!(
            weekly.backup_due(span(0, 1), day(7)),
            Some(BackupDue::Never { days: 7 })
        );
        let off = Preferences {
            backup_reminder_days: None,
            ..Preferences::default()
        };
        assert_eq!(off.backup_due(span(0, 1), day(700)), None);
    }

    #[test]
    fn not_now_waits_three_days_and_a_backup_clears_it() {
        let snoozed = Preferences::default().snoozed(day(40));
        assert_eq!(snoozed.backup_due(span(0, 1), day(42)), None);
        assert_eq!(
            snoozed.backup_due(span(0, 1), day(43)),
            Some(BackupDue::Never { days: 43 })
        );
        let saved = snoozed.backup_saved(day(41));
        assert_eq!(saved.reminder_snoozed_until, None);
        assert_eq!(saved.backup_due(span(0, 1), day(80)), None);
    }

    #[test]
    fn a_clock_set_backwards_does_not_remind() {
        let prefs = Preferences::default().backup_saved(day(50));
        assert_eq!(prefs.backup_due(span(0, 60), day(20)), None);
    }

    #[test]
    fn data_span_counts_what_the_business_wrote_not_the_built_ins() {
        let mut library = Library {
            areas: Area::builtins(day(0)),
            ..Library::default()
        };
        assert_eq!(DataSpan::of(&library), None);
        assert!(!DataSpan::exists(&library));
        let draft = StandardDraft {
            title: "Greet within ten seconds".into(),
            area_id: Some(library.areas[0].id),
            ..StandardDraft::default()
        };
        let standard = library.create_standard(&draft, day(3)).unwrap();
        let mut revised = library.create_standard(&draft, day(5)).unwrap();
        revised.updated = day(9);
        library.standards = vec![standard, revised];
        assert_eq!(DataSpan::of(&library), span(3, 9));
        assert!(DataSpan::exists(&library));
    }

    #[test]
    fn check_ins_logged_after_the_last_backup_count_as_a_change() {
        use crate::domain::staff::fixtures::{check_in, goal};
        use crate::domain::staff::progress::summarize;
        use crate::domain::staff::{GoalKind, Period, TargetDirection};
        use crate::domain::Day;
        let mut goal = goal(GoalKind::Count, 3.0, TargetDirection::AtLeast, Period::Week);
        goal.created = day(1);
        goal.updated = day(1);
        let mut logged = check_in(&goal, "2020-03-10", 1.0);
        logged.updated = day(41);
        let today = Day::parse("2020-03-11").unwrap();
        let mut library = Library::default();
        library.staff.summaries = vec![summarize(&goal, &[logged], today)];
        library.staff.goals = vec![goal.clone()];
        assert_eq!(DataSpan::of(&library), span(1, 41));
        library.staff.goals.clear();
        assert!(
            DataSpan::exists(&library),
            "logged check-ins alone are data"
        );
        library.staff.goals = vec![goal];
        let prefs = Preferences::default().backup_saved(day(20));
        assert_eq!(
            prefs.backup_due(DataSpan::of(&library), day(50)),
            Some(BackupDue::Since { days: 30 })
        );
    }

    #[test]
    fn old_or_partial_preferences_read_with_defaults() {
        let read: Preferences =
            serde_json::from_str(r#"{"last_backup_at":"2026-01-02T00:00:00Z"}"#).unwrap();
        assert_eq!(read.backup_reminder_days, Some(30));
        assert_eq!(read.last_backup_at, Some(day(1)));
        let empty: Preferences = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, Preferences::default());
    }

    #[test]
    fn a_tablet_holding_only_complaints_holds_data_worth_a_backup() {
        let at = Timestamp::from_unix_millis(1_796_000_000_000.0);
        let mut draft = crate::domain::voice::ComplaintDraft::new(at);
        draft.said = "Waited too long".into();
        let complaint = draft
            .validate(None, crate::domain::money::Currency::Nok, None, at)
            .unwrap();
        let mut library = Library::default();
        assert_eq!(DataSpan::of(&library), None);
        assert!(!DataSpan::exists(&library));
        library.with_complaints_saved(vec![complaint]);
        assert!(DataSpan::of(&library).is_some());
        assert!(DataSpan::exists(&library));
    }
}
