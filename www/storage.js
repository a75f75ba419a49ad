// Keeps the pasted texts and a few settings in this browser's localStorage, so they survive a
// reload. Nothing here is ever cleared by an error; only the user's Clear buttons empty a pane.
const PREFIX = "claimdiff:";

export function load(key, fallback = "") {
  try {
    const value = localStorage.getItem(PREFIX + key);
    return value ?? fallback;
  } catch {
    return fallback;
  }
}

/** Saves a value; returns false when the browser refused (storage full or disabled). */
export function save(key, value) {
  try {
    localStorage.setItem(PREFIX + key, value);
    return true;
  } catch {
    return false;
  }
}

export function loadJSON(key, fallback) {
  try {
    const value = JSON.parse(load(key, "null"));
    return value ?? fallback;
  } catch {
    return fallback;
  }
}

export function saveJSON(key, value) {
  return save(key, JSON.stringify(value));
}
