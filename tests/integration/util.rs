//! Helpers shared by the integration tests: running the binary, temp dirs, paths.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Path of the built `unboil` binary.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_unboil")
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/corpus`, when this checkout sits beside it (see `shared_path`).
pub fn shared_corpus(test: &str) -> Option<PathBuf> {
    shared_path(test, "corpus")
}

/// `../shared/RELATIVE`, when this checkout sits beside `../shared`. When it does not,
/// `test` is skipped and says so on the terminal (not in the output the harness
/// captures); with the environment variable `CI` set, a missing path fails the test.
pub fn shared_path(test: &str, relative: &str) -> Option<PathBuf> {
    let path = root().join("../shared").join(relative);
    if path.exists() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{test}: ../shared/{relative} is not beside this checkout, and CI is set"
    );
    let _ = writeln!(
        std::io::stderr(),
        "test {test} ... skipped: ../shared/{relative} is not beside this checkout"
    );
    None
}

/// A fresh, empty directory for one test, under the target directory.
pub fn temp_dir(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = root()
        .join("target")
        .join("test-tmp")
        .join(format!("{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// Runs `unboil ARGS` with `stdin` as input.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn unboil");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let output = child.wait_with_output().expect("wait unboil");
    writer.join().expect("writer thread");
    output
}

/// What `unboil ARGS` writes for `input`, which must succeed.
pub fn kept(input: &str, args: &[&str]) -> String {
    let out = run(args, input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

/// Asserts that `article` followed by `tail` comes out as `article` alone, and that
/// `--explain` names `signal`.
pub fn assert_tail_removed_by(article: &str, tail: &str, signal: &str) {
    let doc = format!("{article}{tail}");
    assert_eq!(kept(&doc, &[]), article);
    let explained = kept(&doc, &["--explain"]);
    assert!(explained.contains(signal), "no {signal} in:\n{explained}");
}

/// Runs `unboil ARGS` with no input (stdin closed).
pub fn run_files(args: &[&str]) -> Output {
    run(args, b"")
}

/// Standard output as UTF-8 text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

/// Standard error as UTF-8 text (lossy).
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Removes the byte ranges `[start, end)` from `text`.
pub fn remove_ranges(text: &str, ranges: &[(usize, usize)]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for &(start, end) in ranges {
        assert!(
            start >= at && end >= start && end <= text.len(),
            "bad range {start}..{end}"
        );
        out.push_str(&text[at..start]);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Parses the block records (`"type": "block"`) of `--report` JSON lines into values.
pub fn report_lines(text: &str) -> Vec<serde_json::Value> {
    report_records(text, "block")
}

/// Parses the per-document records (`"type": "document"`) of `--report` JSON lines.
pub fn report_documents(text: &str) -> Vec<serde_json::Value> {
    report_records(text, "document")
}

fn report_records(text: &str, kind: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("report line is JSON"))
        .filter(|v| v["type"] == kind)
        .collect()
}

/// Reads a file to a string.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs `unboil --format jsonl --report FILE EXTRA…` on `stdin` in a fresh temporary
/// folder named after `name`; returns the run and the report's path.
pub fn run_jsonl_reported(name: &str, extra: &[&str], stdin: &[u8]) -> (Output, PathBuf) {
    let report = temp_dir(name).join("r.jsonl");
    let mut args = vec![
        "--format",
        "jsonl",
        "--report",
        report.to_str().expect("path"),
    ];
    args.extend_from_slice(extra);
    let out = run(&args, stdin);
    (out, report)
}

/// The model of the built-in patterns, built once for the whole test binary.
pub fn builtin_model() -> &'static unboil::Model {
    static MODEL: std::sync::OnceLock<unboil::Model> = std::sync::OnceLock::new();
    MODEL.get_or_init(|| {
        unboil::Model::new(
            unboil::PatternSetBuilder::with_builtin()
                .build()
                .expect("built-in patterns"),
        )
    })
}
