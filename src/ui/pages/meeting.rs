//! The weekly service meeting: last week at a glance, the story told and the standard
//! kept in mind this week, and the team's notes; it prints on one A4 page. Past weeks
//! open the same way, so earlier meetings can be read again.

mod glance;
mod sheet;

use crate::clock::{local_day, now, today};
use crate::domain::drip::figures::{Sources, WeekAtGlance};
use crate::domain::drip::{meeting, Meeting, Prompt, Week};
use crate::text::drip::{prompt, week as week_label};
use crate::text::{tr, Msg};
use crate::ui::components::SelectField;
use crate::ui::hooks::{selected_option, use_rating_hours, SaveState};
use crate::ui::library::{use_library, Outcome};
use crate::ui::print::print_page;
use crate::ui::routes::Route;
use crate::ui::sheet_fit::use_fit_sheets;
use glance::Glance;
use sheet::MeetingSheet;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeetingPageProps {
    /// None: this week.
    #[prop_or_default]
    pub week: Option<Week>,
}

/// How far the printed meeting may shrink or grow to fill its one page.
const MEETING_SCALE: (f64, f64) = (0.4, 1.15);

#[component(MeetingPage)]
pub fn meeting_page(props: &MeetingPageProps) -> Html {
    let library = use_library();
    // The week the page opened on: a tablet left open over Sunday night keeps editing
    // the meeting it shows.
    let this_week = *use_state(|| Week::of(today()));
    let week = props.week.unwrap_or(this_week);
    let stored = library
        .as_ref()
        .and_then(|l| l.library().meeting(week).cloned());
    let draft = {
        let stored = stored.clone();
        use_state(move || stored.unwrap_or_else(|| Meeting::new(week, now())))
    };
    let saving = use_state(|| SaveState::Idle);
    // Counts edits, so a save that lands after a later edit does not call that edit saved.
    let edits = use_mut_ref(|| 0u32);
    let hours = use_rating_hours(&library);
    // What paper gets: the meeting on one A4 sheet, fitted (laid out unseen, so it can
    // be measured).
    let print_copy = use_node_ref();
    let revision = library.as_ref().map(|l| l.revision());
    let too_long = use_fit_sheets(
        &print_copy,
        MEETING_SCALE,
        ((*draft).clone(), revision, hours.is_some()),
    );
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    // Worked out once, for the page and for its printed sheet.
    let glance = hours.as_deref().map(|hours| {
        Rc::new(WeekAtGlance::of(
            week.previous(),
            &Sources {
                staff: &lib.staff,
                hours,
                too_few: lib.profile.rating.too_few(),
                day_of: &local_day,
            },
        ))
    });
    let changed = {
        let (draft, saving, edits) = (draft.clone(), saving.clone(), edits.clone());
        move |next: Meeting| {
            draft.set(next);
            *edits.borrow_mut() += 1;
            if *saving != SaveState::Busy {
                saving.set(SaveState::Idle);
            }
        }
    };
    let on_focus = {
        let (draft, changed) = (draft.clone(), changed.clone());
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            next.focus_standard_id = selected_option(&value);
            changed(next);
        })
    };
    let on_story = {
        let (draft, changed) = (draft.clone(), changed.clone());
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            next.story_id = selected_option(&value);
            changed(next);
        })
    };
    let on_submit = {
        let (library, draft, saving, edits) = (
            library.clone(),
            draft.clone(),
            saving.clone(),
            edits.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving == SaveState::Busy {
                return;
            }
            saving.set(SaveState::Busy);
            let (saving, edits) = (saving.clone(), edits.clone());
            let saved_at = *edits.borrow();
            library.save_meeting(
                (*draft).clone(),
                Callback::from(move |outcome| {
                    let edited_since = *edits.borrow() != saved_at;
                    saving.set(match outcome {
                        Outcome::Stored if edited_since => SaveState::Idle,
                        Outcome::Stored => SaveState::Saved,
                        _ => SaveState::Failed,
                    })
                }),
            );
        })
    };
    let standards: Vec<(String, String)> = std::iter::once((String::new(), tr(Msg::NoFocusChosen)))
        .chain(
            lib.areas_in_order()
                .into_iter()
                .flat_map(|area| lib.standards_in(area.id))
                .map(|s| (s.id.to_string(), s.title.clone())),
        )
        .collect();
    let mut stories: Vec<_> = lib.staff.stories.iter().collect();
    stories.sort_by_key(|s| std::cmp::Reverse((s.date, s.created)));
    let story_options: Vec<(String, String)> =
        std::iter::once((String::new(), tr(Msg::NoStoryChosen)))
            .chain(stories.iter().map(|s| (s.id.to_string(), s.title.clone())))
            .collect();
    let focus = draft
        .focus_standard_id
        .and_then(|id| lib.standards.iter().find(|s| s.id == id));
    let story = draft.story_id.and_then(|id| lib.story(id));
    let name_of = |id| lib.person(id).map(|p| p.name.clone());
    let past: Vec<&Meeting> = meeting::held(&lib.staff.meetings)
        .into_iter()
        .filter(|m| m.week != week)
        .take(12)
        .collect();
    let note_field = |p: Prompt| {
        let id = format!("meeting-note-{p:?}").to_lowercase();
        let text = draft.note(p).to_string();
        let on_input = {
            let (draft, changed) = (draft.clone(), changed.clone());
            Callback::from(move |e: InputEvent| {
                let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                changed((*draft).with_note(p, &area.value(), now()));
            })
        };
        html! {
            <div class="field">
                <label for={id.clone()}>{ tr(prompt(p)) }</label>
                <textarea id={id} rows="3" value={text} oninput={on_input} />
            </div>
        }
    };
    html! {
        <>
        <section class="page meeting-page no-print">
            <p><a class="text-link" href={Route::Goals.href()}>{ tr(Msg::BackToGoals) }</a></p>
            <div class="page-head">
                <h1>{ tr(Msg::ServiceMeetingHeading) }{ " " }<span class="subtitle">{ week_label(week) }</span></h1>
                <div class="actions">
                    <button type="button" class="button" onclick={Callback::from(|_| print_page())}>{ tr(Msg::PrintMeeting) }</button>
                </div>
            </div>
            if too_long > 0 {
                <p class="notice" role="status">{ tr(Msg::SheetsTooLong { count: too_long }) }</p>
            }
            <nav class="actions week-nav" aria-label={tr(Msg::WeeksNav)}>
                <a class="button" href={Route::MeetingOf { week: week.previous() }.href()}>{ tr(Msg::PreviousWeek) }</a>
                if week != this_week {
                    <a class="button" href={Route::Meeting.href()}>{ tr(Msg::CurrentWeek) }</a>
                }
                <a class="button" href={Route::MeetingOf { week: week.next() }.href()}>{ tr(Msg::NextWeek) }</a>
            </nav>
            <section aria-labelledby="glance-heading" class="glance">
                <h2 id="glance-heading">{ tr(Msg::LastWeekHeading { week: &week_label(week.previous()) }) }</h2>
                if let Some(glance) = glance.clone() {
                    <Glance {glance} />
                }
            </section>
            <form onsubmit={on_submit} novalidate=true>
                <section aria-labelledby="focus-heading">
                    <h2 id="focus-heading">{ tr(Msg::FocusStandardLabel) }</h2>
                    <div>
                        <SelectField id="meeting-focus" label={tr(Msg::ChooseFocusStandard)} options={standards}
                            selected={draft.focus_standard_id.map(|i| i.to_string()).unwrap_or_default()} on_change={on_focus} />
                        <p class="hint">{ tr(Msg::FocusShownAtCounter) }</p>
                    </div>
                    if let Some(standard) = focus {
                        <div class="focus-standard">
                            <p class="focus-title"><strong>{ standard.title.clone() }</strong></p>
                            if !standard.dos.is_empty() {
                                <ul>{ for standard.dos.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
                            }
                        </div>
                    }
                </section>
                <section aria-labelledby="story-heading">
                    <h2 id="story-heading">{ tr(Msg::StoryOfTheWeek) }</h2>
                    <div>
                        <SelectField id="meeting-story" label={tr(Msg::ChooseStory)} options={story_options}
                            selected={draft.story_id.map(|i| i.to_string()).unwrap_or_default()} on_change={on_story} />
                        <p><a class="text-link" href={Route::NewStory.href()}>{ tr(Msg::WriteStoryLink) }</a></p>
                    </div>
                    if let Some(story) = story {
                        <article class="story">
                            <h3>{ story.title.clone() }</h3>
                            <p class="story-text">{ story.text.clone() }</p>
                            if let Some(name) = story.person_id.and_then(name_of) {
                                <p class="muted">{ tr(Msg::StoryAbout { name: &name }) }</p>
                            }
                        </article>
                    }
                </section>
                <section aria-labelledby="discussion-heading">
                    <h2 id="discussion-heading">{ tr(Msg::TeamDiscussionHeading) }</h2>
                    { for Prompt::ALL.into_iter().map(note_field) }
                </section>
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving == SaveState::Busy}>
                        { tr(if *saving == SaveState::Busy { Msg::Saving } else { Msg::SaveMeeting }) }
                    </button>
                    <p class={classes!("save-status", (*saving == SaveState::Failed).then_some("form-error"))} role="status">
                        { match *saving {
                            SaveState::Saved => tr(Msg::MeetingSaved),
                            SaveState::Failed => tr(Msg::MeetingNotSaved),
                            _ => String::new(),
                        } }
                    </p>
                </div>
            </form>
            if !past.is_empty() {
                <section aria-labelledby="past-meetings">
                    <h2 id="past-meetings">{ tr(Msg::PastMeetingsHeading) }</h2>
                    <ul class="plain-list">
                        { for past.iter().map(|m| html! {
                            <li key={m.id.to_string()}>
                                <a href={Route::MeetingOf { week: m.week }.href()}>{ week_label(m.week) }</a>
                            </li>
                        }) }
                    </ul>
                </section>
            }
        </section>
        <div class="paper paper-a4 print-only" ref={print_copy} aria-hidden="true">
            if let Some(glance) = glance {
                <MeetingSheet meeting={(*draft).clone()} {glance} />
            }
        </div>
        </>
    }
}
