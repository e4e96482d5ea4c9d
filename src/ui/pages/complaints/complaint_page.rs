//! One complaint: what was logged, then closing the loop (actions, and telling the
//! customer). Correcting what was logged has its own form.

use super::case_follow_up::CaseFollowUp;
use super::complaint_form::ComplaintForm;
use super::{case_badge, cause_name};
use crate::clock::today;
use crate::domain::visits::Someone;
use crate::domain::voice::{Cause, Complaint};
use crate::domain::{ComplaintId, Library};
use crate::text::{channel, complaint_stage, date, money, tr, Msg};
use crate::ui::components::{ConfirmDelete, Missing};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComplaintPageProps {
    pub id: ComplaintId,
}

/// A person's name, "a former colleague", or nothing.
pub fn someone_name(lib: &Library, someone: Option<Someone>) -> Option<String> {
    match someone? {
        Someone::Person(id) => lib.person(id).map(|p| p.name.clone()),
        Someone::FormerColleague => Some(tr(Msg::FormerColleague)),
    }
}

fn missing() -> Html {
    html! { <Missing heading={Msg::ComplaintNotFound} back_to={Route::Complaints} back_label={Msg::BackToComplaints} /> }
}

fn logged_details(lib: &Library, c: &Complaint) -> Html {
    let stages = if c.stages_done.is_empty() {
        tr(Msg::NothingDoneOnTheSpot)
    } else {
        c.stages_done
            .iter()
            .map(|s| complaint_stage(*s))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let compensation = match (c.compensation, someone_name(lib, c.approved_by)) {
        (None, _) => tr(Msg::NoCompensation),
        (Some(amount), Some(who)) => tr(Msg::CompensationApproved {
            amount: &money(amount),
            who: &who,
        }),
        (Some(amount), None) => money(amount),
    };
    let cause = match c.cause {
        Some(Cause::Standard(id)) if lib.standard(id).is_some() => html! {
            <a href={Route::Standard { id }.href()}>{ cause_name(lib, c.cause) }</a>
        },
        other => html! { { cause_name(lib, other) } },
    };
    html! {
        <dl class="details">
            <dt>{ tr(Msg::ComplaintSaidLabel) }</dt>
            <dd class="said">{ c.said.clone() }</dd>
            <dt>{ tr(Msg::ChannelLabel) }</dt>
            <dd>{ channel(c.channel) }</dd>
            <dt>{ tr(Msg::DoneOnTheSpot) }</dt>
            <dd>{ stages }</dd>
            <dt>{ tr(Msg::CompensationLabel) }</dt>
            <dd>{ compensation }</dd>
            <dt>{ tr(Msg::LoggedBy) }</dt>
            <dd>{ someone_name(lib, c.logged_by).unwrap_or_else(|| tr(Msg::NotGiven)) }</dd>
            <dt>{ tr(Msg::CauseLabel) }</dt>
            <dd>{ cause }</dd>
            // Past its keeping time it is not shown, even before storage has forgotten it.
            if !c.contact.is_empty() && !c.contact_due_for_deletion(crate::clock::today(), lib.contact_days()) {
                <dt>{ tr(Msg::ContactHeading) }</dt>
                <dd>
                    { c.contact.clone() }
                    <span class="hint">{ " " }{ tr(Msg::ContactKeptHint { days: lib.contact_days() }) }</span>
                </dd>
            }
        </dl>
    }
}

#[component(ComplaintPage)]
pub fn complaint_page(props: &ComplaintPageProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let Some(complaint) = lib.complaint(props.id).cloned() else {
        return missing();
    };
    let on_delete = {
        let (library, id) = (library.clone(), complaint.id);
        Callback::from(move |()| {
            let navigator = navigator.clone();
            library.delete_complaint(
                id,
                Callback::from(move |outcome| {
                    if let (Outcome::Stored, Some(n)) = (outcome, &navigator) {
                        n.push(&Route::Complaints);
                    }
                }),
            );
        })
    };
    html! {
        <section class="page complaint">
            <p><a class="text-link" href={Route::Complaints.href()}>{ tr(Msg::BackToComplaints) }</a></p>
            <h1>{ tr(Msg::ComplaintOf { date: &date(crate::clock::local_day(complaint.at).date()) }) }</h1>
            <p class="status">{ case_badge(&complaint, today()) }</p>
            { logged_details(lib, &complaint) }
            <p><a class="button" href={Route::EditComplaint { id: complaint.id }.href()}>{ tr(Msg::EditComplaint) }</a></p>
            <CaseFollowUp complaint={complaint.clone()} />
            <div class="actions">
                <ConfirmDelete ask={Msg::DeleteComplaint} question={Msg::DeleteComplaintQuestion} {on_delete} />
            </div>
        </section>
    }
}

/// Correcting what was logged (a manager's screen).
#[component(ComplaintEditor)]
pub fn complaint_editor(props: &ComplaintPageProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let Some(complaint) = library
        .as_ref()
        .and_then(|l| l.library().complaint(props.id).cloned())
    else {
        return missing();
    };
    let on_saved = Callback::from(move |id| {
        if let Some(n) = &navigator {
            n.push(&Route::Complaint { id });
        }
    });
    html! {
        <section class="page editor">
            <p><a class="text-link" href={Route::Complaint { id: complaint.id }.href()}>{ tr(Msg::Cancel) }</a></p>
            <h1>{ tr(Msg::EditComplaint) }</h1>
            <ComplaintForm existing={Some(complaint.clone())} {on_saved}>
                <a class="button" href={Route::Complaint { id: complaint.id }.href()}>{ tr(Msg::Cancel) }</a>
            </ComplaintForm>
        </section>
    }
}

/// Logging a complaint from the manager's screens.
#[component(NewComplaint)]
pub fn new_complaint() -> Html {
    let navigator = use_navigator();
    let on_saved = Callback::from(move |id| {
        if let Some(n) = &navigator {
            n.push(&Route::Complaint { id });
        }
    });
    html! {
        <section class="page editor">
            <p><a class="text-link" href={Route::Complaints.href()}>{ tr(Msg::BackToComplaints) }</a></p>
            <h1>{ tr(Msg::LogComplaint) }</h1>
            <ComplaintForm {on_saved}>
                <a class="button" href={Route::Complaints.href()}>{ tr(Msg::Cancel) }</a>
            </ComplaintForm>
        </section>
    }
}
