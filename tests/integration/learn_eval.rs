//! `unboil learn` (per-site repeats become patterns that filter the next document of the
//! site and nothing else) and `unboil eval` (the same figures as score.py).

use std::path::Path;
use std::process::Command;

use crate::util::*;

const FIRST: [&str; 8] = [
    "amber", "basalt", "copper", "delta", "ember", "falcon", "granite", "harbor",
];
const SECOND: [&str; 5] = ["ridge", "valley", "meadow", "canyon", "orchard"];
const MONTHS: [&str; 6] = ["January", "March", "April", "June", "August", "October"];

/// The site's own closing block; the second paragraph changes its numbers every time.
fn block(i: usize) -> Vec<String> {
    vec![
        "The Harbour Gazette is put together by a small crew on Quay Street in Port Ellis."
            .to_string(),
        format!(
            "This edition went to the printers on {} {} {} at {}:{:02}.",
            1 + i % 28,
            MONTHS[i % MONTHS.len()],
            2001 + i,
            6 + i % 12,
            (i * 7) % 60
        ),
        "Printing and delivery by the Ellis Press cooperative.".to_string(),
    ]
}

/// A body that no other document shares: every paragraph names the document's project.
fn body(i: usize) -> Vec<String> {
    let name = format!("{} {}", FIRST[i % 8], SECOND[i / 8]);
    vec![
        format!("Engineers reviewing the {name} tunnel found that the northern section had shifted, the regional transport office said on Monday."),
        format!("Residents near the {name} site have complained about night work for months, and a hearing is planned for the spring."),
        format!("The contractor building the {name} link declined to comment, but a spokesperson for the council said costs were under review."),
    ]
}

const QUOTE: &str = "\"We will not reopen the crossing until every inspection is finished,\" the minister told reporters outside parliament.";

fn document(i: usize, quote: bool) -> String {
    let mut paragraphs = body(i);
    if quote {
        paragraphs.insert(1, QUOTE.to_string());
    }
    paragraphs.extend(block(i));
    paragraphs.join("\n") + "\n"
}

fn write_corpus(dir: &Path) {
    let site = dir.join("example.com");
    std::fs::create_dir_all(&site).expect("create site dir");
    for i in 0..30 {
        std::fs::write(
            site.join(format!("doc{i:02}.txt")),
            document(i, i == 3 || i == 7),
        )
        .expect("write doc");
    }
    let other = dir.join("other.org");
    std::fs::create_dir_all(&other).expect("create site dir");
    for i in 30..36 {
        std::fs::write(other.join(format!("doc{i}.txt")), body(i).join("\n") + "\n")
            .expect("write doc");
    }
}

fn learn(corpus: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "learn",
        corpus.to_str().expect("utf-8 path"),
        "-o",
        out.to_str().expect("utf-8 path"),
    ];
    args.extend_from_slice(extra);
    let result = run_files(&args);
    assert!(result.status.success(), "{}", stderr(&result));
    read(out)
}

fn pattern_lines(file: &str) -> Vec<&str> {
    file.lines()
        .filter(|l| !l.starts_with('#') && l.contains(" ~"))
        .collect()
}

#[test]
fn learn_finds_the_sites_block_and_only_it() {
    let dir = temp_dir("learn");
    let corpus = dir.join("corpus");
    write_corpus(&corpus);
    let learned_path = dir.join("learned.pat");
    let learned = learn(&corpus, &learned_path, &[]);
    assert!(learned.contains("@domain example.com"), "{learned}");
    let lines = pattern_lines(&learned);
    assert_eq!(lines.len(), 3, "{learned}");
    assert!(
        lines.iter().any(
            |l| l.ends_with("~this edition went to the printers on 0 march 0 at 0")
                || l.contains("~this edition went to the printers on 0 ")
        ),
        "{learned}"
    );
    assert!(lines.iter().all(|l| l.starts_with("+8.0 ")), "{learned}");
    assert!(!learned.contains("minister told reporters"), "{learned}");
    assert!(
        learned.contains("30/30 documents of example.com"),
        "{learned}"
    );

    // The file is valid pattern language.
    let check = run_files(&["check-patterns", learned_path.to_str().expect("utf-8 path")]);
    assert!(check.status.success(), "{}", stdout(&check));

    // A 31st document of the site, with a date never seen: the block goes, the body stays.
    let doc = document(31, false);
    let doc_path = dir.join("doc31.txt");
    std::fs::write(&doc_path, &doc).expect("write doc");
    let doc_arg = doc_path.to_str().expect("utf-8 path");
    let patterns = learned_path.to_str().expect("utf-8 path");
    let without = run_files(&[doc_arg, "--url", "https://www.example.com/news/31"]);
    assert!(
        stdout(&without).contains("Ellis Press cooperative"),
        "the built-in patterns alone already remove the block: the test proves nothing"
    );
    let with = run_files(&[
        doc_arg,
        "--patterns",
        patterns,
        "--url",
        "https://www.example.com/news/31",
    ]);
    assert!(with.status.success(), "{}", stderr(&with));
    assert_eq!(stdout(&with), body(31).join("\n") + "\n");

    // The same document on another site is untouched.
    let other = run_files(&[
        doc_arg,
        "--patterns",
        patterns,
        "--url",
        "https://other.org/a",
    ]);
    assert_eq!(stdout(&other), doc);
}

#[test]
fn a_quote_in_two_documents_is_learned_only_without_the_guards() {
    let dir = temp_dir("learn-guard");
    let corpus = dir.join("corpus");
    write_corpus(&corpus);
    let loose = learn(
        &corpus,
        &dir.join("loose.pat"),
        &["--min-docs", "2", "--min-share", "0.05"],
    );
    assert!(loose.contains("minister told reporters"), "{loose}");
    assert_eq!(pattern_lines(&loose).len(), 4, "{loose}");
}

#[test]
fn learn_reads_jsonl_with_urls() {
    let dir = temp_dir("learn-jsonl");
    let mut lines = String::new();
    for i in 0..10 {
        let host = if i % 2 == 0 {
            "www.example.com"
        } else {
            "example.com"
        };
        let record =
            serde_json::json!({"url": format!("https://{host}/a/{i}"), "text": document(i, false)});
        lines.push_str(&format!("{record}\n"));
    }
    lines.push_str("{\"text\": \"no url here\"}\n");
    let input = dir.join("corpus.jsonl");
    std::fs::write(&input, lines).expect("write corpus");
    let learned = learn(&input, &dir.join("j.pat"), &["--format", "jsonl"]);
    assert!(learned.contains("@domain example.com"), "{learned}");
    assert_eq!(pattern_lines(&learned).len(), 3, "{learned}");

    // Filtering JSONL: --url-field picks each record's site.
    let records = [
        serde_json::json!({"link": "https://www.example.com/new", "text": document(39, false)}),
        serde_json::json!({"link": "https://other.org/new", "text": document(39, false)}),
    ];
    let input: String = records.iter().map(|r| format!("{r}\n")).collect();
    let patterns = dir.join("j.pat");
    let out = run(
        &[
            "--format",
            "jsonl",
            "--url-field",
            "link",
            "--patterns",
            patterns.to_str().expect("utf-8 path"),
        ],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines[0]["text"], body(39).join("\n") + "\n");
    assert_eq!(lines[1]["text"], document(39, false));
    let bad = dir.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"url\": \"https://a.org/\", \"text\": \"x\"}\n{oops\n",
    )
    .expect("write");
    let out = run_files(&[
        "learn",
        bad.to_str().expect("utf-8 path"),
        "-o",
        dir.join("bad.pat").to_str().expect("utf-8 path"),
        "--format",
        "jsonl",
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("bad.jsonl:2"), "{}", stderr(&out));
}

/// A small labeled set of our own: two groups, body and boiler paragraphs, gt_body on
/// some documents, with/without snippets on one.
fn labeled_sample() -> String {
    let news = [
        "The city council voted 7-2 on Tuesday to extend the northern tram line by four stops, ending a decade-long dispute over the route.",
        "Construction is expected to begin next spring and cost about $240 million, according to the transit authority's latest estimate.",
        "Opponents argued that the money would be better spent on buses, which carry twice as many riders across the region.",
    ];
    let boiler = [
        ("Remind me later.", "appeal"),
        ("Accept all cookies", "cookie"),
        (
            "Sign up for our daily newsletter to get the latest news in your inbox.",
            "newsletter",
        ),
        ("Share this article on Facebook", "share"),
    ];
    let mut records = Vec::new();
    let para = |text: &str, label: Option<&str>, category: Option<&str>| serde_json::json!({"text": text, "label": label, "category": category});
    // Group a/extracted: body, then boiler at the tail.
    for (k, tail) in [(0usize, 2usize), (1, 4)] {
        let mut paragraphs = Vec::new();
        let mut text = String::new();
        for n in &news[k..] {
            paragraphs.push(para(n, Some("body"), None));
            text.push_str(n);
            text.push('\n');
        }
        for (b, cat) in &boiler[..tail] {
            paragraphs.push(para(b, Some("boiler"), Some(cat)));
            text.push_str(b);
            text.push('\n');
        }
        paragraphs.push(para("Unlabeled line of the page", None, None));
        text.push_str("Unlabeled line of the page\n");
        records.push(serde_json::json!({
            "id": format!("a{k}"), "source": "a", "view": "extracted", "url": "https://example.com/x",
            "text": text, "paragraphs": paragraphs, "gt_body": news[k..].join("\n"),
        }));
    }
    // Group b/fulltext: boiler first, a short body line that may well be dropped.
    let text = format!("{}\n{}\nRead more\n{}\n", boiler[1].0, news[2], boiler[3].0);
    records.push(serde_json::json!({
        "id": "b0", "source": "b", "view": "fulltext", "url": null, "text": text,
        "paragraphs": [
            para(boiler[1].0, Some("boiler"), Some("cookie")),
            para(news[2], Some("body"), None),
            para("Read more", Some("boiler"), Some("related")),
            para(boiler[3].0, Some("boiler"), Some("share")),
        ],
        "with": [news[2]], "without": ["Read more", "not in the text"],
    }));
    records.iter().map(|r| format!("{r}\n")).collect::<String>()
}

fn close(a: &serde_json::Value, b: &serde_json::Value, what: &str) {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => assert!((x - y).abs() < 1e-9, "{what}: eval {x} vs score.py {y}"),
        _ => assert_eq!(a, b, "{what}"),
    }
}

#[test]
fn eval_prints_figures_per_group_and_category() {
    let dir = temp_dir("eval");
    let input = dir.join("labeled.jsonl");
    std::fs::write(&input, labeled_sample()).expect("write sample");
    let input = input.to_str().expect("utf-8 path");
    let table = run_files(&["eval", input]);
    assert!(table.status.success(), "{}", stderr(&table));
    let text = stdout(&table);
    for needle in [
        "a/extracted",
        "b/fulltext",
        "all",
        "boiler recall by category",
        "cookie",
    ] {
        assert!(text.contains(needle), "{needle} missing:\n{text}");
    }
    let json = run_files(&["eval", input, "--json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    assert_eq!(value["groups"]["a/extracted"]["docs"], 2);
    assert_eq!(value["all"]["docs"], 3);
    assert!(value["groups"]["a/extracted"]["shingle"]["f1"]
        .as_f64()
        .is_some());
    assert!(value["groups"]["b/fulltext"].get("shingle").is_none());
    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, "{\"text\": \"x\"}\n").expect("write");
    let out = run_files(&["eval", bad.to_str().expect("utf-8 path")]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("bad.jsonl:1"), "{}", stderr(&out));
}

#[test]
fn eval_agrees_with_score_py() {
    let Some(script) = shared_path("eval_agrees_with_score_py", "tools/score.py") else {
        return;
    };
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipped: no python3");
        return;
    }
    let dir = temp_dir("eval-score");
    let input = dir.join("labeled.jsonl");
    std::fs::write(&input, labeled_sample()).expect("write sample");
    let json_path = dir.join("score.json");
    let score = Command::new("python3")
        .arg(&script)
        .arg(&input)
        .args(["--cmd", bin(), "--bootstrap", "0", "--json"])
        .arg(&json_path)
        .output()
        .expect("run score.py");
    assert!(score.status.success(), "{}", stderr(&score));
    let theirs: serde_json::Value = serde_json::from_str(&read(&json_path)).expect("score.py JSON");
    let ours = run_files(&[
        "eval",
        input.to_str().expect("utf-8 path"),
        "--json",
        "--ignore-url",
    ]);
    assert!(ours.status.success(), "{}", stderr(&ours));
    let ours: serde_json::Value = serde_json::from_str(&stdout(&ours)).expect("eval JSON");

    let results = theirs["results"].as_array().expect("results");
    assert_eq!(results.len(), 2);
    let mut removed_something = false;
    for result in results {
        let group = result["group"].as_str().expect("group");
        let (t, o) = (&result["metrics"], &ours["groups"][group]);
        close(&o["docs"], &t["docs"], "docs");
        for key in [
            "body",
            "boiler",
            "removal_precision",
            "removal_recall",
            "body_paragraph_loss",
            "body_char_loss",
            "docs_with_body_loss",
            "perfect_docs",
        ] {
            close(
                &o["paragraphs"][key],
                &t["paragraphs"][key],
                &format!("{group} {key}"),
            );
        }
        assert_eq!(
            o["paragraphs"]["boiler_recall_by_category"],
            t["paragraphs"]["boiler_recall_by_category"],
            "{group} categories"
        );
        close(
            &o["untraced_output_share"],
            &t["untraced_output_share"],
            "untraced",
        );
        for key in ["f1", "precision", "recall", "accuracy", "docs"] {
            close(
                &o["shingle"][key],
                &t["shingle"][key],
                &format!("{group} shingle {key}"),
            );
        }
        for key in [
            "with_present",
            "with_kept",
            "without_present",
            "without_removed",
        ] {
            close(
                &o["segments"][key],
                &t["segments"][key],
                &format!("{group} {key}"),
            );
        }
        removed_something |= t["paragraphs"]["removal_recall"].as_f64().unwrap_or(0.0) > 0.0;
    }
    assert!(removed_something, "the sample exercises nothing: {theirs}");
}
