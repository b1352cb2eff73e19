//! Fuzz target: the JSONL reader. Any bytes give either records or an error naming a
//! line, never a panic; every record written is JSON, and for every record the kept
//! text is the text field with the removed spans (`--annotate`) cut out.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use unboil::jsonl::{filter_record, read_lines, JsonlOptions, Outcome};
use unboil::record::RecordFilter;
use unboil::{Model, Options, PatternSetBuilder, SplitMode};

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let set = PatternSetBuilder::with_builtin().build();
        Model::new(set.unwrap_or_else(|_| unboil::PatternSet::empty()))
    })
}

fuzz_target!(|data: &[u8]| {
    let options = Options {
        split: SplitMode::Auto,
        window: 4,
        max_paragraph: 64,
        ..Options::default()
    };
    let plain = JsonlOptions::default();
    let annotated = JsonlOptions {
        annotate: true,
        ..JsonlOptions::default()
    };
    let mut filter = RecordFilter::new(model(), &options, false);
    let mut annotator = RecordFilter::new(model(), &options, false);
    let (mut number, mut bytes, mut lines) = (0u64, Vec::new(), Vec::new());
    // Small batches, so records cross batch boundaries.
    let mut input = data;
    loop {
        bytes.clear();
        lines.clear();
        let eof = read_lines(&mut input, &mut number, &mut bytes, &mut lines, 64)
            .expect("reading memory cannot fail");
        for item in &lines {
            let line = &bytes[item.start..item.end];
            let mut out = Vec::new();
            let mut marked = Vec::new();
            let kept = filter_record(&mut filter, &plain, line, item.number, 0, &mut out);
            let spans = filter_record(
                &mut annotator,
                &annotated,
                line,
                item.number,
                0,
                &mut marked,
            );
            match (kept, spans) {
                (Ok(Outcome::Written), Ok(Outcome::Written)) => {}
                (Err(a), Err(b)) => {
                    assert_eq!(a, b, "the error depends on --annotate");
                    assert_eq!(a.line, item.number, "the error names another line");
                    continue;
                }
                other => panic!("outcomes differ: {other:?}"),
            }
            let record: serde_json::Value =
                serde_json::from_slice(&out).expect("every output line is JSON");
            let marked: serde_json::Value =
                serde_json::from_slice(&marked).expect("every annotated line is JSON");
            let text = marked["text"].as_str().expect("annotate keeps the text");
            let mut rebuilt = String::new();
            let mut at = 0usize;
            for span in marked["unboil"]["removed"]
                .as_array()
                .expect("removed spans")
            {
                let start = span[0].as_u64().expect("start") as usize;
                let end = span[1].as_u64().expect("end") as usize;
                assert!(at <= start && start <= end && end <= text.len(), "bad span");
                rebuilt.push_str(&text[at..start]);
                at = end;
            }
            rebuilt.push_str(&text[at..]);
            assert_eq!(
                record["text"].as_str(),
                Some(rebuilt.as_str()),
                "kept text is not the text without the removed spans"
            );
        }
        if eof {
            break;
        }
    }
});
