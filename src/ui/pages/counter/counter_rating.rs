//! The rating a customer taps on the way out: one question, four faces with words (as
//! many good as bad, no middle), then a thank-you that rests the buttons for a moment so
//! one customer cannot tap ten times. After a bad answer the guest may tap a reason.

use crate::domain::voice::{Rating, RatingTap, PAUSE_MILLIS};
use crate::text::voice::{default_reasons, rating};
use crate::text::{tr, Msg};
use crate::ui::library::use_library;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long the reasons stay after a bad answer, for a guest to read and tap one.
const REASONS_MILLIS: u32 = 8_000;

#[derive(Clone, PartialEq)]
enum Screen {
    Asking,
    /// The tap is being stored.
    Storing,
    /// Thanked; `tap` is the stored tap, to add a reason to.
    Thanked {
        tap: RatingTap,
        reason_given: bool,
    },
}

/// A face for each answer: the mouth curves down for the bad ones, up for the good.
fn face(answer: Rating) -> Html {
    let mouth = match answer {
        Rating::VeryBad => "M14 31 Q24 21 34 31",
        Rating::Bad => "M15 30 Q24 26 33 30",
        Rating::Good => "M15 28 Q24 33 33 28",
        Rating::VeryGood => "M13 26 Q24 38 35 26",
    };
    html! {
        <svg class="face" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
            <circle cx="24" cy="24" r="21" />
            <circle class="eye" cx="17" cy="19" r="2.5" />
            <circle class="eye" cx="31" cy="19" r="2.5" />
            <path d={mouth} />
        </svg>
    }
}

#[component(CounterRating)]
pub fn counter_rating() -> Html {
    let library = use_library();
    let screen = use_state(|| Screen::Asking);
    // The one timer that brings the question back; replaced (and so cancelled) by the next.
    let back = use_mut_ref(|| None::<Timeout>);
    // Set at the first tap, before any redraw: a double tap lands twice in one frame, when
    // the screen's state still reads "asking".
    let taken = use_mut_ref(|| false);
    let reason_taken = use_mut_ref(|| false);
    let Some(library) = library else {
        return html! {};
    };
    let ask_again_in = {
        let (screen, back, taken) = (screen.clone(), back.clone(), taken.clone());
        move |millis: u32| {
            let (screen, taken) = (screen.clone(), taken.clone());
            *back.borrow_mut() = Some(Timeout::new(millis, move || {
                *taken.borrow_mut() = false;
                screen.set(Screen::Asking);
            }));
        }
    };
    let on_rate = |answer: Rating| {
        let (library, screen, ask_again_in, taken, reason_taken) = (
            library.clone(),
            screen.clone(),
            ask_again_in.clone(),
            taken.clone(),
            reason_taken.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            // A second tap while the first is stored or thanked for is the same guest.
            if std::mem::replace(&mut *taken.borrow_mut(), true) {
                return;
            }
            *reason_taken.borrow_mut() = false;
            screen.set(Screen::Storing);
            let (screen, ask_again_in, taken) =
                (screen.clone(), ask_again_in.clone(), taken.clone());
            library.rate(
                answer,
                Callback::from(move |stored: Option<RatingTap>| match stored {
                    Some(tap) => {
                        let wait = if tap.rating.is_good() {
                            PAUSE_MILLIS
                        } else {
                            REASONS_MILLIS
                        };
                        screen.set(Screen::Thanked {
                            tap,
                            reason_given: false,
                        });
                        ask_again_in(wait);
                    }
                    // Not stored: the notice says why, and the question stays.
                    None => {
                        *taken.borrow_mut() = false;
                        screen.set(Screen::Asking);
                    }
                }),
            );
        })
    };
    let on_reason = |reason: String| {
        let (library, screen, ask_again_in, reason_taken) = (
            library.clone(),
            screen.clone(),
            ask_again_in.clone(),
            reason_taken.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Screen::Thanked {
                tap,
                reason_given: false,
            } = (*screen).clone()
            else {
                return;
            };
            // Two taps on reasons within one frame: the first is the guest's answer.
            if std::mem::replace(&mut *reason_taken.borrow_mut(), true) {
                return;
            }
            screen.set(Screen::Thanked {
                tap: tap.clone(),
                reason_given: true,
            });
            ask_again_in(PAUSE_MILLIS);
            library.give_reason(&tap, &reason, Callback::noop());
        })
    };
    let setup = &library.library().profile.rating;
    let question = if setup.question.is_empty() {
        tr(Msg::RatingQuestionDefault)
    } else {
        setup.question.clone()
    };
    let reasons = if setup.reasons.is_empty() {
        default_reasons()
    } else {
        setup.reasons.clone()
    };
    html! {
        <section class="counter-rating">
            <h1>{ question.clone() }</h1>
            {
                match &*screen {
                    Screen::Thanked { tap, reason_given } => html! {
                        <div class="rating-thanks">
                            <p role="status">{ tr(Msg::RatingThanks) }</p>
                            if !tap.rating.is_good() && !reason_given {
                                <h2>{ tr(Msg::RatingWhy) }</h2>
                                <div class="rating-reasons" role="group" aria-label={tr(Msg::RatingWhy)}>
                                    { for reasons.iter().cloned().map(|reason| html! {
                                        <button type="button" class="button big" onclick={on_reason(reason.clone())}>{ reason }</button>
                                    }) }
                                </div>
                            }
                        </div>
                    },
                    _ => html! {
                        <div class="rating-faces" role="group" aria-label={question}>
                            { for Rating::ALL.iter().map(|answer| html! {
                                <button type="button" class={classes!("rating-face", format!("rating-{}", answer_class(*answer)))}
                                    disabled={*screen != Screen::Asking} onclick={on_rate(*answer)}>
                                    { face(*answer) }
                                    <span>{ rating(*answer) }</span>
                                </button>
                            }) }
                        </div>
                    },
                }
            }
        </section>
    }
}

fn answer_class(answer: Rating) -> &'static str {
    match answer {
        Rating::VeryBad => "very-bad",
        Rating::Bad => "bad",
        Rating::Good => "good",
        Rating::VeryGood => "very-good",
    }
}
