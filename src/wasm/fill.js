// Rebuilds a result from what the wasm sends (src/wasm/pack.rs): JSON `{ value, words }`
// whose articles have empty `lines`, `paragraphs` and `textContent` and whose claims, facts
// and sentences have empty `text`; the line records as numbers; and the caller's strings,
// which every one of those texts slices. A JS slice shares the input's characters, and a loop
// over numbers builds line objects several times faster than `JSON.parse` reads them.
//
// Keep to `export function name(` declarations: scripts/build_wasm.py rewrites this file
// into CommonJS for the nodejs target.

// The core read lone surrogates as U+FFFD (one UTF-16 unit each, as wasm-bindgen passes
// strings in), so its offsets and texts are those of the well-formed string.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(text) {
  if (typeof text.isWellFormed === "function") {
    return text.isWellFormed() ? text : text.toWellFormed();
  }
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/** Reads the packed lines of the articles in the order the result holds them. */
class Lines {
  constructor(packed, words) {
    this.packed = packed;
    this.words = words;
    this.at = 0;
  }

  /** Puts back the next article's lines, paragraphs and text content. */
  fill(article, text) {
    const { packed, words } = this;
    let at = this.at;
    const lines = new Array(packed[at++]);
    for (let i = 0; i < lines.length; i++, at += 7) {
      const utf16Start = packed[at + 5];
      const utf16End = packed[at + 6];
      lines[i] = {
        line: packed[at],
        role: words[packed[at + 1]],
        reason: words[packed[at + 2]],
        text: text.slice(utf16Start, utf16End),
        start: packed[at + 3],
        end: packed[at + 4],
        utf16Start,
        utf16End,
      };
    }
    this.at = at;
    const paragraphs = article.paragraphLines.map((i) => lines[i].text);
    article.paragraphs = paragraphs;
    article.textContent = paragraphs.join("\n\n");
    article.lines = lines;
  }
}

function fillClaims(claims, text) {
  for (const claim of claims) {
    claim.text = text.slice(claim.utf16Start, claim.utf16End);
    for (const fact of claim.facts) fact.text = claim.text.slice(fact.utf16Start, fact.utf16End);
  }
}

/** `Sentence[]` of `text`. */
export function sentences(json, text) {
  const found = JSON.parse(json).value;
  const input = wellFormed(text);
  for (const s of found) s.text = input.slice(s.utf16Start, s.utf16End);
  return found;
}

/** The `Article` cleaned from `text`. */
export function article(json, packed, text) {
  const { value, words } = JSON.parse(json);
  new Lines(packed, words).fill(value, wellFormed(text));
  return value;
}

/** The `ClaimDiff` of `left` and `right`. */
export function claimDiff(json, packed, left, right) {
  const { value, words } = JSON.parse(json);
  const lines = new Lines(packed, words);
  const inputs = { left: wellFormed(left), right: wellFormed(right) };
  for (const side of ["left", "right"]) {
    lines.fill(value[side], inputs[side]);
    fillClaims(value.claims[side], inputs[side]);
  }
  return value;
}

/** The `Coverage` of the strings in `texts`. */
export function coverage(json, packed, texts) {
  const { value, words } = JSON.parse(json);
  const lines = new Lines(packed, words);
  texts.forEach((text, i) => {
    const input = wellFormed(text);
    lines.fill(value.articles[i], input);
    fillClaims(value.claims[i], input);
  });
  return value;
}
