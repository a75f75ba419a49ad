// The Examples menu: sample pairs and groups listed in samples/index.json, fetched from the
// page's own origin only.
const BASE = new URL("./samples/", import.meta.url);

/** Resolves to { pairs, groups }: pairs have `left` and `right`, groups have `articles`. */
export async function listSamples() {
  const res = await fetch(new URL("index.json", BASE));
  if (!res.ok) throw new Error(`could not load the list of examples (${res.status})`);
  const index = await res.json();
  return { pairs: index.pairs ?? [], groups: index.groups ?? [] };
}

async function fetchText(file) {
  const res = await fetch(new URL(file, BASE));
  if (!res.ok) throw new Error(`could not load ${file} (${res.status})`);
  return res.text();
}

export async function loadSample(pair) {
  const [left, right] = await Promise.all([pair.left, pair.right].map((side) => fetchText(side.file)));
  return { left, right };
}

/** The texts of a group's articles, in its order. */
export function loadGroup(group) {
  return Promise.all(group.articles.map((a) => fetchText(a.file)));
}
