//! First calls: a fresh process's first `clean` of the 1x page and first `diff` of that page
//! with itself, which build every lazily compiled static (regexes, tables) on the way: what
//! one CLI run or the page's first comparison pays. Each runs in a child process (this binary
//! again, with `CLAIMDIFF_BENCH_COLD` naming the case), five times; the medians are kept, of
//! the first call and of the next ten (warm) calls.

use claimdiff::DiffOptions;
use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const VAR: &str = "CLAIMDIFF_BENCH_COLD";
const RUNS: usize = 5;

/// (id, function, input files in the inputs folder)
const CASES: &[(&str, &str, &[&str])] = &[
    ("first-clean-1x", "clean", &["clean-1x.left.txt"]),
    (
        "first-diff-1x-self",
        "diff",
        &["clean-1x.left.txt", "clean-1x.left.txt"],
    ),
];

/// In a child started by [`measure`]: times the first call and the median of ten more,
/// prints both (milliseconds) and returns true. Otherwise false.
pub fn child() -> bool {
    let Ok(spec) = std::env::var(VAR) else {
        return false;
    };
    let mut parts = spec.split('\t');
    let kind = parts.next().unwrap_or_default().to_string();
    let texts: Vec<String> = parts
        .map(|p| std::fs::read_to_string(p).expect("read a cold-start input"))
        .collect();
    let call = || match kind.as_str() {
        "clean" => claimdiff::clean(&texts[0]).lines.len(),
        _ => claimdiff::diff(&texts[0], &texts[1], &DiffOptions::default())
            .expect("diff")
            .pairs
            .len(),
    };
    let timed = || {
        let start = Instant::now();
        std::hint::black_box(call());
        start.elapsed().as_secs_f64() * 1e3
    };
    let first = timed();
    let mut warm: Vec<f64> = (0..10).map(|_| timed()).collect();
    warm.sort_by(f64::total_cmp);
    println!("{first} {}", warm[warm.len() / 2]);
    true
}

/// Times each first call in fresh child processes; the entries of `native.json`'s `cold`.
pub fn measure(inputs: &Path) -> Vec<Value> {
    let exe = std::env::current_exe().expect("current exe");
    CASES
        .iter()
        .map(|(id, kind, files)| {
            let mut spec = vec![kind.to_string()];
            spec.extend(files.iter().map(|f| inputs.join(f).display().to_string()));
            let runs: Vec<(f64, f64)> = (0..RUNS)
                .map(|_| {
                    let out = Command::new(&exe)
                        .env(VAR, spec.join("\t"))
                        .output()
                        .expect("run a cold-start child");
                    let out = String::from_utf8_lossy(&out.stdout);
                    let mut ms = out.split_whitespace().map(|v| {
                        v.parse()
                            .expect("a cold-start child prints its milliseconds")
                    });
                    (ms.next().unwrap_or(f64::NAN), ms.next().unwrap_or(f64::NAN))
                })
                .collect();
            let median = |pick: fn(&(f64, f64)) -> f64| {
                let mut v: Vec<f64> = runs.iter().map(pick).collect();
                v.sort_by(f64::total_cmp);
                v[v.len() / 2]
            };
            let (first, warm) = (median(|r| r.0), median(|r| r.1));
            eprintln!("[bench] native {id:<22} first call {first:>8.3} ms  warm {warm:>8.3} ms  runs {RUNS}");
            json!({ "id": id, "kind": kind, "firstMs": first, "warmMs": warm, "runs": RUNS })
        })
        .collect()
}
