//! Fuzz target: the JSONL reader. Any bytes give either records or an error naming a
//! line, never a panic; every record written is JSON, and for every record the kept
//! and removed paragraphs rebuild the text field exactly.
#![no_main]

use std::io;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use unboil::jsonl::{filter_jsonl, JsonlError};
use unboil::{Decided, DocumentFilter, Model, Options, PatternSetBuilder, Sink, SplitMode};

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let set = PatternSetBuilder::with_builtin().build();
        Model::new(set.unwrap_or_else(|_| unboil::PatternSet::empty()))
    })
}

/// Every paragraph of every document, text and separator, and the kept part.
#[derive(Default)]
struct Rebuild {
    docs: Vec<(String, String)>,
}

impl Sink for Rebuild {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        while self.docs.len() <= p.doc as usize {
            self.docs.push(Default::default());
        }
        let (all, kept) = &mut self.docs[p.doc as usize];
        all.push_str(p.text);
        all.push_str(p.separator);
        if p.keeps() {
            kept.push_str(p.text);
            kept.push_str(p.separator);
        }
        Ok(())
    }
}

fuzz_target!(|data: &[u8]| {
    let options = Options {
        split: SplitMode::Auto,
        window: 4,
        max_paragraph: 64,
        ..Options::default()
    };
    let mut filter = DocumentFilter::new(model(), &options);
    let mut out = Vec::new();
    let mut sink = Rebuild::default();
    let result = filter_jsonl(&mut filter, data, "text", 0, &mut out, &mut sink);
    if let Err(JsonlError::Write(e)) = &result {
        panic!("writing to memory failed: {e}");
    }
    let written = String::from_utf8(out).expect("output is UTF-8");
    let records: Vec<serde_json::Value> = written
        .lines()
        .map(|line| serde_json::from_str(line).expect("every output line is JSON"))
        .collect();
    if let Ok(n) = result {
        assert_eq!(n as usize, records.len());
    }
    // The text fields of the input records, read independently of the reader under test.
    let inputs: Vec<String> = data
        .split(|&b| b == b'\n')
        .map(String::from_utf8_lossy)
        .filter(|line| !line.trim().is_empty())
        .map_while(|line| {
            let value: serde_json::Value = serde_json::from_str(&line).ok()?;
            value.get("text")?.as_str().map(str::to_string)
        })
        .collect();
    assert!(
        records.len() <= inputs.len(),
        "more records written than read"
    );
    let empty = (String::new(), String::new());
    for (i, record) in records.iter().enumerate() {
        let (all, kept) = sink.docs.get(i).unwrap_or(&empty);
        assert_eq!(all, &inputs[i], "paragraphs do not rebuild record {i}");
        assert_eq!(
            record["text"].as_str(),
            Some(kept.as_str()),
            "output field is not the kept text"
        );
    }
});
