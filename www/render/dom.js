// Small DOM builders. Text only ever goes in through textContent / text nodes.

/**
 * el("p", { class: "x", dataset: { id: 1 }, onclick }, "text", child, ...)
 * Attributes are set with setAttribute, never parsed as markup; `class` may be an array.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") {
      node.className = Array.isArray(value) ? value.filter(Boolean).join(" ") : value;
    } else if (key === "dataset") {
      for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    } else if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else if (key === "text") {
      node.textContent = value;
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Yields to the event loop so long renders never hold the main thread. */
export function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Renders a long list a batch at a time: the first `batch` items now, the next ones when the
 * "Show more" element at the end comes near the viewport (or its button is pressed). Keeps
 * huge results cheap: the page never lays out tens of thousands of rows at once.
 * In a <tbody>, `columns` is the number of columns the "Show more" row spans.
 * Returns { shown(), more(), all() }.
 */
export function renderProgressively(parent, items, make, { batch = 50, first = batch, noun = "rows", columns = 1 } = {}) {
  let shown = 0;
  const button = el("button", { type: "button", class: "btn btn-small" });
  // In a table body the sentinel is a row with one cell across the table.
  const sentinel = parent.tagName === "TBODY"
    ? el("tr", { class: "more" }, el("td", { colspan: columns }, button))
    : el(parent.tagName === "OL" || parent.tagName === "UL" ? "li" : "div", { class: "more" }, button);
  const observer = typeof IntersectionObserver === "function"
    ? new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) more();
    }, { rootMargin: "1200px 0px" })
    : null;

  function more(count = batch) {
    if (!sentinel.isConnected && shown > 0) return;
    const frag = document.createDocumentFragment();
    const end = Math.min(items.length, shown + count);
    for (let i = shown; i < end; i++) frag.append(make(items[i], i));
    shown = end;
    sentinel.remove();
    parent.append(frag);
    observer?.unobserve(sentinel);
    if (shown < items.length) {
      const left = items.length - shown;
      button.textContent = `Show ${Math.min(batch, left).toLocaleString()} more (${left.toLocaleString()} ${noun} not shown yet)`;
      parent.append(sentinel);
      // Observe again: the callback then reports whether it is still near the viewport.
      observer?.observe(sentinel);
    } else {
      observer?.disconnect();
    }
  }
  button.addEventListener("click", () => {
    const next = shown;
    more();
    // Move focus to the first new row once it is laid out (focusing now would force layout).
    requestAnimationFrame(() => setTimeout(() => {
      parent.children[next]?.querySelector("button, [tabindex]")?.focus({ preventScroll: true });
    }, 0));
  });
  more(first);
  return { shown: () => shown, more, all: () => more(items.length) };
}
