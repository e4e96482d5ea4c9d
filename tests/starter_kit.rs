//! The starter kit (kit/): three packs, one per language, read through the same path an
//! import takes (with the host-conversation question bank), plus the service promises,
//! which belong to the business profile a pack has no room for.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use vertskap::domain::authority::StarterRole;
use vertskap::domain::file::merge::{ImportPlan, Matched, Record};
use vertskap::domain::file::{read_file, FileKind, ImportFile};
use vertskap::domain::money::Currency;
use vertskap::domain::script::{backbone_intact, ScriptKind};
use vertskap::domain::{Area, HostParameter, Library, ScriptId, Timestamp};

const LANGUAGES: [(&str, Currency); 3] = [
    ("en", Currency::Eur),
    ("nb", Currency::Nok),
    ("sv", Currency::Sek),
];

/// Every `created`, `updated` and `exported_at` in the kit.
const FIXED_TIME: &str = "2026-01-01T00:00:00Z";

// The six scripts the kit promises, by their fixed ids (the same in every language).
const GREETING_WHEN_BUSY: &str = "6b1e0c6a-2f0d-4c1e-9b02-000000000001";
const ANSWERING_THE_PHONE: &str = "6b1e0c6a-2f0d-4c1e-9b02-000000000002";
const WE_DONT_HAVE_IT: &str = "6b1e0c6a-2f0d-4c1e-9b02-000000000003";
const COMPLAINT_FLOW: &str = "6b1e0c6a-2f0d-4c1e-9b02-000000000004";
const LAST_IMPRESSION: &str = "6b1e0c6a-2f0d-4c1e-9b02-000000000005";
const CARE_SELLING: &str = "6b1e0c6a-2f0d-4c1e-9b02-000000000006";

fn path(name: &str) -> String {
    format!("{}/kit/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(path(name)).unwrap_or_else(|e| panic!("kit/{name}: {e}"))
}

/// A kit pack, read exactly as the import page reads a file.
fn kit(lang: &str) -> ImportFile {
    let name = format!("starter.{lang}.json");
    read_file(&bytes(&name)).unwrap_or_else(|problem| panic!("kit/{name} refused: {problem:?}"))
}

fn script(file: &ImportFile, id: &str) -> vertskap::domain::Script {
    let id: ScriptId = id.parse().unwrap();
    file.data
        .scripts
        .iter()
        .find(|s| s.id == id)
        .cloned()
        .unwrap_or_else(|| panic!("script {id} missing"))
}

/// Every record's `section/id` key.
fn keys(file: &ImportFile) -> BTreeSet<String> {
    vertskap::domain::file::merge::records_of(file)
        .iter()
        .map(Record::key)
        .collect()
}

fn library_of(file: &ImportFile) -> Library {
    let d = file.data.clone();
    Library {
        areas: d.areas,
        standards: d.standards,
        scripts: d.scripts,
        values: d.values,
        roles: d.roles,
        rules: d.rules,
        ..Library::default()
    }
}

/// What a fresh tablet holds before anything is imported: the seven host areas and the
/// starter roles, seeded at its own first start.
fn fresh_tablet() -> (Library, Matched) {
    let now = Timestamp::from_unix_millis(1.8e12);
    let library = Library {
        areas: Area::builtins(now),
        roles: vertskap::domain::authority::Role::starters(now),
        ..Library::default()
    };
    (library, Matched::default())
}

/// Stores what a merge takes, as the app does once the writes succeed.
fn apply((library, matched): &mut (Library, Matched), plan: &ImportPlan) {
    for record in plan.taken().cloned() {
        match record {
            Record::Area(r) => library.with_areas_saved(vec![r]),
            Record::Standard(r) => library.with_standards_saved(vec![r]),
            Record::Script(r) => library.with_scripts_saved(vec![r]),
            Record::Value(r) => library.with_values_saved(vec![r]),
            Record::Role(r) => library.with_roles_saved(vec![r]),
            Record::Rule(r) => library.with_rules_saved(vec![r]),
            Record::Checklist(r) => library.with_checklists_saved(vec![r]),
            Record::Check(r) => library.with_checks_saved(vec![r]),
            Record::Profile(r) => library.profile = r,
        }
    }
    *matched = matched.with(plan.matched_after());
}

#[test]
fn each_language_is_accepted_as_a_pack() {
    for (lang, currency) in LANGUAGES {
        let file = kit(lang);
        assert_eq!(file.kind, FileKind::Pack, "{lang}");
        assert!(file.data.profile.is_none(), "{lang}");
        assert!(
            file.extras.0.is_empty(),
            "{lang}: fields the app does not know"
        );
        let d = &file.data;
        assert_eq!(d.values.len(), 3, "{lang}: example values");
        assert!((4..=6).contains(&d.rules.len()), "{lang}: authority rules");
        for rule in &d.rules {
            if let Some(limit) = rule.limit {
                assert_eq!(limit.currency, currency, "{lang}: {}", rule.situation);
            }
        }
        let starters: std::collections::HashSet<_> =
            d.roles.iter().filter_map(|r| r.starter).collect();
        assert_eq!(
            starters.len(),
            StarterRole::ALL.len(),
            "{lang}: starter roles"
        );
    }
}

#[test]
fn every_language_holds_the_same_records_in_the_same_shape() {
    let en = kit("en");
    for lang in ["nb", "sv"] {
        let other = kit(lang);
        assert_eq!(keys(&other), keys(&en), "{lang}: ids differ from English");
        for (a, b) in en.data.standards.iter().zip(&other.data.standards) {
            assert_eq!(
                (a.id, a.area_id, a.order, &a.value_ids),
                (b.id, b.area_id, b.order, &b.value_ids),
                "{lang}"
            );
        }
        for (a, b) in en.data.scripts.iter().zip(&other.data.scripts) {
            let shape = |s: &vertskap::domain::Script| {
                (
                    s.id,
                    s.channel,
                    s.kind,
                    s.practice,
                    s.pinned,
                    s.standard_ids.clone(),
                    s.value_ids.clone(),
                    s.steps.iter().map(|step| step.stage).collect::<Vec<_>>(),
                )
            };
            assert_eq!(shape(a), shape(b), "{lang}: {}", b.title);
        }
        for (a, b) in en.data.rules.iter().zip(&other.data.rules) {
            assert_eq!(
                (a.id, a.role_id, a.limit.is_some()),
                (b.id, b.role_id, b.limit.is_some()),
                "{lang}"
            );
        }
    }
}

#[test]
fn ids_and_times_are_fixed_so_loading_again_never_duplicates() {
    fn times(value: &serde_json::Value, found: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, v) in map {
                    if matches!(key.as_str(), "created" | "updated" | "exported_at") {
                        found.push((key.clone(), v.as_str().unwrap_or_default().to_string()));
                    }
                    times(v, found);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| times(v, found)),
            _ => {}
        }
    }
    let fixed: Timestamp = serde_json::from_value(FIXED_TIME.into()).unwrap();
    let updated_in = |file: &ImportFile| -> BTreeMap<String, Timestamp> {
        vertskap::domain::file::merge::records_of(file)
            .iter()
            .map(|r| (r.key(), r.updated()))
            .collect()
    };
    let english = updated_in(&kit("en"));
    for (lang, _) in LANGUAGES {
        let json: serde_json::Value =
            serde_json::from_slice(&bytes(&format!("starter.{lang}.json"))).unwrap();
        let mut found = Vec::new();
        times(&json, &mut found);
        assert!(found.len() > 50, "{lang}");
        for (key, time) in &found {
            if key == "updated" {
                // A revised record carries its revision time, never one before the kit.
                let time: Timestamp = serde_json::from_value(time.as_str().into()).unwrap();
                assert!(time >= fixed, "{lang}: {key} {time:?}");
            } else {
                assert_eq!(
                    time, FIXED_TIME,
                    "{lang}: every {key} is the kit's fixed time"
                );
            }
        }
        // The same record is revised at the same time in every language.
        assert_eq!(updated_in(&kit(lang)), english, "{lang}");
    }
}

#[test]
fn all_seven_host_areas_have_two_or_three_standards() {
    for (lang, _) in LANGUAGES {
        let file = kit(lang);
        assert_eq!(file.data.areas.len(), 7, "{lang}");
        for (order, parameter) in HostParameter::ALL.iter().enumerate() {
            let area = file
                .data
                .areas
                .iter()
                .find(|a| a.id == parameter.area_id())
                .unwrap_or_else(|| panic!("{lang}: {parameter:?} missing"));
            assert_eq!(area.builtin, Some(*parameter), "{lang}");
            assert_eq!(area.order, order as u32, "{lang}: same order as built in");
            let standards: Vec<_> = file
                .data
                .standards
                .iter()
                .filter(|s| s.area_id == area.id)
                .collect();
            assert!(
                (2..=3).contains(&standards.len()),
                "{lang}: {parameter:?} has {} standards",
                standards.len()
            );
            for s in standards {
                assert!(
                    !s.why.is_empty()
                        && !s.dos.is_empty()
                        && !s.donts.is_empty()
                        && !s.measured_by.is_empty()
                        && !s.tags.is_empty(),
                    "{lang}: {} is not filled in",
                    s.title
                );
            }
        }
    }
}

#[test]
fn the_six_named_scripts_are_there_with_steps_and_links() {
    for (lang, _) in LANGUAGES {
        let file = kit(lang);
        for id in [
            GREETING_WHEN_BUSY,
            ANSWERING_THE_PHONE,
            WE_DONT_HAVE_IT,
            COMPLAINT_FLOW,
            LAST_IMPRESSION,
            CARE_SELLING,
        ] {
            let s = script(&file, id);
            assert!(s.steps.len() >= 3, "{lang}: {}", s.title);
            assert!(!s.standard_ids.is_empty(), "{lang}: {}", s.title);
            assert!(!s.value_ids.is_empty(), "{lang}: {}", s.title);
            assert!(!s.situation.is_empty(), "{lang}: {}", s.title);
        }
        assert_eq!(
            script(&file, ANSWERING_THE_PHONE).channel,
            vertskap::domain::Channel::Phone
        );
        // "We don't have it" never ends on the no: an alternative always follows.
        let no = script(&file, WE_DONT_HAVE_IT);
        assert!(
            no.steps.len() >= 3 && no.steps[1..].iter().all(|s| !s.say.is_empty()),
            "{lang}: every step after the no offers something"
        );
    }
}

#[test]
fn the_complaint_script_follows_the_backbone() {
    for (lang, _) in LANGUAGES {
        let complaint = script(&kit(lang), COMPLAINT_FLOW);
        assert_eq!(complaint.kind, ScriptKind::Complaint, "{lang}");
        assert!(backbone_intact(&complaint.steps), "{lang}");
        assert!(
            vertskap::domain::ScriptDraft::from_script(&complaint)
                .validate()
                .is_ok(),
            "{lang}"
        );
    }
}

#[test]
fn at_least_four_practice_cases_and_two_pinned_scripts() {
    for (lang, _) in LANGUAGES {
        let file = kit(lang);
        let practice = file.data.scripts.iter().filter(|s| s.practice).count();
        let pinned = file.data.scripts.iter().filter(|s| s.pinned).count();
        assert!(practice >= 4, "{lang}: {practice} practice cases");
        assert_eq!(pinned, 2, "{lang}");
        assert!(script(&file, COMPLAINT_FLOW).practice, "{lang}");
    }
}

#[test]
fn merging_the_kit_into_a_library_that_holds_it_changes_nothing() {
    for (lang, _) in LANGUAGES {
        let file = kit(lang);
        let plan = ImportPlan::merge(&library_of(&file), &Matched::default(), &file);
        let counts = plan.counts();
        assert_eq!((counts.new, counts.updated), (0, 0), "{lang}");
        assert_eq!(counts.unchanged, plan.items.len(), "{lang}");
        assert_eq!(plan.taken().count(), 0, "{lang}");
    }
}

#[test]
fn a_fresh_tablet_takes_the_kit_once_and_a_second_load_changes_nothing() {
    for (lang, _) in LANGUAGES {
        let file = kit(lang);
        let mut tablet = fresh_tablet();
        let first = ImportPlan::merge(&tablet.0, &tablet.1, &file);
        let counts = first.counts();
        // The seven areas and four roles are already there: they match, never double.
        assert_eq!(counts.unchanged, 7 + 4, "{lang}");
        assert_eq!(counts.new, first.items.len() - 11, "{lang}");
        apply(&mut tablet, &first);
        assert_eq!(tablet.0.areas.len(), 7, "{lang}");
        assert_eq!(tablet.0.roles.len(), 4, "{lang}");

        let again = ImportPlan::merge(&tablet.0, &tablet.1, &file);
        let counts = again.counts();
        assert_eq!(
            (counts.new, counts.updated, counts.conflicts),
            (0, 0, 0),
            "{lang}"
        );
        assert_eq!(again.taken().count(), 0, "{lang}");
    }
}

#[test]
fn loading_the_kit_in_another_language_adds_and_replaces_nothing() {
    let mut tablet = fresh_tablet();
    let nb = kit("nb");
    let plan = ImportPlan::merge(&tablet.0, &tablet.1, &nb);
    apply(&mut tablet, &plan);
    let before = tablet.0.clone();
    for lang in ["sv", "en"] {
        let plan = ImportPlan::merge(&tablet.0, &tablet.1, &kit(lang));
        let counts = plan.counts();
        assert_eq!(
            (counts.new, counts.updated, counts.conflicts),
            (0, 0, 0),
            "{lang}"
        );
        apply(&mut tablet, &plan);
        assert_eq!(
            tablet.0.standards, before.standards,
            "{lang}: the tablet's copies stay"
        );
        assert_eq!(tablet.0.scripts, before.scripts, "{lang}");
    }
}

#[test]
fn question_bank_has_ten_to_twelve_questions_with_the_same_ids_in_every_language() {
    let ids = |lang: &str| -> Vec<String> {
        let file = kit(lang);
        assert!(
            file.data
                .questions
                .iter()
                .all(|q| !q.text.trim().is_empty()),
            "{lang}"
        );
        file.data
            .questions
            .iter()
            .map(|q| q.id.to_string())
            .collect()
    };
    let en = ids("en");
    assert!((10..=12).contains(&en.len()));
    assert_eq!(
        en.iter().collect::<BTreeSet<_>>().len(),
        en.len(),
        "an id used twice"
    );
    for lang in ["nb", "sv"] {
        assert_eq!(ids(lang), en, "{lang}");
    }
}

#[test]
fn service_promises_are_three_to_five_plain_texts_in_every_language() {
    let mut counts = BTreeSet::new();
    for (lang, _) in LANGUAGES {
        let file = format!("promises.{lang}.json");
        let promises: Vec<String> =
            serde_json::from_slice(&bytes(&file)).unwrap_or_else(|e| panic!("kit/{file}: {e}"));
        assert!((3..=5).contains(&promises.len()), "{lang}");
        assert!(promises.iter().all(|p| !p.trim().is_empty()), "{lang}");
        counts.insert(promises.len());
    }
    assert_eq!(counts.len(), 1, "each language has as many promises");
}
