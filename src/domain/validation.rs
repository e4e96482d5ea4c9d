//! Field-level validation: which field is wrong and why, for the form to show beside it.

/// The fields a person fills in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Area,
    Title,
    Why,
    Dos,
    Donts,
    MeasuredBy,
    Tags,
    AreaName,
    Situation,
    /// The list of steps as a whole.
    Steps,
    /// One step, by its position (0-based).
    Step(usize),
    BusinessName,
    Vision,
    Slogan,
    Promises,
    ValueName,
    Meaning,
    LooksLike,
    NotLike,
    RoleName,
    Role,
    RuleSituation,
    RuleMay,
    Limit,
    Notes,
    PersonName,
    /// The day a person started.
    Started,
    NextConversationDue,
    GoalTitle,
    /// Whose goal it is: a person or the team.
    Owner,
    LinkedStandard,
    Target,
    /// A goal's first day.
    Start,
    /// A goal's last day.
    End,
    /// The day a check-in, conversation, reflection or praise is for.
    Date,
    /// A check-in's value.
    Value,
    Participants,
    /// The notes of one conversation entry, by position (0-based).
    EntryNotes(usize),
    QuestionText,
    /// The person a reflection belongs to.
    Person,
    PraiseFrom,
    PraiseTo,
    PraiseWhat,
    WentWell,
    WentBadly,
    NotAsPlanned,
    DoDifferently,
    PassMark,
    /// The checklist's items as a whole.
    ChecklistItems,
    /// One checklist item, by section and place in it (0-based).
    ChecklistItem(usize, usize),
    /// The target of one number item, by section and place.
    ItemTarget(usize, usize),
    /// A section's heading, by position.
    SectionTitle(usize),
    /// The other business a visit went to.
    Business,
    /// Who made a visit.
    VisitedBy,
    /// One item's answer, by section and place.
    ItemAnswer(usize, usize),
    FollowUpWhat,
    Due,
    RatingQuestion,
    RatingReasons,
    RatingTooFew,
    /// What a complaining customer said.
    ComplaintSaid,
    /// A complaining customer's contact details.
    Contact,
    Compensation,
    /// The manager who approved a compensation above the logger's limit.
    ApprovedBy,
    /// How many days customers' contact details are kept after a case closes.
    ContactDays,
    /// How many questions a knowledge check draws.
    QuestionCount,
    /// A question written by hand for a knowledge check, by position.
    OwnQuestion(usize),
    /// Its answer (the choices, or the steps), by position.
    OwnAnswer(usize),
    /// After how many months a passed knowledge check is due again.
    RefresherMonths,
    StoryTitle,
    StoryText,
    /// The value a service story shows.
    StoryValue,
    /// The colleague a service story names.
    StoryPerson,
    /// A bingo card's squares as a whole.
    BingoSquares,
    /// One square of a bingo card, row by row (0-based).
    BingoSquare(usize),
    /// The square a bingo tick is on.
    TickedSquare,
    /// The sync database's address.
    SyncAddress,
    SyncUser,
    SyncPassword,
    /// That the sync database is the business's own (to sync staff records).
    SyncOwnDatabase,
}

/// What is wrong with a field's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong {
        max_chars: usize,
    },
    UnknownArea,
    DuplicateName,
    TooMany {
        max: usize,
    },
    /// A step with neither words to say nor something to do.
    SayOrDo,
    /// A complaint script's stages are missing or out of order.
    BackboneBroken,
    UnknownRole,
    Amount(super::money::AmountProblem),
    /// A target that must be more than zero for this kind of goal.
    NotPositive,
    EndBeforeStart,
    /// A date that is not written as one, or does not exist.
    Day(super::day::DayProblem),
    /// A value of the wrong kind for the goal (see [`ValueProblem`]).
    ///
    Value(ValueProblem),
    UnknownPerson,
    UnknownValue,
    /// A conversation note is about a person who no longer takes part.
    NoteAboutNonParticipant,
    UnknownGoal,
    UnknownStandard,
    /// A check-in dated before the goal's start or after its end.
    OutsideGoalDates,
    /// A done-per-day goal was already marked done that day.
    AlreadyDone,
    /// A percentage outside 1–100.
    OutsidePercent,
    /// A checklist with nothing to check.
    NoItems,
    /// A checklist item's weight outside 1–3.
    WeightOutside,
    /// A number item's target below zero or past any sensible count.
    TargetOutside,
    /// An answer of the wrong kind for its item (a scale step for a yes/no question).
    AnswerDoesNotFit,
    /// A due date before the visit it follows up.
    DueBeforeVisit,
    /// A due date before the complaint it follows up.
    DueBeforeComplaint,
    /// Contact details without the customer's consent to keep them.
    NoConsent,
    /// A knowledge check whose areas and kinds give no question to ask.
    NothingToDraw,
    /// A single-choice question with no right choice, or more than one.
    OneRightChoice,
    /// A whole number outside the range the field takes.
    Range {
        min: i64,
        max: i64,
    },
    /// A choice question with fewer than two choices, or an order question with fewer
    /// than two steps.
    TooFewChoices,
    /// Not an address starting with `https://`.
    NotWebAddress,
    /// A plain `http://` address of another machine.
    NotSecureAddress,
    /// An address without a database's name at its end.
    NoDatabaseName,
    /// Staff records to a database not marked as the business's own.
    OwnDatabaseNeeded,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// All problems found in one form, in field order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn add(&mut self, field: Field, problem: Problem) {
        self.0.push(FieldError { field, problem });
    }

    pub fn for_field(&self, field: Field) -> Option<&Problem> {
        self.0.iter().find(|e| e.field == field).map(|e| &e.problem)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_result<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

/// Long texts are welcome (a 100 KB description must work), but a field is not a
/// place for a whole book: past this it is refused rather than slowing every screen.
pub const MAX_FIELD_CHARS: usize = 200_000;

/// The most characters in an area's name: it is a heading, not a paragraph.
pub const MAX_NAME_CHARS: usize = 100;

pub fn check_length(errors: &mut FieldErrors, field: Field, text: &str, max_chars: usize) {
    // Byte length bounds char count from above, so most texts skip the count.
    if text.len() > max_chars && text.chars().count() > max_chars {
        errors.add(field, Problem::TooLong { max_chars });
    }
}

pub fn check_required(errors: &mut FieldErrors, field: Field, text: &str) {
    if text.trim().is_empty() {
        errors.add(field, Problem::Required);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_is_missing() {
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::Title, " \n\t ");
        assert_eq!(errors.for_field(Field::Title), Some(&Problem::Required));
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let mut errors = FieldErrors::default();
        check_length(&mut errors, Field::AreaName, &"ø".repeat(100), 100);
        assert!(errors.is_empty(), "100 two-byte letters are 100 characters");
        check_length(&mut errors, Field::AreaName, &"ø".repeat(101), 100);
        assert_eq!(
            errors.for_field(Field::AreaName),
            Some(&Problem::TooLong { max_chars: 100 })
        );
    }
}

/// Why a value does not fit its goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueProblem {
    NotANumber,
    Negative,
    /// A count is whole: 3 care-sales, not 2.5.
    NotWhole,
    /// Amounts have at most two decimals.
    TooManyDecimals,
    OutsideScale {
        min: i64,
        max: i64,
    },
    /// Done or not done: 1 or 0.
    DoneIsZeroOrOne,
    TooLarge {
        max: i64,
    },
    /// A target every period meets, so it measures nothing (at least the lowest
    /// score, at most every day of the period).
    AlwaysMet,
    /// A check-in for a goal counted from the customers' ratings, which takes none.
    CountedFromRatings,
}
