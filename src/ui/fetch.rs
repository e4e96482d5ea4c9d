//! Files of the app's own build fetched by the page (the starter kit, a language's words):
//! through the service worker, so from its cache when offline.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bytes of `path` (relative to the app), or why not, for a console message.
pub async fn fetch_bytes(path: &str) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(
        response(path)
            .await?
            .array_buffer()
            .map_err(|e| format!("{e:?}"))?,
    )
    .await
    .map_err(|e| format!("{e:?}"))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The text of `path` (relative to the app).
pub async fn fetch_text(path: &str) -> Result<String, String> {
    JsFuture::from(response(path).await?.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?
        .as_string()
        .ok_or_else(|| format!("{path}: no text"))
}

async fn response(path: &str) -> Result<web_sys::Response, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|e| format!("{path}: {e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| format!("{e:?}"))?;
    if !response.ok() {
        return Err(format!("{path}: HTTP {}", response.status()));
    }
    Ok(response)
}
