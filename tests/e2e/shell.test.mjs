import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./browser.mjs";

test("pasted text shows its sentences", async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    await page.fill("#input", "Mr. Vance met U.S. officials on Jan. 3. They agreed! Talks end Friday.");
    await page.waitForFunction(() => document.querySelectorAll("#sentences li").length > 0);
    const items = await page.locator("#sentences li").allTextContents();
    assert.deepEqual(items, [
      "Mr. Vance met U.S. officials on Jan. 3.",
      "They agreed!",
      "Talks end Friday.",
    ]);
    assert.equal(await page.textContent("#status"), "3 sentences");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
