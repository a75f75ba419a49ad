// Source checks for the page: no HTML sinks, no inline scripts or style attributes, no
// third-party URLs. (The browser tests check behaviour; these keep the code honest.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const WWW = fileURLToPath(new URL("../../www/", import.meta.url));

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "pkg") out.push(...(await files(path)));
    } else if (/\.(js|html|css)$/.test(entry.name)) {
      out.push(path);
    }
  }
  return out;
}

test("page code never builds DOM from HTML strings and loads nothing from elsewhere", async () => {
  const sources = await files(WWW);
  assert.ok(sources.some((f) => f.endsWith("app.js")));
  for (const file of sources) {
    const name = relative(WWW, file);
    // Comments may mention the APIs; code may not.
    const code = (await readFile(file, "utf8")).replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, "$1");
    assert.doesNotMatch(code, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, name);
    assert.doesNotMatch(code, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, `${name} refers to another origin`);
    if (name.endsWith(".html")) {
      assert.doesNotMatch(code, /<script(?![^>]*\bsrc=)[^>]*>/, `${name} has an inline script`);
      assert.doesNotMatch(code, /\sstyle=|\son[a-z]+=/i, `${name} has an inline style or handler`);
    }
  }
});
