// Screenshots of the diff view, light and dark, wide and narrow, saved for people to look at:
// test-results/screenshots/ (gitignored).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { openPage, loadExample } from "./browser.mjs";

const OUT = new URL("../../test-results/screenshots/", import.meta.url);

const VIEWS = [
  { name: "wide", viewport: { width: 1280, height: 900 } },
  { name: "narrow", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

for (const scheme of ["light", "dark"]) {
  for (const { name, ...view } of VIEWS) {
    test(`screenshot: diff view, ${scheme}, ${name}`, async () => {
      await mkdir(OUT, { recursive: true });
      const { page, url, errors, close } = await openPage({ ...view, colorScheme: scheme });
      try {
        await page.goto(url);
        await loadExample(page, "ferry");
        // Open the word diff of the first differing pair so it shows too.
        const differs = page.locator('#diff > .row[data-kind="differs"] button.word-diff-toggle').first();
        if (await differs.count()) await differs.click();
        await page.locator("#results").scrollIntoViewIfNeeded();
        const path = new URL(`diff-${scheme}-${name}.png`, OUT).pathname;
        await page.screenshot({ path, fullPage: true });
        // And the top of the results at readable size.
        const top = await page.evaluate(() => document.getElementById("results").getBoundingClientRect().top + window.scrollY);
        await page.screenshot({
          path: new URL(`diff-${scheme}-${name}-results.png`, OUT).pathname,
          fullPage: true, clip: { x: 0, y: top, width: view.viewport.width, height: 1100 },
        });
        // Nothing wider than the window (no sideways scrolling on a phone).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page is ${overflow}px wider than the window`);
        if (name === "wide") {
          await page.click("#tab-clean");
          await page.check("#show-dropped");
          await page.screenshot({ path: new URL(`clean-${scheme}-${name}.png`, OUT).pathname, fullPage: true });
        }
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }
}
