//! `--format jsonl`: one JSON object per line; one string field is filtered, every other
//! field passes through unchanged, in its original order.
//!
//! Bytes that are not UTF-8 become U+FFFD, as in text mode: a stray byte in a crawled
//! page never ends a run. A line that is not a JSON object with the text field as a
//! string (nesting deeper than 128 levels included) is an error naming its line.

use std::io::{self, BufRead, Write};

use serde_json::Value;

use crate::filter::DocumentFilter;
use crate::sink::{Sink, TextSink};

/// Why a JSONL stream could not be filtered.
#[derive(Debug)]
pub enum JsonlError {
    /// A line is not a JSON object with the text field as a string.
    Record {
        /// 1-based line number.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// Reading the input failed.
    Read(io::Error),
    /// Writing failed.
    Write(io::Error),
}

impl std::fmt::Display for JsonlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JsonlError::Record { line, message } => write!(f, "line {line}: {message}"),
            JsonlError::Read(e) => write!(f, "read error: {e}"),
            JsonlError::Write(e) => write!(f, "write error: {e}"),
        }
    }
}

impl std::error::Error for JsonlError {}

/// Filters every record of `input`: the string at `field` is replaced by its kept
/// paragraphs; the record is written to `out`; every paragraph also goes to `sink`
/// (documents are numbered from `first_doc`). Returns the number of records.
pub fn filter_jsonl<R: BufRead, W: Write, S: Sink>(
    filter: &mut DocumentFilter<'_>,
    mut input: R,
    field: &str,
    first_doc: u64,
    out: &mut W,
    sink: &mut S,
) -> Result<u64, JsonlError> {
    let mut bytes = Vec::new();
    let mut kept = TextSink::new(Vec::new(), false);
    let mut number = 0u64;
    let mut docs = 0u64;
    loop {
        bytes.clear();
        let n = input
            .read_until(b'\n', &mut bytes)
            .map_err(JsonlError::Read)?;
        if n == 0 {
            return Ok(docs);
        }
        number += 1;
        let line = String::from_utf8_lossy(&bytes);
        if line.trim().is_empty() {
            continue;
        }
        let mut record: Value = serde_json::from_str(&line).map_err(|e| JsonlError::Record {
            line: number,
            message: format!("not valid JSON: {e}"),
        })?;
        let Some(object) = record.as_object_mut() else {
            return Err(JsonlError::Record {
                line: number,
                message: "not a JSON object".to_string(),
            });
        };
        let Some(Value::String(text)) = object.get(field) else {
            return Err(JsonlError::Record {
                line: number,
                message: format!("no string field {field:?}"),
            });
        };
        let doc = first_doc + docs;
        docs += 1;
        filter
            .filter_str(doc, None, text, &mut (&mut kept, &mut *sink))
            .map_err(JsonlError::Write)?;
        let buffer = std::mem::take(kept.get_mut());
        let cleaned = String::from_utf8(buffer).map_err(|e| JsonlError::Record {
            line: number,
            message: format!("internal: output is not UTF-8: {e}"),
        })?;
        object.insert(field.to_string(), Value::String(cleaned));
        serde_json::to_writer(&mut *out, &record).map_err(|e| JsonlError::Write(e.into()))?;
        out.write_all(b"\n").map_err(JsonlError::Write)?;
    }
}
