// The Examples menu: sample pairs listed in samples/index.json, fetched from the page's own
// origin only.
const BASE = new URL("./samples/", import.meta.url);

export async function listSamples() {
  const res = await fetch(new URL("index.json", BASE));
  if (!res.ok) throw new Error(`could not load the list of examples (${res.status})`);
  const index = await res.json();
  return index.pairs ?? [];
}

export async function loadSample(pair) {
  const [left, right] = await Promise.all(
    [pair.left, pair.right].map(async (side) => {
      const res = await fetch(new URL(side.file, BASE));
      if (!res.ok) throw new Error(`could not load ${side.file} (${res.status})`);
      return res.text();
    }),
  );
  return { left, right };
}
