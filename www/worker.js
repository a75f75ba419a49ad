// The engine's thread: loads the wasm once and answers requests from engine.js, one at a
// time, so the page never waits on the core. Messages: { id, op, args } in,
// { id, ok: true, result, ms } or { id, ok: false, error: { name, message }, fatal } out.
import init, { sentences, clean, diff } from "./pkg/claimdiff.js";

const ready = init().then(
  () => null,
  (err) => err,
);

const OPS = {
  sentences: (text) => ({ count: sentences(text).length }),
  clean: (text) => clean(text),
  diff: (left, right, options) => diff(left, right, options),
  // Lets the page tests check that a trapped engine is replaced by a fresh one.
  "test-trap": () => {
    throw new WebAssembly.RuntimeError("unreachable (test)");
  },
};

self.addEventListener("message", async (event) => {
  const { id, op, args = [] } = event.data ?? {};
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
    self.postMessage({ id, ok: true, result, ms: performance.now() - t0 });
  } catch (err) {
    // After a trap (panic, out of memory) the wasm instance is unusable: ask for a new worker.
    const fatal = err instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, ok: false, fatal, error: describe(err, op) });
  }
});

function describe(err, op) {
  const name = err?.name ?? "Error";
  const message = String(err?.message ?? err);
  return { name, message, op };
}
