// The diff view's model: one row per aligned pair or one-sided claim, in the left article's
// order, each right-only claim placed next to the row holding the right claim just before it.

export const KINDS = ["same", "differs", "left", "right"];

export function summarize(result) {
  let same = 0;
  let differs = 0;
  for (const pair of result.pairs) {
    if (pair.relation === "same") same++;
    else differs++;
  }
  return { same, differs, left: result.leftOnly.length, right: result.rightOnly.length };
}

/** Rows: { kind, pair (index or null), left: [ids], right: [ids], index }. */
export function buildRows(result) {
  const byLeft = [];
  const orphanPairs = [];
  result.pairs.forEach((pair, i) => {
    const row = {
      kind: pair.relation === "same" ? "same" : "differs",
      pair: i,
      left: [...pair.left].sort((a, b) => a - b),
      right: [...pair.right].sort((a, b) => a - b),
    };
    (row.left.length ? byLeft : orphanPairs).push(row);
  });
  for (const id of result.leftOnly) byLeft.push({ kind: "left", pair: null, left: [id], right: [] });
  byLeft.sort((a, b) => a.left[0] - b.left[0] || a.right.length - b.right.length);
  const ordered = byLeft.concat(orphanPairs);

  // Where each paired right claim sits.
  const rowOfRight = new Map();
  for (const row of ordered) for (const id of row.right) rowOfRight.set(id, row);

  // Right-only claims: after the row of the nearest earlier right claim that is paired; those
  // before any paired right claim go before the row of the first paired one after them.
  const after = new Map();
  const before = new Map();
  const tail = [];
  const rightOnly = [...result.rightOnly].sort((a, b) => a - b);
  const rightCount = result.claims.right.length;
  const nextPaired = new Array(rightCount + 1).fill(null);
  for (let id = rightCount - 1; id >= 0; id--) {
    nextPaired[id] = rowOfRight.has(id) ? rowOfRight.get(id) : nextPaired[id + 1];
  }
  const isRightOnly = new Set(rightOnly);
  let lastPaired = null;
  for (let id = 0; id < rightCount; id++) {
    if (rowOfRight.has(id)) lastPaired = rowOfRight.get(id);
    if (!isRightOnly.has(id)) continue;
    const row = { kind: "right", pair: null, left: [], right: [id] };
    if (lastPaired) push(after, lastPaired, row);
    else if (nextPaired[id]) push(before, nextPaired[id], row);
    else tail.push(row);
  }
  // Ids outside the claim list should not happen; keep them visible at the end.
  for (const id of rightOnly) {
    if (id >= rightCount) tail.push({ kind: "right", pair: null, left: [], right: [id] });
  }

  const rows = [];
  for (const row of ordered) {
    rows.push(...(before.get(row) ?? []), row, ...(after.get(row) ?? []));
  }
  rows.push(...tail);
  rows.forEach((row, i) => (row.index = i));
  return rows;
}

function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
