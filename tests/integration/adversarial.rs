//! Adversarial input: huge pattern files, regexes that would be catastrophic for a
//! backtracking engine, endless lines, millions of tiny paragraphs, hostile JSON,
//! terminal escapes and inputs that cannot be read. Each must end in a defined outcome
//! with nothing lost. Heavy sizes are `#[ignore]`d: run them with
//! `cargo test --release --test integration adversarial -- --ignored`
//! (and `scripts/adversarial.py` for the 1 GB document and the timings).

use std::io::{self, Read};

use unboil::patterns::Source;
use unboil::report::ReportSink;
use unboil::{
    filter_stream, Decided, DocumentFilter, Model, Options, PatternSetBuilder, ReadBuffers, Sink,
    SplitMode, StreamDecoder, StreamError, TextSink,
};

use crate::util::*;

/// A model of the built-in patterns plus one pattern file of our own.
fn model_with(contents: &str) -> Model {
    let mut builder = PatternSetBuilder::with_builtin();
    builder.add(Source {
        key: "test/extra.pat".into(),
        name: "extra.pat".into(),
        contents: contents.into(),
    });
    Model::new(builder.build().expect("pattern file builds"))
}

/// Small deterministic generator (xorshift), so that sizes can grow without fixtures.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A news paragraph of our own, long enough to be kept.
const NEWS: &str =
    "The regional parliament approved the water budget on Thursday by 48 votes to 31.";

/// Paragraph material of our own: news, boilerplate, odd text.
const PIECES: &[&str] = &[
    "The regional parliament approved the water budget on Thursday by 48 votes to 31.",
    "Engineers said the new reservoir would hold enough water for two dry summers.",
    "\"We were told the pipes would last fifty years,\" one resident said at the meeting.",
    "Support our journalism. Become a member today.",
    "Dear readers,",
    "Subscribe to our newsletter",
    "Accept all cookies",
    "Share this article",
    "Read more:",
    "© 2026 Example Daily. All rights reserved.",
    "Die Stadtwerke rechnen mit Kosten von rund 12 Millionen Euro.",
    "Водоканал сообщил, что ремонт займёт три недели.",
    "市の担当者は、工事は来年三月に終わる見込みだと話した。",
    "\u{1b}[31mred\u{1b}[0m \u{202e}txet\u{202c} \u{0}",
    "x",
    "   ",
];

const SEPARATORS: &[&str] = &["\n", "\n\n", "\r\n", "\n \n", ""];

/// A generated document of `paragraphs` paragraphs.
fn document(rng: &mut Rng, paragraphs: usize) -> String {
    let mut doc = String::new();
    for _ in 0..paragraphs {
        doc.push_str(PIECES[rng.below(PIECES.len())]);
        doc.push_str(SEPARATORS[rng.below(SEPARATORS.len())]);
    }
    doc
}

/// Runs the whole pipeline over `input` read `step` bytes at a time; returns the
/// decoded input (every paragraph put back together), the output and the report.
fn pipeline(
    model: &Model,
    options: &Options,
    input: &[u8],
    step: usize,
) -> (String, String, String) {
    struct Rebuild(String);
    impl Sink for Rebuild {
        fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
            self.0.push_str(p.text);
            self.0.push_str(p.separator);
            Ok(())
        }
    }
    let mut filter = DocumentFilter::new(model, options);
    let mut text = TextSink::new(Vec::new(), false);
    let mut report = ReportSink::new(model, Vec::new());
    let mut all = Rebuild(String::new());
    filter_stream(
        &mut filter,
        0,
        None,
        StreamDecoder::new(None),
        Trickle { data: input, step },
        &mut ReadBuffers::default(),
        &mut (&mut text, (&mut report, &mut all)),
    )
    .expect("in-memory streams cannot fail");
    (
        all.0,
        String::from_utf8(text.into_inner()).expect("output is UTF-8"),
        String::from_utf8(report.into_inner()).expect("report is UTF-8"),
    )
}

/// Checks output + report against the decoded input: the output is the input minus the
/// reported ranges, and each reported text is exactly its range.
fn assert_lossless(input: &str, output: &str, report: &str) {
    let mut ranges = Vec::new();
    for block in report_lines(report) {
        let start = block["start_byte"].as_u64().expect("start") as usize;
        let end = block["end_byte"].as_u64().expect("end") as usize;
        assert_eq!(
            Some(&input[start..end]),
            block["text"].as_str(),
            "block {start}..{end}"
        );
        ranges.push((start, end));
    }
    assert!(
        remove_ranges(input, &ranges) == output,
        "output is not the input minus the reported blocks"
    );
}

/// A reader handing out at most `step` bytes a call, like a pipe.
struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

// --- A pattern file of many phrases --------------------------------------------------

/// `n` distinct lowercase phrases of three made-up words.
fn phrases(n: usize) -> Vec<String> {
    const SYLLABLES: &[&str] = &[
        "ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "pe", "zu", "dor", "lin", "mar", "tes",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    (0..n)
        .map(|i| {
            let mut words = Vec::new();
            for _ in 0..3 {
                let len = 2 + rng.below(3);
                let word: String = (0..len)
                    .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                    .collect();
                words.push(word);
            }
            // The index makes every phrase distinct.
            format!("{} {} {}{i}", words[0], words[1], words[2])
        })
        .collect()
}

fn check_many_phrases(n: usize) {
    let list = phrases(n);
    let mut file = String::from("@category other\n@weight +6\n");
    for phrase in &list {
        file.push_str(phrase);
        file.push('\n');
    }
    let model = model_with(&file);
    let extra = model
        .patterns
        .rules()
        .iter()
        .filter(|r| model.patterns.file_name(r) == "extra.pat")
        .count();
    assert_eq!(extra, n, "every phrase is a rule");
    let last = &list[n - 1];
    let doc = format!(
        "The regional parliament approved the water budget on Thursday by 48 votes to 31.\nIt said {last} again.\n"
    );
    let mut out = TextSink::new(Vec::new(), false);
    unboil::filter_str(&model, &Options::default(), &doc, &mut out).expect("filter");
    let kept = String::from_utf8(out.into_inner()).expect("UTF-8");
    assert!(
        !kept.contains(last.as_str()),
        "the last phrase of {n} did not match: {kept}"
    );
    assert!(kept.starts_with("The regional parliament"), "{kept}");
}

#[test]
fn pattern_file_of_twenty_thousand_phrases_builds_and_matches() {
    check_many_phrases(20_000);
}

#[test]
#[ignore = "heavy: 100,000 phrases (timings: scripts/adversarial.py phrases)"]
fn pattern_file_of_a_hundred_thousand_phrases_builds_and_matches() {
    check_many_phrases(100_000);
}

// --- Regexes that would be catastrophic for a backtracking engine -------------------

#[test]
fn catastrophic_regexes_finish_on_long_paragraphs() {
    // Each of these takes exponential time in a backtracking engine on a long run of
    // `a` that fails to match at the end; the regex crate's automata are linear.
    let model = model_with(
        "+5 /^(a+)+$/\n+5 /^(a|aa)+$/\n+5 /^(a|a?)+b$/\n+5 /(.*a){20}x/\n+5 /^(\\w+\\s?)*$/\n",
    );
    let line = format!("{}!", "a".repeat(200_000));
    let doc = format!("{line}\n{line}\n");
    let options = Options {
        max_paragraph: 1 << 20,
        ..Options::default()
    };
    let (input, output, report) = pipeline(&model, &options, doc.as_bytes(), 1 << 16);
    assert_eq!(input, doc);
    assert_lossless(&input, &output, &report);
    assert!(
        model.patterns.compile_all().is_empty(),
        "all regexes compile"
    );
}

#[test]
fn regex_over_the_size_limit_is_named_by_check_patterns() {
    let dir = temp_dir("hugeregex");
    std::fs::write(dir.join("big.pat"), "+1 hello\n+2 /\\w{100}{100}/\n").expect("write");
    let out = run_files(&["check-patterns", dir.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("big.pat:2:"), "{}", stdout(&out));
}

// --- An endless line ----------------------------------------------------------------

fn check_no_newline(bytes: usize) {
    let doc = "lorem ipsum dolor sit amet, ".repeat(bytes / 28);
    let options = Options::default();
    let (input, output, report) = pipeline(builtin_model(), &options, doc.as_bytes(), 1 << 16);
    assert_eq!(input, doc);
    assert_lossless(&input, &output, &report);
}

#[test]
fn sixteen_megabyte_document_without_newline_is_lossless() {
    check_no_newline(16 << 20);
}

#[test]
fn endless_line_is_cut_at_the_paragraph_limit_whatever_the_reads() {
    let doc = "é and more ".repeat(5000);
    let options = Options {
        max_paragraph: 1000,
        ..Options::default()
    };
    let mut cuts = Vec::new();
    for step in [1 << 16, 4096, 7, 1] {
        struct Lengths(Vec<usize>);
        impl Sink for Lengths {
            fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
                self.0.push(p.text.len() + p.separator.len());
                Ok(())
            }
        }
        let mut filter = DocumentFilter::new(builtin_model(), &options);
        let mut sink = Lengths(Vec::new());
        filter_stream(
            &mut filter,
            0,
            None,
            StreamDecoder::new(None),
            Trickle {
                data: doc.as_bytes(),
                step,
            },
            &mut ReadBuffers::default(),
            &mut sink,
        )
        .expect("in memory");
        assert!(
            sink.0.iter().all(|&n| n <= 1000),
            "reads of {step}: {:?}",
            sink.0
        );
        cuts.push(sink.0);
    }
    assert!(
        cuts.windows(2).all(|w| w[0] == w[1]),
        "cuts depend on read size"
    );
}

/// Regression (fuzz target `pipeline`): a paragraph that filled the window's byte budget
/// on its own indexed past the window and panicked (`--max-paragraph` over 8 MiB).
#[test]
fn single_paragraph_filling_the_window_bytes_does_not_panic() {
    let options = Options {
        window_bytes: 1024,
        max_paragraph: 4096,
        ..Options::default()
    };
    let doc = format!(
        "{}\nShort line.\n{}",
        "word ".repeat(600),
        "more ".repeat(700)
    );
    let (input, output, report) = pipeline(builtin_model(), &options, doc.as_bytes(), 1 << 16);
    assert_eq!(input, doc);
    assert_lossless(&input, &output, &report);
}

#[test]
fn cli_paragraph_limit_above_the_window_bytes_does_not_panic() {
    let doc = format!("{}\nThe council met on Tuesday.\n", "x".repeat(9 << 20));
    let out = run(&["--max-paragraph", "10000000"], doc.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
}

// --- Millions of one-byte paragraphs ------------------------------------------------

fn check_one_byte_paragraphs(n: usize) {
    let mut doc = String::with_capacity(2 * n);
    let mut rng = Rng(42);
    for _ in 0..n {
        doc.push(char::from(b'a' + rng.below(26) as u8));
        doc.push('\n');
    }
    let (input, output, report) = pipeline(
        builtin_model(),
        &Options::default(),
        doc.as_bytes(),
        1 << 16,
    );
    assert_eq!(input, doc);
    assert_lossless(&input, &output, &report);
}

/// Regression (scripts/adversarial.py one-byte): a removed run of 100,000 one-letter
/// lines was one report block whose evidence grew with the run (555 MiB peak RSS);
/// blocks are now also cut by their evidence count.
#[test]
fn report_blocks_of_tiny_paragraphs_stay_bounded() {
    let doc = "a\nb\n".repeat(20_000);
    let (input, output, report) = pipeline(
        builtin_model(),
        &Options::default(),
        doc.as_bytes(),
        1 << 16,
    );
    assert_lossless(&input, &output, &report);
    let blocks = report_lines(&report);
    assert!(
        output.len() < doc.len() / 2,
        "the run of letters is removed"
    );
    for block in &blocks {
        let evidence = block["evidence"].as_array().expect("evidence").len();
        assert!(
            evidence <= unboil::report::MAX_BLOCK_EVIDENCE + 64,
            "a block with {evidence} pieces of evidence"
        );
    }
}

#[test]
fn two_hundred_thousand_one_byte_paragraphs_are_lossless() {
    check_one_byte_paragraphs(200_000);
}

#[test]
#[ignore = "heavy: 10 million paragraphs through the library"]
fn ten_million_one_byte_paragraphs_are_lossless() {
    check_one_byte_paragraphs(10_000_000);
}

#[test]
#[ignore = "heavy: 10 million paragraphs through the binary"]
fn ten_million_one_byte_paragraphs_through_the_binary_are_lossless() {
    let doc = "a\nb\n".repeat(5_000_000);
    let dir = temp_dir("tenmillion");
    let report = dir.join("r.jsonl");
    let out = run(
        &["--report", report.to_str().expect("path")],
        doc.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_lossless(&doc, &stdout(&out), &read(&report));
}

// --- Hostile JSON lines -------------------------------------------------------------

#[test]
fn deeply_nested_json_line_is_an_error_naming_its_line() {
    let deep = format!(
        "{{\"text\":\"{NEWS}\"}}\n{{\"text\":\"x\",\"d\":{}{}}}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let out = run(&["--format", "jsonl"], deep.as_bytes());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("line 2"), "{}", stderr(&out));
    assert!(stdout(&out).contains(NEWS), "{}", stdout(&out));
}

#[test]
fn nesting_within_the_limit_passes_through_untouched() {
    let nested = format!("{}1{}", "[".repeat(100), "]".repeat(100));
    let line = format!(
        "{{\"id\":{nested},\"text\":\"The council met on Tuesday to vote on the budget.\"}}\n"
    );
    let out = run(&["--format", "jsonl"], line.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let record: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let want: serde_json::Value = serde_json::from_str(&nested).expect("JSON");
    assert_eq!(record["id"], want);
}

fn check_huge_json_line(paragraphs: usize) {
    let mut rng = Rng(7);
    let text = document(&mut rng, paragraphs);
    let line = format!(
        "{}\n",
        serde_json::json!({"url": "https://example.org/a", "text": text})
    );
    let (out, report) = run_jsonl_reported("hugejson", &[], line.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let record: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(record["url"], "https://example.org/a");
    // The report's offsets are into the text field.
    assert_lossless(
        &text,
        record["text"].as_str().expect("text"),
        &read(&report),
    );
}

#[test]
fn eight_megabyte_json_line_is_lossless() {
    check_huge_json_line(150_000);
}

#[test]
#[ignore = "heavy: a 200 MB JSON line"]
fn two_hundred_megabyte_json_line_is_lossless() {
    check_huge_json_line(4_000_000);
}

#[test]
fn invalid_utf8_in_json_strings_is_replaced_not_fatal() {
    let input = b"{\"text\":\"The council met on Tuesday \xff\xfe to vote on the new budget.\",\"src\":\"a\xc3\"}\n{\"text\":\"Second record, met on Wednesday to vote again.\"}\n";
    let out = run(&["--format", "jsonl"], input);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["src"], "a\u{FFFD}");
    assert!(
        lines[0]["text"]
            .as_str()
            .expect("text")
            .contains("\u{FFFD}\u{FFFD} to vote"),
        "{}",
        lines[0]
    );
}

#[test]
fn lone_surrogate_escape_is_an_error_naming_its_line() {
    let out = run(
        &["--format", "jsonl"],
        b"{\"text\":\"ok\"}\n{\"text\":\"a\\ud800b\"}\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("line 2"), "{}", stderr(&out));
}

// --- Terminal escapes and bidi controls ---------------------------------------------

/// Characters that must never reach a terminal raw: C0 and C1 controls, DEL, bidi
/// embeddings, overrides and isolates, marks and zero-width characters.
const HOSTILE: &[char] = &[
    '\u{1b}', '\u{7}', '\u{8}', '\u{7f}', '\u{9b}', '\u{85}', '\u{202a}', '\u{202b}', '\u{202c}',
    '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}',
    '\u{061c}', '\u{200b}', '\u{feff}',
];

fn assert_no_hostile(text: &str) {
    for &c in HOSTILE {
        assert!(!text.contains(c), "raw U+{:04X} in {text:?}", c as u32);
    }
}

#[test]
fn explain_escapes_every_terminal_and_bidi_control() {
    let hostile: String = HOSTILE.iter().collect();
    let dir = temp_dir("bidi");
    // A pattern that matches the hostile paragraph, written with the hostile text too:
    // learned pattern files come from web text.
    std::fs::write(dir.join("evil.pat"), format!("+4 evil words {hostile}\n")).expect("write");
    let doc = format!("Some evil words {hostile} in a paragraph.\nThe council met on Tuesday.\n");
    for color in ["never", "always"] {
        let out = run(
            &[
                "--explain",
                "--color",
                color,
                "--patterns",
                dir.to_str().expect("path"),
            ],
            doc.as_bytes(),
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains("evil.pat:1"),
            "the pattern did not match: {text}"
        );
        // Colour codes are ours; strip them before looking for hostile bytes.
        let plain = text
            .replace("\u{1b}[0m", "")
            .replace("\u{1b}[2m", "")
            .replace("\u{1b}[31m", "")
            .replace("\u{1b}[32m", "")
            .replace("\u{1b}[36m", "");
        assert_no_hostile(&plain);
        assert!(
            plain.contains("\\u{202e}") && plain.contains("\\u{2066}"),
            "{plain}"
        );
    }
}

#[test]
fn error_messages_escape_file_names() {
    let dir = temp_dir("evilname");
    let name = "bad\u{1b}[2J\u{202e}.pat";
    std::fs::write(dir.join(name), "+1 /(/\n").expect("write");
    let out = run_files(&["--patterns", dir.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(".pat:1:"), "{err}");
    assert_no_hostile(&err);
    let missing = dir.join("gone\u{1b}]0;x\u{7}.txt");
    let out = run_files(&[missing.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert_no_hostile(&stderr(&out));
}

// --- Inputs that cannot be read -----------------------------------------------------

#[test]
fn unreadable_inputs_are_named_and_the_others_still_processed() {
    let dir = temp_dir("unreadable");
    let first = dir.join("first.txt");
    let last = dir.join("last.txt");
    let news_a =
        "The regional parliament approved the water budget on Thursday by 48 votes to 31.\n";
    let news_b = "Engineers said the new reservoir would hold enough water for two dry summers.\n";
    std::fs::write(&first, news_a).expect("write");
    std::fs::write(&last, news_b).expect("write");
    let missing = dir.join("vanished.txt");
    // A directory opens but fails on the first read: unreadable in the middle of the run.
    let folder = dir.join("folder.txt");
    std::fs::create_dir(&folder).expect("mkdir");
    let paths = [&first, &missing, &folder, &last].map(|p| p.to_str().expect("path").to_string());
    let args: Vec<&str> = paths.iter().map(String::as_str).collect();
    let out = run_files(&args);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("vanished.txt"), "{err}");
    assert!(err.contains("folder.txt"), "{err}");
    assert_eq!(stdout(&out), format!("{news_a}{news_b}"));
}

/// Regression: with `--format jsonl` an input that could not be opened ended the run
/// before the inputs after it.
#[test]
fn jsonl_unreadable_inputs_are_named_and_the_others_still_processed() {
    let dir = temp_dir("unreadablejsonl");
    let first = dir.join("first.jsonl");
    let last = dir.join("last.jsonl");
    std::fs::write(
        &first,
        "{\"text\":\"The council met on Tuesday to vote on the budget.\"}\n",
    )
    .expect("write");
    std::fs::write(
        &last,
        "{\"text\":\"Engineers said the reservoir would hold enough water.\"}\n",
    )
    .expect("write");
    let folder = dir.join("folder.jsonl");
    std::fs::create_dir(&folder).expect("mkdir");
    let report = dir.join("r.jsonl");
    let paths = [&first, &dir.join("vanished.jsonl"), &folder, &last]
        .map(|p| p.to_str().expect("path").to_string());
    let mut args = vec![
        "--format",
        "jsonl",
        "--report",
        report.to_str().expect("path"),
    ];
    args.extend(paths.iter().map(String::as_str));
    let out = run_files(&args);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("vanished.jsonl") && err.contains("folder.jsonl"),
        "{err}"
    );
    let text = stdout(&out);
    assert!(
        text.contains("The council met") && text.contains("Engineers said"),
        "{text}"
    );
}

#[test]
fn read_error_mid_stream_keeps_what_was_read_and_says_so() {
    struct Failing<'a>(&'a [u8]);
    impl Read for Failing<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() {
                return Err(io::Error::other("device vanished"));
            }
            let n = buf.len().min(self.0.len()).min(10);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }
    let doc = "The council met on Tuesday.\nEngineers said the reservoir would hold.\n";
    let options = Options {
        split: SplitMode::Line,
        ..Options::default()
    };
    let mut filter = DocumentFilter::new(builtin_model(), &options);
    let mut all = unboil::Collect::default();
    let result = filter_stream(
        &mut filter,
        0,
        None,
        StreamDecoder::new(None),
        Failing(doc.as_bytes()),
        &mut ReadBuffers::default(),
        &mut all,
    );
    assert!(matches!(result, Err(StreamError::Read(_))), "{result:?}");
    let rebuilt: String = all
        .paragraphs
        .iter()
        .flat_map(|(_, t, s, _, _)| [t.as_str(), s.as_str()])
        .collect();
    assert_eq!(rebuilt, doc);
}

// --- Losslessness over many documents -----------------------------------------------

/// Output + report rebuild every input record of a generated JSONL corpus, through the
/// binary. `scripts/adversarial.py lossless --docs 100000 --jobs N` runs it at scale.
#[test]
fn two_thousand_jsonl_documents_are_rebuilt_from_output_and_report() {
    let mut rng = Rng(2026);
    let mut input = String::new();
    let mut texts = Vec::new();
    for i in 0..2000 {
        let paragraphs = rng.below(30);
        let text = document(&mut rng, paragraphs);
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
        texts.push(text);
    }
    let (out, report) = run_jsonl_reported("manydocs", &[], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let records: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(records.len(), texts.len());
    let mut blocks: Vec<Vec<(usize, usize, String)>> = vec![Vec::new(); texts.len()];
    for block in report_lines(&read(&report)) {
        let doc = block["doc"].as_u64().expect("doc") as usize;
        blocks[doc].push((
            block["start_byte"].as_u64().expect("start") as usize,
            block["end_byte"].as_u64().expect("end") as usize,
            block["text"].as_str().expect("text").to_string(),
        ));
    }
    for (i, (record, text)) in records.iter().zip(&texts).enumerate() {
        assert_eq!(record["id"], i);
        let kept = record["text"].as_str().expect("text");
        let mut rebuilt = String::new();
        let mut at = 0;
        let mut kept_at = 0;
        for (start, end, removed) in &blocks[i] {
            let gap = start - at;
            rebuilt.push_str(&kept[kept_at..kept_at + gap]);
            rebuilt.push_str(removed);
            kept_at += gap;
            at = *end;
        }
        rebuilt.push_str(&kept[kept_at..]);
        assert_eq!(&rebuilt, text, "document {i}");
    }
}
