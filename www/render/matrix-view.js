// The coverage matrix of N articles: one row per fact, one column per article, each cell the
// values that article states for the fact (or a short excerpt when it states none). Rows that
// disagree come first; conflicting cells carry a "≠ differs" label, not colour alone.
import { el, plural, renderProgressively } from "./dom.js";
import { renderChips } from "./chips.js";

export const RELATIONS = {
  differs: { icon: "≠", text: "differs", long: "differ" },
  same: { icon: "✓", text: "agrees", long: "agree" },
  single: { icon: "◇", text: "only one", long: "only one states" },
};

const MAX_VALUES = 6;
const EXCERPT = 90;
/** Cells per batch of rows: 50 rows of 11 cells held the main thread ~200 ms (build, style, layout). */
const BATCH_CELLS = 250;

export function summarizeCoverage(coverage) {
  const counts = { all: coverage.facts.length, differs: 0, same: 0, single: 0 };
  for (const fact of coverage.facts) counts[fact.relation] = (counts[fact.relation] ?? 0) + 1;
  return counts;
}

/** Rows in reading order: disagreements first, then facts stated by more articles, then by id. */
export function buildFactRows(coverage) {
  const rows = coverage.facts.map((fact, index) => ({ fact, index, stated: fact.statements.length }));
  rows.sort((a, b) =>
    (a.fact.relation === "differs" ? 0 : 1) - (b.fact.relation === "differs" ? 0 : 1) ||
    b.stated - a.stated || a.fact.id - b.fact.id);
  return rows;
}

/** The label of article `i`: the user's name for it, its title, or "Article N". */
export function articleLabel(coverage, names, i) {
  return names[i] || coverage.articles[i]?.title || `Article ${i + 1}`;
}

export function excerpt(text, max = EXCERPT) {
  const t = String(text ?? "").replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/u, "")}…`;
}

/** For one fact: per article, the conflicts it takes part in and the value texts in conflict. */
export function conflictsByArticle(fact) {
  const map = new Map();
  const add = (side, other, conflict) => {
    const entry = map.get(side.article) ?? { texts: new Set(), against: [] };
    entry.texts.add(side.text.toLowerCase());
    entry.against.push({ kind: conflict.kind, mine: side.text, theirs: other.text, article: other.article });
    map.set(side.article, entry);
  };
  for (const c of fact.conflicts ?? []) {
    add(c.left, c.right, c);
    add(c.right, c.left, c);
  }
  return map;
}

let current = null;

/**
 * Renders the summary (it filters) and the matrix; rows render a batch at a time.
 * `onOpen(factIndex, articleIndex)` runs when a cell is activated.
 */
export function renderMatrix({ table, summary, note, names = [], onOpen }, coverage, rows = buildFactRows(coverage)) {
  const counts = summarizeCoverage(coverage);
  current = { coverage, rows, names, onOpen, table, summary, note, counts };
  const n = coverage.articles.length;
  const head = el("thead", {},
    el("tr", {},
      el("th", { scope: "col", class: "fact-col" }, "Fact"),
      coverage.articles.map((article, i) => el("th", {
        scope: "col", class: "article-col", dataset: { article: i },
        title: article.title ? `${articleLabel(coverage, names, i)}: ${article.title}` : articleLabel(coverage, names, i),
      },
      el("span", { class: "col-no" }, `Article ${i + 1}`),
      el("span", { class: "col-name" }, articleLabel(coverage, names, i)),
      el("span", { class: "col-count" }, plural(coverage.claims[i]?.length ?? 0, "claim"))))));
  const body = el("tbody", {});
  table.replaceChildren(
    el("caption", { class: "visually-hidden" },
      `Coverage of ${plural(counts.all, "fact")} across ${n} articles: one row per fact, one column per article. Activate a cell to read that claim in its article.`),
    head, body);
  table.dataset.articles = String(n);
  renderSummary(summary, counts);
  setFilter("all");
  return { rows, counts };
}

function renderSummary(summary, counts) {
  renderChips(summary, {
    all: { dataset: { filter: "all", count: counts.all }, count: counts.all, noun: counts.all === 1 ? "fact" : "facts" },
    chips: ["differs", "same", "single"].map((kind) => ({
      kind,
      icon: RELATIONS[kind].icon,
      count: counts[kind],
      text: kind === "single" ? "stated by only one" : RELATIONS[kind].long,
      title: kind === "single" ? "Show only the facts a single article states" : `Show only the facts the articles ${RELATIONS[kind].long} on`,
    })),
  }, setFilter);
}

function setFilter(kind) {
  const { coverage, rows, summary, note, table, counts } = current;
  const body = table.tBodies[0];
  table.dataset.filter = kind;
  for (const button of summary.querySelectorAll("button[data-filter]")) {
    button.setAttribute("aria-pressed", String(button.dataset.filter === kind));
  }
  const shown = kind === "all" ? rows : rows.filter((row) => row.fact.relation === kind);
  const columns = coverage.articles.length + 1;
  body.replaceChildren();
  if (!shown.length) {
    const text = rows.length === 0
      ? "No facts to show: no body text was recovered from the articles. Check the Cleaned articles tab."
      : kind === "differs" ? "The articles disagree on no fact." : kind === "same" ? "No fact is stated alike by several articles." : "Every fact is stated by more than one article.";
    body.append(el("tr", { class: "row-empty" }, el("td", { colspan: columns }, text)));
  }
  // A batch of rows costs its cells: wide matrices render fewer rows at a time.
  const batch = Math.max(10, Math.min(50, Math.round(BATCH_CELLS / columns)));
  renderProgressively(body, shown, (row) => renderRow(row), { noun: "facts", batch, first: Math.min(40, batch), columns });
  if (kind === "all") {
    note.hidden = true;
  } else {
    note.hidden = false;
    const n = counts[kind];
    note.textContent = `Showing the ${plural(n, "fact")} ${
      kind === "differs" ? `the articles disagree on` : kind === "same" ? `several articles state alike` : `only one article states`
    }. Press the pressed summary item again to show everything.`;
  }
}

function renderRow({ fact, index }) {
  const { coverage, names } = current;
  const n = coverage.articles.length;
  const byArticle = new Map(fact.statements.map((s) => [s.article, s]));
  const conflicted = conflictsByArticle(fact);
  const label = RELATIONS[fact.relation] ?? { icon: "?", text: fact.relation };
  const lead = fact.statements[0];
  const kinds = [...new Set((fact.conflicts ?? []).map((c) => c.kind))];
  const tr = el("tr", {
    class: ["fact-row", `fact-${fact.relation}`],
    id: `fact-${fact.id}`,
    dataset: { fact: index, relation: fact.relation, stated: fact.statements.length },
  });
  tr.append(el("th", { scope: "row", class: "fact-head" },
    el("span", { class: "fact-line" },
      el("span", { class: ["badge", `badge-${fact.relation}`] },
        el("span", { class: "badge-icon", "aria-hidden": "true" }, label.icon), " ", label.text),
      el("span", { class: "fact-stated" }, `${fact.statements.length} of ${n}`)),
    el("span", { class: "fact-text", title: lead?.text ?? "" }, excerpt(lead?.text ?? "")),
    kinds.length ? el("span", { class: "fact-kinds" }, `≠ ${kinds.join(", ")}`) : null));
  for (let a = 0; a < n; a++) {
    const statement = byArticle.get(a);
    tr.append(statement
      ? statementCell(statement, conflicted.get(a), articleLabel(coverage, names, a), index, (i) => articleLabel(coverage, names, i))
      : el("td", { class: "mcell mcell-empty", dataset: { article: a } },
        el("span", { "aria-hidden": "true" }, "—"),
        el("span", { class: "visually-hidden" }, `Not stated by ${articleLabel(coverage, names, a)}`)));
  }
  return tr;
}

function statementCell(statement, conflict, name, factIndex, labelOf) {
  const values = statement.values ?? [];
  // Values in conflict first (marked), then the others.
  const isConflict = (v) => conflict?.texts.has(v.text.toLowerCase());
  const ordered = [...values.filter(isConflict), ...values.filter((v) => !isConflict(v))];
  const seen = new Set();
  const unique = ordered.filter((v) => {
    const key = v.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const shown = unique.slice(0, MAX_VALUES);
  const content = [];
  if (conflict) {
    content.push(el("span", { class: "mcell-flag" },
      el("span", { "aria-hidden": "true" }, "≠ "), "differs"));
  }
  if (shown.length) {
    content.push(el("span", { class: "mcell-values" }, shown.map((v, i) => [
      i ? el("span", { class: "sep", "aria-hidden": "true" }, " · ") : null,
      isConflict(v)
        ? el("mark", { class: "conflict", title: `${v.kind}: ${v.value}` }, v.text)
        : el("span", { class: ["val", `val-${v.kind}`], title: `${v.kind}: ${v.value}` }, v.text),
    ])));
    if (unique.length > shown.length) content.push(el("span", { class: "more-values" }, ` +${unique.length - shown.length}`));
  } else {
    content.push(el("span", { class: "mcell-excerpt" }, excerpt(statement.text, 70)));
  }
  const against = conflict
    ? conflict.against.map((c) => `${c.kind} “${c.mine}” against “${c.theirs}” in ${labelOf(c.article)}`).join("; ")
    : "";
  const claimWord = statement.claims.length === 1 ? `claim ${statement.claims[0] + 1}` : `claims ${statement.claims.map((c) => c + 1).join(", ")}`;
  return el("td", { class: ["mcell", conflict && "mcell-conflict"], dataset: { article: statement.article } },
    el("button", {
      type: "button", class: "mcell-btn",
      dataset: { fact: factIndex, article: statement.article },
      title: `${statement.text}${against ? `\n≠ ${against}` : ""}`,
      "aria-label": `${name}: ${shown.length ? shown.map((v) => v.text).join(", ") : excerpt(statement.text, 70)}${against ? `. Differs: ${against}` : ""}. Open ${claimWord} in the article.`,
    }, content));
}

/** Clicks and arrow keys on the matrix; installed once on the table. */
export function installMatrixInteractions(table) {
  table.addEventListener("click", (e) => {
    const button = e.target.closest("button.mcell-btn");
    if (!button || !current) return;
    current.onOpen?.(Number(button.dataset.fact), Number(button.dataset.article), button);
  });
  // Arrow keys move between filled cells: along the row, or to the nearest row with a cell in
  // that column.
  table.addEventListener("keydown", (e) => {
    const button = e.target.closest?.("button.mcell-btn");
    if (!button) return;
    const step = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] }[e.key];
    if (!step) return;
    const td = button.closest("td");
    const tr = td.closest("tr");
    const col = td.cellIndex;
    let target = null;
    if (step[1]) {
      for (let c = col + step[1]; c > 0 && c < tr.cells.length && !target; c += step[1]) {
        target = tr.cells[c].querySelector("button.mcell-btn");
      }
    } else {
      let r = step[0] > 0 ? tr.nextElementSibling : tr.previousElementSibling;
      while (r && !target) {
        if (r.classList.contains("fact-row")) target = r.cells[col]?.querySelector("button.mcell-btn");
        r = step[0] > 0 ? r.nextElementSibling : r.previousElementSibling;
      }
    }
    if (target) {
      e.preventDefault();
      target.focus();
      target.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  });
}
