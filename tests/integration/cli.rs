//! The command line: the canonical case, flags, exit codes and bad input.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use crate::util::*;

/// A small news article of our own, one paragraph per line.
const NEWS: &str = "\
The city council voted 7-2 on Tuesday to extend the northern tram line by four stops, ending a decade-long dispute over the route.
Construction is expected to begin next spring and cost about $240 million, according to the transit authority's latest estimate.
\"This line will connect thousands of people to jobs,\" said council member Ana Ruiz, who sponsored the measure.
Opponents argued that the money would be better spent on buses, which carry twice as many riders across the region.
";

#[test]
fn seed_article_keeps_exactly_the_news() {
    let Some(corpus) = shared_corpus("seed_article_keeps_exactly_the_news") else {
        return;
    };
    let seed = corpus.join("seed-moscow-times.txt");
    let text = read(&seed);
    let report_dir = temp_dir("seed");
    let report = report_dir.join("report.jsonl");
    let out = run_files(&[
        seed.to_str().expect("utf-8 path"),
        "--report",
        report.to_str().expect("utf-8 path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let news: String = text.split_inclusive('\n').take(7).collect();
    assert_eq!(stdout(&out), news);
    let blocks = report_lines(&read(&report));
    assert_eq!(blocks.len(), 1, "{blocks:?}");
    let block_text = blocks[0]["text"].as_str().expect("text");
    assert!(
        block_text.starts_with("A Message from The Moscow Times:"),
        "{block_text}"
    );
    assert!(block_text.ends_with("Remind me later."), "{block_text}");
    assert_eq!(blocks[0]["category"], "appeal");
}

#[test]
fn output_plus_report_reconstruct_the_input() {
    let doc = format!(
        "Home | World | Politics\n{NEWS}Dear readers,\nWe rely on your support to keep our reporting free. Please donate today.\nDonate now\nShare on Facebook\n© 2026 Example Media. All rights reserved.\n"
    );
    let dir = temp_dir("reconstruct");
    let report = dir.join("r.jsonl");
    let out = run(
        &["--report", report.to_str().expect("path")],
        doc.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let blocks = report_lines(&read(&report));
    assert!(!blocks.is_empty());
    let mut ranges = Vec::new();
    for block in &blocks {
        let start = block["start_byte"].as_u64().expect("start") as usize;
        let end = block["end_byte"].as_u64().expect("end") as usize;
        assert_eq!(block["text"].as_str().expect("text"), &doc[start..end]);
        ranges.push((start, end));
    }
    assert_eq!(remove_ranges(&doc, &ranges), stdout(&out));
    assert_eq!(stdout(&out), NEWS);
}

#[test]
fn invert_prints_what_would_be_removed() {
    let doc = format!("{NEWS}Sign up for our newsletter\nAccept all cookies\n");
    let kept = stdout(&run(&[], doc.as_bytes()));
    let removed = stdout(&run(&["--invert"], doc.as_bytes()));
    assert_eq!(kept, NEWS);
    assert_eq!(removed, "Sign up for our newsletter\nAccept all cookies\n");
}

#[test]
fn explain_escapes_terminal_controls() {
    let doc = "Evil \x1b[2J\x1b]0;title\x07 text \u{202e}reversed\n";
    let out = run(&["--explain", "--color", "never"], doc.as_bytes());
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(!text.contains('\x1b'), "{text:?}");
    assert!(!text.contains('\u{202e}'), "{text:?}");
    assert!(text.contains("\\x1b[2J"), "{text:?}");
}

#[test]
fn empty_input_gives_empty_output() {
    let out = run(&[], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_is_replaced_not_fatal() {
    let mut doc = NEWS.as_bytes().to_vec();
    doc.extend_from_slice(
        b"The report cost \xff\xfe 3 million euros, the ministry said in a statement on Friday.\n",
    );
    let out = run(&["--encoding", "utf-8"], &doc);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("\u{FFFD}\u{FFFD} 3 million"), "{text}");
}

#[test]
fn nul_bytes_pass_through() {
    let doc = format!("{}\0{}", &NEWS[..50], &NEWS[50..]);
    let out = run(&[], doc.as_bytes());
    assert!(out.status.success());
    assert_eq!(out.stdout, doc.as_bytes());
}

#[test]
fn all_boilerplate_input_gives_empty_output_and_full_report() {
    let doc = "Subscribe\nSign in\nShare on Facebook\nAccept all cookies\nRead more\n";
    let dir = temp_dir("allboiler");
    let report = dir.join("r.jsonl");
    let out = run(
        &["--report", report.to_str().expect("path")],
        doc.as_bytes(),
    );
    assert!(out.status.success());
    assert_eq!(stdout(&out), "");
    let blocks = report_lines(&read(&report));
    let covered: String = blocks
        .iter()
        .map(|b| b["text"].as_str().expect("text"))
        .collect();
    assert_eq!(covered, doc);
}

#[test]
fn hundred_megabyte_line_without_newline_is_lossless() {
    let line = "lorem ipsum dolor sit amet ".repeat(100 << 20 >> 5);
    let dir = temp_dir("longline");
    let report = dir.join("r.jsonl");
    let out = run(
        &["--report", report.to_str().expect("path")],
        line.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let mut ranges = Vec::new();
    for block in report_lines(&read(&report)) {
        ranges.push((
            block["start_byte"].as_u64().expect("start") as usize,
            block["end_byte"].as_u64().expect("end") as usize,
        ));
    }
    assert_eq!(remove_ranges(&line, &ranges).as_bytes(), &out.stdout[..]);
}

#[test]
fn broken_regex_names_file_line_and_column() {
    let dir = temp_dir("badregex");
    std::fs::write(
        dir.join("x.pat"),
        "# ok\n@category appeal\n+2 /support (us/\n",
    )
    .expect("write");
    let out = run_files(&["check-patterns", dir.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("x.pat:3:"), "{text}");
    assert!(text.contains("invalid regex"), "{text}");
    // The filter refuses to run with it too, with the same location.
    let out = run(&["--patterns", dir.to_str().expect("path")], b"text\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("x.pat:3:"), "{}", stderr(&out));
}

#[test]
fn unknown_directive_is_an_error() {
    let dir = temp_dir("baddirective");
    std::fs::write(dir.join("y.pat"), "@colour red\nfine phrase\n").expect("write");
    let out = run_files(&["check-patterns", dir.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("y.pat:1:1: unknown directive @colour"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn builtin_patterns_are_valid() {
    let out = run_files(&["check-patterns"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains(": ok"));
}

#[test]
fn user_patterns_add_to_the_builtins() {
    let dir = temp_dir("userpat");
    std::fs::write(
        dir.join("house.pat"),
        "@category other\n+8 ^the tram gazette thanks you$\n",
    )
    .expect("write");
    let doc = format!("{NEWS}The Tram Gazette thanks you\n");
    let out = run(&["--patterns", dir.to_str().expect("path")], doc.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), NEWS);
}

/// An appeal line that the built-in `en/appeal.pat` speaks against, and a news-like line
/// of our own that only the user's pattern removes.
const APPEAL: &str = "Please support our journalism with a donation today\n";
const HOUSE: &str = "Timetable notes are kept at the harbour office on Quay Street, a spokesman for the ferry company said on Monday.\n";

fn user_appeal_dir() -> std::path::PathBuf {
    let dir = temp_dir("user-en");
    std::fs::create_dir_all(dir.join("en")).expect("mkdir");
    std::fs::write(
        dir.join("en/appeal.pat"),
        "@category appeal\n+20 harbour office on quay street\n",
    )
    .expect("write");
    dir
}

#[test]
fn user_patterns_add_to_a_builtin_file_of_the_same_name_unless_told_to_replace_it() {
    let dir = user_appeal_dir();
    let doc = format!("{NEWS}{APPEAL}{HOUSE}");
    assert!(kept(&doc, &[]).contains(HOUSE));
    // Added: the user's line removes the house line, the built-in file still speaks.
    assert!(!kept(&doc, &["--patterns", dir.to_str().expect("utf-8 path")]).contains(HOUSE));
    let explain = kept(
        &doc,
        &["--patterns", dir.to_str().expect("utf-8 path"), "--explain"],
    );
    assert!(explain.contains("builtin:en/appeal.pat:"), "{explain}");
    assert!(explain.contains("en/appeal.pat:2"), "{explain}");
    assert!(!explain.contains("replaced by"), "{explain}");
    // Replaced, on request: only the user's file speaks for en/appeal.pat, and
    // --explain says which built-in file it replaced.
    let args = [
        "--patterns",
        dir.to_str().expect("utf-8 path"),
        "--replace-builtin",
    ];
    assert!(!kept(&doc, &args).contains(HOUSE));
    let explain = kept(&doc, &[&args[..], &["--explain"]].concat());
    assert!(
        explain.contains("builtin:en/appeal.pat replaced by"),
        "{explain}"
    );
    assert!(!explain.contains("builtin:en/appeal.pat:"), "{explain}");
    // --replace-builtin needs --patterns.
    let out = run(&["--replace-builtin"], doc.as_bytes());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn learned_phrases_never_outvote_written_evidence_of_journalism() {
    let dir = temp_dir("learned");
    std::fs::write(
        dir.join("learned.pat"),
        "@source learned\n@category other\n+9 tram gazette club\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("written.pat"),
        "@category journalism\n-1 the transit authority said\n",
    )
    .expect("write");
    let dir = dir.to_str().expect("path");
    // Learned evidence alone removes a line...
    let doc = format!("{NEWS}Join the Tram Gazette Club for early tickets and offers.\n");
    let out = run(&["--patterns", dir], doc.as_bytes());
    assert_eq!(stdout(&out), NEWS);
    // ...but not one that a hand-written pattern says is news.
    let kept = "The transit authority said the Tram Gazette Club would lose its discount.\n";
    let doc = format!("{NEWS}{kept}");
    let out = run(&["--patterns", dir], doc.as_bytes());
    assert_eq!(stdout(&out), doc);
    let out = run(&["--patterns", dir, "--explain"], doc.as_bytes());
    assert!(!stdout(&out).contains("learned.pat"), "{}", stdout(&out));
}

#[test]
fn usage_errors_exit_with_two() {
    let out = run_files(&["--mode", "sideways"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run_files(&["--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn missing_file_is_reported_and_others_still_processed() {
    let dir = temp_dir("missing");
    let good = dir.join("good.txt");
    std::fs::write(&good, NEWS).expect("write");
    let out = run_files(&[
        dir.join("nope.txt").to_str().expect("path"),
        good.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nope.txt"), "{}", stderr(&out));
    assert_eq!(stdout(&out), NEWS);
}

#[test]
fn closed_stdout_ends_quietly() {
    let mut child = Command::new(bin())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        for _ in 0..200_000 {
            if stdin.write_all(NEWS.as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let status = child.wait().expect("wait");
    writer.join().expect("writer");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    assert!(status.success(), "status {status:?}, stderr {err}");
    assert!(err.is_empty(), "{err}");
}

/// Peak resident memory of a running process, in KiB (Linux).
fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn memory_is_bounded_by_the_window_not_the_input() {
    if !std::path::Path::new("/proc/self/status").exists() {
        eprintln!("skipped: needs /proc");
        return;
    }
    let mut child = Command::new(bin())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let pid = child.id();
    let mut stdin = child.stdin.take().expect("stdin");
    // 256 MiB of one document: news lines mixed with boilerplate lines.
    let chunk = format!("{NEWS}Share on Facebook\nSubscribe\n").repeat(64);
    let rounds = (256usize << 20) / chunk.len();
    let writer = std::thread::spawn(move || {
        for _ in 0..rounds {
            stdin.write_all(chunk.as_bytes()).expect("write input");
        }
        // Sample before closing stdin: the process cannot have exited yet.
        let peak = peak_rss_kib(pid);
        drop(stdin);
        peak
    });
    let mut sink = Vec::new();
    let mut stdout = child.stdout.take().expect("stdout");
    let mut buf = vec![0u8; 1 << 16];
    let mut total = 0usize;
    loop {
        let n = stdout.read(&mut buf).expect("read output");
        if n == 0 {
            break;
        }
        total += n;
        if sink.len() < 1024 {
            sink.extend_from_slice(&buf[..n.min(1024)]);
        }
    }
    let peak = writer.join().expect("writer").expect("VmHWM readable");
    assert!(child.wait().expect("wait").success());
    assert!(total > 100 << 20, "output {total} bytes");
    assert!(peak < 100 * 1024, "peak RSS {peak} KiB");
}

#[test]
fn train_phrases_learns_a_phrase_shared_by_publishers() {
    let dir = temp_dir("phrases");
    let mut lines = String::new();
    let bodies = [
        "The council approved the budget for the new library after a long debate on Tuesday.",
        "Rail workers will strike next week, the union said, after talks over pay collapsed.",
        "Farmers reported a strong harvest despite the dry spring, according to the ministry.",
        "The court adjourned the case until March to allow the defence to study new evidence.",
    ];
    for (i, publisher) in [
        "North Gazette",
        "Harbour Post",
        "Valley Times",
        "Coast Herald",
        "Plains Echo",
        "River Ledger",
    ]
    .iter()
    .enumerate()
    {
        for (j, body) in bodies.iter().enumerate() {
            let record = serde_json::json!({
                "id": format!("d{i}-{j}"),
                "source": "fixture",
                "view": "all",
                "appeal_publisher": publisher,
                "paragraphs": [
                    {"text": format!("{body} Report {i}{j}."), "label": "body"},
                    {"text": format!("Join the tram club of {publisher} today, edition {i}{j}"), "label": "boiler", "category": "appeal"},
                ],
            });
            lines.push_str(&record.to_string());
            lines.push('\n');
        }
    }
    let data = dir.join("labeled.jsonl");
    std::fs::write(&data, lines).expect("write");
    let model = dir.join("phrases.pat");
    let out = run_files(&[
        "train",
        "--phrases",
        "--min-groups",
        "2",
        data.to_str().expect("path"),
        "-o",
        model.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let written = read(&model);
    assert!(written.contains("@source learned"), "{written}");
    assert!(
        written
            .lines()
            .any(|l| l.starts_with('+') && l.ends_with("tram club")),
        "{written}"
    );
    let check = run_files(&["check-patterns", model.to_str().expect("path")]);
    assert!(check.status.success(), "{}", stdout(&check));
}
