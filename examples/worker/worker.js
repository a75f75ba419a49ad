// Module workers cannot use the page's import map, so import the package by path.
import init, { diff } from "../node_modules/claimdiff/web/claimdiff.js";
import { summary } from "../articles.js";

const ready = init();
self.onmessage = async ({ data }) => {
  await ready;
  try {
    self.postMessage(summary(diff(data.left, data.right, { clean: false })));
  } catch (err) {
    self.postMessage(`error: ${err.message}`);
  }
};
