//! A script as a printed card: channel, title, situation and steps, nothing else (no
//! pinned, practice or tag chips). It is a sheet (see `ui/sheet_fit.rs`): its type
//! shrinks until the whole script fits one page, so a card never spills onto a second.

use super::ScriptSteps;
use crate::domain::Script;
use crate::text::channel;
use yew::prelude::*;

/// Scripts shrink to fit their page, down to a size still readable at arm's length, and
/// grow a little when short.
pub const SCRIPT_SCALE: (f64, f64) = (0.35, 1.3);

#[derive(Properties, PartialEq)]
pub struct ScriptSheetProps {
    pub script: Script,
}

#[component(ScriptSheet)]
pub fn script_sheet(props: &ScriptSheetProps) -> Html {
    html! {
        <article class="script-card sheet">
            <div class="sheet-content">{ script_card_body(&props.script) }</div>
        </article>
    }
}

/// What a printed card says: channel, title, situation and steps.
pub fn script_card_body(script: &Script) -> Html {
    html! {
        <>
            <p class="area-label">{ channel(script.channel) }</p>
            <h2>{ script.title.clone() }</h2>
            if !script.situation.is_empty() {
                <p class="long-text situation">{ script.situation.clone() }</p>
            }
            <ScriptSteps steps={script.steps.clone()} />
        </>
    }
}
