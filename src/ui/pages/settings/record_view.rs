//! One record of any kind as a few labelled lines, for comparing two copies side by side.

use crate::domain::file::merge::{Record, StaffRecord};
use crate::domain::{PersonId, RoleId};
use crate::text::staff::target;
use crate::text::{area_name, channel, date, money, role_name, tr, Msg};
use yew::prelude::*;

/// Labelled lines of a record, as [`RecordView`] shows them.
pub type Lines = Vec<(Msg<'static>, String)>;

/// A name people recognise the record by.
pub fn record_title(record: &Record) -> String {
    match record {
        Record::Profile(_) => tr(Msg::BusinessProfile),
        Record::Area(a) => area_name(a),
        Record::Standard(s) => s.title.clone(),
        Record::Script(s) => s.title.clone(),
        Record::Value(v) => v.name.clone(),
        Record::Role(r) => role_name(r),
        Record::Rule(r) => r.situation.clone(),
        Record::Checklist(c) => c.title.clone(),
        Record::Check(c) => c.title.clone(),
    }
}

/// The lines of a standard, script, value and the rest.
pub fn lines(record: &Record) -> Lines {
    let list = |items: &[String]| items.join(" · ");
    match record {
        Record::Profile(p) => vec![
            (Msg::Vision, p.vision.clone()),
            (Msg::Slogan, p.slogan.clone()),
            (Msg::Promises, list(&p.promises)),
            (
                Msg::BusinessCurrency,
                p.currency.map(|c| c.code().to_string()).unwrap_or_default(),
            ),
        ],
        Record::Area(a) => vec![(Msg::Title, area_name(a))],
        Record::Standard(s) => vec![
            (Msg::Title, s.title.clone()),
            (Msg::WhyItMatters, s.why.clone()),
            (Msg::Do, list(&s.dos)),
            (Msg::Dont, list(&s.donts)),
            (Msg::HowMeasured, s.measured_by.clone()),
            (Msg::Tags, list(&s.tags)),
        ],
        Record::Script(s) => {
            let steps: Vec<String> = s
                .steps
                .iter()
                .map(|st| {
                    if st.say.is_empty() {
                        st.act.clone()
                    } else {
                        st.say.clone()
                    }
                })
                .collect();
            vec![
                (Msg::Title, s.title.clone()),
                (Msg::Situation, s.situation.clone()),
                (Msg::ChannelLabel, channel(s.channel)),
                (Msg::Steps, list(&steps)),
            ]
        }
        Record::Value(v) => vec![
            (Msg::ValueName, v.name.clone()),
            (Msg::Meaning, v.meaning.clone()),
            (Msg::LooksLike, list(&v.looks_like)),
        ],
        Record::Role(r) => vec![(Msg::RoleLabel, role_name(r))],
        Record::Rule(r) => vec![
            (Msg::Situation, r.situation.clone()),
            if r.ask_first {
                (Msg::RuleAsksAbout, r.may.clone())
            } else {
                (Msg::RuleMay, r.may.clone())
            },
            (Msg::Limit, r.limit.map(money).unwrap_or_default()),
            (Msg::Notes, r.notes.clone()),
        ],
        Record::Checklist(c) => vec![
            (Msg::ChecklistName, c.title.clone()),
            (Msg::ChannelLabel, channel(c.channel)),
            (Msg::PassMarkLabel, c.pass_mark.to_string()),
            (
                Msg::ChecklistsHeading,
                list(&c.items().map(|i| i.text.clone()).collect::<Vec<_>>()),
            ),
        ],
        Record::Check(c) => vec![
            (Msg::Title, c.title.clone()),
            (Msg::QuestionCountLabel, c.count.to_string()),
            (Msg::PassMarkLabel, c.pass_mark.to_string()),
            (
                Msg::QuestionText,
                list(&c.own.iter().map(|q| q.text.clone()).collect::<Vec<_>>()),
            ),
        ],
    }
}

/// People's names and roles' names, from the tablet and the file.
pub struct Names<'a> {
    pub person: &'a dyn Fn(PersonId) -> String,
    pub role: &'a dyn Fn(RoleId) -> String,
    /// A standard's or a story's title, for a meeting's choices.
    pub standard: &'a dyn Fn(crate::domain::StandardId) -> String,
    pub story: &'a dyn Fn(crate::domain::StoryId) -> String,
}

/// A name people recognise a staff record by (check-ins are never compared one by one).
pub fn staff_title(record: &StaffRecord, names: &Names) -> String {
    match record {
        StaffRecord::Question(q) => q.text.clone(),
        StaffRecord::Person(p) => p.name.clone(),
        StaffRecord::Goal(g) => g.title.clone(),
        StaffRecord::CheckIn(c) => date(c.date.date()),
        StaffRecord::Conversation(c) => tr(Msg::ConversationOn {
            date: &date(c.date.date()),
        }),
        StaffRecord::Reflection(r) => format!(
            "{} · {} · {}",
            tr(Msg::ReflectionHeading),
            (names.person)(r.person_id),
            date(r.date.date())
        ),
        StaffRecord::Praise(p) => {
            format!("{} · {}", tr(Msg::PraiseTo), (names.person)(p.to_person_id))
        }
        StaffRecord::Visit(v) => format!("{} · {}", v.title, date(v.date.date())),
        StaffRecord::Rating(r) => format!(
            "{} · {}",
            tr(Msg::CounterRating),
            date(crate::clock::local_day(r.at).date())
        ),
        StaffRecord::Complaint(c) => {
            format!(
                "{} · {}",
                tr(Msg::ComplaintHeading),
                date(crate::clock::local_day(c.at).date())
            )
        }
        StaffRecord::Attempt(a) => format!(
            "{} · {} · {}",
            tr(Msg::KnowledgeCheckHeading),
            (names.person)(a.person_id),
            date(crate::clock::local_day(a.at).date())
        ),
        StaffRecord::Meeting(m) => format!(
            "{} · {}",
            tr(Msg::ServiceMeetingHeading),
            crate::text::drip::week(m.week)
        ),
        StaffRecord::Story(s) => format!("{} · {}", tr(Msg::ServiceStoryHeading), s.title),
        StaffRecord::BingoCard(c) => format!(
            "{} · {}",
            tr(Msg::ServiceBingoHeading),
            crate::text::drip::week(c.week)
        ),
        StaffRecord::BingoTick(t) => format!(
            "{} · {} · {}",
            tr(Msg::ServiceBingoHeading),
            crate::text::drip::week(t.week),
            tr(Msg::BingoSquareNumber {
                n: usize::from(t.square) + 1
            })
        ),
    }
}

/// The lines of a person, goal, conversation, reflection, praise or question.
pub fn staff_lines(record: &StaffRecord, names: &Names) -> Lines {
    let people = |ids: &[PersonId]| {
        ids.iter()
            .map(|id| (names.person)(*id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match record {
        StaffRecord::Question(q) => vec![(Msg::QuestionText, q.text.clone())],
        StaffRecord::Person(p) => vec![
            (Msg::PersonName, p.name.clone()),
            (Msg::RoleLabel, (names.role)(p.role_id)),
            (Msg::Started, date(p.started.date())),
        ],
        StaffRecord::Goal(g) => vec![(Msg::GoalTitle, g.title.clone()), (Msg::Target, target(g))],
        StaffRecord::CheckIn(c) => vec![
            (Msg::CheckInDate, date(c.date.date())),
            (Msg::Notes, c.note.clone()),
        ],
        StaffRecord::Conversation(c) => {
            std::iter::once((Msg::Participants, people(&c.participant_ids)))
                .chain(c.entries.iter().map(|e| match e.about {
                    None => (Msg::Notes, format!("{}: {}", e.question, e.notes)),
                    // Which of two versions is private must show before choosing.
                    Some(about) => {
                        let only = tr(Msg::NoteOnlyAbout {
                            name: &(names.person)(about),
                        });
                        (Msg::Notes, format!("{} [{only}]: {}", e.question, e.notes))
                    }
                }))
                .collect()
        }
        StaffRecord::Reflection(r) => vec![
            (Msg::WentWell, r.went_well.clone()),
            (Msg::WentBadly, r.went_badly.clone()),
            (Msg::NotAsPlanned, r.not_as_planned.clone()),
            (Msg::DoDifferently, r.do_differently.clone()),
        ],
        StaffRecord::Praise(p) => vec![
            (Msg::PraiseTo, (names.person)(p.to_person_id)),
            (Msg::PraiseWhat, p.what.clone()),
            (
                Msg::PraiseFrom,
                p.from_person_id.map(names.person).unwrap_or_default(),
            ),
        ],
        StaffRecord::Visit(v) => std::iter::once((
            Msg::ResultHeading,
            crate::text::visits::share(v.score().total),
        ))
        .chain(v.items().map(|i| {
            let answer = i
                .answer
                .map(crate::text::visits::answer)
                .unwrap_or_default();
            (Msg::ItemText, format!("{}: {answer}", i.item.text))
        }))
        .collect(),
        StaffRecord::Rating(r) => vec![
            (Msg::RatingScale, crate::text::voice::rating(r.rating)),
            (Msg::ReasonsGiven, r.reason.clone().unwrap_or_default()),
        ],
        StaffRecord::Complaint(c) => vec![
            (Msg::ComplaintSaidLabel, c.said.clone()),
            (
                Msg::CompensationLabel,
                c.compensation.map(money).unwrap_or_default(),
            ),
        ],
        StaffRecord::Attempt(a) => vec![(
            Msg::ResultHeading,
            tr(Msg::PercentValue {
                percent: i64::from(a.percent()),
            }),
        )],
        StaffRecord::Meeting(m) => [
            (
                Msg::FocusStandardLabel,
                m.focus_standard_id.map(names.standard).unwrap_or_default(),
            ),
            (
                Msg::StoryOfTheWeek,
                m.story_id.map(names.story).unwrap_or_default(),
            ),
        ]
        .into_iter()
        .chain(
            crate::domain::drip::Prompt::ALL
                .iter()
                .map(|p| (crate::text::drip::prompt(*p), m.note(*p).to_string())),
        )
        .collect(),
        StaffRecord::Story(s) => vec![
            (Msg::StoryTitleLabel, s.title.clone()),
            (Msg::StoryTextLabel, s.text.clone()),
        ],
        StaffRecord::BingoCard(c) => c
            .squares
            .iter()
            .enumerate()
            .map(|(i, sq)| (Msg::BingoSquareNumber { n: i + 1 }, sq.text.clone()))
            .collect(),
        StaffRecord::BingoTick(t) => vec![(
            Msg::BingoSquareNumber {
                n: usize::from(t.square) + 1,
            },
            tr(if t.ticked {
                Msg::SquareTicked
            } else {
                Msg::SquareUnticked
            }),
        )],
    }
}

#[derive(Properties, PartialEq)]
pub struct RecordViewProps {
    pub lines: Lines,
    /// The other copy's lines: where a field differs from it, it is marked.
    #[prop_or_default]
    pub other: Lines,
}

/// The record's fields as a definition list; empty fields are left out, and fields
/// that differ from the other copy are marked, so two long copies compare at a glance.
#[component(RecordView)]
pub fn record_view(props: &RecordViewProps) -> Html {
    let differs = |label: &Msg<'static>, text: &String| {
        !props.other.is_empty()
            && props
                .other
                .iter()
                .find(|(l, _)| l == label)
                .is_none_or(|(_, t)| t != text)
    };
    html! {
        <dl class="record-view">
            { for props.lines.iter().filter(|(_, text)| !text.is_empty()).map(|(label, text)| html! {
                <>
                    <dt>{ tr(*label) }</dt>
                    if differs(label, text) {
                        <dd class="long-text differs"><mark>{ text.clone() }</mark></dd>
                    } else {
                        <dd class="long-text">{ text.clone() }</dd>
                    }
                </>
            }) }
        </dl>
    }
}
