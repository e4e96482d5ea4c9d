//! Every fixture under tests/files, read as the app reads a chosen file.

use super::extras::Extras;
use super::problem::{Expected, FileProblem, Found};
use super::write::{backup, file_name, pack, PackSelection};
use super::{read_file, FileKind, MAX_FILE_BYTES};
use crate::domain::library::Library;
use crate::domain::money::AmountProblem;
use crate::domain::validation::Problem;
use crate::domain::{Day, Timestamp};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/files/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn refused(name: &str) -> FileProblem {
    read_file(&fixture(&format!("bad/{name}"))).expect_err(name)
}

fn library_of(file: &super::ImportFile) -> Library {
    let data = file.data.clone();
    Library {
        profile: data.profile.unwrap_or_default(),
        areas: data.areas,
        standards: data.standards,
        scripts: data.scripts,
        values: data.values,
        roles: data.roles,
        rules: data.rules,
        ..Library::default()
    }
}

#[test]
fn a_good_backup_is_read_whole() {
    let file = read_file(&fixture("good-backup.json")).unwrap();
    assert_eq!(file.kind, FileKind::Backup);
    assert_eq!(file.data.standards.len(), 2);
    assert_eq!(file.data.scripts.len(), 1);
    assert_eq!(file.data.rules[0].limit.map(|m| m.minor), Some(50_000));
    assert_eq!(
        file.data.profile.as_ref().map(|p| p.business_name.as_str()),
        Some("Kafé Lia")
    );
}

#[test]
fn a_utf8_bom_is_accepted() {
    let with_bom = read_file(&fixture("good-with-bom.json")).unwrap();
    assert_eq!(
        with_bom.data,
        read_file(&fixture("good-backup.json")).unwrap().data
    );
}

#[test]
fn a_backup_round_trips_exactly_and_keeps_unknown_fields() {
    let file = read_file(&fixture("good-backup.json")).unwrap();
    assert!(file
        .extras
        .0
        .values()
        .any(|fields| fields.contains_key("photo_hint")));
    let written = backup(
        &library_of(&file),
        &file.extras,
        Timestamp::from_unix_millis(1.8e12),
    )
    .unwrap();
    assert!(written.contains("\"photo_hint\":\"from a newer app: kept through import and export\""));
    let again = read_file(written.as_bytes()).unwrap();
    assert_eq!(again.data, file.data);
    assert_eq!(again.extras, file.extras);
}

#[test]
fn all_of_unicode_survives_a_round_trip() {
    let mut file = read_file(&fixture("good-backup.json")).unwrap();
    file.data.standards[0].title =
        "Ærlig 👋🏽 مرحبا \u{0} e\u{301} \u{FEFF}\"quoted\" \\slash".into();
    let written = backup(
        &library_of(&file),
        &Extras::default(),
        Timestamp::from_unix_millis(0.0),
    )
    .unwrap();
    assert_eq!(
        read_file(written.as_bytes()).unwrap().data.standards[0].title,
        file.data.standards[0].title
    );
}

#[test]
fn a_pack_never_carries_personal_data() {
    let file = read_file(&fixture("good-pack.json")).unwrap();
    assert_eq!(file.kind, FileKind::Pack);
    assert_eq!(file.data.profile, None);
    assert!(file.extras.0.keys().all(|k| !k.starts_with("people")));

    let backup_file = read_file(&fixture("good-backup.json")).unwrap();
    let library = library_of(&backup_file);
    let picked = PackSelection {
        standards: [library.standards[0].id].into(),
        ..PackSelection::default()
    };
    let written = pack(&library, &picked, Timestamp::from_unix_millis(0.0)).unwrap();
    let shared = read_file(written.as_bytes()).unwrap();
    assert!(!written.contains("\"profile\""));
    assert_eq!(shared.data.standards.len(), 1);
    assert_eq!(
        shared.data.areas.len(),
        1,
        "the standard's area comes along"
    );
    assert_eq!(shared.data.values.len(), 1, "and the value it serves");
    assert!(
        shared.data.scripts.is_empty()
            && shared.data.rules.is_empty()
            && shared.data.roles.is_empty()
    );
}

#[test]
fn a_pack_drops_links_to_standards_left_out() {
    let library = library_of(&read_file(&fixture("good-backup.json")).unwrap());
    let picked = PackSelection {
        scripts: [library.scripts[0].id].into(),
        ..PackSelection::default()
    };
    let shared = read_file(
        pack(&library, &picked, Timestamp::from_unix_millis(0.0))
            .unwrap()
            .as_bytes(),
    )
    .unwrap();
    assert!(shared.data.scripts[0].standard_ids.is_empty());
}

#[test]
fn file_names_say_what_and_when() {
    let day = Day::ymd(2025, 11, 24).unwrap();
    assert_eq!(
        file_name(FileKind::Backup, "", day),
        "vertskap-backup-2025-11-24.json"
    );
    assert_eq!(
        file_name(FileKind::Pack, "Kafé Lia: Vår beste!", day),
        "vertskap-pack-kafe-lia-var-beste-2025-11-24.json"
    );
}

#[test]
fn every_bad_file_is_refused_with_its_problem_and_place() {
    assert_eq!(refused("empty.json"), FileProblem::Empty);
    assert!(matches!(
        refused("not-json.txt"),
        FileProblem::NotJson { line: 1, .. }
    ));
    assert_eq!(refused("truncated.json"), FileProblem::Truncated);
    assert_eq!(refused("another-app.json"), FileProblem::NotVertskap);
    assert_eq!(
        refused("future-version.json"),
        FileProblem::TooNew { version: 2 }
    );
    assert_eq!(
        refused("wrong-type.json"),
        FileProblem::WrongType {
            place: "standards[1].title".into(),
            expected: Expected::Text,
            found: Found::Number
        }
    );
    assert_eq!(
        refused("missing-field.json"),
        FileProblem::Missing {
            place: "standards[1].title".into()
        }
    );
    assert!(
        matches!(refused("duplicate-id.json"), FileProblem::DuplicateId { place, .. } if place == "standards[2].id")
    );
    assert_eq!(
        refused("impossible-date.json"),
        FileProblem::ImpossibleDate {
            place: "scripts[0].created".into()
        }
    );
    assert_eq!(refused("deep-nesting.json"), FileProblem::TooDeep);
    let broken_at = fixture("bad/invalid-utf8.json")
        .windows(2)
        .position(|w| w == [0xc3, 0x28])
        .unwrap();
    assert_eq!(
        refused("invalid-utf8.json"),
        FileProblem::NotUtf8 { byte: broken_at }
    );
    assert_eq!(refused("binary.png"), FileProblem::Binary);
    assert_eq!(
        refused("empty-title.json"),
        FileProblem::Invalid {
            place: "standards[1].title".into(),
            problem: Problem::Required
        }
    );
    assert_eq!(
        refused("negative-amount.json"),
        FileProblem::Invalid {
            place: "rules[0].limit".into(),
            problem: Problem::Amount(AmountProblem::NotPositive)
        }
    );
}

#[test]
fn a_file_above_the_limit_is_refused_before_it_is_read() {
    let huge = vec![b' '; MAX_FILE_BYTES as usize + 1];
    assert!(matches!(
        read_file(&huge),
        Err(FileProblem::TooLarge { .. })
    ));
}

#[test]
fn every_fixture_in_the_bad_folder_is_covered() {
    let dir = format!("{}/tests/files/bad", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    for name in &names {
        assert!(
            read_file(&fixture(&format!("bad/{name}"))).is_err(),
            "{name} must be refused"
        );
    }
    assert_eq!(
        names.len(),
        14,
        "a new fixture needs its own expectation above"
    );
}

#[test]
fn the_documented_example_is_a_valid_pack() {
    let text = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/example-pack.json"
    ))
    .unwrap();
    let file = read_file(&text).unwrap();
    assert_eq!(file.kind, FileKind::Pack);
    assert_eq!(file.data.standards.len(), 1);
}

#[test]
fn a_file_read_in_small_steps_is_the_file_read_whole_and_says_how_far_it_is() {
    let bytes = fixture("good-backup.json");
    let whole = read_file(&bytes).unwrap();
    let mut reading = super::Reading::start(&bytes).unwrap();
    let mut seen = vec![reading.progress()];
    while *seen.last().unwrap() < 1.0 {
        seen.push(reading.advance(1).unwrap());
        assert!(seen.len() < 1_000, "reading never ends");
    }
    assert!(
        seen.windows(2).all(|w| w[0] <= w[1]),
        "progress only grows: {seen:?}"
    );
    assert!(seen.len() > 5, "one record per step takes several steps");
    assert_eq!(reading.finish().unwrap(), whole);
}

#[test]
fn a_bad_record_is_named_by_its_place_in_its_section_when_read_in_steps() {
    let text = String::from_utf8(fixture("good-backup.json")).unwrap();
    let mut file: serde_json::Value = serde_json::from_str(&text).unwrap();
    file["data"]["standards"][1]["title"] = serde_json::json!(7);
    let bytes = serde_json::to_vec(&file).unwrap();
    let mut reading = super::Reading::start(&bytes).unwrap();
    let problem = loop {
        match reading.advance(1) {
            Err(problem) => break problem,
            Ok(progress) => assert!(progress < 1.0, "the bad title was not noticed"),
        }
    };
    assert_eq!(
        problem,
        FileProblem::WrongType {
            place: "standards[1].title".into(),
            expected: Expected::Text,
            found: Found::Number,
        }
    );
}

#[test]
fn a_backup_written_in_small_steps_is_the_backup_written_whole() {
    let file = read_file(&fixture("good-backup.json")).unwrap();
    let library = library_of(&file);
    let now = Timestamp::from_unix_millis(1.8e12);
    let whole = backup(&library, &file.extras, now).unwrap();
    let mut writing =
        super::write::Writing::backup(&library, &super::merge::Here::default(), &file.extras, now)
            .unwrap();
    let mut seen = vec![0.0];
    while *seen.last().unwrap() < 1.0 {
        seen.push(writing.advance(1));
        assert!(seen.len() < 1_000, "writing never ends");
    }
    assert!(
        seen.windows(2).all(|w| w[0] <= w[1]),
        "progress only grows: {seen:?}"
    );
    assert!(seen.len() > 5);
    let stepped = writing.finish();
    assert_eq!(stepped, whole);
    // One record per line: readable, and a diff of two backups shows what changed.
    assert!(stepped
        .lines()
        .any(|l| l.trim_start().starts_with('{') && l.contains("\"id\":")));
    assert_eq!(read_file(stepped.as_bytes()).unwrap().data, file.data);
}

#[test]
fn a_file_pointing_at_records_it_lacks_is_read_with_those_left_out() {
    // standards[1] is in an area the file does not hold: it cannot stand alone.
    let file = read_file(&fixture("dangling-references.json")).unwrap();
    assert_eq!(file.left_out.records, 1);
    assert!(file
        .data
        .standards
        .iter()
        .all(|s| s.area_id != "9e8d7c6b-5a49-4382-a716-151413121110".parse().unwrap()));
}

#[test]
fn a_pack_carries_only_fields_this_version_knows() {
    // A newer app's field on a standard may be about a person: it stays in backups only.
    let file = read_file(&fixture("good-backup.json")).unwrap();
    let mut library = library_of(&file);
    let key = format!("standards/{}", library.standards[0].id);
    let mut unknown = serde_json::Map::new();
    unknown.insert("served_by".into(), "Kari Nordmann".into());
    library.extras.0.insert(key, unknown);
    let picked = PackSelection {
        standards: [library.standards[0].id].into(),
        ..PackSelection::default()
    };
    let written = pack(&library, &picked, Timestamp::from_unix_millis(0.0)).unwrap();
    assert!(!written.contains("Kari Nordmann"));
    let whole = backup(&library, &library.extras, Timestamp::from_unix_millis(0.0)).unwrap();
    assert!(whole.contains("Kari Nordmann"), "a backup keeps it");
}

#[test]
fn sections_a_newer_app_wrote_go_back_out_in_backups_and_never_in_packs() {
    let mut json: serde_json::Value = serde_json::from_slice(&fixture("good-backup.json")).unwrap();
    let visits = serde_json::json!([{ "id": "v1", "rating": 0.85, "by": "Kari Nordmann" }]);
    json["data"]["sync_log"] = visits.clone();
    let file = read_file(json.to_string().as_bytes()).unwrap();
    let kept: Vec<_> = file.extras.sections().collect();
    assert_eq!(kept, vec![("sync_log", &visits)]);

    let mut library = library_of(&file);
    library.extras = file.extras.clone();
    let written = backup(&library, &library.extras, Timestamp::from_unix_millis(0.0)).unwrap();
    let again: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert_eq!(again["data"]["sync_log"], visits, "written back untouched");
    assert_eq!(
        super::merge::sections_to_keep(&file, &Library::default()).len(),
        1,
        "a tablet without them keeps them"
    );
    assert!(super::merge::sections_to_keep(&file, &library).is_empty());

    let picked = PackSelection {
        standards: [library.standards[0].id].into(),
        ..PackSelection::default()
    };
    let pack_text = pack(&library, &picked, Timestamp::from_unix_millis(0.0)).unwrap();
    assert!(
        !pack_text.contains("Kari Nordmann"),
        "a pack carries no unknown section"
    );
    json["kind"] = "pack".into();
    let as_pack = read_file(json.to_string().as_bytes()).unwrap();
    assert_eq!(as_pack.extras.sections().count(), 0);
}

#[test]
fn asking_first_is_written_only_when_true_and_read_back() {
    let file = read_file(&fixture("good-backup.json")).unwrap();
    let mut lib = library_of(&file);
    assert!(
        !lib.rules[0].ask_first,
        "files from before it read as 'may'"
    );
    let plain = backup(
        &lib,
        &Extras::default(),
        Timestamp::from_unix_millis(1.8e12),
    )
    .unwrap();
    assert!(!plain.contains("ask_first"), "left out when false");
    lib.rules[0].ask_first = true;
    let written = backup(
        &lib,
        &Extras::default(),
        Timestamp::from_unix_millis(1.8e12),
    )
    .unwrap();
    assert!(written.contains("\"ask_first\":true"));
    assert!(read_file(written.as_bytes()).unwrap().data.rules[0].ask_first);
}
