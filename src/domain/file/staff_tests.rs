//! Staff records in files: a backup carries them whole, a pack never does, and a
//! backup whose staff records break a rule is refused with the record's place.

use super::extras::Extras;
use super::merge::{Here, ImportPlan, Matched, Settled, StaffRecord, Status};
use super::problem::FileProblem;
use super::write::{backup_of, backup_with_check_ins, pack, PackSelection};
use super::{read_file, FileKind};
use crate::domain::authority::Role;
use crate::domain::library::Library;
use crate::domain::money::{Currency, Money};
use crate::domain::script::ComplaintStage;
use crate::domain::staff::fixtures::{check_in, day, goal, person, t};
use crate::domain::staff::quantity::ValueProblem;
use crate::domain::staff::{
    CheckIn, ConversationEntry, GoalKind, HostConversation, Owner, Period, Praise, Question,
    Reflection, Staff, TargetDirection,
};
use crate::domain::validation::Problem;
use crate::domain::visits::{
    Answer, AnswerKind, Checklist, ChecklistItem, ChecklistSection, FollowUp, Someone, Visit,
    VisitKind,
};
use crate::domain::voice::Complaint;
use crate::domain::{
    Channel, ChecklistId, ComplaintId, ConversationId, ItemId, PraiseId, ReflectionId,
};
use serde_json::{json, Value};

pub(super) fn library() -> (Library, Vec<CheckIn>) {
    let roles = Role::starters(t(0.0));
    let mut kari = person("Kari");
    kari.role_id = roles[1].id;
    let mut g = goal(GoalKind::Count, 3.0, TargetDirection::AtLeast, Period::Week);
    g.owner = Owner::Person(kari.id);
    let mut done = goal(
        GoalKind::DonePerDay,
        5.0,
        TargetDirection::AtLeast,
        Period::Week,
    );
    done.title = "Greet every guest".into();
    let question = Question::new("What made a guest smile?", 0, t(0.0)).unwrap();
    let conversation = HostConversation {
        id: ConversationId::random(),
        date: day("2026-11-01"),
        participant_ids: vec![kari.id],
        entries: vec![ConversationEntry {
            question_id: Some(question.id),
            question: question.text.clone(),
            notes: "The regulars".into(),
            about: None,
        }],
        goal_ids: vec![g.id],
        created: t(0.0),
        updated: t(0.0),
    };
    let reflection = Reflection {
        id: ReflectionId::random(),
        person_id: kari.id,
        date: day("2026-11-02"),
        went_well: "Calm at the rush".into(),
        went_badly: String::new(),
        not_as_planned: String::new(),
        do_differently: String::new(),
        created: t(0.0),
        updated: t(0.0),
    };
    let praise = Praise {
        id: PraiseId::random(),
        from_person_id: None,
        to_person_id: kari.id,
        date: day("2026-11-03"),
        what: "Found the lost glove".into(),
        created: t(0.0),
        updated: t(0.0),
    };
    let check_ins = vec![
        check_in(&g, "2026-11-02", 2.0),
        check_in(&done, "2026-11-02", 1.0),
        check_in(&done, "2026-11-03", 0.0),
    ];
    let checklist = Checklist {
        id: ChecklistId::random(),
        title: "Phone call".into(),
        channel: Channel::Phone,
        pass_mark: 80,
        sections: vec![ChecklistSection {
            area_id: None,
            title: "On the phone".into(),
            items: vec![
                ChecklistItem {
                    id: ItemId::random(),
                    text: "Answered by the third ring".into(),
                    standard_id: None,
                    answer: AnswerKind::YesNo,
                    weight: 2,
                    critical: true,
                },
                ChecklistItem {
                    id: ItemId::random(),
                    text: "Seconds on hold".into(),
                    standard_id: None,
                    answer: AnswerKind::Number {
                        target: 30,
                        direction: TargetDirection::AtMost,
                        unit: "seconds".into(),
                    },
                    weight: 1,
                    critical: false,
                },
            ],
        }],
        created: t(0.0),
        updated: t(0.0),
    };
    let mut visit = Visit::start(&checklist, VisitKind::SelfAudit, day("2026-11-04"), t(0.0));
    visit.by = Some(Someone::Person(kari.id));
    visit.sections[0].items[0].answer = Some(Answer::No);
    visit.sections[0].items[0].follow_up = Some(FollowUp {
        what: "Practise picking up".into(),
        who: Some(Someone::Person(kari.id)),
        due: Some(day("2026-11-20")),
        done: None,
    });
    visit.sections[0].items[1].answer = Some(Answer::Number(45));
    let complaint = Complaint {
        id: ComplaintId::random(),
        at: t(0.0),
        channel: Channel::InPerson,
        said: "The soup was cold".into(),
        stages_done: vec![ComplaintStage::Listen, ComplaintStage::Apologise],
        compensation: Some(Money {
            minor: 15_000,
            currency: Currency::Nok,
        }),
        logged_by: Some(Someone::Person(kari.id)),
        approved_by: None,
        cause: None,
        actions: Vec::new(),
        customer_told: None,
        contact: "ola@example.no".into(),
        consent: true,
        created: t(0.0),
        updated: t(0.0),
    };
    let kari_id = kari.id;
    let library = Library {
        roles,
        checklists: vec![checklist],
        staff: Staff {
            people: vec![kari],
            goals: vec![g, done],
            questions: vec![question],
            conversations: vec![conversation],
            reflections: vec![reflection],
            praise: vec![praise],
            visits: vec![visit],
            complaints: vec![complaint],
            attempts: Vec::new(),
            summaries: Vec::new(),
            ..super::drip_tests::drip_staff(kari_id)
        },
        ..Library::default()
    };
    (library, check_ins)
}

pub(super) fn backup_json() -> Value {
    let (library, check_ins) = library();
    let text =
        backup_with_check_ins(&library, &check_ins, &[], &Extras::default(), t(1.0)).unwrap();
    serde_json::from_str(&text).unwrap()
}

pub(super) fn refused(change: impl FnOnce(&mut Value)) -> FileProblem {
    let mut file = backup_json();
    change(&mut file["data"]);
    read_file(file.to_string().as_bytes()).unwrap_err()
}

pub(super) fn invalid(place: &str, problem: Problem) -> FileProblem {
    FileProblem::Invalid {
        place: place.into(),
        problem,
    }
}

#[test]
fn a_backup_carries_every_staff_record_and_reads_back_the_same() {
    let (library, check_ins) = library();
    let text =
        backup_with_check_ins(&library, &check_ins, &[], &Extras::default(), t(1.0)).unwrap();
    let file = read_file(text.as_bytes()).unwrap();
    let d = &file.data;
    assert_eq!(d.people, library.staff.people);
    assert_eq!(d.goals, library.staff.goals);
    assert_eq!(d.check_ins, check_ins);
    assert_eq!(d.questions, library.staff.questions);
    assert_eq!(d.conversations, library.staff.conversations);
    assert_eq!(d.reflections, library.staff.reflections);
    assert_eq!(d.praise, library.staff.praise);
    assert_eq!(d.checklists, library.checklists);
    assert_eq!(d.visits, library.staff.visits);
    assert_eq!(d.complaints, library.staff.complaints);
    assert!(
        text.contains("\"date\":\"2026-11-02\""),
        "days are plain text"
    );
    assert!(text.contains(&format!("\"person\":\"{}\"", library.staff.people[0].id)));
}

#[test]
fn a_backup_written_after_the_keeping_time_holds_no_contact_details() {
    let (mut library, _) = library();
    library.staff.complaints[0].customer_told =
        Some(crate::domain::voice::CustomerTold::NoContactWanted);
    // Logged (and so closed) on 1970-01-01; kept 90 days.
    let write = |library: &Library, days: f64| {
        let at = t(days * 86_400_000.0);
        let text = backup_with_check_ins(library, &[], &[], &Extras::default(), at).unwrap();
        read_file(text.as_bytes()).unwrap().data.complaints
    };
    let before = write(&library, 89.0);
    assert_eq!(before[0].contact, "ola@example.no");
    let after = write(&library, 90.0);
    assert_eq!((after[0].contact.as_str(), after[0].consent), ("", false));
    assert_eq!(after[0].said, "The soup was cold", "the case itself stays");
    assert_eq!(
        after[0].updated,
        t(90.0 * 86_400_000.0),
        "newer than a copy with them"
    );
    library.staff.complaints[0].customer_told = None;
    assert_eq!(
        write(&library, 900.0)[0].contact,
        "ola@example.no",
        "open: kept"
    );
}

#[test]
fn a_pack_has_no_room_for_people_but_may_carry_questions() {
    let (library, _) = library();
    let picked = PackSelection {
        questions: [library.staff.questions[0].id].into(),
        ..PackSelection::default()
    };
    let text = pack(&library, &picked, t(1.0)).unwrap();
    for section in [
        "people",
        "goals",
        "check_ins",
        "conversations",
        "reflections",
        "praise",
        "visits",
        "complaints",
    ] {
        assert!(!text.contains(&format!("\"{section}\"")), "{section}");
    }
    let shared = read_file(text.as_bytes()).unwrap();
    assert_eq!(shared.data.questions, library.staff.questions);
    assert!(shared.data.checklists.is_empty(), "only what was picked");
    let picked = PackSelection {
        checklists: [library.checklists[0].id].into(),
        ..PackSelection::default()
    };
    let text = pack(&library, &picked, t(1.0)).unwrap();
    assert!(!text.contains("\"visits\"") && !text.contains("Practise picking up"));
    assert_eq!(
        read_file(text.as_bytes()).unwrap().data.checklists,
        library.checklists
    );

    // A file that says it is a pack but holds people: they are not even read.
    let mut smuggled = backup_json();
    smuggled["kind"] = json!("pack");
    let file = read_file(smuggled.to_string().as_bytes()).unwrap();
    assert_eq!(file.kind, FileKind::Pack);
    let d = &file.data;
    assert!(d.people.is_empty() && d.goals.is_empty() && d.check_ins.is_empty());
    assert!(d.conversations.is_empty() && d.reflections.is_empty() && d.praise.is_empty());
    assert!(d.visits.is_empty() && d.complaints.is_empty());
    assert_eq!(d.questions.len(), 1);
    assert!(file.extras.0.is_empty());
}

#[test]
fn staff_records_that_break_a_rule_are_refused_at_their_place() {
    assert!(matches!(
        refused(|d| {
            let copy = d["check_ins"][0].clone();
            d["check_ins"].as_array_mut().unwrap().push(copy);
        }),
        FileProblem::DuplicateId { place, .. } if place == "check_ins[3].id"
    ));
    assert_eq!(
        refused(|d| d["check_ins"][0]["date"] = json!("2026-02-30")),
        FileProblem::ImpossibleDate {
            place: "check_ins[0].date".into()
        }
    );
    assert_eq!(
        refused(|d| d["people"][0]["started"] = json!("2025-02-29")),
        FileProblem::ImpossibleDate {
            place: "people[0].started".into()
        }
    );
    assert_eq!(
        refused(|d| d["check_ins"][0]["value"] = json!(2.5)),
        invalid("check_ins[0].value", Problem::Value(ValueProblem::NotWhole))
    );
    assert_eq!(
        refused(|d| d["check_ins"][1]["value"] = json!(2)),
        invalid(
            "check_ins[1].value",
            Problem::Value(ValueProblem::DoneIsZeroOrOne)
        )
    );
    assert_eq!(
        refused(|d| {
            d["check_ins"][2]["value"] = json!(1);
            d["check_ins"][2]["date"] = json!("2026-11-02");
        }),
        invalid("check_ins[2].date", Problem::AlreadyDone)
    );
    assert_eq!(
        refused(|d| d["goals"][0]["target"] = json!(0)),
        invalid("goals[0].target", Problem::NotPositive)
    );
    assert_eq!(
        refused(|d| d["goals"][0]["end"] = json!("2019-12-31")),
        invalid("goals[0].end", Problem::EndBeforeStart)
    );
    assert_eq!(
        refused(|d| d["conversations"][0]["participant_ids"] = json!([])),
        invalid("conversations[0].participant_ids", Problem::Required)
    );
    assert_eq!(
        refused(|d| d["praise"][0]["what"] = json!(" ")),
        invalid("praise[0].what", Problem::Required)
    );
    assert_eq!(
        refused(|d| d["checklists"][0]["sections"][0]["items"] = json!([])),
        invalid("checklists[0].sections", Problem::NoItems)
    );
    assert_eq!(
        refused(|d| d["checklists"][0]["sections"][0]["items"][1]["weight"] = json!(4)),
        invalid("checklists[0].sections[0].items[1]", Problem::WeightOutside)
    );
    assert_eq!(
        refused(|d| d["visits"][0]["sections"][0]["items"][1]["answer"] = json!({"scale": 3})),
        invalid(
            "visits[0].sections[0].items[1].answer",
            Problem::AnswerDoesNotFit
        )
    );
    assert!(matches!(
        refused(|d| d["visits"][0]["sections"][0]["items"][1]["answer"] = json!({"number": "ten"})),
        FileProblem::WrongType { place, .. } if place == "visits[0].sections[0].items[1].answer.number"
    ));
    assert!(matches!(
        refused(|d| d["goals"][0]["kind"] = json!("sometimes")),
        FileProblem::WrongType { place, .. } if place == "goals[0].kind"
    ));
}

#[test]
fn importing_a_backup_merges_staff_records_with_what_is_here() {
    let (library, check_ins) = library();
    let text =
        backup_with_check_ins(&library, &check_ins, &[], &Extras::default(), t(1.0)).unwrap();
    let mut file = read_file(text.as_bytes()).unwrap();

    let fresh = ImportPlan::merge(&Library::default(), &Matched::default(), &file);
    // Twelve staff records, and a meeting, a story, a bingo card and a tick.
    assert_eq!(fresh.staff_counts().new, 16);
    assert_eq!(
        fresh.counts().new,
        6,
        "the profile, the four roles and a checklist"
    );

    file.data.check_ins[0].value = 3.0;
    file.data.check_ins[0].updated = t(2.0);
    let mut here = check_ins.clone();
    here[1].note = "changed here".into();
    here[1].updated = t(3.0);
    let here = Here {
        check_ins: here,
        deletions: Vec::new(),
        ..Here::default()
    };
    let plan = ImportPlan::merge_with(&library, &here, &Matched::default(), &file);
    let counts = plan.staff_counts();
    assert_eq!((counts.updated, counts.older, counts.unchanged), (1, 1, 14));
    let taken: Vec<&StaffRecord> = plan.staff_taken().collect();
    assert!(matches!(taken[..], [StaffRecord::CheckIn(c)] if c.value == 3.0));
    let status = |key: String| {
        plan.staff
            .iter()
            .find(|i| i.theirs.key() == key)
            .unwrap()
            .status
    };
    assert_eq!(
        status(format!("check_ins/{}", here.check_ins[1].id)),
        Status::Older
    );
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_schema_of_a_pack_has_no_room_for_people() {
    let schema: Value = serde_json::from_str(&super::schema::schema_json()).unwrap();
    let pack = schema["$defs"]["PackData"]["properties"]
        .as_object()
        .unwrap();
    let backup = schema["$defs"]["FileData"]["properties"]
        .as_object()
        .unwrap();
    for section in [
        "people",
        "goals",
        "check_ins",
        "conversations",
        "reflections",
        "praise",
        "visits",
        "ratings",
        "complaints",
    ] {
        assert!(!pack.contains_key(section), "{section}");
        assert!(backup.contains_key(section), "{section}");
    }
    assert!(pack.contains_key("questions"));
}

pub(super) fn read_with(change: impl FnOnce(&mut Value)) -> crate::domain::file::ImportFile {
    let mut file = backup_json();
    change(&mut file["data"]);
    read_file(file.to_string().as_bytes()).unwrap()
}

#[test]
fn links_to_records_the_file_lacks_are_dropped_and_their_dependants_left_out() {
    let id = |v: &Value| v.as_str().unwrap().to_string();
    let gone = || json!(uuid::Uuid::new_v4().to_string());
    let whole = read_with(|_| {});
    assert!(
        whole.left_out.is_empty(),
        "the app's own backup loses nothing"
    );

    let file = read_with(|d| d["check_ins"][1]["goal_id"] = gone());
    assert_eq!((file.left_out.records, file.left_out.links), (1, 0));
    assert_eq!(file.data.check_ins.len(), whole.data.check_ins.len() - 1);

    let file = read_with(|d| d["goals"][0]["standard_id"] = gone());
    assert_eq!((file.left_out.records, file.left_out.links), (0, 1));
    assert_eq!(file.data.goals[0].standard_id, None);

    let file = read_with(|d| {
        let goal = id(&d["goals"][1]["id"]);
        d["conversations"][0]["goal_ids"] = json!([goal, uuid::Uuid::new_v4().to_string()]);
    });
    assert_eq!(file.left_out.links, 1);
    assert_eq!(file.data.conversations[0].goal_ids.len(), 1);

    // A person without their role goes, and with them what is theirs.
    let file = read_with(|d| d["people"][0]["role_id"] = gone());
    assert!(file.left_out.records >= 1);
    let erased = whole.data.people[0].id;
    assert!(file.data.people.iter().all(|p| p.id != erased));
    assert!(file.data.reflections.iter().all(|r| r.person_id != erased));
    assert!(file.data.goals.iter().all(|g| g.person() != Some(erased)));
    let goals: std::collections::HashSet<_> = file.data.goals.iter().map(|g| g.id).collect();
    assert!(file
        .data
        .check_ins
        .iter()
        .all(|c| goals.contains(&c.goal_id)));
}

/// A person erased here, then an older backup from another tablet merged: the person
/// and everything about them stay gone, check-ins of their goals included.
#[test]
fn a_person_erased_here_stays_erased_when_an_older_backup_is_merged() {
    let (library, check_ins) = library();
    let old_backup =
        backup_with_check_ins(&library, &check_ins, &[], &Extras::default(), t(1.0)).unwrap();
    let file = read_file(old_backup.as_bytes()).unwrap();
    let kari = library.staff.people[0].id;
    let plan = library
        .plan_person_erasure(kari, &check_ins, &Matched::default(), &[], t(5.0))
        .unwrap();
    let mut erased = library.clone();
    erased.with_person_erased(&plan);
    let left: Vec<CheckIn> = check_ins
        .iter()
        .filter(|c| !plan.check_ins.contains(&c.id))
        .cloned()
        .collect();
    let here = Here {
        check_ins: left,
        deletions: plan.tombstones.clone(),
        ..Here::default()
    };
    let merge = ImportPlan::merge_with(&erased, &here, &Matched::default(), &file);
    assert!(
        merge.staff_counts().deleted_here >= 3,
        "person, goal, reflection, praise…"
    );
    let settled = merge.settled(&erased, t(6.0));
    let text = format!("{:?}", settled.staff);
    assert!(
        !text.contains(&kari.to_string()),
        "nothing names the erased person"
    );
    assert!(
        settled.staff.iter().all(
            |r| !matches!(r, StaffRecord::CheckIn(c) if c.goal_id == library.staff.goals[0].id)
        ),
        "no check-in of their goal comes back"
    );

    // Brought back on purpose, they return whole.
    let mut back = merge.clone();
    back.bring_back_deleted(true);
    let settled = back.settled(&erased, t(6.0));
    assert!(settled
        .staff
        .iter()
        .any(|r| matches!(r, StaffRecord::Person(p) if p.id == kari)));
    assert!(back
        .taken_deleted_here()
        .contains(&format!("people/{kari}")));
}

#[test]
fn a_copy_changed_after_the_deletion_here_comes_back_and_an_older_one_does_not() {
    use crate::domain::deletion::{Section, Tombstone};
    let (library, check_ins) = library();
    let text =
        backup_with_check_ins(&library, &check_ins, &[], &Extras::default(), t(1.0)).unwrap();
    let mut file = read_file(text.as_bytes()).unwrap();
    let question = library.staff.questions[0].clone();
    let mut without = library.clone();
    without.staff.questions.clear();
    let deleted_at = |at: f64| Here {
        check_ins: check_ins.clone(),
        deletions: vec![Tombstone::new(Section::Questions, question.id, t(at))],
        ..Here::default()
    };
    let key = format!("questions/{}", question.id);
    let status = |plan: &ImportPlan| {
        plan.staff
            .iter()
            .find(|i| i.theirs.key() == key)
            .unwrap()
            .status
    };

    let plan = ImportPlan::merge_with(&without, &deleted_at(10.0), &Matched::default(), &file);
    assert_eq!(status(&plan), Status::DeletedHere);
    assert!(plan.staff_taken().all(|r| r.key() != key));

    file.data.questions[0].updated = t(20.0);
    let plan = ImportPlan::merge_with(&without, &deleted_at(10.0), &Matched::default(), &file);
    assert_eq!(
        status(&plan),
        Status::New,
        "changed elsewhere after the delete here"
    );
    assert_eq!(
        plan.taken_deleted_here(),
        vec![key.clone()],
        "and the deletion is forgotten"
    );
}

#[test]
fn done_today_on_two_tablets_merges_into_one_and_the_next_backup_reads() {
    let (library, check_ins) = library();
    let done_goal = library.staff.goals[1].clone();
    assert_eq!(done_goal.kind, GoalKind::DonePerDay);
    // The other tablet logged the same day with a check-in of its own.
    let mut file_check_ins = check_ins.clone();
    file_check_ins.push(check_in(&done_goal, "2026-11-04", 1.0));
    let text =
        backup_with_check_ins(&library, &file_check_ins, &[], &Extras::default(), t(1.0)).unwrap();
    let file = read_file(text.as_bytes()).unwrap();
    let mut here_check_ins = check_ins.clone();
    here_check_ins.push(check_in(&done_goal, "2026-11-04", 1.0));
    let here = Here {
        check_ins: here_check_ins.clone(),
        deletions: Vec::new(),
        ..Here::default()
    };
    let plan = ImportPlan::merge_with(&library, &here, &Matched::default(), &file);
    let taken: Vec<&StaffRecord> = plan.staff_taken().collect();
    assert!(taken.is_empty(), "the day is already done here: {taken:?}");

    // What the tablet then holds backs up into a file it reads.
    assert!(backs_up_readably(&library, here_check_ins, &plan));
}

/// A done check-in deleted here, the same day done again, and an older backup with the
/// deleted one: bringing back what was deleted does not make it two for one day.
#[test]
fn bringing_back_a_deleted_done_check_in_keeps_one_a_day() {
    use crate::domain::deletion::{Section, Tombstone};
    let (library, check_ins) = library();
    let done_goal = library.staff.goals[1].clone();
    let old = check_in(&done_goal, "2026-11-05", 1.0);
    let mut with_old = check_ins.clone();
    with_old.push(old.clone());
    let text = backup_with_check_ins(&library, &with_old, &[], &Extras::default(), t(1.0)).unwrap();
    let file = read_file(text.as_bytes()).unwrap();
    let mut here_check_ins = check_ins.clone();
    here_check_ins.push(check_in(&done_goal, "2026-11-05", 1.0));
    let here = Here {
        check_ins: here_check_ins.clone(),
        deletions: vec![Tombstone::new(Section::CheckIns, old.id, t(2.0))],
        ..Here::default()
    };
    let mut plan = ImportPlan::merge_with(&library, &here, &Matched::default(), &file);
    plan.bring_back_deleted(true);
    assert!(
        backs_up_readably(&library, here_check_ins, &plan),
        "the next backup still reads"
    );
}

/// An erased person changed on another tablet after the erasure stays erased unless
/// the person importing asks for them back; a record brought back but left out keeps
/// its remembered deletion.
#[test]
fn an_erasure_wins_over_a_later_change_elsewhere_and_left_out_records_stay_deleted() {
    let (library, check_ins) = library();
    let kari = library.staff.people[0].clone();
    let mut changed = library.clone();
    changed.staff.people[0].name = "Kari N.".into();
    changed.staff.people[0].updated = t(9.0);
    let text =
        backup_with_check_ins(&changed, &check_ins, &[], &Extras::default(), t(9.0)).unwrap();
    let file = read_file(text.as_bytes()).unwrap();
    let plan = library
        .plan_person_erasure(kari.id, &check_ins, &Matched::default(), &[], t(5.0))
        .unwrap();
    let mut erased = library.clone();
    erased.with_person_erased(&plan);
    let here = Here {
        check_ins: Vec::new(),
        deletions: plan.tombstones.clone(),
        ..Here::default()
    };
    let merge = ImportPlan::merge_with(&erased, &here, &Matched::default(), &file);
    let person = merge
        .staff
        .iter()
        .find(|i| i.theirs.key() == format!("people/{}", kari.id))
        .unwrap();
    assert_eq!(
        person.status,
        Status::DeletedHere,
        "changed later elsewhere, still erased"
    );
    assert!(merge.settled(&erased, t(10.0)).forgotten.is_empty());

    // A reflection of Kari's brought back on its own cannot stand without her: it is
    // left out, and its deletion stays remembered.
    let reflection_key = format!("reflections/{}", library.staff.reflections[0].id);
    let mut only_reflection = merge.clone();
    only_reflection.choose(&reflection_key, crate::domain::file::merge::Choice::Theirs);
    let settled = only_reflection.settled(&erased, t(10.0));
    assert!(settled.staff.iter().all(|r| r.key() != reflection_key));
    assert!(
        only_reflection
            .taken_deleted_here()
            .contains(&reflection_key),
        "it was chosen"
    );
    assert!(!settled.forgotten.contains(&reflection_key));
}

#[test]
fn a_deletion_of_a_kind_this_version_does_not_know_is_kept_not_refused() {
    let mut file = backup_json();
    file["data"]["deletions"] = json!([
        { "section": "visits", "id": "v-1", "deleted": "2026-12-01T10:00:00Z", "by_device": "tablet 2" }
    ]);
    let read = read_file(file.to_string().as_bytes()).expect("a newer app's deletions read");
    assert_eq!(read.data.deletions[0].section, "visits");
    let library = Library {
        extras: read.extras.clone(),
        ..Library::default()
    };
    let written =
        backup_with_check_ins(&library, &[], &read.data.deletions, &read.extras, t(1.0)).unwrap();
    let again: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(
        again["data"]["deletions"][0]["by_device"], "tablet 2",
        "unknown fields travel on"
    );
}

/// Whether the tablet, once `plan` is stored beside the check-ins it had, writes a
/// backup it can read.
fn backs_up_readably(library: &Library, mut check_ins: Vec<CheckIn>, plan: &ImportPlan) -> bool {
    check_ins.extend(
        plan.settled(library, t(6.0))
            .staff
            .into_iter()
            .filter_map(|r| match r {
                StaffRecord::CheckIn(c) => Some(c),
                _ => None,
            }),
    );
    let text = backup_with_check_ins(library, &check_ins, &[], &Extras::default(), t(7.0)).unwrap();
    read_file(text.as_bytes()).is_ok()
}

#[test]
fn ratings_travel_in_backups_only_and_merge_one_per_tap() {
    use crate::domain::voice::{Rating, RatingTap};
    let (library, check_ins) = library();
    let mut bad = RatingTap::new(t(1_000.0), 60, Rating::Bad);
    bad.reason = Some("Waiting".into());
    let taps = vec![RatingTap::new(t(0.0), 60, Rating::VeryGood), bad];
    let here = Here {
        check_ins,
        ratings: taps.clone(),
        ..Here::default()
    };
    let text = backup_of(&library, &here, &Extras::default(), t(2.0)).unwrap();
    let file = read_file(text.as_bytes()).unwrap();
    assert_eq!(file.data.ratings, taps);

    // Into a tablet that already has the first tap: only the second is new.
    let already = Here {
        ratings: taps[..1].to_vec(),
        ..Here::default()
    };
    let plan = ImportPlan::merge_with(&library, &already, &Matched::default(), &file);
    let taken: Vec<&StaffRecord> = plan
        .staff_taken()
        .filter(|r| matches!(r, StaffRecord::Rating(_)))
        .collect();
    assert!(
        matches!(taken[..], [StaffRecord::Rating(r)] if r.reason.as_deref() == Some("Waiting"))
    );

    // A pack has no room for them, and a pack that carries them has them ignored.
    let mut smuggled: Value = serde_json::from_str(&text).unwrap();
    smuggled["kind"] = json!("pack");
    assert!(read_file(smuggled.to_string().as_bytes())
        .unwrap()
        .data
        .ratings
        .is_empty());
}

#[test]
fn knowledge_checks_travel_in_packs_with_their_own_questions_and_attempts_only_in_backups() {
    use crate::domain::knowledge::{
        Attempt, AttemptAnswer, Choice, KnowledgeCheck, OwnAnswer, OwnQuestion,
    };
    use crate::domain::{AttemptId, CheckQuestionId};
    let (mut library, _) = library();
    let mut check = KnowledgeCheck::new("Before the first shift", t(0.0));
    check.own.push(OwnQuestion {
        id: CheckQuestionId::random(),
        text: "What do we offer a guest who waited?".into(),
        answer: OwnAnswer::SingleChoice {
            options: vec![
                Choice {
                    text: "A coffee on the house".into(),
                    right: true,
                },
                Choice {
                    text: "Nothing".into(),
                    right: false,
                },
            ],
        },
        source: None,
    });
    let attempt = Attempt {
        id: AttemptId::random(),
        check_id: check.id,
        person_id: library.staff.people[0].id,
        at: t(0.0),
        answers: vec![AttemptAnswer {
            key: format!("own/{}", check.own[0].id),
            right: Some(true),
            text: String::new(),
        }],
        pass_mark: 80,
        earlier: None,
        created: t(0.0),
        updated: t(0.0),
    };
    library.checks.push(check.clone());
    library.staff.attempts.push(attempt.clone());

    let backup = backup_with_check_ins(&library, &[], &[], &Extras::default(), t(1.0)).unwrap();
    let read = read_file(backup.as_bytes()).unwrap();
    assert_eq!(read.data.checks, vec![check.clone()]);
    assert_eq!(read.data.attempts, vec![attempt]);

    let picked = PackSelection {
        checks: [check.id].into(),
        ..PackSelection::default()
    };
    let text = pack(&library, &picked, t(1.0)).unwrap();
    assert!(!text.contains("\"attempts\""), "attempts are personal");
    assert_eq!(read_file(text.as_bytes()).unwrap().data.checks, vec![check]);

    // A question with two right answers is refused at its place.
    let problem = refused(|data| {
        data["checks"] = json!([{
            "id": "6b1e0c6a-2f0d-4c1e-9a02-0000000000aa",
            "title": "Check", "kinds": ["own"], "count": 5, "pass_mark": 80, "reveal": "at_end",
            "own": [{"id": "6b1e0c6a-2f0d-4c1e-9a02-0000000000ab", "text": "Which?",
                "answer": {"single_choice": {"options": [
                    {"text": "A", "right": true}, {"text": "B", "right": true}]}}}],
            "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"
        }]);
    });
    assert_eq!(
        problem,
        invalid("checks[0].own[0].answer", Problem::OneRightChoice)
    );
}

/// A backup of `library` with these check-ins and customers' ratings, read back.
fn backup_read(
    library: &Library,
    check_ins: &[CheckIn],
    ratings: &[crate::domain::voice::RatingTap],
) -> crate::domain::file::ImportFile {
    let here = Here {
        check_ins: check_ins.to_vec(),
        ratings: ratings.to_vec(),
        ..Here::default()
    };
    let text = backup_of(library, &here, &Extras::default(), t(1.0)).unwrap();
    read_file(text.as_bytes()).unwrap()
}

#[test]
fn check_ins_whose_goal_went_meanwhile_are_left_out_and_counted_the_rest_kept_as_they_came() {
    use crate::domain::voice::{Rating, RatingTap};
    let (library, check_ins) = library();
    let taps = vec![RatingTap::new(t(0.0), 60, Rating::VeryGood)];
    // Another tablet's backup read here, where none of its check-ins or ratings are yet.
    let plan = ImportPlan::merge(
        &library,
        &Matched::default(),
        &backup_read(&library, &check_ins, &taps),
    );
    let leaves = |settled: &Settled| -> (Vec<CheckIn>, Vec<RatingTap>) {
        let mut found = (Vec::new(), Vec::new());
        for record in &settled.staff {
            match record {
                StaffRecord::CheckIn(c) => found.0.push(c.clone()),
                StaffRecord::Rating(r) => found.1.push(r.clone()),
                _ => {}
            }
        }
        found
    };
    let whole = plan.settled(&library, t(6.0));
    assert_eq!(
        leaves(&whole),
        (check_ins.clone(), taps.clone()),
        "taken unchanged, in order"
    );
    assert_eq!(whole.left_out.records, 0);

    // Kari is deleted here between the preview and the import: her goal goes with her
    // when links are resolved, and its check-ins with it.
    let kari = library.staff.people[0].id;
    let her_goal = library.staff.goals[0].id;
    assert_eq!(library.staff.goals[0].owner, Owner::Person(kari));
    let mut meanwhile = library.clone();
    meanwhile.staff.people.retain(|p| p.id != kari);
    let of_her_goal = check_ins.iter().filter(|c| c.goal_id == her_goal).count();
    assert!(
        of_her_goal > 0 && of_her_goal < check_ins.len(),
        "the fixture logs two goals"
    );
    // What else of hers resolving leaves out (her goal, her reflection…): the same file
    // without check-ins says.
    let without = ImportPlan::merge(
        &library,
        &Matched::default(),
        &backup_read(&library, &[], &[]),
    );
    let hers = without.settled(&meanwhile, t(6.0)).left_out.records;
    assert!(hers >= 1, "her goal at least");

    let settled = plan.settled(&meanwhile, t(6.0));
    let kept: Vec<CheckIn> = check_ins
        .iter()
        .filter(|c| c.goal_id != her_goal)
        .cloned()
        .collect();
    assert_eq!(leaves(&settled), (kept, taps), "the ratings stay");
    assert_eq!(settled.left_out.records, hers + of_her_goal);
}
