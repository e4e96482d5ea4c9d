//! Browser calls whose failure leaves nothing for the person to do (focus, print,
//! removing a listener, saving a device preference where localStorage is refused): the
//! console says what failed, for whoever looks into a report, instead of the result
//! being thrown away.

use wasm_bindgen::JsValue;

pub fn warn_if_failed<T>(what: &str, result: Result<T, JsValue>) {
    if let Err(error) = result {
        web_sys::console::warn_2(&JsValue::from_str(what), &error);
    }
}
