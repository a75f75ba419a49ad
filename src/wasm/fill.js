// Rebuilds a result from what the wasm sends (src/wasm/pack.rs): its JSON (none for an
// article alone) in which the lines, claims and word diffs are empty lists, the texts that
// slice an input empty strings and an article's metadata nulls; those objects (and
// sentences) as numbers, read here in the order they were packed; one string holding the
// words the numbers name (roles, reasons, kinds, ops) and then the texts that slice no input
// (metadata, fact values), by their lengths; and the caller's strings, which every other
// text slices. A JS slice shares the input's characters, and a loop over numbers builds
// small objects several times faster than `JSON.parse` reads them.
//
// Keep to `export function name(` declarations: scripts/build_wasm.py rewrites this file
// into CommonJS for the nodejs target.

// The core read lone surrogates as U+FFFD (one UTF-16 unit each, as wasm-bindgen passes
// strings in), so its offsets and texts are those of the well-formed string.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// `replaced`: the core's copy holds U+FFFD, which may stand for a lone surrogate. A copy
// without one is the caller's string exactly, taken without a scan.
function wellFormed(text, replaced) {
  if (!replaced) {
    return text;
  }
  if (typeof text.isWellFormed === "function") {
    return text.isWellFormed() ? text : text.toWellFormed();
  }
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/** A string length that stands for `null` (pack.rs `NONE`). */
const NONE = 0xffffffff;

/** Reads the packed numbers in order, with the words and strings they index. */
class Reader {
  constructor(json, strings, numbers) {
    this.value = json === undefined ? undefined : JSON.parse(json);
    this.numbers = numbers;
    this.strings = strings;
    this.at = 0;
    this.nextString = 0;
    const words = new Array(numbers[this.at++]);
    for (let i = 0; i < words.length; i++) {
      words[i] = this.string();
    }
    this.words = words;
  }

  /** The next of `strings`, or `null`. */
  string() {
    const length = this.numbers[this.at++];
    return length === NONE ? null : this.take(length);
  }

  /** The next `length` units of `strings`. */
  take(length) {
    const start = this.nextString;
    this.nextString += length;
    return this.strings.slice(start, this.nextString);
  }

  /** The next list of numbers. */
  list() {
    const { numbers } = this;
    const list = new Array(numbers[this.at++]);
    for (let i = 0; i < list.length; i++) {
      list[i] = numbers[this.at++];
    }
    return list;
  }

  /** Puts back an article's lines, metadata, lists, paragraphs and text content. */
  article(article, text) {
    const { numbers, words } = this;
    let at = this.at;
    const lines = new Array(numbers[at++]);
    for (let i = 0; i < lines.length; i++, at += 7) {
      const utf16Start = numbers[at + 5];
      const utf16End = numbers[at + 6];
      lines[i] = {
        line: numbers[at],
        role: words[numbers[at + 1]],
        reason: words[numbers[at + 2]],
        text: text.slice(utf16Start, utf16End),
        start: numbers[at + 3],
        end: numbers[at + 4],
        utf16Start,
        utf16End,
      };
    }
    this.at = at;
    article.title = this.string();
    article.byline = this.string();
    article.excerpt = this.string();
    article.publishedTime = this.string();
    article.dateText = this.string();
    article.lang = this.string();
    article.headings = this.list();
    article.paragraphLines = this.list();
    article.length = this.numbers[this.at++];
    const paragraphs = article.paragraphLines.map((i) => lines[i].text);
    article.paragraphs = paragraphs;
    article.textContent = paragraphs.join("\n\n");
    article.lines = lines;
  }

  /** Puts back an article of `text`; returns its claims. */
  side(article, text) {
    this.article(article, text);
    return this.claims(text);
  }

  /** The claims of an article of `text`, with their facts. */
  claims(text) {
    const { numbers, words } = this;
    let at = this.at;
    const claims = new Array(numbers[at++]);
    for (let i = 0; i < claims.length; i++) {
      const utf16Start = numbers[at + 4];
      const utf16End = numbers[at + 5];
      const claimText = text.slice(utf16Start, utf16End);
      const facts = new Array(numbers[at + 6]);
      claims[i] = {
        id: numbers[at],
        text: claimText,
        paragraph: numbers[at + 1],
        start: numbers[at + 2],
        end: numbers[at + 3],
        utf16Start,
        utf16End,
        facts,
      };
      at += 7;
      for (let f = 0; f < facts.length; f++, at += 7) {
        const factStart = numbers[at + 5];
        const factEnd = numbers[at + 6];
        facts[f] = {
          kind: words[numbers[at]],
          text: claimText.slice(factStart, factEnd),
          value: this.take(numbers[at + 2]),
          approx: numbers[at + 1] === 1,
          start: numbers[at + 3],
          end: numbers[at + 4],
          utf16Start: factStart,
          utf16End: factEnd,
        };
      }
    }
    this.at = at;
    return claims;
  }

  /** Puts back each pair's word diff, whose runs slice its sides' claims joined by a space. */
  pairs(pairs, claims) {
    const { numbers, words } = this;
    const joined = (list, ids) => (ids.length === 1 ? list[ids[0]].text : ids.map((id) => list[id].text).join(" "));
    let at = this.at;
    for (const pair of pairs) {
      const left = joined(claims.left, pair.left);
      const right = joined(claims.right, pair.right);
      const ops = new Array(numbers[at++]);
      for (let i = 0; i < ops.length; i++, at += 3) {
        const op = words[numbers[at]];
        ops[i] = { op, text: (op === "insert" ? right : left).slice(numbers[at + 1], numbers[at + 2]) };
      }
      pair.diff = ops;
    }
    this.at = at;
  }
}

const encoder = new TextEncoder();

/** UTF-8 of `text` from UTF-16 unit `from` on, into `into` (a view of the wasm memory): the
 * bytes written. */
export function encodeInto(text, from, into) {
  return encoder.encodeInto(from === 0 ? text : text.slice(from), into).written;
}

/** `Sentence[]` of `text`. */
export function sentences(numbers, text, replaced) {
  const input = wellFormed(text, replaced);
  const found = new Array(numbers[0]);
  for (let i = 0, at = 1; i < found.length; i++, at += 4) {
    const utf16Start = numbers[at + 2];
    const utf16End = numbers[at + 3];
    found[i] = {
      text: input.slice(utf16Start, utf16End),
      start: numbers[at],
      end: numbers[at + 1],
      utf16Start,
      utf16End,
    };
  }
  return found;
}

/** The `Article` cleaned from `text`. */
export function article(strings, numbers, text, replaced) {
  const read = new Reader(undefined, strings, numbers);
  // The fields in the order of the documented shape (and of the JSON the CLI writes).
  const found = {
    title: null,
    byline: null,
    excerpt: null,
    publishedTime: null,
    dateText: null,
    lang: null,
    paragraphs: null,
    headings: null,
    textContent: null,
    length: 0,
    lines: null,
    paragraphLines: null,
  };
  read.article(found, wellFormed(text, replaced));
  return found;
}

/** The `ClaimDiff` of `left` and `right`. */
export function claimDiff(json, strings, numbers, left, right, replaced) {
  const read = new Reader(json, strings, numbers);
  const report = read.value;
  for (const [i, side, text] of [[0, "left", left], [1, "right", right]]) {
    report.claims[side] = read.side(report[side], wellFormed(text, replaced[i] === 1));
  }
  read.pairs(report.pairs, report.claims);
  return report;
}

/** The `Coverage` of the strings in `texts`. */
export function coverage(json, strings, numbers, texts, replaced) {
  const read = new Reader(json, strings, numbers);
  const result = read.value;
  texts.forEach((text, i) => {
    result.claims[i] = read.side(result.articles[i], wellFormed(text, replaced[i] === 1));
  });
  return result;
}
