// Shell page: shows the sentences of pasted text. Article text is only ever set as textContent.
import init, { sentences } from "./pkg/claimdiff.js";

const input = document.getElementById("input");
const status = document.getElementById("status");
const list = document.getElementById("sentences");

function render() {
  let found;
  try {
    found = sentences(input.value);
  } catch (err) {
    status.textContent = `Error: ${err.message}`;
    return;
  }
  list.replaceChildren(
    ...found.map((s) => {
      const li = document.createElement("li");
      li.textContent = s.text;
      return li;
    }),
  );
  status.textContent = `${found.length} sentence${found.length === 1 ? "" : "s"}`;
}

await init();
input.addEventListener("input", render);
render();
