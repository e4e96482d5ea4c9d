//! Staff records against real IndexedDB in headless Chromium: the `[goal_id, date]`
//! index, progress at start-up, erasing a person, backups, and the upgrade from the
//! version before staff tracking. Each test opens a database of its own.
#![cfg(target_arch = "wasm32")]

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::Serialize;
use std::collections::BTreeMap;
use vertskap::domain::authority::RoleRemoval;
use vertskap::domain::file::merge::Matched;
use vertskap::domain::library::Library;
use vertskap::domain::staff::progress::summarize;
use vertskap::domain::staff::{
    CheckIn, ConversationEntry, Goal, GoalKind, GoalStatus, HostConversation, Owner, Period,
    Person, Praise, Question, Reflection, TargetDirection,
};
use vertskap::domain::standard::StandardDraft;
use vertskap::domain::values::Profile;
use vertskap::domain::visits::{
    Answer, ChecklistDraft, FollowUp, ItemDraft, SectionDraft, Someone, Visit, VisitKind,
};
use vertskap::domain::Channel;
use vertskap::domain::{
    CheckInId, ConversationId, Day, GoalId, HostParameter, PersonId, PraiseId, ReflectionId,
    RoleId, Timestamp,
};
use vertskap::storage::{Store, Write, SCHEMA_VERSION};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> Timestamp {
    Timestamp::from_unix_millis(js_sys::Date::now())
}

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

async fn fresh_store() -> Store {
    let name = format!("vertskap-test-{}", uuid::Uuid::new_v4());
    Store::open(&name, now(), || {
        panic!("nothing else holds a fresh database")
    })
    .await
    .expect("a fresh database opens")
}

fn person(name: &str, role_id: RoleId) -> Person {
    Person {
        id: PersonId::random(),
        name: name.into(),
        role_id,
        active: true,
        started: day("2024-01-01"),
        next_conversation_due: Some(day("2026-01-01")),
        ready_on: None,
        created: now(),
        updated: now(),
    }
}

fn goal(owner: Owner, period: Period) -> Goal {
    Goal {
        id: GoalId::random(),
        title: "Care-sales".into(),
        owner,
        standard_id: None,
        kind: GoalKind::Count,
        target: 3.0,
        direction: TargetDirection::AtLeast,
        period,
        start: day("2020-01-01"),
        end: None,
        status: GoalStatus::Active,
        key_figure: None,
        created: now(),
        updated: now(),
    }
}

fn check_in(goal: &Goal, date: Day, value: f64) -> CheckIn {
    CheckIn {
        id: CheckInId::random(),
        goal_id: goal.id,
        date,
        value,
        note: String::new(),
        created: now(),
        updated: now(),
    }
}

/// A record as builds before `storage::codec` stored it: serde-wasm-bindgen with maps as
/// objects, absent options as `undefined`. People's browsers hold records like this.
fn as_earlier_builds_stored<T: Serialize>(record: &T) -> JsValue {
    record
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true))
        .unwrap()
}

fn dates(found: &[CheckIn]) -> Vec<String> {
    found.iter().map(|c| c.date.text()).collect()
}

#[wasm_bindgen_test]
async fn one_goals_check_ins_for_a_range_of_days_come_exactly_from_the_index() {
    let store = fresh_store().await;
    let a = goal(Owner::Team, Period::Week);
    let b = goal(Owner::Team, Period::Week);
    let days = [
        "2024-02-28",
        "2024-02-29",
        "2024-03-01",
        "2024-12-31",
        "2025-01-01",
        "2026-12-28",
        "2027-01-03",
    ];
    let mut writes = vec![Write::PutGoal(a.clone()), Write::PutGoal(b.clone())];
    for d in days {
        writes.push(Write::PutCheckIn(check_in(&a, day(d), 1.0)));
        writes.push(Write::PutCheckIn(check_in(&b, day(d), 2.0)));
    }
    store.write(writes).await.unwrap();

    let leap = store
        .check_ins_between(a.id, day("2024-02-29"), day("2024-12-31"))
        .await
        .unwrap();
    assert_eq!(dates(&leap), ["2024-02-29", "2024-03-01", "2024-12-31"]);
    assert!(leap.iter().all(|c| c.goal_id == a.id), "no other goal's");
    let week_53 = store
        .check_ins_between(b.id, day("2026-12-28"), day("2027-01-03"))
        .await
        .unwrap();
    assert_eq!(dates(&week_53), ["2026-12-28", "2027-01-03"]);
    assert!(week_53.iter().all(|c| c.goal_id == b.id && c.value == 2.0));
    let none = store
        .check_ins_between(a.id, day("2025-01-02"), day("2026-12-27"))
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_eq!(
        store.check_ins_of_goal(a.id).await.unwrap().len(),
        days.len()
    );
    assert_eq!(store.all_check_ins().await.unwrap().len(), 2 * days.len());

    let removal = store
        .load_library()
        .await
        .unwrap()
        .plan_goal_removal(a.id, Timestamp::from_unix_millis(2.0e12));
    store.remove_goal(&removal).await.unwrap();
    assert!(store.check_ins_of_goal(a.id).await.unwrap().is_empty());
    assert_eq!(store.all_check_ins().await.unwrap().len(), days.len());
    let left = store.load_library().await.unwrap();
    assert_eq!(left.staff.goals, vec![b]);
}

/// Records cross into wasm a thousand at a time: none is lost or read twice at the seams.
#[wasm_bindgen_test]
async fn thousands_of_check_ins_read_back_each_once() {
    let store = fresh_store().await;
    let g = goal(Owner::Team, Period::Day);
    let first = day("2020-01-01");
    let stored: Vec<CheckIn> = (0..2_345)
        .map(|i| check_in(&g, first.plus_days(i), i as f64))
        .collect();
    let mut writes = vec![Write::PutGoal(g.clone())];
    writes.extend(stored.iter().cloned().map(Write::PutCheckIn));
    store.write(writes).await.unwrap();

    let mut read = store.all_check_ins().await.unwrap();
    let mut expected = stored;
    read.sort_by_key(|c| c.id);
    expected.sort_by_key(|c| c.id);
    assert_eq!(read.len(), 2_345);
    assert_eq!(read, expected);
}

#[wasm_bindgen_test]
async fn start_up_reads_goals_with_their_progress_but_not_every_check_in() {
    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let kari = person("Kari", library.roles[1].id);
    let daily = goal(Owner::Person(kari.id), Period::Day);
    let today = day("2026-11-26");
    // Three years of daily check-ins; the summary needs only its window.
    let check_ins: Vec<CheckIn> = (0..1100)
        .map(|n| check_in(&daily, today.plus_days(-n), 3.0))
        .collect();
    let mut writes = vec![
        Write::PutPerson(kari.clone()),
        Write::PutGoal(daily.clone()),
    ];
    writes.extend(check_ins.iter().cloned().map(Write::PutCheckIn));
    store.write(writes).await.unwrap();

    let loaded = store.load_library_on(today).await.unwrap();
    assert_eq!(loaded.staff.people, vec![kari]);
    assert_eq!(loaded.staff.goals, vec![daily.clone()]);
    let summary = loaded.goal_summary(daily.id).unwrap();
    assert_eq!(summary, &summarize(&daily, &check_ins, today));
    assert_eq!(summary.streak, 60);
    assert!(summary.streak_capped);
    let fresh = store.goal_summaries(&[daily], today).await.unwrap();
    assert_eq!(&fresh[0], summary);
}

/// Every key and value of every store, as text.
async fn everything_stored(store_name: &str) -> String {
    let db = Database::open(store_name).await.unwrap();
    let names: Vec<String> = db.object_store_names().collect();
    let tx = db.transaction(names.clone()).build().unwrap();
    let mut all = String::new();
    for name in &names {
        let store = tx.object_store(name).unwrap();
        let values: Vec<JsValue> = store
            .get_all()
            .primitive()
            .unwrap()
            .await
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let keys: Vec<JsValue> = store
            .get_all_keys()
            .primitive()
            .unwrap()
            .await
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for v in values.iter().chain(&keys) {
            let text = js_sys::JSON::stringify(v)
                .map(String::from)
                .unwrap_or_default();
            all.push_str(name);
            all.push(':');
            all.push_str(&text);
            all.push('\n');
        }
    }
    drop(tx);
    db.close();
    all
}

#[wasm_bindgen_test]
async fn erasing_a_person_leaves_nothing_in_any_store_that_names_them() {
    let store = fresh_store().await;
    let mut library = store.load_library().await.unwrap();
    let role = library.roles[1].id;
    let (kari, ola) = (person("Kari", role), person("Ola", role));
    let karis = goal(Owner::Person(kari.id), Period::Week);
    let olas = goal(Owner::Person(ola.id), Period::Week);
    let question = Question::new("What went well?", 0, now()).unwrap();
    let conversation = |people: Vec<PersonId>, goals: Vec<GoalId>| HostConversation {
        id: ConversationId::random(),
        date: day("2026-11-01"),
        participant_ids: people,
        entries: vec![ConversationEntry {
            question_id: Some(question.id),
            question: question.text.clone(),
            notes: "Kari took the queue".into(),
            about: None,
        }],
        goal_ids: goals,
        created: now(),
        updated: now(),
    };
    let reflection = |who: PersonId, text: &str| Reflection {
        id: ReflectionId::random(),
        person_id: who,
        date: day("2026-11-02"),
        went_well: text.into(),
        went_badly: String::new(),
        not_as_planned: String::new(),
        do_differently: String::new(),
        created: now(),
        updated: now(),
    };
    let praise = |from: Option<PersonId>, to: PersonId| Praise {
        id: PraiseId::random(),
        from_person_id: from,
        to_person_id: to,
        date: day("2026-11-03"),
        what: "Helped a guest find the way".into(),
        created: now(),
        updated: now(),
    };
    let alone = conversation(vec![kari.id], vec![karis.id]);
    let shared = conversation(vec![kari.id, ola.id], vec![karis.id, olas.id]);
    let checklist = ChecklistDraft {
        title: "Floor".into(),
        channel: Channel::InPerson,
        pass_mark: "80".into(),
        sections: vec![SectionDraft {
            area_id: None,
            title: "Welcome".into(),
            items: vec![ItemDraft {
                text: "Greeted within ten seconds".into(),
                ..ItemDraft::question()
            }],
        }],
    }
    .validate(None, now())
    .unwrap();
    let mut karis_visit = Visit::start(&checklist, VisitKind::SelfAudit, day("2026-11-04"), now());
    karis_visit.by = Some(Someone::Person(kari.id));
    karis_visit.sections[0].items[0].answer = Some(Answer::No);
    karis_visit.sections[0].items[0].follow_up = Some(FollowUp {
        what: "Practise the greeting".into(),
        who: Some(Someone::Person(kari.id)),
        due: None,
        done: None,
    });
    let week = vertskap::domain::drip::Week::of(day("2026-11-04"));
    let story = vertskap::domain::drip::StoryDraft {
        title: "The lost glove".into(),
        text: "Drove the glove to the guest's hotel".into(),
        person_id: Some(kari.id),
        asked: true,
        ..vertskap::domain::drip::StoryDraft::new(day("2026-11-04"))
    }
    .validate(None, |_| true, |_| true, now())
    .unwrap();
    let mut meeting = vertskap::domain::drip::Meeting::new(week, now());
    meeting.story_id = Some(story.id);
    let tick = vertskap::domain::drip::BingoTick::set(week, 3, true, Some(kari.id), None, now());
    let mut writes = vec![
        Write::PutStory(story.clone()),
        Write::PutMeeting(meeting.clone()),
        Write::PutBingoTick(tick.clone()),
        Write::PutPerson(kari.clone()),
        Write::PutPerson(ola.clone()),
        Write::PutGoal(karis.clone()),
        Write::PutGoal(olas.clone()),
        Write::PutQuestion(question.clone()),
        Write::PutConversation(alone),
        Write::PutConversation(shared),
        Write::PutReflection(reflection(kari.id, "Calm at the rush")),
        Write::PutReflection(reflection(ola.id, "Quick at the till")),
        Write::PutPraise(praise(Some(ola.id), kari.id)),
        Write::PutPraise(praise(Some(kari.id), ola.id)),
        Write::PutPraise(praise(None, ola.id)),
        Write::PutChecklist(checklist.clone()),
        Write::PutVisit(karis_visit.clone()),
        Write::PutAttempt(vertskap::domain::knowledge::Attempt {
            id: vertskap::domain::AttemptId::random(),
            check_id: vertskap::domain::CheckId::random(),
            person_id: kari.id,
            at: now(),
            answers: Vec::new(),
            pass_mark: 80,
            earlier: None,
            created: now(),
            updated: now(),
        }),
        Write::PutExtras {
            key: format!("people/{}", kari.id),
            fields: serde_json::from_str("{\"nickname\":\"K\"}").unwrap(),
        },
        Write::PutMatched(vertskap::domain::file::merge::Matched(
            [
                (format!("people/{}", kari.id), now()),
                (format!("people/{}", ola.id), now()),
            ]
            .into(),
        )),
        Write::PutKeptBackup {
            key: "before_replace".into(),
            text: format!("{{\"id\":\"{}\",\"name\":\"Kari\"}}", kari.id),
        },
    ];
    for n in 0..30 {
        writes.push(Write::PutCheckIn(check_in(
            &karis,
            day("2026-10-01").plus_days(n),
            1.0,
        )));
        writes.push(Write::PutCheckIn(check_in(
            &olas,
            day("2026-10-01").plus_days(n),
            1.0,
        )));
    }
    store.write(writes).await.unwrap();
    library = store.load_library().await.unwrap();

    let plan = store
        .plan_person_erasure(&library, kari.id, now())
        .await
        .unwrap()
        .unwrap();
    let counts = plan.counts();
    assert_eq!(counts.check_ins, 30);
    assert_eq!(
        counts.deleted(),
        1 + 1 + 30 + 1 + 2 + 1,
        "person, goal, check-ins, reflection, praise, conversation"
    );
    assert_eq!(counts.conversations_changed, 1);

    // One transaction: a write that fails at the end leaves everything as it was.
    let before = everything_stored(&store.name()).await;
    let mut failing = Write::person_erasure(&plan);
    let taken = StandardDraft {
        title: "x".into(),
        ..StandardDraft::in_area(HostParameter::WowEffect.area_id())
    };
    let standard = library.create_standard(&taken, now()).unwrap();
    store
        .write(vec![Write::InsertStandard(standard.clone())])
        .await
        .unwrap();
    failing.push(Write::InsertStandard(standard));
    assert!(store.write(failing).await.is_err());
    let unchanged = everything_stored(&store.name()).await;
    assert!(unchanged.contains(&kari.id.to_string()));
    assert!(
        unchanged.len() > before.len(),
        "only the standard was added"
    );

    store.erase_person(&plan).await.unwrap();
    let stored = everything_stored(&store.name()).await;
    // Only the remembered deletions keep the ids (no names, no text), so that no older
    // backup brings the person back.
    let (deletions, rest): (Vec<&str>, Vec<&str>) =
        stored.lines().partition(|l| l.starts_with("deletions:"));
    assert!(deletions.iter().any(|l| l.contains(&kari.id.to_string())));
    assert!(deletions.iter().all(|l| !l.contains("Kari")));
    let after = rest.join("\n");
    for trace in [
        kari.id.to_string(),
        karis.id.to_string(),
        "Kari".to_string(),
    ] {
        assert!(!after.contains(&trace), "{trace} is still stored:\n{after}");
    }
    assert!(after.contains(&ola.id.to_string()) && after.contains(&olas.id.to_string()));
    let reread = store.load_library().await.unwrap();
    library.with_person_erased(&plan);
    assert_eq!(reread.staff.people, library.staff.people);
    assert_eq!(reread.staff.conversations.len(), 1);
    assert_eq!(reread.checklists, vec![checklist]);
    let kept = reread.visit(karis_visit.id).expect("the visit stays");
    assert_eq!(kept.by, Some(Someone::FormerColleague));
    assert_eq!(kept.sections[0].items[0].answer, Some(Answer::No));
    assert_eq!(store.check_ins_of_goal(olas.id).await.unwrap().len(), 30);
    assert!(store.kept_backup_keys().await.unwrap().is_empty());
    let kept_story = reread.story(story.id).expect("the story stays");
    assert_eq!(
        (kept_story.person_id, &kept_story.text),
        (None, &story.text)
    );
    assert_eq!(
        reread.meeting(week),
        Some(&meeting),
        "the meeting still tells it"
    );
    let kept_tick = &reread.staff.bingo_ticks[0];
    assert!(kept_tick.ticked && kept_tick.person_id.is_none());
}

#[wasm_bindgen_test]
async fn a_full_backup_holds_every_check_in_and_replacing_from_it_restores_them() {
    use vertskap::domain::file::read_file;

    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let kari = person("Kari", library.roles[0].id);
    let g = goal(Owner::Person(kari.id), Period::Month);
    let check_ins: Vec<CheckIn> = (0..50)
        .map(|n| check_in(&g, day("2024-01-15").plus_days(n), 2.0))
        .collect();
    let mut writes = vec![Write::PutPerson(kari.clone()), Write::PutGoal(g.clone())];
    writes.extend(check_ins.iter().cloned().map(Write::PutCheckIn));
    store.write(writes).await.unwrap();
    let library = store.load_library().await.unwrap();

    let text = store.backup_text(&library, now()).await.unwrap();
    let file = read_file(text.as_bytes()).unwrap();
    assert_eq!(file.data.check_ins.len(), 50);
    assert_eq!(file.data.people, vec![kari.clone()]);

    let other = fresh_store().await;
    other
        .write(Write::import_replace(&file, "{}".into(), &[], now()))
        .await
        .unwrap();
    let restored = other.load_library().await.unwrap();
    assert_eq!(restored.staff.people, vec![kari]);
    assert_eq!(restored.staff.goals, vec![g.clone()]);
    let mut back = other.check_ins_of_goal(g.id).await.unwrap();
    back.sort_by_key(|c| c.date);
    assert_eq!(back, check_ins);

    // Replacing again with a file without staff records empties the staff stores.
    let empty = read_file(
        vertskap::domain::file::write::backup(&Library::default(), &Default::default(), now())
            .unwrap()
            .as_bytes(),
    )
    .unwrap();
    other
        .write(Write::import_replace(&empty, "{}".into(), &[], now()))
        .await
        .unwrap();
    assert!(other.all_check_ins().await.unwrap().is_empty());
    assert!(other.load_library().await.unwrap().staff.people.is_empty());
}

#[wasm_bindgen_test]
async fn a_role_removed_moves_its_people_in_the_same_transaction() {
    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let (staff, lead) = (library.roles[1].id, library.roles[2].id);
    let kari = person("Kari", staff);
    store
        .write(vec![Write::PutPerson(kari.clone())])
        .await
        .unwrap();
    let library = store.load_library().await.unwrap();
    assert!(library
        .remove_role(staff, RoleRemoval::DeleteRules, now())
        .is_none());
    let plan = library
        .remove_role(staff, RoleRemoval::MoveRulesTo(lead), now())
        .unwrap();
    store
        .write(Write::role_removal(
            &plan,
            Timestamp::from_unix_millis(2.0e12),
        ))
        .await
        .unwrap();
    let after = store.load_library().await.unwrap();
    assert!(after.role(staff).is_none());
    assert_eq!(after.person(kari.id).unwrap().role_id, lead);
}

#[wasm_bindgen_test]
async fn the_version_before_staff_tracking_upgrades_keeping_its_data() {
    let name = format!("vertskap-test-{}", uuid::Uuid::new_v4());
    let old = Store::open_at_version(&name, SCHEMA_VERSION - 1, now(), || {})
        .await
        .unwrap();
    let library = old.load_library_on(day("2026-11-26")).await;
    assert!(
        library.is_err(),
        "the old schema has no staff stores to read"
    );
    old.close();

    // Write as the previous version did, straight into its stores.
    let db = Database::open(name.as_str()).await.unwrap();
    assert_eq!(db.version() as u32, SCHEMA_VERSION - 1);
    let tx = db
        .transaction(["standards", "profile"])
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    let draft = StandardDraft {
        title: "Kept through the upgrade".into(),
        ..StandardDraft::in_area(HostParameter::WowEffect.area_id())
    };
    let kept = Library {
        areas: vertskap::domain::Area::builtins(now()),
        ..Library::default()
    }
    .create_standard(&draft, now())
    .unwrap();
    tx.object_store("standards")
        .unwrap()
        .put(as_earlier_builds_stored(&kept))
        .primitive()
        .unwrap()
        .await
        .unwrap();
    tx.commit().await.unwrap();
    db.close();

    let latest = Store::open(&name, now(), || {}).await.unwrap();
    assert_eq!(latest.version(), SCHEMA_VERSION);
    let upgraded = latest.load_library().await.unwrap();
    assert_eq!(upgraded.standards, vec![kept]);
    assert_eq!(upgraded.roles.len(), 4, "the starter roles are still there");
    assert!(upgraded.staff.people.is_empty() && upgraded.staff.goals.is_empty());
    let g = goal(Owner::Team, Period::Day);
    latest
        .write(vec![
            Write::PutGoal(g.clone()),
            Write::PutCheckIn(check_in(&g, day("2026-11-26"), 1.0)),
        ])
        .await
        .unwrap();
    assert_eq!(latest.check_ins_of_goal(g.id).await.unwrap().len(), 1);
}

#[wasm_bindgen_test]
async fn merging_a_backup_stores_new_staff_records_and_keeps_newer_check_ins_here() {
    use vertskap::domain::file::merge::ImportPlan;
    use vertskap::domain::file::read_file;

    let source = fresh_store().await;
    let library = source.load_library().await.unwrap();
    let kari = person("Kari", library.roles[1].id);
    let g = goal(Owner::Person(kari.id), Period::Week);
    let first = check_in(&g, day("2026-11-23"), 1.0);
    let second = check_in(&g, day("2026-11-24"), 2.0);
    source
        .write(vec![
            Write::PutPerson(kari.clone()),
            Write::PutGoal(g.clone()),
            Write::PutCheckIn(first.clone()),
            Write::PutCheckIn(second.clone()),
        ])
        .await
        .unwrap();
    let text = source
        .backup_text(&source.load_library().await.unwrap(), now())
        .await
        .unwrap();
    let file = read_file(text.as_bytes()).unwrap();

    // The receiving tablet already has the second check-in, edited later.
    let target = fresh_store().await;
    let edited = CheckIn {
        value: 5.0,
        updated: Timestamp::from_unix_millis(now().unix_millis() as f64 + 60_000.0),
        ..second.clone()
    };
    target
        .write(vec![
            Write::PutPerson(kari.clone()),
            Write::PutGoal(g.clone()),
            Write::PutCheckIn(edited.clone()),
        ])
        .await
        .unwrap();
    let here = target.load_library().await.unwrap();
    let mine = target.here().await.unwrap();
    let matched = target.matched().await.unwrap();
    let plan = ImportPlan::merge_with(&here, &mine, &matched, &file);
    assert_eq!(plan.staff_counts().new, 1);
    assert_eq!(plan.staff_counts().older, 1);
    target
        .write(Write::import_merge(
            &plan,
            &file,
            &here,
            &mine,
            &matched,
            now(),
        ))
        .await
        .unwrap();
    let mut merged = target.check_ins_of_goal(g.id).await.unwrap();
    merged.sort_by_key(|c| c.date);
    assert_eq!(merged, vec![first, edited]);
}

#[wasm_bindgen_test]
async fn records_stored_by_earlier_builds_read_back_unchanged() {
    let store = fresh_store().await;
    let name = store.name();
    let library = store.load_library().await.unwrap();
    let kept_standard = library
        .create_standard(
            &StandardDraft {
                title: "Greet within ten seconds".into(),
                ..StandardDraft::in_area(HostParameter::WowEffect.area_id())
            },
            now(),
        )
        .unwrap();
    let kari = Person {
        next_conversation_due: None,
        ready_on: None,
        ..person("Kari", library.roles[0].id)
    };
    let karis = goal(Owner::Person(kari.id), Period::Week);
    let kept_check_in = check_in(&karis, day("2026-11-20"), 2.5);
    let profile = Profile {
        business_name: "Kafé Fjord".into(),
        vision: "Everyone leaves a little warmer".into(),
        slogan: String::new(),
        promises: vec!["Coffee within two minutes".into()],
        currency: None,
        rating: Default::default(),
        contact_days: None,
        updated: Some(now()),
    };
    let matched = Matched(BTreeMap::from([(
        format!("standards/{}", kept_standard.id),
        now(),
    )]));
    store.close();

    let db = Database::open(name.as_str()).await.unwrap();
    let tx = db
        .transaction([
            "standards",
            "people",
            "goals",
            "check_ins",
            "profile",
            "matched",
        ])
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    let put = |store: &str, value: JsValue| {
        drop(
            tx.object_store(store)
                .unwrap()
                .put(value)
                .primitive()
                .unwrap(),
        );
    };
    put("standards", as_earlier_builds_stored(&kept_standard));
    put("people", as_earlier_builds_stored(&kari));
    put("goals", as_earlier_builds_stored(&karis));
    put("check_ins", as_earlier_builds_stored(&kept_check_in));
    for (store, key, value) in [
        ("profile", "profile", as_earlier_builds_stored(&profile)),
        ("matched", "all", as_earlier_builds_stored(&matched)),
    ] {
        drop(
            tx.object_store(store)
                .unwrap()
                .put(value)
                .with_key(key.to_string())
                .primitive()
                .unwrap(),
        );
    }
    tx.commit().await.unwrap();
    db.close();

    let reopened = Store::open(&name, now(), || {}).await.unwrap();
    let read = reopened.load_library_on(day("2026-11-26")).await.unwrap();
    assert_eq!(read.standards, vec![kept_standard]);
    assert_eq!(read.staff.people, vec![kari]);
    assert_eq!(read.staff.goals, vec![karis.clone()]);
    assert_eq!(read.profile, profile);
    assert_eq!(reopened.matched().await.unwrap(), matched);
    assert_eq!(
        reopened.check_ins_of_goal(karis.id).await.unwrap(),
        vec![kept_check_in]
    );
}

#[wasm_bindgen_test]
async fn a_check_in_logged_after_the_erasure_was_planned_goes_with_the_person() {
    let store = fresh_store().await;
    let library = store.load_library().await.unwrap();
    let kari = person("Kari", library.roles[1].id);
    let theirs = goal(Owner::Person(kari.id), Period::Day);
    let team = goal(Owner::Team, Period::Day);
    store
        .write(vec![
            Write::PutPerson(kari.clone()),
            Write::PutGoal(theirs.clone()),
            Write::PutGoal(team.clone()),
            Write::PutCheckIn(check_in(&theirs, day("2026-11-01"), 1.0)),
            Write::PutCheckIn(check_in(&team, day("2026-11-01"), 1.0)),
        ])
        .await
        .unwrap();
    let library = store.load_library().await.unwrap();
    let plan = store
        .plan_person_erasure(&library, kari.id, now())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(plan.check_ins.len(), 1, "the confirmation counts one");
    // Another tab logs one more before the person confirms.
    store
        .write(vec![Write::PutCheckIn(check_in(
            &theirs,
            day("2026-11-02"),
            1.0,
        ))])
        .await
        .unwrap();
    store.erase_person(&plan).await.unwrap();
    let left = store.all_check_ins().await.unwrap();
    assert_eq!(left.len(), 1, "no check-in is left without its goal");
    assert_eq!(left[0].goal_id, team.id);

    // A goal deleted on its own takes check-ins logged after it was planned too (this
    // half cannot tell a read inside the transaction from one just before it).
    let removal = store
        .load_library()
        .await
        .unwrap()
        .plan_goal_removal(team.id, now());
    store
        .write(vec![Write::PutCheckIn(check_in(
            &team,
            day("2026-11-03"),
            1.0,
        ))])
        .await
        .unwrap();
    store.remove_goal(&removal).await.unwrap();
    assert!(store.all_check_ins().await.unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn ratings_are_stored_one_per_tap_and_travel_in_backups() {
    use vertskap::domain::voice::{Rating, RatingTap};
    let store = fresh_store().await;
    let taps: Vec<RatingTap> = [Rating::VeryGood, Rating::Bad, Rating::Good]
        .into_iter()
        .map(|r| RatingTap::new(now(), 60, r))
        .collect();
    for tap in &taps {
        store.record_rating(tap, None).await.unwrap();
    }
    // The reason a guest gives after a bad answer lands on the same tap, and its hour.
    store
        .record_rating(&taps[1], Some("Waiting"))
        .await
        .unwrap();
    let mut with_reason = taps[1].clone();
    with_reason.reason = Some("Waiting".into());
    let stored = store.all_ratings().await.unwrap();
    assert_eq!(stored.len(), 3);
    assert!(stored.contains(&with_reason));
    // Reports read the hours' sums, kept with every tap: the same as adding up the taps.
    let hours = store.rating_hours().await.unwrap();
    assert_eq!(
        hours,
        vertskap::domain::voice::report::hour_tallies(&stored)
    );
    assert_eq!(
        hours
            .iter()
            .map(|h| h.counts.iter().sum::<u32>())
            .sum::<u32>(),
        3
    );

    let library = store.load_library().await.unwrap();
    let text = store.backup_text(&library, now()).await.unwrap();
    let file = vertskap::domain::file::read_file(text.as_bytes()).unwrap();
    assert_eq!(file.data.ratings.len(), 3);
    assert!(file.data.ratings.contains(&with_reason));
}

#[wasm_bindgen_test]
async fn contact_details_past_their_keeping_time_leave_the_complaint_and_the_kept_backups() {
    use vertskap::domain::money::Currency;
    use vertskap::domain::voice::{ComplaintDraft, CustomerTold};
    let store = fresh_store().await;
    let logged = Timestamp::from_unix_millis(1_796_000_000_000.0); // 2026-11-30
    let mut draft = ComplaintDraft::new(logged);
    draft.said = "The soup was cold".into();
    draft.contact = "ola@example.no".into();
    draft.consent = true;
    let mut complaint = draft.validate(None, Currency::Nok, None, logged).unwrap();
    complaint.customer_told = Some(CustomerTold::NoContactWanted);
    // A backup kept before a replace, made while the case was open.
    let mut library = store.load_library_first().await.unwrap();
    library.with_complaints_saved(vec![complaint.clone()]);
    let kept = store.backup_text(&library, logged).await.unwrap();
    assert!(kept.contains("ola@example.no"));
    store
        .write(vec![
            Write::PutComplaint(complaint.clone()),
            Write::PutKeptBackup {
                key: "before_replace/000001796000000".into(),
                text: kept,
            },
        ])
        .await
        .unwrap();

    let mut library = store.load_library_first().await.unwrap();
    store
        .forget_expired_contacts(&mut library, day("2027-02-27"), now())
        .await
        .unwrap();
    assert_eq!(
        library.staff.complaints[0].contact, "ola@example.no",
        "89 days: kept"
    );
    store
        .forget_expired_contacts(&mut library, day("2027-02-28"), now())
        .await
        .unwrap();
    assert_eq!(library.staff.complaints[0].contact, "");
    let read = store.load_library_first().await.unwrap();
    assert_eq!(read.staff.complaints[0].contact, "", "stored");
    assert_eq!(read.staff.complaints[0].said, "The soup was cold");
    let kept = store
        .kept_backup("before_replace/000001796000000")
        .await
        .unwrap()
        .unwrap();
    assert!(!kept.contains("ola@example.no"), "{kept}");
    assert!(kept.contains("The soup was cold"));
}
