// A bundler import: the "default" export condition picks the bundler build, which webpack 5
// instantiates with `experiments.asyncWebAssembly`.
import { diff } from "claimdiff";
import { LEFT, RIGHT, summary } from "../articles.js";

document.getElementById("out").textContent = summary(diff(LEFT, RIGHT, { clean: false }));
