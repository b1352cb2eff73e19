//! DESIGN.md's invariants as property tests over random documents: the output is an
//! ordered sub-sequence of the input's paragraphs, output + report reconstruct the input,
//! and the result does not depend on how the input is cut into reads.

use proptest::prelude::*;
use unboil::report::ReportSink;
use unboil::{Collect, DocumentFilter, Options, SplitMode, TextSink};

use crate::util::builtin_model;

/// Paragraph material: news, boilerplate, odd text.
const PIECES: &[&str] = &[
    "The minister said on Monday that the budget would grow by 4% next year.",
    "Dear readers,",
    "A message from the editors:",
    "We need your support to keep our journalism free. Please donate today.",
    "Remind me later.",
    "Subscribe",
    "Share on Facebook",
    "Accept all cookies",
    "Read more",
    "© 2026 Example Media. All rights reserved.",
    "\"We will rebuild the bridge,\" the mayor told reporters after the flood.",
    "Поддержите нас",
    "読者の皆様へ",
    "Évolution du marché : les prix ont baissé de 3 % en mai, selon l'Insee.",
    "   indented line",
    "\u{FFFD}\u{0}\u{1b}[1m bytes",
    "x",
];

const SEPARATORS: &[&str] = &["\n", "\n\n", "\r\n", "\n  \n", "\n\n\n"];

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), 0..SEPARATORS.len(), any::<bool>()), 0..40).prop_map(
        |parts| {
            let mut doc = String::new();
            for (piece, sep, wrap) in parts {
                let text = PIECES[piece];
                if wrap && text.len() > 20 {
                    doc.push_str(&text[..text.char_indices().nth(15).map_or(0, |(i, _)| i)]);
                    doc.push('\n');
                    doc.push_str(&text[text.char_indices().nth(15).map_or(0, |(i, _)| i)..]);
                } else {
                    doc.push_str(text);
                }
                doc.push_str(SEPARATORS[sep]);
            }
            doc
        },
    )
}

fn split_mode() -> impl Strategy<Value = SplitMode> {
    prop_oneof![
        Just(SplitMode::Auto),
        Just(SplitMode::Line),
        Just(SplitMode::Blank)
    ]
}

/// Feeds `doc` in pieces cut at `cuts` (byte positions, moved to char boundaries).
fn decisions(
    doc: &str,
    options: &Options,
    cuts: &[usize],
) -> Vec<(u64, String, String, unboil::State, f32)> {
    let mut filter = DocumentFilter::new(builtin_model(), options);
    let mut sink = Collect::default();
    filter.begin(0, None);
    let mut at = 0;
    let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (doc.len() + 1)).collect();
    cuts.sort_unstable();
    for mut cut in cuts {
        while !doc.is_char_boundary(cut) {
            cut += 1;
        }
        if cut > at {
            filter.push(&doc[at..cut], &mut sink).expect("push");
            at = cut;
        }
    }
    filter.push(&doc[at..], &mut sink).expect("push");
    filter.finish(&mut sink).expect("finish");
    sink.paragraphs
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn paragraphs_partition_the_input(doc in document(), mode in split_mode(), window in 2usize..50) {
        let options = Options { split: mode, window, ..Options::default() };
        let all = decisions(&doc, &options, &[]);
        let joined: String = all.iter().map(|(_, t, s, _, _)| format!("{t}{s}")).collect();
        prop_assert_eq!(joined, doc);
    }

    #[test]
    fn output_is_an_ordered_subsequence_and_report_completes_it(doc in document(), mode in split_mode(), window in 2usize..50) {
        let options = Options { split: mode, window, ..Options::default() };
        let mut filter = DocumentFilter::new(builtin_model(), &options);
        let mut text = TextSink::new(Vec::new(), false);
        let mut report = ReportSink::new(builtin_model(), Vec::new());
        let mut collect = Collect::default();
        filter.filter_str(0, None, &doc, &mut ((&mut text, &mut report), &mut collect)).expect("filter");
        let output = String::from_utf8(text.into_inner()).expect("utf-8");
        // Ordered sub-sequence: the kept paragraphs, in order, are the output.
        let kept: String = collect.paragraphs.iter().filter(|p| p.3.keeps()).map(|p| format!("{}{}", p.1, p.2)).collect();
        prop_assert_eq!(&kept, &output);
        // Output + report reconstruct the input.
        let mut rebuilt = String::new();
        let mut at = 0usize;
        let report_text = String::from_utf8(report_bytes(report)).expect("utf-8");
        let mut documents = 0;
        for line in report_text.lines() {
            let block: serde_json::Value = serde_json::from_str(line).expect("json");
            if block["type"] == "document" {
                documents += 1;
                continue;
            }
            prop_assert_eq!(&block["type"], "block");
            let start = block["start_byte"].as_u64().expect("start") as usize;
            let end = block["end_byte"].as_u64().expect("end") as usize;
            prop_assert_eq!(block["text"].as_str().expect("text"), &doc[start..end]);
            rebuilt.push_str(&doc[at..start]);
            at = end;
        }
        rebuilt.push_str(&doc[at..]);
        prop_assert_eq!(rebuilt, output);
        prop_assert_eq!(documents, 1);
    }

    #[test]
    fn result_does_not_depend_on_read_boundaries(doc in document(), mode in split_mode(), cuts in prop::collection::vec(any::<usize>(), 0..12)) {
        let options = Options { split: mode, ..Options::default() };
        prop_assert_eq!(decisions(&doc, &options, &[]), decisions(&doc, &options, &cuts));
    }
}

fn report_bytes(report: ReportSink<'_, Vec<u8>>) -> Vec<u8> {
    report.into_inner()
}

#[test]
fn chunk_boundaries_inside_the_auto_sample_do_not_matter() {
    // Longer than the auto-detection sample, cut at every awkward place.
    let doc = PIECES.join("\n").repeat(2000);
    let options = Options::default();
    let whole = decisions(&doc, &options, &[]);
    let cuts: Vec<usize> = (1..200).map(|i| i * 997).collect();
    assert_eq!(whole, decisions(&doc, &options, &cuts));
}
