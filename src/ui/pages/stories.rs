//! Service stories: the archive by the value each shows, newest first, and the way to
//! write one. Praise and end-of-shift reflections become stories from their own pages.

use crate::domain::drip::story::by_value;
use crate::text::{date, tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

#[component(StoriesPage)]
pub fn stories_page() -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let values: Vec<_> = lib.values_in_order().iter().map(|v| v.id).collect();
    let groups = by_value(&lib.staff.stories, &values);
    html! {
        <section class="page stories">
            <p><a class="text-link" href={Route::Goals.href()}>{ tr(Msg::BackToGoals) }</a></p>
            <div class="page-head">
                <h1>{ tr(Msg::ServiceStoriesHeading) }</h1>
                <a class="button primary" href={Route::NewStory.href()}>{ tr(Msg::WriteStoryLink) }</a>
            </div>
            <p class="intro">{ tr(Msg::StoriesIntro) }</p>
            if groups.is_empty() {
                <p class="empty">{ tr(Msg::NoStoriesYet) }</p>
            }
            { for groups.iter().map(|(value, stories)| {
                let heading = value
                    .and_then(|id| lib.value(id))
                    .map_or_else(|| tr(Msg::StoriesWithoutValue), |v| v.name.clone());
                let heading_id = format!("stories-{}", value.map(|v| v.to_string()).unwrap_or_default());
                html! {
                    <section key={heading_id.clone()} aria-labelledby={heading_id.clone()}>
                        <h2 id={heading_id}>{ heading }</h2>
                        <ul class="story-list">
                            { for stories.iter().map(|s| html! {
                                <li key={s.id.to_string()}>
                                    <article class="story">
                                        <h3><a href={Route::EditStory { id: s.id }.href()}>{ s.title.clone() }</a></h3>
                                        <p class="muted">{ date(s.date.date()) }</p>
                                        <p class="story-text">{ s.text.clone() }</p>
                                        if let Some(p) = s.person_id.and_then(|id| lib.person(id)) {
                                            <p class="muted">{ tr(Msg::StoryAbout { name: &p.name }) }</p>
                                        }
                                    </article>
                                </li>
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </section>
    }
}
