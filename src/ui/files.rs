//! Getting files in and out of the browser: download, the share sheet, and reading a
//! chosen or dropped file. Every text goes out as a file; nothing here interprets it.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn json_blob(text: &str) -> Result<web_sys::Blob, JsValue> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Saves `text` as a file named `name` in the person's downloads.
pub fn download(name: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(&json_blob(text)?)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

fn file_of(name: &str, text: &str) -> Result<web_sys::File, JsValue> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/json");
    web_sys::File::new_with_str_sequence_and_options(&parts, name, &options)
}

/// The share sheet's "files" data, if this device can share files at all.
fn share_data(name: &str, text: &str) -> Option<Object> {
    let navigator = web_sys::window()?.navigator();
    let can_share = Reflect::get(&navigator, &"canShare".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let data = Object::new();
    let file: JsValue = file_of(name, text).ok()?.into();
    Reflect::set(&data, &"files".into(), &Array::of1(&file)).ok()?;
    Reflect::set(&data, &"title".into(), &name.into()).ok()?;
    can_share
        .call1(&navigator, &data)
        .ok()?
        .as_bool()?
        .then_some(data)
}

/// Whether this device offers a share sheet for files (phones and tablets mostly do).
pub fn can_share_files() -> bool {
    share_data("vertskap.json", "{}").is_some()
}

/// Opens the share sheet with the file: `true` once shared, `false` if the person
/// closed the sheet (not an error).
pub async fn share(name: &str, text: &str) -> Result<bool, JsValue> {
    let data = share_data(name, text).ok_or("sharing files is not available here")?;
    let navigator = web_sys::window().ok_or("no window")?.navigator();
    let share = Reflect::get(&navigator, &"share".into())?.dyn_into::<js_sys::Function>()?;
    let promise: js_sys::Promise = share.call1(&navigator, &data)?.dyn_into()?;
    match JsFuture::from(promise).await {
        Err(e)
            if Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .as_deref()
                == Some("AbortError") =>
        {
            Ok(false)
        }
        other => other.map(|_| true),
    }
}

/// The bytes of a chosen or dropped file.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, JsValue> {
    let buffer = JsFuture::from(file.array_buffer()).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
