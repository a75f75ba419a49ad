// The page stays responsive: the diff runs in a module worker.
import { LEFT, RIGHT } from "../articles.js";

const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => {
  document.getElementById("out").textContent = event.data;
};
worker.postMessage({ left: LEFT, right: RIGHT });
