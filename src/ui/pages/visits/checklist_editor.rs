//! Making a checklist (first choose the standards, then word the items) and editing one.
//! Nothing is stored until Save: a person can look the items over first.

use crate::clock::now;
use crate::domain::staff::TargetDirection;
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::visits::{Checklist, ChecklistDraft, ItemDraft, KindChoice, SectionDraft};
use crate::domain::{Channel, ChecklistId, StandardId};
use crate::text::{area_name, channel, problem, tr, Msg};
use crate::ui::components::{ConfirmDelete, Field, FieldKind, Missing, SelectField};
use crate::ui::hooks::submit_handler;
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use std::collections::HashSet;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChecklistEditorProps {
    #[prop_or_default]
    pub id: Option<ChecklistId>,
}

fn field_id(field: F) -> String {
    match field {
        F::PassMark => "checklist-pass-mark".into(),
        F::SectionTitle(s) => format!("section-{s}-title"),
        F::ChecklistItem(s, i) => format!("item-{s}-{i}"),
        F::ItemTarget(s, i) => format!("item-{s}-{i}-target"),
        _ => "checklist-title".into(),
    }
}

const CHANNELS: [Channel; 3] = [Channel::InPerson, Channel::Phone, Channel::Written];

/// A change to the draft from a field's new text.
type Edit = dyn Fn(&mut ChecklistDraft, String);

#[component(ChecklistEditor)]
pub fn checklist_editor(props: &ChecklistEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = props
        .id
        .and_then(|id| library.as_ref()?.library().checklist(id).cloned());
    let draft = {
        let existing = existing.clone();
        use_state(move || existing.as_ref().map(ChecklistDraft::from_checklist))
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    if props.id.is_some() && existing.is_none() {
        return html! { <Missing heading={Msg::ChecklistNotFound} back_to={Route::Visits} back_label={Msg::BackToVisits} /> };
    }
    let heading = if props.id.is_some() {
        Msg::EditChecklist
    } else {
        Msg::NewChecklist
    };
    let Some(current) = (*draft).clone() else {
        let on_chosen = {
            let draft = draft.clone();
            Callback::from(move |chosen: ChecklistDraft| draft.set(Some(chosen)))
        };
        return html! {
            <section class="page editor">
                <p><a class="text-link" href={Route::Visits.href()}>{ tr(Msg::BackToVisits) }</a></p>
                <h1>{ tr(heading) }</h1>
                <StandardChooser {on_chosen} />
            </section>
        };
    };
    let on_submit = {
        let (draft, library, existing) = (draft.clone(), library.clone(), existing.clone());
        submit_handler(
            &errors,
            &saving,
            navigator.clone(),
            field_id,
            |_| Route::Visits,
            move |done| match &*draft {
                Some(d) => library.save_checklist(existing.as_ref(), d, done),
                None => Ok(()),
            },
        )
    };
    let change = {
        let draft = draft.clone();
        move |apply: Box<Edit>| {
            let draft = draft.clone();
            Callback::from(move |value: String| {
                let mut next = (*draft).clone();
                if let Some(d) = &mut next {
                    apply(d, value);
                }
                draft.set(next);
            })
        }
    };
    let error = |field: F| errors.for_field(field).map(|p| problem(field, p));
    let on_delete = existing.as_ref().map(|c| {
        let (library, id, navigator) = (library.clone(), c.id, navigator.clone());
        Callback::from(move |()| {
            let navigator = navigator.clone();
            library.delete_checklist(
                id,
                Callback::from(move |outcome| {
                    if let (Outcome::Stored, Some(n)) = (outcome, &navigator) {
                        n.push(&Route::Visits);
                    }
                }),
            );
        })
    });
    let lib = library.library();
    let mut number = 0;
    html! {
        <section class="page editor checklist-editor">
            <p><a class="text-link" href={Route::Visits.href()}>{ tr(Msg::BackToVisits) }</a></p>
            <h1>{ tr(heading) }</h1>
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <Field id="checklist-title" label={tr(Msg::ChecklistName)} kind={FieldKind::Line} required=true
                    value={current.title.clone()} error={error(F::Title).or_else(|| error(F::ChecklistItems))}
                    on_change={change(Box::new(|d, v| d.title = v))} />
                <SelectField id="checklist-channel" label={tr(Msg::ChannelLabel)}
                    options={CHANNELS.iter().map(|c| (format!("{c:?}"), channel(*c))).collect::<Vec<_>>()}
                    selected={format!("{:?}", current.channel)}
                    on_change={change(Box::new(|d, v| {
                        if let Some(c) = CHANNELS.iter().find(|c| format!("{c:?}") == v) {
                            d.channel = *c;
                        }
                    }))} />
                <Field id="checklist-pass-mark" label={tr(Msg::PassMarkLabel)} kind={FieldKind::Number}
                    value={current.pass_mark.clone()} error={error(F::PassMark)}
                    on_change={change(Box::new(|d, v| d.pass_mark = v))} />
                { for current.sections.iter().enumerate().map(|(s, section)| {
                    let legend = if section.title.is_empty() { tr(Msg::OwnQuestions) } else { section.title.clone() };
                    html! {
                        <fieldset class="checklist-section">
                            <legend>{ legend }</legend>
                            <Field id={format!("section-{s}-title")} label={tr(Msg::SectionHeading)} kind={FieldKind::Line}
                                value={section.title.clone()} error={error(F::SectionTitle(s))}
                                on_change={change(Box::new(move |d, v| d.sections[s].title = v))} />
                            <ol class="checklist-items">
                                { for section.items.iter().enumerate().map(|(i, item)| {
                                    number += 1;
                                    let from = item.standard_id.and_then(|id| lib.standard(id)).map(|st| st.title.clone());
                                    item_fields(s, i, number, item, from, &change, &error)
                                }) }
                            </ol>
                            <button type="button" class="button" onclick={change(Box::new(move |d, _| {
                                d.sections[s].items.push(ItemDraft::question());
                            })).reform(|_: MouseEvent| String::new())}>{ tr(Msg::AddItemQuestion) }</button>
                        </fieldset>
                    }
                }) }
                <p>
                    <button type="button" class="button" onclick={change(Box::new(|d, _| {
                        d.sections.push(SectionDraft { area_id: None, title: tr(Msg::OwnQuestions), items: vec![ItemDraft::question()] });
                    })).reform(|_: MouseEvent| String::new())}>{ tr(Msg::AddSection) }</button>
                </p>
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving}>
                        { tr(if *saving { Msg::Saving } else { Msg::Save }) }
                    </button>
                    <a class="button" href={Route::Visits.href()}>{ tr(Msg::Cancel) }</a>
                </div>
            </form>
            if let Some(on_delete) = on_delete {
                <div class="actions">
                    <ConfirmDelete ask={Msg::DeleteChecklist} question={Msg::DeleteChecklistQuestion} {on_delete} />
                </div>
            }
        </section>
    }
}

type Change<'a> = &'a dyn Fn(Box<dyn Fn(&mut ChecklistDraft, String)>) -> Callback<String>;

fn item_fields(
    s: usize,
    i: usize,
    number: usize,
    item: &ItemDraft,
    from: Option<String>,
    change: Change,
    error: &dyn Fn(F) -> Option<String>,
) -> Html {
    // Each setter edits item `i` of section `s` in the next draft.
    let set = |apply: fn(&mut ItemDraft, String)| {
        change(Box::new(move |d, v| {
            if let Some(item) = d.sections.get_mut(s).and_then(|x| x.items.get_mut(i)) {
                apply(item, v);
            }
        }))
    };
    let kinds = [
        (KindChoice::YesNo, Msg::AnswerYesNo),
        (KindChoice::Scale, Msg::AnswerScale),
        (KindChoice::Number, Msg::AnswerNumber),
    ];
    let remove = change(Box::new(move |d, _| {
        if let Some(section) = d.sections.get_mut(s) {
            if i < section.items.len() {
                section.items.remove(i);
            }
        }
    }))
    .reform(|_: MouseEvent| String::new());
    let critical = set(|item, v| item.critical = v == "true").reform(|e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.checked().to_string()
    });
    let label = |msg: Msg| format!("{} ({number})", tr(msg));
    html! {
        <li class="checklist-item">
            <Field id={format!("item-{s}-{i}")} label={label(Msg::ItemText)} kind={FieldKind::Text} required=true
                value={item.text.clone()} error={error(F::ChecklistItem(s, i))}
                hint={from.map(|title| AttrValue::from(tr(Msg::FromStandard { title: &title })))}
                on_change={set(|item, v| item.text = v)} />
            <div class="item-options">
                <SelectField id={format!("item-{s}-{i}-kind")} label={label(Msg::AnswerKindLabel)}
                    options={kinds.iter().map(|(k, m)| (format!("{k:?}"), tr(*m))).collect::<Vec<_>>()}
                    selected={format!("{:?}", item.kind)}
                    on_change={set(|item, v| {
                        item.kind = match v.as_str() {
                            "Scale" => KindChoice::Scale,
                            "Number" => KindChoice::Number,
                            _ => KindChoice::YesNo,
                        }
                    })} />
                <SelectField id={format!("item-{s}-{i}-weight")} label={label(Msg::WeightLabel)}
                    options={(1..=3u8).map(|w| (w.to_string(), w.to_string())).collect::<Vec<_>>()}
                    selected={item.weight.to_string()}
                    on_change={set(|item, v| item.weight = v.parse().unwrap_or(item.weight))} />
            </div>
            if item.kind == KindChoice::Number {
                <div class="item-options">
                    <SelectField id={format!("item-{s}-{i}-direction")} label={label(Msg::ItemTarget)}
                        options={vec![
                            ("at_most".to_string(), tr(Msg::DirectionAtMost)),
                            ("at_least".to_string(), tr(Msg::DirectionAtLeast)),
                        ]}
                        selected={if item.direction == TargetDirection::AtLeast { "at_least" } else { "at_most" }}
                        on_change={set(|item, v| item.direction = if v == "at_least" { TargetDirection::AtLeast } else { TargetDirection::AtMost })} />
                    <Field id={format!("item-{s}-{i}-target")} label={label(Msg::ItemTarget)} kind={FieldKind::Number}
                        value={item.target.clone()} error={error(F::ItemTarget(s, i))}
                        on_change={set(|item, v| item.target = v)} />
                    <Field id={format!("item-{s}-{i}-unit")} label={label(Msg::ItemUnit)} kind={FieldKind::Line}
                        value={item.unit.clone()} on_change={set(|item, v| item.unit = v)} />
                </div>
            }
            <label class="check">
                <input type="checkbox" checked={item.critical} onchange={critical} />
                { label(Msg::CriticalLabel) }
            </label>
            <p>
                <button type="button" class="button danger" onclick={remove}>{ label(Msg::RemoveItem) }</button>
            </p>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct StandardChooserProps {
    on_chosen: Callback<ChecklistDraft>,
}

/// First step of a new checklist: a name, and which standards it checks.
#[component(StandardChooser)]
fn standard_chooser(props: &StandardChooserProps) -> Html {
    let library = use_library();
    let title = use_state(String::new);
    let chosen = use_state(HashSet::<StandardId>::new);
    let refused = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let toggle = |ids: Vec<StandardId>, on: bool| {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| {
            let mut next = (*chosen).clone();
            for id in &ids {
                if on {
                    next.insert(*id);
                } else {
                    next.remove(id);
                }
            }
            chosen.set(next);
        })
    };
    let build = {
        let (library, title, chosen, refused, on_chosen) = (
            library.clone(),
            title.clone(),
            chosen.clone(),
            refused.clone(),
            props.on_chosen.clone(),
        );
        move |own_questions: bool| {
            let (library, title, chosen, refused, on_chosen) = (
                library.clone(),
                title.clone(),
                chosen.clone(),
                refused.clone(),
                on_chosen.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                let lib = library.library();
                let picked: Vec<_> = lib
                    .standards
                    .iter()
                    .filter(|s| chosen.contains(&s.id))
                    .collect();
                if picked.is_empty() && !own_questions {
                    refused.set(true);
                    return;
                }
                let list = Checklist::from_standards(&title, &lib.areas, &picked, now());
                let mut draft = ChecklistDraft::from_checklist(&list);
                for (section, area) in draft.sections.iter_mut().zip(&list.sections) {
                    if let Some(a) = area
                        .area_id
                        .and_then(|id| lib.areas.iter().find(|a| a.id == id))
                    {
                        section.title = area_name(a);
                    }
                }
                if own_questions {
                    draft.sections.push(SectionDraft {
                        area_id: None,
                        title: tr(Msg::OwnQuestions),
                        items: vec![ItemDraft::question()],
                    });
                }
                on_chosen.emit(draft);
            })
        }
    };
    let on_title = {
        let title = title.clone();
        Callback::from(move |v: String| title.set(v))
    };
    html! {
        <>
            <p class="intro">{ tr(Msg::NewChecklistIntro) }</p>
            <Field id="checklist-title" label={tr(Msg::ChecklistName)} kind={FieldKind::Line} required=true
                value={(*title).clone()} on_change={on_title} />
            <fieldset class="standard-chooser">
                <legend>{ tr(Msg::ChooseStandards) }</legend>
                if *refused {
                    <p class="field-error" role="alert">{ tr(Msg::ChooseAtLeastOne) }</p>
                }
                { for lib.areas.iter().map(|area| {
                    let standards = lib.standards_in(area.id);
                    if standards.is_empty() {
                        return html! {};
                    }
                    let ids: Vec<StandardId> = standards.iter().map(|s| s.id).collect();
                    let all = ids.iter().all(|id| chosen.contains(id));
                    let name = area_name(area);
                    html! {
                        <div class="area-choice">
                            <label class="check area-all">
                                <input type="checkbox" checked={all} onchange={toggle(ids.clone(), !all)} />
                                { tr(Msg::WholeArea { name: &name }) }
                            </label>
                            <ul class="plain-list">
                                { for standards.iter().map(|s| {
                                    let on = chosen.contains(&s.id);
                                    html! {
                                        <li>
                                            <label class="check">
                                                <input type="checkbox" checked={on} onchange={toggle(vec![s.id], !on)} />
                                                { s.title.clone() }
                                            </label>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </div>
                    }
                }) }
            </fieldset>
            <div class="actions">
                <button type="button" class="button primary" onclick={build(false)}>{ tr(Msg::ContinueToItems) }</button>
                <button type="button" class="button" onclick={build(true)}>{ tr(Msg::StartWithOwnQuestions) }</button>
            </div>
        </>
    }
}
