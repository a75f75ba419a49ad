//! Language guess: the script for non-Latin text, stopword counts for Latin-script text.

use super::lanes::ByteLanes;
use super::stopwords::{word_masks, LANGS};

/// How much of the text the guess reads: a page's language shows in its first pages.
const SAMPLE_BYTES: usize = 64 * 1024;
/// Fewer words than this is too little to tell languages apart.
const MIN_WORDS: usize = 12;
/// The winner needs this many stopword hits and a clear lead over the runner-up.
const MIN_HITS: usize = 4;
const LEAD: f64 = 1.4;

/// BCP 47 code of the text's language, or `None` when there is too little text or no clear
/// winner. (Cleanup counts through its lines: [`guess_counted`].)
#[cfg(test)]
pub fn guess(text: &str) -> Option<&'static str> {
    guess_counted(text, count)
}

/// [`guess`], with the words and per-language stopword hits of the sample (the text's first
/// bytes) given by `count`: cleanup has them from its per-line signals, so a small page is not
/// scanned twice.
pub fn guess_counted(
    text: &str,
    count: impl FnOnce(&str) -> (usize, [usize; LANGS.len()]),
) -> Option<&'static str> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if let Some(lang) = by_script(sample) {
        return lang;
    }
    let (words, hits) = count(sample);
    if words < MIN_WORDS {
        return None;
    }
    // The first language with the most hits, and the most hits of any other.
    let top = (0..LANGS.len()).fold(0, |top, i| if hits[i] > hits[top] { i } else { top });
    let best = hits[top];
    let second = (hits.iter().enumerate())
        .filter(|&(i, _)| i != top)
        .map(|(_, &h)| h)
        .max()
        .unwrap_or(0);
    if best < MIN_HITS || (best as f64) < LEAD * second as f64 {
        return None;
    }
    Some(LANGS[top])
}

/// Words of `text` and how many are stopwords of each language.
pub fn count(text: &str) -> (usize, [usize; LANGS.len()]) {
    let mut hits = [0usize; LANGS.len()];
    let mut words = 0;
    word_masks(text, &mut String::new(), |mask| {
        words += 1;
        if mask == 0 {
            return;
        }
        for (i, hit) in hits.iter_mut().enumerate() {
            if mask & (1 << i) != 0 {
                *hit += 1;
            }
        }
    });
    (words, hits)
}

/// ASCII letters among eight ASCII bytes, all at once, as a 1 in each letter's byte: `| 0x20`
/// lowercases the letters (and only they land in `a..=z`), then one add per bound sets each
/// byte's top bit where it is at least `a`, and where it is past `z` (no byte carries into
/// the next: all stay under 0x100).
fn ascii_letter_lanes(w: u64) -> u64 {
    const EACH: u64 = 0x0101_0101_0101_0101;
    let lower = w | (0x20 * EACH);
    let from_a = lower + (0x80 - u64::from(b'a')) * EACH;
    let past_z = lower + (0x80 - u64::from(b'z') - 1) * EACH;
    (from_a & !past_z & (0x80 * EACH)) >> 7
}

/// The sum of the eight byte lanes of `lanes`: pairs add into 16-bit lanes, which one
/// multiply sums into the top one (at most 8 x 255: nothing carries out).
fn lane_sum(lanes: u64) -> usize {
    const LOW_BYTES: u64 = 0x00FF_00FF_00FF_00FF;
    let pairs = (lanes & LOW_BYTES) + (lanes >> 8 & LOW_BYTES);
    (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
}

/// ASCII letters of `bytes`: eight bytes at a time, into byte lanes, where all eight are ASCII.
fn ascii_letters(bytes: &[u8]) -> usize {
    let is_letter = |b: &&u8| b.is_ascii_alphabetic();
    let (mut n, mut letters) = (0, ByteLanes::default());
    let mut chunks = bytes.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if w & 0x8080_8080_8080_8080 == 0 {
            letters.add(ascii_letter_lanes(w), |l| n += lane_sum(l));
        } else {
            n += chunk.iter().filter(is_letter).count();
        }
    }
    n + lane_sum(letters.rest()) + chunks.remainder().iter().filter(is_letter).count()
}

/// `Some(answer)` when most letters are of one non-Latin script; `None` for Latin text.
fn by_script(sample: &str) -> Option<Option<&'static str>> {
    let (mut latin, mut han, mut kana, mut hangul, mut other) = (0usize, 0, 0, 0, [0usize; 6]);
    // Letters of other scripts are never ASCII: ASCII runs are skipped eight bytes at a time,
    // and their letters (all Latin) counted only when another script shows up.
    let bytes = sample.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            if w & 0x8080_8080_8080_8080 == 0 {
                i += 8;
                continue;
            }
        }
        if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        let c = sample[i..].chars().next().unwrap_or_default();
        i += c.len_utf8();
        if !c.is_alphabetic() {
            continue;
        }
        match c as u32 {
            0x41..=0x24F => latin += 1,
            0x3040..=0x30FF => kana += 1,
            0x4E00..=0x9FFF | 0x3400..=0x4DBF => han += 1,
            0xAC00..=0xD7AF | 0x1100..=0x11FF => hangul += 1,
            0x0400..=0x04FF => other[0] += 1,
            0x0600..=0x06FF => other[1] += 1,
            0x0590..=0x05FF => other[2] += 1,
            0x0370..=0x03FF => other[3] += 1,
            0x0E00..=0x0E7F => other[4] += 1,
            0x0900..=0x097F => other[5] += 1,
            _ => {}
        }
    }
    let cjk = han + kana + hangul;
    let others: usize = other.iter().sum();
    if cjk + others == 0 || latin + ascii_letters(bytes) >= cjk + others {
        return None;
    }
    if cjk >= others {
        let lang = if hangul > han + kana {
            "ko"
        } else if kana * 10 >= han + kana {
            "ja"
        } else {
            "zh"
        };
        return Some((cjk >= 4).then_some(lang));
    }
    let codes = ["ru", "ar", "he", "el", "th", "hi"];
    let (i, n) = other
        .iter()
        .enumerate()
        .max_by_key(|(_, n)| **n)
        .map(|(i, n)| (i, *n))
        .unwrap_or((0, 0));
    Some((n >= 8).then_some(codes[i]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_latin_languages_apart() {
        let en = "The council said on Monday that the new bridge would open to traffic in the \
                  spring, and that it had been delayed by a shortage of steel.";
        let fr = "Le conseil a annoncé lundi que le nouveau pont serait ouvert à la circulation \
                  au printemps, et qu'il avait été retardé par une pénurie d'acier.";
        let de = "Der Rat sagte am Montag, dass die neue Brücke im Frühjahr für den Verkehr \
                  geöffnet werde und dass sie durch einen Mangel an Stahl verzögert worden sei.";
        let es = "El consejo dijo el lunes que el nuevo puente se abrirá al tráfico en la \
                  primavera, y que se había retrasado por una escasez de acero.";
        assert_eq!(guess(en), Some("en"));
        assert_eq!(guess(fr), Some("fr"));
        assert_eq!(guess(de), Some("de"));
        assert_eq!(guess(es), Some("es"));
    }

    #[test]
    fn ascii_letters_counts_eight_bytes_at_once() {
        for first in (0..128u8).step_by(8) {
            let bytes: Vec<u8> = (first..first + 8).collect();
            let w = u64::from_le_bytes(bytes.clone().try_into().unwrap());
            let want = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
            assert_eq!(lane_sum(ascii_letter_lanes(w)), want, "{bytes:?}");
        }
        assert_eq!(lane_sum(u64::MAX), 8 * 255);
        let text = "Zoë said 市议会 — ab".repeat(300);
        for end in (0..text.len())
            .step_by(7)
            .filter(|&e| text.is_char_boundary(e))
        {
            let want = text[..end].bytes().filter(u8::is_ascii_alphabetic).count();
            assert_eq!(ascii_letters(&text.as_bytes()[..end]), want);
        }
    }

    #[test]
    fn too_little_text_is_unsure() {
        assert_eq!(guess("Breaking news"), None);
        assert_eq!(guess(""), None);
        assert_eq!(guess("12345 !!! ---"), None);
    }

    #[test]
    fn non_latin_scripts() {
        assert_eq!(guess("市议会周一表示，新桥将于春季通车。"), Some("zh"));
        assert_eq!(
            guess("市議会は月曜日、新しい橋が春に開通すると発表した。"),
            Some("ja")
        );
        assert_eq!(
            guess("시의회는 월요일 새 다리가 봄에 개통된다고 밝혔다."),
            Some("ko")
        );
        assert_eq!(
            guess("قال المجلس يوم الاثنين إن الجسر الجديد سيفتح في الربيع"),
            Some("ar")
        );
    }
}
