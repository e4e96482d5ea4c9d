//! Service bingo, the manager's side: this week's card, drawn from the standards' "done
//! well" lines and put right by hand, and the cards of past weeks with what was ticked.
//! Staff tick squares at the counter ([`CounterBingo`]).

mod counter_bingo;

use crate::clock::today;
use crate::domain::drip::bingo::{self, draw_squares, lines, ticks_of, SIDE, SQUARES};
use crate::domain::drip::{BingoCard, Square, Week};
use crate::domain::knowledge::Shuffle;
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::Library;
use crate::text::drip::week as week_label;
use crate::text::{problem, tr, Msg};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
pub use counter_bingo::CounterBingo;
use yew::prelude::*;

/// A card as it was left: its squares, which were ticked and by whom, and its bingos.
pub(super) fn card_view(lib: &Library, card: &BingoCard, heading_id: &str) -> Html {
    let ticks = ticks_of(&lib.staff.bingo_ticks, card.week);
    let ticked = bingo::ticked(&lib.staff.bingo_ticks, card.week);
    let bingos = lines(&ticked).len();
    html! {
        <>
            <table class="bingo-card" aria-labelledby={heading_id.to_string()}>
                <tbody>
                    { for (0..SIDE).map(|row| html! {
                        <tr>
                            { for (0..SIDE).map(|col| {
                                let i = row * SIDE + col;
                                let text = card.squares.get(i).map(|s| s.text.clone()).unwrap_or_default();
                                let by = ticks[i]
                                    .filter(|t| t.ticked)
                                    .map(|t| t.person_id.and_then(|id| lib.person(id)).map(|p| p.name.clone()));
                                html! {
                                    <td class={classes!(by.is_some().then_some("ticked"))}>
                                        <span>{ text }</span>
                                        if let Some(by) = by {
                                            <span class="tick-mark">
                                                { match by {
                                                    Some(name) => tr(Msg::TickedBy { name: &name }),
                                                    None => tr(Msg::SquareTicked),
                                                } }
                                            </span>
                                        }
                                    </td>
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="muted">{ tr(Msg::BingoCount { count: bingos }) }</p>
        </>
    }
}

#[component(BingoPage)]
pub fn bingo_page() -> Html {
    let library = use_library();
    // The week the page opened on, which the card being written is for.
    let week = *use_state(|| Week::of(today()));
    let stored = library
        .as_ref()
        .and_then(|l| l.library().bingo_card(week).map(|c| c.squares.clone()));
    let draft = use_state(move || stored);
    let errors = use_state(FieldErrors::default);
    let status = use_state(|| None::<Msg<'static>>);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let on_draw = {
        let (draft, library, status) = (draft.clone(), library.clone(), status.clone());
        Callback::from(move |_| {
            let seed = js_sys::Date::now() as u64;
            draft.set(Some(draw_squares(
                &library.library().standards,
                &mut Shuffle::new(seed),
            )));
            status.set(None);
        })
    };
    let on_submit = {
        let (draft, library, errors, status) = (
            draft.clone(),
            library.clone(),
            errors.clone(),
            status.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(squares) = (*draft).clone() else {
                return;
            };
            if *status == Some(Msg::Saving) {
                return;
            }
            let status2 = status.clone();
            let done = Callback::from(move |outcome| {
                status2.set(Some(if outcome == Outcome::Stored {
                    Msg::CardSaved
                } else {
                    Msg::CardNotSaved
                }));
            });
            match library.save_bingo_card(week, squares, done) {
                Ok(()) => {
                    errors.set(FieldErrors::default());
                    status.set(Some(Msg::Saving));
                }
                Err(found) => {
                    status.set(None);
                    if let Some(first) = found.0.first() {
                        if let F::BingoSquare(i) = first.field {
                            crate::ui::hooks::focus_by_id(&format!("square-{i}"));
                        }
                    }
                    errors.set(found);
                }
            }
        })
    };
    let square_input = |i: usize, square: &Square| {
        let id = format!("square-{i}");
        let error = errors
            .for_field(F::BingoSquare(i))
            .map(|p| problem(F::BingoSquare(i), p));
        let error_id = format!("{id}-error");
        let oninput = {
            let (draft, status) = (draft.clone(), status.clone());
            Callback::from(move |e: InputEvent| {
                let input: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                if let Some(mut squares) = (*draft).clone() {
                    if let Some(s) = squares.get_mut(i) {
                        s.text = input.value();
                        // Written by hand now: no longer the standard's words.
                        s.standard_id = None;
                    }
                    draft.set(Some(squares));
                    status.set(None);
                }
            })
        };
        html! {
            <div class={classes!("bingo-square-field", error.is_some().then_some("invalid"))}>
                <label for={id.clone()}>{ tr(Msg::BingoSquareNumber { n: i + 1 }) }</label>
                <textarea id={id} rows="3" value={square.text.clone()} {oninput}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then(|| error_id.clone())} />
                if let Some(error) = error {
                    <p class="field-error" id={error_id}>{ error }</p>
                }
            </div>
        }
    };
    let past = bingo::past_cards(&lib.staff.bingo_cards, week);
    let ticks_this_week = lib
        .staff
        .bingo_ticks
        .iter()
        .any(|t| t.week == week && t.ticked);
    html! {
        <section class="page bingo">
            <p><a class="text-link" href={Route::Goals.href()}>{ tr(Msg::BackToGoals) }</a></p>
            <h1>{ tr(Msg::ServiceBingoHeading) }</h1>
            <p class="intro">{ tr(Msg::BingoIntro) }</p>
            <section aria-labelledby="this-card">
                <h2 id="this-card">{ tr(Msg::ThisWeeksCard { week: &week_label(week) }) }</h2>
                if let Some(card) = lib.bingo_card(week) {
                    { card_view(lib, card, "this-card") }
                }
                <div class="actions">
                    <button type="button" class="button" onclick={on_draw}>
                        { tr(if draft.is_some() { Msg::DrawAgain } else { Msg::DrawCard }) }
                    </button>
                </div>
                if ticks_this_week && draft.is_some() {
                    <p class="hint">{ tr(Msg::TicksStayOnSquares) }</p>
                }
                if let Some(squares) = &*draft {
                    <form class="bingo-editor" onsubmit={on_submit} novalidate=true>
                        if !errors.is_empty() {
                            <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                        }
                        <div class="bingo-grid-editor">
                            { for squares.iter().enumerate().take(SQUARES).map(|(i, s)| square_input(i, s)) }
                        </div>
                        <div class="actions">
                            <button type="submit" class="button primary" disabled={*status == Some(Msg::Saving)}>
                                { tr(if *status == Some(Msg::Saving) { Msg::Saving } else { Msg::SaveCard }) }
                            </button>
                            <p class={classes!("save-status", (*status == Some(Msg::CardNotSaved)).then_some("form-error"))} role="status">
                                { status.map(tr).unwrap_or_default() }
                            </p>
                        </div>
                    </form>
                } else {
                    <p class="empty">{ tr(Msg::NoCardThisWeek) }</p>
                }
            </section>
            if !past.is_empty() {
                <section aria-labelledby="past-cards">
                    <h2 id="past-cards">{ tr(Msg::PastCardsHeading) }</h2>
                    { for past.iter().take(8).map(|card| {
                        let id = format!("card-{}", card.week);
                        html! {
                            <section key={id.clone()} aria-labelledby={id.clone()}>
                                <h3 {id}>{ week_label(card.week) }</h3>
                                { card_view(lib, card, &format!("card-{}", card.week)) }
                            </section>
                        }
                    }) }
                </section>
            }
        </section>
    }
}
