// The npm package as users get it: `npm pack` of pkg/, installed offline into a scratch
// project, and every example in examples/ run against that installed copy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { CHROMIUM, LAUNCH_ARGS } from "./browser.mjs";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const EXPECTED = "claims 3/3 pairs 3 differs 1";
let scratch;

function run(cmd, args, cwd = scratch) {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

before(() => {
  assert.ok(existsSync(join(ROOT, "pkg/package.json")), "build the package first: python3 scripts/build_wasm.py");
  scratch = mkdtempSync(join(tmpdir(), "claimdiff-consumer-"));
  const tarball = run("npm", ["pack", join(ROOT, "pkg"), "--pack-destination", scratch, "--silent"]).trim();
  cpSync(join(ROOT, "examples"), scratch, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(scratch, "package.json"), "utf8"));
  manifest.dependencies = { claimdiff: `file:./${tarball.split("\n").pop()}` };
  writeFileSync(join(scratch, "package.json"), JSON.stringify(manifest, null, 2));
  // Offline: the tarball is local and has no dependencies, so no registry data is needed.
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error"]);
  // The bundler example's webpack is the repo's own (its dependencies resolve from there):
  // installing it again would need registry metadata that `npm ci` does not cache.
  symlinkSync(join(ROOT, "node_modules/webpack"), join(scratch, "node_modules/webpack"), "dir");
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test("the package installs only its built files", () => {
  const installed = join(scratch, "node_modules/claimdiff");
  for (const f of ["package.json", "README.md", "LICENSE", "web/claimdiff.js", "web/claimdiff_bg.wasm", "node/claimdiff.js", "bundler/claimdiff.js", "bundler/claimdiff.d.ts"]) {
    assert.ok(existsSync(join(installed, f)), `missing ${f}`);
  }
  assert.ok(!existsSync(join(installed, "src")), "sources are not shipped");
});

test("Node ES module example", () => {
  assert.equal(run("node", ["node/esm.mjs"]).trim(), EXPECTED);
});

test("Node CommonJS example, with a JS Error for a bad option", () => {
  const out = execFileSync("node", ["node/cjs.cjs"], { cwd: scratch, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  assert.equal(out.trim(), EXPECTED);
  // stderr line is printed by the example: `true invalid option: threshold must be ...`
  const err = execFileSync("node", ["-e", `
    const { diff } = require("claimdiff");
    try { diff("a", "b", { threshold: 2 }); } catch (e) { console.log(e instanceof Error, e.message); }
  `], { cwd: scratch, encoding: "utf8" });
  assert.match(err, /^true invalid option: threshold must be a number from 0 to 1/);
});

test("TypeScript consumer type-checks against the shipped types", () => {
  const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
  run("node", [tsc, "-p", "typescript"]);
});

test("browser, Web Worker and bundler examples run in Chromium", async () => {
  run("node", ["bundler/build.mjs"]);
  const { server, url } = await serve(0, scratch);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  try {
    for (const example of ["browser", "worker", "bundler"]) {
      const page = await browser.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${url}${example}/index.html`);
      await page.waitForFunction(() => document.getElementById("out").textContent !== "loading…");
      assert.equal(await page.textContent("#out"), EXPECTED, example);
      assert.deepEqual(errors, [], example);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});
