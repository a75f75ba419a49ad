// Two short reports of one invented event, shared by the examples.
export const LEFT = [
  "The Delmar bridge was closed for two days after a storm damaged its north ramp.",
  "Engineers found three cracked support beams on Monday.",
  "Repairs are expected to cost $1.2 million.",
].join("\n");

export const RIGHT = [
  "Engineers found three cracked support beams on Monday.",
  "Storm damage to the north ramp closed the Delmar bridge for three days.",
  "Repairs are expected to cost $1.2 million.",
].join("\n");

/** One line summing up a ClaimDiff. */
export function summary(report) {
  const differs = report.pairs.filter((p) => p.relation === "differs").length;
  return `claims ${report.claims.left.length}/${report.claims.right.length} pairs ${report.pairs.length} differs ${differs}`;
}
