// Hostile input to the page: markup in URL parameters and the fragment, lone surrogates
// (invalid UTF-16 the wasm boundary must survive), and a paste over the size limit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, compareTexts, assertMarkupInert, IMG, SCRIPT } from "./browser.mjs";

const MARKUP = `${IMG}${SCRIPT}`;

test("markup in URL parameters and the fragment does nothing", async () => {
  const { page, url, errors, requests, close } = await openPage();
  try {
    const q = encodeURIComponent(MARKUP);
    await page.goto(`${url}?q=${q}&left=${q}&right=${q}&sample=${q}&threshold=${q}#${q}`);
    await compareTexts(page, "The ferry left at noon. It carried 212 people.",
      "The ferry left at noon. It carried 210 people.");
    await assertMarkupInert(page, requests, "body img, body script:not([src])");
    assert.ok(!(await page.inputValue("#input-left")).includes("<img"));
    const origin = new URL(url).origin;
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:")), []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("lone surrogates from JS come back as U+FFFD with UTF-16 offsets into the pasted text", async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    // Built inside the page: the protocol to the browser would replace lone surrogates.
    const out = await page.evaluate(async () => {
      const lone = (u) => String.fromCharCode(u);
      const left = `The ferry ${lone(0xd800)} left at noon. It carried ${lone(0xdfff)}212 people.\n${lone(0xdbff)}\nEnd ${lone(0xd83d)}.`;
      const right = "The ferry left at noon. It carried 212 people.";
      const mod = await import("./pkg/claimdiff.js");
      await mod.default();
      const report = mod.diff(left, right, { clean: false });
      const fixed = left.replace(/[\uD800-\uDFFF]/g, "\uFFFD");
      const slices = report.claims.left.map((c) => [fixed.slice(c.utf16Start, c.utf16End), c.text]);
      const sentences = mod.sentences(left).map((s) => [fixed.slice(s.utf16Start, s.utf16End), s.text]);
      // And through the page: typed into the pane and compared.
      const pane = document.getElementById("input-left");
      pane.value = left;
      pane.dispatchEvent(new Event("input", { bubbles: true }));
      document.getElementById("input-right").value = right;
      document.getElementById("input-right").dispatchEvent(new Event("input", { bubbles: true }));
      return { slices, sentences, pairs: report.pairs.length, lengthKept: fixed.length === left.length, left };
    });
    assert.ok(out.lengthKept);
    assert.ok(out.slices.length >= 2);
    for (const [slice, text] of [...out.slices, ...out.sentences]) assert.equal(slice, text);
    assert.ok(out.pairs >= 1);
    await page.evaluate(() => { document.getElementById("results").dataset.state = "waiting"; });
    await page.click("#compare");
    await page.waitForSelector("#results[data-state=done]", { timeout: 60_000 });
    assert.ok(await page.locator("#diff > .row").count() > 0);
    assert.ok(await page.evaluate(() => /\uD800/.test(document.getElementById("input-left").value)),
      "the pane keeps the text as pasted");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("a paste over the limit keeps the text, says so, and warns it will not survive a reload", async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    // 5 MiB + 53 bytes: over the engine's limit, and over what localStorage holds.
    const big = "The council met again today and nothing was decided. ".repeat(99_000);
    await page.fill("#input-left", big);
    await page.fill("#input-right", "The council met today.");
    await page.waitForFunction(() => /too large to keep/.test(document.getElementById("count-left").textContent), null, { timeout: 60_000 });
    await page.click("#compare");
    await page.waitForSelector("#error:not([hidden])", { timeout: 60_000 });
    assert.match(await page.textContent("#error-text"), /bytes|limit|large/i);
    assert.equal((await page.inputValue("#input-left")).length, big.length);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
