//! Native benchmarks of cleanup, claim diff and N-article comparison (see benches/README.md).
//!
//! `cargo bench --bench claimdiff` generates the inputs from `www/samples/` (benches/inputs.rs),
//! writes them with a manifest for the wasm page, runs criterion on the small and middle sizes,
//! then times every case (all sizes and the 5 MiB stress inputs) with a plain harness that also
//! records the peak heap through a counting global allocator, and writes `native.json`.
//! `bash scripts/bench.sh` runs this, the wasm page in Chromium and Readability, and prints
//! one table.
//!
//! Environment: `CLAIMDIFF_BENCH_OUT` (output folder, default `<target>/claimdiff-bench`),
//! `CLAIMDIFF_BENCH_CRITERION=0` to skip the criterion pass, `CLAIMDIFF_BENCH_ONLY=id,id` to
//! time only those cases (for profiling: see benches/README.md).

#[cfg(not(target_arch = "wasm32"))]
mod cold;
#[cfg(not(target_arch = "wasm32"))]
mod inputs;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{cold, inputs};
    use claimdiff::coverage::Coverage;
    use claimdiff::DiffOptions;
    use criterion::{BenchmarkId, Criterion, Throughput};
    use mimalloc::MiMalloc;
    use serde_json::{json, Value};
    use std::alloc::{GlobalAlloc, Layout};
    use std::hint::black_box;
    use std::path::{Path, PathBuf};
    use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering::Relaxed};
    use std::time::{Duration, Instant};

    /// The CLI's allocator (mimalloc), counting heap bytes and their high-water mark while
    /// `COUNTING` is on: only in the run that measures the peak ([`peak_of`]), so that timed
    /// runs do not pay two atomic operations an allocation (~3 % of a 2,000-sentence diff).
    struct Counting;

    static COUNTING: AtomicBool = AtomicBool::new(false);
    /// Bytes allocated less bytes freed since counting began (negative when older blocks
    /// were freed), and its high-water mark.
    static LIVE: AtomicIsize = AtomicIsize::new(0);
    static PEAK: AtomicIsize = AtomicIsize::new(0);

    fn grew(by: usize) {
        if COUNTING.load(Relaxed) {
            let now = LIVE.fetch_add(by as isize, Relaxed) + by as isize;
            PEAK.fetch_max(now, Relaxed);
        }
    }

    fn shrank(by: usize) {
        if COUNTING.load(Relaxed) {
            LIVE.fetch_sub(by as isize, Relaxed);
        }
    }

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let p = unsafe { MiMalloc.alloc(layout) };
            if !p.is_null() {
                grew(layout.size());
            }
            p
        }
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            let p = unsafe { MiMalloc.alloc_zeroed(layout) };
            if !p.is_null() {
                grew(layout.size());
            }
            p
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { MiMalloc.dealloc(ptr, layout) };
            shrank(layout.size());
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let p = unsafe { MiMalloc.realloc(ptr, layout, new_size) };
            if !p.is_null() {
                if new_size >= layout.size() {
                    grew(new_size - layout.size());
                } else {
                    shrank(layout.size() - new_size);
                }
            }
            p
        }
    }

    #[global_allocator]
    static ALLOCATOR: Counting = Counting;

    /// Peak heap bytes allocated by `f` on top of what was live before it.
    fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
        LIVE.store(0, Relaxed);
        PEAK.store(0, Relaxed);
        COUNTING.store(true, Relaxed);
        let out = f();
        COUNTING.store(false, Relaxed);
        (out, PEAK.load(Relaxed).max(0) as usize)
    }

    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Clean,
        Sentences,
        Diff,
        Compare,
    }

    impl Kind {
        fn name(self) -> &'static str {
            match self {
                Kind::Clean => "clean",
                Kind::Sentences => "sentences",
                Kind::Diff => "diff",
                Kind::Compare => "compare",
            }
        }
    }

    struct Case {
        id: String,
        kind: Kind,
        /// "scale" (the 1x…1000x / 20…20,000 / 10 x 200…2,000 series) or "stress" (5 MiB inputs).
        group: &'static str,
        /// 1, 10, 100, 1000 (clean), sentences a side (diff) or sentences an article
        /// (compare); 0 for stress cases.
        size: usize,
        /// The inputs: one text (clean, sentences), left and right (diff) or the articles
        /// (compare).
        texts: Vec<String>,
        /// Criterion measures this case too.
        criterion: bool,
    }

    const SEED: u64 = 0xC1A1_4D1F;
    const FIVE_MIB: usize = 5 * 1024 * 1024;
    /// Articles a `compare` case compares (issue 10: ten articles of 2,000 sentences).
    const COMPARE_ARTICLES: usize = 10;

    impl Case {
        fn bytes(&self) -> usize {
            self.texts.iter().map(String::len).sum()
        }
    }

    fn cases(samples: &inputs::Samples) -> Vec<Case> {
        let mut out = Vec::new();
        for (i, k) in [1usize, 10, 100, 1000].into_iter().enumerate() {
            out.push(Case {
                id: format!("clean-{k}x"),
                kind: Kind::Clean,
                group: "scale",
                size: k,
                texts: vec![inputs::pages(samples, k, SEED)],
                criterion: i < 3,
            });
        }
        for (i, n) in [20usize, 200, 2_000, 20_000].into_iter().enumerate() {
            let (left, right) = inputs::diff_pair(samples, n, SEED + n as u64);
            out.push(Case {
                id: format!("diff-{n}"),
                kind: Kind::Diff,
                group: "scale",
                size: n,
                texts: vec![left, right],
                criterion: i < 3,
            });
        }
        for (i, n) in [200usize, 2_000].into_iter().enumerate() {
            out.push(Case {
                id: format!("compare-{COMPARE_ARTICLES}x{n}"),
                kind: Kind::Compare,
                group: "scale",
                size: n,
                texts: inputs::articles(samples, n, COMPARE_ARTICLES, SEED + n as u64),
                criterion: i < 1,
            });
        }
        let pages = inputs::truncate_lines(inputs::pages(samples, 2_600, SEED), FIVE_MIB);
        let one_line = inputs::one_line(samples, FIVE_MIB);
        let repeated = inputs::repeated(samples, FIVE_MIB);
        let (dl, dr) = inputs::diff_pair(samples, 48_000, SEED + 5);
        let (dl, dr) = (
            inputs::truncate_lines(dl, FIVE_MIB),
            inputs::truncate_lines(dr, FIVE_MIB),
        );
        let stress = |id: &str, kind, left: &String, right: Option<&String>| Case {
            id: id.to_string(),
            kind,
            group: "stress",
            size: 0,
            texts: std::iter::once(left).chain(right).cloned().collect(),
            criterion: false,
        };
        out.push(stress("5mib-pages-clean", Kind::Clean, &pages, None));
        out.push(stress(
            "5mib-pages-sentences",
            Kind::Sentences,
            &pages,
            None,
        ));
        out.push(stress("5mib-line-clean", Kind::Clean, &one_line, None));
        out.push(stress(
            "5mib-line-sentences",
            Kind::Sentences,
            &one_line,
            None,
        ));
        out.push(stress(
            "5mib-line-diff",
            Kind::Diff,
            &one_line,
            Some(&one_line),
        ));
        out.push(stress(
            "5mib-repeated-diff",
            Kind::Diff,
            &repeated,
            Some(&repeated),
        ));
        out.push(stress("5mib-pages-diff", Kind::Diff, &pages, Some(&pages)));
        out.push(stress("5mib-articles-diff", Kind::Diff, &dl, Some(&dr)));
        // compare aligns every two articles: 5 MiB as 5 articles completes; as 10 it would
        // score more claim pairs than the default budget, and stops with an error.
        for count in [5, 10] {
            let each = FIVE_MIB / count;
            let texts = inputs::articles(samples, each / 100, count, SEED + count as u64);
            out.push(Case {
                id: format!("5mib-compare-{count}"),
                kind: Kind::Compare,
                group: "stress",
                size: 0,
                texts: texts
                    .into_iter()
                    .map(|t| inputs::truncate_lines(t, each))
                    .collect(),
                criterion: false,
            });
        }
        out
    }

    /// Runs the case once; returns something derived from the result so it is not optimised away.
    fn run(case: &Case) -> usize {
        match case.kind {
            Kind::Clean => black_box(claimdiff::clean(black_box(&case.texts[0])))
                .lines
                .len(),
            Kind::Sentences => black_box(claimdiff::sentences(black_box(&case.texts[0]))).len(),
            Kind::Diff => black_box(diff(case).pairs.len()),
            // A comparison past its budget is timed up to its error.
            Kind::Compare => black_box(compare(case).map_or(0, |c| c.facts.len())),
        }
    }

    fn diff(case: &Case) -> claimdiff::ClaimDiff {
        claimdiff::diff(
            black_box(&case.texts[0]),
            black_box(&case.texts[1]),
            &DiffOptions::default(),
        )
        .expect("benchmark inputs are valid")
    }

    fn compare(case: &Case) -> Result<Coverage, claimdiff::Error> {
        let texts: Vec<&str> = case.texts.iter().map(String::as_str).collect();
        claimdiff::coverage::compare(black_box(&texts), &DiffOptions::default())
    }

    struct Timing {
        median_ms: f64,
        min_ms: f64,
        runs: usize,
        /// The case's first call, timed apart as on the wasm page (where it grows a fresh
        /// instance's memory).
        first_ms: f64,
        peak_bytes: usize,
    }

    /// The first call timed on its own, the peak heap of another run, then the median of
    /// timed samples (without counting): at least 3, even past a second (one run of a 5 MiB
    /// diff varied by half), until 0.5 s have passed (at most 100). As on the wasm page, a
    /// run under 5 ms is timed in batches of about 5 ms and a sample is the batch's mean:
    /// single runs of a 2 KB page (25 µs) varied by a quarter between medians.
    fn time(case: &Case) -> Timing {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let first = Instant::now();
        run(case);
        let first_ms = ms(first.elapsed());
        let (_, peak_bytes) = peak_of(|| run(case));
        let once = Instant::now();
        run(case);
        let batch = (5e-3 / once.elapsed().as_secs_f64().max(1e-6)).clamp(1.0, 10_000.0) as u32;
        let mut samples = Vec::new();
        let began = Instant::now();
        while samples.len() < 3
            || (began.elapsed() < Duration::from_millis(500) && samples.len() < 100)
        {
            let t = Instant::now();
            for _ in 0..batch {
                run(case);
            }
            samples.push(t.elapsed() / batch);
        }
        samples.sort();
        Timing {
            median_ms: ms(samples[samples.len() / 2]),
            min_ms: ms(samples[0]),
            runs: samples.len(),
            first_ms,
            peak_bytes,
        }
    }

    fn out_dir() -> PathBuf {
        if let Ok(dir) = std::env::var("CLAIMDIFF_BENCH_OUT") {
            return PathBuf::from(dir);
        }
        // target/release/deps/claimdiff-… → target/claimdiff-bench
        let exe = std::env::current_exe().expect("current exe");
        exe.ancestors()
            .nth(3)
            .unwrap_or(Path::new("."))
            .join("claimdiff-bench")
    }

    /// Writes the inputs and a manifest the wasm page reads: `left` (and `right` for a diff)
    /// name the input files; a compare case has `left` and `right` null and its articles'
    /// files in `texts`.
    fn write_inputs(dir: &Path, cases: &[Case]) {
        let inputs = dir.join("inputs");
        std::fs::create_dir_all(&inputs).expect("create the inputs folder");
        let mut manifest = Vec::new();
        for c in cases {
            let names: Vec<String> = if c.kind == Kind::Compare {
                (0..c.texts.len())
                    .map(|i| format!("{}.{i}.txt", c.id))
                    .collect()
            } else {
                ["left", "right"][..c.texts.len()]
                    .iter()
                    .map(|side| format!("{}.{side}.txt", c.id))
                    .collect()
            };
            for (name, text) in names.iter().zip(&c.texts) {
                std::fs::write(inputs.join(name), text).expect("write input");
            }
            let mut entry = json!({
                "id": c.id, "kind": c.kind.name(), "group": c.group, "size": c.size,
                "left": null, "right": null, "bytes": c.bytes(),
            });
            if c.kind == Kind::Compare {
                entry["texts"] = json!(names);
            } else {
                entry["left"] = json!(names[0]);
                entry["right"] = json!(names.get(1));
            }
            manifest.push(entry);
        }
        let manifest = json!({ "seed": SEED, "cases": manifest });
        std::fs::write(
            inputs.join("manifest.json"),
            serde_json::to_string_pretty(&manifest).unwrap(),
        )
        .expect("write manifest");
    }

    fn criterion_pass(cases: &[Case]) {
        let mut c = Criterion::default()
            .sample_size(10)
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(1))
            .without_plots()
            .configure_from_args();
        for kind in [Kind::Clean, Kind::Diff, Kind::Compare] {
            let mut group = c.benchmark_group(kind.name());
            for case in cases.iter().filter(|c| c.criterion && c.kind == kind) {
                if kind == Kind::Clean {
                    group.throughput(Throughput::Bytes(case.bytes() as u64));
                } else {
                    // Sentences a side (diff) or in all the articles (compare).
                    let articles = if kind == Kind::Compare {
                        case.texts.len()
                    } else {
                        1
                    };
                    group.throughput(Throughput::Elements((case.size * articles) as u64));
                }
                group.bench_with_input(BenchmarkId::from_parameter(&case.id), case, |b, case| {
                    b.iter(|| run(case))
                });
            }
            group.finish();
        }
        c.final_summary();
    }

    pub fn main() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let samples = inputs::load_samples(&root.join("www/samples"));
        let cases = cases(&samples);
        let out = out_dir();
        write_inputs(&out, &cases);
        eprintln!("[bench] inputs written to {}", out.join("inputs").display());
        // Before this process warms anything (the children are fresh processes anyway).
        let first_calls = cold::measure(&out.join("inputs"));
        // Warm up lazily compiled statics (regexes, tables) outside any timing.
        for (_, page) in &samples.pages {
            black_box(claimdiff::clean(page));
        }
        black_box(
            claimdiff::diff(
                &samples.pages[0].1,
                &samples.pages[1].1,
                &DiffOptions::default(),
            )
            .ok(),
        );

        if std::env::var("CLAIMDIFF_BENCH_CRITERION").as_deref() != Ok("0") {
            criterion_pass(&cases);
        }

        let only = std::env::var("CLAIMDIFF_BENCH_ONLY").ok();
        let mut results = Vec::new();
        for case in &cases {
            if only
                .as_ref()
                .is_some_and(|o| !o.split(',').any(|id| id == case.id))
            {
                continue;
            }
            let t = time(case);
            let bytes = case.bytes();
            let mut error = Value::Null;
            let claims = match case.kind {
                Kind::Diff => {
                    let d = diff(case);
                    json!([d.claims.left.len(), d.claims.right.len(), d.pairs.len()])
                }
                // Claims of all the articles, facts, facts only one article states.
                Kind::Compare => match compare(case) {
                    Ok(c) => json!([
                        c.claims.iter().map(Vec::len).sum::<usize>(),
                        c.facts.len(),
                        c.single.len()
                    ]),
                    Err(e) => {
                        error = json!(e.to_string());
                        Value::Null
                    }
                },
                _ => Value::Null,
            };
            eprintln!(
                "[bench] native {:<22} median {:>10.3} ms  min {:>10.3} ms  runs {:>2}  first {:>8.1} ms  peak heap {:>8.1} MiB  {}",
                case.id,
                t.median_ms,
                t.min_ms,
                t.runs,
                t.first_ms,
                t.peak_bytes as f64 / 1048576.0,
                match case.kind {
                    Kind::Diff => format!("claims/pairs {claims}"),
                    Kind::Compare if !error.is_null() => format!("stopped: {error}"),
                    Kind::Compare => format!("claims/facts/single {claims}"),
                    _ => String::new(),
                },
            );
            results.push(json!({
                "id": case.id, "kind": case.kind.name(), "group": case.group, "size": case.size,
                "texts": case.texts.len(), "bytes": bytes, "medianMs": t.median_ms, "minMs": t.min_ms, "runs": t.runs,
                "firstMs": t.first_ms, "peakBytes": t.peak_bytes, "claims": claims, "error": error,
            }));
        }
        let report = json!({ "engine": "native", "cases": results, "cold": first_calls });
        let path = out.join("native.json");
        std::fs::write(&path, serde_json::to_string_pretty(&report).unwrap())
            .expect("write native.json");
        eprintln!("[bench] native results in {}", path.display());
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    if !cold::child() {
        native::main();
    }
}
