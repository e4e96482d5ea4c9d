//! The Values section: vision and promises, the values with their examples, and a way
//! to who may decide what.

mod poster;
mod profile_editor;
mod value_detail;
mod value_editor;

use crate::text::{tr, Msg};
use crate::ui::components::MoveButtons;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
pub use poster::{Poster, PosterContent};
pub use profile_editor::ProfileEditor;
pub use value_detail::ValueDetail;
pub use value_editor::ValueEditor;
use yew::prelude::*;

#[component(ValuesPage)]
pub fn values_page() -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let profile = &lib.profile;
    let values = lib.values_in_order();
    let last = values.len().saturating_sub(1);
    let has_profile =
        !(profile.vision.is_empty() && profile.slogan.is_empty() && profile.promises.is_empty());
    html! {
        <section class="page values">
            <h1>{ tr(Msg::ValuesHeading) }</h1>
            <p class="intro">{ tr(Msg::ValuesIntro) }</p>

            <section aria-labelledby="vision-heading">
                <h2 id="vision-heading">{ tr(Msg::VisionAndPromises) }</h2>
                if has_profile {
                    <PosterContent profile={profile.clone()} values={Vec::new()} />
                } else {
                    <p class="muted">{ tr(Msg::NoProfileYet) }</p>
                }
                <div class="actions">
                    <a class="button" href={Route::EditProfile.href()}>{ tr(Msg::EditProfile) }</a>
                    <a class="button" href={Route::Poster.href()}>{ tr(Msg::Poster) }</a>
                </div>
            </section>

            <section aria-labelledby="values-heading">
                <div class="page-head">
                    <h2 id="values-heading">{ tr(Msg::OurValues) }</h2>
                    <a class="button primary" href={Route::NewValue.href()}>{ tr(Msg::NewValue) }</a>
                </div>
                if values.is_empty() {
                    <p class="muted">{ tr(Msg::NoValuesYet) }</p>
                } else {
                    <ol class="standard-list">
                        { for values.iter().enumerate().map(|(position, value)| {
                            let id = value.id;
                            let on_move = {
                                let library = library.clone();
                                Callback::from(move |direction| library.move_value(id, direction))
                            };
                            html! {
                                <li key={id.to_string()}>
                                    <a class="standard-link" href={Route::Value { id }.href()}>{ value.name.clone() }</a>
                                    <MoveButtons name={value.name.clone()} {on_move}
                                        can_move_up={position > 0} can_move_down={position < last} />
                                </li>
                            }
                        }) }
                    </ol>
                }
            </section>

            <section aria-labelledby="authority-heading">
                <h2 id="authority-heading">{ tr(Msg::AuthorityHeading) }</h2>
                <p class="muted">{ tr(Msg::AuthorityIntro) }</p>
                <a class="button" href={Route::Authority.href()}>{ tr(Msg::ToAuthority) }</a>
            </section>
        </section>
    }
}
