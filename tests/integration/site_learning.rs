//! Site learning: records' URLs read by default, `--learn-sites` over files (two passes)
//! and over a stream (per-site memory), `--save-learned`, bounded memory, and output that
//! does not depend on `-j`.

use std::path::Path;

use serde_json::Value;

use crate::util::*;

const TOWNS: [&str; 8] = [
    "Alder", "Brook", "Corran", "Dunmore", "Elster", "Fenwick", "Garrow", "Hollin",
];
const TOPICS: [&str; 6] = [
    "bridge",
    "library",
    "ferry",
    "market hall",
    "water works",
    "school",
];

/// A body no other document shares: every paragraph names the document's town and topic.
fn body(i: usize) -> Vec<String> {
    let name = format!(
        "{} {}",
        TOWNS[i % TOWNS.len()],
        TOPICS[(i / TOWNS.len()) % TOPICS.len()]
    );
    vec![
        format!("Inspectors visiting the {name} project on Tuesday found cracks in the eastern wall, the county surveyor said in a statement."),
        format!("Neighbours of the {name} works have asked for a public meeting, and the council has promised one before the end of the month, officials said."),
        format!("The firm in charge of the {name} contract, number {}, said the repairs would be paid for under the original guarantee.", 4000 + i),
    ]
}

/// The closing block a site prints under every story: three paragraphs of our own that
/// the built-in model alone keeps.
fn block(site: &str, i: usize) -> Vec<String> {
    vec![
        format!("The {site} Courier is written and edited by a staff of nine on Mill Lane."),
        format!(
            "This issue, number {}, was set in type on {} March at {}:{:02}.",
            100 + i,
            1 + i % 28,
            5 + i % 12,
            (i * 7) % 60
        ),
        "Paper for the printing comes from the Weir Valley mill cooperative.".to_string(),
    ]
}

/// A document of `site`: its body, then (with `block`) the site's block.
fn document(site: &str, i: usize, with_block: bool) -> String {
    let mut paragraphs = body(i);
    if with_block {
        paragraphs.extend(block(site, i));
    }
    paragraphs.join("\n") + "\n"
}

/// A JSONL record of `site` (its URL under `www.`).
fn record(site: &str, i: usize, with_block: bool) -> String {
    serde_json::json!({
        "id": format!("{site}-{i}"),
        "url": format!("https://www.{}.example/news/{i}", site.to_lowercase()),
        "text": document(site, i, with_block),
    })
    .to_string()
        + "\n"
}

fn texts(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("output line is JSON");
            v["text"].as_str().expect("text").to_string()
        })
        .collect()
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn learned_domain_patterns_apply_to_jsonl_records_without_a_url_flag() {
    let dir = temp_dir("sites-url-default");
    let corpus: String = (0..12).map(|i| record("Harlow", i, true)).collect();
    let corpus_path = dir.join("corpus.jsonl");
    std::fs::write(&corpus_path, corpus).expect("write corpus");
    let learned = dir.join("learned.pat");
    let out = run_files(&["learn", path(&corpus_path), "-o", path(&learned)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(read(&learned).contains("@domain harlow.example"));

    let new = format!(
        "{}{}",
        record("Harlow", 40, true),
        record("Other", 40, true)
    );
    let new_path = dir.join("new.jsonl");
    std::fs::write(&new_path, &new).expect("write input");
    let model_alone = texts(&stdout(&run_files(&[path(&new_path)])));
    assert_eq!(
        model_alone[0],
        document("Harlow", 40, true),
        "the model alone already removes the block: the test proves nothing"
    );
    // By the files' names, with no --url-field: the records' "url" names their site.
    let out = run_files(&["--patterns", path(&learned), path(&new_path)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = texts(&stdout(&out));
    assert_eq!(got[0], document("Harlow", 40, false));
    assert_eq!(got[1], document("Other", 40, true));
    // The same from stdin with --format jsonl.
    let got = texts(&kept(
        &new,
        &["--format", "jsonl", "--patterns", path(&learned)],
    ));
    assert_eq!(got[0], document("Harlow", 40, false));
    // --url-field '' reads no URL: the site's patterns do not apply.
    let got = texts(&kept(
        &new,
        &[
            "--format",
            "jsonl",
            "--url-field",
            "",
            "--patterns",
            path(&learned),
        ],
    ));
    assert_eq!(got[0], document("Harlow", 40, true));
}

#[test]
fn the_report_names_the_url_read_by_default() {
    let (out, report) = run_jsonl_reported(
        "sites-report-url",
        &[],
        format!(
            "{{\"url\":\"https://a.example/x\",\"text\":\"{}\\nShare on Facebook\\n\"}}\n",
            body(1)[0]
        )
        .as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let blocks = report_lines(&read(&report));
    assert_eq!(blocks[0]["url"], "https://a.example/x");
}

/// Twelve documents of Harlow and twelve of Kestle interleaved, three of Tiny; Harlow's
/// third and eighth documents quote the same paragraph.
fn interleaved() -> (String, Vec<(String, usize)>) {
    let mut lines = String::new();
    let mut order = Vec::new();
    for i in 0..12 {
        for site in ["Harlow", "Kestle"] {
            let n = if site == "Harlow" { i } else { 100 + i };
            order.push((site.to_string(), n));
        }
        if i % 4 == 0 {
            order.push(("Tiny".to_string(), 200 + i));
        }
    }
    for (site, n) in &order {
        let mut text = document(site, *n, true);
        if site == "Harlow" && (*n == 3 || *n == 8) {
            text = format!("{QUOTE}\n{text}");
        }
        lines.push_str(
            &(serde_json::json!({
                "id": format!("{site}-{n}"),
                "url": format!("https://www.{}.example/news/{n}", site.to_lowercase()),
                "text": text,
            })
            .to_string()
                + "\n"),
        );
    }
    (lines, order)
}

const QUOTE: &str = "\"We will keep the crossing shut until the last inspection is done,\" the harbour master told reporters on the quay.";

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write file");
    p
}

#[test]
fn learn_sites_over_files_removes_each_sites_block_whole_and_only_it() {
    let dir = temp_dir("sites-files");
    let (corpus, order) = interleaved();
    let input = write(&dir, "corpus.jsonl", &corpus);
    let out = run_files(&["--learn-sites", path(&input)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = texts(&stdout(&out));
    assert_eq!(got.len(), order.len());
    for ((site, n), text) in order.iter().zip(&got) {
        let want = if site == "Tiny" {
            // Three documents: too few to learn from; the model alone keeps the block.
            document(site, *n, true)
        } else if site == "Harlow" && (*n == 3 || *n == 8) {
            // A quote in two articles is not boilerplate.
            format!("{QUOTE}\n{}", document(site, *n, false))
        } else {
            document(site, *n, false)
        };
        assert_eq!(text, &want, "{site} {n}");
    }
}

#[test]
fn learn_sites_over_a_stream_without_lookahead_learns_from_the_fifth_document_of_a_site() {
    let (corpus, order) = interleaved();
    let got = texts(&kept(
        &corpus,
        &[
            "--format",
            "jsonl",
            "--learn-sites",
            "--site-lookahead",
            "0",
        ],
    ));
    let mut seen = std::collections::HashMap::new();
    for ((site, n), text) in order.iter().zip(&got) {
        let k = seen.entry(site.clone()).or_insert(0usize);
        *k += 1;
        let mut want = document(site, *n, site == "Tiny" || *k < 5);
        if site == "Harlow" && (*n == 3 || *n == 8) {
            want = format!("{QUOTE}\n{want}");
        }
        assert_eq!(text, &want, "{site} {n}, its document {k}");
    }
}

#[test]
fn learn_sites_over_a_stream_reads_ahead_for_a_sites_first_documents() {
    let (corpus, order) = interleaved();
    // Read ahead by ten documents: a site's first document is told about the four that
    // follow within them (each site has one in every two or three records).
    let got = texts(&kept(
        &corpus,
        &[
            "--format",
            "jsonl",
            "--learn-sites",
            "--site-lookahead",
            "10",
            "--batch-bytes",
            "500",
        ],
    ));
    for ((site, n), text) in order.iter().zip(&got) {
        let mut want = document(site, *n, site == "Tiny");
        if site == "Harlow" && (*n == 3 || *n == 8) {
            want = format!("{QUOTE}\n{want}");
        }
        assert_eq!(text, &want, "{site} {n}");
    }
}

#[test]
fn learn_sites_output_is_the_same_for_every_thread_count() {
    let dir = temp_dir("sites-threads");
    let (corpus, _) = interleaved();
    let input = write(&dir, "corpus.jsonl", &corpus);
    for how in [
        "--learn-sites=files",
        "--learn-sites=stream",
        "--site-lookahead=0",
    ] {
        let outputs: Vec<Vec<u8>> = ["1", "2", "3"]
            .iter()
            .map(|j| {
                let mut args = vec![how, "-j", j, "--batch-bytes", "700", path(&input)];
                if how.starts_with("--site-lookahead") {
                    args.push("--learn-sites=stream");
                }
                let out = run_files(&args);
                assert!(out.status.success(), "{}", stderr(&out));
                out.stdout
            })
            .collect();
        assert_eq!(outputs[0], outputs[1], "{how}");
        assert_eq!(outputs[0], outputs[2], "{how}");
    }
}

#[test]
fn a_stream_read_ahead_does_not_depend_on_how_the_input_is_cut() {
    let (corpus, _) = interleaved();
    let outputs: Vec<String> = ["300", "2000", "1000000"]
        .iter()
        .map(|bytes| {
            kept(
                &corpus,
                &[
                    "--format",
                    "jsonl",
                    "--learn-sites",
                    "--site-lookahead",
                    "7",
                    "--batch-bytes",
                    bytes,
                ],
            )
        })
        .collect();
    assert_eq!(outputs[0], outputs[1]);
    assert_eq!(outputs[0], outputs[2]);
}

#[test]
fn report_and_explain_name_the_site() {
    let dir = temp_dir("sites-explain");
    let (corpus, _) = interleaved();
    let input = write(&dir, "corpus.jsonl", &corpus);
    let report = dir.join("r.jsonl");
    let out = run_files(&["--learn-sites", "--report", path(&report), path(&input)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let blocks = report_lines(&read(&report));
    let evidence: Vec<&Value> = blocks
        .iter()
        .flat_map(|b| b["evidence"].as_array().expect("evidence"))
        .filter(|e| e.get("site").is_some())
        .collect();
    assert!(!evidence.is_empty());
    assert_eq!(evidence[0]["site"], "harlow.example");
    assert_eq!(evidence[0]["text"], "site:harlow.example 12/12 documents");
    assert_eq!(evidence[0]["weight"], 8.0);
    let explained = stdout(&run_files(&[
        "--learn-sites",
        "--explain",
        "--color",
        "never",
        path(&input),
    ]));
    assert!(
        explained.contains("site:harlow.example 12/12 documents"),
        "{explained}"
    );
    let streamed = kept(
        &corpus,
        &[
            "--format",
            "jsonl",
            "--learn-sites",
            "--explain",
            "--color",
            "never",
        ],
    );
    assert!(
        streamed.contains("site:kestle.example 5/5 documents"),
        "{streamed}"
    );
}

#[test]
fn save_learned_writes_patterns_that_the_next_run_reuses() {
    let dir = temp_dir("sites-save");
    let (corpus, _) = interleaved();
    let input = write(&dir, "corpus.jsonl", &corpus);
    let saved = dir.join("learned");
    for how in ["--learn-sites=files", "--learn-sites=stream"] {
        let out = run_files(&[how, "--save-learned", path(&saved), path(&input)]);
        assert!(out.status.success(), "{}", stderr(&out));
        let file = read(&saved.join("sites.pat"));
        assert!(file.contains("@domain harlow.example"), "{file}");
        assert!(file.contains("@domain kestle.example"), "{file}");
        assert!(!file.contains("tiny.example"), "{file}");
        assert!(!file.contains("harbour master"), "{file}");
        let lines: Vec<&str> = file
            .lines()
            .filter(|l| !l.starts_with('#') && l.contains(" ~"))
            .collect();
        assert_eq!(lines.len(), 6, "{how}: {file}");
        assert!(lines.iter().all(|l| l.starts_with("+8.0 ")), "{file}");
        let check = run_files(&["check-patterns", path(&saved)]);
        assert!(check.status.success(), "{}", stderr(&check));
    }
    // The next run, with the saved file and without learning.
    let new = record("Harlow", 77, true);
    let got = texts(&kept(
        &new,
        &["--format", "jsonl", "--patterns", path(&saved)],
    ));
    assert_eq!(got[0], document("Harlow", 77, false));
}

#[test]
fn learn_sites_usage_errors() {
    let dir = temp_dir("sites-usage");
    let input = write(&dir, "a.txt", "Some text.\n");
    let jsonl = write(&dir, "a.jsonl", &record("Harlow", 1, true));
    let cases: [(&[&str], &str); 4] = [
        (&["--learn-sites", path(&input)], "--learn-sites applies to"),
        (
            &["--format", "jsonl", "--learn-sites=files"],
            "--learn-sites=files reads the inputs twice",
        ),
        (
            &["--save-learned", path(&dir), path(&jsonl)],
            "--save-learned writes what --learn-sites learned",
        ),
        (
            &["--learn-sites", "--site-min-share", "2", path(&jsonl)],
            "--site-min-share",
        ),
    ];
    for (args, message) in cases {
        let out = run_files(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn learn_sites_reads_the_site_of_wet_records_from_their_target_uri() {
    let dir = temp_dir("sites-wet");
    let mut wet =
        String::from("WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\nx: y\r\n\r\n");
    for i in 0..8 {
        let payload = document("Harlow", i, true);
        wet.push_str(&format!(
            "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://www.harlow.example/news/{i}\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
            payload.len()
        ));
    }
    let input = write(&dir, "a.warc.wet", &wet);
    for how in ["--learn-sites=files", "--learn-sites=stream"] {
        let out = run_files(&[how, path(&input)]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(!text.contains("Weir Valley mill"), "{how}: {text}");
        assert_eq!(text.matches("Inspectors visiting the").count(), 8, "{how}");
    }
}
