// Pasted texts survive a reload and are never lost to an error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, readSample, waitForResult } from "./browser.mjs";

test("texts survive a reload, and the comparison comes back", async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    const left = await readSample("wildfire-herald.txt");
    const right = "Ünïcödé — “quotes”, emoji 🔥 and\nline breaks\n\nkept exactly.";
    await page.fill("#input-left", left);
    await page.fill("#input-right", right);
    await page.reload();
    assert.equal(await page.inputValue("#input-left"), left);
    assert.equal(await page.inputValue("#input-right"), right);
    // With both panes filled the page compares again on load.
    await waitForResult(page);
    assert.ok(await page.locator("#diff > .row").count() > 0);
    // Clear empties a pane, and that is kept too.
    await page.click("#clear-right");
    await page.reload();
    assert.equal(await page.inputValue("#input-right"), "");
    assert.equal(await page.inputValue("#input-left"), left);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("an error from the core is shown as a message and the texts stay", async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    // Over the engine's 5 MiB input limit.
    const big = "The council met again today and nothing was decided. ".repeat(110_000);
    const small = "The council met today.";
    await page.fill("#input-left", big);
    await page.fill("#input-right", small);
    await page.click("#compare");
    await page.waitForSelector("#error:not([hidden])", { timeout: 60_000 });
    const message = await page.textContent("#error-text");
    assert.match(message, /^The comparison failed\. /);
    assert.match(message, /too large|limit|bytes/i);
    assert.doesNotMatch(message, /undefined|\[object/);
    assert.equal(await page.inputValue("#input-left"), big);
    assert.equal(await page.inputValue("#input-right"), small);
    assert.ok(!(await page.isDisabled("#compare")), "the page is usable again");
    // A good comparison afterwards works and clears the message.
    await page.fill("#input-left", "The council met today. It voted 7-4.");
    await page.click("#compare");
    await waitForResult(page);
    assert.ok(await page.isHidden("#error"));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("a trapped engine is replaced by a fresh worker", async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    const trap = await page.evaluate(() => window.__claimdiffEngine.request("test-trap").then(
      () => "no error", (e) => ({ fatal: e.fatal, message: e.message })));
    assert.equal(trap.fatal, true);
    assert.match(trap.message, /crashed.*restarted/);
    await page.fill("#input-left", "The ferry left at noon. It carried 212 people.");
    await page.fill("#input-right", "The ferry left at noon. It carried 212 people.");
    await page.click("#compare");
    await waitForResult(page);
    const result = await page.evaluate(() => window.__claimdiffLast);
    assert.equal(result.claims.left.length, 2);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
