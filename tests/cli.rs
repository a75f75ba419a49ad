#![cfg(not(target_arch = "wasm32"))]
//! The `claimdiff` binary on bad input: every error is exit code 2 with exactly one line on
//! stderr and nothing on stdout; standard input works as `-` on one side at a time; the
//! binary writes no file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const MAX: usize = claimdiff::diff::DEFAULT_MAX_INPUT_BYTES;

/// A scratch directory of this test process, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "claimdiff-cli-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn entries(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the binary in `cwd` with `args` and `stdin`.
fn run(cwd: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the claimdiff binary runs");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    // Write from a thread: a large input must not deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Exit code 2, empty stdout, one stderr line starting `claimdiff: ` that contains `needle`.
fn assert_error(out: &Output, needle: &str) -> String {
    let stderr = String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8");
    assert_eq!(out.status.code(), Some(2), "exit code; stderr: {stderr}");
    assert!(
        out.stdout.is_empty(),
        "stdout: {:?}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(stderr.ends_with('\n'), "{stderr:?}");
    assert_eq!(
        stderr.lines().count(),
        1,
        "exactly one stderr line: {stderr:?}"
    );
    assert!(stderr.starts_with("claimdiff: "), "{stderr:?}");
    assert!(
        stderr.contains(needle),
        "{stderr:?} should contain {needle:?}"
    );
    stderr
}

/// Exit code 0, empty stderr, one JSON document on stdout.
fn assert_json(out: &Output) -> serde_json::Value {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

const ARTICLE: &str = "The ferry carried 212 people. It left at 9 a.m. on Monday.\n";
const OTHER: &str = "The ferry carried 210 people. It left at 9 a.m. on Monday.\n";

#[test]
fn missing_file_is_exit_2_with_one_line() {
    let s = Scratch::new();
    let missing = s.0.join("no-such-article.txt");
    let ok = s.file("ok.txt", ARTICLE.as_bytes());
    for args in [
        vec!["clean", p(&missing)],
        vec!["sentences", p(&missing)],
        vec!["diff", p(&missing), p(&ok)],
        vec!["diff", p(&ok), p(&missing)],
    ] {
        let out = run(&s.0, &args, b"");
        let line = assert_error(&out, "no-such-article.txt");
        assert!(line.contains("cannot read"), "{line}");
    }
}

#[test]
fn directory_is_exit_2_with_one_line() {
    let s = Scratch::new();
    let dir = s.0.join("a-directory");
    std::fs::create_dir(&dir).unwrap();
    let ok = s.file("ok.txt", ARTICLE.as_bytes());
    for args in [
        vec!["clean", p(&dir)],
        vec!["sentences", p(&dir)],
        vec!["diff", p(&ok), p(&dir)],
    ] {
        assert_error(&run(&s.0, &args, b""), "a-directory");
    }
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_exit_2_with_one_line() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new();
    let locked = s.file("locked.txt", ARTICLE.as_bytes());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        // Running as root: permissions do not stop reads. Nothing to test here.
        println!("skipped: running as root, a mode 000 file is readable");
        return;
    }
    assert_error(&run(&s.0, &["clean", p(&locked)], b""), "locked.txt");
}

#[test]
fn non_utf8_input_is_exit_2_with_one_line() {
    let s = Scratch::new();
    let latin1 = s.file("latin1.txt", b"Caf\xe9 owners said prices rose.\n");
    // What Windows Notepad saves as "Unicode": UTF-16 LE with a byte-order mark.
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("Hello.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let utf16 = s.file("utf16.txt", &utf16);
    let ok = s.file("ok.txt", ARTICLE.as_bytes());
    for args in [
        vec!["clean", p(&latin1)],
        vec!["sentences", p(&utf16)],
        vec!["diff", p(&ok), p(&latin1)],
        vec!["diff", p(&utf16), p(&ok)],
    ] {
        assert_error(&run(&s.0, &args, b""), "not valid UTF-8");
    }
    let line = assert_error(&run(&s.0, &["clean", p(&latin1)], b""), "offset 3");
    assert!(line.contains("latin1.txt"), "{line}");
    // The same bytes on standard input.
    for args in [
        vec!["clean", "-"],
        vec!["sentences"],
        vec!["diff", "-", p(&ok)],
    ] {
        let out = run(&s.0, &args, b"Caf\xe9\n");
        assert_error(&out, "standard input is not valid UTF-8");
    }
}

#[test]
fn standard_input_works_on_one_side() {
    let s = Scratch::new();
    let other = s.file("other.txt", OTHER.as_bytes());
    let json = assert_json(&run(&s.0, &["sentences", "-"], ARTICLE.as_bytes()));
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert_eq!(json[1]["text"], "It left at 9 a.m. on Monday.");
    let json = assert_json(&run(&s.0, &["sentences"], ARTICLE.as_bytes()));
    assert_eq!(json.as_array().unwrap().len(), 2);
    let json = assert_json(&run(&s.0, &["clean", "-"], ARTICLE.as_bytes()));
    assert_eq!(json["lines"].as_array().unwrap().len(), 1);
    for args in [
        ["diff", "-", p(&other), "--no-clean"],
        ["diff", p(&other), "-", "--no-clean"],
    ] {
        let json = assert_json(&run(&s.0, &args, ARTICLE.as_bytes()));
        assert_eq!(json["claims"]["left"].as_array().unwrap().len(), 2);
        assert_eq!(json["pairs"].as_array().unwrap().len(), 2);
    }
    let json = assert_json(&run(
        &s.0,
        &["diff", "-", p(&other), "--no-clean"],
        ARTICLE.as_bytes(),
    ));
    let differs: Vec<&serde_json::Value> = json["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["relation"] == "differs")
        .collect();
    assert_eq!(differs.len(), 1, "212 vs 210 people");
    // Empty input is valid input.
    assert_eq!(
        assert_json(&run(&s.0, &["sentences", "-"], b"")),
        serde_json::json!([])
    );
    assert_json(&run(&s.0, &["clean"], b""));
}

#[test]
fn both_sides_standard_input_is_refused() {
    let s = Scratch::new();
    let line = assert_error(
        &run(&s.0, &["diff", "-", "-"], ARTICLE.as_bytes()),
        "only one",
    );
    assert!(line.contains("standard input"), "{line}");
}

#[test]
fn bad_options_are_exit_2_with_one_line() {
    let s = Scratch::new();
    let a = s.file("a.txt", ARTICLE.as_bytes());
    let b = s.file("b.txt", OTHER.as_bytes());
    for threshold in ["2", "-0.5", "NaN", "inf"] {
        let flag = format!("--threshold={threshold}");
        let out = run(&s.0, &["diff", p(&a), p(&b), &flag], b"");
        assert_error(&out, "threshold");
    }
    // Usage errors come from the argument parser: still exit 2 and nothing on stdout.
    let out = run(&s.0, &["diff", p(&a)], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let out = run(&s.0, &["frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn oversize_input_is_exit_2_with_one_line() {
    let s = Scratch::new();
    let big = "a".repeat(MAX + 1);
    let big_file = s.file("big.txt", big.as_bytes());
    let ok = s.file("ok.txt", ARTICLE.as_bytes());
    for (args, stdin) in [
        (vec!["clean", "-"], big.as_bytes()),
        (vec!["clean", p(&big_file)], &b""[..]),
        (vec!["diff", p(&big_file), p(&ok)], &b""[..]),
        (vec!["diff", p(&ok), "-"], big.as_bytes()),
    ] {
        let line = assert_error(&run(&s.0, &args, stdin), "5242881 bytes");
        assert!(line.contains("maximum of 5242880 bytes"), "{line}");
    }
    // Exactly at the limit is accepted.
    let at = "a".repeat(MAX);
    assert_json(&run(&s.0, &["clean", "-"], at.as_bytes()));
}

/// `compare` stops with one line, past the claim pairs `--max-claim-pairs` allows.
#[test]
fn compare_past_its_claim_pair_budget_is_exit_2() {
    let s = Scratch::new();
    let a = s.file("a.txt", ARTICLE.as_bytes());
    let b = s.file("b.txt", ARTICLE.as_bytes());
    assert_json(&run(&s.0, &["compare", p(&a), p(&b)], b""));
    let line = assert_error(
        &run(&s.0, &["compare", p(&a), p(&b), "--max-claim-pairs=1"], b""),
        "more work than scoring 1 pairs of their claims",
    );
    assert!(line.contains("maxClaimPairs"), "{line}");
    assert_error(
        &run(&s.0, &["compare", p(&a), p(&b), "--max-claim-pairs=0"], b""),
        "maxClaimPairs must be a positive",
    );
}

#[test]
fn writes_nothing_but_stdout() {
    let s = Scratch::new();
    let a = s.file("a.txt", ARTICLE.as_bytes());
    let b = s.file("b.txt", OTHER.as_bytes());
    let before = s.entries();
    assert_json(&run(&s.0, &["diff", p(&a), p(&b), "--pretty"], b""));
    assert_json(&run(&s.0, &["clean", p(&a)], b""));
    assert_json(&run(&s.0, &["sentences", p(&b)], b""));
    assert_error(&run(&s.0, &["clean", "missing.txt"], b""), "missing.txt");
    assert_eq!(s.entries(), before, "no file created or removed");
}

/// `sentences` refuses inputs over the limit, as the wasm API does.
#[test]
fn oversize_input_to_sentences_is_exit_2() {
    let s = Scratch::new();
    let big = "a".repeat(MAX + 1);
    assert_error(
        &run(&s.0, &["sentences", "-"], big.as_bytes()),
        "5242881 bytes",
    );
}
