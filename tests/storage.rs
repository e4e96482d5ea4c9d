//! Storage against real IndexedDB in headless Chromium (`wasm-bindgen-test`).
//! Each test opens a database of its own, so tests never see each other's data.
#![cfg(target_arch = "wasm32")]

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::Serialize;
use vertskap::domain::library::Library;
use vertskap::domain::script::{ScriptDraft, ScriptUse};
use vertskap::domain::standard::StandardDraft;
use vertskap::domain::{Area, HostParameter, Script, Standard, StorageFailure, Timestamp};
use vertskap::storage::{Store, Write, SCHEMA_VERSION};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> Timestamp {
    Timestamp::from_unix_millis(js_sys::Date::now())
}

async fn fresh_store() -> Store {
    let name = format!("vertskap-test-{}", uuid::Uuid::new_v4());
    Store::open(&name, now(), || {
        panic!("nothing else holds a fresh database")
    })
    .await
    .expect("a fresh database opens")
}

fn standard(library: &Library, title: &str) -> Standard {
    let draft = StandardDraft {
        title: title.into(),
        dos: "Look up\nSmile".into(),
        tags: "greeting".into(),
        ..StandardDraft::in_area(HostParameter::KnowExpectations.area_id())
    };
    library.create_standard(&draft, now()).expect("valid draft")
}

fn sorted(mut library: Library) -> Library {
    library.areas.sort_by_key(|a| a.id);
    library.standards.sort_by_key(|s| s.id);
    library
}

#[wasm_bindgen_test]
async fn an_empty_database_upgrades_to_the_latest_schema_with_the_seven_areas() {
    let store = fresh_store().await;
    assert_eq!(store.version(), SCHEMA_VERSION);
    let library = store.load_library().await.unwrap();
    assert!(library.standards.is_empty());
    let mut builtins: Vec<_> = library.areas.iter().filter_map(|a| a.builtin).collect();
    builtins.sort_by_key(|p| HostParameter::ALL.iter().position(|q| q == p));
    assert_eq!(builtins, HostParameter::ALL.to_vec());
}

#[wasm_bindgen_test]
async fn standards_are_created_read_updated_and_deleted() {
    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let created = standard(&library, "Greet within ten seconds");
    store
        .write(vec![Write::InsertStandard(created.clone())])
        .await
        .unwrap();
    assert_eq!(
        store.load_library().await.unwrap().standards,
        vec![created.clone()]
    );

    let mut edit = StandardDraft::from_standard(&created);
    edit.title = "Greet within five seconds".into();
    let revised = library.revise_standard(&created, &edit, now()).unwrap();
    store
        .write(vec![Write::PutStandard(revised.clone())])
        .await
        .unwrap();
    assert_eq!(store.load_library().await.unwrap().standards, vec![revised]);

    store
        .write(vec![Write::DeleteStandard(created.id)])
        .await
        .unwrap();
    assert!(store.load_library().await.unwrap().standards.is_empty());
}

/// A fresh store holding one standard, "Already here": the library before it, and it.
async fn store_with_one_standard() -> (Store, Library, Standard) {
    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let existing = standard(&library, "Already here");
    store
        .write(vec![Write::InsertStandard(existing.clone())])
        .await
        .unwrap();
    (store, library, existing)
}

#[wasm_bindgen_test]
async fn a_failed_multi_record_write_leaves_nothing_behind() {
    let (store, library, existing) = store_with_one_standard().await;
    let before = sorted(store.load_library().await.unwrap());

    let new_area = library.add_area("Phone", now()).unwrap();
    let new_standard = standard(&library, "Answer within three rings");
    let result = store
        .write(vec![
            Write::PutArea(new_area),
            Write::InsertStandard(new_standard),
            // Same id again: refused, so the whole transaction must roll back.
            Write::InsertStandard(existing),
        ])
        .await;
    assert!(
        matches!(result, Err(StorageFailure::WriteFailed { .. })),
        "{result:?}"
    );
    assert_eq!(sorted(store.load_library().await.unwrap()), before);
}

/// Writes are placed a thousand at a time and only each batch's last request is waited
/// for: a refusal early in a batch must still undo everything and keep its cause.
#[wasm_bindgen_test]
async fn a_refusal_inside_a_long_write_undoes_all_of_it() {
    let (store, library, existing) = store_with_one_standard().await;
    let before = sorted(store.load_library().await.unwrap());

    let mut writes: Vec<Write> = (0..1_500)
        .map(|i| Write::InsertStandard(standard(&library, &format!("Standard {i}"))))
        .collect();
    writes.insert(10, Write::InsertStandard(existing));
    let reported = std::cell::RefCell::new(Vec::new());
    let result = store
        .write_with_progress(writes, &|done, total| {
            reported.borrow_mut().push((done, total))
        })
        .await;
    match result {
        Err(StorageFailure::WriteFailed { detail }) => {
            assert!(detail.contains("ConstraintError"), "{detail}")
        }
        other => panic!("expected the duplicate to be refused, got {other:?}"),
    }
    assert_eq!(sorted(store.load_library().await.unwrap()), before);
    assert!(
        reported.borrow().is_empty(),
        "the first batch failed, so no progress: {:?}",
        reported.borrow()
    );

    let writes: Vec<Write> = (0..2_500)
        .map(|i| Write::InsertStandard(standard(&library, &format!("Standard {i}"))))
        .collect();
    let reported = std::cell::RefCell::new(Vec::new());
    store
        .write_with_progress(writes, &|done, total| {
            reported.borrow_mut().push((done, total))
        })
        .await
        .unwrap();
    assert_eq!(
        *reported.borrow(),
        vec![(1_000, 2_500), (2_000, 2_500), (2_500, 2_500)]
    );
    assert_eq!(store.load_library().await.unwrap().standards.len(), 2_501);
}

#[wasm_bindgen_test]
async fn data_survives_closing_and_reopening_and_migrations_do_not_run_twice() {
    let store = fresh_store().await;
    let name = store.name();
    let library = store.load_library().await.unwrap();
    let phone = library.add_area("Phone", now()).unwrap();
    let kept = standard(&library, "Kept");
    store
        .write(vec![
            Write::PutArea(phone.clone()),
            Write::InsertStandard(kept.clone()),
        ])
        .await
        .unwrap();
    store.close();

    let reopened = Store::open(&name, now(), || {}).await.unwrap();
    let library = reopened.load_library().await.unwrap();
    assert_eq!(library.areas.len(), 8);
    assert_eq!(library.area(phone.id), Some(&phone));
    assert_eq!(library.standards, vec![kept]);
}

#[wasm_bindgen_test]
async fn all_of_unicode_and_long_texts_round_trip_exactly() {
    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let mut s = standard(
        &library,
        "Hilsen på norsk, svenska: förlåt — 👋🏽 مرحبا \u{0}\u{FEFF} e\u{301}",
    );
    s.why = "Vertskap er å se gjesten. ".repeat(4_000);
    s.tags = vec!["ærlig".into(), "日本".into()];
    store
        .write(vec![Write::InsertStandard(s.clone())])
        .await
        .unwrap();
    assert_eq!(store.load_library().await.unwrap().standards, vec![s]);
}

#[wasm_bindgen_test]
async fn deleting_an_area_moves_its_standards_in_the_same_transaction() {
    let store = fresh_store().await;
    let mut library = store.load_library().await.unwrap();
    let phone = library.add_area("Phone", now()).unwrap();
    library.with_areas_saved(vec![phone.clone()]);
    let mut on_phone = standard(&library, "Answer with your name");
    on_phone.area_id = phone.id;
    store
        .write(vec![
            Write::PutArea(phone.clone()),
            Write::InsertStandard(on_phone.clone()),
        ])
        .await
        .unwrap();
    library.with_standards_saved(vec![on_phone.clone()]);

    let target = HostParameter::EasyToReach.area_id();
    let removal = library.remove_area(phone.id, Some(target), now()).unwrap();
    store
        .write(Write::area_removal(&removal, now()))
        .await
        .unwrap();

    let stored = store.load_library().await.unwrap();
    assert!(stored.area(phone.id).is_none());
    assert_eq!(stored.standards_in(target).len(), 1);
    assert_eq!(stored.standards[0].id, on_phone.id);
}

#[wasm_bindgen_test]
async fn a_database_from_a_newer_app_is_reported_not_damaged() {
    let name = format!("vertskap-test-{}", uuid::Uuid::new_v4());
    let newer = Database::open(name.as_str())
        .with_version(SCHEMA_VERSION + 5)
        .await
        .unwrap();
    newer.close();
    let result = Store::open(&name, now(), || {}).await;
    assert_eq!(result.err(), Some(StorageFailure::TooNew));
}

#[wasm_bindgen_test]
async fn builtin_areas_are_seeded_once_with_their_fixed_ids() {
    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let expected: Vec<Area> = Area::builtins(library.areas[0].created);
    assert_eq!(
        sorted(library).areas,
        sorted(Library {
            areas: expected,
            ..Library::default()
        })
        .areas
    );
}

fn script(library: &Library, title: &str) -> Script {
    let mut draft = ScriptDraft {
        title: title.into(),
        situation: "A queue at the counter".into(),
        ..ScriptDraft::complaint(|stage| format!("{stage:?}"))
    };
    draft.steps[0].say = "Thank you for telling me.".into();
    library.create_script(&draft, now()).expect("valid script")
}

#[wasm_bindgen_test]
async fn scripts_and_their_use_are_stored_and_deleted_together() {
    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let mut created = script(&library, "Cold coffee");
    let linked = standard(&library, "Listen to the end");
    created.standard_ids = vec![linked.id];
    let used = ScriptUse {
        script_id: created.id,
        used_at: now(),
    };
    store
        .write(vec![
            Write::InsertStandard(linked.clone()),
            Write::InsertScript(created.clone()),
            Write::PutScriptUse(used.clone()),
        ])
        .await
        .unwrap();
    let stored = store.load_library().await.unwrap();
    assert_eq!(stored.scripts, vec![created.clone()]);
    assert_eq!(stored.script_use, vec![used]);
    assert_eq!(stored.scripts_for_standard(linked.id), vec![&created]);

    store
        .write(vec![Write::DeleteScript(created.id)])
        .await
        .unwrap();
    let stored = store.load_library().await.unwrap();
    assert!(stored.scripts.is_empty());
    assert!(
        stored.script_use.is_empty(),
        "no usage left for a deleted script"
    );
}

#[wasm_bindgen_test]
async fn a_script_with_200_steps_of_50_kb_round_trips() {
    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let mut big = script(&library, "Everything");
    big.steps = (0..200)
        .map(|i| vertskap::domain::Step {
            say: format!("{i}: ") + &"ø".repeat(25_000),
            ..Default::default()
        })
        .collect();
    store
        .write(vec![Write::InsertScript(big.clone())])
        .await
        .unwrap();
    assert_eq!(store.load_library().await.unwrap().scripts, vec![big]);
}

#[wasm_bindgen_test]
async fn a_version_1_database_upgrades_to_the_latest_keeping_its_data() {
    let name = format!("vertskap-test-{}", uuid::Uuid::new_v4());
    Store::open_at_version(&name, 1, now(), || {})
        .await
        .unwrap()
        .close();
    // Write as version 1 did, straight into its store: the Store API speaks the latest schema.
    let library = Library {
        areas: Area::builtins(now()),
        ..Library::default()
    };
    let kept = standard(&library, "From the first version");
    let db = Database::open(name.as_str()).await.unwrap();
    assert_eq!(db.version() as u32, 1);
    let tx = db
        .transaction("standards")
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    let standards = tx.object_store("standards").unwrap();
    let as_stored = kept
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true))
        .unwrap();
    standards.put(as_stored).primitive().unwrap().await.unwrap();
    tx.commit().await.unwrap();
    db.close();

    let latest = Store::open(&name, now(), || {}).await.unwrap();
    assert_eq!(latest.version(), SCHEMA_VERSION);
    let upgraded = latest.load_library().await.unwrap();
    assert_eq!(upgraded.standards, vec![kept]);
    assert_eq!(upgraded.areas.len(), 7);
    assert!(upgraded.scripts.is_empty());
}

#[wasm_bindgen_test]
async fn profile_values_roles_and_rules_are_stored_and_a_role_is_removed_with_its_rules() {
    use vertskap::domain::authority::{RoleRemoval, RuleDraft};
    use vertskap::domain::money::Currency;
    use vertskap::domain::values::{ProfileDraft, ValueDraft};

    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    assert_eq!(library.roles.len(), 4, "the four starter roles are seeded");
    assert_eq!(library.profile, Default::default());

    let profile = ProfileDraft {
        business_name: "Café Lia".into(),
        vision: "Every guest leaves happier".into(),
        promises: "Fresh coffee".into(),
        ..ProfileDraft::default()
    }
    .validate(now())
    .unwrap();
    let value = ValueDraft {
        name: "Warmth".into(),
        ..ValueDraft::default()
    }
    .validate(None, 0, now())
    .unwrap();
    let (staff, lead) = (
        library.roles_in_order()[1].id,
        library.roles_in_order()[2].id,
    );
    let rule = RuleDraft {
        situation: "Complaint about a product".into(),
        may: "Refund".into(),
        limit: "500".into(),
        ..RuleDraft::new(Some(staff), Currency::Nok)
    }
    .validate(None, |_| true, now())
    .unwrap();
    store
        .write(vec![
            Write::PutProfile(profile.clone()),
            Write::PutValue(value.clone()),
            Write::PutRule(rule.clone()),
        ])
        .await
        .unwrap();
    let mut stored = store.load_library().await.unwrap();
    assert_eq!(stored.profile, profile);
    assert_eq!(stored.values, vec![value]);
    assert_eq!(stored.rules, vec![rule.clone()]);

    let plan = stored
        .remove_role(staff, RoleRemoval::MoveRulesTo(lead), now())
        .unwrap();
    store
        .write(Write::role_removal(&plan, now()))
        .await
        .unwrap();
    stored.with_role_removed(plan);
    let reread = store.load_library().await.unwrap();
    assert!(reread.role(staff).is_none());
    assert_eq!(reread.rules.len(), 1);
    assert_eq!(
        reread.rules[0].role_id, lead,
        "nothing points at the deleted role"
    );
    assert_eq!(reread.rules, stored.rules);
}

const GOOD_BACKUP: &[u8] = include_bytes!("files/good-backup.json");

#[wasm_bindgen_test]
async fn an_import_merge_stores_records_unknown_fields_and_match_times() {
    use vertskap::domain::file::merge::{ImportPlan, Matched};
    use vertskap::domain::file::read_file;

    let store = fresh_store().await;
    let before = store.load_library().await.unwrap();
    let file = read_file(GOOD_BACKUP).unwrap();
    let plan = ImportPlan::merge(&before, &Matched::default(), &file);
    store
        .write(Write::import_merge(
            &plan,
            &file,
            &before,
            &vertskap::domain::file::merge::Here::default(),
            &Matched::default(),
            now(),
        ))
        .await
        .unwrap();

    // The match times stay in storage (only an import needs them).
    let first = store.load_library_first().await.unwrap();
    assert_eq!(first.standards.len(), 2);
    assert_eq!(
        store.matched().await.unwrap().0.len(),
        plan.matched_after().len()
    );

    let after = store.load_library().await.unwrap();
    assert_eq!(after.standards.len(), 2);
    assert_eq!(after.scripts, file.data.scripts);
    assert_eq!(Some(after.profile.clone()), file.data.profile);
    assert_eq!(
        after.extras, file.extras,
        "unknown fields are kept for export"
    );
    let matched = store.matched().await.unwrap();
    assert!(!matched.0.is_empty());
    let again = ImportPlan::merge(&after, &matched, &file);
    assert_eq!(
        again.counts().unchanged,
        again.items.len(),
        "the same file again changes nothing"
    );
}

#[wasm_bindgen_test]
async fn a_replace_that_fails_midway_leaves_the_old_data_exactly() {
    use vertskap::domain::file::read_file;

    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let mine = standard(&library, "Mine, before the replace");
    store
        .write(vec![Write::InsertStandard(mine.clone())])
        .await
        .unwrap();
    let before = sorted(store.load_library().await.unwrap());

    let file = read_file(GOOD_BACKUP).unwrap();
    let mut writes = Write::import_replace(&file, "{\"backup\":true}".into(), &[], now());
    // A record that cannot be stored, after the stores were already emptied.
    writes.push(Write::InsertStandard(file.data.standards[0].clone()));
    let result = store.write(writes).await;
    assert!(result.is_err());
    assert_eq!(sorted(store.load_library().await.unwrap()), before);
    assert!(store.kept_backup_keys().await.unwrap().is_empty());

    store
        .write(Write::import_replace(
            &file,
            "{\"backup\":true}".into(),
            &[],
            now(),
        ))
        .await
        .unwrap();
    let replaced = store.load_library().await.unwrap();
    assert!(replaced.standard(mine.id).is_none());
    assert!(
        !store.matched().await.unwrap().0.is_empty(),
        "everything matches the file after a replace"
    );
    assert_eq!(replaced.standards.len(), 2);
    assert_eq!(
        replaced.areas.len(),
        8,
        "the seven host parameters stay, plus the file's own area"
    );
    let kept = store.kept_backup_keys().await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        store.kept_backup(&kept[0]).await.unwrap().as_deref(),
        Some("{\"backup\":true}")
    );
}

#[wasm_bindgen_test]
async fn each_replace_keeps_its_backup_beside_the_two_before_it() {
    use vertskap::domain::file::read_file;
    use vertskap::domain::kept_backups;

    let store = fresh_store().await;
    let file = read_file(GOOD_BACKUP).unwrap();
    // As builds before dated keys left it: one undated backup.
    store
        .write(vec![Write::PutKeptBackup {
            key: kept_backups::EARLIER_KEY.into(),
            text: "earlier".into(),
        }])
        .await
        .unwrap();
    for n in 1..=3 {
        let kept = store.kept_backup_keys().await.unwrap();
        let at = Timestamp::from_unix_millis(1.8e12 + f64::from(n) * 60_000.0);
        store
            .write(Write::import_replace(
                &file,
                format!("backup {n}"),
                &kept,
                at,
            ))
            .await
            .unwrap();
    }
    let kept = store.kept_backup_keys().await.unwrap();
    assert_eq!(kept.len(), kept_backups::KEPT);
    let mut texts = Vec::new();
    for key in &kept {
        texts.push(store.kept_backup(key).await.unwrap().unwrap());
    }
    assert_eq!(
        texts,
        ["backup 3", "backup 2", "backup 1"],
        "newest first, the undated one gone"
    );
}

#[wasm_bindgen_test]
async fn an_open_tab_lets_a_newer_version_upgrade_instead_of_blocking_it() {
    use std::cell::Cell;
    use std::rc::Rc;

    let store = fresh_store().await;
    let told = Rc::new(Cell::new(false));
    let flag = told.clone();
    store.on_upgraded_elsewhere(move || flag.set(true));

    // Without the handler, this open would wait forever for the old connection.
    let newer = Database::open(store.name().as_str())
        .with_version(SCHEMA_VERSION + 1)
        .await
        .unwrap();
    assert_eq!(newer.version() as u32, SCHEMA_VERSION + 1);
    assert!(told.get(), "the old tab is told to reload");
    newer.close();
}

#[wasm_bindgen_test]
async fn a_deleted_value_takes_its_links_with_it_and_the_backup_reads_back_whole() {
    use vertskap::domain::deletion::Deleted;
    use vertskap::domain::file::read_file;
    use vertskap::domain::values::ValueDraft;

    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let warmth = ValueDraft {
        name: "Warmth".into(),
        ..ValueDraft::default()
    }
    .validate(None, 0, now())
    .unwrap();
    let mut linked = standard(&library, "Greet every guest");
    linked.value_ids = vec![warmth.id];
    store
        .write(vec![
            Write::PutValue(warmth.clone()),
            Write::InsertStandard(linked.clone()),
        ])
        .await
        .unwrap();
    let library = store.load_library().await.unwrap();
    let deletion = library.plan_deletion(Deleted::Value(warmth.clone()), now());
    store.write(Write::deletion(&deletion)).await.unwrap();

    let after = store.load_library().await.unwrap();
    assert!(after.values.is_empty());
    assert_eq!(after.standards.len(), 1);
    assert!(
        after.standards[0].value_ids.is_empty(),
        "the link went with the value"
    );
    let text = store.backup_text(&after, now()).await.unwrap();
    let file = read_file(text.as_bytes()).expect("the app reads its own backup");
    assert!(file.left_out.is_empty());
    assert_eq!(
        file.data.deletions.len(),
        1,
        "the deletion travels in the backup"
    );
    assert_eq!(file.data.deletions[0].id, warmth.id.to_string());

    // Undo brings the value back into the standard that had it.
    let restoration = after.plan_restoration(&deletion, now()).unwrap();
    store.write(Write::restoration(&restoration)).await.unwrap();
    let undone = store.load_library().await.unwrap();
    assert_eq!(undone.values, vec![warmth.clone()]);
    assert_eq!(undone.standards[0].value_ids, vec![warmth.id]);
    assert!(
        store.deletions().await.unwrap().is_empty(),
        "the deletion is forgotten"
    );
}

#[wasm_bindgen_test]
async fn links_left_dangling_by_earlier_builds_are_taken_out_once() {
    use vertskap::domain::ValueId;

    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    // As builds before link removal left it: a standard linked to a deleted value.
    let mut dangling = standard(&library, "Greet every guest");
    dangling.value_ids = vec![ValueId::random()];
    dangling.updated = Timestamp::from_unix_millis(1.7e12);
    store
        .write(vec![Write::InsertStandard(dangling.clone())])
        .await
        .unwrap();
    let mut repaired = store.load_library_first().await.unwrap();
    store.repair_links(&mut repaired, now()).await.unwrap();
    assert!(repaired.standards[0].value_ids.is_empty());
    let stored = store.load_library().await.unwrap();
    assert!(
        stored.standards[0].value_ids.is_empty(),
        "the repair is stored"
    );
    assert!(
        stored.standards[0].updated > dangling.updated,
        "as a change made now"
    );
    // Once: with nothing left dangling, the next start writes nothing.
    let mut again = stored.clone();
    store.repair_links(&mut again, now()).await.unwrap();
    assert_eq!(again, stored);
    assert_eq!(
        store.load_library().await.unwrap().standards,
        stored.standards
    );
}

#[wasm_bindgen_test]
async fn what_the_sync_server_last_had_is_stored_with_the_records_and_a_replace_reads_every_change_again(
) {
    use vertskap::domain::file::read_file;
    use vertskap::domain::sync::ledger::SyncedDoc;

    let (store, library, existing) = store_with_one_standard().await;
    assert_eq!(store.sync_ledger().await.unwrap(), Default::default());
    let pulled = standard(&library, "Pulled from the other counter");
    let entry = |s: &Standard, rev: &str| SyncedDoc {
        key: format!("standards/{}", s.id),
        rev: rev.into(),
        synced: s.updated,
    };
    // A pull that cannot be stored leaves neither the record nor its ledger entry.
    let failed = store
        .write(vec![
            Write::InsertStandard(pulled.clone()),
            Write::PutSyncedDoc(entry(&pulled, "1-a")),
            Write::PutSyncSince("7-x".into()),
            Write::InsertStandard(existing.clone()),
        ])
        .await;
    assert!(failed.is_err());
    assert_eq!(store.sync_ledger().await.unwrap(), Default::default());

    store
        .write(vec![
            Write::InsertStandard(pulled.clone()),
            Write::PutSyncedDoc(entry(&pulled, "1-a")),
            Write::PutSyncSince("7-x".into()),
        ])
        .await
        .unwrap();
    let ledger = store.sync_ledger().await.unwrap();
    assert_eq!(ledger.since.as_deref(), Some("7-x"));
    let key = format!("standards/{}", pulled.id);
    assert_eq!(ledger.revs.get(&key).map(String::as_str), Some("1-a"));
    assert_eq!(ledger.synced.0.get(&key), Some(&pulled.updated));

    // Documents waiting for the person are read again at each pull, until chosen.
    let waiting = vec![format!("standards:{}", existing.id)];
    store
        .write(vec![Write::PutSyncWaiting(waiting.clone())])
        .await
        .unwrap();
    let ledger = store.sync_ledger().await.unwrap();
    assert_eq!(ledger.waiting, waiting);

    // The server still has what this tablet synced, whatever the tablet replaces; but
    // every change on it is compared with the replaced records again.
    let file = read_file(GOOD_BACKUP).unwrap();
    store
        .write(Write::import_replace(&file, "{}".into(), &[], now()))
        .await
        .unwrap();
    let after = store.sync_ledger().await.unwrap();
    assert_eq!(after.since, None);
    assert_eq!(
        (&after.revs, &after.synced, &after.waiting),
        (&ledger.revs, &ledger.synced, &ledger.waiting)
    );

    // Another database (or one that lost its data) starts from nothing known.
    store.write(vec![Write::ClearSyncLedger]).await.unwrap();
    assert_eq!(store.sync_ledger().await.unwrap(), Default::default());
}

/// Waits until `witness` hears a message: posted to every object of the channel, it
/// reaches those made before `witness` first.
async fn next_message(witness: &web_sys::BroadcastChannel) {
    let heard = js_sys::Promise::new(&mut |resolve, _| {
        witness.set_onmessage(Some(&resolve));
    });
    wasm_bindgen_futures::JsFuture::from(heard).await.unwrap();
    witness.set_onmessage(None);
}

#[wasm_bindgen_test]
async fn a_change_another_tab_stores_before_the_app_listens_is_told_when_it_does() {
    use std::cell::Cell;
    use std::rc::Rc;
    use vertskap::storage::changes::{channel_name, Heard};
    let db = format!("vertskap-test-{}", uuid::Uuid::new_v4());
    let heard = Heard::start(&db);
    // Another tab, as far as this page's channel can tell.
    let other_tab = web_sys::BroadcastChannel::new(&channel_name(&db)).unwrap();
    let witness = web_sys::BroadcastChannel::new(&channel_name(&db)).unwrap();
    other_tab.post_message(&"changed".into()).unwrap();
    next_message(&witness).await;

    let told = Rc::new(Cell::new(0));
    let counted = told.clone();
    heard.on_change(move || counted.set(counted.get() + 1));
    assert_eq!(
        told.get(),
        1,
        "the change made before anyone listened is told at once"
    );

    other_tab.post_message(&"changed".into()).unwrap();
    next_message(&witness).await;
    assert_eq!(told.get(), 2, "and each later one as it comes, once");
}

#[wasm_bindgen_test]
async fn with_no_change_before_the_app_listens_nothing_is_told_but_what_comes() {
    use std::cell::Cell;
    use std::rc::Rc;
    use vertskap::storage::changes::channel_name;
    use vertskap::storage::changes::Heard;
    let db = format!("vertskap-test-{}", uuid::Uuid::new_v4());
    let heard = Heard::start(&db);
    let told = Rc::new(Cell::new(0));
    let counted = told.clone();
    heard.on_change(move || counted.set(counted.get() + 1));
    assert_eq!(told.get(), 0);

    // A change told while listening is not told again to a listener that comes later.
    let other_tab = web_sys::BroadcastChannel::new(&channel_name(&db)).unwrap();
    let witness = web_sys::BroadcastChannel::new(&channel_name(&db)).unwrap();
    other_tab.post_message(&"changed".into()).unwrap();
    next_message(&witness).await;
    assert_eq!(told.get(), 1);
    let later = Rc::new(Cell::new(0));
    let counted = later.clone();
    heard.on_change(move || counted.set(counted.get() + 1));
    assert_eq!(later.get(), 0, "nothing was missed");
}
