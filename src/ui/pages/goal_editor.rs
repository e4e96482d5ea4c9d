//! Writing a goal: what, whose, how it is counted, the target and its period, when it
//! runs, and which key figure and standard it belongs to.

use crate::clock::today;
use crate::domain::staff::{
    GoalDraft, GoalKind, GoalStatus, KeyFigure, Owner, Period, TargetDirection,
};
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::{GoalId, PersonId};
use crate::text::staff::key_figure;
use crate::text::{problem, tr, Msg};
use crate::ui::components::{Field, FieldKind, Missing, SelectField};
use crate::ui::hooks::selected_option;
use crate::ui::hooks::{field_setter, submit_handler};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalEditorProps {
    #[prop_or_default]
    pub id: Option<GoalId>,
    /// A new goal for this person (from their page).
    #[prop_or_default]
    pub person: Option<PersonId>,
}

fn field_id(field: F) -> String {
    match field {
        F::Owner => "goal-owner",
        F::Target => "goal-target",
        F::Start => "goal-start",
        F::End => "goal-end",
        F::LinkedStandard => "goal-standard",
        _ => "goal-title",
    }
    .to_string()
}

pub const KINDS: [(GoalKind, Msg<'static>); 5] = [
    (GoalKind::Count, Msg::KindCount),
    (GoalKind::DonePerDay, Msg::KindDone),
    (GoalKind::Amount, Msg::KindAmount),
    (GoalKind::Score, Msg::KindScore),
    (GoalKind::GoodRatings, Msg::KindGoodRatings),
];

pub const PERIODS: [(Period, Msg<'static>); 4] = [
    (Period::Day, Msg::PeriodDay),
    (Period::Week, Msg::PeriodWeek),
    (Period::Month, Msg::PeriodMonth),
    (Period::Quarter, Msg::PeriodQuarter),
];

const DIRECTIONS: [(TargetDirection, Msg<'static>); 2] = [
    (TargetDirection::AtLeast, Msg::DirectionAtLeast),
    (TargetDirection::AtMost, Msg::DirectionAtMost),
];

const STATUSES: [(GoalStatus, Msg<'static>); 3] = [
    (GoalStatus::Active, Msg::StatusActive),
    (GoalStatus::Reached, Msg::StatusReached),
    (GoalStatus::Dropped, Msg::StatusDropped),
];

/// Options of a select for a fixed set of choices, by their position.
pub fn choice_options<T>(choices: &[(T, Msg<'static>)]) -> Vec<(String, String)> {
    choices
        .iter()
        .enumerate()
        .map(|(i, (_, label))| (i.to_string(), tr(*label)))
        .collect()
}

pub fn chosen<T: Copy + PartialEq>(choices: &[(T, Msg<'static>)], value: T) -> String {
    choices
        .iter()
        .position(|(c, _)| *c == value)
        .unwrap_or(0)
        .to_string()
}

pub fn pick<T: Copy>(choices: &[(T, Msg<'static>)], index: &str) -> Option<T> {
    index
        .parse::<usize>()
        .ok()
        .and_then(|i| choices.get(i))
        .map(|(c, _)| *c)
}

/// The measuring part of a goal form (kind, target, direction, period), shared with
/// the host conversation's goal.
#[derive(Properties, PartialEq)]
pub struct MeasureFieldsProps {
    pub prefix: AttrValue,
    pub draft: GoalDraft,
    pub errors: FieldErrors,
    pub on_change: Callback<GoalDraft>,
    /// An existing goal: how it is counted stays (its check-ins were counted so).
    #[prop_or_default]
    pub kind_fixed: bool,
}

#[component(MeasureFields)]
pub fn measure_fields(props: &MeasureFieldsProps) -> Html {
    let set = |apply: fn(&mut GoalDraft, String)| {
        let (draft, on_change) = (props.draft.clone(), props.on_change.clone());
        Callback::from(move |value: String| {
            let mut next = draft.clone();
            apply(&mut next, value);
            on_change.emit(next);
        })
    };
    let id = |name: &str| format!("{}-{name}", props.prefix);
    html! {
        <>
            if props.kind_fixed {
                <div class="field" role="group" aria-labelledby={id("kind-label")}>
                    <p class="label" id={id("kind-label")}>{ tr(Msg::GoalKindLabel) }</p>
                    <p>{ KINDS.iter().find(|(k, _)| *k == props.draft.kind).map(|(_, m)| tr(*m)).unwrap_or_default() }</p>
                    <p class="hint">{ tr(Msg::KindFixedHint) }</p>
                </div>
            } else {
                <SelectField id={id("kind")} label={tr(Msg::GoalKindLabel)} options={choice_options(&KINDS)}
                    selected={chosen(&KINDS, props.draft.kind)}
                    on_change={set(|d, v| if let Some(k) = pick(&KINDS, &v) { d.kind = k })} />
            }
            <SelectField id={id("direction")} label={tr(Msg::TargetIs)}
                options={choice_options(&DIRECTIONS)} selected={chosen(&DIRECTIONS, props.draft.direction)}
                on_change={set(|d, v| if let Some(x) = pick(&DIRECTIONS, &v) { d.direction = x })} />
            <Field id={id("target")} label={tr(Msg::Target)} kind={FieldKind::Number} required=true
                hint={(props.draft.kind == GoalKind::GoodRatings).then(|| AttrValue::from(tr(Msg::GoodRatingsTargetHint)))}
                value={props.draft.target.clone()} error={props.errors.for_field(F::Target).map(|p| problem(F::Target, p))}
                on_change={set(|d, v| d.target = v)} />
            <SelectField id={id("period")} label={tr(Msg::PeriodLabel)} options={choice_options(&PERIODS)}
                selected={chosen(&PERIODS, props.draft.period)}
                on_change={set(|d, v| if let Some(p) = pick(&PERIODS, &v) { d.period = p })} />
        </>
    }
}

#[component(GoalEditor)]
pub fn goal_editor(props: &GoalEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = library
        .as_ref()
        .and_then(|l| props.id.and_then(|id| l.library().goal(id).cloned()));
    let draft = {
        let (existing, person) = (existing.clone(), props.person);
        use_state(move || match &existing {
            Some(goal) => GoalDraft::from_goal(goal),
            None => GoalDraft::new(Some(person.map_or(Owner::Team, Owner::Person)), today()),
        })
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    if props.id.is_some() && existing.is_none() {
        return html! { <Missing heading={Msg::GoalNotFound} back_to={Route::Goals} back_label={Msg::BackToGoals} /> };
    }
    let setter = |apply| field_setter(&draft, apply);
    let on_submit = {
        let (draft, library, existing) = (draft.clone(), library.clone(), existing.clone());
        submit_handler(
            &errors,
            &saving,
            navigator,
            field_id,
            |id| Route::Goal { id },
            move |done| library.save_goal(existing.as_ref(), &draft, done),
        )
    };
    let error_for = |field: F| errors.for_field(field).map(|p| problem(field, p));
    let people = library.library().people_by_name();
    let owners: Vec<(String, String)> = std::iter::once((String::new(), tr(Msg::WholeTeam)))
        .chain(people.iter().map(|p| (p.id.to_string(), p.name.clone())))
        .collect();
    let owner_value = match draft.owner {
        Some(Owner::Person(id)) => id.to_string(),
        _ => String::new(),
    };
    let on_owner = {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            next.owner = Some(value.parse().map_or(Owner::Team, Owner::Person));
            draft.set(next);
        })
    };
    let figures: Vec<(String, String)> = std::iter::once((String::new(), tr(Msg::NoKeyFigure)))
        .chain(
            KeyFigure::ALL
                .iter()
                .map(|f| (format!("{f:?}"), key_figure(*f))),
        )
        .collect();
    let on_figure = {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            next.key_figure = KeyFigure::ALL
                .into_iter()
                .find(|f| format!("{f:?}") == value);
            draft.set(next);
        })
    };
    let standards: Vec<(String, String)> =
        std::iter::once((String::new(), tr(Msg::NoLinkedStandard)))
            .chain(
                library
                    .library()
                    .standards
                    .iter()
                    .map(|s| (s.id.to_string(), s.title.clone())),
            )
            .collect();
    let on_standard = {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            next.standard_id = selected_option(&value);
            draft.set(next);
        })
    };
    let on_measure = {
        let draft = draft.clone();
        Callback::from(move |next: GoalDraft| draft.set(next))
    };
    let cancel_to = existing
        .as_ref()
        .map_or(Route::Goals, |g| Route::Goal { id: g.id });
    html! {
        <section class="page editor">
            <h1>{ tr(if existing.is_some() { Msg::EditGoal } else { Msg::NewGoal }) }</h1>
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <Field id="goal-title" label={tr(Msg::GoalTitle)} kind={FieldKind::Line} required=true hint={tr(Msg::GoalTitleHint)}
                    value={draft.title.clone()} error={error_for(F::GoalTitle)} on_change={setter(|d, v| d.title = v)} />
                <SelectField id="goal-owner" label={tr(Msg::Owner)} options={owners} selected={owner_value}
                    error={error_for(F::Owner)} on_change={on_owner} />
                <MeasureFields prefix="goal" draft={(*draft).clone()} errors={(*errors).clone()} on_change={on_measure}
                    kind_fixed={existing.is_some()} />
                <Field id="goal-start" label={tr(Msg::StartLabel)} kind={FieldKind::Date} required=true
                    value={draft.start.clone()} error={error_for(F::Start)} on_change={setter(|d, v| d.start = v)} />
                <Field id="goal-end" label={tr(Msg::EndLabel)} kind={FieldKind::Date}
                    value={draft.end.clone()} error={error_for(F::End)} on_change={setter(|d, v| d.end = v)} />
                <SelectField id="goal-key-figure" label={tr(Msg::KeyFigureLabel)} options={figures}
                    selected={draft.key_figure.map(|f| format!("{f:?}")).unwrap_or_default()} on_change={on_figure} />
                <SelectField id="goal-standard" label={tr(Msg::LinkedStandard)} options={standards}
                    selected={draft.standard_id.map(|s| s.to_string()).unwrap_or_default()}
                    error={error_for(F::LinkedStandard)} on_change={on_standard} />
                if existing.is_some() {
                    <SelectField id="goal-status" label={tr(Msg::StatusLabel)} options={choice_options(&STATUSES)}
                        selected={chosen(&STATUSES, draft.status)}
                        on_change={setter(|d, v| if let Some(s) = pick(&STATUSES, &v) { d.status = s })} />
                }
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving}>
                        { tr(if *saving { Msg::Saving } else { Msg::Save }) }
                    </button>
                    <a class="button" href={cancel_to.href()}>{ tr(Msg::Cancel) }</a>
                </div>
            </form>
        </section>
    }
}
