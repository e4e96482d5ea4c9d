//! Print views lay out each sheet (a poster, a script card) at the paper's proportions,
//! with every size relative to the sheet's width. The content is then scaled, through
//! the CSS variable `--fit`, to the largest size at which it still fits the sheet: a
//! short poster fills its page, a long script shrinks onto one page instead of
//! spilling onto a second. Because only proportions matter, the scale measured on
//! screen holds on paper of any size (A5, A4, A3).

use wasm_bindgen::JsCast;
use yew::prelude::*;

static FITTED: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// The class of a sheet: an element of fixed proportions that hides what overflows.
pub const SHEET: &str = "sheet";

/// Fits every sheet inside `root` once it has rendered, and again whenever `content`
/// changes (another paper size, edited text). Returns how many sheets do not fit even
/// in the smallest type: paper would lose their end, and the page must say so.
#[hook]
pub fn use_fit_sheets<T: PartialEq + Clone + 'static>(
    root: &NodeRef,
    range: (f64, f64),
    content: T,
) -> usize {
    let root = root.clone();
    let too_long = use_state(|| 0usize);
    let counted = too_long.clone();
    use_effect_with(content, move |_| {
        if let Some(root) = root.cast::<web_sys::Element>() {
            counted.set(fit_all(&root, range));
            // Says the sheets are fitted, with a number that changes each time: the tests
            // print only once it has changed after they changed the paper.
            let round = FITTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            crate::console::warn_if_failed(
                "mark the sheets fitted",
                root.set_attribute("data-fitted", &round.to_string()),
            );
        }
    });
    *too_long
}

/// Fits each sheet; the number that do not fit even at the smallest scale.
fn fit_all(root: &web_sys::Element, (smallest, largest): (f64, f64)) -> usize {
    let Ok(sheets) = root.query_selector_all(&format!(".{SHEET}")) else {
        return 0;
    };
    let mut too_long = 0;
    for at in 0..sheets.length() {
        let Some(sheet) = sheets
            .item(at)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let fits = |scale: f64| {
            set_fit(&sheet, scale);
            sheet.scroll_height() <= sheet.client_height()
        };
        let scale = largest_fitting(smallest, largest, fits);
        set_fit(&sheet, scale);
        if sheet.scroll_height() > sheet.client_height() {
            too_long += 1;
        }
    }
    too_long
}

/// Through the CSS object model: the Content-Security-Policy forbids style attributes.
fn set_fit(sheet: &web_sys::HtmlElement, scale: f64) {
    crate::console::warn_if_failed(
        "set the sheet's scale",
        sheet.style().set_property("--fit", &format!("{scale:.3}")),
    );
}

/// The largest scale in `smallest..=largest` at which `fits` holds, to within 1 %; the
/// smallest if none does (the sheet then hides the rest rather than spill onto a page
/// of its own).
fn largest_fitting(smallest: f64, largest: f64, mut fits: impl FnMut(f64) -> bool) -> f64 {
    if fits(largest) {
        return largest;
    }
    let (mut low, mut high) = (smallest, largest);
    while high - low > 0.01 {
        let middle = (low + high) / 2.0;
        if fits(middle) {
            low = middle;
        } else {
            high = middle;
        }
    }
    low
}
