// Runs www/bench.html in headless Chromium over the inputs the native bench wrote, and writes
// the page's results (window.claimdiffBench) to OUT/wasm.json.
// Usage: node scripts/bench/wasm.mjs OUT   (OUT holds inputs/ from `cargo bench --bench claimdiff`)
import { chromium } from "playwright-core";
import { mkdtemp, rm, symlink, writeFile, access } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../serve.mjs";
import { CHROMIUM, LAUNCH_ARGS } from "../../tests/e2e/browser.mjs";

const WWW = resolve(fileURLToPath(new URL("../../www", import.meta.url)));
// The wasm package: $CLAIMDIFF_BENCH_PKG, else www/pkg.
const PKG = resolve(process.env.CLAIMDIFF_BENCH_PKG ?? join(WWW, "pkg"));
const out = resolve(process.argv[2] ?? "");
const only = process.env.CLAIMDIFF_BENCH_ONLY;
const TIMEOUT_MS = Number(process.env.CLAIMDIFF_BENCH_WASM_TIMEOUT_MS ?? 30 * 60_000);

await access(join(out, "inputs", "manifest.json")).catch(() => {
  console.error(`no ${join(out, "inputs", "manifest.json")}: run cargo bench --bench claimdiff first`);
  process.exit(2);
});
await access(join(PKG, "claimdiff_bg.wasm")).catch(() => {
  console.error(`no ${PKG}/claimdiff_bg.wasm: build it with python3 scripts/build_wasm.py --target web`);
  process.exit(2);
});

// A served root holding only the page, the wasm package and the inputs.
const root = await mkdtemp(join(tmpdir(), "claimdiff-bench-"));
for (const name of ["bench.html", "bench.js"]) await symlink(join(WWW, name), join(root, name));
await symlink(PKG, join(root, "pkg"));
await symlink(join(out, "inputs"), join(root, "inputs"));

const { server, url } = await serve(0, root);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
try {
  const page = await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") console.error(`[page] ${m.text()}`); });
  let shown = 0;
  const target = `${url}bench.html${only ? `?only=${encodeURIComponent(only)}` : ""}`;
  await page.goto(target);
  const began = Date.now();
  for (;;) {
    const s = await page.evaluate(() => {
      const b = window.claimdiffBench;
      return b && { state: b.state, progress: b.progress, error: b.error };
    });
    if (s) {
      for (const line of s.progress.slice(shown)) console.error(`[bench] wasm   ${line}`);
      shown = s.progress.length;
      if (s.state === "error") throw new Error(`the benchmark page failed: ${s.error}`);
      if (s.state === "done") break;
    }
    if (Date.now() - began > TIMEOUT_MS) throw new Error("the benchmark page timed out");
    await new Promise((ok) => setTimeout(ok, 250));
  }
  const results = await page.evaluate(() => window.claimdiffBench.results);
  await writeFile(join(out, "wasm.json"), JSON.stringify(results, null, 2));
  console.error(`[bench] wasm results in ${join(out, "wasm.json")}`);
} finally {
  await browser.close();
  server.close();
  await rm(root, { recursive: true, force: true });
}
