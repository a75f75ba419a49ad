// Bundles entry.js with webpack 5 into dist/ (open index.html to run it).
import webpack from "webpack";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const compiler = webpack({
  mode: "production",
  context: here,
  entry: "./entry.js",
  output: { path: here + "dist", filename: "bundle.js", publicPath: "auto" },
  experiments: { asyncWebAssembly: true },
  performance: { hints: false },
});
compiler.run((err, stats) => {
  if (err || stats.hasErrors()) {
    console.error(err ?? stats.toString("errors-only"));
    process.exit(1);
  }
  console.log("bundled", Object.keys(stats.compilation.assets).sort().join(" "));
});
