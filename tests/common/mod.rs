//! Cases shared by the browser (tests/web.rs) and Node (tests/node.rs) wasm suites: they call
//! the exported JS API and assert on the objects it returns.

use claimdiff::coverage::{Coverage, FactRelation};
use claimdiff::wasm;
use claimdiff::{Article, ClaimDiff, Sentence};
use wasm_bindgen::JsValue;

const ARTICLE: &str = include_str!("../../www/samples/ferry-wire.txt");

fn js(text: &str) -> js_sys::JsString {
    text.into()
}

fn error_message(err: wasm_bindgen::JsError) -> String {
    let value: JsValue = err.into();
    let error: js_sys::Error = value.into();
    String::from(error.message())
}

pub fn sentences_keeps_abbreviations_and_offsets() {
    let text = "Mr. Okafor met U.S. officials on Jan. 14 in Lagos. “It went well.” Did it?";
    let value = wasm::sentences(&js(text)).unwrap();
    assert!(
        js_sys::Array::is_array(&value),
        "sentences() returns a JS array"
    );
    let found: Vec<Sentence> = serde_wasm_bindgen::from_value(value).unwrap();
    let texts: Vec<&str> = found.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Mr. Okafor met U.S. officials on Jan. 14 in Lagos.",
            "“It went well.”",
            "Did it?"
        ]
    );
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for s in &found {
        assert_eq!(
            String::from_utf16(&utf16[s.utf16_start..s.utf16_end]).unwrap(),
            s.text
        );
    }
}

pub fn sentences_object_has_camel_case_fields() {
    let value = wasm::sentences(&js("One. Two.")).unwrap();
    let first = js_sys::Reflect::get_u32(&value, 0).unwrap();
    for key in ["text", "start", "end", "utf16Start", "utf16End"] {
        assert!(
            js_sys::Reflect::has(&first, &JsValue::from_str(key)).unwrap(),
            "missing field {key}"
        );
    }
}

pub fn clean_returns_article_with_null_metadata() {
    let value = wasm::clean(&js("Just one sentence of text.")).unwrap();
    let byline = js_sys::Reflect::get(&value, &JsValue::from_str("byline")).unwrap();
    assert!(byline.is_null(), "missing metadata is null, not undefined");
    let article: Article = serde_wasm_bindgen::from_value(value).unwrap();
    assert_eq!(article.paragraphs, ["Just one sentence of text."]);
}

pub fn clean_recovers_sample_article_body() {
    let article: Article =
        serde_wasm_bindgen::from_value(wasm::clean(&js(ARTICLE)).unwrap()).unwrap();
    assert!(article.paragraphs.len() >= 3);
    assert!(article.lines.len() >= article.paragraphs.len());
}

pub fn diff_of_identical_texts_pairs_everything() {
    let text = "The ferry sank on Tuesday. Forty people were rescued. The port stays closed.";
    let value = wasm::diff(&js(text), &js(text), JsValue::UNDEFINED).unwrap();
    let report: ClaimDiff = serde_wasm_bindgen::from_value(value).unwrap();
    assert_eq!(report.claims.left.len(), 3);
    assert_eq!(report.pairs.len(), 3);
    assert!(report.left_only.is_empty() && report.right_only.is_empty());
}

pub fn diff_rejects_bad_options_with_an_error() {
    let options = js_sys::JSON::parse(r#"{"threshold": 7}"#).unwrap();
    let err = wasm::diff(&js("a."), &js("b."), options).unwrap_err();
    assert!(error_message(err).contains("threshold"));
    let options = js_sys::JSON::parse(r#"{"thresh": 0.5}"#).unwrap();
    let err = wasm::diff(&js("a."), &js("b."), options).unwrap_err();
    assert!(error_message(err).contains("unknown field"));
    let err = wasm::diff(&js("a."), &js("b."), JsValue::from_str("fast")).unwrap_err();
    assert!(error_message(err).contains("options must be an object"));
}

pub fn diff_rejects_oversized_input() {
    let options = js_sys::JSON::parse(r#"{"maxInputBytes": 10}"#).unwrap();
    let err = wasm::diff(
        &js("This text is longer than ten bytes."),
        &js("b."),
        options,
    )
    .unwrap_err();
    assert!(error_message(err).contains("maximum of 10 bytes"));
}

pub fn compare_clusters_articles_into_facts() {
    let texts = [
        "The museum reopened after a two-week closure. Its roof was repaired by local crews.",
        "Local crews repaired the museum's roof. The museum reopened after a three-week closure.",
        "The museum reopened after a two-week closure. Entry stays free until May.",
    ];
    let articles = serde_wasm_bindgen::to_value(&texts).unwrap();
    let options = js_sys::JSON::parse(r#"{"clean": false}"#).unwrap();
    let coverage: Coverage =
        serde_wasm_bindgen::from_value(wasm::compare(articles, options).unwrap()).unwrap();
    let reopened = coverage
        .facts
        .iter()
        .find(|f| f.statements.len() == 3)
        .expect("the reopening is stated by all three");
    assert_eq!(reopened.relation, FactRelation::Differs);
    let free = coverage
        .facts
        .iter()
        .find(|f| f.statements[0].text.contains("free"))
        .unwrap();
    assert_eq!(free.relation, FactRelation::Single);
    let err = wasm::compare(JsValue::from_str("not a list"), JsValue::UNDEFINED).unwrap_err();
    assert!(error_message(err).contains("array of strings"));
}

/// A comparison that is more work than scoring `maxClaimPairs` pairs of claims stops with an
/// error naming the option; a zero limit is an invalid option.
pub fn compare_stops_past_its_claim_pair_budget() {
    let texts = [
        "The museum reopened after a two-week closure. Its roof was repaired by local crews.",
        "Local crews repaired the museum's roof. The museum reopened after a three-week closure.",
    ];
    let run = |options: &str| {
        let articles = serde_wasm_bindgen::to_value(&texts).unwrap();
        wasm::compare(articles, js_sys::JSON::parse(options).unwrap())
    };
    assert!(run(r#"{"clean": false}"#).is_ok());
    let err = run(r#"{"clean": false, "maxClaimPairs": 1}"#).unwrap_err();
    let message = error_message(err);
    assert!(
        message.contains("more work than scoring 1 pairs"),
        "{message}"
    );
    assert!(message.contains("maxClaimPairs"), "{message}");
    let err = run(r#"{"maxClaimPairs": 0}"#).unwrap_err();
    assert!(error_message(err).contains("maxClaimPairs must be a positive"));
}

/// Text in several scripts, with characters outside the BMP: the result crosses the boundary
/// as JSON with every non-ASCII character escaped, and must read back as the same strings.
pub fn results_keep_every_script_intact() {
    let left = "Пожар в «Сосновке» — 12 домов 🔥\n\nВ среду сгорели 12 домов, сообщил мэр Ли Вэй (李伟).\n\nZoë Ångström said the café’s roof fell at 3 °C.";
    let right = "Пожар в «Сосновке» 🔥\n\nВ среду сгорели 14 домов, сообщил мэр Ли Вэй (李伟).";
    let article: Article = serde_wasm_bindgen::from_value(wasm::clean(&js(left)).unwrap()).unwrap();
    assert_eq!(article, as_cli_reads(claimdiff::clean(left)));
    let value = wasm::diff(&js(left), &js(right), JsValue::UNDEFINED).unwrap();
    let report: ClaimDiff = serde_wasm_bindgen::from_value(value).unwrap();
    let native = claimdiff::diff(left, right, &Default::default()).unwrap();
    assert_eq!(report, as_cli_reads(native));
    assert!(!report.pairs.is_empty(), "the fire claims pair");
}

/// What the CLI prints (plain UTF-8 JSON) read back: the fields JSON carries.
fn as_cli_reads<T: serde::Serialize + serde::de::DeserializeOwned>(value: T) -> T {
    serde_json::from_str(&serde_json::to_string(&value).unwrap()).unwrap()
}

/// What the JS side rebuilds (lines from numbers; their texts, the paragraphs, the text
/// content, sentences, claims and facts' words from the inputs) equals the core's result.
pub fn rebuilt_results_equal_the_core_s() {
    let left = include_str!("../../www/samples/ferry-daily.txt");
    let right = include_str!("../../www/samples/ferry-radio.txt");
    let found: Vec<Sentence> =
        serde_wasm_bindgen::from_value(wasm::sentences(&js(left)).unwrap()).unwrap();
    assert_eq!(found, claimdiff::sentences(left));
    let report: ClaimDiff = serde_wasm_bindgen::from_value(
        wasm::diff(&js(left), &js(right), JsValue::UNDEFINED).unwrap(),
    )
    .unwrap();
    let native = claimdiff::diff(left, right, &Default::default()).unwrap();
    assert!(
        native.claims.left.iter().any(|c| !c.facts.is_empty()),
        "facts are checked"
    );
    assert_eq!(report, as_cli_reads(native));
    let texts = [left, right, ARTICLE];
    let articles = serde_wasm_bindgen::to_value(&texts).unwrap();
    let coverage: Coverage =
        serde_wasm_bindgen::from_value(wasm::compare(articles, JsValue::UNDEFINED).unwrap())
            .unwrap();
    let native = claimdiff::coverage::compare(&texts, &Default::default()).unwrap();
    assert_eq!(coverage, as_cli_reads(native));
}

/// A lone surrogate reaches the core as U+FFFD, and the texts sliced from the JS string say
/// U+FFFD too, at the same UTF-16 offsets: in every function's result, whether or not the
/// text holds a U+FFFD of its own.
pub fn lone_surrogates_read_as_replacement_characters() {
    let with_lone = |text: &str| {
        let units: Vec<u16> = (text.encode_utf16())
            .map(|u| match u {
                0x58 => 0xD800,
                0x59 => 0xDFFF,
                u => u,
            })
            .collect();
        js_sys::JsString::from_char_code(&units)
    };
    let text = with_lone("The ferry X left at noon.\nIt carried Y people.");
    let article: Article = serde_wasm_bindgen::from_value(wasm::clean(&text).unwrap()).unwrap();
    let replaced = "The ferry \u{FFFD} left at noon.\nIt carried \u{FFFD} people.";
    assert_eq!(article, as_cli_reads(claimdiff::clean(replaced)));
    assert!(article.text_content.contains('\u{FFFD}'));
    // Converting to Rust replaces lone surrogates too: look at the JS strings themselves.
    // `JSON.stringify` writes a lone surrogate as an escape ("\\ud800"), U+FFFD as itself.
    let ok = |result: Result<JsValue, wasm_bindgen::JsError>, what: &str| {
        let json = String::from(js_sys::JSON::stringify(&result.unwrap()).unwrap());
        let escapes = json.to_lowercase();
        assert!(json.contains('\u{FFFD}'), "{what}: {json}");
        assert!(!escapes.contains("\\ud800"), "{what}: {json}");
        assert!(!escapes.contains("\\udfff"), "{what}: {json}");
    };
    let plain = js("A ferry left at noon.\nIt carried 40 people.");
    for text in [
        text,
        with_lone("X ferry left at noon \u{FFFD}.\nIt carried Y people."),
    ] {
        ok(wasm::sentences(&text), "sentences");
        ok(wasm::clean(&text), "clean");
        ok(wasm::diff(&text, &plain, JsValue::UNDEFINED), "diff, left");
        ok(wasm::diff(&plain, &text, JsValue::UNDEFINED), "diff, right");
        let texts = js_sys::Array::of3(&plain, &text, &plain);
        ok(wasm::compare(texts.into(), JsValue::UNDEFINED), "compare");
    }
}

/// A text reaches the core whole however wide its characters are in UTF-8: three bytes for
/// every UTF-16 unit (the most room the copy makes), four for a pair of units, one, none;
/// and wherever its first copy (room for a byte a unit) runs out of room: ASCII followed by
/// ever more wider characters runs out at every distance from their start.
pub fn texts_of_every_width_reach_the_core_whole() {
    let wide = format!("{}。", "語".repeat(3000));
    let astral = format!("{} ok.", "🚢".repeat(2000));
    let mut mixed = Vec::new();
    for c in ["é", "€", "🚢"] {
        for n in 0..40 {
            mixed.push(format!("{}{}.", "a".repeat(40), c.repeat(n)));
        }
    }
    let fixed = ["", "a", "é. Ü.", wide.as_str(), astral.as_str()];
    for text in fixed.into_iter().chain(mixed.iter().map(String::as_str)) {
        let found: Vec<Sentence> =
            serde_wasm_bindgen::from_value(wasm::sentences(&js(text)).unwrap()).unwrap();
        assert_eq!(found, claimdiff::sentences(text), "{}", text.len());
    }
}

/// Arguments that are not strings give an `Error` that says which one.
pub fn non_string_arguments_are_rejected() {
    use wasm_bindgen::JsCast;
    let number: js_sys::JsString = JsValue::from(5).unchecked_into();
    let err = wasm::clean(&number).unwrap_err();
    assert_eq!(error_message(err), "text must be a string");
    let err = wasm::diff(&js("a."), &number, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(error_message(err), "right must be a string");
    let articles = js_sys::Array::of2(&JsValue::from_str("a."), &JsValue::from(5));
    let err = wasm::compare(articles.into(), JsValue::UNDEFINED).unwrap_err();
    assert!(error_message(err).contains("array of strings"));
}

/// Declares one `#[wasm_bindgen_test]` per shared case, so each suite lists them once.
#[macro_export]
macro_rules! wasm_cases {
    ($($name:ident),* $(,)?) => {
        $(
            #[wasm_bindgen_test::wasm_bindgen_test]
            fn $name() {
                common::$name();
            }
        )*
    };
}

/// Every shared case, for both suites.
#[macro_export]
macro_rules! all_wasm_cases {
    () => {
        $crate::wasm_cases!(
            sentences_keeps_abbreviations_and_offsets,
            sentences_object_has_camel_case_fields,
            clean_returns_article_with_null_metadata,
            clean_recovers_sample_article_body,
            diff_of_identical_texts_pairs_everything,
            diff_rejects_bad_options_with_an_error,
            diff_rejects_oversized_input,
            compare_clusters_articles_into_facts,
            compare_stops_past_its_claim_pair_budget,
            results_keep_every_script_intact,
            rebuilt_results_equal_the_core_s,
            lone_surrogates_read_as_replacement_characters,
            texts_of_every_width_reach_the_core_whole,
            non_string_arguments_are_rejected,
        );
    };
}
