//! One step in the editor: say, do and note, with buttons to move, add after, or remove it.

use crate::domain::ordering::Direction;
use crate::domain::Step;
use crate::text::{complaint_stage, tr, Msg};
use crate::ui::components::{Field, FieldKind};
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum StepChange {
    Say(String),
    Do(String),
    Note(String),
    Move(Direction),
    Remove,
    AddAfter,
}

#[derive(Properties, PartialEq)]
pub struct StepFieldsProps {
    pub index: usize,
    pub step: Step,
    pub count: usize,
    pub can_move_up: bool,
    pub can_move_down: bool,
    pub error: Option<String>,
    pub on_change: Callback<(usize, StepChange)>,
}

#[component(StepFields)]
pub fn step_fields(props: &StepFieldsProps) -> Html {
    let index = props.index;
    let n = index + 1;
    let emit = |change: fn(String) -> StepChange| {
        let on_change = props.on_change.clone();
        Callback::from(move |value: String| on_change.emit((index, change(value))))
    };
    let action = |change: StepChange| {
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit((index, change.clone())))
    };
    let stage = props.step.stage.map(complaint_stage);
    let error_id = format!("step-{index}-error");
    html! {
        <fieldset class={classes!("step", props.error.is_some().then_some("invalid"))}
            aria-describedby={props.error.is_some().then(|| error_id.clone())}>
            <legend>
                { tr(Msg::StepNumber { n }) }
                if let Some(stage) = &stage {
                    <span class="badge">{ tr(Msg::BackboneStep { stage }) }</span>
                }
            </legend>
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id}>{ error.clone() }</p>
            }
            <Field id={format!("step-{index}-say")} label={tr(Msg::Say)} kind={FieldKind::Text}
                value={props.step.say.clone()} on_change={emit(StepChange::Say)} />
            <Field id={format!("step-{index}-do")} label={tr(Msg::Do)} kind={FieldKind::Text}
                value={props.step.act.clone()} on_change={emit(StepChange::Do)} />
            <Field id={format!("step-{index}-note")} label={tr(Msg::Note)} kind={FieldKind::Text}
                value={props.step.note.clone()} on_change={emit(StepChange::Note)} />
            <div class="actions tight">
                <button type="button" class="button icon" aria-label={tr(Msg::MoveStepUp { n })}
                    disabled={!props.can_move_up} onclick={action(StepChange::Move(Direction::Up))}>
                    <span aria-hidden="true">{ "↑" }</span>
                </button>
                <button type="button" class="button icon" aria-label={tr(Msg::MoveStepDown { n })}
                    disabled={!props.can_move_down} onclick={action(StepChange::Move(Direction::Down))}>
                    <span aria-hidden="true">{ "↓" }</span>
                </button>
                <button type="button" class="button" onclick={action(StepChange::AddAfter)}>
                    { tr(Msg::AddStepAfter { n }) }
                </button>
                if props.step.stage.is_none() && props.count > 1 {
                    <button type="button" class="button danger" onclick={action(StepChange::Remove)}>
                        { tr(Msg::RemoveStep { n }) }
                    </button>
                }
            </div>
        </fieldset>
    }
}
