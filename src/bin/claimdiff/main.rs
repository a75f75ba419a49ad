//! `claimdiff`: the command-line interface over the claimdiff core. Every command prints
//! one JSON document on stdout; errors go to stderr as one line, with exit code 2.

mod input;

use claimdiff::DiffOptions;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

// Native builds only: a wasm build of this binary (wasm-pack test builds every target) keeps
// the library's wasm allocator.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "claimdiff",
    version,
    about = "Clean pasted news articles and diff their claims.",
    long_about = "Clean pasted news articles and diff their claims.\n\n\
        Inputs are plain text as a browser's select-all-and-copy gives it. PATH may be `-` \
        (or left out where optional) to read standard input. Output is JSON on stdout; \
        errors go to stderr with exit code 2."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Split text into sentences: [{"text","start","end","utf16Start","utf16End"}].
    Sentences {
        /// File to read, or `-` for standard input (the default).
        path: Option<PathBuf>,
    },
    /// Recover the article from pasted page text: title, byline, date, paragraphs, and the
    /// role of every input line with the reason it was kept or dropped.
    Clean {
        /// File to read, or `-` for standard input (the default).
        path: Option<PathBuf>,
    },
    /// Score `clean` against a gold corpus: per seed, line-role accuracy, body precision and
    /// recall, title/byline/date exactness, then the lines it got wrong. Prints text, not JSON.
    EvalClean {
        /// Corpus directory holding `seeds/` and `gold/clean/`.
        corpus: PathBuf,
    },
    /// Claim-level diff of two articles: aligned claims, conflicting details, one-sided claims.
    Diff {
        /// Left article (a path, or `-` for standard input).
        left: PathBuf,
        /// Right article (a path, or `-` for standard input; only one side may use it).
        right: PathBuf,
        #[command(flatten)]
        flags: DiffFlags,
    },
    /// Compare N articles at once: their claims clustered into facts, with which articles
    /// state each fact, in which words and values, and whether they agree.
    Compare {
        /// Two or more articles (paths; one may be `-` for standard input).
        #[arg(required = true, num_args = 2..)]
        articles: Vec<PathBuf>,
        #[command(flatten)]
        flags: DiffFlags,
    },
    /// Evaluate the claim diff on a gold corpus: a table of expectations (pair, fact,
    /// expected, got, ok) with totals. Prints text, not JSON.
    EvalDiff {
        /// Corpus directory holding `seeds/` and `gold/claims.json`.
        corpus: PathBuf,
        /// Also list every pair produced (left | right | relation | score).
        #[arg(long)]
        pairs: bool,
    },
}

/// Options shared by `diff` and `compare`.
#[derive(clap::Args)]
struct DiffFlags {
    /// Skip cleanup: take every non-empty line as a body paragraph.
    #[arg(long)]
    no_clean: bool,
    /// Minimum similarity (0 to 1) for two claims to be paired (each other's best matches:
    /// 0.7 of it).
    #[arg(long)]
    threshold: Option<f64>,
    /// `compare` only: the most work it may do, in pairs of claims scored over all its
    /// pairs of articles, each pair of articles counted as a few more (default 600,000);
    /// past it, it stops with an error.
    #[arg(long, value_name = "N")]
    max_claim_pairs: Option<usize>,
    /// Pretty-print the JSON.
    #[arg(long)]
    pretty: bool,
}

impl DiffFlags {
    fn options(&self) -> DiffOptions {
        let defaults = DiffOptions::default();
        DiffOptions {
            clean: !self.no_clean,
            threshold: self.threshold.unwrap_or(defaults.threshold),
            max_claim_pairs: self.max_claim_pairs.unwrap_or(defaults.max_claim_pairs),
            ..defaults
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(json) => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (e.g. `| head`) is not an error worth reporting.
            let _ = writeln!(out, "{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("claimdiff: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<String, String> {
    match command {
        Command::Sentences { path } => {
            let text = input::read_limited(path.as_deref())?;
            to_json(&claimdiff::sentences(&text), false)
        }
        Command::Clean { path } => {
            let text = input::read_limited(path.as_deref())?;
            to_json(&claimdiff::clean(&text), false)
        }
        Command::EvalClean { corpus } => {
            let eval = claimdiff::eval::clean::evaluate(&corpus)?;
            Ok(eval.table().trim_end().to_string())
        }
        Command::Diff { left, right, flags } => {
            if input::is_stdin(Some(&left)) && input::is_stdin(Some(&right)) {
                return Err("only one of LEFT and RIGHT can be `-` (standard input)".into());
            }
            let left = input::read(Some(&left))?;
            let right = input::read(Some(&right))?;
            let report =
                claimdiff::diff(&left, &right, &flags.options()).map_err(|e| e.to_string())?;
            to_json(&report, flags.pretty)
        }
        Command::Compare { articles, flags } => {
            if articles.iter().filter(|p| input::is_stdin(Some(p))).count() > 1 {
                return Err("only one article can be `-` (standard input)".into());
            }
            let texts = articles
                .iter()
                .map(|p| input::read(Some(p)))
                .collect::<Result<Vec<_>, _>>()?;
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let coverage = claimdiff::coverage::compare(&texts, &flags.options())
                .map_err(|e| e.to_string())?;
            to_json(&coverage, flags.pretty)
        }
        Command::EvalDiff { corpus, pairs } => {
            let report = claimdiff::eval::diff::evaluate(&corpus, &DiffOptions::default())?;
            let mut out = report.table();
            if pairs {
                out.push('\n');
                out.push_str(&report.pair_list());
            }
            Ok(out.trim_end().to_string())
        }
    }
}

fn to_json<T: serde::Serialize>(value: &T, pretty: bool) -> Result<String, String> {
    let json = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    json.map_err(|e| format!("could not write JSON: {e}"))
}
