//! Every user-visible text, in one place. Components ask for a [`Msg`]; this module
//! decides the words. English for now; the languages issue puts Fluent behind `tr`.

use crate::domain::authority::{Role, StarterRole};
use crate::domain::day::DayProblem;
use crate::domain::file::problem::{Expected, FileProblem, Found};
use crate::domain::locale::Locale;
use crate::domain::money::{AmountProblem, Money};
use crate::domain::script::{Channel, ComplaintStage};
use crate::domain::staff::quantity::ValueProblem;
use crate::domain::validation::{Field, Problem};
use crate::domain::{Area, HostParameter, StorageFailure};

/// Something the app says. Variants with data carry what the sentence needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Msg<'a> {
    AppName,
    SkipToContent,
    SectionsNav,
    Standards,
    Scripts,
    Values,
    Goals,
    Settings,
    Opening,
    // Standards list
    StandardsHeading,
    StandardsIntro,
    Search,
    SearchHint,
    NewStandard,
    ManageAreas,
    NoStandardsYet,
    NoStandardsInArea,
    SearchMatches { count: usize },
    NoSearchMatches { query: &'a str },
    StandardCount { count: usize },
    MoveUp { name: &'a str },
    MoveDown { name: &'a str },
    // Standard detail and editor
    WhyItMatters,
    Do,
    Dont,
    HowMeasured,
    Tags,
    Area,
    Title,
    NotWrittenYet,
    Edit,
    Delete,
    BackToStandards,
    EditStandard,
    Save,
    Saving,
    Cancel,
    OnePerLine,
    TagsHint,
    FixMarkedFields,
    StandardNotFound,
    // Areas
    AreasHeading,
    AreasIntro,
    BuiltIn,
    NewAreaName,
    AddArea,
    RenameAction,
    Rename { name: &'a str },
    NewNameFor { name: &'a str },
    DeleteArea { name: &'a str },
    MoveStandardsTo { name: &'a str, count: usize },
    MoveAndDelete,
    // Notices
    Deleted { title: &'a str },
    Undo,
    Dismiss,
    // Scripts
    ScriptsHeading,
    ScriptsIntro,
    NewScript,
    NewComplaintScript,
    EditScript,
    NoScriptsYet,
    ScriptNotFound,
    Situation,
    SituationHint,
    ChannelLabel,
    AllChannels,
    Steps,
    StepNumber { n: usize },
    StepOf { n: usize, total: usize },
    Say,
    Note,
    AddStep,
    AddStepAfter { n: usize },
    MoveStepUp { n: usize },
    MoveStepDown { n: usize },
    RemoveStep { n: usize },
    BackboneStep { stage: &'a str },
    PracticeCase,
    PracticeCaseHint,
    PinInCounter,
    PinnedBadge,
    ComplaintBadge,
    StepCount { count: usize },
    StandardsItServes,
    FindStandardsToLink,
    NoStandardsToLink,
    ScriptsForStandard,
    Duplicate,
    CopyOf { title: &'a str },
    Print,
    PrintScripts,
    PaperSize,
    ScriptsMatching { count: usize },
    NoScriptsMatch { query: &'a str },
    // Counter mode
    CounterMode,
    CounterHeading,
    FindScript,
    FindScriptHint,
    PinnedScripts,
    RecentScripts,
    AllScripts,
    NoScriptsForCounter,
    LeaveCounterMode,
    LeaveCounterQuestion,
    LeaveYes,
    Stay,
    Next,
    Back,
    Finish,
    BackToScripts,
    ComplaintFlow,
    Practise,
    PracticeHeading,
    WhatWouldYouDo,
    ShowAnswer,
    NextCase,
    NoPracticeCases,
    ShowingFirst { shown: usize, total: usize },
    ShowMore,
    // Values
    ValuesHeading,
    ValuesIntro,
    VisionAndPromises,
    EditProfile,
    NoProfileYet,
    BusinessName,
    Vision,
    VisionHint,
    VisionNumbersHint,
    Slogan,
    SloganHint,
    Promises,
    PromisesHint,
    OurValues,
    NoValuesYet,
    NewValue,
    EditValue,
    ValueName,
    Meaning,
    LooksLike,
    NotLike,
    OneExamplePerLine,
    ValueNotFound,
    ServedBy,
    NothingServesYet,
    ValuesItServes,
    Poster,
    BackToValues,
    // Authority
    AuthorityHeading,
    AuthorityIntro,
    NewRule,
    EditRule,
    RuleNotFound,
    NoRulesYet,
    RuleSituationHint,
    RuleMay,
    RuleMayHint,
    Limit,
    LimitHint,
    CurrencyLabel,
    Notes,
    RoleLabel,
    Roles,
    NewRoleName,
    AddRole,
    DeleteNamed { name: &'a str },
    RoleHasRules { name: &'a str, count: usize },
    MoveRulesTo,
    DeleteRulesToo,
    DeleteRole,
    UpTo { amount: &'a str },
    ToAuthority,
    // Counter: values and authority
    WhatMayIDecide,
    ChooseYourRole,
    YouMayDecide { role: &'a str },
    NothingForRole,
    // Settings: backups, packs, import
    SettingsHeading,
    BackupsHeading,
    BackupIntro,
    DownloadBackup,
    ShareBackup,
    ExportFailed { detail: &'a str },
    PackHeading,
    PackIntro,
    MakePack,
    PackName,
    PackNameHint,
    PickAreas,
    PickScripts,
    PickValues,
    PickRules,
    DownloadPack,
    SharePack,
    PackEmpty,
    ImportHeading,
    ImportIntro,
    ChooseFile,
    DropHere,
    ReadingFile,
    FileRefused { why: &'a str },
    PreviewBackup { date: &'a str },
    PreviewPack { date: &'a str },
    CountNew { n: usize },
    CountUpdated { n: usize },
    CountUnchanged { n: usize },
    CountOlder { n: usize },
    CountConflicts { n: usize },
    ConflictsHeading,
    OnThisTablet,
    InTheFile,
    KeepMine,
    TakeTheirs,
    ImportMode,
    ModeMerge,
    ModeReplace,
    ReplaceWarning,
    ImportNow,
    Importing,
    ImportProgress,
    ImportDone,
    ImportFailed,
    BackupBeforeReplace,
    // Updates, storage, backups on this device
    UpdateRegion,
    UpdateReady,
    UpdateReload,
    StorageWarningRegion,
    StorageWarning,
    SaveBackupNow,
    GotIt,
    ReminderRegion,
    ReminderNever { days: u32 },
    ReminderSince { days: u32 },
    ReminderWhy,
    NotNow,
    StorageHeading,
    StorageChecking,
    StoragePersistent,
    StorageBestEffort,
    StorageUnsupported,
    StorageUsage { used: &'a str, quota: &'a str },
    AskToKeep,
    ReminderEvery,
    ReminderDays { days: u32 },
    ReminderOff,
    LastBackup { date: &'a str },
    NoBackupYet,
    BusinessProfile,
    // Empty sections
    GoalsComing,
    PageNotFound,
    // Failures
    UnavailableHeading,
    CannotOpenHeading,
    UnavailableBody,
    UnavailableAdvice,
    TechnicalDetail { detail: &'a str },
    TryAgain,
    CrashHeading,
    CrashBody,
    Reload,
}

/// The words for `msg` in the person's language.
pub fn tr(msg: Msg) -> String {
    english(msg)
}

fn english(msg: Msg) -> String {
    let text = match msg {
        Msg::AppName => "Vertskap",
        Msg::SkipToContent => "Skip to content",
        Msg::SectionsNav => "Sections",
        Msg::Standards => "Standards",
        Msg::Scripts => "Scripts",
        Msg::Values => "Values",
        Msg::Goals => "Goals",
        Msg::Settings => "Settings",
        Msg::Opening => "Opening your data…",
        Msg::StandardsHeading => "Host standards",
        Msg::StandardsIntro => "What every guest can count on here, grouped by area.",
        Msg::Search => "Search",
        Msg::SearchHint => "Title, text or tag",
        Msg::NewStandard => "New standard",
        Msg::ManageAreas => "Manage areas",
        Msg::NoStandardsYet => "No standards yet. A standard describes something your staff do for every guest, so that everyone knows what good looks like. Start with “New standard”.",
        Msg::NoStandardsInArea => "No standards in this area yet.",
        Msg::SearchMatches { count: 1 } => "1 standard matches.",
        Msg::SearchMatches { count } => return format!("{count} standards match."),
        Msg::NoSearchMatches { query } => return format!("No standard matches “{query}”."),
        Msg::StandardCount { count: 1 } => "1 standard",
        Msg::StandardCount { count } => return format!("{count} standards"),
        Msg::MoveUp { name } => return format!("Move “{name}” up"),
        Msg::MoveDown { name } => return format!("Move “{name}” down"),
        Msg::WhyItMatters => "Why it matters",
        Msg::Do => "Do",
        Msg::Dont => "Don't",
        Msg::HowMeasured => "How it is measured",
        Msg::Tags => "Tags",
        Msg::Area => "Area",
        Msg::Title => "Title",
        Msg::NotWrittenYet => "Not written yet.",
        Msg::Edit => "Edit",
        Msg::Delete => "Delete",
        Msg::BackToStandards => "Back to standards",
        Msg::EditStandard => "Edit standard",
        Msg::Save => "Save",
        Msg::Saving => "Saving…",
        Msg::Cancel => "Cancel",
        Msg::OnePerLine => "One behaviour per line.",
        Msg::TagsHint => "Separate tags with commas.",
        Msg::FixMarkedFields => "Nothing was saved yet: please correct the marked fields.",
        Msg::StandardNotFound => "This standard does not exist (any more).",
        Msg::AreasHeading => "Areas",
        Msg::AreasIntro => "The seven host parameters are built in. Add your own areas for anything else, such as the phone or complaints.",
        Msg::BuiltIn => "Built in",
        Msg::NewAreaName => "New area name",
        Msg::AddArea => "Add area",
        Msg::RenameAction => "Rename",
        Msg::Rename { name } => return format!("Rename “{name}”"),
        Msg::NewNameFor { name } => return format!("New name for “{name}”"),
        Msg::DeleteArea { name } => return format!("Delete “{name}”"),
        Msg::MoveStandardsTo { name, count: 1 } => return format!("“{name}” has 1 standard. Move it to"),
        Msg::MoveStandardsTo { name, count } => return format!("“{name}” has {count} standards. Move them to"),
        Msg::MoveAndDelete => "Move and delete",
        Msg::Deleted { title } => return format!("Deleted “{title}”."),
        Msg::Undo => "Undo",
        Msg::Dismiss => "Dismiss",
        Msg::ScriptsHeading => "Scripts",
        Msg::ScriptsIntro => "What to say and do in each situation, step by step. Staff find them at the counter in counter mode.",
        Msg::NewScript => "New script",
        Msg::NewComplaintScript => "New complaint script",
        Msg::EditScript => "Edit script",
        Msg::NoScriptsYet => "No scripts yet. A script tells staff what to say and do in one situation, such as greeting a guest when it is busy or answering the phone.",
        Msg::ScriptNotFound => "This script does not exist (any more).",
        Msg::Situation => "Situation",
        Msg::SituationHint => "When does it apply? Say it the way staff would.",
        Msg::ChannelLabel => "Channel",
        Msg::AllChannels => "All channels",
        Msg::Steps => "Steps",
        Msg::StepNumber { n } => return format!("Step {n}"),
        Msg::StepOf { n, total } => return format!("Step {n} of {total}"),
        Msg::Say => "Say",
        Msg::Note => "Note",
        Msg::AddStep => "Add a step",
        Msg::AddStepAfter { n } => return format!("Add a step after step {n}"),
        Msg::MoveStepUp { n } => return format!("Move step {n} up"),
        Msg::MoveStepDown { n } => return format!("Move step {n} down"),
        Msg::RemoveStep { n } => return format!("Remove step {n}"),
        Msg::BackboneStep { stage } => return format!("Complaint flow: {stage}"),
        Msg::PracticeCase => "Practice case",
        Msg::PracticeCaseHint => "Offer this script for rehearsal in counter mode.",
        Msg::PinInCounter => "Pin in counter mode",
        Msg::PinnedBadge => "Pinned",
        Msg::ComplaintBadge => "Complaint",
        Msg::StepCount { count: 1 } => "1 step",
        Msg::StepCount { count } => return format!("{count} steps"),
        Msg::StandardsItServes => "Standards it serves",
        Msg::FindStandardsToLink => "Find standards to link",
        Msg::NoStandardsToLink => "No standards to link yet.",
        Msg::ScriptsForStandard => "Scripts for this standard",
        Msg::Duplicate => "Duplicate",
        Msg::CopyOf { title } => return format!("{title} (copy)"),
        Msg::Print => "Print",
        Msg::PrintScripts => "Print scripts",
        Msg::PaperSize => "Paper size",
        Msg::ScriptsMatching { count: 1 } => "1 script matches.",
        Msg::ScriptsMatching { count } => return format!("{count} scripts match."),
        Msg::NoScriptsMatch { query } => return format!("No script matches “{query}”."),
        Msg::CounterMode => "Counter mode",
        Msg::CounterHeading => "What do we say when…",
        Msg::FindScript => "Find a script",
        Msg::FindScriptHint => "Type a few letters",
        Msg::PinnedScripts => "Pinned",
        Msg::RecentScripts => "Recently used",
        Msg::AllScripts => "All scripts",
        Msg::NoScriptsForCounter => "No scripts yet. A manager writes them under Scripts.",
        Msg::LeaveCounterMode => "Leave counter mode",
        Msg::LeaveCounterQuestion => "Leave counter mode? The tablet will show the manager's screens again.",
        Msg::LeaveYes => "Yes, leave",
        Msg::Stay => "Stay",
        Msg::Next => "Next",
        Msg::Back => "Back",
        Msg::Finish => "Done",
        Msg::BackToScripts => "Back to scripts",
        Msg::ComplaintFlow => "Complaint flow",
        Msg::Practise => "Practise",
        Msg::PracticeHeading => "Practice",
        Msg::WhatWouldYouDo => "What would you say and do?",
        Msg::ShowAnswer => "Show the answer",
        Msg::NextCase => "Next case",
        Msg::ShowingFirst { shown, total } => return format!("Showing {shown} of {total}. Type more to narrow it down."),
        Msg::ShowMore => "Show more",
        Msg::NoPracticeCases => "No practice cases yet. A manager marks scripts as practice cases.",
        Msg::ValuesHeading => "Values",
        Msg::ValuesIntro => "What the business stands for, written down so that staff and guests can see it.",
        Msg::VisionAndPromises => "Vision and promises",
        Msg::EditProfile => "Edit vision and promises",
        Msg::NoProfileYet => "No vision, slogan or service promises written yet.",
        Msg::BusinessName => "Business name",
        Msg::Vision => "Vision",
        Msg::VisionHint => "One or two sentences that give direction.",
        Msg::VisionNumbersHint => "A vision gives direction and holds no numbers: targets belong in goals.",
        Msg::Slogan => "Slogan",
        Msg::SloganHint => "A short line that makes the vision easy to remember.",
        Msg::Promises => "Service promises",
        Msg::PromisesHint => "What customers may expect of you, one promise per line.",
        Msg::OurValues => "Our values",
        Msg::NoValuesYet => "No values yet. A value is shown best with examples of what it looks like at work.",
        Msg::NewValue => "New value",
        Msg::EditValue => "Edit value",
        Msg::ValueName => "Name",
        Msg::Meaning => "What it means here",
        Msg::LooksLike => "Looks like",
        Msg::NotLike => "Does not look like",
        Msg::OneExamplePerLine => "One example per line.",
        Msg::ValueNotFound => "This value does not exist (any more).",
        Msg::ServedBy => "Standards and scripts that serve it",
        Msg::NothingServesYet => "No standard or script is linked to this value yet. Link them when you edit them.",
        Msg::ValuesItServes => "Values it serves",
        Msg::Poster => "Poster",
        Msg::BackToValues => "Back to values",
        Msg::AuthorityHeading => "Who may decide what",
        Msg::AuthorityIntro => "What each role may decide on the spot, without asking a manager.",
        Msg::NewRule => "New authority rule",
        Msg::EditRule => "Edit authority rule",
        Msg::RuleNotFound => "This authority rule does not exist (any more).",
        Msg::NoRulesYet => "No authority rules yet. Write down what each role may decide alone, so nobody has to guess.",
        Msg::RuleSituationHint => "For example: a complaint about a product.",
        Msg::RuleMay => "May do without asking",
        Msg::RuleMayHint => "For example: replace it, refund it, offer a free coffee.",
        Msg::Limit => "Up to an amount (optional)",
        Msg::LimitHint => "Leave empty when there is no limit.",
        Msg::CurrencyLabel => "Currency",
        Msg::Notes => "Notes",
        Msg::RoleLabel => "Role",
        Msg::Roles => "Roles",
        Msg::NewRoleName => "New role name",
        Msg::AddRole => "Add role",
        Msg::DeleteNamed { name } => return format!("Delete “{name}”"),
        Msg::RoleHasRules { name, count: 1 } => return format!("“{name}” has 1 authority rule. What should happen to it?"),
        Msg::RoleHasRules { name, count } => return format!("“{name}” has {count} authority rules. What should happen to them?"),
        Msg::MoveRulesTo => "Move the rules to",
        Msg::DeleteRulesToo => "Delete the rules too",
        Msg::DeleteRole => "Delete the role",
        Msg::UpTo { amount } => return format!("up to {amount}"),
        Msg::ToAuthority => "Who may decide what",
        Msg::WhatMayIDecide => "What may I decide?",
        Msg::ChooseYourRole => "Your role",
        Msg::YouMayDecide { role } => return format!("As {role} you may decide this yourself"),
        Msg::NothingForRole => "No authority rules for this role yet. Ask your manager.",
        Msg::SettingsHeading => "Settings",
        Msg::BackupsHeading => "Backups and sharing",
        Msg::BackupIntro => "Everything you write stays on this tablet. A backup file is the only copy outside it: download one now and then, and keep it somewhere safe.",
        Msg::DownloadBackup => "Download a full backup",
        Msg::ShareBackup => "Share a backup…",
        Msg::ExportFailed { detail } => return format!("The file could not be made: {detail}"),
        Msg::PackHeading => "Share with another business",
        Msg::PackIntro => "A pack holds the standards, scripts, values and authority rules you pick, and never anything about people.",
        Msg::MakePack => "Make a pack…",
        Msg::PackName => "Name of the pack",
        Msg::PackNameHint => "Used in the file name, for example your business's name.",
        Msg::PickAreas => "Standards, by area",
        Msg::PickScripts => "Scripts",
        Msg::PickValues => "Values",
        Msg::PickRules => "Authority rules",
        Msg::DownloadPack => "Download the pack",
        Msg::SharePack => "Share the pack…",
        Msg::PackEmpty => "Pick at least one thing to share.",
        Msg::ImportHeading => "Import a file",
        Msg::ImportIntro => "Choose a Vertskap backup or pack, or drop it here. Nothing changes until you have seen what the file holds and said yes.",
        Msg::ChooseFile => "Choose a file to import",
        Msg::DropHere => "…or drop a file here",
        Msg::ReadingFile => "Reading the file…",
        Msg::FileRefused { why } => return format!("This file cannot be imported, and nothing was changed. {why}"),
        Msg::PreviewBackup { date } => return format!("A backup made on {date}"),
        Msg::PreviewPack { date } => return format!("A pack made on {date}"),
        Msg::CountNew { n } => return format!("New: {n}"),
        Msg::CountUpdated { n } => return format!("Newer in the file: {n}"),
        Msg::CountUnchanged { n } => return format!("Unchanged: {n}"),
        Msg::CountOlder { n } => return format!("Older in the file (kept as here): {n}"),
        Msg::CountConflicts { n } => return format!("Changed on both sides: {n}"),
        Msg::ConflictsHeading => "Changed on both sides: which copy stays?",
        Msg::OnThisTablet => "On this tablet",
        Msg::InTheFile => "In the file",
        Msg::KeepMine => "Keep this tablet's",
        Msg::TakeTheirs => "Take the file's",
        Msg::ImportMode => "How to import",
        Msg::ModeMerge => "Merge: add what is new, update what is newer in the file, keep the rest",
        Msg::ModeReplace => "Replace everything on this tablet with the file",
        Msg::ReplaceWarning => "Everything on this tablet is replaced. A backup of what is here now is kept first, and can be downloaded from this page.",
        Msg::ImportNow => "Import",
        Msg::Importing => "Importing…",
        Msg::ImportProgress => "Import progress",
        Msg::ImportDone => "The file was imported.",
        Msg::ImportFailed => "The import failed and nothing was changed.",
        Msg::BackupBeforeReplace => "Download the backup made before the last replace",
        Msg::UpdateRegion => "App update",
        Msg::UpdateReady => "Update available: a new version of Vertskap is ready.",
        Msg::UpdateReload => "Reload to update",
        Msg::StorageWarningRegion => "Keeping your data",
        Msg::StorageWarning => "This browser has not promised to keep Vertskap's data. It may clear it when the device runs short of space or the app goes unused for a while. A backup file keeps your work safe.",
        Msg::SaveBackupNow => "Back up now",
        Msg::GotIt => "Got it",
        Msg::ReminderRegion => "Backup reminder",
        Msg::ReminderNever { days } => return format!("No backup has been saved yet, and your first entries are {days} days old."),
        Msg::ReminderSince { days } => return format!("The last backup is {days} days old, and things have changed since."),
        Msg::ReminderWhy => "A backup file is the only copy of your data outside this device.",
        Msg::NotNow => "Not now",
        Msg::StorageHeading => "Storage on this device",
        Msg::StorageChecking => "Asking the browser…",
        Msg::StoragePersistent => "This browser has promised to keep Vertskap's data until you delete it yourself.",
        Msg::StorageBestEffort => "This browser keeps Vertskap's data only as long as it likes: it may delete it without asking when the device runs short of space, and Safari deletes it after seven days without a visit unless Vertskap is added to the home screen. Save a backup file regularly and keep it somewhere else.",
        Msg::StorageUnsupported => "This browser cannot promise to keep data at all. Save a backup file regularly and keep it somewhere else.",
        Msg::StorageUsage { used, quota } => return format!("In use: {used} of about {quota} this browser allows."),
        Msg::AskToKeep => "Ask the browser to keep the data",
        Msg::ReminderEvery => "Remind me to save a backup after",
        Msg::ReminderDays { days } => return format!("{days} days"),
        Msg::ReminderOff => "Never",
        Msg::LastBackup { date } => return format!("Last backup saved from this device: {date}."),
        Msg::NoBackupYet => "No backup has been saved from this device yet.",
        Msg::BusinessProfile => "Vision and promises",
        Msg::GoalsComing => "Goals for each person and the team will live here, with quick check-ins and host conversations.",
        Msg::PageNotFound => "This page does not exist.",
        Msg::UnavailableHeading => "Your data cannot be kept in this browser",
        Msg::CannotOpenHeading => "Vertskap cannot open your data right now",
        Msg::UnavailableBody => "Vertskap keeps everything on this device, in the browser's own storage, and this browser does not allow that right now. Anything you typed would be lost, so the app stops here.",
        Msg::UnavailableAdvice => "Open Vertskap in a normal (not private) window, allow site data for this page in the browser's settings, or try another browser.",
        Msg::TechnicalDetail { detail } => return format!("Technical detail: {detail}"),
        Msg::TryAgain => "Try again",
        Msg::CrashHeading => "Something went wrong",
        Msg::CrashBody => "Your data is safe: everything you saved is kept in this browser. Reload the page to carry on.",
        Msg::Reload => "Reload",
    };
    text.to_string()
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
        format!("{value:.1} {}", UNITS[unit])
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
    match parameter {
        HostParameter::KnowExpectations => "Know the customer's expectations",
        HostParameter::GiveALittleMore => "Give a little more than expected",
        HostParameter::EasyToReach => "Easy to reach, quick to respond",
        HostParameter::CareSelling => "Care-selling",
        HostParameter::CleanAndTidy => "Clean and tidy surroundings",
        HostParameter::LastImpression => "Last impression and return visits",
        HostParameter::WowEffect => "The wow effect",
    }
    .to_string()
}

pub fn channel(channel: Channel) -> String {
    match channel {
        Channel::InPerson => "In person",
        Channel::Phone => "Phone",
        Channel::Written => "E-mail and chat",
        Channel::Any => "Any channel",
    }
    .to_string()
}

/// A complaint stage's short name, for labels and the progress line.
pub fn complaint_stage(stage: ComplaintStage) -> String {
    match stage {
        ComplaintStage::Listen => "Listen",
        ComplaintStage::Apologise => "Apologise",
        ComplaintStage::FindOut => "Find out what happened",
        ComplaintStage::OfferSolution => "Offer a solution",
        ComplaintStage::Compensate => "Compensate",
        ComplaintStage::FollowUp => "Follow up",
        ComplaintStage::TellImprovement => "Tell what was improved",
    }
    .to_string()
}

/// The first words of each complaint stage: a starting point the business rewords.
pub fn complaint_stage_guidance(stage: ComplaintStage) -> String {
    match stage {
        ComplaintStage::Listen => "Let the guest finish. Ask, then repeat back in your own words what you heard, and thank them for telling you.",
        ComplaintStage::Apologise => "Say sorry for how it turned out, plainly and without excuses.",
        ComplaintStage::FindOut => "Ask calm questions until you know what happened.",
        ComplaintStage::OfferSolution => "Offer a solution, ideally one that suits this guest in particular.",
        ComplaintStage::Compensate => "If it is fair, offer something extra, but only now: never as the first move.",
        ComplaintStage::FollowUp => "Check with the guest that it was put right, and tell the team so it does not happen again.",
        ComplaintStage::TellImprovement => "Let the guest know what you changed because they spoke up.",
    }
    .to_string()
}

/// The language amounts and dates are written in. English until the languages issue.
pub fn locale() -> Locale {
    Locale::En
}

pub fn money(amount: Money) -> String {
    amount.format(locale())
}

pub fn starter_role(role: StarterRole) -> String {
    match role {
        StarterRole::ExtraHelp => "Extra help",
        StarterRole::Staff => "Staff",
        StarterRole::ShiftLead => "Shift lead",
        StarterRole::Manager => "Manager",
    }
    .to_string()
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
    let at = |place: &str, what: String| format!("{place}: {what}");
    match p {
        FileProblem::Empty => "The file is empty.".into(),
        FileProblem::TooLarge { bytes, max } => format!(
            "The file is {} MB; Vertskap reads files up to {} MB.",
            bytes.div_ceil(1024 * 1024),
            max / (1024 * 1024)
        ),
        FileProblem::Binary => "This is not a text file (perhaps a picture or a document). Choose a Vertskap .json file.".into(),
        FileProblem::NotUtf8 { byte } => format!("The file is not UTF-8 text (at byte {byte}). It may have been saved by another program."),
        FileProblem::NotJson { line, column } => format!("The file is not JSON: it goes wrong at line {line}, column {column}."),
        FileProblem::Truncated => "The file stops in the middle: it was probably cut short while copying. Export it again.".into(),
        FileProblem::TooDeep => "The file nests lists inside lists too deeply to be a Vertskap file.".into(),
        FileProblem::NotVertskap => "This JSON file was not made by Vertskap.".into(),
        FileProblem::TooNew { version } => format!("This file was made by a newer Vertskap (format {version}) — update the app first."),
        FileProblem::UnknownVersion => "The file does not say which Vertskap format it uses.".into(),
        FileProblem::WrongType { place, expected, found } => at(place, format!("expected {}, found {}", expected_text(expected), found_text(*found))),
        FileProblem::Missing { place } => at(place, "this required field is missing".into()),
        FileProblem::ImpossibleDate { place } => at(place, "not a real date and time".into()),
        FileProblem::NotAnId { place } => at(place, "not a valid id".into()),
        FileProblem::DuplicateId { place, id } => at(place, format!("the id {id} is used twice")),
        FileProblem::MissingReference { place, id } => at(place, format!("points to {id}, which is not in the file")),
        FileProblem::Invalid { place, problem: p } => {
            let field = place.rsplit('.').next().unwrap_or_default();
            let field = if field == "title" { Field::Title } else { Field::Notes };
            at(place, problem(field, p))
        }
        FileProblem::Other { place, detail } => at(place, detail.clone()),
    }
}

fn expected_text(expected: &Expected) -> String {
    match expected {
        Expected::Text => "text".into(),
        Expected::WholeNumber => "a whole number".into(),
        Expected::Number => "a number".into(),
        Expected::TrueOrFalse => "true or false".into(),
        Expected::List => "a list".into(),
        Expected::Object => "an object".into(),
        Expected::Id => "an id".into(),
        Expected::DateTime => "a date and time".into(),
        Expected::OneOf(allowed) => allowed.clone(),
        Expected::Other(what) => what.clone(),
    }
}

fn found_text(found: Found) -> &'static str {
    match found {
        Found::Nothing => "nothing",
        Found::TrueOrFalse => "true or false",
        Found::Number => "a number",
        Found::Text => "text",
        Found::List => "a list",
        Found::Object => "an object",
    }
}

/// What is wrong with a field, said so the person knows what to do.
pub fn problem(field: Field, problem: &Problem) -> String {
    match (field, problem) {
        (Field::Title, Problem::Required) => "Give the standard a title.".to_string(),
        (Field::AreaName, Problem::Required) => "Give the area a name.".to_string(),
        (Field::Steps, Problem::Required) => "Add at least one step.".to_string(),
        (Field::ValueName, Problem::Required) => "Give the value a name.".to_string(),
        (Field::RoleName, Problem::Required) => "Give the role a name.".to_string(),
        (Field::RuleSituation, Problem::Required) => "Describe the situation.".to_string(),
        (Field::RuleMay, Problem::Required) => "Write what the role may do.".to_string(),
        (Field::Role, Problem::Required) => "Choose a role.".to_string(),
        (_, Problem::Required) => "This field is required.".to_string(),
        (Field::Area, Problem::UnknownArea) | (_, Problem::UnknownArea) => {
            "That area no longer exists: choose another.".to_string()
        }
        (_, Problem::TooLong { max_chars }) => {
            format!("This is too long: at most {max_chars} characters.")
        }
        (_, Problem::DuplicateName) => "Another area already has this name.".to_string(),
        (_, Problem::TooMany { max }) => format!("At most {max} steps."),
        (_, Problem::SayOrDo) => "Write what to say, what to do, or both.".to_string(),
        (_, Problem::UnknownRole) => "That role no longer exists: choose another.".to_string(),
        (_, Problem::Amount(AmountProblem::NotANumber)) => "Write the amount as a number, for example 500 or 49,90.".to_string(),
        (_, Problem::Amount(AmountProblem::NotPositive)) => "The amount must be more than zero.".to_string(),
        (_, Problem::Amount(AmountProblem::TooLarge { max_units })) => {
            format!("That is more than anyone decides alone: at most {max_units}.")
        }
        (_, Problem::Amount(AmountProblem::TooManyDecimals)) => "Use at most two decimals.".to_string(),
        (_, Problem::BackboneBroken) => "The complaint steps must keep their order: listen, apologise, find out what happened, offer a solution, compensate, follow up, tell what was improved.".to_string(),
        (_, Problem::NotPositive) => "The target must be more than zero.".to_string(),
        (_, Problem::EndBeforeStart) => "The end must not be before the start.".to_string(),
        (_, Problem::Day(DayProblem::NotADate)) => "Write the date as year-month-day, for example 2026-03-09.".to_string(),
        (_, Problem::Day(DayProblem::NoSuchDay)) => "That day does not exist.".to_string(),
        (_, Problem::Value(ValueProblem::NotANumber)) => "Write a number, for example 3 or 49,90.".to_string(),
        (_, Problem::Value(ValueProblem::Negative)) => "The number cannot be negative.".to_string(),
        (_, Problem::Value(ValueProblem::NotWhole)) => "Use a whole number.".to_string(),
        (_, Problem::Value(ValueProblem::TooManyDecimals)) => "Use at most two decimals.".to_string(),
        (_, Problem::Value(ValueProblem::OutsideScale { min, max })) => format!("Choose a whole step from {min} to +{max}."),
        (_, Problem::Value(ValueProblem::DoneIsZeroOrOne)) => "Done is 1, not done is 0.".to_string(),
        (_, Problem::Value(ValueProblem::TooLarge { max })) => format!("That is too large: at most {max}."),
        (_, Problem::Value(ValueProblem::AlwaysMet)) => "Every period would meet this target: choose one that asks for something.".to_string(),
        (_, Problem::UnknownPerson) => "That person no longer exists: choose another.".to_string(),
        (_, Problem::UnknownGoal) => "That goal no longer exists.".to_string(),
        (_, Problem::UnknownStandard) => "That standard no longer exists: choose another.".to_string(),
        (_, Problem::OutsideGoalDates) => "The date is outside the goal's start and end.".to_string(),
        (_, Problem::AlreadyDone) => "This is already marked done for that day.".to_string(),
    }
}

/// A storage failure as the person should hear it: what happened, and what to do.
pub fn storage_failure(failure: &StorageFailure) -> String {
    match failure {
        StorageFailure::Unavailable { .. } => tr(Msg::UnavailableHeading),
        StorageFailure::QuotaExceeded => "The device is out of storage space, so the change was not saved. Free some space on the device, then try again.".to_string(),
        StorageFailure::Blocked => "Vertskap is open in another tab with an older version. Close the other tabs, then reload this one.".to_string(),
        StorageFailure::TooNew => "Your data was saved by a newer version of Vertskap. Reload the page to get the newest version.".to_string(),
        StorageFailure::UpgradedElsewhere => "A newer version of Vertskap was opened in another tab or window. Reload this one to carry on with it; everything saved is kept.".to_string(),
        StorageFailure::WriteFailed { detail } => format!("The change could not be saved, and nothing of it was kept. Try again. ({detail})"),
        StorageFailure::ReadFailed { detail } => format!("Your saved data could not be read. Reload the page to try again. ({detail})"),
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
