//! The service drip's records in files: backups carry meetings, stories and bingo
//! whole; packs never do; a tick made on two tablets merges into one; a bad record is
//! refused at its place.

use super::extras::Extras;
use super::merge::{Here, ImportPlan, Matched, StaffRecord};
use super::read_file;
use super::staff_tests::{invalid, library, read_with, refused};
use super::write::{backup_with_check_ins, pack, PackSelection};
use crate::domain::drip::{
    BingoCard, BingoTick, Meeting, Prompt, Square, Story, StorySource, Week,
};
use crate::domain::staff::fixtures::{day, t};
use crate::domain::staff::Staff;
use crate::domain::validation::Problem;
use crate::domain::{PersonId, PraiseId, StoryId};
use serde_json::json;

fn week() -> Week {
    Week::of(day("2026-11-30"))
}

/// A week of the drip: a meeting that tells a story naming `person`, a card, a tick.
pub(crate) fn drip_staff(person: PersonId) -> Staff {
    let story = Story {
        id: StoryId::random(),
        date: day("2026-11-27"),
        title: "The forgotten scarf".into(),
        text: "Ran after the guest to the bus stop.".into(),
        value_id: None,
        person_id: Some(person),
        from: Some(StorySource::Praise(PraiseId::random())),
        created: t(0.0),
        updated: t(0.0),
    };
    let mut meeting =
        Meeting::new(week(), t(0.0)).with_note(Prompt::WentWell, "The tour group", t(0.0));
    meeting.story_id = Some(story.id);
    let squares = (0..16)
        .map(|i| Square {
            text: format!("Little extra {i}"),
            standard_id: None,
        })
        .collect();
    let card = BingoCard::new(week(), squares, t(0.0)).unwrap();
    let tick = BingoTick::set(week(), 5, true, Some(person), None, t(0.0));
    Staff {
        meetings: vec![meeting],
        stories: vec![story],
        bingo_cards: vec![card],
        bingo_ticks: vec![tick],
        ..Staff::default()
    }
}

#[test]
fn a_backup_carries_the_drip_and_reads_it_back_the_same_and_a_pack_never_does() {
    let (library, check_ins) = library();
    let text =
        backup_with_check_ins(&library, &check_ins, &[], &Extras::default(), t(1.0)).unwrap();
    let file = read_file(text.as_bytes()).unwrap();
    let (d, s) = (&file.data, &library.staff);
    assert_eq!(d.meetings, s.meetings);
    assert_eq!(d.stories, s.stories);
    assert_eq!(d.bingo_cards, s.bingo_cards);
    assert_eq!(d.bingo_ticks, s.bingo_ticks);
    assert!(
        text.contains("\"week\":\"2026-11-30\""),
        "a week is its Monday"
    );
    assert!(!d.stories.is_empty() && !d.bingo_ticks.is_empty());

    let picked = PackSelection {
        questions: [library.staff.questions[0].id].into(),
        ..PackSelection::default()
    };
    let shared = pack(&library, &picked, t(1.0)).unwrap();
    for section in ["meetings", "stories", "bingo"] {
        assert!(!shared.contains(section), "a pack has no {section}");
    }
    let mut smuggled: serde_json::Value = serde_json::from_str(&text).unwrap();
    smuggled["kind"] = json!("pack");
    let read = read_file(smuggled.to_string().as_bytes()).unwrap();
    assert!(read.data.stories.is_empty() && read.data.bingo_ticks.is_empty());
}

#[test]
fn a_square_ticked_on_two_tablets_merges_into_one_tick() {
    let (mut library, check_ins) = library();
    let ola = PersonId::random();
    // This tablet ticked square 5 too, a little later, and square 6.
    let mine = BingoTick::set(week(), 5, true, Some(ola), None, t(5.0));
    let other = BingoTick::set(week(), 6, true, None, None, t(5.0));
    let theirs = library.staff.bingo_ticks.clone();
    library.staff.bingo_ticks = vec![mine.clone(), other.clone()];
    let text = {
        let mut them = library.clone();
        them.staff.bingo_ticks = theirs;
        backup_with_check_ins(&them, &check_ins, &[], &Extras::default(), t(6.0)).unwrap()
    };
    let file = read_file(text.as_bytes()).unwrap();
    let plan = ImportPlan::merge_with(&library, &Here::default(), &Matched::default(), &file);
    let ticks_taken = plan
        .staff_taken()
        .filter(|r| matches!(r, StaffRecord::BingoTick(_)))
        .count();
    assert_eq!(
        ticks_taken, 0,
        "the square is ticked here already: the newer tick stays"
    );
    let mut after = library.clone();
    after.with_bingo_ticks_saved(
        plan.staff_taken()
            .filter_map(|r| match r {
                StaffRecord::BingoTick(t) => Some(t.clone()),
                _ => None,
            })
            .collect(),
    );
    assert_eq!(
        after.staff.bingo_ticks,
        vec![mine, other],
        "one tick for square 5, one for 6"
    );

    // The other way round, the file's tick is the newer: it replaces this one, still one.
    let mut older_here = library.clone();
    older_here.staff.bingo_ticks = vec![BingoTick::set(week(), 5, true, Some(ola), None, t(-1.0))];
    let plan = ImportPlan::merge_with(&older_here, &Here::default(), &Matched::default(), &file);
    let taken: Vec<&StaffRecord> = plan
        .staff_taken()
        .filter(|r| matches!(r, StaffRecord::BingoTick(_)))
        .collect();
    assert_eq!(taken.len(), 1);
    older_here.with_bingo_ticks_saved(vec![match taken[0] {
        StaffRecord::BingoTick(t) => t.clone(),
        _ => unreachable!(),
    }]);
    assert_eq!(older_here.staff.bingo_ticks.len(), 1);
}

#[test]
fn drip_records_that_break_a_rule_are_refused_at_their_place() {
    assert_eq!(
        refused(|d| d["bingo_cards"][0]["squares"][3]["text"] = json!("  ")),
        invalid("bingo_cards[0].squares[3].text", Problem::Required)
    );
    assert_eq!(
        refused(|d| {
            d["bingo_cards"][0]["squares"].as_array_mut().unwrap().pop();
        }),
        invalid(
            "bingo_cards[0].squares",
            Problem::Range { min: 16, max: 16 }
        )
    );
    assert_eq!(
        refused(|d| d["bingo_ticks"][0]["square"] = json!(16)),
        invalid("bingo_ticks[0].square", Problem::Range { min: 0, max: 15 })
    );
    assert_eq!(
        refused(|d| d["stories"][0]["title"] = json!("")),
        invalid("stories[0].title", Problem::Required)
    );
    assert!(matches!(
        refused(|d| d["meetings"][0]["notes"][0]["prompt"] = json!("gossip")),
        super::problem::FileProblem::WrongType { place, .. } | super::problem::FileProblem::Invalid { place, .. }
            if place.starts_with("meetings[0].notes[0].prompt")
    ));
}

#[test]
fn a_story_about_someone_the_file_lacks_keeps_its_words_without_the_name_and_other_links_stay() {
    let file = read_with(|d| {
        d["stories"][0]["person_id"] = json!(PersonId::random().to_string());
        d["meetings"][0]["story_id"] = json!(StoryId::random().to_string());
    });
    assert_eq!(file.data.stories.len(), 1);
    assert_eq!(file.data.stories[0].person_id, None);
    assert_eq!(file.data.stories[0].title, "The forgotten scarf");
    assert!(
        file.data.meetings[0].story_id.is_some(),
        "a meeting keeps its link to a story since deleted; the page shows none"
    );
    assert_eq!(file.left_out.links, 1);
}

#[test]
fn a_weeks_meeting_written_on_two_tablets_is_a_conflict_to_choose_not_an_update() {
    use super::merge::Status;
    let (library, check_ins) = library();
    // The other tablet opened the same week's meeting later and wrote another note.
    let mut theirs = library.clone();
    let mut other =
        Meeting::new(week(), t(3.0)).with_note(Prompt::WentBadly, "The queue at noon", t(4.0));
    other.story_id = None;
    theirs.staff.meetings = vec![other.clone()];
    let text = backup_with_check_ins(&theirs, &check_ins, &[], &Extras::default(), t(5.0)).unwrap();
    let file = read_file(text.as_bytes()).unwrap();
    let plan = ImportPlan::merge_with(&library, &Here::default(), &Matched::default(), &file);
    let item = plan
        .staff
        .iter()
        .find(|i| matches!(i.theirs, StaffRecord::Meeting(_)))
        .unwrap();
    assert_eq!(
        item.status,
        Status::Conflict,
        "neither copy is lost without asking"
    );
    // The same meeting changed later on one tablet is an update, as any record.
    let mut later = library.clone();
    later.staff.meetings[0] =
        later.staff.meetings[0].with_note(Prompt::OtherWays, "Offer a seat", t(9.0));
    let text = backup_with_check_ins(&later, &check_ins, &[], &Extras::default(), t(9.0)).unwrap();
    let plan = ImportPlan::merge_with(
        &library,
        &Here::default(),
        &Matched::default(),
        &read_file(text.as_bytes()).unwrap(),
    );
    let item = plan
        .staff
        .iter()
        .find(|i| matches!(i.theirs, StaffRecord::Meeting(_)))
        .unwrap();
    assert_eq!(item.status, Status::Updated);
}
