// The page: two or more input panes, the Compare action, the Examples menu and the result
// views (claims of a pair, the coverage matrix of many, the cleaned articles). All work on the
// texts runs in the engine worker; article text only ever reaches the DOM through textContent
// (see render/dom.js).
import { Engine } from "./engine.js";
import { load, save, loadJSON, saveJSON } from "./storage.js";
import { listSamples, loadSample, loadGroup } from "./samples.js";
import { download, toJSON, toMarkdown, baseName, coverageToMarkdown, coverageBaseName } from "./export.js";
import { renderDiff, installDiffInteractions, buildRows } from "./render/diff-view.js";
import { renderClean, renderCleanArticles } from "./render/clean-view.js";
import { renderMatrix, installMatrixInteractions, buildFactRows, articleLabel, RELATIONS } from "./render/matrix-view.js";
import { openReader, installReader } from "./render/reader.js";
import { el, plural, nextTask } from "./render/dom.js";

const $ = (id) => document.getElementById(id);
const MAX_FILE_BYTES = 5 * 1024 * 1024;
// Texts longer than this are kept in memory and shown as a read-only preview: a browser needs
// about a second to lay out 2 MB in a textarea, and would do it again on every page layout.
const LARGE_TEXT = 100_000;
const PREVIEW_CHARS = 6_000;
const SIDES = ["left", "right"];
// The "Compare many" mode: panes beyond the first two, keyed "3" to "10".
const MAX_PANES = 10;

const ui = {
  form: $("compare-form"),
  compare: $("compare"),
  cancel: $("cancel"),
  swap: $("swap"),
  status: $("status"),
  error: $("error"),
  errorText: $("error-text"),
  results: $("results"),
  empty: $("empty-state"),
  body: $("result-body"),
  stale: $("stale"),
  diff: $("diff"),
  summary: $("summary"),
  filterNote: $("filter-note"),
  clean: $("clean"),
  showDropped: $("show-dropped"),
  noClean: $("opt-no-clean"),
  threshold: $("opt-threshold"),
  thresholdValue: $("opt-threshold-value"),
  tabList: document.querySelector(".tabs"),
  tabs: [$("tab-claims"), $("tab-clean"), $("tab-matrix")],
  tabClaims: $("tab-claims"),
  tabClean: $("tab-clean"),
  tabMatrix: $("tab-matrix"),
  addPane: $("add-pane"),
  matrix: $("matrix"),
  matrixSummary: $("matrix-summary"),
  matrixNote: $("matrix-note"),
  matrixStatus: $("matrix-status"),
  reader: $("reader"),
  menuButton: $("examples-button"),
  menuList: $("examples-list"),
};
const panes = {};
/** The keys of the panes in order: "left", "right", then "3"... */
const paneOrder = [];

function paneRecord(key) {
  return {
    key,
    pane: $(`pane-${key}`),
    label: $(`label-${key}`),
    input: $(`input-${key}`),
    count: $(`count-${key}`),
    source: $(`source-${key}`),
    file: $(`file-${key}`),
    clear: $(`clear-${key}`),
    large: $(`large-${key}`),
    editFull: $(`edit-full-${key}`),
    text: "",
    preview: false,
    countSeq: 0,
    countTimer: 0,
    storageFull: false,
  };
}

const engine = new Engine();
const state = {
  result: null, // the last ClaimDiff
  resultTexts: null, // the texts it was computed from
  coverage: null, // the last Coverage
  coverageTexts: null, // { texts, names, opts } it was computed from
  mode: "pair", // what the result area shows: "pair" (a ClaimDiff) or "many" (a Coverage)
  names: loadJSON("names", { left: "", right: "" }),
  comparing: false,
  renderSeq: 0,
  matrixSeq: 0,
  matrix: null, // { coverage, names } the matrix shows
  cleanRendered: null,
  undo: null,
};

// Test and debugging hooks: the last results and the engine client.
Object.defineProperty(window, "__claimdiffLast", { get: () => state.result, configurable: true });
Object.defineProperty(window, "__claimdiffCoverage", { get: () => state.coverage, configurable: true });
window.__claimdiffEngine = engine;

// ---------------------------------------------------------------- inputs and storage

/** Wires a pane's input, paste, file, drop and clear handlers and shows its stored text. */
function wirePane(side) {
  const p = paneRecord(side);
  panes[side] = p;
  showText(side, load(`text-${side}`));
  p.input.addEventListener("input", () => {
    if (p.preview) return;
    p.text = p.input.value;
    setName(side, "");
    textChanged(side);
  });
  p.input.addEventListener("paste", (e) => {
    const pasted = e.clipboardData?.getData("text/plain") ?? "";
    if (!p.preview && pasted.length + p.input.value.length <= LARGE_TEXT) return; // the browser pastes
    e.preventDefault();
    const { selectionStart: a, selectionEnd: b, value } = p.input;
    // Pasting over a preview replaces the large text.
    setText(side, p.preview ? pasted : value.slice(0, a) + pasted + value.slice(b), "");
  });
  p.editFull.addEventListener("click", () => {
    showText(side, p.text, true);
    p.input.focus();
  });
  p.clear.addEventListener("click", () => {
    setText(side, "", "");
    p.input.focus();
  });
  p.file.addEventListener("change", async () => {
    const file = p.file.files?.[0];
    p.file.value = "";
    if (file) await readFileInto(side, file);
  });
  p.pane.addEventListener("dragover", (e) => {
    if (![...(e.dataTransfer?.types ?? [])].includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    p.pane.classList.add("drop-target");
  });
  p.pane.addEventListener("dragleave", (e) => {
    if (!p.pane.contains(e.relatedTarget)) p.pane.classList.remove("drop-target");
  });
  p.pane.addEventListener("drop", async (e) => {
    p.pane.classList.remove("drop-target");
    const file = e.dataTransfer?.files?.[0];
    if (!file) return; // dragged text: the textarea handles it
    e.preventDefault();
    await readFileInto(side, file);
  });
  showName(side);
  scheduleCount(side, 0);
}

/** Builds the DOM of an extra pane ("3" to "10"), like the two in index.html. */
function buildPane(key) {
  const n = Number(key);
  const section = el("section", { class: "pane pane-extra", id: `pane-${key}`, "aria-labelledby": `label-${key}` },
    el("div", { class: "pane-head" },
      el("label", { id: `label-${key}`, for: `input-${key}` }, `Article ${n}`),
      el("span", { class: "pane-source", id: `source-${key}` }),
      el("span", { class: "spacer" }),
      el("button", { type: "button", class: "btn btn-small pane-remove", id: `remove-${key}`, "aria-label": `Remove article ${n}`, title: "Remove this article" },
        el("span", { "aria-hidden": "true" }, "✕"), " Remove")),
    el("p", { class: "large-note", id: `large-${key}`, hidden: true },
      el("span", { class: "large-text" }), " ",
      el("button", { type: "button", class: "link-btn", id: `edit-full-${key}` }, "Edit the full text")),
    el("textarea", {
      id: `input-${key}`, class: "input", spellcheck: "false", autocomplete: "off", rows: "12",
      placeholder: "Paste another outlet's report of the same event here, or drop a .txt file.",
      "aria-describedby": `count-${key}`,
    }),
    el("div", { class: "pane-tools" },
      el("span", { class: "count", id: `count-${key}`, "aria-live": "polite" }, "Empty"),
      el("span", { class: "spacer" }),
      el("label", { class: "btn btn-small file-btn" }, "Open .txt…",
        el("input", { type: "file", class: "visually-hidden", id: `file-${key}`, accept: ".txt,.text,.md,text/plain" })),
      el("button", { type: "button", class: "btn btn-small", id: `clear-${key}` }, "Clear")));
  return section;
}

/** Adds a pane after the last one; returns its key, or null at the maximum. */
function addPane({ focus = false, persist = true } = {}) {
  if (paneOrder.length >= MAX_PANES) return null;
  const key = String(paneOrder.length + 1);
  const section = buildPane(key);
  ui.form.insertBefore(section, ui.form.querySelector(".actions"));
  paneOrder.push(key);
  wirePane(key);
  $(`remove-${key}`).addEventListener("click", () => removePane(key));
  if (persist) save("pane-count", String(paneOrder.length));
  updatePanes();
  if (focus) panes[key].input.focus();
  return key;
}

/** Removes a pane: the texts of the panes after it move up one, the last pane goes. */
function removePane(key, { quiet = false } = {}) {
  const i = paneOrder.indexOf(key);
  if (i < 2) return;
  const removedName = paneName(key);
  for (let j = i; j < paneOrder.length - 1; j++) {
    const from = paneOrder[j + 1];
    setText(paneOrder[j], getText(from), state.names[from] ?? "");
  }
  const last = paneOrder.pop();
  clearTimeout(panes[last].countTimer);
  panes[last].pane.remove();
  delete panes[last];
  save(`text-${last}`, "");
  if (state.names[last] !== undefined) {
    delete state.names[last];
    saveJSON("names", state.names);
  }
  save("pane-count", String(paneOrder.length));
  updatePanes();
  updateStale();
  if (quiet) return;
  setStatus(`Removed ${removedName}.`);
  (panes[paneOrder[i]] ?? panes[paneOrder[i - 1]]).input.focus();
}

/** Sets the number of panes (2 to 10), adding empty ones or removing the last ones. */
function setPaneCount(count) {
  count = Math.max(2, Math.min(MAX_PANES, count));
  while (paneOrder.length < count) addPane();
  while (paneOrder.length > count) removePane(paneOrder[paneOrder.length - 1], { quiet: true });
}

/** "left pane" / "right pane" with two panes, "article N" with more. */
function paneName(key) {
  const many = paneOrder.length > 2;
  const i = paneOrder.indexOf(key);
  return many || i >= 2 ? `article ${i + 1}` : `the ${key} pane`;
}

/** Labels, the Add button and the layout follow the number of panes. */
function updatePanes() {
  const many = paneOrder.length > 2;
  ui.form.classList.toggle("many", many);
  paneOrder.forEach((key, i) => {
    const p = panes[key];
    if (i < 2) p.label.textContent = many ? `Article ${i + 1}` : `${i === 0 ? "Left" : "Right"} article`;
  });
  ui.addPane.disabled = paneOrder.length >= MAX_PANES;
  ui.addPane.title = paneOrder.length >= MAX_PANES
    ? `At most ${MAX_PANES} articles`
    : "Add a pane for another article: with three or more, Compare shows the coverage matrix";
  ui.swap.hidden = many;
}

function setText(side, text, name) {
  showText(side, text);
  setName(side, name);
  textChanged(side);
}

/** Puts a text in a pane: in the textarea, or for a large text a read-only preview of it. */
function showText(side, text, full = false) {
  const p = panes[side];
  p.text = text;
  p.preview = !full && text.length > LARGE_TEXT;
  p.input.readOnly = p.preview;
  p.input.classList.toggle("preview", p.preview);
  p.large.hidden = !p.preview;
  if (p.preview) {
    p.input.value = `${text.slice(0, PREVIEW_CHARS)}\n…`;
    p.large.querySelector(".large-text").textContent =
      `Large text (${(text.length / 1e6).toFixed(1)} million characters): below is a preview of the start; the whole text is compared.`;
  } else {
    p.input.value = text;
  }
}

function getText(side) {
  return panes[side].text;
}

function setName(side, name) {
  if (state.names[side] === name) return;
  state.names[side] = name;
  saveJSON("names", state.names);
  showName(side);
}

function showName(side) {
  panes[side].source.textContent = state.names[side] ? state.names[side] : "";
}

function textChanged(side) {
  const p = panes[side];
  p.storageFull = !save(`text-${side}`, p.text);
  scheduleCount(side);
  updateStale();
}

async function readFileInto(side, file) {
  if (file.size > MAX_FILE_BYTES) {
    showError(`“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; claimdiff takes texts up to 5 MB.`);
    return;
  }
  const textLike = !file.type || file.type.startsWith("text/") || /\.(txt|text|md|markdown)$/i.test(file.name);
  if (!textLike) {
    showError(`“${file.name}” is not a text file (${file.type}). Save the page as plain text (.txt) and drop that.`);
    return;
  }
  try {
    const text = await file.text();
    setText(side, text, file.name);
    clearError();
    setStatus(`Loaded ${file.name} into ${paneName(side)}.`);
  } catch (err) {
    showError(`Could not read “${file.name}”: ${err.message}`);
  }
}

function scheduleCount(side, delay = 250) {
  const p = panes[side];
  clearTimeout(p.countTimer);
  p.countTimer = setTimeout(() => count(side), delay);
}

async function count(side) {
  const p = panes[side];
  const text = p.text;
  const seq = ++p.countSeq;
  const chars = text.length;
  const note = p.storageFull ? " · too large to keep after a reload" : "";
  if (!text.trim()) {
    p.count.textContent = `Empty${note}`;
    return;
  }
  try {
    const { result } = await engine.request("sentences", text);
    if (seq !== p.countSeq) return;
    p.count.textContent = `${plural(result.count, "sentence")} · ${chars.toLocaleString()} characters${note}`;
  } catch (err) {
    if (seq !== p.countSeq || err.cancelled) return;
    p.count.textContent = `${chars.toLocaleString()} characters${note}`;
  }
}

// ---------------------------------------------------------------- options

ui.noClean.checked = load("opt-no-clean") === "1";
// The threshold is sent only once the user sets it; otherwise the engine's default applies.
let threshold = load("opt-threshold", "");
if (threshold) ui.threshold.value = threshold;
showThreshold();
ui.noClean.addEventListener("change", () => {
  save("opt-no-clean", ui.noClean.checked ? "1" : "0");
  updateStale();
});
ui.threshold.addEventListener("input", () => {
  threshold = ui.threshold.value;
  save("opt-threshold", threshold);
  showThreshold();
  updateStale();
});
$("opt-threshold-reset").addEventListener("click", () => {
  threshold = "";
  save("opt-threshold", "");
  showThreshold();
  updateStale();
});
function showThreshold() {
  ui.thresholdValue.textContent = threshold ? Number(threshold).toFixed(2) : "default";
}
function options() {
  const opts = {};
  if (ui.noClean.checked) opts.clean = false;
  if (threshold) opts.threshold = Number(threshold);
  return opts;
}

// ---------------------------------------------------------------- compare

ui.form.addEventListener("submit", (e) => {
  e.preventDefault();
  compare();
});
document.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
    e.preventDefault();
    compare();
  } else if (e.key === "Escape" && !ui.menuList.hidden) {
    closeMenu(true);
  }
});
ui.cancel.addEventListener("click", () => engine.cancel());
ui.swap.addEventListener("click", () => {
  const [l, r] = [getText("left"), getText("right")];
  const [nl, nr] = [state.names.left, state.names.right];
  setText("left", r, nr);
  setText("right", l, nl);
  setStatus("Swapped the two articles.");
});
ui.addPane.addEventListener("click", () => {
  const key = addPane({ focus: true });
  if (key) setStatus(`Added article ${paneOrder.length}. With three or more articles, Compare shows the coverage matrix.`);
});
$("stale-compare").addEventListener("click", () => compare());
$("error-dismiss").addEventListener("click", clearError);

/** Compares the two panes (claims view), or with three or more the whole set (matrix). */
async function compare() {
  if (state.comparing) {
    setStatus("Still comparing… press Cancel to stop.");
    return;
  }
  if (paneOrder.length > 2) {
    await compareMany();
    return;
  }
  const left = getText("left");
  const right = getText("right");
  const missing = SIDES.filter((side) => !getText(side).trim());
  if (missing.length) {
    const which = missing.length === 2 ? "both panes are empty" : `the ${missing[0]} pane is empty`;
    showError(`Paste an article into each pane first: ${which}. Or load one from Examples.`);
    panes[missing[0]].input.focus();
    return;
  }
  const opts = options();
  await running(async () => {
    const { result, ms } = await engine.request("diff", left, right, opts);
    state.result = result;
    state.resultTexts = { left, right, opts: JSON.stringify(opts) };
    await showResult(result);
    setStatus(`Compared in ${formatMs(ms)}: ${plural(result.claims.left.length, "claim")} on the left, ${plural(result.claims.right.length, "claim")} on the right.`);
  });
}

/** The coverage matrix of every pane's article. */
async function compareMany() {
  const missing = paneOrder.filter((key) => !getText(key).trim());
  if (missing.length) {
    const list = missing.map((key) => `article ${paneOrder.indexOf(key) + 1}`);
    const which = list.length === 1 ? `${list[0]} is empty` : `${list.slice(0, -1).join(", ")} and ${list.at(-1)} are empty`;
    showError(`Paste an article into each pane first: ${which}. Remove the panes you do not need, or load an example.`);
    panes[missing[0]].input.focus();
    return;
  }
  const texts = paneOrder.map(getText);
  const names = paneOrder.map((key) => state.names[key] ?? "");
  const opts = options();
  await running(async () => {
    const { result, ms } = await engine.request("compare", texts, opts);
    state.coverage = result;
    state.coverageTexts = { texts, names, opts: JSON.stringify(opts) };
    await showCoverage(result, names);
    const claims = result.claims.reduce((n, list) => n + list.length, 0);
    setStatus(`Compared ${texts.length} articles in ${formatMs(ms)}: ${plural(claims, "claim")} in ${plural(result.facts.length, "fact")}.`);
  });
}

/** Runs one comparison with the busy state, the ticking status and the error handling. */
async function running(work) {
  clearError();
  state.comparing = true;
  setBusy(true);
  const started = performance.now();
  const ticker = setInterval(() => {
    if (!ui.status.textContent.startsWith("Receiving")) {
      setStatus(`Comparing… ${Math.round((performance.now() - started) / 1000)} s`);
    }
  }, 1000);
  setStatus("Comparing…");
  try {
    await work();
  } catch (err) {
    if (err.cancelled) {
      setStatus("Comparison cancelled.");
    } else {
      showError(`The comparison failed. ${err.message}`);
      setStatus("");
    }
    ui.results.dataset.state = ui.body.hidden ? "empty" : "done";
  } finally {
    clearInterval(ticker);
    state.comparing = false;
    setBusy(false);
    updateStale();
  }
}

function setBusy(busy) {
  ui.compare.disabled = busy;
  ui.compare.textContent = busy ? "Comparing…" : "Compare";
  ui.cancel.hidden = !busy;
  ui.results.setAttribute("aria-busy", String(busy));
  document.body.classList.toggle("busy", busy);
  if (busy) ui.results.dataset.state = "busy";
}

/** Which result the tabs show: the claims of a pair, or the matrix of many. */
function setMode(mode) {
  state.mode = mode;
  const many = mode === "many";
  ui.tabClaims.hidden = many;
  if (many) ui.tabList.prepend(ui.tabMatrix);
  else ui.tabList.append(ui.tabMatrix);
  ui.body.dataset.mode = mode;
  const selected = selectedTab();
  if (!selected || selected.hidden) selectTab(many ? ui.tabMatrix : ui.tabClaims);
}

function selectedTab() {
  return ui.tabs.find((tab) => tab.getAttribute("aria-selected") === "true");
}

async function showResult(result) {
  const seq = ++state.renderSeq;
  const isCurrent = () => seq === state.renderSeq;
  ui.empty.hidden = true;
  ui.body.hidden = false;
  state.cleanRendered = null;
  setMode("pair");
  $("diff-head-left").textContent = headName("left", result.left);
  $("diff-head-right").textContent = headName("right", result.right);
  const shown = selectedTab();
  // Each step in its own task: receiving the result, ordering the rows, building the first rows.
  await nextTask();
  if (!isCurrent()) return;
  const rows = buildRows(result);
  await nextTask();
  if (!isCurrent()) return;
  const names = Object.fromEntries(SIDES.map((side) => [side, state.names[side] || result[side].title || ""]));
  renderDiff({ list: ui.diff, summary: ui.summary, note: ui.filterNote, names }, result, rows);
  if (shown === ui.tabClean) showClean();
  if (shown === ui.tabMatrix) pairMatrix();
  // Let the first rows paint before reporting the result as shown.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (isCurrent()) ui.results.dataset.state = "done";
}

async function showCoverage(coverage, names) {
  const seq = ++state.renderSeq;
  const isCurrent = () => seq === state.renderSeq;
  ui.empty.hidden = true;
  ui.body.hidden = false;
  state.cleanRendered = null;
  if (ui.reader.open) ui.reader.close();
  setMode("many");
  if (selectedTab() !== ui.tabClean) selectTab(ui.tabMatrix);
  await nextTask();
  if (!isCurrent()) return;
  const rows = buildFactRows(coverage);
  await nextTask();
  if (!isCurrent()) return;
  drawMatrix(coverage, names, rows);
  if (selectedTab() === ui.tabClean) showClean();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (isCurrent()) ui.results.dataset.state = "done";
}

function drawMatrix(coverage, names, rows) {
  state.matrix = { coverage, names };
  ui.matrixStatus.hidden = true;
  renderMatrix({ table: ui.matrix, summary: ui.matrixSummary, note: ui.matrixNote, names, onOpen: openClaim }, coverage, rows);
}

/** On demand, the matrix of the two compared articles (the Matrix tab in the pair mode). */
async function pairMatrix() {
  const t = state.resultTexts;
  if (!t) return;
  const names = [state.names.left ?? "", state.names.right ?? ""];
  const c = state.coverageTexts;
  const fresh = c && c.texts.length === 2 && c.texts[0] === t.left && c.texts[1] === t.right && c.opts === t.opts;
  if (fresh) {
    if (state.matrix?.coverage !== state.coverage) drawMatrix(state.coverage, names, buildFactRows(state.coverage));
    return;
  }
  const seq = ++state.matrixSeq;
  ui.matrixStatus.hidden = false;
  ui.matrixStatus.textContent = "Building the matrix of the two articles…";
  ui.matrix.replaceChildren();
  ui.matrixSummary.replaceChildren();
  ui.matrixNote.hidden = true;
  try {
    const { result } = await engine.request("compare", [t.left, t.right], JSON.parse(t.opts));
    if (seq !== state.matrixSeq || state.resultTexts !== t) return;
    state.coverage = result;
    state.coverageTexts = { texts: [t.left, t.right], names, opts: t.opts };
    drawMatrix(result, names, buildFactRows(result));
  } catch (err) {
    if (seq === state.matrixSeq) ui.matrixStatus.textContent = err.cancelled ? "Cancelled." : `The matrix could not be built. ${err.message}`;
  }
}

/** A matrix cell: that article's claims of the fact, highlighted in its cleaned text. */
function openClaim(factIndex, articleIndex, from) {
  const m = state.matrix;
  const fact = m?.coverage.facts[factIndex];
  const statement = fact?.statements.find((s) => s.article === articleIndex);
  if (!statement) return;
  const n = m.coverage.articles.length;
  const name = articleLabel(m.coverage, m.names, articleIndex);
  const label = `Article ${articleIndex + 1}${name !== `Article ${articleIndex + 1}` ? ` · ${name}` : ""}`;
  const relation = RELATIONS[fact.relation]?.text ?? fact.relation;
  openReader(ui.reader, {
    label,
    article: m.coverage.articles[articleIndex],
    claims: m.coverage.claims[articleIndex] ?? [],
    ids: statement.claims,
    caption: `${statement.claims.length === 1 ? "Claim" : "Claims"} ${statement.claims.map((id) => id + 1).join(", ")} · fact ${fact.id + 1}: ${relation}, stated by ${fact.statements.length} of ${n}`,
    values: statement.values.map((v) => v.text),
  }, from);
}

function headName(side, article) {
  const label = side === "left" ? "Left" : "Right";
  const name = state.names[side] || article.title;
  return name ? `${label}: ${name}` : label;
}

function showClean() {
  const many = state.mode === "many";
  const result = many ? state.coverage : state.result;
  if (!result) return;
  const key = `${ui.showDropped.checked}`;
  if (state.cleanRendered?.result === result && state.cleanRendered.key === key) return;
  state.cleanRendered = { result, key };
  if (!many) {
    renderClean(ui.clean, result, { showDropped: ui.showDropped.checked, names: state.names });
    return;
  }
  const names = state.coverageTexts?.names ?? [];
  renderCleanArticles(ui.clean, result.articles.map((article, i) => ({
    key: `n${i + 1}`,
    label: `Article ${i + 1}${names[i] ? ` · ${names[i]}` : ""}`,
    name: `Article ${i + 1}`,
    article,
  })), { showDropped: ui.showDropped.checked });
}

ui.showDropped.addEventListener("change", () => {
  save("show-dropped", ui.showDropped.checked ? "1" : "0");
  showClean();
});
ui.showDropped.checked = load("show-dropped") === "1";

function updateStale() {
  let stale = false;
  const opts = JSON.stringify(options());
  if (state.comparing) {
    stale = false;
  } else if (state.mode === "many") {
    const t = state.coverageTexts;
    stale = !!t && (t.texts.length !== paneOrder.length || t.opts !== opts ||
      paneOrder.some((key, i) => getText(key) !== t.texts[i]));
  } else {
    const t = state.resultTexts;
    stale = !!t && (t.left !== getText("left") || t.right !== getText("right") || t.opts !== opts ||
      paneOrder.slice(2).some((key) => getText(key).trim()));
  }
  ui.stale.hidden = !stale;
}

function formatMs(ms) {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

// ---------------------------------------------------------------- messages

function setStatus(text) {
  ui.status.textContent = text;
}

function showError(message) {
  ui.errorText.textContent = message;
  ui.error.hidden = false;
}

function clearError() {
  ui.error.hidden = true;
  ui.errorText.textContent = "";
}

engine.onprogress = (fraction) => {
  if (state.comparing) setStatus(`Receiving the result… ${Math.round(fraction * 100)}%`);
};

// ---------------------------------------------------------------- tabs

for (const tab of ui.tabs) {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (e) => {
    // The visible tabs in their current order (the Matrix tab moves first with many articles).
    const tabs = [...ui.tabList.querySelectorAll('[role="tab"]')].filter((t) => !t.hidden);
    const i = tabs.indexOf(tab);
    const next = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: tabs.length - 1 - i }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = tabs[(i + next + tabs.length) % tabs.length];
    selectTab(target);
    target.focus();
  });
}

function selectTab(target) {
  for (const tab of ui.tabs) {
    const selected = tab === target;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(tab.getAttribute("aria-controls")).hidden = !selected;
  }
  if (target === ui.tabClean) showClean();
  if (target === ui.tabMatrix && state.mode === "pair") pairMatrix();
}

// ---------------------------------------------------------------- exports

$("export-json").addEventListener("click", () => {
  if (state.mode === "many") {
    if (state.coverage) download(`${coverageBaseName(state.coverage)}.json`, toJSON(state.coverage), "application/json");
    return;
  }
  if (!state.result) return;
  download(`${baseName(state.result)}.json`, toJSON(state.result), "application/json");
});
$("export-md").addEventListener("click", () => {
  if (state.mode === "many") {
    if (state.coverage) {
      download(`${coverageBaseName(state.coverage)}.md`,
        coverageToMarkdown(state.coverage, { names: state.coverageTexts?.names ?? [] }), "text/markdown");
    }
    return;
  }
  if (!state.result) return;
  download(`${baseName(state.result)}.md`, toMarkdown(state.result, { names: state.names }), "text/markdown");
});

// ---------------------------------------------------------------- examples menu

let samples = null; // { pairs, groups }
ui.menuButton.addEventListener("click", () => (ui.menuList.hidden ? openMenu() : closeMenu(false)));
document.addEventListener("click", (e) => {
  if (!ui.menuList.hidden && !e.target.closest("#examples-menu")) closeMenu(false);
});
ui.menuList.addEventListener("keydown", (e) => {
  const items = [...ui.menuList.querySelectorAll("button")];
  const i = items.indexOf(document.activeElement);
  const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
  if (step && items.length) {
    e.preventDefault();
    items[(i + step + items.length) % items.length].focus();
  } else if (e.key === "Tab") {
    closeMenu(false);
  }
});
$("try-example").addEventListener("click", () => {
  if (samples?.pairs.length) loadExample(samples.pairs[0]);
});

async function openMenu() {
  if (!samples) await fillMenu();
  ui.menuList.hidden = false;
  ui.menuButton.setAttribute("aria-expanded", "true");
  ui.menuList.querySelector("button")?.focus();
}

function closeMenu(refocus) {
  ui.menuList.hidden = true;
  ui.menuButton.setAttribute("aria-expanded", "false");
  if (refocus) ui.menuButton.focus();
}

async function fillMenu() {
  try {
    samples = await listSamples();
  } catch (err) {
    showError(`The examples could not be loaded: ${err.message}.`);
    return;
  }
  const item = (sample, sub, load) => el("li", {},
    el("button", { type: "button", class: "menu-item", dataset: { sample: sample.id }, onclick: () => {
      closeMenu(true);
      load(sample);
    } },
    el("span", { class: "menu-title" }, sample.title),
    el("span", { class: "menu-sub" }, sub)));
  ui.menuList.replaceChildren(
    ...samples.pairs.map((pair) => item(pair, `${pair.left.label} vs ${pair.right.label}`, loadExample)),
    samples.groups.length ? el("li", { class: "menu-heading" }, "Compare many: coverage matrix") : null,
    ...samples.groups.map((group) => item(group, group.articles.map((a) => a.label).join(" · "), loadGroupExample)),
  );
}

/** Every pane's text and name, to undo the loading of an example. */
function snapshot() {
  return { texts: paneOrder.map(getText), names: paneOrder.map((key) => state.names[key] ?? "") };
}

function restore(snap) {
  setPaneCount(snap.texts.length);
  paneOrder.forEach((key, i) => setText(key, snap.texts[i], snap.names[i]));
}

async function loadExample(pair) {
  let texts;
  try {
    texts = await loadSample(pair);
  } catch (err) {
    showError(`The example could not be loaded: ${err.message}.`);
    return;
  }
  await useExample(pair, [texts.left, texts.right], [pair.left.label, pair.right.label]);
}

async function loadGroupExample(group) {
  let texts;
  try {
    texts = await loadGroup(group);
  } catch (err) {
    showError(`The example could not be loaded: ${err.message}.`);
    return;
  }
  await useExample(group, texts, group.articles.map((a) => a.label));
}

async function useExample(sample, texts, labels) {
  const previous = snapshot();
  setPaneCount(texts.length);
  paneOrder.forEach((key, i) => setText(key, texts[i], labels[i]));
  const hadText = previous.texts.some((t) => t.trim());
  const changed = previous.texts.length !== texts.length || previous.texts.some((t, i) => t !== texts[i]);
  await compare();
  if (hadText && changed) offerUndo(sample, previous);
}

function offerUndo(sample, previous) {
  const undo = el("button", { type: "button", class: "link-btn", onclick: () => {
    restore(previous);
    setStatus("Restored your texts. Press Compare to compare them again.");
  } }, "Undo");
  ui.status.replaceChildren(`Loaded the example “${sample.title}”, replacing your texts. `, undo);
}

// ---------------------------------------------------------------- start

paneOrder.push(...SIDES);
SIDES.forEach(wirePane);
const storedPanes = Math.min(MAX_PANES, Number(load("pane-count", "2")) || 2);
while (paneOrder.length < storedPanes) addPane({ persist: false });
updatePanes();
installDiffInteractions(ui.diff);
installMatrixInteractions(ui.matrix);
installReader(ui.reader);
fillMenu();
if (paneOrder.every((key) => getText(key).trim())) {
  compare();
} else {
  ui.results.dataset.state = "empty";
}
