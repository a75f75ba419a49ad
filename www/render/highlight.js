// Splits a claim's text into plain runs, facts and conflicting details, using the facts'
// UTF-16 offsets (relative to the claim text) and the pair's conflicts.
import { el } from "./dom.js";

/**
 * For one side ("left" | "right") of a pair: which claim and which range shows each conflict.
 * Returns Map claimId -> [{ start, end, conflict: index }].
 */
export function locateConflicts(claims, conflicts, side) {
  const found = new Map();
  conflicts.forEach((conflict, k) => {
    const text = conflict[side];
    const value = conflict[`${side}Value`];
    const hit = findFact(claims, conflict.kind, text, value) ?? findText(claims, text);
    if (hit) {
      const list = found.get(hit.claim.id) ?? [];
      list.push({ start: hit.start, end: hit.end, conflict: k });
      found.set(hit.claim.id, list);
    }
  });
  return found;
}

function findFact(claims, kind, text, value) {
  const tests = [
    (f) => f.kind === kind && f.text === text,
    (f) => f.text === text,
    (f) => f.kind === kind && value != null && f.value === value,
  ];
  for (const test of tests) {
    for (const claim of claims) {
      const fact = (claim.facts ?? []).find(test);
      if (fact && validRange(claim.text, fact.utf16Start, fact.utf16End)) {
        return { claim, start: fact.utf16Start, end: fact.utf16End };
      }
    }
  }
  return null;
}

function findText(claims, text) {
  if (!text) return null;
  const needle = text.toLowerCase();
  for (const claim of claims) {
    const at = claim.text.toLowerCase().indexOf(needle);
    if (at >= 0) return { claim, start: at, end: at + text.length };
  }
  return null;
}

function validRange(text, start, end) {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
}

/**
 * Builds the claim text as nodes: <mark class="conflict"> for conflicting details (with
 * data-conflict = index into the pair's conflicts), <span class="fact"> for other facts.
 */
export function claimTextNodes(claim, conflictRanges = [], conflicts = []) {
  const text = claim.text;
  const ranges = [];
  for (const r of conflictRanges) ranges.push({ ...r, type: "conflict" });
  for (const fact of claim.facts ?? []) {
    if (validRange(text, fact.utf16Start, fact.utf16End)) {
      ranges.push({ start: fact.utf16Start, end: fact.utf16End, type: "fact", fact });
    }
  }
  // Conflicts win over plain facts; earlier and longer ranges win among equals.
  ranges.sort((a, b) =>
    (a.type === "conflict" ? 0 : 1) - (b.type === "conflict" ? 0 : 1) ||
    a.start - b.start || b.end - a.end);
  const placed = [];
  for (const r of ranges) {
    if (placed.every((p) => r.end <= p.start || r.start >= p.end)) placed.push(r);
  }
  placed.sort((a, b) => a.start - b.start);

  const nodes = [];
  let at = 0;
  for (const r of placed) {
    if (r.start > at) nodes.push(text.slice(at, r.start));
    const piece = text.slice(r.start, r.end);
    if (r.type === "conflict") {
      const c = conflicts[r.conflict];
      nodes.push(el("mark", {
        class: "conflict",
        dataset: { conflict: r.conflict, kind: c?.kind ?? "" },
        title: c ? `${c.kind}: “${c.left}” against “${c.right}”` : "conflicting detail",
      }, piece));
    } else {
      nodes.push(el("span", {
        class: ["fact", `fact-${r.fact.kind}`],
        title: `${r.fact.kind}: ${r.fact.value}${r.fact.approx ? " (approximate)" : ""}`,
      }, piece));
    }
    at = r.end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}
