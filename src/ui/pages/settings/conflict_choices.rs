//! Records changed on two sides, side by side, for the person to choose which copy stays:
//! on import (this tablet against the file) and in sync (against another tablet).

use super::record_view::{lines, record_title, staff_lines, staff_title, Lines, Names, RecordView};
use crate::domain::file::merge::{Choice, ImportPlan, StaffRecord, Status};
use crate::domain::file::ImportFile;
use crate::domain::Library;
use crate::text::{tr, Msg};
use yew::prelude::*;

/// What the two sides are called.
#[derive(Clone, Copy, PartialEq)]
pub struct Sides {
    pub theirs: Msg<'static>,
    pub take_theirs: Msg<'static>,
}

impl Sides {
    pub const FILE: Sides = Sides {
        theirs: Msg::InTheFile,
        take_theirs: Msg::TakeTheirs,
    };
    pub const OTHER_TABLET: Sides = Sides {
        theirs: Msg::OnTheServer,
        take_theirs: Msg::TakeServers,
    };
}

#[derive(Properties, PartialEq)]
pub struct ConflictChoicesProps {
    pub conflicts: Vec<Conflict>,
    pub sides: Sides,
    pub on_choose: Callback<(String, Choice)>,
}

#[component(ConflictChoices)]
pub fn conflict_choices(props: &ConflictChoicesProps) -> Html {
    let sides = props.sides;
    html! {
        <section aria-labelledby="conflicts-heading">
            <h3 id="conflicts-heading">{ tr(Msg::ConflictsHeading) }</h3>
            { for props.conflicts.iter().map(|item| {
                let key = item.key.clone();
                let choose = |choice: Choice| {
                    let (on_choose, key) = (props.on_choose.clone(), key.clone());
                    Callback::from(move |_| on_choose.emit((key.clone(), choice)))
                };
                let name = format!("conflict-{key}");
                html! {
                    <fieldset class="conflict" key={key.clone()}>
                        <legend>{ item.title.clone() }</legend>
                        <div class="side-by-side">
                            <div>
                                <h4>{ tr(Msg::OnThisTablet) }</h4>
                                <RecordView lines={item.mine.clone()} other={item.theirs.clone()} />
                                <div class="field checkbox">
                                    <input id={format!("{name}-mine")} type="radio" name={name.clone()}
                                        checked={item.choice == Choice::Mine} onchange={choose(Choice::Mine)} />
                                    <label for={format!("{name}-mine")}>{ tr(Msg::KeepMine) }</label>
                                </div>
                            </div>
                            <div>
                                <h4>{ tr(sides.theirs) }</h4>
                                <RecordView lines={item.theirs.clone()} other={item.mine.clone()} />
                                <div class="field checkbox">
                                    <input id={format!("{name}-theirs")} type="radio" name={name.clone()}
                                        checked={item.choice == Choice::Theirs} onchange={choose(Choice::Theirs)} />
                                    <label for={format!("{name}-theirs")}>{ tr(sides.take_theirs) }</label>
                                </div>
                            </div>
                        </div>
                    </fieldset>
                }
            }) }
        </section>
    }
}

/// One record changed on both sides, as the person compares it.
#[derive(Clone, PartialEq)]
pub struct Conflict {
    key: String,
    title: String,
    mine: Lines,
    theirs: Lines,
    choice: Choice,
}

/// Every record changed on both sides but check-ins, business records first.
pub fn conflicts_of(lib: &Library, file: &ImportFile, plan: &ImportPlan) -> Vec<Conflict> {
    let person = |id| {
        lib.person(id)
            .or_else(|| file.data.people.iter().find(|p| p.id == id))
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let role = |id| {
        lib.role(id)
            .or_else(|| file.data.roles.iter().find(|r| r.id == id))
            .map(crate::text::role_name)
            .unwrap_or_default()
    };
    let standard = |id| {
        lib.standards
            .iter()
            .chain(&file.data.standards)
            .find(|s| s.id == id)
            .map(|s| s.title.clone())
            .unwrap_or_default()
    };
    let story = |id| {
        lib.story(id)
            .or_else(|| file.data.stories.iter().find(|s| s.id == id))
            .map(|s| s.title.clone())
            .unwrap_or_default()
    };
    let names = Names {
        person: &person,
        role: &role,
        standard: &standard,
        story: &story,
    };
    let business = plan
        .items
        .iter()
        .filter(|i| i.status == Status::Conflict)
        .map(|i| Conflict {
            key: i.theirs.key(),
            title: record_title(i.mine.as_ref().unwrap_or(&i.theirs)),
            mine: i.mine.as_ref().map(lines).unwrap_or_default(),
            theirs: lines(&i.theirs),
            choice: i.choice,
        });
    let staff = plan
        .staff
        .iter()
        .filter(|i| i.status == Status::Conflict && !matches!(i.theirs, StaffRecord::CheckIn(_)))
        .map(|i| Conflict {
            key: i.theirs.key(),
            title: staff_title(i.mine.as_ref().unwrap_or(&i.theirs), &names),
            mine: i
                .mine
                .as_ref()
                .map(|r| staff_lines(r, &names))
                .unwrap_or_default(),
            theirs: staff_lines(&i.theirs, &names),
            choice: i.choice,
        });
    business.chain(staff).collect()
}
