//! "Move up" and "Move down": reordering that works by touch and keyboard, not only drag.

use crate::domain::ordering::Direction;
use crate::text::{tr, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MoveButtonsProps {
    /// What is moved, for the buttons' accessible names.
    pub name: AttrValue,
    pub can_move_up: bool,
    pub can_move_down: bool,
    pub on_move: Callback<Direction>,
}

#[component(MoveButtons)]
pub fn move_buttons(props: &MoveButtonsProps) -> Html {
    let button = |direction: Direction, enabled: bool, label: String, arrow: &'static str| {
        let on_move = props.on_move.clone();
        html! {
            <button type="button" class="button icon" aria-label={label} disabled={!enabled}
                onclick={Callback::from(move |_| on_move.emit(direction))}>
                <span aria-hidden="true">{ arrow }</span>
            </button>
        }
    };
    html! {
        <span class="move-buttons">
            { button(Direction::Up, props.can_move_up, tr(Msg::MoveUp { name: &props.name }), "↑") }
            { button(Direction::Down, props.can_move_down, tr(Msg::MoveDown { name: &props.name }), "↓") }
        </span>
    }
}
