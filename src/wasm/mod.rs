//! The JS boundary, and nothing else: read JS values with serde-wasm-bindgen, call the core,
//! write the result back (as JSON, see `to_js`). Errors become JS `Error`s with a message;
//! panics never escape as silent aborts (the panic hook logs them).

mod alloc;
mod json;

use crate::diff::{check_size, DiffOptions, DEFAULT_MAX_INPUT_BYTES};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("types.d.ts");

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Plain objects and `null` for missing values: the result as JSON text, parsed by the JS
/// engine. One string crossing the boundary and one native `JSON.parse` cost a fraction of
/// building the objects field by field through imports (serde-wasm-bindgen), which took
/// about 40 % of `clean` on large pages. The shapes agree: camelCase keys, numbers (all
/// finite, and ryu's shortest form parses back to the same f64), strings, `null`, arrays.
/// The text is ASCII (`json`): V8 decodes and parses that fastest.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = json::to_ascii_json(value)
        .map_err(|e| JsError::new(&format!("could not convert the result to JS: {e}")))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("could not convert the result to JS"))
}

fn core_error(e: crate::Error) -> JsError {
    JsError::new(&e.to_string())
}

/// Splits text into sentences with byte and UTF-16 offsets.
#[wasm_bindgen(unchecked_return_type = "Sentence[]")]
pub fn sentences(text: &str) -> Result<JsValue, JsError> {
    check_size(text, DEFAULT_MAX_INPUT_BYTES).map_err(core_error)?;
    to_js(&crate::sentences(text))
}

/// Recovers the article from pasted page text.
#[wasm_bindgen(unchecked_return_type = "Article")]
pub fn clean(text: &str) -> Result<JsValue, JsError> {
    check_size(text, DEFAULT_MAX_INPUT_BYTES).map_err(core_error)?;
    to_js(&crate::clean(text))
}

/// Claim-level diff of two pasted articles. Its TypeScript signature, with `options`
/// optional, is written in types.d.ts.
#[wasm_bindgen(skip_typescript)]
pub fn diff(left: &str, right: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = diff_options(options)?;
    to_js(&crate::diff(left, right, &options).map_err(core_error)?)
}

/// Clusters the claims of N articles into facts. Its TypeScript signature is in types.d.ts.
#[wasm_bindgen(skip_typescript)]
pub fn compare(articles: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let texts: Vec<String> = serde_wasm_bindgen::from_value(articles)
        .map_err(|_| JsError::new("articles must be an array of strings"))?;
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let options = diff_options(options)?;
    to_js(&crate::coverage::compare(&texts, &options).map_err(core_error)?)
}

fn diff_options(value: JsValue) -> Result<DiffOptions, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(DiffOptions::default());
    }
    if !value.is_object() {
        return Err(JsError::new(
            "invalid option: options must be an object such as { threshold: 0.3 }",
        ));
    }
    // serde-wasm-bindgen reads only the fields it knows, so catch misspelt ones here.
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !DiffOptions::FIELDS.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "invalid option: unknown field `{key}`, expected one of {}",
                DiffOptions::FIELDS.join(", ")
            )));
        }
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("invalid option: {e}")))
}
