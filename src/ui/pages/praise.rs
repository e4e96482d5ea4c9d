//! Specific praise: who did what. A form to give it, the wall of recent praise, and how
//! often each person was praised.

use crate::clock::today;
use crate::domain::drip::StorySource;
use crate::domain::sorting;
use crate::domain::staff::praise::{received_per_month, recent};
use crate::domain::staff::PraiseDraft;
use crate::domain::validation::{Field as F, FieldErrors};
use crate::text::{date, problem, tr, Msg};
use crate::ui::components::{EditLink, Field, FieldKind, SelectField, StoryLink};
use crate::ui::hooks::selected_option;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

/// How many pieces of praise the wall shows.
const WALL: usize = 30;

#[component(PraisePage)]
pub fn praise_page() -> Html {
    let library = use_library();
    let draft = use_state(|| PraiseDraft::new(None, today()));
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let name_of = |id| lib.person(id).map(|p| p.name.clone()).unwrap_or_default();
    let on_change = {
        let draft = draft.clone();
        Callback::from(move |next: PraiseDraft| draft.set(next))
    };
    let on_submit = {
        let (library, draft, errors, saving) = (
            library.clone(),
            draft.clone(),
            errors.clone(),
            saving.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving {
                return;
            }
            let (draft2, saving2) = (draft.clone(), saving.clone());
            let done = Callback::from(move |stored: Option<_>| {
                saving2.set(false);
                if stored.is_some() {
                    draft2.set(PraiseDraft::new(draft2.from_person_id, today()));
                }
            });
            match library.save_praise(None, &draft, done) {
                Ok(()) => {
                    errors.set(FieldErrors::default());
                    saving.set(true);
                }
                Err(found) => errors.set(found),
            }
        })
    };
    let wall = recent(&lib.staff.praise, WALL);
    // The last three calendar months, oldest first, and the total.
    let now = today();
    let months: Vec<(i32, u8)> = (0..3)
        .rev()
        .map(|back| {
            let index = now.year() * 12 + i32::from(now.month()) - 1 - back;
            (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
        })
        .collect();
    let mut counts: Vec<(String, Vec<u32>, u32)> = received_per_month(&lib.staff.praise)
        .into_iter()
        .map(|(id, per_month)| {
            let recent = months
                .iter()
                .map(|m| per_month.get(m).copied().unwrap_or(0))
                .collect();
            (name_of(id), recent, per_month.values().sum())
        })
        .collect();
    sorting::sort_by(&mut counts, |a, b| {
        b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0))
    });
    html! {
        <section class="page praise">
            <p><a class="text-link" href={Route::Goals.href()}>{ tr(Msg::BackToGoals) }</a></p>
            <h1>{ tr(Msg::PraiseHeading) }</h1>
            <p class="intro">{ tr(Msg::PraiseIntro) }</p>
            <form onsubmit={on_submit} novalidate=true aria-labelledby="give-praise">
                <h2 id="give-praise">{ tr(Msg::GivePraise) }</h2>
                <PraiseFields draft={(*draft).clone()} errors={(*errors).clone()} {on_change} />
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving}>{ tr(Msg::GivePraise) }</button>
                </div>
            </form>
            <section aria-labelledby="praise-wall">
                <h2 id="praise-wall">{ tr(Msg::RecentPraise) }</h2>
                if wall.is_empty() {
                    <p class="empty">{ tr(Msg::NoPraiseYet) }</p>
                }
                <ul class="praise-wall">
                    { for wall.iter().map(|p| {
                        let to = name_of(p.to_person_id);
                        let who = match p.from_person_id {
                            Some(from) => tr(Msg::PraiseGiven { to: &to, from: &name_of(from) }),
                            None => tr(Msg::PraiseGivenBySomeone { to: &to }),
                        };
                        html! {
                            <li key={p.id.to_string()}>
                                <p class="praise-who">{ who }<span class="praise-date">{ format!(" · {}", date(p.date.date())) }</span></p>
                                <p class="multiline">{ p.what.clone() }</p>
                                <div class="link-row">
                                    <EditLink to={Route::EditPraise { id: p.id }} name={tr(Msg::EditPraiseOf { date: &date(p.date.date()) })} />
                                    <StoryLink to={Route::StoryFromPraise { id: p.id }} name={tr(Msg::MakeStoryOfPraise { date: &date(p.date.date()) })}
                                        made={lib.staff.stories.iter().any(|s| s.from == Some(StorySource::Praise(p.id)))} />
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            </section>
            if !counts.is_empty() {
                <section aria-labelledby="praise-counts">
                    <h2 id="praise-counts">{ tr(Msg::PraiseCountsHeading) }</h2>
                    <div class="table-frame"><table class="praise-counts">
                        <thead>
                            <tr>
                                <th scope="col">{ tr(Msg::PersonName) }</th>
                                { for months.iter().map(|(year, month)| html! {
                                    <th scope="col">{ tr(Msg::MonthLabel { month: *month, year: *year }) }</th>
                                }) }
                                <th scope="col">{ tr(Msg::PraiseTotal) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for counts.iter().map(|(name, recent, total)| html! {
                                <tr>
                                    <th scope="row">{ name.clone() }</th>
                                    { for recent.iter().map(|n| html! { <td>{ n.to_string() }</td> }) }
                                    <td>{ total.to_string() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table></div>
                </section>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PraiseFieldsProps {
    pub draft: PraiseDraft,
    pub errors: FieldErrors,
    pub on_change: Callback<PraiseDraft>,
}

/// Who is praised, for what, and by whom: giving praise and correcting it.
#[component(PraiseFields)]
pub fn praise_fields(props: &PraiseFieldsProps) -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let draft = &props.draft;
    // Everyone active, and whoever the praise already names.
    let people: Vec<(String, String)> = lib
        .people_by_name()
        .into_iter()
        .filter(|p| {
            p.active || Some(p.id) == draft.to_person_id || Some(p.id) == draft.from_person_id
        })
        .map(|p| (p.id.to_string(), p.name.clone()))
        .collect();
    let to_options: Vec<(String, String)> = std::iter::once((String::new(), String::new()))
        .chain(people.iter().cloned())
        .collect();
    let from_options: Vec<(String, String)> =
        std::iter::once((String::new(), tr(Msg::PraiseFromNobody)))
            .chain(people.iter().cloned())
            .collect();
    let set = |apply: fn(&mut PraiseDraft, String)| {
        let (draft, on_change) = (draft.clone(), props.on_change.clone());
        Callback::from(move |value: String| {
            let mut next = draft.clone();
            apply(&mut next, value);
            on_change.emit(next);
        })
    };
    let error_for = |field: F| props.errors.for_field(field).map(|p| problem(field, p));
    html! {
        <>
            if people.is_empty() {
                <p class="empty">
                    { tr(Msg::NoOneToPraise) }{ " " }
                    <a class="text-link" href={Route::NewPerson.href()}>{ tr(Msg::AddPerson) }</a>
                </p>
            }
            <SelectField id="praise-to" label={tr(Msg::PraiseTo)} options={to_options}
                selected={draft.to_person_id.map(|p| p.to_string()).unwrap_or_default()} error={error_for(F::PraiseTo)}
                on_change={set(|d, v| d.to_person_id = selected_option(&v))} />
            <Field id="praise-what" label={tr(Msg::PraiseWhat)} kind={FieldKind::Text} required=true hint={tr(Msg::PraiseWhatHint)}
                value={draft.what.clone()} error={error_for(F::PraiseWhat)} on_change={set(|d, v| d.what = v)} />
            <SelectField id="praise-from" label={tr(Msg::PraiseFrom)} options={from_options}
                selected={draft.from_person_id.map(|p| p.to_string()).unwrap_or_default()} error={error_for(F::PraiseFrom)}
                on_change={set(|d, v| d.from_person_id = selected_option(&v))} />
        </>
    }
}
