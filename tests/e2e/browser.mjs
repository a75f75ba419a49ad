// Shared set-up for the page tests: Debian's Chromium through playwright-core (no browser
// download), the page served from www/ on localhost.
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Headless, and without the background connections a closed network would refuse.
export const LAUNCH_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export async function openPage() {
  const { server, url } = await serve(0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: LAUNCH_ARGS,
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  const close = async () => {
    await browser.close();
    server.close();
  };
  return { browser, context, page, url, errors, close };
}
