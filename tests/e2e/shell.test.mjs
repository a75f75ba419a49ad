import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./browser.mjs";

test("pasted text shows its sentence count, computed in the worker", async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    await page.fill("#input-left", "Mr. Vance met U.S. officials on Jan. 3. They agreed! Talks end Friday.");
    await page.waitForFunction(() => /sentences/.test(document.getElementById("count-left").textContent));
    assert.match(await page.textContent("#count-left"), /^3 sentences · 70 characters/);
    assert.equal(await page.textContent("#count-right"), "Empty");
    // Empty state explains what to do; Compare with one empty pane says which one.
    assert.ok(await page.isVisible("#empty-state"));
    await page.click("#compare");
    assert.match(await page.textContent("#error-text"), /right pane is empty/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
