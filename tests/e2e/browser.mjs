// Shared set-up for the page tests: Debian's Chromium through playwright-core (no browser
// download), the page served from www/ on localhost.
import { chromium } from "playwright-core";
import { readFile } from "node:fs/promises";
import { serve } from "../../scripts/serve.mjs";
import assert from "node:assert/strict";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Headless, and without the background connections a closed network would refuse.
export const LAUNCH_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/**
 * Opens the page's server and a fresh browser. `options` (all optional) go to
 * browser.newContext(): e.g. { viewport: { width: 390, height: 844 }, colorScheme: "dark" }.
 * `requests` records the URL of every request the page (and its worker) makes.
 */
export async function openPage(options = {}) {
  const { server, url } = await serve(0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: LAUNCH_ARGS,
  });
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  const close = async () => {
    await browser.close();
    server.close();
  };
  return { browser, context, page, url, errors, requests, close };
}

const SAMPLES = new URL("../../www/samples/", import.meta.url);

export function readSample(file) {
  return readFile(new URL(file, SAMPLES), "utf8");
}

/** Waits until the page has finished rendering a comparison. */
export async function waitForResult(page, timeout = 60_000) {
  await page.waitForSelector("#results[data-state=done]", { timeout });
}

/** Pastes two texts into the panes and compares them with the keyboard shortcut. */
export async function compareTexts(page, left, right, timeout) {
  await page.fill("#input-left", left);
  await page.fill("#input-right", right);
  await page.evaluate(() => { document.getElementById("results").dataset.state = "waiting"; });
  await page.focus("#input-right");
  await page.keyboard.press("Control+Enter");
  await waitForResult(page, timeout);
}

/** Loads an example pair through the Examples menu and waits for its comparison. */
export async function loadExample(page, id) {
  await page.evaluate(() => { document.getElementById("results").dataset.state = "waiting"; });
  await page.click("#examples-button");
  await page.click(`#examples-list button[data-sample="${id}"]`);
  await waitForResult(page);
}

/** The claim diff computed by the wasm directly on the page's main thread, independent of the worker. */
export function engineDiff(page, left, right, options) {
  return page.evaluate(async ([l, r, o]) => {
    const mod = await import("./pkg/claimdiff.js");
    await mod.default();
    return mod.diff(l, r, o ?? undefined);
  }, [left, right, options ?? null]);
}

/** Presses "Show more" under the claims until every row is rendered. */
export async function showAllRows(page) {
  while (await page.locator("#diff > .more button").count()) {
    await page.click("#diff > .more button");
  }
}

/**
 * Starts a main-thread heartbeat in the page: `window.__beat.maxGap` is the longest gap
 * between 10 ms timer callbacks, `window.__beat.longest` the longest "longtask" entry.
 */
export function startHeartbeat(page) {
  return page.evaluate(() => {
    const beat = { last: performance.now(), maxGap: 0, longest: 0, running: true };
    window.__beat = beat;
    const tick = () => {
      const now = performance.now();
      beat.maxGap = Math.max(beat.maxGap, now - beat.last);
      beat.last = now;
      if (beat.running) setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) beat.longest = Math.max(beat.longest, e.duration);
    }).observe({ type: "longtask", buffered: false });
  });
}

/** A deterministic pseudo-random source: `rand(n)` is an integer in 0..n. */
export function seededRandom(seed) {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

const WHO = ["The council", "The harbour authority", "A spokesperson for the operator", "Residents of Kell Island", "The regional health board", "Inspectors", "The mayor's office", "Local traders"];
const DID = ["reported", "confirmed", "estimated", "denied", "announced", "disputed", "questioned", "welcomed"];
const WHAT = ["repairs to the north pier", "a new timetable for the winter crossing", "the cost of the fog warning system", "delays on the coastal road", "the closure of the old terminal", "a review of safety drills", "plans for a second berth", "the number of passengers on board"];
const WHEN = ["on Monday", "last week", "in March", "after the storm", "before the inquiry", "this year", "in 2019", "overnight"];

/** One sentence of varied, article-like prose about `item`, drawn from `rand`. */
export function proseSentence(rand, item) {
  return `${WHO[rand(WHO.length)]} ${DID[rand(DID.length)]} ${WHAT[rand(WHAT.length)]} ${WHEN[rand(WHEN.length)]}, citing ${rand(900) + 10} cases and ${rand(90) + 2} per cent of item ${item}.`;
}

/** Markup that sets `window.__xss` (and requests `/x`) if the page ever renders it as HTML. */
export const IMG = "<img src=x onerror=window.__xss=1>";
export const SCRIPT = "<script>window.__xss=1</script>";

/**
 * Asserts that pasted markup stayed text: after giving any injected handler a moment, no
 * handler ran, no element matching `selector` exists, and the img's source was never asked for.
 */
export async function assertMarkupInert(page, requests, selector) {
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator(selector).count(), 0);
  assert.ok(!requests.some((u) => new URL(u).pathname === "/x"), "the img was never loaded");
}
