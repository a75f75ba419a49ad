// The claims view against the engine's own answer: counts, one row per pair or one-sided
// claim, conflict highlights, filters, word diff, partner navigation and exports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openPage, readSample, compareTexts, loadExample, engineDiff, showAllRows } from "./browser.mjs";

const PAIRS = [
  ["ferry-wire.txt", "ferry-daily.txt"],
  ["budget-courier.txt", "budget-kvbr.txt"],
  ["wildfire-herald.txt", "wildfire-krnv.txt"],
];

function expectedCounts(result) {
  return {
    all: result.pairs.length + result.leftOnly.length + result.rightOnly.length,
    same: result.pairs.filter((p) => p.relation === "same").length,
    differs: result.pairs.filter((p) => p.relation === "differs").length,
    left: result.leftOnly.length,
    right: result.rightOnly.length,
  };
}

/** The summary bar's numbers, read from the page. */
function shownCounts(page) {
  return page.$$eval("#summary button[data-filter]", (buttons) => Object.fromEntries(
    buttons.map((b) => [b.dataset.filter, Number(b.querySelector(".chip-count").textContent)])));
}

/** Every row: kind, pair index, and the claim ids in each cell. */
function shownRows(page) {
  return page.$$eval("#diff > .row", (rows) => rows.map((row) => ({
    kind: row.dataset.kind,
    pair: row.dataset.pair === undefined ? null : Number(row.dataset.pair),
    left: [...row.querySelectorAll('.claim[data-side="left"]')].map((c) => Number(c.dataset.id)),
    right: [...row.querySelectorAll('.claim[data-side="right"]')].map((c) => Number(c.dataset.id)),
    leftMarks: [...row.querySelectorAll('.cell-left mark.conflict')].map((m) => ({ k: Number(m.dataset.conflict), text: m.textContent })),
    rightMarks: [...row.querySelectorAll('.cell-right mark.conflict')].map((m) => ({ k: Number(m.dataset.conflict), text: m.textContent })),
  })));
}

for (const [leftFile, rightFile] of PAIRS) {
  test(`${leftFile} vs ${rightFile}: summary and rows match the engine's result`, async () => {
    const { page, url, errors, close } = await openPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(url);
      const [left, right] = await Promise.all([readSample(leftFile), readSample(rightFile)]);
      await compareTexts(page, left, right);

      // The engine, called directly on the main thread, independent of the worker's answer.
      const direct = await engineDiff(page, left, right);
      const shown = await page.evaluate(() => window.__claimdiffLast);
      assert.deepEqual(shown, direct, "the worker returns what the wasm returns");
      const want = expectedCounts(direct);
      assert.deepEqual(await shownCounts(page), want);

      // One row per pair and per one-sided claim; every claim shown exactly once.
      await showAllRows(page);
      const rows = await shownRows(page);
      assert.equal(rows.length, want.all);
      const leftIds = rows.flatMap((r) => r.left).sort((a, b) => a - b);
      const rightIds = rows.flatMap((r) => r.right).sort((a, b) => a - b);
      assert.deepEqual(leftIds, direct.claims.left.map((c) => c.id));
      assert.deepEqual(rightIds, direct.claims.right.map((c) => c.id));
      for (const row of rows) {
        if (row.pair === null) {
          assert.ok(row.kind === "left" ? row.right.length === 0 : row.left.length === 0);
          continue;
        }
        const pair = direct.pairs[row.pair];
        assert.equal(row.kind, pair.relation);
        assert.deepEqual(row.left, [...pair.left].sort((a, b) => a - b));
        assert.deepEqual(row.right, [...pair.right].sort((a, b) => a - b));
      }
      // Rows follow the left article's order.
      const firstLeft = rows.filter((r) => r.left.length).map((r) => r.left[0]);
      assert.deepEqual(firstLeft, [...firstLeft].sort((a, b) => a - b));

      // Each conflict of each pair is highlighted on both sides with its own text.
      for (const row of rows) {
        const conflicts = row.pair === null ? [] : direct.pairs[row.pair].conflicts;
        assert.equal(row.leftMarks.length, conflicts.length, `left highlights of pair ${row.pair}`);
        assert.equal(row.rightMarks.length, conflicts.length, `right highlights of pair ${row.pair}`);
        conflicts.forEach((c, k) => {
          assert.equal(row.leftMarks.find((m) => m.k === k)?.text.toLowerCase(), c.left.toLowerCase());
          assert.equal(row.rightMarks.find((m) => m.k === k)?.text.toLowerCase(), c.right.toLowerCase());
        });
      }
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

// The ferry pair's first paragraph says a two-day closure; the other outlet says three days.
test("ferry example: the closure duration conflict is highlighted on both sides", async () => {
    const { page, url, close } = await openPage();
    try {
      await page.goto(url);
      await loadExample(page, "ferry");
      const row = page.locator("#diff > .row", { hasText: "two-day closure" });
      assert.equal(await row.count(), 1);
      assert.equal(await row.getAttribute("data-kind"), "differs");
      assert.match(await row.locator(".cell-left mark.conflict").first().textContent(), /^two-day$/i);
      assert.match(await row.locator(".cell-right mark.conflict").first().textContent(), /^three days?$|^three-day$/i);
      assert.match(await row.locator(".cell-mid .badge").textContent(), /differs/);
    } finally {
      await close();
    }
  });

test("summary items filter the rows; word diff opens on demand; a claim leads to its partner", async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    await loadExample(page, "ferry");
    const result = await page.evaluate(() => window.__claimdiffLast);
    const want = expectedCounts(result);
    for (const kind of ["same", "differs", "left", "right"]) {
      await page.click(`#summary button[data-filter="${kind}"]`);
      await showAllRows(page);
      assert.equal(await page.getAttribute(`#summary button[data-filter="${kind}"]`, "aria-pressed"), "true");
      const visible = await page.$$eval("#diff > .row", (rows) => rows.filter((r) => r.offsetParent !== null).map((r) => r.dataset.kind));
      assert.equal(visible.length, want[kind], `rows shown for ${kind}`);
      assert.ok(visible.every((k) => k === kind));
    }
    // Pressing the pressed item again shows everything.
    await page.click('#summary button[data-filter="right"]');
    await showAllRows(page);
    const all = await page.$$eval("#diff > .row", (rows) => rows.filter((r) => r.offsetParent !== null).length);
    assert.equal(all, want.all);

    // Word diff of the first pair, from the pair's diff ops.
    const first = page.locator("#diff > .row[data-pair]").first();
    const pairIndex = Number(await first.getAttribute("data-pair"));
    const toggle = first.locator("button.word-diff-toggle");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    const ops = result.pairs[pairIndex].diff;
    if (ops.length) {
      // Without the inserts the diff spells the left claim's text, without the deletes the right's.
      const sides = await first.locator(".word-diff-text").evaluate((p) => {
        const text = (skip) => [...p.childNodes].filter((n) => n.nodeName !== skip).map((n) => n.textContent).join("");
        return { left: text("INS"), right: text("DEL"), dels: p.querySelectorAll("del").length, inss: p.querySelectorAll("ins").length };
      });
      assert.equal(sides.left, ops.filter((o) => o.op !== "insert").map((o) => o.text).join(""));
      assert.equal(sides.right, ops.filter((o) => o.op !== "delete").map((o) => o.text).join(""));
      assert.equal(sides.dels > 0, ops.some((o) => o.op === "delete"));
      assert.equal(sides.inss > 0, ops.some((o) => o.op === "insert"));
    }
    await toggle.click();
    assert.ok(await first.locator(".word-diff").isHidden());

    // The claim's id button flashes and focuses the partner.
    await first.locator('.claim[data-side="left"] button.claim-id').click();
    const focused = await page.evaluate(() => document.activeElement.closest(".claim")?.dataset.side);
    assert.equal(focused, "right");
    assert.equal(await first.locator('.claim[data-side="right"].flash').count(), result.pairs[pairIndex].right.length);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("exports: JSON is the engine's result, Markdown is a readable report", async () => {
  const { page, url, close } = await openPage();
  try {
    await page.goto(url);
    await loadExample(page, "budget");
    const result = await page.evaluate(() => window.__claimdiffLast);
    const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
    assert.match(jsonDownload.suggestedFilename(), /^claimdiff-.*\.json$/);
    assert.deepEqual(JSON.parse(await readFile(await jsonDownload.path(), "utf8")), result);
    const [mdDownload] = await Promise.all([page.waitForEvent("download"), page.click("#export-md")]);
    assert.match(mdDownload.suggestedFilename(), /\.md$/);
    const md = await readFile(await mdDownload.path(), "utf8");
    const c = expectedCounts(result);
    assert.match(md, /^# claimdiff report/);
    assert.ok(md.includes(`| ${c.same} | ${c.differs} | ${c.left} | ${c.right} |`));
    assert.ok(md.includes(`## Claims that differ (${c.differs})`));
    for (const pair of result.pairs) for (const k of pair.conflicts) assert.ok(md.includes(k.kind));
  } finally {
    await close();
  }
});

test("cleanup view shows title, byline, date and body, and the dropped lines with reasons", async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    await loadExample(page, "ferry");
    const result = await page.evaluate(() => window.__claimdiffLast);
    await page.click("#tab-clean");
    const left = page.locator(".article-left");
    assert.equal(await left.locator(".article-title").textContent(), result.left.title ?? "No title found");
    assert.equal(await left.locator(".article-body > *").count(), result.left.paragraphs.length);
    if (result.left.byline) assert.ok((await left.locator(".article-meta").textContent()).includes(result.left.byline));
    await page.check("#show-dropped");
    const lines = await left.locator(".line").count();
    assert.equal(lines, result.left.lines.length);
    const dropped = result.left.lines.filter((l) => !["title", "dek", "byline", "date", "heading", "body"].includes(l.role));
    assert.equal(await left.locator(".line-dropped").count(), dropped.length);
    if (dropped.length) {
      const first = left.locator(".line-dropped").first();
      assert.equal(await first.locator(".line-text").textContent(), dropped[0].text);
      const why = await first.locator(".line-why").textContent();
      assert.match(why, /^dropped: /);
      if (dropped[0].reason !== dropped[0].role) assert.ok(why.includes(dropped[0].reason.replaceAll("-", " ")));
    }
    // Keyboard: arrow keys move between tabs.
    await page.focus("#tab-clean");
    await page.keyboard.press("ArrowLeft");
    assert.equal(await page.getAttribute("#tab-claims", "aria-selected"), "true");
    assert.ok(await page.isVisible("#view-claims"));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("options reach the engine: skip cleanup, and a threshold only once the user sets one", async () => {
  const { page, url, errors, close } = await openPage();
  try {
    await page.goto(url);
    const [left, right] = await Promise.all([readSample("budget-courier.txt"), readSample("budget-kvbr.txt")]);
    await page.click(".options summary");
    await page.check("#opt-no-clean");
    await compareTexts(page, left, right);
    assert.deepEqual(await page.evaluate(() => window.__claimdiffLast), await engineDiff(page, left, right, { clean: false }));
    await page.uncheck("#opt-no-clean");
    assert.ok(await page.isVisible("#stale"), "changed options mark the result as stale");
    await page.fill("#opt-threshold", "0.6");
    assert.equal(await page.textContent("#opt-threshold-value"), "0.60");
    await compareTexts(page, left, right);
    assert.deepEqual(await page.evaluate(() => window.__claimdiffLast), await engineDiff(page, left, right, { threshold: 0.6 }));
    await page.click("#opt-threshold-reset");
    assert.equal(await page.textContent("#opt-threshold-value"), "default");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
