//! A user's first hour: an output never overwrites an input, the input format follows the
//! file name, binary input is never silently dropped, one rule for usage errors, and every
//! command opens its inputs alike.

use std::io::Write;
use std::path::Path;

use serde_json::Value;

use crate::util::*;

/// News of our own, one paragraph a line.
const NEWS: &str = "\
The city council voted 7-2 on Tuesday to extend the northern tram line by four stops, ending a decade-long dispute over the route.
Construction is expected to begin next spring and cost about $240 million, according to the transit authority's latest estimate.
Opponents argued that the money would be better spent on buses, which carry twice as many riders across the region.
";

/// A line every default set removes.
const CHROME: &str = "Share on Facebook\n";

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip")
}

/// Asserts a usage error: exit status 2, stderr naming `flag`.
fn assert_usage(out: &std::process::Output, flag: &str) {
    assert_eq!(out.status.code(), Some(2), "{}", stderr(out));
    assert!(
        stderr(out).contains(flag),
        "{flag} not named: {}",
        stderr(out)
    );
}

#[test]
fn output_that_is_an_input_is_a_usage_error_and_the_input_survives() {
    let dir = temp_dir("clobber");
    let text = dir.join("a.txt");
    let doc = format!("{NEWS}{CHROME}");
    std::fs::write(&text, &doc).expect("write");
    let records = dir.join("c.jsonl");
    let record = format!("{}\n", serde_json::json!({ "text": doc }));
    std::fs::write(&records, &record).expect("write");
    let runs: Vec<Vec<&str>> = vec![
        vec![path(&text), "-o", path(&text)],
        vec!["--format", "jsonl", path(&records), "-o", path(&records)],
        vec![path(&records), "--output", path(&records)],
        vec![path(&text), "--report", path(&text)],
    ];
    for args in runs {
        let out = run_files(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("input"), "{}", stderr(&out));
    }
    assert_eq!(read(&text), doc);
    assert_eq!(read(&records), record);

    // The same file by another name: a hard link.
    let link = dir.join("link.txt");
    std::fs::hard_link(&text, &link).expect("hard link");
    let out = run_files(&[path(&text), "-o", path(&link)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(read(&text), doc);

    // learn and train check their -o too.
    let out = run_files(&["learn", path(&dir), "-o", path(&text)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(read(&text), doc);
    let out = run_files(&["train", path(&records), "-o", path(&records)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(read(&records), record);

    // Writing elsewhere still works.
    let out = run_files(&[path(&text), "-o", path(&dir.join("clean.txt"))]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(read(&dir.join("clean.txt")), NEWS);
}

#[test]
fn input_format_follows_the_file_name() {
    let dir = temp_dir("named-format");
    let doc = format!("{NEWS}{CHROME}");
    let records = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "a", "text": doc}),
        serde_json::json!({"id": "b", "text": NEWS}),
    );
    let expected = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "a", "text": NEWS}),
        serde_json::json!({"id": "b", "text": NEWS}),
    );
    for name in [
        "c.jsonl",
        "c.ndjson",
        "c.jsonl.gz",
        "c.ndjson.gz",
        "c.jsonl.zst",
    ] {
        let file = dir.join(name);
        let bytes = if name.ends_with(".gz") {
            gzip(records.as_bytes())
        } else if name.ends_with(".zst") {
            zstd::encode_all(records.as_bytes(), 3).expect("zstd")
        } else {
            records.clone().into_bytes()
        };
        std::fs::write(&file, bytes).expect("write");
        let out = run_files(&[path(&file)]);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        assert_eq!(stdout(&out), expected, "{name}");
    }
    // JSONL flags apply without --format when the name says JSONL.
    let out = run_files(&["--id-field", "id", path(&dir.join("c.jsonl"))]);
    assert!(out.status.success(), "{}", stderr(&out));

    // --format overrides the name: the records read as one text document.
    let out = run_files(&["--format", "text", path(&dir.join("c.jsonl"))]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_ne!(stdout(&out), expected);

    // WET by name, plain and compressed.
    let payload = doc.replace('\n', "\r\n");
    let wet = format!(
        "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://news.example.com/a\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
        payload.len()
    );
    for name in ["x.wet", "x.warc.wet", "x.warc.wet.gz", "x.wet.gz"] {
        let file = dir.join(name);
        let bytes = if name.ends_with(".gz") {
            gzip(wet.as_bytes())
        } else {
            wet.clone().into_bytes()
        };
        std::fs::write(&file, bytes).expect("write");
        let out = run_files(&["--output-format", "jsonl", path(&file)]);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let line: Value = serde_json::from_str(stdout(&out).trim()).expect("JSON");
        assert_eq!(line["url"], "https://news.example.com/a", "{name}");
    }

    // stdin stays text: JSON lines on stdin are one text document, unless --format says.
    let out = run(&[], records.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_ne!(stdout(&out), expected);
    let out = run(&["--format", "jsonl"], records.as_bytes());
    assert_eq!(stdout(&out), expected);

    // Mixed formats without --format: a usage error naming both files.
    let text = dir.join("a.txt");
    std::fs::write(&text, &doc).expect("write");
    let out = run_files(&[path(&dir.join("c.jsonl")), path(&text)]);
    assert_usage(&out, "--format");
    assert!(stderr(&out).contains("a.txt"), "{}", stderr(&out));
    let out = run_files(&[path(&dir.join("c.jsonl")), "-"]);
    assert_usage(&out, "--format");

    // --help says so.
    let help = stdout(&run_files(&["--help"]));
    assert!(help.contains(".ndjson"), "{help}");
    assert!(help.contains(".warc.wet"), "{help}");
}

/// 1 MiB of pseudo-random bytes (xorshift), the same every run.
fn random_bytes() -> Vec<u8> {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    (0..1 << 20)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as u8
        })
        .collect()
}

#[test]
fn binary_input_is_passed_through_with_a_warning_never_dropped_silently() {
    let dir = temp_dir("binary");
    let binary = dir.join("blob.bin");
    let bytes = random_bytes();
    std::fs::write(&binary, &bytes).expect("write");
    let text = dir.join("a.txt");
    std::fs::write(&text, format!("{NEWS}{CHROME}")).expect("write");

    // Default: passed through unchanged, warned about by name.
    let out = run_files(&[path(&binary)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        out.stdout == bytes,
        "binary input not passed through unchanged"
    );
    assert!(stderr(&out).contains("blob.bin"), "{}", stderr(&out));
    assert!(stderr(&out).contains("binary"), "{}", stderr(&out));

    // skip: left out, warned about; the text input is still filtered.
    let out = run_files(&["--binary", "skip", path(&binary), path(&text)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), NEWS);
    assert!(stderr(&out).contains("blob.bin"), "{}", stderr(&out));

    // error: exit 1, the other input still filtered.
    let out = run_files(&["--binary", "error", path(&binary), path(&text)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout(&out), NEWS);
    assert!(stderr(&out).contains("blob.bin"), "{}", stderr(&out));

    // NUL-dense input on stdin.
    let nul = b"\0\0\0\0header\0\0\0\0\0\0\0\0data\0\0\0".repeat(50);
    let out = run(&[], &nul);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(out.stdout, nul);
    assert!(stderr(&out).contains("<stdin>"), "{}", stderr(&out));

    // UTF-16 named by --encoding is decoded, not sniffed as binary.
    let utf16: Vec<u8> = NEWS.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let out = run(&["--encoding", "utf-16le"], &utf16);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), NEWS);
    assert!(!stderr(&out).contains("binary"), "{}", stderr(&out));

    // Text with a stray NUL is text.
    let doc = format!("{NEWS}{CHROME}").replacen("tram", "tr\0am", 1);
    let out = run(&[], doc.as_bytes());
    assert!(!stderr(&out).contains("binary"), "{}", stderr(&out));
    assert!(stdout(&out).contains("tr\0am"));

    // --binary applies to text only.
    let out = run(&["--binary", "skip", "--format", "jsonl"], b"");
    assert_usage(&out, "--binary");
}

#[test]
fn invert_writes_each_records_removed_paragraphs() {
    let records = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "a", "text": format!("{NEWS}{CHROME}")}),
        serde_json::json!({"id": "b", "text": NEWS}),
    );
    let out = run(&["--format", "jsonl", "--invert"], records.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["text"], CHROME);
    assert_eq!(lines[1]["text"], "");
    // --drop-empty leaves out the records of which nothing was removed.
    let out = run(
        &["--format", "jsonl", "--invert", "--drop-empty"],
        records.as_bytes(),
    );
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
    // --annotate and --invert say opposite things.
    let out = run(
        &["--format", "jsonl", "--invert", "--annotate"],
        records.as_bytes(),
    );
    assert_usage(&out, "--invert");
}

#[test]
fn explain_names_each_record_of_a_jsonl_input() {
    let records = format!(
        "{}\n{{oops\n{}\n",
        serde_json::json!({"id": "a", "text": format!("{NEWS}{CHROME}")}),
        serde_json::json!({"id": "b", "text": NEWS}),
    );
    let args = ["--format", "jsonl", "--explain", "--id-field", "id"];
    // A malformed line stops the run, as when filtering.
    let out = run(&args, records.as_bytes());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("line 2"), "{}", stderr(&out));
    let out = run(
        &[&args[..], &["--on-error", "skip"]].concat(),
        records.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let explain = stdout(&out);
    let lines: Vec<&str> = explain.lines().collect();
    let a = lines
        .iter()
        .position(|l| *l == "record a")
        .expect("record a");
    let b = lines
        .iter()
        .position(|l| *l == "record b")
        .expect("record b");
    assert!(lines[a + 1].contains(":doc"), "{explain}");
    let share = lines
        .iter()
        .position(|l| l.ends_with(CHROME.trim()))
        .expect("the share line");
    assert!(a < share && share < b, "{explain}");
    assert!(lines[share].contains("DROP"), "{explain}");
    assert!(explain.contains("line 2"), "{explain}");
    // --invert: only what was removed.
    let out = run(
        &[&args[..], &["--on-error", "skip", "--invert"]].concat(),
        records.as_bytes(),
    );
    assert!(!stdout(&out).contains("KEEP"), "{}", stdout(&out));
    assert!(stdout(&out).contains("DROP"), "{}", stdout(&out));
}

#[test]
fn usage_errors_exit_with_two_and_name_the_flag() {
    let cases: &[(&[&str], &str)] = &[
        (&["--annotate"], "--annotate"),
        (&["-j", "0"], "-j"),
        (&["-j", "2"], "-j"),
        (&["--window", "1"], "--window"),
        (
            &["--strict-encoding", "--format", "jsonl"],
            "--strict-encoding",
        ),
        (&["--field", "body"], "--field"),
        (&["--drop-empty"], "--drop-empty"),
        (&["--on-error", "skip"], "--on-error"),
        (&["--id-field", "id"], "--id-field"),
        (&["--url-field", "url"], "--url-field"),
        (&["--max-paragraph", "0"], "--max-paragraph"),
        (&["--explain", "--format", "wet"], "--explain"),
        (&["--explain", "--format", "jsonl", "-j", "2"], "-j"),
        (
            &["--url", "https://a.example/", "--format", "jsonl"],
            "--url",
        ),
        (&["--encoding", "koi8-r", "--format", "jsonl"], "--encoding"),
        (&["--output-format", "jsonl"], "--output-format"),
        (&["--lang-field", "lang"], "--lang-field"),
    ];
    for (args, flag) in cases {
        let out = run(args, NEWS.as_bytes());
        assert_usage(&out, flag);
        assert!(out.stdout.is_empty(), "{args:?} wrote output");
    }
    // A usage error creates no output file.
    let dir = temp_dir("usage-output");
    let output = dir.join("out.txt");
    let out = run(&["--window", "1", "-o", path(&output)], NEWS.as_bytes());
    assert_usage(&out, "--window");
    assert!(!output.exists());
}

#[test]
fn learn_reads_wet_and_every_command_opens_gzip_and_stdin() {
    let dir = temp_dir("open-alike");
    // A labeled record for eval, gzip-compressed and on stdin.
    let doc = format!("{NEWS}{CHROME}");
    let mut paragraphs: Vec<Value> = NEWS
        .lines()
        .map(|l| serde_json::json!({"text": l, "label": "body"}))
        .collect();
    paragraphs
        .push(serde_json::json!({"text": CHROME.trim(), "label": "boiler", "category": "share"}));
    let labeled = format!(
        "{}\n",
        serde_json::json!({"source": "own", "view": "test", "text": doc, "paragraphs": paragraphs})
    );
    let gz = dir.join("labeled.jsonl.gz");
    std::fs::write(&gz, gzip(labeled.as_bytes())).expect("write");
    let out = run_files(&["eval", "--json", path(&gz)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let from_file: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let out = run(&["eval", "--json", "-"], &gzip(labeled.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let from_stdin: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let figures = &from_file["all"]["paragraphs"];
    assert_eq!(figures, &from_stdin["all"]["paragraphs"]);
    assert_eq!(figures["removal_recall"], 1.0, "{from_file}");
    assert_eq!(figures["body_char_loss"], 0.0, "{from_file}");

    // learn --format wet: a site's repeated paragraph in its conversion records.
    let mut wet = String::new();
    for i in 0..6 {
        let payload = format!(
            "Story number {i} about the harbour works was filed on a different day.\r\nThe Harbour Gazette is put together by a small crew on Quay Street.\r\n"
        );
        wet.push_str(&format!(
            "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://www.harbour.example/{i}\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
            payload.len()
        ));
    }
    let file = dir.join("crawl.warc.wet.gz");
    std::fs::write(&file, gzip(wet.as_bytes())).expect("write");
    for extra in [&["--format", "wet"][..], &[][..]] {
        let learned = dir.join("learned.pat");
        let mut args = vec!["learn", path(&file), "-o", path(&learned)];
        args.extend_from_slice(extra);
        let out = run_files(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = read(&learned);
        assert!(text.contains("@domain harbour.example"), "{text}");
        assert!(text.contains("quay street"), "{text}");
    }
}
