// The page: two input panes, the Compare action, the Examples menu and the result views.
// All work on the texts runs in the engine worker; article text only ever reaches the DOM
// through textContent (see render/dom.js).
import { Engine } from "./engine.js";
import { load, save, loadJSON, saveJSON } from "./storage.js";
import { listSamples, loadSample } from "./samples.js";
import { download, toJSON, toMarkdown, baseName } from "./export.js";
import { renderDiff, installDiffInteractions, buildRows } from "./render/diff-view.js";
import { renderClean } from "./render/clean-view.js";
import { el, plural, nextTask } from "./render/dom.js";

const $ = (id) => document.getElementById(id);
const MAX_FILE_BYTES = 5 * 1024 * 1024;
// Texts longer than this are kept in memory and shown as a read-only preview: a browser needs
// about a second to lay out 2 MB in a textarea, and would do it again on every page layout.
const LARGE_TEXT = 100_000;
const PREVIEW_CHARS = 6_000;
const SIDES = ["left", "right"];

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
  tabs: [$("tab-claims"), $("tab-clean")],
  menuButton: $("examples-button"),
  menuList: $("examples-list"),
};
const panes = Object.fromEntries(SIDES.map((side) => [side, {
  pane: $(`pane-${side}`),
  input: $(`input-${side}`),
  count: $(`count-${side}`),
  source: $(`source-${side}`),
  file: $(`file-${side}`),
  clear: $(`clear-${side}`),
  large: $(`large-${side}`),
  editFull: $(`edit-full-${side}`),
  text: "",
  preview: false,
  countSeq: 0,
  countTimer: 0,
  storageFull: false,
}]));

const engine = new Engine();
const state = {
  result: null, // the last ClaimDiff
  resultTexts: null, // the texts it was computed from
  names: loadJSON("names", { left: "", right: "" }),
  comparing: false,
  renderSeq: 0,
  cleanRendered: null,
  undo: null,
};

// Test and debugging hooks: the last result and the engine client.
Object.defineProperty(window, "__claimdiffLast", { get: () => state.result, configurable: true });
window.__claimdiffEngine = engine;

// ---------------------------------------------------------------- inputs and storage

for (const side of SIDES) {
  const p = panes[side];
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
    setStatus(`Loaded ${file.name} into the ${side} pane.`);
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
$("stale-compare").addEventListener("click", () => compare());
$("error-dismiss").addEventListener("click", clearError);

async function compare() {
  if (state.comparing) {
    setStatus("Still comparing… press Cancel to stop.");
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
  clearError();
  const opts = options();
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
    const { result, ms } = await engine.request("diff", left, right, opts);
    clearInterval(ticker);
    state.result = result;
    state.resultTexts = { left, right, opts: JSON.stringify(opts) };
    await showResult(result);
    setStatus(`Compared in ${formatMs(ms)}: ${plural(result.claims.left.length, "claim")} on the left, ${plural(result.claims.right.length, "claim")} on the right.`);
  } catch (err) {
    clearInterval(ticker);
    if (err.cancelled) {
      setStatus("Comparison cancelled.");
    } else {
      showError(`The comparison failed. ${err.message}`);
      setStatus("");
    }
    if (!state.result) ui.results.dataset.state = "empty";
    else ui.results.dataset.state = "done";
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

async function showResult(result) {
  const seq = ++state.renderSeq;
  const isCurrent = () => seq === state.renderSeq;
  ui.empty.hidden = true;
  ui.body.hidden = false;
  state.cleanRendered = null;
  $("diff-head-left").textContent = headName("left", result.left);
  $("diff-head-right").textContent = headName("right", result.right);
  const cleanShown = ui.tabs[1].getAttribute("aria-selected") === "true";
  // Each step in its own task: receiving the result, ordering the rows, building the first rows.
  await nextTask();
  if (!isCurrent()) return;
  const rows = buildRows(result);
  await nextTask();
  if (!isCurrent()) return;
  const names = Object.fromEntries(SIDES.map((side) => [side, state.names[side] || result[side].title || ""]));
  renderDiff({ list: ui.diff, summary: ui.summary, note: ui.filterNote, names }, result, rows);
  if (cleanShown) showClean();
  // Let the first rows paint before reporting the result as shown.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (isCurrent()) ui.results.dataset.state = "done";
}

function headName(side, article) {
  const label = side === "left" ? "Left" : "Right";
  const name = state.names[side] || article.title;
  return name ? `${label}: ${name}` : label;
}

function showClean() {
  const result = state.result;
  if (!result) return;
  const key = `${ui.showDropped.checked}`;
  if (state.cleanRendered?.result === result && state.cleanRendered.key === key) return;
  state.cleanRendered = { result, key };
  renderClean(ui.clean, result, { showDropped: ui.showDropped.checked, names: state.names });
}

ui.showDropped.addEventListener("change", () => {
  save("show-dropped", ui.showDropped.checked ? "1" : "0");
  showClean();
});
ui.showDropped.checked = load("show-dropped") === "1";

function updateStale() {
  const t = state.resultTexts;
  const stale = !!t && !state.comparing && (t.left !== getText("left") ||
    t.right !== getText("right") || t.opts !== JSON.stringify(options()));
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

ui.tabs.forEach((tab, i) => {
  tab.addEventListener("click", () => selectTab(i));
  tab.addEventListener("keydown", (e) => {
    const next = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: ui.tabs.length - 1 - i }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const j = (i + next + ui.tabs.length) % ui.tabs.length;
    selectTab(j);
    ui.tabs[j].focus();
  });
});

function selectTab(index) {
  ui.tabs.forEach((tab, i) => {
    const selected = i === index;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(tab.getAttribute("aria-controls")).hidden = !selected;
  });
  if (index === 1) showClean();
}

// ---------------------------------------------------------------- exports

$("export-json").addEventListener("click", () => {
  if (!state.result) return;
  download(`${baseName(state.result)}.json`, toJSON(state.result), "application/json");
});
$("export-md").addEventListener("click", () => {
  if (!state.result) return;
  download(`${baseName(state.result)}.md`, toMarkdown(state.result, { names: state.names }), "text/markdown");
});

// ---------------------------------------------------------------- examples menu

let samples = [];
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
  if (samples.length) loadExample(samples[0]);
});

async function openMenu() {
  if (!samples.length) await fillMenu();
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
  ui.menuList.replaceChildren(...samples.map((pair) => el("li", {},
    el("button", { type: "button", class: "menu-item", dataset: { sample: pair.id }, onclick: () => {
      closeMenu(true);
      loadExample(pair);
    } },
    el("span", { class: "menu-title" }, pair.title),
    el("span", { class: "menu-sub" }, `${pair.left.label} vs ${pair.right.label}`)))));
}

async function loadExample(pair) {
  let texts;
  try {
    texts = await loadSample(pair);
  } catch (err) {
    showError(`The example could not be loaded: ${err.message}.`);
    return;
  }
  const previous = { left: getText("left"), right: getText("right"), names: { ...state.names } };
  setText("left", texts.left, pair.left.label);
  setText("right", texts.right, pair.right.label);
  const hadText = previous.left.trim() || previous.right.trim();
  const changed = previous.left !== texts.left || previous.right !== texts.right;
  await compare();
  if (hadText && changed) offerUndo(pair, previous);
}

function offerUndo(pair, previous) {
  const undo = el("button", { type: "button", class: "link-btn", onclick: () => {
    setText("left", previous.left, previous.names.left);
    setText("right", previous.right, previous.names.right);
    setStatus("Restored your texts. Press Compare to compare them again.");
  } }, "Undo");
  ui.status.replaceChildren(`Loaded the example “${pair.title}”, replacing your texts. `, undo);
}

// ---------------------------------------------------------------- start

installDiffInteractions(ui.diff);
fillMenu();
if (getText("left").trim() && getText("right").trim()) {
  compare();
} else {
  ui.results.dataset.state = "empty";
}
