//! One person: their goals, end-of-shift reflections, praise received and host
//! conversations (what the next conversation builds on), and erasing them.

mod erase_person;

use crate::domain::sorting;
use crate::domain::staff::praise::recent;
use crate::domain::staff::reflection::reflections_of;
use crate::domain::staff::Owner;
use crate::domain::PersonId;
use crate::text::{date, role_name, tr, Msg};
use crate::ui::components::{EditLink, Missing, StoryLink};
use crate::ui::library::use_library;
use crate::ui::pages::goals::GoalLine;
use crate::ui::routes::Route;
use erase_person::ErasePerson;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersonDetailProps {
    pub id: PersonId,
}

#[component(PersonDetail)]
pub fn person_detail(props: &PersonDetailProps) -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let Some(person) = lib.person(props.id).cloned() else {
        return html! { <Missing heading={Msg::PersonNotFound} back_to={Route::People} back_label={Msg::BackToPeople} /> };
    };
    let goals: Vec<_> = lib
        .staff
        .goals
        .iter()
        .filter(|g| g.owner == Owner::Person(person.id))
        .collect();
    let reflections = reflections_of(&lib.staff.reflections, person.id);
    let praise: Vec<_> = recent(&lib.staff.praise, usize::MAX)
        .into_iter()
        .filter(|p| p.to_person_id == person.id)
        .collect();
    let mut conversations: Vec<_> = lib
        .staff
        .conversations
        .iter()
        .filter(|c| c.participant_ids.contains(&person.id))
        .collect();
    sorting::sort_by_key(&mut conversations, |c| std::cmp::Reverse(c.date));
    let attempts = lib.attempts_of(person.id);
    let name_of = |id: PersonId| lib.person(id).map(|p| p.name.clone()).unwrap_or_default();
    let role = lib.role(person.role_id).map(role_name).unwrap_or_default();
    html! {
        <section class="page person">
            <p><a class="text-link" href={Route::People.href()}>{ tr(Msg::BackToPeople) }</a></p>
            <h1>{ person.name.clone() }</h1>
            <p class="person-meta">
                { role }
                if !person.active { { " · " }<span class="badge">{ tr(Msg::HasLeft) }</span> }
            </p>
            <dl class="person-facts">
                <dt>{ tr(Msg::Started) }</dt>
                <dd>{ date(person.started.date()) }</dd>
                <dt>{ tr(Msg::NextConversationDue) }</dt>
                <dd>{ person.next_conversation_due.map(|d| date(d.date())).unwrap_or_else(|| "–".into()) }</dd>
            </dl>
            <div class="actions">
                <a class="button" href={Route::EditPerson { id: person.id }.href()}>{ tr(Msg::EditPerson) }</a>
                <a class="button" href={Route::NewGoalFor { person: person.id }.href()}>{ tr(Msg::NewGoalFor { name: &person.name }) }</a>
                <a class="button" href={Route::NewReflection { person: person.id }.href()}>{ tr(Msg::WriteReflection) }</a>
            </div>
            <section aria-labelledby="person-goals">
                <h2 id="person-goals">{ tr(Msg::GoalsHeading) }</h2>
                if goals.is_empty() {
                    <p class="empty">{ tr(Msg::NoGoalsForPerson) }</p>
                }
                <ul class="goal-lines">
                    { for goals.iter().map(|g| html! { <GoalLine key={g.id.to_string()} goal_id={g.id} /> }) }
                </ul>
            </section>
            <section aria-labelledby="person-reflections">
                <h2 id="person-reflections">{ tr(Msg::ReflectionsHeading) }</h2>
                if reflections.is_empty() {
                    <p class="empty">{ tr(Msg::NothingYet) }</p>
                }
                { for reflections.iter().map(|r| html! {
                    <article key={r.id.to_string()} class="reflection">
                        <h3>{ date(r.date.date()) }</h3>
                        <dl>
                            { for [(Msg::WentWell, &r.went_well), (Msg::WentBadly, &r.went_badly),
                                   (Msg::NotAsPlanned, &r.not_as_planned), (Msg::DoDifferently, &r.do_differently)]
                                .into_iter().filter(|(_, text)| !text.trim().is_empty()).map(|(prompt, text)| html! {
                                    <>
                                        <dt>{ tr(prompt) }</dt>
                                        <dd class="multiline">{ text.clone() }</dd>
                                    </>
                                }) }
                        </dl>
                        <div class="link-row">
                            <EditLink to={Route::EditReflection { id: r.id }} name={tr(Msg::EditReflectionOf { date: &date(r.date.date()) })} />
                            if !r.went_well.trim().is_empty() {
                                <StoryLink to={Route::StoryFromReflection { id: r.id }} name={tr(Msg::MakeStoryOfReflection { date: &date(r.date.date()) })}
                                    made={lib.staff.stories.iter().any(|s| s.from == Some(crate::domain::drip::StorySource::Reflection(r.id)))} />
                            }
                        </div>
                    </article>
                }) }
            </section>
            <section aria-labelledby="person-praise">
                <h2 id="person-praise">{ tr(Msg::PraiseReceivedHeading) }</h2>
                if praise.is_empty() {
                    <p class="empty">{ tr(Msg::NothingYet) }</p>
                }
                <ul class="praise-list">
                    { for praise.iter().map(|p| html! {
                        <li key={p.id.to_string()}>
                            <span class="praise-date">{ date(p.date.date()) }</span>
                            <span class="multiline">{ p.what.clone() }</span>
                            <EditLink to={Route::EditPraise { id: p.id }} name={tr(Msg::EditPraiseOf { date: &date(p.date.date()) })} />
                        </li>
                    }) }
                </ul>
            </section>
            <section aria-labelledby="person-checks">
                <h2 id="person-checks">{ tr(Msg::SeeKnowledgeChecks) }</h2>
                if attempts.is_empty() {
                    <p class="empty">{ tr(Msg::NothingYet) }</p>
                }
                <ul class="plain-list">
                    { for attempts.iter().map(|a| {
                        let title = lib.check(a.check_id).map(|c| c.title.clone()).unwrap_or_default();
                        let result = match a.passed() {
                            Some(true) => tr(Msg::CheckPassed { percent: a.percent() }),
                            Some(false) => tr(Msg::CheckFailed { percent: a.percent(), mark: a.pass_mark }),
                            None => tr(Msg::CheckWaitsForMarking),
                        };
                        html! {
                            <li key={a.id.to_string()}>
                                { format!("{} · {title}: {result}", date(crate::clock::local_day(a.at).date())) }
                            </li>
                        }
                    }) }
                </ul>
                if let Some(ready) = person.ready_on {
                    <p>{ tr(Msg::ReadySince { date: &date(ready.date()) }) }</p>
                }
            </section>
            <section aria-labelledby="person-conversations">
                <h2 id="person-conversations">{ tr(Msg::ConversationsHeading) }</h2>
                if conversations.is_empty() {
                    <p class="empty">{ tr(Msg::NothingYet) }</p>
                }
                { for conversations.iter().map(|c| {
                    let names: Vec<String> = c.participant_ids.iter().map(|id| name_of(*id)).collect();
                    html! {
                        <article key={c.id.to_string()} class="conversation">
                            <h3>{ tr(Msg::ConversationOn { date: &date(c.date.date()) }) }</h3>
                            <p>{ tr(Msg::WithPeople { names: &names.join(", ") }) }</p>
                            <dl>
                                { for c.entries.iter().filter(|e| e.shown_to(person.id)).map(|e| html! {
                                    <>
                                        <dt>{ e.question.clone() }</dt>
                                        <dd class="multiline">{ e.notes.clone() }</dd>
                                    </>
                                }) }
                            </dl>
                            <EditLink to={Route::EditConversation { id: c.id }} name={tr(Msg::EditConversationOn { date: &date(c.date.date()) })} />
                        </article>
                    }
                }) }
            </section>
            <ErasePerson person={person.clone()} />
        </section>
    }
}
