//! Corpus mode: JSONL fields, malformed lines, --annotate, --drop-empty, compression,
//! thread counts and --stats.

use serde_json::Value;

use crate::util::*;

const NEWS: [&str; 4] = [
    "The city council voted 7-2 on Tuesday to extend the northern tram line by four stops, ending a decade-long dispute over the route.",
    "Construction is expected to begin next spring and cost about $240 million, according to the transit authority's latest estimate.",
    "\"This line will connect thousands of people to jobs,\" said council member Ana Ruiz, who sponsored the measure.",
    "Police said two men had been arrested in connection with the robbery and were expected to appear in court on Monday.",
];

const BOILER: [&str; 5] = [
    "Share on Facebook",
    "Sign up for our morning newsletter",
    "Dear readers,",
    "We rely on your support to keep our reporting free. Please donate today.",
    "Accept all cookies",
];

/// A document of our own: news with boilerplate around it, varied by `seed`.
fn document(seed: usize) -> String {
    let mut doc = String::new();
    if seed.is_multiple_of(3) {
        doc.push_str(BOILER[seed % BOILER.len()]);
        doc.push('\n');
    }
    for i in 0..(2 + seed % 4) {
        doc.push_str(NEWS[(seed + i) % NEWS.len()]);
        doc.push('\n');
    }
    for i in 0..(seed % 4) {
        doc.push_str(BOILER[(seed + i) % BOILER.len()]);
        doc.push('\n');
    }
    doc
}

/// `n` JSONL records with an id, a url, the text and fields around it.
fn corpus(n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let record = serde_json::json!({
            "id": format!("doc-{i}"),
            "meta": {"source": "test", "n": i},
            "text": document(i),
            "url": format!("https://site{}.example.com/a/{i}", i % 3),
            "zz": [1, "ü", null],
        });
        out.push_str(&record.to_string());
        out.push('\n');
    }
    out
}

fn records(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).expect("output line is JSON"))
        .collect()
}

fn keys(v: &Value) -> Vec<String> {
    v.as_object().expect("object").keys().cloned().collect()
}

#[test]
fn other_fields_pass_through_in_their_order() {
    let input = "{\"z\":1,\"text\":\"Share on Facebook\\nThe mayor said the budget would be published on Friday, after a vote.\\n\",\"a\":{\"y\":2,\"b\":[3.5,\"é\"]},\"m\":null}\n";
    let out = run(&["--format", "jsonl"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let got = records(&stdout(&out));
    assert_eq!(got.len(), 1);
    assert_eq!(keys(&got[0]), ["z", "text", "a", "m"]);
    assert_eq!(
        got[0]["text"],
        "The mayor said the budget would be published on Friday, after a vote.\n"
    );
    let original: Value = serde_json::from_str(input).expect("json");
    for key in ["z", "a", "m"] {
        assert_eq!(got[0][key], original[key]);
    }
}

#[test]
fn field_id_and_url_name_records_in_the_report() {
    let input = corpus(6);
    let (out, report) = run_jsonl_reported(
        "jsonl-report",
        &["--id-field", "id", "--url-field", "url"],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let blocks = report_lines(&read(&report));
    assert!(!blocks.is_empty());
    let inputs = records(&input);
    for block in &blocks {
        let doc = block["doc"].as_u64().expect("doc") as usize;
        assert_eq!(block["id"], inputs[doc]["id"]);
        assert_eq!(block["url"], inputs[doc]["url"]);
    }
}

#[test]
fn document_records_name_the_record_and_have_no_encoding() {
    let input = corpus(5);
    let (out, report) = run_jsonl_reported(
        "jsonl-report-documents",
        &["--id-field", "id", "--url-field", "url"],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let documents = report_documents(&read(&report));
    let inputs = records(&input);
    assert_eq!(documents.len(), inputs.len());
    for (n, document) in documents.iter().enumerate() {
        assert_eq!(document["doc"], n as u64);
        assert_eq!(document["id"], inputs[n]["id"]);
        assert_eq!(document["url"], inputs[n]["url"]);
        assert!(document.get("encoding").is_none(), "{document}");
    }
}

#[test]
fn lang_field_gives_records_their_language_instead_of_detection() {
    let text = NEWS.join("\n");
    // (the record's field, the language and its source in the report)
    let cases: [(Option<&str>, &str, &str); 6] = [
        (Some("de"), "de", "given"),
        (Some("deu_Latn"), "de", "given"),
        (Some("eng,deu"), "en", "given"),
        (Some("pt-BR"), "pt", "given"),
        // A code that names no language, and no field at all: detection, as without
        // the flag (the text is English).
        (Some("not-a-language"), "en", "detected"),
        (None, "en", "detected"),
    ];
    let input: String = cases
        .iter()
        .map(|(lang, _, _)| {
            let mut record = serde_json::json!({ "text": text });
            if let Some(lang) = lang {
                record["lang"] = Value::String(lang.to_string());
            }
            format!("{record}\n")
        })
        .collect();
    let (out, report) = run_jsonl_reported(
        "jsonl-lang-field",
        &["--lang-field", "lang", "-j", "2"],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let documents = report_documents(&read(&report));
    assert_eq!(documents.len(), cases.len());
    for (document, (field, language, source)) in documents.iter().zip(cases) {
        assert_eq!(document["language"], language, "{field:?}: {document}");
        assert_eq!(document["language_source"], source, "{field:?}: {document}");
    }
    // Records without a usable field fall back to --lang when it is given.
    let (out, report) = run_jsonl_reported(
        "jsonl-lang-field-fallback",
        &["--lang-field", "lang", "--lang", "fr"],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let languages: Vec<Value> = report_documents(&read(&report))
        .iter()
        .map(|d| d["language"].clone())
        .collect();
    assert_eq!(languages, ["de", "de", "en", "pt", "fr", "fr"]);
}

#[test]
fn lang_field_is_refused_for_text_documents() {
    let out = run(&["--lang-field", "lang"], b"Some text.\n");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--lang-field"), "{}", stderr(&out));
}

#[test]
fn wet_with_a_legacy_encoding_is_refused() {
    let out = run(&["--format", "wet", "--encoding", "koi8-r"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("UTF-8 only"), "{}", stderr(&out));
}

#[test]
fn url_field_enables_domain_patterns() {
    let dir = temp_dir("jsonl-domain");
    std::fs::write(
        dir.join("site.pat"),
        "@category other\n+9 domain=tramgazette.example ^the tram gazette thanks you$\n",
    )
    .expect("write pattern");
    let line = |url: &str| {
        serde_json::json!({"url": url, "text": format!("{}\nThe Tram Gazette thanks you\n", NEWS[0])})
            .to_string()
    };
    let input = format!(
        "{}\n{}\n",
        line("https://www.tramgazette.example/news/1"),
        line("https://other.example/news/1")
    );
    let args = [
        "--format",
        "jsonl",
        "--url-field",
        "url",
        "--patterns",
        dir.to_str().expect("path"),
    ];
    let out = run(&args, input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let got = records(&stdout(&out));
    assert_eq!(got[0]["text"], format!("{}\n", NEWS[0]));
    assert!(got[1]["text"]
        .as_str()
        .expect("text")
        .ends_with("The Tram Gazette thanks you\n"));
}

const WITH_BAD_LINE: &str = "{\"text\":\"The mayor said the budget would be published on Friday, after a vote.\"}\n{\"text\":\"The council met again on Monday to discuss the new tram line and its costs.\"}\n{\"text\": broken\n{\"text\":\"Police said the road would reopen on Sunday after repairs to the bridge.\"}\n";

#[test]
fn malformed_line_fails_by_default_naming_line_and_count() {
    for threads in ["1", "2"] {
        let out = run(
            &["--format", "jsonl", "-j", threads, "--batch-bytes", "10"],
            WITH_BAD_LINE.as_bytes(),
        );
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(err.contains("line 3:"), "{err}");
        assert!(err.contains("2 record(s) had been written"), "{err}");
        assert_eq!(records(&stdout(&out)).len(), 2);
    }
}

#[test]
fn malformed_line_skipped_or_kept_by_flag() {
    let out = run(
        &["--format", "jsonl", "--on-error", "skip"],
        WITH_BAD_LINE.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("line 3:"), "{}", stderr(&out));
    assert_eq!(records(&stdout(&out)).len(), 3);

    let out = run(
        &["--format", "jsonl", "--on-error", "keep"],
        WITH_BAD_LINE.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().nth(2), Some("{\"text\": broken"));
    assert_eq!(text.lines().count(), 4);
}

#[test]
fn missing_text_field_is_a_malformed_record() {
    let out = run(&["--format", "jsonl"], b"{\"body\":\"x\"}\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("line 1: no string field \"text\""),
        "{}",
        stderr(&out)
    );
    let out = run(
        &["--format", "jsonl", "--field", "body"],
        b"{\"body\":\"x\"}\n[1]\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("line 2: not a JSON object"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn drop_empty_leaves_out_records_with_nothing_kept() {
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"text": "Share on Facebook\nSign up for our morning newsletter\n"}),
        serde_json::json!({"text": format!("{}\n", NEWS[1])}),
    );
    let kept = records(&stdout(&run(&["--format", "jsonl"], input.as_bytes())));
    assert_eq!(kept.len(), 2);
    assert_eq!(kept[0]["text"], "");
    let dropped = records(&stdout(&run(
        &["--format", "jsonl", "--drop-empty"],
        input.as_bytes(),
    )));
    assert_eq!(dropped.len(), 1);
    assert_eq!(dropped[0]["text"], format!("{}\n", NEWS[1]));
}

#[test]
fn annotate_spans_rebuild_the_filtered_text() {
    let input = corpus(40);
    let filtered = records(&stdout(&run(&["--format", "jsonl"], input.as_bytes())));
    let out = run(&["--format", "jsonl", "--annotate"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let annotated = records(&stdout(&out));
    let originals = records(&input);
    assert_eq!(annotated.len(), originals.len());
    let mut spans_seen = 0;
    for ((a, f), o) in annotated.iter().zip(&filtered).zip(&originals) {
        assert_eq!(a["text"], o["text"], "the text is kept");
        assert_eq!(keys(a).last().map(String::as_str), Some("unboil"));
        let text = a["text"].as_str().expect("text");
        let mut ranges = Vec::new();
        for span in a["unboil"]["removed"].as_array().expect("removed") {
            let start = span[0].as_u64().expect("start") as usize;
            let end = span[1].as_u64().expect("end") as usize;
            assert!(span[2].is_number(), "{span}");
            assert!(span[3].is_string(), "{span}");
            ranges.push((start, end));
            spans_seen += 1;
        }
        assert_eq!(
            remove_ranges(text, &ranges),
            f["text"].as_str().expect("text")
        );
    }
    assert!(spans_seen > 10, "{spans_seen}");
}

#[test]
fn output_is_identical_for_every_thread_count() {
    let dir = temp_dir("threads");
    let input = corpus(600);
    let path = dir.join("in.jsonl");
    std::fs::write(&path, &input).expect("write");
    let mut outputs = Vec::new();
    for threads in ["1", "2", "4"] {
        let report = dir.join(format!("r{threads}.jsonl"));
        let out = run_files(&[
            "--format",
            "jsonl",
            "-j",
            threads,
            "--batch-bytes",
            "2000",
            "--id-field",
            "id",
            "--report",
            report.to_str().expect("path"),
            "--stats",
            path.to_str().expect("path"),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let err = stderr(&out);
        outputs.push((out.stdout, read(&report), err));
    }
    assert!(!outputs[0].1.is_empty());
    assert_eq!(records(&String::from_utf8_lossy(&outputs[0].0)).len(), 600);
    for other in &outputs[1..] {
        assert!(
            other.0 == outputs[0].0,
            "output differs between thread counts"
        );
        assert_eq!(other.1, outputs[0].1, "report differs");
        assert_eq!(other.2, outputs[0].2, "stats differ");
    }
}

#[test]
fn stats_line_counts_documents_and_categories() {
    let input = corpus(30);
    let out = run(&["--format", "jsonl", "--stats"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let line = err.lines().last().expect("a summary line");
    assert!(line.starts_with("unboil: 30 documents, "), "{line}");
    assert!(line.contains("newsletter"), "{line}");
    assert!(line.contains("bytes in"), "{line}");
    // Text mode too.
    let out = run(&["--stats"], document(5).as_bytes());
    assert!(
        stderr(&out).starts_with("unboil: 1 documents, "),
        "{}",
        stderr(&out)
    );
    // No progress bar or summary unless asked: stderr is not a terminal here.
    let quiet = run(&["--format", "jsonl"], input.as_bytes());
    assert!(stderr(&quiet).is_empty(), "{}", stderr(&quiet));
}

#[test]
fn compressed_input_and_output_by_extension_and_flag() {
    let dir = temp_dir("compress");
    let input = corpus(50);
    let plain = run(&["--format", "jsonl"], input.as_bytes()).stdout;
    for (ext, flag) in [("gz", "gzip"), ("zst", "zstd")] {
        // A compressed input, made by unboil itself: --annotate keeps every text whole,
        // and the extension of -o picks the compression.
        let packed = dir.join(format!("in.jsonl.{ext}"));
        let copy = run(
            &[
                "--format",
                "jsonl",
                "--annotate",
                "-o",
                packed.to_str().expect("path"),
            ],
            input.as_bytes(),
        );
        assert!(copy.status.success(), "{}", stderr(&copy));
        let bytes = std::fs::read(&packed).expect("read");
        assert!(
            bytes.len() > 4 && !bytes.starts_with(b"{"),
            "{ext} output is compressed"
        );
        // Compressed input (the annotated records still hold the full text), compressed
        // output by flag on stdout.
        let out = run_files(&[
            "--format",
            "jsonl",
            "--compress",
            flag,
            packed.to_str().expect("path"),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let unpacked = run(&["--format", "jsonl", "--annotate"], &out.stdout);
        assert!(unpacked.status.success(), "{}", stderr(&unpacked));
        let got: Vec<Value> = records(&stdout(&unpacked));
        let want = records(&String::from_utf8_lossy(&plain));
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(g["text"], w["text"], "{ext}");
        }
    }
}

#[test]
fn strict_encoding_is_refused_in_corpus_mode_not_ignored() {
    let out = run(
        &["--format", "jsonl", "--strict-encoding"],
        b"{\"text\":\"x\"}\n",
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--strict-encoding"),
        "{}",
        stderr(&out)
    );
}
