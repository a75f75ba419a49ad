// Mozilla Readability (with jsdom) on the cleanup inputs, as equivalent HTML: the title line
// in <h1>, every other non-empty line in its own <p>. Times the DOM build (jsdom) and
// Readability's parse separately, with the native harness's repetition policy, and writes
// OUT/readability.json.
// Usage: node scripts/bench/readability.mjs OUT
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

const out = resolve(process.argv[2] ?? "");
const manifest = JSON.parse(await readFile(join(out, "inputs", "manifest.json"), "utf8"));
// Readability over 1000x pages is slow; past this, larger inputs are skipped.
const BUDGET_MS = Number(process.env.CLAIMDIFF_BENCH_READABILITY_BUDGET_MS ?? 20_000);

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The page as HTML: the first line of five or more words is the title. */
export function toHtml(text) {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  const title = lines.find((l) => l.split(/\s+/).length >= 5) ?? lines[0] ?? "";
  const body = lines.map((l) => (l === title ? `<h1>${escape(l)}</h1>` : `<p>${escape(l)}</p>`));
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
    `<body><main>\n${body.join("\n")}\n</main></body></html>`;
}

function once(html) {
  const t0 = performance.now();
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const t1 = performance.now();
  const article = new Readability(dom.window.document).parse();
  const t2 = performance.now();
  dom.window.close();
  return { domMs: t1 - t0, parseMs: t2 - t1, kept: article?.textContent?.length ?? 0 };
}

const cases = [];
let lastMs = 0;
for (const c of manifest.cases.filter((c) => c.kind === "clean" && c.group === "scale")) {
  if (lastMs * 12 > BUDGET_MS) {
    cases.push({ id: c.id, size: c.size, bytes: c.bytes, skipped: `over the ${BUDGET_MS} ms budget` });
    console.error(`[bench] readability ${c.id} skipped (the previous size took ${lastMs.toFixed(0)} ms)`);
    continue;
  }
  const html = toHtml(await readFile(join(out, "inputs", c.left), "utf8"));
  once(html); // warm-up
  const runs = [once(html)];
  if (runs[0].domMs + runs[0].parseMs < 1000) {
    const began = performance.now();
    while (runs.length < 3 || (performance.now() - began < 500 && runs.length < 30)) runs.push(once(html));
  }
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[runs.length >> 1];
  const total = runs.map((r) => r.domMs + r.parseMs).sort((a, b) => a - b)[runs.length >> 1];
  lastMs = total;
  const entry = {
    id: c.id, size: c.size, bytes: c.bytes, htmlBytes: Buffer.byteLength(html),
    domMs: median("domMs"), parseMs: median("parseMs"), totalMs: total, runs: runs.length,
    keptChars: runs[0].kept,
  };
  console.error(`[bench] readability ${c.id.padEnd(14)} jsdom ${entry.domMs.toFixed(2)} ms + parse ${entry.parseMs.toFixed(2)} ms  runs ${runs.length}`);
  cases.push(entry);
}
await writeFile(join(out, "readability.json"), JSON.stringify({ engine: "readability", cases }, null, 2));
