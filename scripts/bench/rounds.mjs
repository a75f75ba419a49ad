// Joins the rounds of a benchmark run: OUT/rounds/native-R.json and wasm-R.json become
// OUT/native.json and OUT/wasm.json holding, per case, the round with the lowest median
// (`roundsMs` lists every round's median, in order, and `roundsFirstMs` every round's first
// call). Rounds alternate native and wasm, so each engine meets the machine in its fast and
// slow spells alike; on a shared 2-core machine one case's median moved 2x between runs a
// minute apart, within a run far less.
// Usage: node scripts/bench/rounds.mjs OUT
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

const out = resolve(process.argv[2] ?? "");
const dir = join(out, "rounds");
const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();

for (const engine of ["native", "wasm"]) {
  const rounds = [];
  for (const f of files.filter((f) => f.startsWith(`${engine}-`))) {
    rounds.push(JSON.parse(await readFile(join(dir, f), "utf8")));
  }
  if (!rounds.length) continue;
  const merged = { ...rounds[0], rounds: rounds.length, cases: fastest(rounds, "cases", "medianMs") };
  if (rounds[0].cold) merged.cold = fastest(rounds, "cold", "firstMs");
  await writeFile(join(out, `${engine}.json`), JSON.stringify(merged, null, 2) + "\n");
}

/** Per id (in the first round's order), the entry with the lowest `key`, plus each round's
 * `key` (`roundsMs`) and first call (`roundsFirstMs`). */
function fastest(rounds, list, key) {
  return rounds[0][list].map(({ id }) => {
    const entries = rounds.map((r) => r[list].find((c) => c.id === id)).filter(Boolean);
    const timed = entries.filter((c) => c[key] != null && !c.error);
    const best = timed.length ? timed.reduce((a, b) => (b[key] < a[key] ? b : a)) : entries[0];
    const each = (k) => entries.map((c) => c[k] ?? null);
    return { ...best, roundsMs: each(key), roundsFirstMs: each("firstMs") };
  });
}
