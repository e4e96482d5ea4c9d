//! The crash screen, rendered in a real page: what a person sees after a panic.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_crash_replaces_the_page_with_a_calm_message_and_a_reload_button() {
    // A stand-in for <body>: the test runner keeps its own output in the real one.
    let document = web_sys::window().unwrap().document().unwrap();
    let page = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&page).unwrap();
    page.set_text_content(Some("the app was here"));

    // The page fetches its words before it starts; here they are given directly.
    vertskap::text::words::add(
        vertskap::domain::locale::Locale::En,
        include_str!("../i18n/en.ftl"),
    )
    .unwrap();
    vertskap::ui::show_crash_screen_in(&page);

    let alert = page
        .query_selector("main[role=alert]")
        .unwrap()
        .expect("an alert region");
    let heading = alert.query_selector("h1").unwrap().unwrap();
    assert_eq!(
        heading.text_content().as_deref(),
        Some("Something went wrong")
    );
    assert!(alert.text_content().unwrap().contains("Your data is safe"));
    let button: web_sys::HtmlElement = alert
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().as_deref(), Some("Reload"));
    assert!(!page.text_content().unwrap().contains("the app was here"));
}
