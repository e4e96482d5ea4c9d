//! Printing the page shown: the print views (scripts, poster, checklists, visit
//! reports) hand the browser its own print dialog.

/// Opens the browser's print dialog for the page; a browser that refuses is logged.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        crate::console::warn_if_failed("print", window.print());
    }
}
