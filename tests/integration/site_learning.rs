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
