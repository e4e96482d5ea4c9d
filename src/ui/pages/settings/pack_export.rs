//! Making a pack: pick areas' standards, scripts, values and authority rules to share.

use crate::domain::file::write::PackSelection;
use crate::text::{area_name, tr, Msg};
use crate::ui::components::{Field, FieldKind};
use crate::ui::files::{can_share_files, download, share};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use std::collections::HashSet;
use std::hash::Hash;
use yew::prelude::*;

fn toggled<T: Eq + Hash + Copy>(set: &HashSet<T>, item: T) -> HashSet<T> {
    let mut next = set.clone();
    if !next.remove(&item) {
        next.insert(item);
    }
    next
}

#[component(PackExport)]
pub fn pack_export() -> Html {
    let library = use_library();
    let picked = use_state(PackSelection::default);
    let name = use_state(|| {
        library
            .as_ref()
            .map(|l| l.library().profile.business_name.clone())
            .unwrap_or_default()
    });
    let problem = use_state(|| None::<String>);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let nothing = *picked == PackSelection::default();
    let make = |sharing: bool| {
        let (library, picked, name, problem) = (
            library.clone(),
            picked.clone(),
            name.clone(),
            problem.clone(),
        );
        Callback::from(move |_| {
            if *picked == PackSelection::default() {
                problem.set(Some(tr(Msg::PackEmpty)));
                return;
            }
            match library.pack_file(&picked, &name) {
                Ok((file, text)) if sharing => {
                    let problem = problem.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        problem.set(share(&file, &text).await.err().map(|e| format!("{e:?}")));
                    });
                }
                Ok((file, text)) => {
                    problem.set(download(&file, &text).err().map(|e| format!("{e:?}")))
                }
                Err(e) => problem.set(Some(e)),
            }
        })
    };
    let checkbox = |id: String, label: String, checked: bool, toggle: Callback<Event>| {
        html! {
            <li class="checkbox">
                <input id={id.clone()} type="checkbox" {checked} onchange={toggle} />
                <label for={id}>{ label }</label>
            </li>
        }
    };
    let pick = |apply: fn(&mut PackSelection, &str)| {
        let picked = picked.clone();
        move |key: String| {
            let picked = picked.clone();
            Callback::from(move |_| {
                let mut next = (*picked).clone();
                apply(&mut next, &key);
                picked.set(next);
            })
        }
    };
    let pick_area = pick(|p, k| {
        if let Ok(id) = k.parse() {
            p.areas = toggled(&p.areas, id)
        }
    });
    let pick_script = pick(|p, k| {
        if let Ok(id) = k.parse() {
            p.scripts = toggled(&p.scripts, id)
        }
    });
    let pick_value = pick(|p, k| {
        if let Ok(id) = k.parse() {
            p.values = toggled(&p.values, id)
        }
    });
    let pick_rule = pick(|p, k| {
        if let Ok(id) = k.parse() {
            p.rules = toggled(&p.rules, id)
        }
    });
    let pick_checklist = pick(|p, k| {
        if let Ok(id) = k.parse() {
            p.checklists = toggled(&p.checklists, id)
        }
    });
    let pick_check = pick(|p, k| {
        if let Ok(id) = k.parse() {
            p.checks = toggled(&p.checks, id)
        }
    });
    let on_name = {
        let name = name.clone();
        Callback::from(move |v: String| name.set(v))
    };
    html! {
        <section class="page editor">
            <h1>{ tr(Msg::PackHeading) }</h1>
            <p class="intro">{ tr(Msg::PackIntro) }</p>
            <Field id="pack-name" label={tr(Msg::PackName)} kind={FieldKind::Line} hint={tr(Msg::PackNameHint)}
                value={(*name).clone()} on_change={on_name} />
            <fieldset>
                <legend>{ tr(Msg::PickAreas) }</legend>
                <ul class="checkbox-list">
                    { for lib.areas_in_order().into_iter().filter(|a| !lib.standards_in(a.id).is_empty()).map(|a| {
                        let label = format!("{} ({})", area_name(a), tr(Msg::StandardCount { count: lib.standards_in(a.id).len() }));
                        checkbox(format!("pack-area-{}", a.id), label, picked.areas.contains(&a.id), pick_area(a.id.to_string()))
                    }) }
                </ul>
            </fieldset>
            if !lib.scripts.is_empty() {
                <fieldset>
                    <legend>{ tr(Msg::PickScripts) }</legend>
                    <ul class="checkbox-list">
                        { for lib.scripts_by_title().into_iter().map(|s| checkbox(format!("pack-script-{}", s.id), s.title.clone(), picked.scripts.contains(&s.id), pick_script(s.id.to_string()))) }
                    </ul>
                </fieldset>
            }
            if !lib.values.is_empty() {
                <fieldset>
                    <legend>{ tr(Msg::PickValues) }</legend>
                    <ul class="checkbox-list">
                        { for lib.values_in_order().into_iter().map(|v| checkbox(format!("pack-value-{}", v.id), v.name.clone(), picked.values.contains(&v.id), pick_value(v.id.to_string()))) }
                    </ul>
                </fieldset>
            }
            if !lib.rules.is_empty() {
                <fieldset>
                    <legend>{ tr(Msg::PickRules) }</legend>
                    <ul class="checkbox-list">
                        { for lib.rules.iter().map(|r| checkbox(format!("pack-rule-{}", r.id), format!("{}: {}", r.situation, r.may), picked.rules.contains(&r.id), pick_rule(r.id.to_string()))) }
                    </ul>
                </fieldset>
            }
            if !lib.checklists.is_empty() {
                <fieldset>
                    <legend>{ tr(Msg::PickChecklists) }</legend>
                    <ul class="checkbox-list">
                        { for lib.checklists.iter().map(|c| checkbox(format!("pack-checklist-{}", c.id), c.title.clone(), picked.checklists.contains(&c.id), pick_checklist(c.id.to_string()))) }
                    </ul>
                </fieldset>
            }
            if !lib.checks.is_empty() {
                <fieldset>
                    <legend>{ tr(Msg::PickChecks) }</legend>
                    <ul class="checkbox-list">
                        { for lib.checks.iter().map(|c| checkbox(format!("pack-check-{}", c.id), c.title.clone(), picked.checks.contains(&c.id), pick_check(c.id.to_string()))) }
                    </ul>
                </fieldset>
            }
            if let Some(problem) = &*problem {
                <p class="form-error" role="alert">{ problem.clone() }</p>
            }
            <div class="actions">
                <button type="button" class="button primary" onclick={make(false)} aria-disabled={nothing.to_string()}>{ tr(Msg::DownloadPack) }</button>
                if can_share_files() {
                    <button type="button" class="button" onclick={make(true)}>{ tr(Msg::SharePack) }</button>
                }
                <a class="button" href={Route::Settings.href()}>{ tr(Msg::Cancel) }</a>
            </div>
        </section>
    }
}
