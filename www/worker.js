// The engine's thread: loads the wasm once and answers requests from engine.js, one at a
// time, so the page never waits on the core. Messages: { id, op, args } in,
// { id, ok: true, result, ms } or { id, ok: false, error: { name, message }, fatal } out.
import init, { sentences, clean, diff, compare } from "./pkg/claimdiff.js";

const ready = init().then(
  () => null,
  (err) => err,
);

const OPS = {
  sentences: (text) => ({ count: sentences(text).length }),
  clean: (text) => clean(text),
  diff: (left, right, options) => diff(left, right, options),
  compare: (articles, options) => compare(articles, options),
  // Lets the page tests check that a trapped engine is replaced by a fresh one.
  "test-trap": () => {
    throw new WebAssembly.RuntimeError("unreachable (test)");
  },
};

self.addEventListener("message", async (event) => {
  const { id, op, args = [] } = event.data ?? {};
  if (op === "next") {
    next(id);
    return;
  }
  const loadError = await ready;
  if (loadError) {
    self.postMessage({ id, ok: false, fatal: true, error: describe(loadError, "load") });
    return;
  }
  const fn = OPS[op];
  if (!fn) {
    self.postMessage({ id, ok: false, error: { name: "Error", message: `unknown request: ${op}` } });
    return;
  }
  const t0 = performance.now();
  try {
    const result = fn(...args);
    send(id, result, performance.now() - t0);
  } catch (err) {
    // After a trap (panic, out of memory) the wasm instance is unusable: ask for a new worker.
    const fatal = err instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, ok: false, fatal, error: describe(err, op) });
  }
});

// Large results go out in slices that the page pulls one at a time ("next"), so that it reads
// each in its own task and no single structured-clone read holds its main thread for long.
// 500 claims a slice took 50-105 ms to read on a 2-core machine; 200 keep each read short.
const SLICE = 200;
const SHORT = 16;
const outbox = new Map();

function send(id, result, ms) {
  const slices = [];
  const head = split(result, [], slices, 0);
  if (!slices.length) {
    self.postMessage({ id, ok: true, result, ms });
    return;
  }
  const queue = [];
  for (const [path, items] of slices) {
    for (let i = 0; i < items.length; i += SLICE) queue.push([path, items.slice(i, i + SLICE)]);
  }
  outbox.set(id, { queue, ms });
  self.postMessage({ id, part: "head", result: head, slices: queue.length });
}

function next(id) {
  const box = outbox.get(id);
  if (!box) return;
  const slice = box.queue.shift();
  if (slice) self.postMessage({ id, part: "slice", path: slice[0], items: slice[1] });
  if (!box.queue.length) {
    outbox.delete(id);
    self.postMessage({ id, ok: true, part: "end", ms: box.ms });
  }
}

/**
 * A copy of `value` with every long array (in objects, and in short arrays such as the list of
 * articles of a coverage matrix, up to depth 3) left empty, listed in `slices`.
 */
function split(value, path, slices, depth) {
  if (Array.isArray(value)) {
    if (value.length > SLICE) {
      slices.push([path, value]);
      return [];
    }
    if (value.length <= SHORT && depth <= 2 && value.some((v) => v !== null && typeof v === "object")) {
      return value.map((child, i) => split(child, [...path, i], slices, depth + 1));
    }
    return value;
  }
  if (value === null || typeof value !== "object" || depth > 3) return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) out[key] = split(child, [...path, key], slices, depth + 1);
  return out;
}

function describe(err, op) {
  const name = err?.name ?? "Error";
  const message = String(err?.message ?? err);
  return { name, message, op };
}
