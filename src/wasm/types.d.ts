/** A sentence with its place in the input (ends exclusive). */
export interface Sentence {
  text: string;
  /** Byte offsets into the UTF-8 input. */
  start: number;
  end: number;
  /** UTF-16 offsets: use these with JS string methods. */
  utf16Start: number;
  utf16End: number;
}

export type Role = "title" | "dek" | "byline" | "date" | "heading" | "body" | "caption" | "boilerplate";

/** One non-empty input line with its role and the reason for it. */
export interface Line {
  /** 1-based line number in the input. */
  line: number;
  role: Role;
  /** Why the line got its role, e.g. "prose", "repeated-line", "teaser-list". */
  reason: string;
  /** The line, trimmed. */
  text: string;
  start: number;
  end: number;
  utf16Start: number;
  utf16End: number;
}

/** The article recovered from pasted page text (field names follow Mozilla Readability). */
export interface Article {
  title: string | null;
  /** Author names only, joined with ", ". */
  byline: string | null;
  /** The dek (standfirst). */
  excerpt: string | null;
  /** ISO date, "YYYY-MM-DD" plus "THH:MM" when the page gives a time. */
  publishedTime: string | null;
  /** The date as the page wrote it. */
  dateText: string | null;
  /** BCP 47 language code. */
  lang: string | null;
  /** Body paragraphs and section headings, in input order. */
  paragraphs: string[];
  /** Indexes into `paragraphs` of the section headings. */
  headings: number[];
  /** `paragraphs` joined by blank lines. */
  textContent: string;
  /** Characters of `textContent`. */
  length: number;
  lines: Line[];
  /** For each paragraph, its index into `lines`. */
  paragraphLines: number[];
}

export type FactKind =
  | "number" | "percent" | "multiplier" | "duration" | "date" | "weekday"
  | "year" | "money" | "ordinal" | "entity";

/** A detail stated in a claim, normalised. Offsets are relative to the claim text. */
export interface Fact {
  kind: FactKind;
  text: string;
  value: string;
  approx: boolean;
  start: number;
  end: number;
  utf16Start: number;
  utf16End: number;
}

/** A sentence of an article's body. Offsets are into the input text. */
export interface Claim {
  id: number;
  text: string;
  paragraph: number;
  start: number;
  end: number;
  utf16Start: number;
  utf16End: number;
  facts: Fact[];
}

/** A detail on which two aligned claims disagree. */
export interface Conflict {
  kind: FactKind;
  left: string;
  right: string;
  leftValue: string;
  rightValue: string;
}

export interface DiffOp {
  op: "equal" | "delete" | "insert";
  text: string;
}

/** Aligned claims (ids into `claims.left` / `claims.right`) and how they compare. */
export interface Pair {
  left: number[];
  right: number[];
  relation: "same" | "differs";
  score: number;
  conflicts: Conflict[];
  diff: DiffOp[];
}

export interface ClaimDiff {
  left: Article;
  right: Article;
  claims: { left: Claim[]; right: Claim[] };
  pairs: Pair[];
  leftOnly: number[];
  rightOnly: number[];
}

export interface DiffOptions {
  /** Clean the inputs first (default true); false takes every non-empty line as body. */
  clean?: boolean;
  /** Minimum similarity, 0 to 1, for two claims to be paired (default 0.25); two claims that
   *  are each other's best match pair down to 0.7 of it. */
  threshold?: number;
  /** Maximum bytes of one input (default 5 MiB). */
  maxInputBytes?: number;
  /** `compare` only: the most work it may do, in pairs of claims scored over all its pairs
   *  of articles, each pair of articles counted as a few more (default 600,000; pasted news
   *  articles score a few hundred). Past it, `compare` throws an `Error` rather than run
   *  for seconds. */
  maxClaimPairs?: number;
}

/**
 * Claim-level diff of two pasted articles: cleans both (unless `options.clean` is false),
 * aligns their claims and types every conflicting detail. Throws an `Error` for input over
 * `maxInputBytes` or invalid options.
 */
export function diff(left: string, right: string, options?: DiffOptions): ClaimDiff;

/** Whether the articles stating a fact agree on it. */
export type FactRelation = "same" | "differs" | "single";

/** A detail as one article states it. */
export interface StatedValue {
  kind: FactKind;
  text: string;
  value: string;
}

/** What one article says of a fact. */
export interface Statement {
  /** Index of the article in the input list. */
  article: number;
  /** Claim ids within that article. */
  claims: number[];
  text: string;
  /** The details stated, except names. */
  values: StatedValue[];
}

export interface ConflictSide {
  article: number;
  text: string;
  value: string;
}

/** A detail on which two articles stating the same fact disagree. */
export interface FactConflict {
  kind: FactKind;
  left: ConflictSide;
  right: ConflictSide;
}

export interface CoveredFact {
  id: number;
  relation: FactRelation;
  /** One statement per article stating the fact, in article order. */
  statements: Statement[];
  conflicts: FactConflict[];
}

/** The coverage matrix of N articles: facts as rows, articles as columns. */
export interface Coverage {
  articles: Article[];
  /** The claims of each article, indexed like `articles`. */
  claims: Claim[][];
  facts: CoveredFact[];
  /** Ids of the facts only one article states. */
  single: number[];
}

/**
 * Clusters the claims of N articles into facts, using the same alignment as `diff`: which
 * articles state each fact, in which words and values, and whether they agree. Throws an
 * `Error` for input over `maxInputBytes`, for more work than `maxClaimPairs` allows, or for
 * invalid options.
 */
export function compare(articles: string[], options?: DiffOptions): Coverage;
