//! Fuzz target: the whole pipeline, bytes in, text and `--report` out, with the
//! built-in patterns. Never panics; the output is the input with every reported
//! `[start_byte, end_byte)` range taken out; the reported texts put back into those
//! ranges rebuild the decoded input exactly; and the result does not depend on the size
//! of the reads.
//!
//! Input: two control bytes (paragraph mode, window, paragraph limit, threshold, read
//! size), then the document.
#![no_main]

use std::io::Read;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use unboil::report::ReportSink;
use unboil::{
    filter_stream, DocumentFilter, Model, Options, PatternSetBuilder, ReadBuffers, SplitMode,
    StreamDecoder, TextSink,
};

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let set = PatternSetBuilder::with_builtin().build();
        Model::new(set.unwrap_or_else(|_| unboil::PatternSet::empty()))
    })
}

/// A reader that hands out at most `step` bytes a call, like a pipe.
struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

fn run(options: &Options, data: &[u8], step: usize) -> (String, Vec<u8>, String) {
    let model = model();
    let mut filter = DocumentFilter::new(model, options);
    let mut buffers = ReadBuffers::default();
    let mut text = TextSink::new(Vec::new(), false);
    let mut report = ReportSink::new(model, Vec::new());
    let mut decoded = unboil::Collect::default();
    filter_stream(
        &mut filter,
        0,
        None,
        StreamDecoder::new(None),
        Trickle { data, step },
        &mut buffers,
        &mut (&mut text, (&mut report, &mut decoded)),
    )
    .expect("in-memory streams cannot fail");
    let input: String = decoded
        .paragraphs
        .iter()
        .flat_map(|(_, t, s, _, _)| [t.as_str(), s.as_str()])
        .collect();
    let output = String::from_utf8(text.into_inner()).expect("output is UTF-8");
    (output, report.into_inner(), input)
}

fuzz_target!(|bytes: &[u8]| {
    let [a, b, data @ ..] = bytes else {
        return;
    };
    let options = Options {
        split: match a & 3 {
            0 => SplitMode::Line,
            1 => SplitMode::Blank,
            _ => SplitMode::Auto,
        },
        window: 2 + usize::from((a >> 2) & 7),
        window_bytes: 64 + usize::from(a >> 5) * 97,
        max_paragraph: 16 + usize::from(b & 15) * 13,
        offset: f32::from(i8::from_le_bytes([b & 0xf0])) / 32.0,
        ..Options::default()
    };
    let (output, report, input) = run(&options, data, data.len().max(1));
    // The decoded input, independently.
    let mut expected = String::new();
    let mut decoder = StreamDecoder::new(None);
    decoder
        .decode(data, &mut expected, true)
        .expect("not strict: never an error");
    assert_eq!(
        input, expected,
        "paragraphs do not rebuild the decoded input"
    );

    let report = String::from_utf8(report).expect("report is UTF-8");
    let mut rebuilt = String::new();
    let mut at = 0usize;
    for line in report.lines() {
        let block: serde_json::Value = serde_json::from_str(line).expect("report line is JSON");
        if block["type"] != "block" {
            // A document line (encoding and language), no text range.
            continue;
        }
        let start = block["start_byte"].as_u64().expect("start_byte") as usize;
        let end = block["end_byte"].as_u64().expect("end_byte") as usize;
        let removed = block["text"].as_str().expect("text");
        assert!(
            start >= at && end >= start && end <= input.len(),
            "block out of order"
        );
        assert_eq!(
            &input[start..end],
            removed,
            "reported text is not the input range"
        );
        rebuilt.push_str(&input[at..start]);
        at = end;
    }
    rebuilt.push_str(&input[at..]);
    assert_eq!(
        rebuilt, output,
        "output is not the input minus the reported blocks"
    );

    let step = usize::from(b & 0x0f) * 5 + 1;
    let (output2, report2, _) = run(&options, data, step);
    assert_eq!(output, output2, "output depends on the read size");
    assert_eq!(
        report,
        String::from_utf8_lossy(&report2),
        "report depends on the read size"
    );
});
