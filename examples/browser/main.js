// Browser ES module: the web build fetches its .wasm when init() is called.
import init, { diff } from "claimdiff/web";
import { LEFT, RIGHT, summary } from "../articles.js";

await init();
document.getElementById("out").textContent = summary(diff(LEFT, RIGHT, { clean: false }));
