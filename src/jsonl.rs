//! `--format jsonl`: one JSON object per line; one string field is filtered (or, with
//! `--annotate`, annotated), every other field passes through unchanged, in its order.
//!
//! Bytes that are not UTF-8 become U+FFFD, as in text mode: a stray byte in a crawled
//! page never makes a record unreadable.

use std::io::{self, BufRead};

use serde_json::{Map, Value};

use crate::lang::Language;
use crate::record::RecordFilter;

/// The field a record's URL is read from unless `--url-field` names another.
pub const DEFAULT_URL_FIELD: &str = "url";

/// The URL field of a run, as `--url-field` gives it: `url` when not given, none for an
/// empty name (`--url-field ''`). Every command reads records' URLs by this one rule.
pub fn url_field(given: Option<&str>) -> Option<String> {
    match given {
        None => Some(DEFAULT_URL_FIELD.to_string()),
        Some("") => None,
        Some(name) => Some(name.to_string()),
    }
}

/// The field `--annotate` adds to each record.
pub const ANNOTATION_FIELD: &str = "unboil";

/// What to do with a record that cannot be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OnError {
    /// Stop the run (exit 1), saying which line and how many records were written.
    #[default]
    Fail,
    /// Leave the record out, with a warning.
    Skip,
    /// Write the line unchanged, with a warning.
    Keep,
}

/// How records are read and written.
#[derive(Clone, Debug)]
pub struct JsonlOptions {
    /// The field that holds the text.
    pub field: String,
    /// A field that names the record in the report.
    pub id_field: Option<String>,
    /// A field with the record's URL: its host scopes domain patterns and is the record's
    /// site; it names the record in the report. Default: `url` (see [`url_field`]).
    pub url_field: Option<String>,
    /// A field (JSONL) or WARC header (WET) with the record's language as an ISO 639-1 or
    /// 639-3 code (`en`, `deu_Latn`, `eng,deu`: the first code counts). It replaces
    /// `--lang` and detection for the record; a record without it, or with a code that
    /// names no language, gets them.
    pub lang_field: Option<String>,
    /// Keep the text and add the removed spans as `"unboil": {"removed": [...]}`.
    pub annotate: bool,
    /// Leave out records of which nothing (but white space) is kept.
    pub drop_empty: bool,
    /// Write each record with the removed paragraphs as its text instead of the kept
    /// ones (`--invert`); `drop_empty` then leaves out records of which nothing was
    /// removed.
    pub invert: bool,
}

impl Default for JsonlOptions {
    fn default() -> JsonlOptions {
        JsonlOptions {
            field: "text".to_string(),
            id_field: None,
            url_field: url_field(None),
            lang_field: None,
            annotate: false,
            drop_empty: false,
            invert: false,
        }
    }
}

/// A record that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    /// 1-based line number (record number for WET) in its input.
    pub line: u64,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for RecordError {}

/// What became of a record that could be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Written to the output.
    Written,
    /// Left out by `drop_empty`.
    Dropped,
    /// Not a document (a WET `warcinfo` record written as JSONL): left out.
    Ignored,
}

/// One record of an input, as ranges of a batch's bytes: `start..body` is its header
/// (WET; empty for JSONL), `body..end` its content (the line ending excluded).
#[derive(Clone, Debug)]
pub struct Item {
    /// 1-based line number (JSONL) or record number (WET) in its input.
    pub number: u64,
    /// Start of the record.
    pub start: usize,
    /// Start of its content.
    pub body: usize,
    /// End of the record.
    pub end: usize,
}

/// Reads lines from `input` into `data`/`lines` until about `max_bytes` are held or the
/// input ends; blank lines are skipped. `number` is the count of lines read so far.
/// Returns `true` at the end of the input.
pub fn read_lines<R: BufRead + ?Sized>(
    input: &mut R,
    number: &mut u64,
    data: &mut Vec<u8>,
    lines: &mut Vec<Item>,
    max_bytes: usize,
) -> io::Result<bool> {
    while data.len() < max_bytes {
        let start = data.len();
        let n = match input.read_until(b'\n', data) {
            Ok(n) => n,
            Err(e) => {
                data.truncate(start);
                return Err(e);
            }
        };
        if n == 0 {
            return Ok(true);
        }
        *number += 1;
        if *number == 1 && data[start..].starts_with(b"\xEF\xBB\xBF") {
            // A UTF-8 byte-order mark is not part of the first record.
            data.drain(start..start + 3);
        }
        let mut end = data.len();
        while end > start && matches!(data[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        if data[start..end].iter().all(u8::is_ascii_whitespace) {
            data.truncate(start);
            continue;
        }
        lines.push(Item {
            number: *number,
            start,
            body: start,
            end,
        });
    }
    Ok(false)
}

/// The language a record's field or header names: its first code (`eng,deu` is
/// English), `None` when that names no language.
pub fn record_language(value: &str) -> Option<Language> {
    value.split(',').next()?.parse().ok()
}

/// Filters one record (the bytes of line `number`, document `doc` of the run) and
/// appends it, with a newline, to `out` unless it is dropped.
pub fn filter_record(
    filter: &mut RecordFilter<'_>,
    options: &JsonlOptions,
    line: &[u8],
    number: u64,
    doc: u64,
    out: &mut Vec<u8>,
) -> Result<Outcome, RecordError> {
    let error = |message: String| RecordError {
        line: number,
        message,
    };
    // Invalid UTF-8 becomes U+FFFD (borrowed, no copy, when the line is valid).
    let line = String::from_utf8_lossy(line);
    let mut record: Map<String, Value> = match serde_json::from_str::<Value>(&line) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return Err(error("not a JSON object".to_string())),
        Err(e) => return Err(error(format!("not valid JSON: {e}"))),
    };
    let field = options.field.as_str();
    let Some(Value::String(text)) = record.get(field) else {
        return Err(error(format!("no string field {field:?}")));
    };
    let id = options
        .id_field
        .as_deref()
        .and_then(|name| record.get(name))
        .cloned();
    let url = options
        .url_field
        .as_deref()
        .and_then(|name| record.get(name))
        .and_then(Value::as_str);
    let language = options
        .lang_field
        .as_deref()
        .and_then(|name| record.get(name))
        .and_then(Value::as_str)
        .and_then(record_language);
    let filtered = filter
        .filter(doc, text, id, url, language, options.annotate)
        .map_err(|e| error(format!("internal: {e}")))?;
    if options.drop_empty && !filtered.any_kept {
        return Ok(Outcome::Dropped);
    }
    if options.annotate {
        let removed: Vec<Value> = filtered.removed.iter().map(|s| s.to_json()).collect();
        let mut annotation = Map::new();
        annotation.insert("removed".to_string(), Value::Array(removed));
        record.insert(ANNOTATION_FIELD.to_string(), Value::Object(annotation));
    } else {
        let kept = filtered.kept.clone();
        record.insert(field.to_string(), Value::String(kept));
    }
    serde_json::to_writer(&mut *out, &record).map_err(|e| error(format!("internal: {e}")))?;
    out.push(b'\n');
    Ok(Outcome::Written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_cut_and_numbered() {
        let input = b"{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":3}";
        let (mut number, mut data, mut lines) = (0, Vec::new(), Vec::new());
        let eof = read_lines(&mut &input[..], &mut number, &mut data, &mut lines, 1 << 20)
            .expect("in memory");
        assert!(eof);
        let got: Vec<(u64, &[u8])> = lines
            .iter()
            .map(|l| (l.number, &data[l.start..l.end]))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, &b"{\"a\":1}"[..]),
                (4, &b"{\"b\":2}"[..]),
                (5, &b"{\"c\":3}"[..])
            ]
        );
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let input = b"\xEF\xBB\xBF{\"a\":1}\n";
        let (mut number, mut data, mut lines) = (0, Vec::new(), Vec::new());
        read_lines(&mut &input[..], &mut number, &mut data, &mut lines, 1 << 20).expect("mem");
        assert_eq!(&data[lines[0].start..lines[0].end], b"{\"a\":1}");
    }

    #[test]
    fn a_batch_stops_near_its_size() {
        let input = b"{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n";
        let (mut number, mut data, mut lines) = (0, Vec::new(), Vec::new());
        let mut reader = &input[..];
        let eof = read_lines(&mut reader, &mut number, &mut data, &mut lines, 10).expect("mem");
        assert!(!eof);
        assert_eq!(lines.len(), 2);
    }
}
