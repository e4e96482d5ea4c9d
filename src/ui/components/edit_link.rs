//! "Edit" as seen, with which thing it edits for a screen reader: lists of notes show
//! many such links, and each must have a name of its own.

use crate::text::{tr, Msg};
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditLinkProps {
    pub to: Route,
    /// What a screen reader says, such as "Edit the praise of 07.03.2026".
    pub name: String,
}

#[component(EditLink)]
pub fn edit_link(props: &EditLinkProps) -> Html {
    html! {
        <a class="text-link" href={props.to.href()}>
            <span aria-hidden="true">{ tr(Msg::Edit) }</span>
            <span class="visually-hidden">{ props.name.clone() }</span>
        </a>
    }
}

#[derive(Properties, PartialEq)]
pub struct StoryLinkProps {
    pub to: Route,
    /// What a screen reader says, such as "Make the praise of 07.03.2026 a service story".
    pub name: String,
    /// A story was made from it already: said, not offered again.
    pub made: bool,
}

/// "Make it a service story" beside a praise or a reflection, named like [`EditLink`].
#[component(StoryLink)]
pub fn story_link(props: &StoryLinkProps) -> Html {
    if props.made {
        return html! { <p class="muted">{ tr(Msg::AlreadyAStory) }</p> };
    }
    html! {
        <a class="text-link" href={props.to.href()}>
            <span aria-hidden="true">{ tr(Msg::MakeStory) }</span>
            <span class="visually-hidden">{ props.name.clone() }</span>
        </a>
    }
}
