//! Benchmark inputs, generated from the project's sample articles (`www/samples/`) with a
//! fixed seed, so every run (native and wasm) measures the same bytes.
//!
//! - cleanup: `k` pasted pages back to back (1x, 10x, 100x, 1000x of one ~2 KB page); page
//!   `i` is sample `i % 6`, and every page after the first is perturbed (numbers changed,
//!   adjacent words swapped, the sentences of a paragraph shuffled);
//! - claim diff: two articles of `n` body sentences each. The left one cycles through the
//!   body sentences of the left-hand samples (after the first round, copies with the names
//!   replaced by invented ones fixed per round and the numbers changed); the
//!   right one retells it: most sentences are light rewrites of a left sentence (a word swap,
//!   sometimes a changed number), some come from the right-hand samples, some restate a
//!   distant left sentence with other numbers, and the order is shuffled locally;
//! - compare: `count` articles of `n` body sentences: the claim diff's left article and
//!   `count - 1` retellings of it made like the right one, each with its own seed;
//! - stress: inputs of (just under) 5 MiB: pages, one unbroken line, the same sentence
//!   repeated, and a 5 MiB diff pair.

use claimdiff::text::segment::sentence_bounds;
use std::path::Path;

/// SplitMix64: small, fast, deterministic.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// The sample articles: `(name, text)`, left-hand file of each pair first.
pub struct Samples {
    pub pages: Vec<(String, String)>,
    /// Body sentences of the left-hand and the right-hand samples.
    pub left_body: Vec<String>,
    pub right_body: Vec<String>,
}

/// Reads `www/samples/index.json` and the files it lists.
pub fn load_samples(dir: &Path) -> Samples {
    let index: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("index.json")).expect("www/samples/index.json"),
    )
    .expect("index.json is JSON");
    let mut pages = Vec::new();
    let (mut left_body, mut right_body) = (Vec::new(), Vec::new());
    for pair in index["pairs"].as_array().expect("pairs") {
        for (side, body) in [("left", &mut left_body), ("right", &mut right_body)] {
            let file = pair[side]["file"].as_str().expect("file");
            let text = std::fs::read_to_string(dir.join(file)).expect("sample file");
            let article = claimdiff::clean(&text);
            let claims = claimdiff::claims::extract(&text, &article);
            body.extend(claims.into_iter().map(|c| c.text));
            pages.push((file.to_string(), text));
        }
    }
    assert!(
        !left_body.is_empty() && !right_body.is_empty(),
        "samples have body text"
    );
    Samples {
        pages,
        left_body,
        right_body,
    }
}

/// Replaces each run of ASCII digits, with probability `p`, by another number of as many digits.
fn change_numbers(text: &str, rng: &mut Rng, p: f64) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let run = &text[start..i];
            if rng.chance(p) {
                let mut digits: Vec<u8> =
                    (0..run.len()).map(|_| b'0' + rng.below(10) as u8).collect();
                if digits.len() > 1 && digits[0] == b'0' {
                    digits[0] = b'1' + rng.below(9) as u8;
                }
                if digits == run.as_bytes() {
                    let last = digits.len() - 1;
                    digits[last] = b'0' + (digits[last] - b'0' + 1) % 10;
                }
                out.push_str(std::str::from_utf8(&digits).unwrap());
            } else {
                out.push_str(run);
            }
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// Swaps one random pair of adjacent words.
fn swap_words(text: &str, rng: &mut Rng) -> String {
    let mut words: Vec<&str> = text.split(' ').collect();
    if words.len() > 3 {
        let i = 1 + rng.below(words.len() - 2);
        words.swap(i - 1, i);
    }
    words.join(" ")
}

/// Shuffles the sentences of one line (Fisher-Yates).
fn shuffle_sentences(line: &str, rng: &mut Rng) -> String {
    let mut parts: Vec<&str> = sentence_bounds(line)
        .into_iter()
        .map(|(s, e)| &line[s..e])
        .collect();
    if parts.len() < 2 {
        return line.to_string();
    }
    shuffle(&mut parts, rng);
    parts.join(" ")
}

fn shuffle<T>(items: &mut [T], rng: &mut Rng) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// A perturbed copy of a pasted page: numbers changed, words swapped, sentences shuffled.
fn perturb_page(page: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(page.len() + 16);
    for line in page.lines() {
        let mut line = change_numbers(line, rng, 0.5);
        if line.len() > 80 {
            if rng.chance(0.5) {
                line = swap_words(&line, rng);
            }
            if rng.chance(0.5) {
                line = shuffle_sentences(&line, rng);
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// `copies` pasted pages back to back: sample `i % 6` for page `i`, perturbed after the first.
pub fn pages(samples: &Samples, copies: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::new();
    for i in 0..copies {
        let (_, page) = &samples.pages[i % samples.pages.len()];
        if i == 0 {
            out.push_str(page);
        } else {
            out.push_str(&perturb_page(page, &mut rng));
        }
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// Truncates `text` at a line boundary to at most `max` bytes.
pub fn truncate_lines(mut text: String, max: usize) -> String {
    if text.len() > max {
        let cut = text[..max].rfind('\n').map_or(0, |i| i + 1);
        text.truncate(cut);
    }
    text
}

/// Sentence `j` of a cycle over `pool`: the original in the first round, perturbed later.
fn cycled(pool: &[String], j: usize, salt: u64) -> String {
    let round = (j / pool.len()) as u64;
    let base = &pool[j % pool.len()];
    if round == 0 && salt == 0 {
        return base.clone();
    }
    let mut rng = Rng::new(round.wrapping_mul(0x100_0000_01B3) ^ (j as u64) ^ salt);
    // Each round tells of other places and people: names change with the round, so a long
    // text is many stories told alike, not one story repeated.
    let renamed = rename(base, round);
    let mut s = change_numbers(&renamed, &mut rng, 0.7);
    if rng.chance(0.5) {
        s = swap_words(&s, &mut rng);
    }
    s
}

/// Replaces every capitalised word after the first by an invented name fixed by the word and
/// `round` (round 0 keeps the text).
fn rename(text: &str, round: u64) -> String {
    if round == 0 {
        return text.to_string();
    }
    const SYLLABLES: &[&str] = &[
        "ka", "lo", "ren", "va", "mi", "tor", "se", "dal", "ni", "bro", "fe", "quin", "ost", "ma",
        "ley", "gar",
    ];
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let capital = letters.len() >= 3
            && letters.chars().next().is_some_and(char::is_uppercase)
            && letters.chars().all(char::is_alphabetic);
        if i == 0 || !capital {
            out.push_str(word);
            continue;
        }
        let mut h = Rng::new(
            round
                ^ letters.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                    (h ^ b as u64).wrapping_mul(0x100_0000_01B3)
                }),
        );
        let mut name = String::new();
        for _ in 0..2 + h.below(2) {
            name.push_str(SYLLABLES[h.below(SYLLABLES.len())]);
        }
        let mut chars = name.chars();
        out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        out.push_str(chars.as_str());
        out.push_str(&word[letters.len()..]);
    }
    out
}

/// Lays sentences out as an article: a title, a byline, then paragraphs of three sentences.
fn article(title: &str, sentences: &[String]) -> String {
    let mut out = format!("{title}\n\nBy the claimdiff benchmark desk\n\n");
    for chunk in sentences.chunks(3) {
        out.push_str(&chunk.join(" "));
        out.push_str("\n\n");
    }
    out
}

/// The body of the story told `n` sentences long: the left-hand samples' body sentences in a
/// cycle (renamed and renumbered after the first round).
fn story(samples: &Samples, n: usize) -> Vec<String> {
    (0..n).map(|j| cycled(&samples.left_body, j, 0)).collect()
}

/// A retelling of `story`, sentence for sentence: 60 % light rewrites of the same sentence,
/// 20 % sentences of the right-hand samples, 20 % a distant sentence with other numbers;
/// shuffled in blocks of 12 plus a few long moves.
fn retell(samples: &Samples, story: &[String], seed: u64) -> Vec<String> {
    let n = story.len();
    let mut rng = Rng::new(seed);
    let mut right: Vec<String> = (0..n)
        .map(|j| {
            let roll = rng.below(100);
            if roll < 60 {
                // A light rewrite of the same sentence.
                let mut s = swap_words(&story[j], &mut rng);
                if rng.chance(0.3) {
                    s = change_numbers(&s, &mut rng, 0.5);
                }
                s
            } else if roll < 80 {
                cycled(&samples.right_body, j, 0)
            } else {
                let far = (j * 7 + 3) % n;
                cycled(&samples.left_body, far, 0x5eed)
            }
        })
        .collect();
    for block in right.chunks_mut(12) {
        shuffle(block, &mut rng);
    }
    for _ in 0..n / 50 {
        let (a, b) = (rng.below(n), rng.below(n));
        right.swap(a, b);
    }
    right
}

const LEFT_TITLE: &str = "Ferry and cargo ship collide in fog, officials say";
const RIGHT_TITLE: &str = "Ferry collision in fog injures passengers";

/// Two retellings of one story, `n` body sentences each.
pub fn diff_pair(samples: &Samples, n: usize, seed: u64) -> (String, String) {
    let left = story(samples, n);
    let right = retell(samples, &left, seed);
    (article(LEFT_TITLE, &left), article(RIGHT_TITLE, &right))
}

/// `count` articles of one story, `n` body sentences each, for `compare`: the left article of
/// `diff_pair(samples, n, seed)`, then `count - 1` retellings of it made like that pair's
/// right article, retelling `i` (from 1) with the seed `seed + ((i - 1) << 32)` (so the first is
/// the pair's right article itself).
pub fn articles(samples: &Samples, n: usize, count: usize, seed: u64) -> Vec<String> {
    let left = story(samples, n);
    let mut out = vec![article(LEFT_TITLE, &left)];
    for i in 1..count as u64 {
        let right = retell(samples, &left, seed.wrapping_add((i - 1) << 32));
        out.push(article(RIGHT_TITLE, &right));
    }
    out
}

/// One unbroken line of body sentences, about `bytes` long.
pub fn one_line(samples: &Samples, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 256);
    let mut j = 0;
    while out.len() < bytes {
        out.push_str(&cycled(&samples.left_body, j, 0));
        out.push(' ');
        j += 1;
    }
    let mut cut = bytes.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

/// The same body sentence, one a line, about `bytes` long.
pub fn repeated(samples: &Samples, bytes: usize) -> String {
    let line = format!("{}\n", samples.left_body[0]);
    truncate_lines(line.repeat(bytes / line.len() + 1), bytes)
}
