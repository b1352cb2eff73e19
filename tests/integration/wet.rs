//! `--format wet`: Common Crawl WET records in, cleaned WET or JSONL out.

use std::io::Write;

use serde_json::Value;

use crate::util::*;

const NEWS: &str = "The city council voted 7-2 on Tuesday to extend the northern tram line by four stops, ending a decade-long dispute over the route.\nConstruction is expected to begin next spring and cost about $240 million, according to the transit authority's latest estimate.\n";

fn record(kind: &str, extra: &str, payload: &str) -> String {
    format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\n{extra}WARC-Block-Digest: sha1:AAAA\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
        payload.len()
    )
}

fn conversion(n: usize, payload: &str) -> String {
    record(
        "conversion",
        &format!("WARC-Target-URI: https://news{n}.example.com/story/{n}\r\nWARC-Date: 2026-01-0{}T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{n:08}>\r\n", n % 9 + 1),
        payload,
    )
}

/// The payloads of our own WET file: the first is a warcinfo record.
fn payloads() -> Vec<String> {
    vec![
        "software: test\r\nformat: WARC File Format 1.0\r\n".to_string(),
        format!("Home | World | Politics\n{NEWS}Share on Facebook\nSign up for our morning newsletter"),
        format!("{NEWS}"),
        "Share on Facebook\nAccept all cookies\n".to_string(),
        format!("Dear readers,\nWe rely on your support to keep our reporting free. Please donate today.\n{NEWS}Remind me later."),
    ]
}

fn wet_file() -> String {
    let payloads = payloads();
    let mut out = record(
        "warcinfo",
        "WARC-Filename: test.warc.wet.gz\r\n",
        &payloads[0],
    );
    for (n, payload) in payloads.iter().enumerate().skip(1) {
        out.push_str(&conversion(n, payload));
    }
    out
}

/// (headers, payload) of every record, framed by Content-Length.
fn parse(mut bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let end = bytes
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("end of headers");
        let headers = String::from_utf8(bytes[..end].to_vec()).expect("utf-8 headers");
        let length: usize = headers
            .lines()
            .find_map(|l| l.strip_prefix("Content-Length: "))
            .expect("Content-Length")
            .trim()
            .parse()
            .expect("number");
        let body = &bytes[end + 4..];
        out.push((headers, body[..length].to_vec()));
        assert_eq!(
            &body[length..length + 4],
            b"\r\n\r\n",
            "record ends in CRLF CRLF"
        );
        bytes = &body[length + 4..];
    }
    out
}

#[test]
fn wet_out_has_filtered_payloads_and_recomputed_lengths() {
    let input = wet_file();
    let out = run(&["--format", "wet"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let records = parse(&out.stdout);
    let payloads = payloads();
    assert_eq!(records.len(), payloads.len());
    // warcinfo passes through unchanged, digest and all.
    assert!(records[0].0.contains("WARC-Type: warcinfo"));
    assert!(records[0].0.contains("WARC-Block-Digest"));
    assert_eq!(records[0].1, payloads[0].as_bytes());
    for (n, (headers, payload)) in records.iter().enumerate().skip(1) {
        let url = format!("https://news{n}.example.com/story/{n}");
        assert!(
            headers.contains(&format!("WARC-Target-URI: {url}")),
            "{headers}"
        );
        // The payload is what text mode makes of the same text and URL.
        let alone = run(&["--url", &url], payloads[n].as_bytes());
        assert_eq!(payload, &alone.stdout, "record {n}");
        let changed = payload != payloads[n].as_bytes();
        assert_eq!(headers.contains("WARC-Block-Digest"), !changed, "{headers}");
    }
    assert_eq!(records[2].1, NEWS.as_bytes());
    assert!(records[3].1.is_empty());
    assert!(records[4].1.starts_with(NEWS.as_bytes()));
}

#[test]
fn wet_to_jsonl_names_url_id_and_date() {
    let out = run(
        &[
            "--format",
            "wet",
            "--output-format",
            "jsonl",
            "--drop-empty",
        ],
        wet_file().as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let got: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    // warcinfo is not a document; record 3 is all boilerplate and dropped.
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0]["url"], "https://news1.example.com/story/1");
    assert_eq!(got[0]["id"], "<urn:uuid:00000001>");
    assert_eq!(got[0]["date"], "2026-01-02T00:00:00Z");
    assert_eq!(got[1]["text"], NEWS);
    assert_eq!(got[2]["url"], "https://news4.example.com/story/4");
    let annotated = run(
        &["--format", "wet", "--output-format", "jsonl", "--annotate"],
        wet_file().as_bytes(),
    );
    let first: Value =
        serde_json::from_str(stdout(&annotated).lines().next().expect("a line")).expect("json");
    assert_eq!(first["text"], payloads()[1]);
    assert!(!first["unboil"]["removed"]
        .as_array()
        .expect("spans")
        .is_empty());
}

#[test]
fn gzipped_wet_with_one_member_per_record_is_read_whole() {
    let dir = temp_dir("wet-gz");
    let path = dir.join("test.warc.wet.gz");
    let mut bytes = Vec::new();
    let input = wet_file();
    for part in input.split_inclusive("\r\n\r\nWARC/1.0") {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(part.as_bytes()).expect("write");
        bytes.extend(gz.finish().expect("finish"));
    }
    std::fs::write(&path, bytes).expect("write");
    let plain = run(&["--format", "wet"], input.as_bytes());
    for threads in ["1", "2", "4"] {
        let out = run_files(&[
            "--format",
            "wet",
            "-j",
            threads,
            "--batch-bytes",
            "100",
            path.to_str().expect("path"),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(out.stdout == plain.stdout, "-j {threads}");
    }
}

#[test]
fn broken_framing_is_an_error_naming_the_record() {
    let mut input = wet_file();
    input.push_str("WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 5000\r\n\r\nshort");
    let out = run(&["--format", "wet"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("WET record 6: payload truncated"), "{err}");
    // The records before it are written.
    assert_eq!(parse(&out.stdout).len(), 5);
}

#[test]
fn lang_field_reads_the_warc_language_header() {
    let mut input = String::new();
    for (n, language) in ["deu,eng", "eng"].iter().enumerate() {
        input.push_str(&record(
            "conversion",
            &format!(
                "WARC-Target-URI: https://news{n}.example.com/a\r\nWARC-Identified-Content-Language: {language}\r\n"
            ),
            NEWS,
        ));
    }
    let report = temp_dir("wet-lang-field").join("r.jsonl");
    let out = run(
        &[
            "--format",
            "wet",
            "--lang-field",
            "WARC-Identified-Content-Language",
            "--report",
            report.to_str().expect("path"),
        ],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let documents = report_documents(&read(&report));
    let languages: Vec<(Value, Value)> = documents
        .iter()
        .map(|d| (d["language"].clone(), d["language_source"].clone()))
        .collect();
    assert_eq!(
        languages,
        [
            (Value::from("de"), Value::from("given")),
            (Value::from("en"), Value::from("given"))
        ]
    );
}
