//! Deleting a person deletes everything about them. The confirmation first says how
//! many records go, read from storage (their check-ins are not in memory).

use crate::domain::staff::{Person, PersonErasure};
use crate::text::{tr, Msg};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErasePersonProps {
    pub person: Person,
}

#[component(ErasePerson)]
pub fn erase_person(props: &ErasePersonProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let plan = use_state(|| None::<PersonErasure>);
    let erasing = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    let name = props.person.name.clone();
    let on_ask = {
        let (library, plan, id) = (library.clone(), plan.clone(), props.person.id);
        Callback::from(move |_| {
            let plan = plan.clone();
            library.plan_erasure(id, Callback::from(move |found| plan.set(found)));
        })
    };
    let on_cancel = {
        let plan = plan.clone();
        Callback::from(move |_| plan.set(None))
    };
    let on_erase = {
        let (library, plan, erasing) = (library.clone(), plan.clone(), erasing.clone());
        Callback::from(move |_| {
            let Some(found) = (*plan).clone() else { return };
            erasing.set(true);
            let (navigator, erasing) = (navigator.clone(), erasing.clone());
            library.erase_person(
                found,
                Callback::from(move |outcome| match (outcome, &navigator) {
                    (Outcome::Stored, Some(navigator)) => navigator.push(&Route::People),
                    _ => erasing.set(false),
                }),
            );
        })
    };
    html! {
        <section class="erase-person" aria-labelledby="erase-heading">
            <h2 id="erase-heading" class="visually-hidden">{ tr(Msg::ErasePerson { name: &name }) }</h2>
            if let Some(found) = &*plan {
                <div role="alertdialog" aria-labelledby="erase-question" aria-describedby="erase-detail" class="confirm">
                    <p id="erase-question">{ tr(Msg::EraseQuestion { name: &name, count: found.counts().deleted() - found.counts().people }) }</p>
                    <p id="erase-detail">
                        { {
                            let c = found.counts();
                            tr(Msg::EraseDetail {
                                goals: c.goals,
                                check_ins: c.check_ins,
                                reflections: c.reflections,
                                praise: c.praise,
                                conversations: c.conversations_deleted + c.conversations_changed,
                            })
                        } }
                    </p>
                    if !found.backups_dropped.is_empty() {
                        <p>{ tr(Msg::EraseAlsoBackups { n: found.backups_dropped.len() }) }</p>
                    }
                    <div class="actions">
                        <button type="button" class="button danger" onclick={on_erase} disabled={*erasing}>{ tr(Msg::DeleteForGood) }</button>
                        <button type="button" class="button" onclick={on_cancel}>{ tr(Msg::Cancel) }</button>
                    </div>
                </div>
            } else {
                <button type="button" class="button danger" onclick={on_ask}>{ tr(Msg::ErasePerson { name: &name }) }</button>
            }
        </section>
    }
}
