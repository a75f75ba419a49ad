// The cleanup view: each article as recovered (title, byline, date, dek, body), or with
// "show dropped lines" every input line in order, the dropped ones greyed with their reason.
import { el, plural, renderProgressively } from "./dom.js";

export const KEPT_ROLES = new Set(["title", "dek", "byline", "date", "heading", "body"]);

const ROLE_NAMES = {
  title: "title", dek: "dek", byline: "byline", date: "date", heading: "heading",
  body: "body", caption: "caption", boilerplate: "clutter",
};

export function renderClean(container, result, { showDropped, names }) {
  renderCleanArticles(container, [
    { key: "left", label: `Left article${names.left ? ` · ${names.left}` : ""}`, name: "Left article", article: result.left },
    { key: "right", label: `Right article${names.right ? ` · ${names.right}` : ""}`, name: "Right article", article: result.right },
  ], { showDropped });
}

/**
 * The cleanup view of any number of articles: entries [{ key, label, name, article }], `key`
 * naming the card's class (article-KEY), `label` its caption, `name` its accessible name.
 */
export function renderCleanArticles(container, entries, { showDropped }) {
  container.replaceChildren();
  container.classList.toggle("show-dropped", showDropped);
  container.classList.toggle("clean-many", entries.length > 2);
  const bodies = [];
  for (const entry of entries) {
    const { card, body } = articleCard(entry);
    container.append(card);
    bodies.push([body, entry.article]);
  }
  for (const [body, article] of bodies) {
    if (showDropped) renderProgressively(body, article.lines, lineItem, { noun: "lines" });
    else renderProgressively(body, article.paragraphs.map((text, i) => ({ text, i })), paragraphMaker(article), { noun: "paragraphs" });
  }
}

function articleCard({ key, label, name, article }) {
  const lines = article.lines ?? [];
  const dropped = lines.filter((l) => !KEPT_ROLES.has(l.role)).length;
  const meta = [];
  if (article.byline) meta.push(el("span", { class: "meta-byline" }, `By ${article.byline}`));
  if (article.dateText || article.publishedTime) {
    meta.push(el("span", { class: "meta-date" },
      article.publishedTime
        ? el("time", { datetime: article.publishedTime }, article.dateText ?? article.publishedTime)
        : article.dateText));
  }
  if (article.lang) meta.push(el("span", { class: "meta-lang", title: "Language" }, article.lang));

  const body = el("div", { class: "article-body" });
  const card = el("article", { class: ["article", `article-${key}`], "aria-label": `${name}, cleaned` },
    el("p", { class: "article-side" }, label),
    el("h3", { class: ["article-title", !article.title && "missing"] }, article.title ?? "No title found"),
    article.excerpt ? el("p", { class: "article-dek" }, article.excerpt) : null,
    el("p", { class: ["article-meta", !meta.length && "missing"] },
      meta.length ? meta.flatMap((m, i) => (i ? [el("span", { class: "sep", "aria-hidden": "true" }, " · "), m] : [m])) : "No byline or date found"),
    el("p", { class: "article-stats" },
      `${plural(article.paragraphs.length, "paragraph")} · ${article.length.toLocaleString()} characters kept · ${plural(dropped, "line")} of ${lines.length} dropped`),
    body);
  return { card, body };
}

function paragraphMaker(article) {
  const headings = new Set(article.headings);
  return ({ text, i }) => paragraph(headings, text, i);
}

function paragraph(headings, text, i) {
  return headings.has(i)
    ? el("h4", { class: "article-heading" }, text)
    : el("p", { class: "article-para" }, text);
}

function lineItem(line) {
  const kept = KEPT_ROLES.has(line.role);
  return el("div", { class: ["line", kept ? "line-kept" : "line-dropped", `line-${line.role}`] },
    el("span", { class: "line-no", title: "Line number in the pasted text" }, String(line.line)),
    el("span", { class: "line-text" }, line.text),
    el("span", { class: "line-why" },
      el("span", { class: ["role", `role-${line.role}`] }, kept ? ROLE_NAMES[line.role] ?? line.role : `dropped: ${ROLE_NAMES[line.role] ?? line.role}`),
      line.reason && line.reason !== line.role ? el("span", { class: "reason" }, line.reason.replaceAll("-", " ")) : null));
}
