//! Questions from a small business's content: authority limits asked at, below and just
//! above; scripts put in order and recognised by their first line; drawing without
//! repeats; scoring against the pass mark; and a retake of only what was wrong.

use super::check::retake;
use super::generate::generated;
use super::*;
use crate::domain::authority::{AuthorityRule, Role};
use crate::domain::money::{Currency, Money};
use crate::domain::script::ScriptKind;
use crate::domain::values::CoreValue;
use crate::domain::{
    AreaId, Channel, Library, RuleId, Script, ScriptId, Standard, StandardId, Step, Timestamp,
    ValueId,
};
use std::collections::BTreeSet;

fn t() -> Timestamp {
    Timestamp::from_unix_millis(0.0)
}

fn script(title: &str, first: &str, steps: usize) -> Script {
    Script {
        id: ScriptId::random(),
        title: title.into(),
        situation: format!("When {title}"),
        channel: Channel::InPerson,
        kind: ScriptKind::Ordinary,
        steps: (0..steps)
            .map(|i| Step {
                say: if i == 0 { first.into() } else { String::new() },
                act: format!("Step {i}"),
                ..Step::default()
            })
            .collect(),
        standard_ids: Vec::new(),
        value_ids: Vec::new(),
        tags: Vec::new(),
        practice: false,
        pinned: false,
        created: t(),
        updated: t(),
    }
}

fn standard(area: AreaId, title: &str) -> Standard {
    Standard {
        id: StandardId::random(),
        area_id: area,
        title: title.into(),
        why: String::new(),
        dos: vec![format!("{title}, done well")],
        donts: Vec::new(),
        measured_by: String::new(),
        tags: Vec::new(),
        value_ids: Vec::new(),
        order: 0,
        created: t(),
        updated: t(),
    }
}

fn value(name: &str) -> CoreValue {
    CoreValue {
        id: ValueId::random(),
        name: name.into(),
        meaning: String::new(),
        looks_like: vec![format!("{name} in action")],
        not_like: Vec::new(),
        order: 0,
        created: t(),
        updated: t(),
    }
}

fn library() -> Library {
    let roles = Role::starters(t());
    let refund = AuthorityRule {
        id: RuleId::random(),
        situation: "A complaint about a product".into(),
        role_id: roles[1].id,
        may: "Give the money back".into(),
        limit: Some(Money {
            minor: 50_000,
            currency: Currency::Nok,
        }),
        ask_first: false,
        notes: String::new(),
        created: t(),
        updated: t(),
    };
    let (a, b) = (AreaId::random(), AreaId::random());
    Library {
        roles,
        rules: vec![refund],
        scripts: vec![
            script("a guest waits", "Thank you for waiting", 3),
            script("the phone rings", "Good morning, Kafé Fjord", 4),
            script("a guest leaves", "Welcome back", 2),
        ],
        standards: vec![
            standard(a, "Greet"),
            standard(a, "Smile"),
            standard(b, "Clean"),
        ],
        values: vec![value("Warmth"), value("Care"), value("Pride")],
        ..Library::default()
    }
}

fn all_kinds() -> Vec<QuestionKind> {
    QuestionKind::ALL.to_vec()
}

fn authority_truth(lib: &Library, role: usize, kroner: i64) -> Option<bool> {
    let id = lib.roles[role].id;
    generated(lib, &[QuestionKind::Authority], &[], &mut Shuffle::new(1))
        .into_iter()
        .find_map(|q| match (&q.prompt, &q.right) {
            (Prompt::Authority { role, amount, .. }, Right::YesNo(yes))
                if *role == id && amount.minor == kroner * 100 =>
            {
                Some(*yes)
            }
            _ => None,
        })
}

#[test]
fn authority_is_asked_at_the_limit_below_it_and_just_above_it() {
    let lib = library();
    assert_eq!(authority_truth(&lib, 1, 500), Some(true), "at the limit");
    assert_eq!(authority_truth(&lib, 1, 250), Some(true), "below");
    assert_eq!(authority_truth(&lib, 1, 550), Some(false), "just above");
    assert_eq!(
        authority_truth(&lib, 0, 250),
        Some(false),
        "the role below has no such right"
    );
    // A limit of a few kroner is still asked one krone above.
    let mut small = library();
    small.rules[0].limit = Some(Money {
        minor: 500,
        currency: Currency::Nok,
    });
    assert_eq!(authority_truth(&small, 1, 6), Some(false));
    // "Ask first" and rules without a limit give no amount to ask about.
    let mut ask = library();
    ask.rules[0].ask_first = true;
    assert!(generated(&ask, &[QuestionKind::Authority], &[], &mut Shuffle::new(1)).is_empty());
}

#[test]
fn scripts_are_put_in_order_and_known_by_their_first_line() {
    let lib = library();
    let questions = generated(
        &lib,
        &[QuestionKind::ScriptOrder, QuestionKind::FirstLine],
        &[],
        &mut Shuffle::new(3),
    );
    let orders: Vec<&Question> = questions
        .iter()
        .filter(|q| q.kind == QuestionKind::ScriptOrder)
        .collect();
    assert_eq!(orders.len(), 2, "a two-step script is too short to order");
    for q in orders {
        let (Prompt::ScriptOrder { shown, .. }, Right::Order(right)) = (&q.prompt, &q.right) else {
            panic!("an order question");
        };
        assert_ne!(shown, right, "never offered already in order");
        let mut sorted = shown.clone();
        sorted.sort();
        assert_eq!(&sorted, right);
    }
    let firsts: Vec<&Question> = questions
        .iter()
        .filter(|q| q.kind == QuestionKind::FirstLine)
        .collect();
    assert_eq!(firsts.len(), 3);
    for q in firsts {
        let (Prompt::FirstLine { script, choices }, Right::Choice(at)) = (&q.prompt, &q.right)
        else {
            panic!("a first-line question");
        };
        assert_eq!(choices.len(), 3);
        assert_eq!(choices[*at], *script);
        let unique: BTreeSet<_> = choices.iter().collect();
        assert_eq!(unique.len(), 3);
    }
}

#[test]
fn a_changed_script_changes_its_question() {
    let mut lib = library();
    let key = |lib: &Library| {
        generated(lib, &[QuestionKind::ScriptOrder], &[], &mut Shuffle::new(5))
            .into_iter()
            .map(|q| match q.right {
                Right::Order(r) => r.len(),
                _ => 0,
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(key(&lib), vec![3, 4]);
    lib.scripts[0].steps.push(Step {
        act: "Offer a glass of water".into(),
        ..Step::default()
    });
    assert_eq!(key(&lib), vec![4, 4], "the new step is asked at once");
}

#[test]
fn standards_and_values_are_chosen_among_others_and_areas_narrow_the_standards() {
    let lib = library();
    let area = lib.standards[0].area_id;
    let fits = generated(
        &lib,
        &[QuestionKind::StandardFits],
        &[area],
        &mut Shuffle::new(9),
    );
    assert_eq!(fits.len(), 2, "the other area's standard is not asked");
    for q in &fits {
        let (
            Prompt::StandardFits {
                standard, choices, ..
            },
            Right::Choice(at),
        ) = (&q.prompt, &q.right)
        else {
            panic!("a standard question");
        };
        assert_eq!(choices[*at], *standard);
    }
    let values = generated(&lib, &[QuestionKind::ValueShown], &[], &mut Shuffle::new(9));
    assert_eq!(values.len(), 3);
}

#[test]
fn a_check_draws_without_repeats_and_refuses_what_cannot_be_drawn() {
    let lib = library();
    let setup = CheckSetup {
        count: 5,
        ..CheckSetup::default()
    };
    let pool = generated(&lib, &all_kinds(), &[], &mut Shuffle::new(11));
    assert!(pool.len() > 5);
    assert_eq!(setup.check(&pool), Ok(()));
    let drawn = setup.draw(pool.clone(), &mut Shuffle::new(12));
    let keys: BTreeSet<_> = drawn.iter().map(|q| q.key.clone()).collect();
    assert_eq!((drawn.len(), keys.len()), (5, 5));
    let everything = CheckSetup {
        count: 1000,
        ..CheckSetup::default()
    };
    assert_eq!(
        everything.draw(pool.clone(), &mut Shuffle::new(12)).len(),
        pool.len()
    );

    use crate::domain::validation::{Field, Problem};
    let bad = CheckSetup {
        pass_mark: 0,
        ..CheckSetup::default()
    };
    let errors = bad.check(&pool).unwrap_err();
    assert_eq!(
        errors.for_field(Field::PassMark),
        Some(&Problem::OutsidePercent)
    );
    let nothing = generated(&Library::default(), &all_kinds(), &[], &mut Shuffle::new(1));
    let errors = CheckSetup::default().check(&nothing).unwrap_err();
    assert_eq!(
        errors.for_field(Field::QuestionCount),
        Some(&Problem::NothingToDraw)
    );
}

#[test]
fn a_sitting_scores_each_answer_once_and_a_retake_asks_only_the_wrong_ones() {
    let lib = library();
    let pool = generated(&lib, &[QuestionKind::Authority], &[], &mut Shuffle::new(2));
    assert_eq!(pool.len(), 4);
    let mut sitting = Sitting::new(pool.clone());
    let right_of = |q: &Question| match q.right {
        Right::YesNo(yes) => yes,
        _ => unreachable!(),
    };
    // Three right, the last one wrong; a double tap on the first counts once.
    assert!(sitting.answer(0, Given::YesNo(right_of(&pool[0]))));
    assert!(
        !sitting.answer(0, Given::YesNo(!right_of(&pool[0]))),
        "a double tap"
    );
    assert!(sitting.answer(1, Given::YesNo(right_of(&pool[1]))));
    assert!(sitting.answer(2, Given::YesNo(right_of(&pool[2]))));
    assert_eq!(sitting.passed(80), None, "not finished");
    assert!(sitting.answer(3, Given::YesNo(!right_of(&pool[3]))));
    assert!(sitting.finished());
    let score = sitting.score();
    assert_eq!((score.right, score.wrong, score.percent), (3, 1, 75));
    assert_eq!(sitting.passed(80), Some(false));
    assert_eq!(sitting.passed(75), Some(true), "exactly at the pass mark");

    let again = retake(pool.clone(), &sitting.wrong());
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].key, pool[3].key);
    let mut second = Sitting::new(again);
    second.answer(0, Given::YesNo(right_of(&pool[3])));
    assert_eq!(second.passed(80), Some(true));
}

#[test]
fn shares_round_down_so_nearly_is_not_enough() {
    let lib = library();
    let mut pool = generated(&lib, &all_kinds(), &[], &mut Shuffle::new(4));
    pool.truncate(6);
    let mut sitting = Sitting::new(pool.clone());
    for (i, q) in pool.iter().enumerate() {
        // Wrong only on the last: 5 of 6 is 83.3 %, shown as 83.
        let given = match (&q.right, i == 5) {
            (Right::YesNo(y), wrong) => Given::YesNo(*y != wrong),
            (Right::Choice(c), false) => Given::Choice(*c),
            (Right::Choice(c), true) => Given::Choice(c + 1),
            (Right::Order(o), false) => Given::Order(o.clone()),
            (Right::Order(o), true) => Given::Order(o.iter().rev().copied().collect()),
            (Right::Marked, _) => Given::Text("Hello".into()),
        };
        sitting.answer(i, given);
    }
    assert_eq!(sitting.score().percent, 83);
    assert_eq!(sitting.passed(84), Some(false));
}

#[test]
fn questions_written_by_hand_need_one_right_choice_and_two_steps() {
    use crate::domain::validation::{Field, FieldErrors, Problem};
    use crate::domain::CheckQuestionId;
    let choice = |text: &str, right: bool| Choice {
        text: text.into(),
        right,
    };
    let question = |answer: OwnAnswer| OwnQuestion {
        id: CheckQuestionId::random(),
        text: "What do you offer a guest who waited?".into(),
        answer,
        source: None,
    };
    let problem = |q: &OwnQuestion| {
        let mut errors = FieldErrors::default();
        q.check(&mut errors, 0);
        errors.for_field(Field::OwnAnswer(0)).cloned()
    };
    let none_right = question(OwnAnswer::SingleChoice {
        options: vec![choice("Coffee", false), choice("Nothing", false)],
    });
    assert_eq!(problem(&none_right), Some(Problem::OneRightChoice));
    let two_right = question(OwnAnswer::SingleChoice {
        options: vec![choice("Coffee", true), choice("Tea", true)],
    });
    assert_eq!(problem(&two_right), Some(Problem::OneRightChoice));
    let one_step = question(OwnAnswer::Order {
        steps: vec!["Greet".into()],
    });
    assert_eq!(problem(&one_step), Some(Problem::TooFewChoices));
    let good = question(OwnAnswer::SingleChoice {
        options: vec![
            choice("Coffee", false),
            choice("An apology and a coffee", true),
        ],
    });
    assert_eq!(problem(&good), None);
    assert_eq!(good.question().right, Right::Choice(1));
    assert_eq!(
        question(OwnAnswer::FreeText {
            model: "Sorry".into()
        })
        .question()
        .right,
        Right::Marked
    );
    // Linked to a standard that is gone: flagged, still asked.
    let mut linked = good.clone();
    linked.source = Some(Source::Standard(StandardId::random()));
    assert!(linked.source_missing(&library()));
    assert!(!good.source_missing(&library()));
}

#[test]
fn a_retake_is_scored_with_what_was_right_before() {
    use crate::domain::{AttemptId, CheckId, PersonId};
    let answer = |right: Option<bool>| AttemptAnswer {
        key: format!("k{}", right.is_some()),
        right,
        text: String::new(),
    };
    let mut first = Attempt {
        id: AttemptId::random(),
        check_id: CheckId::random(),
        person_id: PersonId::random(),
        at: t(),
        answers: vec![answer(Some(true)); 7]
            .into_iter()
            .chain(vec![answer(Some(false)); 3])
            .collect(),
        pass_mark: 80,
        earlier: None,
        created: t(),
        updated: t(),
    };
    assert_eq!((first.percent(), first.passed()), (70, Some(false)));
    let retake = Attempt {
        answers: vec![answer(Some(true)), answer(Some(true)), answer(Some(false))],
        earlier: Some(Earlier {
            right: 7,
            total: 10,
        }),
        ..first.clone()
    };
    assert_eq!((retake.percent(), retake.passed()), (90, Some(true)));
    first.answers.push(answer(None));
    assert_eq!(first.passed(), None, "free text waits for the manager");
}

#[test]
fn escalating_limits_ask_each_question_once_and_ask_first_wins() {
    let mut lib = library();
    // The shift lead may give the same back up to 1,000 kr.
    let mut lead = lib.rules[0].clone();
    lead.id = RuleId::random();
    lead.role_id = lib.roles[2].id;
    lead.limit = Some(Money {
        minor: 100_000,
        currency: Currency::Nok,
    });
    lib.rules.push(lead);
    let questions = generated(&lib, &[QuestionKind::Authority], &[], &mut Shuffle::new(1));
    let keys: BTreeSet<_> = questions.iter().map(|q| q.key.clone()).collect();
    assert_eq!(keys.len(), questions.len(), "no question twice");
    // The lead's "half of it, for the role below" (staff, 500) is staff's "at the limit".
    assert_eq!(authority_truth(&lib, 1, 500), Some(true));
    assert_eq!(authority_truth(&lib, 2, 1000), Some(true));
    assert_eq!(authority_truth(&lib, 2, 1100), Some(false));

    // Staff also has "ask first" for the same thing: asking wins.
    let mut ask = lib.rules[0].clone();
    ask.id = RuleId::random();
    ask.limit = None;
    ask.ask_first = true;
    lib.rules.push(ask);
    assert_eq!(authority_truth(&lib, 1, 250), Some(false));
}

#[test]
fn numbers_out_of_range_say_the_range() {
    use crate::domain::validation::{Field, Problem};
    let check = KnowledgeCheck::new("First shift", t());
    let errors = check.typed("0", "80", "200").unwrap_err();
    assert_eq!(
        errors.for_field(Field::QuestionCount),
        Some(&Problem::Range { min: 1, max: 1000 })
    );
    assert_eq!(
        errors.for_field(Field::RefresherMonths),
        Some(&Problem::Range { min: 1, max: 120 })
    );
    let ok = check.typed("5", "90", "").unwrap();
    assert_eq!((ok.count, ok.pass_mark, ok.refresher_months), (5, 90, None));
}
