//! Service bingo at the counter: the week's sixteen squares as buttons. A tap ticks the
//! square (saying who, if they like), another takes it back; the tick that completes a
//! row, column or diagonal is greeted with a small celebration, still when motion is
//! reduced (then without movement).

use crate::clock::today;
use crate::domain::drip::bingo::{new_lines, ticked, SIDE};
use crate::domain::drip::Week;
use crate::domain::PersonId;
use crate::text::{tr, Msg};
use crate::ui::hooks::selected_option;
use crate::ui::library::{use_library, Outcome};
use yew::prelude::*;

#[component(CounterBingo)]
pub fn counter_bingo() -> Html {
    let library = use_library();
    let who = use_state(|| None::<PersonId>);
    let celebrating = use_state(|| false);
    let failed = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let week = Week::of(today());
    let Some(card) = lib.bingo_card(week) else {
        return html! {
            <section class="counter-page">
                <h1>{ tr(Msg::ServiceBingoHeading) }</h1>
                <p class="empty">{ tr(Msg::NoCardAtCounter) }</p>
            </section>
        };
    };
    let state = ticked(&lib.staff.bingo_ticks, week);
    let on_who = {
        let who = who.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            who.set(selected_option(&select.value()));
        })
    };
    let square = |i: usize| {
        let on = state[i];
        let onclick = {
            let (library, who, celebrating, failed) = (
                library.clone(),
                who.clone(),
                celebrating.clone(),
                failed.clone(),
            );
            Callback::from(move |_| {
                let mut after = state;
                after[i] = !on;
                let completes = !new_lines(&state, &after).is_empty();
                let (celebrating, failed, who) = (celebrating.clone(), failed.clone(), who.clone());
                library.tick_square(
                    week,
                    i as u8,
                    !on,
                    *who,
                    Callback::from(move |outcome| {
                        failed.set(outcome != Outcome::Stored);
                        celebrating.set(outcome == Outcome::Stored && completes);
                        // The tablet is shared: the next tick is someone else's to name.
                        if outcome == Outcome::Stored {
                            who.set(None);
                        }
                    }),
                );
            })
        };
        let text = card
            .squares
            .get(i)
            .map(|s| s.text.clone())
            .unwrap_or_default();
        html! {
            <button type="button" class={classes!("bingo-square", on.then_some("ticked"))}
                aria-pressed={on.to_string()} {onclick}>
                { text }
            </button>
        }
    };
    let people: Vec<_> = lib.staff.people.iter().filter(|p| p.active).collect();
    html! {
        <section class="counter-page counter-bingo">
            <h1>{ tr(Msg::ServiceBingoHeading) }</h1>
            <p class="hint">{ tr(Msg::TickSquareHint) }</p>
            if !people.is_empty() {
                <div class="field">
                    <label for="bingo-who">{ tr(Msg::WhoDidIt) }</label>
                    <select id="bingo-who" onchange={on_who}>
                        <option value="" selected={who.is_none()}>{ tr(Msg::NotGiven) }</option>
                        { for people.iter().map(|p| html! {
                            <option value={p.id.to_string()} selected={*who == Some(p.id)}>{ p.name.clone() }</option>
                        }) }
                    </select>
                </div>
            }
            <div class="bingo-board" role="group" aria-label={tr(Msg::ServiceBingoHeading)}>
                { for (0..SIDE * SIDE).map(square) }
            </div>
            <div role="status" class="bingo-status">
                if *celebrating {
                    <p class="bingo-celebration">{ tr(Msg::BingoCelebration) }</p>
                }
                if *failed {
                    <p class="form-error">{ tr(Msg::TickNotSaved) }</p>
                }
            </div>
        </section>
    }
}
