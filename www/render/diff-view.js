// The claims view: a summary bar that filters, then one row per aligned pair or one-sided
// claim, left claims in the left column and right claims in the right one.
import { el, plural, renderProgressively } from "./dom.js";
import { renderChips } from "./chips.js";
import { buildRows, summarize } from "./rows.js";

export { buildRows };
import { locateConflicts, claimTextNodes } from "./highlight.js";

const LABELS = {
  same: { icon: "✓", text: "same", long: "agree" },
  differs: { icon: "≠", text: "differs", long: "differ" },
  left: { icon: "◧", text: "only left", long: "only left" },
  right: { icon: "◨", text: "only right", long: "only right" },
};

let current = null; // { result, rows, list }

/**
 * Renders the summary bar and the first rows; more rows render as the user scrolls.
 * `rows` may be given when already built (buildRows), to split the work across tasks.
 */
export function renderDiff({ list, summary, note, names = {} }, result, rows = buildRows(result)) {
  const counts = summarize(result);
  current = { result, rows, list, names };
  const view = { list, summary, note, rows, counts };
  renderSummary(summary, counts, rows.length, (kind) => setFilter(view, kind));
  setFilter(view, "all");
  return { rows, counts };
}

function renderSummary(summary, counts, total, onFilter) {
  renderChips(summary, {
    all: { dataset: { filter: "all" }, count: total, noun: total === 1 ? "row" : "rows" },
    chips: ["same", "differs", "left", "right"].map((kind) => ({
      kind,
      icon: LABELS[kind].icon,
      count: counts[kind],
      text: LABELS[kind].long,
      title: kind === "same" || kind === "differs"
        ? `Show only the aligned pairs that ${LABELS[kind].long}`
        : `Show only the claims ${kind === "left" ? "the left" : "the right"} article alone makes`,
    })),
  }, onFilter);
}

function setFilter({ list, summary, note, rows, counts }, kind) {
  list.dataset.filter = kind;
  for (const button of summary.querySelectorAll("button[data-filter]")) {
    button.setAttribute("aria-pressed", String(button.dataset.filter === kind));
  }
  const shown = kind === "all" ? rows : rows.filter((row) => row.kind === kind);
  list.replaceChildren();
  if (rows.length === 0) {
    list.append(el("li", { class: "row-empty" }, "Neither article has any claims to compare: no body text was recovered. Check the Cleaned articles tab."));
  } else if (shown.length === 0) {
    list.append(el("li", { class: "row-empty" }, `No ${kind === "same" ? "pairs agree" : kind === "differs" ? "pairs differ" : `claims are only in the ${kind} article`}.`));
  }
  renderProgressively(list, shown, (row) => renderRow(current.result, row), { noun: "rows", first: 40 });
  if (kind === "all") {
    note.hidden = true;
  } else {
    note.hidden = false;
    const n = counts[kind];
    note.textContent = `Showing the ${plural(n, kind === "same" || kind === "differs" ? "pair" : "claim")} that ${
      kind === "same" ? (n === 1 ? "agrees" : "agree") : kind === "differs" ? (n === 1 ? "differs" : "differ") : kind === "left" ? "only the left article makes" : "only the right article makes"
    }. Press the pressed summary item again to show everything.`;
  }
}

function renderRow(result, row) {
  const pair = row.pair === null ? null : result.pairs[row.pair];
  const conflicts = pair?.conflicts ?? [];
  const leftClaims = row.left.map((id) => result.claims.left[id]).filter(Boolean);
  const rightClaims = row.right.map((id) => result.claims.right[id]).filter(Boolean);
  const leftMarks = locateConflicts(leftClaims, conflicts, "left");
  const rightMarks = locateConflicts(rightClaims, conflicts, "right");

  const li = el("li", {
    class: ["row", `row-${row.kind}`],
    id: `row-${row.index}`,
    dataset: { kind: row.kind, row: row.index, ...(row.pair !== null ? { pair: row.pair } : {}) },
  });
  li.append(
    cell("left", leftClaims, leftMarks, conflicts, row),
    middle(row, pair),
    cell("right", rightClaims, rightMarks, conflicts, row),
  );
  if (conflicts.length) li.append(conflictList(conflicts));
  return li;
}

function cell(side, claims, marks, conflicts, row) {
  const sideName = side === "left" ? "Left" : "Right";
  if (!claims.length) {
    return el("div", { class: ["cell", `cell-${side}`, "cell-empty"] },
      el("span", { class: "cell-empty-text" }, `Not in the ${side} article`));
  }
  const hasPartner = side === "left" ? row.right.length > 0 : row.left.length > 0;
  return el("div", { class: ["cell", `cell-${side}`] },
    el("span", { class: "cell-side" }, current?.names?.[side] ? `${sideName} · ${current.names[side]}` : sideName),
    claims.map((claim) => {
      const label = `${side === "left" ? "L" : "R"}${claim.id + 1}`;
      const tag = hasPartner
        ? el("button", {
          type: "button", class: "claim-id", dataset: { partner: "" },
          "aria-label": `${sideName} claim ${claim.id + 1}: show its partner`,
          title: "Show the aligned claim on the other side",
        }, label)
        : el("span", { class: "claim-id", title: `${sideName} claim ${claim.id + 1}` }, label);
      return el("div", {
        class: ["claim", hasPartner && "has-partner"], id: `claim-${side}-${claim.id}`,
        dataset: { side, id: claim.id },
      }, tag, el("p", { class: "claim-text" }, claimTextNodes(claim, marks.get(claim.id), conflicts)));
    }));
}

function middle(row, pair) {
  const label = LABELS[row.kind];
  const mid = el("div", { class: "cell-mid" },
    el("span", { class: ["badge", `badge-${row.kind}`] },
      el("span", { class: "badge-icon", "aria-hidden": "true" }, label.icon), " ", label.text));
  if (pair) {
    if (Number.isFinite(pair.score)) {
      mid.append(el("span", { class: "score", title: "Similarity of the aligned claims (0 to 1)" }, `sim ${pair.score.toFixed(2)}`));
    }
    mid.append(el("button", {
      type: "button", class: "btn btn-tiny word-diff-toggle", "aria-expanded": "false",
      "aria-controls": `wd-${row.index}`, dataset: { wordDiff: row.pair },
    }, "Word diff"));
  }
  return mid;
}

function conflictList(conflicts) {
  return el("ul", { class: "conflicts", "aria-label": "Conflicting details" },
    conflicts.map((c, k) => el("li", { dataset: { conflict: k } },
      el("span", { class: "conflict-kind" }, c.kind), " ",
      el("mark", { class: "conflict-chip" }, c.left),
      el("span", { class: "vs" }, " against "),
      el("mark", { class: "conflict-chip" }, c.right))));
}

function wordDiff(pair, id) {
  const ops = pair.diff ?? [];
  const box = el("div", { class: "word-diff", id });
  if (!ops.length) {
    box.append(el("p", { class: "note" }, "No word-level diff for this pair."));
    return box;
  }
  if (ops.every((op) => op.op === "equal")) {
    box.append(el("p", { class: "note" }, "Same wording on both sides."));
  }
  box.append(el("p", { class: "word-diff-text" }, readableOps(ops).map((op) =>
    op.op === "delete" ? el("del", { title: "only in the left claim" }, op.text)
      : op.op === "insert" ? el("ins", { title: "only in the right claim" }, op.text)
        : op.text)));
  box.append(el("p", { class: "legend" },
    el("del", {}, "struck"), " only left · ", el("ins", {}, "underlined"), " only right"));
  return box;
}

/**
 * Word-by-word substitutions ("PORT"→"Fourteen", " ", "ALDANE"→"were", ...) read badly; like
 * diff-match-patch's semantic cleanup, fold the spaces and punctuation between two changes
 * into one deleted run followed by one inserted run. Text on each side is unchanged: all but
 * the inserts still spell the left claim, all but the deletes the right one.
 */
export function readableOps(ops) {
  const out = [];
  let del = "";
  let ins = "";
  let changed = false;
  const flush = () => {
    if (del) out.push({ op: "delete", text: del });
    if (ins) out.push({ op: "insert", text: ins });
    del = "";
    ins = "";
    changed = false;
  };
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op.op === "delete") {
      del += op.text;
      changed = true;
    } else if (op.op === "insert") {
      ins += op.text;
      changed = true;
    } else if (changed && /^[\s\p{P}]{0,3}$/u.test(op.text) && ops[i + 1] && ops[i + 1].op !== "equal") {
      del += op.text;
      ins += op.text;
    } else {
      flush();
      out.push(op);
    }
  }
  flush();
  return out;
}

/** Click handling for partners and word diffs; installed once on the list. */
export function installDiffInteractions(list) {
  list.addEventListener("click", (e) => {
    const toggle = e.target.closest("button[data-word-diff]");
    if (toggle) {
      toggleWordDiff(toggle);
      return;
    }
    const claim = e.target.closest(".claim.has-partner");
    if (!claim) return;
    const viaButton = e.target.closest("button[data-partner]");
    // A click on the text goes to the partner unless the user is selecting text.
    if (!viaButton && !window.getSelection()?.isCollapsed) return;
    showPartner(claim, !!viaButton);
  });
}

function toggleWordDiff(button) {
  const row = button.closest(".row");
  const id = button.getAttribute("aria-controls");
  let box = row.querySelector(`#${id}`);
  const open = button.getAttribute("aria-expanded") !== "true";
  if (open && !box && current) {
    box = wordDiff(current.result.pairs[Number(button.dataset.wordDiff)], id);
    row.append(box);
  }
  if (box) box.hidden = !open;
  button.setAttribute("aria-expanded", String(open));
  button.textContent = open ? "Hide word diff" : "Word diff";
}

export function showPartner(claim, focus) {
  const row = claim.closest(".row");
  const other = claim.dataset.side === "left" ? "right" : "left";
  const partners = [...row.querySelectorAll(`.claim[data-side="${other}"]`)];
  if (!partners.length) return;
  const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  partners[0].scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
  for (const p of partners) {
    p.classList.remove("flash");
    void p.offsetWidth; // restart the animation
    p.classList.add("flash");
    setTimeout(() => p.classList.remove("flash"), 1600);
  }
  if (focus) partners[0].querySelector(".claim-id")?.focus({ preventScroll: true });
}
