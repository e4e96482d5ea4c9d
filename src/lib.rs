//! Vertskap: a business's host standards, kept offline in the browser.
//!
//! `domain` and `text` are plain Rust and tested natively; `storage` and `ui`
//! exist only in the browser build.

pub mod domain;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod commands;
#[cfg(target_arch = "wasm32")]
pub mod console;
#[cfg(target_arch = "wasm32")]
pub mod pacing;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod sync;
#[cfg(target_arch = "wasm32")]
pub mod ui;
