//! Sentence segmentation over the shared corpus of real pasted pages (when it is present).
#![cfg(not(target_arch = "wasm32"))]

use claimdiff::sentences;
use std::path::PathBuf;

fn seeds() -> Option<Vec<(String, String)>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
    let entries = std::fs::read_dir(&dir).ok()?;
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Some(
        files
            .into_iter()
            .map(|p| {
                let text = std::fs::read_to_string(&p).expect("seed is UTF-8");
                (p.file_name().unwrap().to_string_lossy().into_owned(), text)
            })
            .collect(),
    )
}

#[test]
fn seed_sentences_do_not_break_at_abbreviations() {
    let Some(seeds) = seeds() else {
        eprintln!("skipped: ../shared/corpus not found");
        return;
    };
    let mut checked = 0;
    for (name, text) in &seeds {
        let found = sentences(text);
        for (i, s) in found.iter().enumerate() {
            assert_eq!(&text[s.start..s.end], s.text, "{name}: offsets");
            let next_on_line = found
                .get(i + 1)
                .filter(|n| !text[s.end..n.start].contains('\n'));
            let Some(next) = next_on_line else { continue };
            checked += 1;
            // A split inside a line must leave a sentence-like start behind it.
            let first = next.text.trim_start_matches(|c: char| !c.is_alphanumeric());
            assert!(
                !first.starts_with(char::is_lowercase),
                "{name}: split before lowercase: {:?} | {:?}",
                s.text,
                next.text
            );
            for abbr in [" Mr.", " Mrs.", " Ms.", " Dr.", " Jan.", " No.", " St."] {
                assert!(
                    !s.text.ends_with(abbr),
                    "{name}: split after {abbr}: {:?}",
                    s.text
                );
            }
            if s.text.ends_with("U.S.") {
                let opener = next.text.split_whitespace().next().unwrap_or("");
                assert!(
                    ["The", "It", "He", "She", "They", "But", "In"].contains(&opener),
                    "{name}: split after U.S. before {opener:?}"
                );
            }
        }
    }
    assert!(checked > 20, "too few in-line splits checked: {checked}");
    println!(
        "checked {checked} in-line sentence boundaries in {} seeds",
        seeds.len()
    );
}
