//! The bench's minimal Yew peer: a Sections nav and an h1 that follows the URL hash.

use yew::prelude::*;

fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

#[function_component]
fn App() -> Html {
    let current = use_state(hash);
    {
        let current = current.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window().expect("a window");
            let listener = gloo_events::EventListener::new(&window, "hashchange", move |_| {
                current.set(hash())
            });
            move || drop(listener)
        });
    }
    let title = if current.as_str() == "#/scripts" {
        "Scripts"
    } else {
        "Host standards"
    };
    html! {
        <>
            <nav aria-label="Sections">
                <a href="#/standards">{ "Standards" }</a>
                <a href="#/scripts">{ "Scripts" }</a>
            </nav>
            <main><h1>{ title }</h1></main>
        </>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
