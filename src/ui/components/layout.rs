//! The frame around every page: the app's name, the section navigation, notices.

use super::keep_data::KeepData;
use super::lost_data::LostData;
use super::notice_bar::NoticeBar;
use super::starter_offer::StarterOffer;
use crate::text::{tr, Msg};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

const SECTIONS: [(Route, Msg<'static>); 8] = [
    (Route::Standards, Msg::Standards),
    (Route::Scripts, Msg::Scripts),
    (Route::Values, Msg::Values),
    (Route::Authority, Msg::AuthoritySection),
    (Route::Visits, Msg::Visits),
    (Route::Complaints, Msg::CustomersSection),
    (Route::Goals, Msg::Goals),
    (Route::Settings, Msg::Settings),
];

#[component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let route = use_route::<Route>();
    // A new screen starts at its top, as a new page would, with the notices in view.
    use_effect_with(route.clone(), |_| {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        show_current_section();
    });
    let current = route.and_then(|r| r.section());
    html! {
        <>
            <header class="app-header">
                <span class="app-name">{ tr(Msg::AppName) }</span>
                <nav aria-label={tr(Msg::SectionsNav)}>
                    <ul class="sections">
                        { for SECTIONS.iter().map(|(route, label)| {
                            let is_current = current.as_ref() == Some(route);
                            html! {
                                <li>
                                    <a href={route.href()} aria-current={is_current.then_some("page")}>
                                        { tr(*label) }
                                    </a>
                                </li>
                            }
                        }) }
                    </ul>
                </nav>
                <a class="button counter-entry" href={Route::Counter.href()}>{ tr(Msg::CounterMode) }</a>
            </header>
            <NoticeBar />
            <SyncAttention />
            <KeepData />
            <LostData />
            <StarterOffer />
            <main id="main">{ props.children.clone() }</main>
        </>
    }
}

/// A line on every page while sync needs the person (a wrong password, records to
/// choose between, documents kept aside), leading to Settings where it is said in full.
#[component(SyncAttention)]
fn sync_attention() -> Html {
    let sync = crate::ui::sync::use_sync();
    let route = use_route::<Route>();
    let needed = sync.as_ref().is_some_and(|s| s.state().needs_attention());
    if !needed || route == Some(Route::Settings) {
        return html! {};
    }
    html! {
        <p class="notice sync-attention" role="status">
            <a href={Route::Settings.href()}>{ tr(Msg::SyncAttention) }</a>
        </p>
    }
}

/// On a phone the sections scroll sideways in one row (styles/app.css): the current one
/// is brought into that row's view (clear of its fades), without moving the page.
fn show_current_section() {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().and_then(|w| w.document());
    let Some(nav) = document
        .as_ref()
        .and_then(|d| d.query_selector(".app-header nav").ok().flatten())
    else {
        return;
    };
    let current = nav
        .query_selector("a[aria-current=\"page\"]")
        .ok()
        .flatten()
        .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(link) = current {
        // The fades are about 3rem wide at the end and 1rem at the start.
        let (start, end) = (
            link.offset_left() - 16,
            link.offset_left() + link.offset_width() + 48,
        );
        let (shown_from, width) = (nav.scroll_left(), nav.client_width());
        if end > shown_from + width {
            nav.set_scroll_left(end - width);
        } else if start < shown_from {
            nav.set_scroll_left(start.max(0));
        }
    }
}
