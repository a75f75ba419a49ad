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

test("files dropped or opened fill a pane; swap and example undo keep the user's text", async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    // Drop a .txt file on the left pane.
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["Dropped text. It has two sentences."], "dropped.txt", { type: "text/plain" }));
      return dt;
    });
    await page.dispatchEvent("#pane-left", "dragover", { dataTransfer });
    await page.dispatchEvent("#pane-left", "drop", { dataTransfer });
    await page.waitForFunction(() => document.getElementById("input-left").value.startsWith("Dropped"));
    assert.equal(await page.textContent("#source-left"), "dropped.txt");
    // Open a file with the right pane's file button.
    await page.setInputFiles("#file-right", { name: "opened.txt", mimeType: "text/plain", buffer: Buffer.from("Opened text.") });
    await page.waitForFunction(() => document.getElementById("input-right").value === "Opened text.");
    // A file that is not text is refused with a message.
    await page.setInputFiles("#file-right", { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50]) });
    assert.match(await page.textContent("#error-text"), /not a text file/);
    assert.equal(await page.inputValue("#input-right"), "Opened text.");
    // Swap.
    await page.click("#swap");
    assert.equal(await page.inputValue("#input-left"), "Opened text.");
    assert.equal(await page.textContent("#source-right"), "dropped.txt");
    // Loading an example over the user's texts offers Undo, which brings them back.
    await page.click("#examples-button");
    await page.click('#examples-list button[data-sample="wildfire"]');
    await page.waitForSelector("#status button");
    assert.match(await page.inputValue("#input-left"), /MOUNTAIN WEST HERALD/);
    await page.click("#status button");
    assert.equal(await page.inputValue("#input-left"), "Opened text.");
    assert.equal(await page.inputValue("#input-right"), "Dropped text. It has two sentences.");
    // The examples menu is keyboard-usable: Escape closes it and returns focus.
    await page.focus("#examples-button");
    await page.keyboard.press("Enter");
    assert.equal(await page.getAttribute("#examples-button", "aria-expanded"), "true");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Escape");
    assert.ok(await page.isHidden("#examples-list"));
    assert.equal(await page.evaluate(() => document.activeElement.id), "examples-button");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
