//! Hand-written fixtures (tests/fixtures/): documents with their expected output, and
//! news paragraphs about donations, subscriptions and cookies that must be kept.

use std::path::PathBuf;

use crate::util::*;

fn fixtures() -> PathBuf {
    root().join("tests/fixtures")
}

/// Names listed in tests/fixtures/known-misses.txt.
fn known_misses() -> Vec<String> {
    read(&fixtures().join("known-misses.txt"))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next().map(str::to_string))
        .collect()
}

#[test]
fn documents_come_out_as_expected() {
    let dir = fixtures().join("docs");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/docs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && !p.to_string_lossy().ends_with(".expected.txt")
        })
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "only {} fixture documents", cases.len());
    let misses = known_misses();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let expected = read(&case.with_extension("expected.txt"));
        let out = run_files(&[case.to_str().expect("path")]);
        assert!(out.status.success(), "{}: {}", case.display(), stderr(&out));
        let got = stdout(&out);
        // Never lose journalism: every expected line is in the output.
        let lost: Vec<&str> = expected
            .lines()
            .filter(|l| !l.trim().is_empty() && !got.lines().any(|g| g == *l))
            .collect();
        if !lost.is_empty() {
            failures.push(format!("{name}: lost body lines {lost:?}"));
        }
        let exact = got == expected;
        match (exact, misses.contains(&name)) {
            (true, true) => failures.push(format!(
                "{name} now passes: remove it from tests/fixtures/known-misses.txt"
            )),
            (false, false) => {
                failures.push(format!("{name}:\n--- expected\n{expected}--- got\n{got}"))
            }
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hard_negatives_are_kept() {
    let dir = fixtures().join("hard_negatives");
    let mut total = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/fixtures/hard_negatives") {
        let path = entry.expect("entry").path();
        let text = read(&path);
        total += text.lines().filter(|l| !l.trim().is_empty()).count();
        // Each paragraph alone, and all of them as one document.
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let doc = format!("{line}\n");
            let out = run(&[], doc.as_bytes());
            assert_eq!(stdout(&out), doc, "{}: dropped", path.display());
        }
        let out = run_files(&[path.to_str().expect("path")]);
        assert_eq!(stdout(&out), text, "{}", path.display());
    }
    assert!(total >= 30, "only {total} hard negatives");
}
