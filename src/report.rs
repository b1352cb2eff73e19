//! `--report`: one JSON object per removed block (a run of consecutive removed paragraphs
//! of one document), with byte offsets, category, score, evidence and text, then one per
//! document with its encoding and language. Removing every reported `[start_byte,
//! end_byte)` range from the decoded input gives the output.

use std::io::{self, Write};

use serde_json::{json, Map, Value};

use crate::decide::State;
use crate::evidence::{add_category_weights, dominant_category, evidence, Evidence};
use crate::lang::LanguageSource;
use crate::model::Model;
use crate::patterns::Category;
use crate::signals::Signal;
use crate::sink::{Decided, DocumentInfo, Sink};

/// A block's text is cut into several report objects past this many bytes, so that a
/// document that is boilerplate end to end never has to be held in memory whole.
pub const MAX_BLOCK_BYTES: usize = 8 << 20;

/// A block is also cut past this many pieces of evidence: a long run of tiny removed
/// paragraphs (a menu of millions of one-letter lines) must not grow the block's
/// evidence without bound while its text stays small.
pub const MAX_BLOCK_EVIDENCE: usize = 8192;

/// The block being accumulated.
#[derive(Debug)]
struct Block {
    doc: u64,
    first: u64,
    last: u64,
    start_byte: u64,
    end_byte: u64,
    score_sum: f64,
    paragraphs: u64,
    in_block_state: bool,
    all_short: bool,
    totals: [f32; Category::ALL.len()],
    evidence: Vec<Value>,
    text: String,
}

/// Writes removed blocks as JSON lines.
pub struct ReportSink<'m, W: Write> {
    model: &'m Model,
    out: W,
    block: Option<Block>,
    id: Option<Value>,
    url: Option<String>,
}

impl<'m, W: Write> ReportSink<'m, W> {
    /// A report writer naming evidence from `model`.
    pub fn new(model: &'m Model, out: W) -> ReportSink<'m, W> {
        ReportSink {
            model,
            out,
            block: None,
            id: None,
            url: None,
        }
    }

    /// Names the next document: its blocks carry `"id"` and `"url"` when given (corpus
    /// records, where `doc` alone would not say which record it was).
    pub fn set_document(&mut self, id: Option<Value>, url: Option<String>) {
        self.id = id;
        self.url = url;
    }

    /// The writer, mutably (to drain an in-memory report between batches).
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.out
    }

    /// Flushes the underlying writer.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// The writer back (any open block must have been ended by `end_document`).
    pub fn into_inner(self) -> W {
        self.out
    }

    fn write_block(&mut self) -> io::Result<()> {
        let Some(block) = self.block.take() else {
            return Ok(());
        };
        let fallback = if block.in_block_state {
            Category::Appeal
        } else if block.all_short {
            Category::Navigation
        } else {
            Category::Other
        };
        let category = dominant_category(&block.totals, fallback);
        let score = block.score_sum / block.paragraphs.max(1) as f64;
        let mut record = json!({
            "type": "block",
            "doc": block.doc,
            "first_paragraph": block.first,
            "last_paragraph": block.last,
            "start_byte": block.start_byte,
            "end_byte": block.end_byte,
            "category": category.as_str(),
            "score": round3(score),
            "evidence": block.evidence,
            "text": block.text,
        });
        self.name(&mut record);
        serde_json::to_writer(&mut self.out, &record)?;
        self.out.write_all(b"\n")
    }

    /// Adds the document's `"id"` and `"url"` to a record, when it has them.
    fn name(&self, record: &mut Value) {
        if let Some(map) = record.as_object_mut() {
            if let Some(id) = &self.id {
                map.insert("id".into(), id.clone());
            }
            if let Some(url) = &self.url {
                map.insert("url".into(), Value::String(url.clone()));
            }
        }
    }
}

/// The record that closes a document: `type` `document`, its language and, when the
/// filter decoded its bytes, the encoding and what had to be replaced.
pub fn document_json(info: &DocumentInfo) -> Value {
    let mut map = Map::new();
    map.insert("type".into(), json!("document"));
    map.insert("doc".into(), json!(info.doc));
    if let Some(encoding) = &info.encoding {
        map.insert("encoding".into(), json!(encoding.encoding.name()));
        map.insert("encoding_source".into(), json!(encoding.source.name()));
        map.insert("input_bytes".into(), json!(encoding.bytes));
        map.insert("replaced".into(), json!(encoding.replaced));
        map.insert("replaced_bytes".into(), json!(encoding.replaced_bytes));
        map.insert("first_invalid_byte".into(), json!(encoding.first_invalid));
    }
    map.insert(
        "language".into(),
        json!(info.language.language.map(|l| l.code())),
    );
    map.insert("language_source".into(), json!(info.language.source.name()));
    if let LanguageSource::Detected { confidence } = info.language.source {
        map.insert(
            "language_confidence".into(),
            json!(round3(f64::from(confidence))),
        );
    }
    Value::Object(map)
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// JSON for one piece of evidence of paragraph `paragraph`.
pub fn evidence_json(paragraph: u64, item: &Evidence<'_>) -> Value {
    let mut map = Map::new();
    map.insert("paragraph".into(), json!(paragraph));
    match item {
        Evidence::Pattern {
            file,
            line,
            text,
            weight,
            category,
        } => {
            map.insert("pattern".into(), json!(format!("{file}:{line}")));
            map.insert("text".into(), json!(text));
            map.insert("weight".into(), json!(round3(f64::from(*weight))));
            map.insert("category".into(), json!(category.as_str()));
        }
        Evidence::Signal {
            signal,
            value,
            weight,
        } => {
            map.insert("signal".into(), json!(signal.name()));
            map.insert("value".into(), json!(round3(f64::from(*value))));
            map.insert("weight".into(), json!(round3(f64::from(*weight))));
        }
        Evidence::Site {
            site,
            docs,
            of,
            weight,
        } => {
            map.insert("site".into(), json!(site));
            map.insert(
                "text".into(),
                json!(format!("site:{site} {docs}/{of} documents")),
            );
            map.insert("documents".into(), json!(docs));
            map.insert("site_documents".into(), json!(of));
            map.insert("weight".into(), json!(round3(f64::from(*weight))));
        }
        Evidence::Feature { name, weight } => {
            map.insert("feature".into(), json!(name));
            map.insert("weight".into(), json!(round3(f64::from(*weight))));
        }
    }
    Value::Object(map)
}

impl<W: Write> Sink for ReportSink<'_, W> {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        if p.keeps() {
            return self.write_block();
        }
        let too_big = self.block.as_ref().is_some_and(|b| {
            b.doc != p.doc
                || b.text.len() + p.text.len() + p.separator.len() > MAX_BLOCK_BYTES
                || b.evidence.len() >= MAX_BLOCK_EVIDENCE
        });
        if too_big {
            self.write_block()?;
        }
        let block = self.block.get_or_insert_with(|| Block {
            doc: p.doc,
            first: p.index,
            last: p.index,
            start_byte: p.start_byte,
            end_byte: p.start_byte,
            score_sum: 0.0,
            paragraphs: 0,
            in_block_state: false,
            all_short: true,
            totals: [0.0; Category::ALL.len()],
            evidence: Vec::new(),
            text: String::new(),
        });
        block.last = p.index;
        block.end_byte = p.end_byte();
        block.score_sum += f64::from(p.score);
        block.paragraphs += 1;
        block.in_block_state |= p.state == State::Block;
        block.all_short &= p.signals.get(Signal::Words1To3) > 0.0;
        add_category_weights(self.model, p, &mut block.totals);
        for item in evidence(self.model, p) {
            block.evidence.push(evidence_json(p.index, &item));
        }
        block.text.push_str(p.text);
        block.text.push_str(p.separator);
        Ok(())
    }

    fn end_document(&mut self, info: &DocumentInfo) -> io::Result<()> {
        self.write_block()?;
        let mut record = document_json(info);
        self.name(&mut record);
        serde_json::to_writer(&mut self.out, &record)?;
        self.out.write_all(b"\n")
    }
}
