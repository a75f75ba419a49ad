// The summary bar's filter chips, shared by the claims view and the matrix view.
import { el } from "./dom.js";

/**
 * Fills `summary` with an "all" chip and one chip per kind. Pressing a chip filters with
 * `onFilter(kind)`; pressing the pressed one again shows everything.
 * `all`: { dataset, count, noun }; `chips`: [{ kind, icon, count, text, title }].
 */
export function renderChips(summary, { all, chips }, onFilter) {
  summary.replaceChildren(
    el("button", { type: "button", class: "chip chip-all", dataset: all.dataset, "aria-pressed": "true" },
      el("span", { class: "chip-count" }, String(all.count)), " ", all.noun, " · all"),
    ...chips.map((chip) => el("button", {
      type: "button", class: ["chip", `chip-${chip.kind}`], dataset: { filter: chip.kind, count: chip.count },
      "aria-pressed": "false", title: chip.title,
    },
    el("span", { class: "chip-icon", "aria-hidden": "true" }, chip.icon), " ",
    el("span", { class: "chip-count" }, String(chip.count)), " ", chip.text)),
  );
  summary.onclick = (e) => {
    const button = e.target.closest("button[data-filter]");
    if (!button) return;
    const kind = button.dataset.filter;
    const pressed = button.getAttribute("aria-pressed") === "true";
    onFilter(pressed && kind !== "all" ? "all" : kind);
  };
}
