//! The JS boundary, and nothing else: read JS values with serde-wasm-bindgen, call the core,
//! write the result back (as JSON, see `to_json`, with its many small objects as numbers,
//! see `pack`, rebuilt by `fill.js`). Errors become JS `Error`s with a message; panics never
//! escape as silent aborts (the panic hook logs them).

mod alloc;
mod json;
mod pack;

use crate::clean::Article;
use crate::coverage::Coverage;
use crate::diff::{check_size, DiffOptions, DEFAULT_MAX_INPUT_BYTES};
use crate::report::{ClaimDiff, Sides};
use crate::text::offsets::utf16_len_of_utf8;
use js_sys::{Array, JsString};
use pack::Packed;
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
/// The text is ASCII (`json`): V8 decodes and parses that fastest. What was packed out of
/// the value (`pack`) goes beside it, for `fill.js` to put back.
fn to_json<T: Serialize>(value: &T) -> Result<String, JsError> {
    json::to_ascii_json(value)
        .map_err(|e| JsError::new(&format!("could not convert the result to JS: {e}")))
}

#[wasm_bindgen(module = "/src/wasm/fill.js")]
extern "C" {
    /// `TextEncoder.encodeInto` of `text` from UTF-16 unit `from` on: the bytes written.
    #[wasm_bindgen(js_name = encodeInto)]
    fn encode_into(text: &JsString, from: u32, into: &mut [u8]) -> u32;
    // Each text comes with `replaced` (see `replaced`): whether to check it for lone surrogates.
    #[wasm_bindgen(catch, js_name = sentences)]
    fn fill_sentences(numbers: &[u32], text: &JsString, replaced: bool)
        -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = article)]
    fn fill_article(
        strings: &str,
        numbers: &[u32],
        text: &JsString,
        replaced: bool,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = claimDiff)]
    fn fill_claim_diff(
        json: &str,
        strings: &str,
        numbers: &[u32],
        left: &JsString,
        right: &JsString,
        replaced: &[u8],
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = coverage)]
    fn fill_coverage(
        json: &str,
        strings: &str,
        numbers: &[u32],
        texts: &Array,
        replaced: &[u8],
    ) -> Result<JsValue, JsValue>;
}

/// A failed fill is a bug of ours, never of the input: say so rather than pass on a TypeError.
fn filled(result: Result<JsValue, JsValue>) -> Result<JsValue, JsError> {
    result.map_err(|_| JsError::new("could not convert the result to JS"))
}

fn core_error(e: crate::Error) -> JsError {
    JsError::new(&e.to_string())
}

/// The Rust copy of a JS string argument (lone surrogates become U+FFFD), or `None` when it
/// is no string. `encodeInto` copies it: the generic string argument copies an ASCII prefix
/// a character at a time, then encodes a slice of the rest into a buffer it grows to three
/// times the rest and shrinks again (~7 % of a 2 MB clean in V8, growing faster than the
/// input). Room for a byte a unit first, which takes ASCII whole; only what did not fit then
/// gets room for its longest UTF-8 (three bytes a unit). Room for three bytes a unit from the
/// start would grow the wasm memory, which never shrinks, to three times a long paste.
fn utf8_of(value: &JsValue) -> Option<String> {
    let text: &JsString = value.dyn_ref()?;
    let units = text.length() as usize;
    let mut bytes = vec![0; units];
    let mut written = encode_into(text, 0, &mut bytes) as usize;
    // `encodeInto` writes whole characters: the units it read are those of what it wrote
    // (counted on the bytes: `String::from_utf8` below checks them, once).
    let read = utf16_len_of_utf8(&bytes[..written]);
    if read < units {
        bytes.resize(written + 3 * (units - read), 0);
        written += encode_into(text, read as u32, &mut bytes[written..]) as usize;
    }
    bytes.truncate(written);
    String::from_utf8(bytes).ok()
}

/// Whether the copy of a string may hold U+FFFD that `encodeInto` wrote for a lone surrogate.
/// A copy without U+FFFD is the string itself, so `fill.js` slices the caller's string
/// without checking it (`isWellFormed` took ~1.2 µs of a ~37 µs clean of a 2 KB page).
fn replaced(copy: &str) -> bool {
    memchr::memmem::find(copy.as_bytes(), "\u{FFFD}".as_bytes()).is_some()
}

/// [`utf8_of`] of a named argument, with an error for anything but a string.
fn text_of(value: &JsString, name: &str) -> Result<String, JsError> {
    utf8_of(value).ok_or_else(|| JsError::new(&format!("{name} must be a string")))
}

/// The Rust copy of the one text `sentences` and `clean` take, within the default size.
fn checked_text(text: &JsString) -> Result<String, JsError> {
    let input = text_of(text, "text")?;
    check_size(&input, DEFAULT_MAX_INPUT_BYTES).map_err(core_error)?;
    Ok(input)
}

/// Splits text into sentences with byte and UTF-16 offsets.
#[wasm_bindgen(unchecked_return_type = "Sentence[]")]
pub fn sentences(text: &JsString) -> Result<JsValue, JsError> {
    let input = checked_text(text)?;
    let numbers = pack::sentences(crate::sentences(&input));
    filled(fill_sentences(&numbers, text, replaced(&input)))
}

/// Recovers the article from pasted page text.
#[wasm_bindgen(unchecked_return_type = "Article")]
pub fn clean(text: &JsString) -> Result<JsValue, JsError> {
    let input = checked_text(text)?;
    // The cleanup is packed whole, and no text is copied: no JSON (parsing it took ~5 µs of
    // a ~60 µs 1x clean in V8), no owned `Article` (its lines' and paragraphs' texts, ~50
    // allocations for a 2 KB page, ~7 % of the call).
    let mut packed = Packed::default();
    packed.cleanup(crate::clean::classify(&input));
    let wire = packed.finish();
    filled(fill_article(
        &wire.strings,
        &wire.numbers,
        text,
        replaced(&input),
    ))
}

/// Claim-level diff of two pasted articles. Its TypeScript signature, with `options`
/// optional, is written in types.d.ts.
#[wasm_bindgen(skip_typescript)]
pub fn diff(left: &JsString, right: &JsString, options: JsValue) -> Result<JsValue, JsError> {
    let (l, r) = (text_of(left, "left")?, text_of(right, "right")?);
    let options = diff_options(options)?;
    // The articles stay cleanups: packed, they are all `fill.js` needs to rebuild the
    // report's owned articles, whose texts it slices from `left` and `right`.
    let diffed = crate::diff::diff_inputs(&l, &r, &options).map_err(core_error)?;
    let mut packed = Packed::default();
    let claims = [diffed.claims.left, diffed.claims.right];
    for (side, claims) in diffed.cleanups.into_iter().zip(claims) {
        packed.side(side, claims);
    }
    let mut pairs = diffed.pairs;
    packed.pairs(&mut pairs);
    // What was packed stays in the JSON as empty lists and nulls, for `fill.js` to fill.
    let report = ClaimDiff {
        left: Article::default(),
        right: Article::default(),
        claims: Sides {
            left: Vec::new(),
            right: Vec::new(),
        },
        pairs,
        left_only: diffed.left_only,
        right_only: diffed.right_only,
    };
    let json = to_json(&report)?;
    let wire = packed.finish();
    filled(fill_claim_diff(
        &json,
        &wire.strings,
        &wire.numbers,
        left,
        right,
        &[u8::from(replaced(&l)), u8::from(replaced(&r))],
    ))
}

/// Clusters the claims of N articles into facts. Its TypeScript signature is in types.d.ts.
#[wasm_bindgen(skip_typescript)]
pub fn compare(articles: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    const EXPECTED: &str = "articles must be an array of strings";
    let list: &Array = articles.dyn_ref().ok_or_else(|| JsError::new(EXPECTED))?;
    let texts = (list.iter())
        .map(|t| utf8_of(&t).ok_or_else(|| JsError::new(EXPECTED)))
        .collect::<Result<Vec<String>, _>>()?;
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let options = diff_options(options)?;
    let compared = crate::coverage::compare_inputs(&texts, &options).map_err(core_error)?;
    let mut packed = Packed::default();
    let n = compared.claims.len();
    for (side, claims) in compared.cleanups.into_iter().zip(compared.claims) {
        packed.side(side, claims);
    }
    // As in `diff`: what was packed stays in the JSON as empty lists and nulls.
    let coverage = Coverage {
        articles: vec![Article::default(); n],
        claims: vec![Vec::new(); n],
        facts: compared.facts,
        single: compared.single,
    };
    let json = to_json(&coverage)?;
    let wire = packed.finish();
    let flags: Vec<u8> = texts.iter().map(|t| u8::from(replaced(t))).collect();
    filled(fill_coverage(
        &json,
        &wire.strings,
        &wire.numbers,
        list,
        &flags,
    ))
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
