// The reader: one article's cleaned body in a dialog, the claims of one statement highlighted
// and scrolled into view. Opened from a cell of the coverage matrix.
import { el, plural } from "./dom.js";

/**
 * Fills and opens `dialog` (a <dialog> with .reader-head and .reader-body inside).
 * { label, article, claims (the article's claims), ids (claim ids to highlight), caption }.
 */
export function openReader(dialog, { label, article, claims, ids, caption, values = [] }, returnFocus) {
  const head = dialog.querySelector(".reader-head");
  const body = dialog.querySelector(".reader-body");
  const want = new Set(ids);
  const picked = claims.filter((c) => want.has(c.id));
  // Claims by paragraph, each with its range in the paragraph's text.
  const byParagraph = new Map();
  for (const claim of picked) {
    const text = article.paragraphs[claim.paragraph];
    if (text === undefined) continue;
    const range = locate(article, claim, text);
    const list = byParagraph.get(claim.paragraph) ?? [];
    list.push({ claim, ...range });
    byParagraph.set(claim.paragraph, list);
  }
  const headings = new Set(article.headings ?? []);
  const marks = [];
  const paragraphs = article.paragraphs.map((text, i) => {
    const node = el(headings.has(i) ? "h4" : "p", { class: headings.has(i) ? "article-heading" : "article-para" });
    const ranges = (byParagraph.get(i) ?? []).sort((a, b) => a.start - b.start);
    let at = 0;
    for (const r of ranges) {
      if (r.start < at) continue;
      if (r.start > at) node.append(text.slice(at, r.start));
      const mark = el("mark", {
        class: "reader-claim", tabindex: "-1", dataset: { claim: r.claim.id },
        title: `Claim ${r.claim.id + 1}`,
      }, text.slice(r.start, r.end));
      marks.push(mark);
      node.append(mark);
      at = r.end;
    }
    if (at < text.length) node.append(text.slice(at));
    return node;
  });
  head.replaceChildren(
    el("p", { class: "article-side" }, label),
    el("h3", { class: ["article-title", !article.title && "missing"], id: "reader-title" }, article.title ?? "No title found"),
    el("p", { class: "reader-caption" }, caption,
      values.length ? el("span", { class: "reader-values" }, " · ", values.join(" · ")) : null),
    el("p", { class: "article-stats" },
      `${plural(picked.length, "claim")} highlighted · ${plural(article.paragraphs.length, "paragraph")}`));
  body.replaceChildren(...paragraphs);
  if (!marks.length) body.prepend(el("p", { class: "note" }, "The claim could not be placed in the cleaned text."));
  dialog.returnFocusTo = returnFocus ?? null;
  if (!dialog.open) {
    dialog.focusBefore = document.activeElement;
    dialog.showModal();
  }
  const first = marks[0];
  if (first) {
    first.scrollIntoView({ block: "center" });
    first.focus({ preventScroll: true });
  } else {
    body.scrollTop = 0;
  }
}

/** The claim's range in its paragraph: from the offsets when they agree with the text, else by search. */
function locate(article, claim, text) {
  const line = article.lines?.[article.paragraphLines?.[claim.paragraph]];
  if (line && Number.isInteger(claim.utf16Start)) {
    const start = claim.utf16Start - line.utf16Start;
    if (start >= 0 && text.slice(start, start + claim.text.length) === claim.text) {
      return { start, end: start + claim.text.length };
    }
  }
  const at = text.indexOf(claim.text);
  if (at >= 0) return { start: at, end: at + claim.text.length };
  return { start: 0, end: text.length };
}

/** Close button, Escape (native) and a click on the backdrop close; focus goes back. */
export function installReader(dialog) {
  dialog.querySelector(".reader-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (e) => {
    if (e.target === dialog) dialog.close();
  });
  // Chromium hands focus back to what had it before the dialog opened as the dialog closes,
  // and fires "close" a task later: by then the user (or a script) may have moved focus on,
  // and taking it back would undo that. Focus goes to the opener only while it is still lost
  // (on the page itself or in the closed dialog) or where the browser put it.
  dialog.addEventListener("close", () => {
    const back = dialog.returnFocusTo;
    const before = dialog.focusBefore;
    dialog.returnFocusTo = dialog.focusBefore = null;
    const active = document.activeElement;
    const unmoved = !active || active === document.body || dialog.contains(active) || active === before;
    if (unmoved && back?.isConnected) back.focus({ preventScroll: true });
  });
}
