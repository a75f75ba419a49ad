// Type-checked use of every export: `tsc --noEmit -p examples/typescript` must pass, and each
// line marked to expect an error must stay an error (the types are real, not `any`).
import { clean, compare, diff, sentences } from "claimdiff";
import type { Article, Claim, ClaimDiff, Conflict, Coverage, CoveredFact, DiffOp, DiffOptions, Line, Pair, Sentence } from "claimdiff";

const options: DiffOptions = { clean: false, threshold: 0.4, maxInputBytes: 1 << 20 };
const report: ClaimDiff = diff("A bridge closed for two days.", "A bridge closed for three days.", options);
const pair: Pair | undefined = report.pairs[0];
const conflicts: Conflict[] = pair?.conflicts ?? [];
const ops: DiffOp[] = pair?.diff ?? [];
const claims: Claim[] = report.claims.left;
const article: Article = clean("Title\nBody text here.");
const lines: Line[] = article.lines;
const found: Sentence[] = sentences("One. Two.");
const title: string | null = article.title;
const relation: "same" | "differs" | undefined = pair?.relation;
const coverage: Coverage = compare(["One fact.", "One fact.", "Another."], { clean: false });
const rows: CoveredFact[] = coverage.facts.filter((f) => f.relation !== "single");

// @ts-expect-error: threshold is a number
diff("a", "b", { threshold: "high" });
// @ts-expect-error: Article.length is a number
const wrong: string = article.length;

// @ts-expect-error: compare takes a list of texts
compare("one text");

console.log(conflicts.length, ops.length, claims.length, lines.length, found.length, title, relation, rows.length, wrong);
