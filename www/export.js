// Exports of the current comparison (a pair's claim diff or the coverage matrix of many): the
// engine's JSON (the CLI's shape) and a Markdown report a person can read, both downloaded as
// Blobs (nothing is uploaded).
import { buildRows, summarize } from "./render/rows.js";
import { buildFactRows, summarizeCoverage, excerpt, RELATIONS } from "./render/matrix-view.js";

export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function toJSON(result) {
  return `${JSON.stringify(result, null, 2)}\n`;
}

export function baseName(result, date = new Date()) {
  const title = result.left.title ?? result.right.title ?? "comparison";
  const slug = title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 48) || "comparison";
  const day = date.toISOString().slice(0, 10);
  return `claimdiff-${slug}-${day}`;
}

/** Markdown-escapes article text so it reads as text in any renderer. */
export function md(text) {
  return String(text ?? "")
    .replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`)
    .replace(/\s*\n\s*/g, " ");
}

export function toMarkdown(result, { names = {}, date = new Date() } = {}) {
  const counts = summarize(result);
  const rows = buildRows(result);
  const out = [];
  out.push("# claimdiff report", "");
  out.push(`Generated ${date.toISOString().replace("T", " ").slice(0, 16)} UTC by claimdiff, in the browser.`, "");
  for (const side of ["left", "right"]) {
    const a = result[side];
    const label = side === "left" ? "Left" : "Right";
    const bits = [a.title ? `**${md(a.title)}**` : "*(no title found)*"];
    if (a.byline) bits.push(`by ${md(a.byline)}`);
    if (a.dateText || a.publishedTime) bits.push(md(a.dateText ?? a.publishedTime));
    if (names[side]) bits.push(`(${md(names[side])})`);
    out.push(`- ${label}: ${bits.join(", ")}; ${result.claims[side].length} claims`);
  }
  out.push("");
  out.push("| Agree | Differ | Only left | Only right |", "|---:|---:|---:|---:|",
    `| ${counts.same} | ${counts.differs} | ${counts.left} | ${counts.right} |`, "");

  const claimText = (side, ids) => ids.map((id) => {
    const c = result.claims[side][id];
    return `${side === "left" ? "L" : "R"}${id + 1}: ${md(c?.text ?? "")}`;
  });

  const sections = [
    ["differs", "Claims that differ"],
    ["same", "Claims that agree"],
    ["left", "Only in the left article"],
    ["right", "Only in the right article"],
  ];
  for (const [kind, heading] of sections) {
    const list = rows.filter((r) => r.kind === kind);
    out.push(`## ${heading} (${list.length})`, "");
    if (!list.length) {
      out.push("None.", "");
      continue;
    }
    for (const row of list) {
      if (row.pair === null) {
        out.push(`- ${claimText(kind, kind === "left" ? row.left : row.right).join(" / ")}`);
        continue;
      }
      const pair = result.pairs[row.pair];
      out.push(`- Left: ${claimText("left", row.left).join(" / ")}\\`);
      out.push(`  Right: ${claimText("right", row.right).join(" / ")}`);
      for (const c of pair.conflicts ?? []) {
        out.push(`  - ${md(c.kind)}: “${md(c.left)}” against “${md(c.right)}”`);
      }
    }
    out.push("");
  }
  return out.join("\n");
}

export function coverageBaseName(coverage, date = new Date()) {
  const title = coverage.articles.find((a) => a.title)?.title;
  return baseName({ left: { title: title ?? "coverage" }, right: {} }, date).replace(/^claimdiff-/, "claimdiff-matrix-");
}

/** The coverage matrix as a Markdown report: the articles, the counts, then one table row per fact. */
export function coverageToMarkdown(coverage, { names = [], date = new Date() } = {}) {
  const counts = summarizeCoverage(coverage);
  const rows = buildFactRows(coverage);
  const n = coverage.articles.length;
  const out = [];
  out.push("# claimdiff coverage matrix", "");
  out.push(`Generated ${date.toISOString().replace("T", " ").slice(0, 16)} UTC by claimdiff, in the browser.`, "");
  coverage.articles.forEach((a, i) => {
    const bits = [a.title ? `**${md(a.title)}**` : "*(no title found)*"];
    if (a.byline) bits.push(`by ${md(a.byline)}`);
    if (a.dateText || a.publishedTime) bits.push(md(a.dateText ?? a.publishedTime));
    if (names[i]) bits.push(`(${md(names[i])})`);
    out.push(`- Article ${i + 1}: ${bits.join(", ")}; ${coverage.claims[i]?.length ?? 0} claims`);
  });
  out.push("");
  out.push("| Facts | Agree | Differ | Stated by only one |", "|---:|---:|---:|---:|",
    `| ${counts.all} | ${counts.same} | ${counts.differs} | ${counts.single} |`, "");
  out.push(`| Fact | ${coverage.articles.map((_, i) => `Article ${i + 1}`).join(" | ")} |`);
  out.push(`|---|${"---|".repeat(n)}`);
  for (const { fact } of rows) {
    const by = new Map(fact.statements.map((s) => [s.article, s]));
    const conflicted = new Set(fact.conflicts.flatMap((c) => [c.left.article, c.right.article]));
    const cells = coverage.articles.map((_, i) => {
      const s = by.get(i);
      if (!s) return "—";
      const value = s.values.length ? s.values.map((v) => v.text).join(", ") : excerpt(s.text, 70);
      return `${conflicted.has(i) ? "≠ " : ""}${md(value)}`;
    });
    const label = `${RELATIONS[fact.relation]?.icon ?? ""} ${md(excerpt(fact.statements[0]?.text ?? "", 80))}`;
    out.push(`| ${label} | ${cells.join(" | ")} |`);
  }
  out.push("");
  return out.join("\n");
}
