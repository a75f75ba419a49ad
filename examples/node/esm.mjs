// Node.js, ES modules: the "node" export condition picks the nodejs build.
import { diff } from "claimdiff";
import { LEFT, RIGHT, summary } from "../articles.js";

// The examples' texts are already clean: skip cleanup, every line is body.
console.log(summary(diff(LEFT, RIGHT, { clean: false })));
