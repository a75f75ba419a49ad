// Small DOM builders. Text only ever goes in through textContent / text nodes.

/**
 * el("p", { class: "x", dataset: { id: 1 }, onclick }, "text", child, ...)
 * Attributes are set with setAttribute (never innerHTML); `class` may be an array.
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
 * Appends items to `parent` in time slices of ~`budget` ms. `make(item, i)` returns a node.
 * Stops early (returns false) when `isCurrent()` turns false.
 */
export async function appendSliced(parent, items, make, isCurrent, budget = 12) {
  let i = 0;
  while (i < items.length) {
    const start = performance.now();
    const frag = document.createDocumentFragment();
    while (i < items.length && performance.now() - start < budget) {
      frag.append(make(items[i], i));
      i++;
    }
    parent.append(frag);
    if (i < items.length) {
      await nextTask();
      if (!isCurrent()) return false;
    }
  }
  return true;
}
