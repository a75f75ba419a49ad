// The wasm half of the benchmarks: times clean / sentences / diff / compare of the wasm build on the
// inputs written by the native bench (benches/claimdiff), with the same repetition policy as
// the native harness, and publishes the results as JSON on window.claimdiffBench:
//   { state: "running" | "done" | "error", results: { engine, userAgent, cases: [...] }, error }
// Each case runs in a fresh instance of the module, so the WebAssembly.Memory size read after
// the case is that case's peak (wasm memory only grows).

const params = new URLSearchParams(location.search);
const INPUTS = new URL(params.get("inputs") ?? "./inputs/", location.href);
const ONLY = params.get("only")?.split(",").filter(Boolean);
const WARM_UP_MS = 3000;
const SETTLE_MS = 250;

const state = { state: "running", results: null, error: null, progress: [] };
window.claimdiffBench = state;
const logEl = document.getElementById("log");

function log(line) {
  state.progress.push(line);
  if (logEl) logEl.textContent += line + "\n";
}

async function text(name) {
  const res = await fetch(new URL(name, INPUTS));
  if (!res.ok) throw new Error(`could not load input ${name}: HTTP ${res.status}`);
  return res.text();
}

// One compiled module for every case, so code tiered up during the warm-up stays tiered up.
const compiled = WebAssembly.compileStreaming(fetch("./pkg/claimdiff_bg.wasm"));

/** A new instance (own memory) of the compiled module: the query makes the JS glue fresh. */
async function freshInstance(tag) {
  const mod = await import(`./pkg/claimdiff.js?instance=${encodeURIComponent(tag)}`);
  const exports = await mod.default({ module_or_path: await compiled });
  return { mod, memory: exports.memory };
}

/** A case's inputs: `left` (and `right` for a diff), or the articles of a compare case. */
async function load(c) {
  return {
    left: c.left ? await text(c.left) : null,
    right: c.right ? await text(c.right) : null,
    texts: c.texts ? await Promise.all(c.texts.map(text)) : null,
  };
}

function runner(mod, c, { left, right, texts }) {
  switch (c.kind) {
    case "clean": return () => mod.clean(left).lines.length;
    case "sentences": return () => mod.sentences(left).length;
    case "diff": return () => mod.diff(left, right).pairs.length;
    // A comparison past its budget (maxClaimPairs) is timed up to its error.
    case "compare": return () => {
      try {
        return mod.compare(texts).facts.length;
      } catch {
        return -1;
      }
    };
    default: throw new Error(`unknown case kind ${c.kind}`);
  }
}

/**
 * Same policy as the native harness. The first call is timed apart (`firstMs`), not as a
 * sample: on a fresh instance it grows the memory from the base to the case's peak (a
 * 20,000-sentence diff: ~600 ms against ~480 for the calls after it); counted as one of
 * three samples, it made the median the slower of the other two. Then at least 3 samples
 * (even past a second: one run of a 5 MiB diff varied by half), until 0.5 s have passed
 * (at most 100). The page's clock is coarse (0.1 ms without cross-origin isolation), so a
 * run under 5 ms is timed in batches of about 5 ms, and a sample is the batch's mean; the
 * batch is as many calls as fill 5 ms on the clock (a 2 KB clean's first call reads 0 or
 * 0.1 ms, which made batches of 2-4 ms). Such a run is first repeated for SETTLE_MS
 * untimed: a fresh instance made after others had run ran slow for its first 60-130 ms (a
 * 2 KB clean: ~70 µs a call, then ~34), and the 30 samples that were the rule before
 * spanned ~60 ms.
 */
function time(fn) {
  let t = performance.now();
  let out = fn();
  const firstMs = performance.now() - t;
  let batch = 1;
  if (firstMs < 5) {
    batch = 0;
    for (t = performance.now(); performance.now() - t < 5; batch++) out = fn();
    for (t = performance.now(); performance.now() - t < SETTLE_MS; ) out = fn();
  }
  const samples = [];
  const began = performance.now();
  while (samples.length < 3 || (performance.now() - began < 500 && samples.length < 100)) {
    t = performance.now();
    for (let i = 0; i < batch; i++) out = fn();
    samples.push((performance.now() - t) / batch);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[samples.length >> 1], minMs: samples[0], runs: samples.length, firstMs, out };
}

/**
 * First calls: a fresh instance's first clean of the 1x page and first diff of that page with
 * itself build its lazily compiled statics (regexes, tables) on the way, as the page's first
 * comparison does (the code itself is compiled and tiered up by then). Five fresh instances,
 * each timing its first call and the median of ten more; the medians are kept.
 */
async function firstCalls(manifest) {
  const page = manifest.cases.find((m) => m.id === "clean-1x");
  if (!page) return [];
  const input = await load(page);
  const cases = [
    ["first-clean-1x", "clean", () => input],
    ["first-diff-1x-self", "diff", () => ({ left: input.left, right: input.left })],
  ];
  const median = (v) => v.sort((a, b) => a - b)[v.length >> 1];
  const out = [];
  for (const [id, kind, inputs] of cases) {
    const firsts = [], warms = [];
    for (let i = 0; i < 5; i++) {
      const { mod } = await freshInstance(`${id}-${i}`);
      const run = runner(mod, { kind }, inputs());
      let t = performance.now();
      run();
      firsts.push(performance.now() - t);
      t = performance.now();
      for (let k = 0; k < 10; k++) run();
      warms.push((performance.now() - t) / 10);
    }
    const [first, warm] = [median(firsts), median(warms)];
    out.push({ id, kind, firstMs: first, warmMs: warm, runs: firsts.length });
    log(`${id.padEnd(22)} first call ${first.toFixed(3).padStart(10)} ms  warm ${warm.toFixed(3)} ms`);
  }
  return out;
}

async function main() {
  const manifest = await (await fetch(new URL("manifest.json", INPUTS))).json();
  const cases = [];
  // Warm the engine outside the timings, as the native bench does. V8 runs new wasm code
  // from its baseline compiler and moves hot functions to its optimising one only after a
  // few hundred calls (a 1x clean: 1.8 ms a call over its first 100 calls, 130 us after 200,
  // 75 us after 700): rounds of the small cases go on for WARM_UP_MS, so every case is
  // timed on the optimised code that a page in use runs. Instances share the module's code.
  const small = manifest.cases.filter((c) => c.group === "scale" && c.size <= 200);
  const warmers = [];
  for (const c of small) warmers.push([c, await load(c)]);
  {
    const { mod } = await freshInstance("warm-up");
    const began = performance.now();
    for (let round = 0; round < 5 || performance.now() - began < WARM_UP_MS; round++) {
      for (const [c, input] of warmers) runner(mod, c, input)();
    }
  }
  const cold = await firstCalls(manifest);
  for (const c of manifest.cases) {
    if (ONLY && !ONLY.includes(c.id)) continue;
    const input = await load(c);
    const { mod, memory } = await freshInstance(c.id);
    // Build this instance's lazily compiled statics (regexes, tables) on the smallest inputs.
    for (const [w, i] of warmers.filter(([w]) => w.size <= 20 || w.size === 1)) runner(mod, w, i)();
    const baseBytes = memory.buffer.byteLength;
    const entry = { id: c.id, kind: c.kind, group: c.group, size: c.size, bytes: c.bytes };
    try {
      const t = time(runner(mod, c, input));
      Object.assign(entry, {
        medianMs: t.medianMs, minMs: t.minMs, runs: t.runs, firstMs: t.firstMs,
        memoryBytes: memory.buffer.byteLength, baseMemoryBytes: baseBytes,
      });
      if (c.kind === "diff") {
        const d = mod.diff(input.left, input.right);
        entry.claims = [d.claims.left.length, d.claims.right.length, d.pairs.length];
      } else if (c.kind === "compare") {
        // Claims of all the articles, facts, facts only one article states.
        const r = mod.compare(input.texts);
        entry.texts = input.texts.length;
        entry.claims = [r.claims.reduce((n, a) => n + a.length, 0), r.facts.length, r.single.length];
      }
      log(`${c.id.padEnd(22)} median ${t.medianMs.toFixed(3).padStart(10)} ms  runs ${t.runs}  first ${t.firstMs.toFixed(1)} ms  memory ${(entry.memoryBytes / 1048576).toFixed(1)} MiB`);
    } catch (e) {
      entry.error = String(e?.message ?? e);
      log(`${c.id.padEnd(22)} error: ${entry.error}`);
    }
    cases.push(entry);
    // Let the page breathe (and the previous instance be collected) between cases.
    await new Promise((ok) => setTimeout(ok, 0));
  }
  state.results = { engine: "wasm", userAgent: navigator.userAgent, seed: manifest.seed, cases, cold };
  state.state = "done";
  document.body.dataset.state = "done";
}

main().catch((e) => {
  state.error = String(e?.stack ?? e);
  state.state = "error";
  document.body.dataset.state = "error";
  log(`error: ${state.error}`);
});
