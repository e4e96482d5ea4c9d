//! Every user-visible text goes through here. Components ask for a [`Msg`]; the
//! translations (`i18n/<language>.ftl`, compiled at build time) decide the words in the
//! person's language.

pub mod drip;
pub mod ftl;
mod messages;
pub mod staff;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod translations;
pub mod visits;
pub mod voice;
pub mod words;

use crate::domain::authority::{Role, StarterRole};
use crate::domain::day::DayProblem;
use crate::domain::file::problem::{Expected, FileProblem, Found};
use crate::domain::locale::Locale;
use crate::domain::money::{AmountProblem, Currency, Money};
use crate::domain::script::{Channel, ComplaintStage};
use crate::domain::staff::quantity::ValueProblem;
use crate::domain::validation::{Field, Problem};
use crate::domain::{Area, HostParameter, StorageFailure};
use std::cell::Cell;

pub use messages::{fluent_id, Msg, CATALOG};

thread_local! {
    static LOCALE: Cell<Locale> = const { Cell::new(Locale::En) };
    static CURRENCY: Cell<Option<Currency>> = const { Cell::new(None) };
}

/// The business's chosen currency for amounts (the UI root keeps it current with the
/// profile); `None` follows the language.
pub fn set_business_currency(currency: Option<Currency>) {
    CURRENCY.with(|c| c.set(currency));
}

/// The currency amounts are written in: the business's, else the language's.
pub fn business_currency() -> Currency {
    CURRENCY
        .with(Cell::get)
        .unwrap_or_else(|| Currency::of_language(locale()))
}

/// Switches the language every following `tr` speaks. The UI root calls it and then
/// renders everything again.
pub fn set_locale(locale: Locale) {
    LOCALE.with(|l| l.set(locale));
}

/// The language the UI speaks now; amounts and dates are written in it too.
pub fn locale() -> Locale {
    LOCALE.with(Cell::get)
}

/// The words for `msg` in the person's language.
pub fn tr(msg: Msg) -> String {
    words::format(locale(), msg)
}

/// A number of bytes as people read it: "840 KB", "1.2 MB", "2.1 GB".
pub fn byte_size(bytes: f64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    let mut value = bytes.max(0.0) / 1000.0;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    if value < 10.0 && unit > 0 {
        let decimal = if locale() == Locale::En { "." } else { "," };
        format!("{value:.1} {}", UNITS[unit]).replacen('.', decimal, 1)
    } else {
        format!("{} {}", value.round(), UNITS[unit])
    }
}

/// An area's name as people see it: built-in areas speak the UI language.
pub fn area_name(area: &Area) -> String {
    match area.builtin {
        Some(parameter) => host_parameter(parameter),
        None => area.name.clone(),
    }
}

pub fn host_parameter(parameter: HostParameter) -> String {
    tr(match parameter {
        HostParameter::KnowExpectations => Msg::HostKnowExpectations,
        HostParameter::GiveALittleMore => Msg::HostGiveALittleMore,
        HostParameter::EasyToReach => Msg::HostEasyToReach,
        HostParameter::CareSelling => Msg::HostCareSelling,
        HostParameter::CleanAndTidy => Msg::HostCleanAndTidy,
        HostParameter::LastImpression => Msg::HostLastImpression,
        HostParameter::WowEffect => Msg::HostWowEffect,
    })
}

pub fn channel(channel: Channel) -> String {
    tr(match channel {
        Channel::InPerson => Msg::ChannelInPerson,
        Channel::Phone => Msg::ChannelPhone,
        Channel::Written => Msg::ChannelWritten,
        Channel::Any => Msg::ChannelAny,
    })
}

/// A complaint stage's short name, for labels and the progress line.
pub fn complaint_stage(stage: ComplaintStage) -> String {
    tr(match stage {
        ComplaintStage::Listen => Msg::StageListen,
        ComplaintStage::Apologise => Msg::StageApologise,
        ComplaintStage::FindOut => Msg::StageFindOut,
        ComplaintStage::OfferSolution => Msg::StageOfferSolution,
        ComplaintStage::Compensate => Msg::StageCompensate,
        ComplaintStage::FollowUp => Msg::StageFollowUp,
        ComplaintStage::TellImprovement => Msg::StageTellImprovement,
    })
}

/// The first words of each complaint stage: a starting point the business rewords.
pub fn complaint_stage_guidance(stage: ComplaintStage) -> String {
    tr(match stage {
        ComplaintStage::Listen => Msg::GuidanceListen,
        ComplaintStage::Apologise => Msg::GuidanceApologise,
        ComplaintStage::FindOut => Msg::GuidanceFindOut,
        ComplaintStage::OfferSolution => Msg::GuidanceOfferSolution,
        ComplaintStage::Compensate => Msg::GuidanceCompensate,
        ComplaintStage::FollowUp => Msg::GuidanceFollowUp,
        ComplaintStage::TellImprovement => Msg::GuidanceTellImprovement,
    })
}

pub fn money(amount: Money) -> String {
    amount.format(locale())
}

/// A calendar date as the person's language writes it.
pub fn date(date: time::Date) -> String {
    locale().date(date)
}

pub fn starter_role(role: StarterRole) -> String {
    tr(match role {
        StarterRole::ExtraHelp => Msg::RoleExtraHelp,
        StarterRole::Staff => Msg::RoleStaff,
        StarterRole::ShiftLead => Msg::RoleShiftLead,
        StarterRole::Manager => Msg::RoleManager,
    })
}

/// A role's name inside a sentence ("As shift lead you may…"): a starter role's name is
/// a common noun there, not capitalised; a name the business gave is kept as written.
pub fn role_in_sentence(role: &Role) -> String {
    match role.starter {
        Some(starter) if role.name.is_empty() => {
            let name = starter_role(starter);
            let mut chars = name.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
        _ => role.name.clone(),
    }
}

/// A role's name as people see it: starter roles speak the UI language until renamed.
pub fn role_name(role: &Role) -> String {
    match role.starter {
        Some(starter) if role.name.is_empty() => starter_role(starter),
        _ => role.name.clone(),
    }
}

/// Why a file was refused, naming the place in it where there is one.
pub fn file_problem(p: &FileProblem) -> String {
    let at = |place: &str, what: String| {
        tr(Msg::AtPlace {
            place,
            problem: &what,
        })
    };
    match p {
        FileProblem::Empty => tr(Msg::FileEmpty),
        FileProblem::TooLarge { bytes, max } => tr(Msg::FileTooLarge {
            megabytes: bytes.div_ceil(1024 * 1024),
            max: max / (1024 * 1024),
        }),
        FileProblem::Binary => tr(Msg::FileBinary),
        FileProblem::NotUtf8 { byte } => tr(Msg::FileNotUtf8 { byte: *byte }),
        FileProblem::NotJson { line, column } => tr(Msg::FileNotJson {
            line: *line,
            column: *column,
        }),
        FileProblem::Truncated => tr(Msg::FileTruncated),
        FileProblem::TooDeep => tr(Msg::FileTooDeep),
        FileProblem::NotVertskap => tr(Msg::FileNotVertskap),
        FileProblem::TooNew { version } => tr(Msg::FileTooNew { version: *version }),
        FileProblem::UnknownVersion => tr(Msg::FileUnknownVersion),
        FileProblem::WrongType {
            place,
            expected,
            found,
        } => {
            let (expected, found) = (expected_text(expected), found_text(*found));
            at(
                place,
                tr(Msg::ExpectedFound {
                    expected: &expected,
                    found: &found,
                }),
            )
        }
        FileProblem::Missing { place } => at(place, tr(Msg::FieldMissing)),
        FileProblem::ImpossibleDate { place } => at(place, tr(Msg::NotADateTime)),
        FileProblem::NotAnId { place } => at(place, tr(Msg::NotAnId)),
        FileProblem::DuplicateId { place, id } => at(
            place,
            tr(Msg::IdTwice {
                id: &id.to_string(),
            }),
        ),
        FileProblem::MissingReference { place, id } => at(
            place,
            tr(Msg::PointsNowhere {
                id: &id.to_string(),
            }),
        ),
        FileProblem::Invalid { place, problem: p } => {
            let field = place.rsplit('.').next().unwrap_or_default();
            let field = if field == "title" {
                Field::Title
            } else {
                Field::Notes
            };
            at(place, problem(field, p))
        }
        FileProblem::Other { place, detail } => at(place, detail.clone()),
    }
}

fn expected_text(expected: &Expected) -> String {
    match expected {
        Expected::Text => tr(Msg::ExpectText),
        Expected::WholeNumber => tr(Msg::ExpectWholeNumber),
        Expected::Number => tr(Msg::ExpectNumber),
        Expected::TrueOrFalse => tr(Msg::ExpectTrueOrFalse),
        Expected::List => tr(Msg::ExpectList),
        Expected::Object => tr(Msg::ExpectObject),
        Expected::Id => tr(Msg::ExpectId),
        Expected::DateTime => tr(Msg::ExpectDateTime),
        Expected::OneOf(allowed) => allowed.clone(),
        Expected::Other(what) => what.clone(),
    }
}

fn found_text(found: Found) -> String {
    tr(match found {
        Found::Nothing => Msg::FoundNothing,
        Found::TrueOrFalse => Msg::FoundTrueOrFalse,
        Found::Number => Msg::FoundNumber,
        Found::Text => Msg::FoundText,
        Found::List => Msg::FoundList,
        Found::Object => Msg::FoundObject,
    })
}

/// What is wrong with a field, said so the person knows what to do.
pub fn problem(field: Field, problem: &Problem) -> String {
    tr(match (field, problem) {
        (Field::Title, Problem::Required) => Msg::NeedTitle,
        (Field::AreaName, Problem::Required) => Msg::NeedAreaName,
        (Field::Steps, Problem::Required) => Msg::NeedStep,
        (Field::ValueName, Problem::Required) => Msg::NeedValueName,
        (Field::RoleName, Problem::Required) => Msg::NeedRoleName,
        (Field::RuleSituation, Problem::Required) => Msg::NeedRuleSituation,
        (Field::RuleMay, Problem::Required) => Msg::NeedRuleMay,
        (Field::Role, Problem::Required) => Msg::NeedRole,
        (Field::ApprovedBy, Problem::Required) => Msg::NeedApprover,
        (Field::StoryTitle, Problem::Required) => Msg::NeedStoryTitle,
        (Field::StoryText, Problem::Required) => Msg::NeedStoryText,
        (Field::BingoSquare(_), Problem::Required) => Msg::NeedSquareText,
        (_, Problem::Required) => Msg::Required,
        (_, Problem::UnknownArea) => Msg::UnknownArea,
        (_, Problem::TooLong { max_chars }) => Msg::TooLong { max: *max_chars },
        (_, Problem::DuplicateName) => Msg::DuplicateAreaName,
        (_, Problem::TooMany { max }) => Msg::TooManySteps { max: *max },
        (_, Problem::SayOrDo) => Msg::SayOrDo,
        (_, Problem::UnknownRole) => Msg::UnknownRole,
        (_, Problem::Amount(AmountProblem::NotANumber)) => Msg::AmountNotANumber,
        (_, Problem::Amount(AmountProblem::NotPositive)) => Msg::AmountNotPositive,
        (_, Problem::Amount(AmountProblem::TooLarge { max_units })) => {
            Msg::AmountTooLarge { max: *max_units }
        }
        (_, Problem::Amount(AmountProblem::TooManyDecimals)) => Msg::AmountTooManyDecimals,
        (_, Problem::BackboneBroken) => Msg::BackboneBroken,
        (Field::RatingTooFew, Problem::NotPositive) => Msg::TooFewAtLeastOne,
        (_, Problem::NotPositive) => Msg::TargetNotPositive,
        (_, Problem::EndBeforeStart) => Msg::EndBeforeStart,
        (_, Problem::Day(DayProblem::NotADate)) => Msg::NotADate,
        (_, Problem::Day(DayProblem::NoSuchDay)) => Msg::NoSuchDay,
        // Visits count whole things: seconds, rings, percent.
        (
            Field::ItemAnswer(..) | Field::ItemTarget(..) | Field::PassMark,
            Problem::Value(ValueProblem::NotANumber | ValueProblem::NotWhole),
        ) => Msg::WriteWholeNumber,
        (_, Problem::Value(ValueProblem::NotANumber)) => Msg::ValueNotANumber,
        (_, Problem::Value(ValueProblem::Negative)) => Msg::ValueNegative,
        (_, Problem::Value(ValueProblem::NotWhole)) => Msg::ValueNotWhole,
        (_, Problem::Value(ValueProblem::TooManyDecimals)) => Msg::AmountTooManyDecimals,
        (_, Problem::Value(ValueProblem::OutsideScale { min, max })) => Msg::ValueOutsideScale {
            min: *min,
            max: *max,
        },
        (_, Problem::Value(ValueProblem::DoneIsZeroOrOne)) => Msg::DoneIsZeroOrOne,
        (_, Problem::Value(ValueProblem::TooLarge { max })) => Msg::ValueTooLarge { max: *max },
        (_, Problem::Value(ValueProblem::AlwaysMet)) => Msg::TargetAlwaysMet,
        (_, Problem::Value(ValueProblem::CountedFromRatings)) => Msg::CountedFromRatings,
        (_, Problem::UnknownPerson) => Msg::UnknownPerson,
        (_, Problem::NoteAboutNonParticipant) => Msg::NoteAboutNonParticipant,
        (_, Problem::UnknownGoal) => Msg::UnknownGoal,
        (_, Problem::UnknownStandard) => Msg::UnknownStandard,
        (_, Problem::OutsideGoalDates) => Msg::OutsideGoalDates,
        (_, Problem::AlreadyDone) => Msg::AlreadyDone,
        (_, Problem::OutsidePercent) => Msg::PassMarkOutside,
        (_, Problem::NoItems) => Msg::ChecklistNeedsItems,
        (_, Problem::WeightOutside) => Msg::WeightOutside,
        (_, Problem::TargetOutside) => Msg::ItemTargetOutside,
        (_, Problem::AnswerDoesNotFit) => Msg::AnswerDoesNotFit,
        (_, Problem::DueBeforeVisit) => Msg::DueBeforeVisit,
        (_, Problem::DueBeforeComplaint) => Msg::DueBeforeComplaint,
        (Field::StoryPerson, Problem::NoConsent) => Msg::StoryNeedsConsent,
        (_, Problem::NoConsent) => Msg::NoConsent,
        (_, Problem::UnknownValue) => Msg::UnknownValue,
        (_, Problem::NothingToDraw) => Msg::NothingToDraw,
        (_, Problem::OneRightChoice) => Msg::OneRightChoice,
        (_, Problem::TooFewChoices) => Msg::TooFewChoices,
        (_, Problem::NotWebAddress) => Msg::NotWebAddress,
        (_, Problem::NotSecureAddress) => Msg::NotSecureAddress,
        (_, Problem::NoDatabaseName) => Msg::NoDatabaseName,
        (_, Problem::OwnDatabaseNeeded) => Msg::OwnDatabaseNeeded,
        (_, Problem::Range { min, max }) => Msg::WholeNumberRange {
            min: *min,
            max: *max,
        },
    })
}

/// Why a sync stopped, as the person should hear it: what happened, and what to do.
pub fn sync_failure(failure: &crate::domain::sync::SyncFailure) -> String {
    use crate::domain::sync::SyncFailure;
    match failure {
        SyncFailure::Unreachable => tr(Msg::SyncUnreachable),
        SyncFailure::TimedOut => tr(Msg::SyncTimedOut),
        SyncFailure::WrongPassword => tr(Msg::SyncWrongPassword),
        SyncFailure::NoAccess => tr(Msg::SyncNoAccess),
        SyncFailure::DatabaseMissing => tr(Msg::SyncDatabaseMissing),
        SyncFailure::ServerTrouble { status } => tr(Msg::SyncServerTrouble {
            status: u32::from(*status),
        }),
        SyncFailure::NotADatabase => tr(Msg::SyncNotADatabase),
        SyncFailure::Storage(failure) => tr(Msg::SyncStorageFailed {
            detail: &storage_failure(failure),
        }),
    }
}

/// A storage failure as the person should hear it: what happened, and what to do.
pub fn storage_failure(failure: &StorageFailure) -> String {
    match failure {
        StorageFailure::Unavailable { .. } => tr(Msg::UnavailableHeading),
        StorageFailure::QuotaExceeded => tr(Msg::QuotaExceeded),
        StorageFailure::Blocked => tr(Msg::StorageBlocked),
        StorageFailure::TooNew => tr(Msg::DataTooNew),
        StorageFailure::UpgradedElsewhere => tr(Msg::UpgradedElsewhere),
        StorageFailure::WriteFailed { detail } => tr(Msg::WriteFailed { detail }),
        StorageFailure::ReadFailed { detail } => tr(Msg::ReadFailed { detail }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_sizes_read_naturally() {
        assert_eq!(byte_size(0.0), "0 KB");
        assert_eq!(byte_size(840_000.0), "840 KB");
        assert_eq!(byte_size(1_234_567.0), "1.2 MB");
        assert_eq!(byte_size(2_100_000_000.0), "2.1 GB");
        assert_eq!(byte_size(56_000_000_000.0), "56 GB");
    }

    #[test]
    fn counts_read_naturally() {
        assert_eq!(tr(Msg::StandardCount { count: 1 }), "1 standard");
        assert_eq!(tr(Msg::StandardCount { count: 0 }), "0 standards");
        assert_eq!(tr(Msg::SearchMatches { count: 12 }), "12 standards match.");
    }

    #[test]
    fn each_language_speaks_its_own_plurals_and_numbers() {
        set_locale(Locale::Nb);
        assert_eq!(tr(Msg::StandardCount { count: 1 }), "1 standard");
        assert_eq!(tr(Msg::StandardCount { count: 3 }), "3 standarder");
        assert_eq!(byte_size(1_234_567.0), "1,2 MB");
        set_locale(Locale::Sv);
        assert_eq!(tr(Msg::ReminderDays { days: 1 }), "1 dag");
        assert_eq!(tr(Msg::ReminderDays { days: 30 }), "30 dagar");
        set_locale(Locale::En);
        assert_eq!(tr(Msg::ReminderDays { days: 30 }), "30 days");
    }

    #[test]
    fn refusals_of_a_file_are_translated_too() {
        let p = FileProblem::WrongType {
            place: "standards[3].title".into(),
            expected: Expected::Text,
            found: Found::Number,
        };
        set_locale(Locale::Nb);
        let nb = file_problem(&p);
        set_locale(Locale::Sv);
        let sv = file_problem(&p);
        set_locale(Locale::En);
        assert!(nb.starts_with("standards[3].title: ") && sv.starts_with("standards[3].title: "));
        assert_ne!(nb, file_problem(&p));
        assert_ne!(sv, file_problem(&p));
        assert_ne!(nb, sv);
    }

    #[test]
    fn every_builtin_area_has_a_name() {
        let names: std::collections::HashSet<_> = HostParameter::ALL
            .iter()
            .map(|p| host_parameter(*p))
            .collect();
        assert_eq!(names.len(), 7);
    }

    #[test]
    fn file_problems_name_the_place() {
        let p = FileProblem::WrongType {
            place: "standards[3].title".into(),
            expected: Expected::Text,
            found: Found::Number,
        };
        assert_eq!(
            file_problem(&p),
            "standards[3].title: expected text, found a number"
        );
        assert!(file_problem(&FileProblem::TooNew { version: 2 }).contains("update the app first"));
        let empty = FileProblem::Invalid {
            place: "standards[1].title".into(),
            problem: Problem::Required,
        };
        assert_eq!(
            file_problem(&empty),
            "standards[1].title: Give the standard a title."
        );
    }

    #[test]
    fn failures_say_what_to_do() {
        assert!(storage_failure(&StorageFailure::QuotaExceeded).contains("space"));
        assert!(problem(Field::Title, &Problem::Required).contains("title"));
    }
}
