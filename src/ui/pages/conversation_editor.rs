//! A host conversation: who takes part, which questions from the bank, notes for each,
//! and a goal that every participant takes away as their own. Saved in one step; later
//! corrected or deleted (the goals set in it stay with their people).

use super::goal_editor::MeasureFields;
use crate::clock::now;
use crate::clock::today;
use crate::domain::staff::conversation::goals_for_each;
use crate::domain::staff::{ConversationDraft, Goal, GoalDraft};
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::{ConversationId, PersonId, QuestionId};
use crate::text::{problem, tr, Msg};
use crate::ui::components::{ConfirmDelete, Field, FieldKind, Missing};
use crate::ui::hooks::{field_setter, selected_option, submit_handler};
use crate::ui::library::{use_library, LibraryHandle, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

fn field_id(field: F) -> String {
    match field {
        F::Date => "conversation-date".into(),
        F::Participants => "conversation-participants".into(),
        F::EntryNotes(i) => format!("conversation-notes-{i}"),
        F::NextConversationDue => "conversation-next-due".into(),
        F::Target => "conversation-goal-target".into(),
        _ => "conversation-goal-title".into(),
    }
}

/// The goal set in the conversation, made for each participant; none when no goal
/// was written.
fn goals_for(
    library: &LibraryHandle,
    draft: &GoalDraft,
    people: &[PersonId],
) -> Result<Vec<Goal>, FieldErrors> {
    if draft.title.trim().is_empty() {
        return Ok(Vec::new());
    }
    let lib = library.library();
    goals_for_each(
        draft,
        people,
        |p| lib.person(p).is_some(),
        |s| lib.standard(s).is_some(),
        now(),
    )
}

#[derive(Properties, PartialEq)]
pub struct ConversationEditorProps {
    /// The conversation to correct; none for a new one.
    #[prop_or_default]
    pub id: Option<ConversationId>,
}

#[component(ConversationEditor)]
pub fn conversation_editor(props: &ConversationEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = props
        .id
        .and_then(|id| library.as_ref()?.library().conversation(id).cloned());
    let draft = {
        let existing = existing.clone();
        use_state(move || match &existing {
            Some(c) => ConversationDraft::from_conversation(c),
            None => ConversationDraft::new(today()),
        })
    };
    let goal = use_state(|| GoalDraft::new(None, today()));
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    if props.id.is_some() && existing.is_none() {
        return html! { <Missing heading={Msg::ConversationNotFound} back_to={Route::Goals} back_label={Msg::BackToGoals} /> };
    }
    let on_submit = {
        let (draft, goal, library) = (draft.clone(), goal.clone(), library.clone());
        let existing = existing.clone();
        submit_handler(
            &errors,
            &saving,
            navigator.clone(),
            field_id,
            |_| Route::Goals,
            move |done| {
                let goals = goals_for(&library, &goal, &draft.participant_ids)?;
                library.save_conversation(existing.as_ref(), &draft, goals, done)
            },
        )
    };
    let on_delete = existing.as_ref().map(|c| {
        let (library, navigator, id) = (library.clone(), navigator.clone(), c.id);
        Callback::from(move |()| {
            let navigator = navigator.clone();
            library.delete_conversation(
                id,
                Callback::from(move |outcome| {
                    if let (Outcome::Stored, Some(navigator)) = (outcome, &navigator) {
                        navigator.push(&Route::Goals);
                    }
                }),
            );
        })
    });
    let error_for = |field: F| errors.for_field(field).map(|p| problem(field, p));
    let people: Vec<_> = library
        .library()
        .people_by_name()
        .into_iter()
        // Everyone active, and whoever already took part.
        .filter(|p| p.active || draft.participant_ids.contains(&p.id))
        .cloned()
        .collect();
    let toggle_person = |id: PersonId| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*draft).clone();
            next.participant_ids.retain(|p| *p != id);
            if input.checked() {
                next.participant_ids.push(id);
            }
            draft.set(next);
        })
    };
    let questions: Vec<_> = library
        .library()
        .questions_in_order()
        .into_iter()
        .cloned()
        .collect();
    let toggle_question = |id: QuestionId| {
        let (draft, question) = (
            draft.clone(),
            questions.iter().find(|q| q.id == id).cloned(),
        );
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*draft).clone();
            next.entries.retain(|entry| entry.question_id != Some(id));
            if let (true, Some(question)) = (input.checked(), &question) {
                next.ask(question);
            }
            draft.set(next);
        })
    };
    let on_notes = |index: usize| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            if let Some(entry) = next.entries.get_mut(index) {
                entry.notes = value;
            }
            draft.set(next);
        })
    };
    let on_about = |index: usize| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let mut next = (*draft).clone();
                if let Some(entry) = next.entries.get_mut(index) {
                    // "" is everyone's; an option that does not read back (said in the
                    // console) keeps the note as it was, never makes it shared.
                    let value = select.value();
                    entry.about = if value.is_empty() {
                        None
                    } else {
                        selected_option(&value).or(entry.about)
                    };
                }
                draft.set(next);
            }
        })
    };
    let name_of = |id: PersonId| {
        library
            .library()
            .person(id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let on_goal_title = {
        let goal = goal.clone();
        Callback::from(move |value: String| {
            let mut next = (*goal).clone();
            next.title = value;
            goal.set(next);
        })
    };
    let on_measure = {
        let goal = goal.clone();
        Callback::from(move |next: GoalDraft| goal.set(next))
    };
    html! {
        <section class="page editor conversation">
            <p><a class="text-link" href={Route::Goals.href()}>{ tr(Msg::BackToGoals) }</a></p>
            <h1>{ tr(Msg::ConversationHeading) }</h1>
            <p class="intro">{ tr(Msg::ConversationIntro) }</p>
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <Field id="conversation-date" label={tr(Msg::CheckInDate)} kind={FieldKind::Date} required=true
                    value={draft.date.clone()} error={error_for(F::Date)} on_change={field_setter(&draft, |d, v| d.set_date(v))} />
                <fieldset id="conversation-participants" tabindex="-1">
                    <legend>{ tr(Msg::Participants) }</legend>
                    if people.is_empty() {
                        <p class="empty">
                            { tr(Msg::NoPeopleYet) }{ " " }
                            <a class="text-link" href={Route::NewPerson.href()}>{ tr(Msg::AddPerson) }</a>
                        </p>
                    }
                    <ul class="choices">
                        { for people.iter().map(|p| {
                            let id = format!("participant-{}", p.id);
                            html! {
                                <li key={p.id.to_string()} class="checkbox">
                                    <input id={id.clone()} type="checkbox" checked={draft.participant_ids.contains(&p.id)}
                                        onchange={toggle_person(p.id)} />
                                    <label for={id}>{ p.name.clone() }</label>
                                </li>
                            }
                        }) }
                    </ul>
                    if let Some(message) = error_for(F::Participants) {
                        <p class="field-error">{ message }</p>
                    }
                </fieldset>
                <fieldset>
                    <legend>{ tr(Msg::QuestionsToAsk) }</legend>
                    if questions.is_empty() {
                        <p class="empty">{ tr(Msg::NoQuestionsYet) }</p>
                    }
                    <ul class="choices">
                        { for questions.iter().map(|q| {
                            let id = format!("question-{}", q.id);
                            let asked = draft.entries.iter().any(|e| e.question_id == Some(q.id));
                            html! {
                                <li key={q.id.to_string()} class="checkbox">
                                    <input id={id.clone()} type="checkbox" checked={asked} onchange={toggle_question(q.id)} />
                                    <label for={id}>{ q.text.clone() }</label>
                                </li>
                            }
                        }) }
                    </ul>
                </fieldset>
                { for draft.entries.iter().enumerate().map(|(i, entry)| {
                    let about_id = format!("conversation-about-{i}");
                    html! {
                        <div class="conversation-entry" key={format!("{:?}", entry.question_id)}>
                            <Field id={format!("conversation-notes-{i}")}
                                label={tr(Msg::NotesOn { question: &entry.question })} kind={FieldKind::Text}
                                value={entry.notes.clone()} error={error_for(F::EntryNotes(i))} on_change={on_notes(i)} />
                            // With more than one person, the note is either everyone's or one
                            // person's, shown only on that person's page.
                            if draft.participant_ids.len() > 1 || entry.about.is_some() {
                                <div class="field">
                                    <label for={about_id.clone()}>{ tr(Msg::NoteAbout) }</label>
                                    <p class="hint" id={format!("{about_id}-hint")}>{ tr(Msg::NoteAboutHint) }</p>
                                    <select id={about_id.clone()} onchange={on_about(i)} aria-describedby={format!("{about_id}-hint")}>
                                        <option value="" selected={entry.about.is_none()}>{ tr(Msg::NoteShared) }</option>
                                        { for draft.participant_ids.iter().map(|id| html! {
                                            <option value={id.to_string()} selected={entry.about == Some(*id)}>
                                                { tr(Msg::NoteOnlyAbout { name: &name_of(*id) }) }
                                            </option>
                                        }) }
                                        // About someone taken out of the conversation: shown as
                                        // it is, never as "shared", until the manager chooses.
                                        if let Some(gone) = entry.about.filter(|id| !draft.participant_ids.contains(id)) {
                                            <option value={gone.to_string()} selected=true>
                                                { tr(Msg::NoteAboutAbsent { name: &name_of(gone) }) }
                                            </option>
                                        }
                                    </select>
                                </div>
                            }
                        </div>
                    }
                }) }
                <Field id="conversation-next-due" label={tr(Msg::NextConversationDue)} kind={FieldKind::Date}
                    hint={tr(Msg::NextConversationHint)} value={draft.next_due.clone()}
                    error={error_for(F::NextConversationDue)} on_change={field_setter(&draft, |d, v| d.next_due = v)} />
                <fieldset>
                    <legend>{ tr(Msg::GoalFromConversation) }</legend>
                    <p class="hint">{ tr(Msg::GoalFromConversationHint) }</p>
                    <Field id="conversation-goal-title" label={tr(Msg::GoalTitle)} kind={FieldKind::Line}
                        value={goal.title.clone()} error={error_for(F::GoalTitle)} on_change={on_goal_title} />
                    <MeasureFields prefix="conversation-goal" draft={(*goal).clone()} errors={(*errors).clone()} on_change={on_measure} />
                </fieldset>
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving}>
                        { tr(if *saving { Msg::Saving } else { Msg::SaveConversation }) }
                    </button>
                    <a class="button" href={Route::Goals.href()}>{ tr(Msg::Cancel) }</a>
                </div>
            </form>
            if let Some(on_delete) = on_delete {
                <div class="actions">
                    <ConfirmDelete ask={Msg::DeleteConversation} question={Msg::DeleteNoteQuestion} {on_delete} />
                </div>
            }
        </section>
    }
}
