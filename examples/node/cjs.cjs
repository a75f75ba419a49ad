// Node.js, CommonJS.
const { diff } = require("claimdiff");

(async () => {
  const { LEFT, RIGHT, summary } = await import("../articles.js");
  console.log(summary(diff(LEFT, RIGHT, { clean: false })));
  try {
    diff(LEFT, RIGHT, { threshold: 2 });
  } catch (err) {
    // Errors are real Error objects with a message that says what to do.
    console.error(err instanceof Error, err.message);
  }
})();
