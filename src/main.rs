//! Browser entry point: everything lives in the library so tests can reach it.

#[cfg(target_arch = "wasm32")]
fn main() {
    vertskap::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Vertskap runs in the browser: use `make run`.");
}
