// Untrusted text stays text, the page talks to nobody but its own origin, and the CSP holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, compareTexts, loadExample, readSample, IMG, SCRIPT, assertMarkupInert } from "./browser.mjs";

function article(extra) {
  return [
    "Markup in the news",
    "",
    `Officials said the page showed ${IMG} in the middle of a sentence about the harbour.`,
    "",
    `A second report quoted ${SCRIPT} as the text of a warning sign near the pier.`,
    "",
    extra,
  ].join("\n");
}

test("pasted markup never executes and shows as text", async () => {
  const { page, url, errors, requests, close } = await openPage();
  try {
    await page.goto(url);
    await compareTexts(page,
      article("The harbour reopened on Tuesday after a two-day closure."),
      article("The harbour reopened on Wednesday after a three-day closure."));
    await page.click("#tab-clean");
    await page.check("#show-dropped");
    await page.click("#tab-claims");
    await assertMarkupInert(page, requests, "#results img, #results script");
    const claims = await page.locator("#diff").textContent();
    assert.ok(claims.includes(IMG), "the img markup shows as text in the claims");
    assert.ok(claims.includes(SCRIPT), "the script markup shows as text in the claims");
    const clean = await page.locator("#clean").textContent();
    assert.ok(clean.includes(IMG) && clean.includes(SCRIPT), "and in the cleanup view");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("every request stays on the page's origin, through examples, comparison and export", async () => {
  const { page, url, requests, close } = await openPage();
  try {
    await page.goto(url);
    await loadExample(page, "wildfire");
    await page.click("#tab-clean");
    await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
    await Promise.all([page.waitForEvent("download"), page.click("#export-md")]);
    await compareTexts(page, await readSample("budget-courier.txt"), await readSample("budget-kvbr.txt"));
    const origin = new URL(url).origin;
    assert.ok(requests.length > 0);
    const foreign = requests.filter((u) => {
      const parsed = new URL(u);
      if (parsed.protocol === "blob:") return new URL(parsed.pathname).origin !== origin;
      if (parsed.protocol === "data:") return false;
      return parsed.origin !== origin;
    });
    assert.deepEqual(foreign, []);
    // The worker and the wasm were fetched from the page's own files.
    assert.ok(requests.some((u) => u.endsWith("/worker.js")));
    assert.ok(requests.some((u) => u.endsWith("/pkg/claimdiff_bg.wasm")));
  } finally {
    await close();
  }
});

test("the CSP meta tag allows only the page's own scripts and wasm, and no inline styles", async () => {
  const { page, url, close } = await openPage();
  try {
    await page.goto(url);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
    assert.equal(await page.locator("script:not([src])").count(), 0);
    assert.equal(await page.locator("[style]").count(), 0);
  } finally {
    await close();
  }
});
