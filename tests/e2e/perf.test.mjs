// A 2 MB paste is compared without the page's main thread ever blocking for long.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, proseSentence, readSample, seededRandom, startHeartbeat } from "./browser.mjs";

/** About `bytes` of varied, article-like prose (deterministic). */
function bigArticle(bytes, seed) {
  const rand = seededRandom(seed);
  const paras = [];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const sentences = [];
    for (let s = 0; s < 4; s++) sentences.push(proseSentence(rand, ++n));
    const para = sentences.join(" ");
    paras.push(para);
    size += para.length + 2;
  }
  return paras.join("\n\n");
}

test("a 2 MB paste completes and the main thread never blocks > 200 ms", { timeout: 240_000 }, async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById("results").dataset.state === "empty");
    const left = bigArticle(2 * 1024 * 1024, 7);
    const right = `${await readSample("ferry-daily.txt")}\n\n${bigArticle(256 * 1024, 11)}`;
    await page.evaluate(([l, r]) => { window.__texts = [l, r]; }, [left, right]);
    // Heartbeat: the longest gap between timer callbacks, plus the longest "longtask".
    await startHeartbeat(page);
    // Paste the way a browser does: a paste event carrying the clipboard's text.
    await page.evaluate(() => {
      ["input-left", "input-right"].forEach((id, i) => {
        const el = document.getElementById(id);
        el.focus();
        const data = new DataTransfer();
        data.setData("text/plain", window.__texts[i]);
        el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      });
    });
    await page.waitForFunction(() => /sentences/.test(document.getElementById("count-left").textContent), null, { timeout: 60_000 });
    const t0 = Date.now();
    await page.click("#compare");
    await page.waitForSelector("#results[data-state=done]", { timeout: 200_000 });
    const elapsed = Date.now() - t0;
    // The rows render a batch at a time: the next batch comes with "Show more" or scrolling.
    const first = await page.locator("#diff > .row").count();
    await page.click("#diff > .more button");
    await page.waitForFunction((n) => document.querySelectorAll("#diff > .row").length > n, first);
    await page.locator("#diff > .row").last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const beat = await page.evaluate(() => {
      window.__beat.running = false;
      return window.__beat;
    });
    const result = await page.evaluate(() => {
      const r = window.__claimdiffLast;
      return {
        left: r.claims.left.length,
        leftChars: r.left.textContent.length,
        rows: r.pairs.length + r.leftOnly.length + r.rightOnly.length,
        pairs: r.pairs.length, leftOnly: r.leftOnly.length, rightOnly: r.rightOnly.length,
      };
    });
    const later = await page.locator("#diff > .row").count();
    console.log(`# 2 MB: ${result.left} left claims, ${result.rows} rows in ${elapsed} ms; rows shown ${first} then ${later}; longest gap ${beat.maxGap.toFixed(0)} ms, longest task ${beat.longest.toFixed(0)} ms`);
    assert.ok(result.leftChars > 1_900_000, "the whole pasted text was compared, not the preview");
    assert.ok(result.left > 10_000, `a big article: ${result.left} claims`);
    assert.ok(first > 0 && later > first && later <= result.rows);
    const chips = await page.$$eval("#summary .chip-count", (c) => c.map((x) => Number(x.textContent)));
    assert.equal(chips[0], result.rows);
    assert.equal(chips[1] + chips[2], result.pairs);
    assert.deepEqual(chips.slice(3), [result.leftOnly, result.rightOnly]);
    assert.ok(beat.maxGap < 200, `main thread blocked ${beat.maxGap.toFixed(0)} ms`);
    assert.ok(beat.longest < 200, `a long task took ${beat.longest.toFixed(0)} ms`);
    // The pane shows a preview of the large text and keeps the whole text.
    assert.ok(await page.isVisible("#large-left"));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
