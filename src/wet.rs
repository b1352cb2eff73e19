//! `--format wet`: Common Crawl WET files, WARC/1.0 records framed by `Content-Length`.
//! `conversion` records carry a page's text and its `WARC-Target-URI`; their payloads are
//! filtered and written back as WET (headers kept, `Content-Length` recomputed) or as
//! JSONL. Other records (`warcinfo`) pass through unchanged in WET output.

use std::io::{self, BufRead, Read};

use serde_json::{Map, Value};

use crate::jsonl::{record_language, Item, JsonlOptions, Outcome, RecordError, ANNOTATION_FIELD};
use crate::record::RecordFilter;

/// Largest payload accepted (a WET conversion payload is usually under 1 MiB).
pub const MAX_PAYLOAD: u64 = 1 << 30;

/// Largest header block accepted.
const MAX_HEADER: usize = 1 << 20;

fn invalid(number: u64, message: String) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("WET record {number}: {message}"),
    )
}

/// Reads records from `input` into `data`/`items` until about `max_bytes` are held or the
/// input ends (`true`). `number` counts the records read so far. Each item's header is
/// `start..body` (the `WARC/1.0` line and the header lines, without the blank line that
/// ends them) and its payload `body..end`. A framing error (no `WARC/` line, no
/// `Content-Length`, a truncated record) is an `InvalidData` error naming the record: the
/// rest of that input cannot be framed.
pub fn read_records<R: BufRead + ?Sized>(
    input: &mut R,
    number: &mut u64,
    data: &mut Vec<u8>,
    items: &mut Vec<Item>,
    max_bytes: usize,
) -> io::Result<bool> {
    while data.len() < max_bytes {
        let start = data.len();
        // Blank lines between records (the payload's trailing CRLF CRLF).
        let first = loop {
            data.truncate(start);
            if input.read_until(b'\n', data)? == 0 {
                return Ok(true);
            }
            if !data[start..].iter().all(u8::is_ascii_whitespace) {
                break start;
            }
        };
        *number += 1;
        if !data[first..].starts_with(b"WARC/") {
            let found = String::from_utf8_lossy(&data[first..data.len().min(first + 40)])
                .trim_end()
                .to_string();
            data.truncate(start);
            return Err(invalid(
                *number,
                format!("expected a WARC/1.0 line, found {found:?}"),
            ));
        }
        let mut length = None;
        loop {
            let line_start = data.len();
            if input.read_until(b'\n', data)? == 0 {
                data.truncate(start);
                return Err(invalid(*number, "input ends inside the headers".into()));
            }
            let line = trim_eol(&data[line_start..]);
            if line.is_empty() {
                data.truncate(line_start);
                break;
            }
            if let Some(value) = header_value(line, "content-length") {
                length = value.trim().parse::<u64>().ok();
                if length.is_none() {
                    let value = value.to_string();
                    data.truncate(start);
                    return Err(invalid(*number, format!("bad Content-Length {value:?}")));
                }
            }
            if data.len() - start > MAX_HEADER {
                data.truncate(start);
                return Err(invalid(*number, "headers longer than 1 MiB".into()));
            }
        }
        let Some(length) = length else {
            data.truncate(start);
            return Err(invalid(*number, "no Content-Length header".into()));
        };
        if length > MAX_PAYLOAD {
            data.truncate(start);
            return Err(invalid(
                *number,
                format!("Content-Length {length} over 1 GiB"),
            ));
        }
        let body = data.len();
        let read = input.take(length).read_to_end(data)?;
        if (read as u64) < length {
            data.truncate(start);
            return Err(invalid(
                *number,
                format!("payload truncated: {read} of {length} bytes"),
            ));
        }
        items.push(Item {
            number: *number,
            start,
            body,
            end: data.len(),
        });
    }
    Ok(false)
}

fn trim_eol(line: &[u8]) -> &[u8] {
    let mut end = line.len();
    while end > 0 && matches!(line[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &line[..end]
}

/// The value of header line `line` if its name is `name` (ASCII case-insensitive).
fn header_value<'a>(line: &'a [u8], name: &str) -> Option<&'a str> {
    let colon = line.iter().position(|&b| b == b':')?;
    let (key, value) = line.split_at(colon);
    if !key.trim_ascii().eq_ignore_ascii_case(name.as_bytes()) {
        return None;
    }
    std::str::from_utf8(&value[1..]).ok().map(str::trim)
}

/// The header lines of a record (the `WARC/1.0` line excluded), without line endings.
fn header_lines(header: &[u8]) -> impl Iterator<Item = &[u8]> {
    header
        .split_inclusive(|&b| b == b'\n')
        .skip(1)
        .map(trim_eol)
        .filter(|l| !l.is_empty())
}

/// The value of header `name` (ASCII case-insensitive) in a record's header block, as
/// `read_records` frames it.
pub fn find_header<'a>(header: &'a [u8], name: &str) -> Option<&'a str> {
    header_lines(header).find_map(|line| header_value(line, name))
}

/// Filters one record (document `doc` of the run) and appends it to `out`: WET with the
/// filtered payload, or with `to_jsonl` a JSON object (`url`, `id`, `date`, `language`
/// when the headers have them, and the text under `options.field`).
pub fn filter_record(
    filter: &mut RecordFilter<'_>,
    options: &JsonlOptions,
    to_jsonl: bool,
    header: &[u8],
    payload: &[u8],
    doc: u64,
    out: &mut Vec<u8>,
) -> Result<Outcome, RecordError> {
    let is_conversion =
        find_header(header, "warc-type").is_some_and(|t| t.eq_ignore_ascii_case("conversion"));
    if !is_conversion {
        if to_jsonl {
            return Ok(Outcome::Ignored);
        }
        write_wet(out, header, payload, false);
        return Ok(Outcome::Written);
    }
    let text = String::from_utf8_lossy(payload);
    let url = find_header(header, "warc-target-uri");
    let id = find_header(header, "warc-record-id").map(|id| Value::String(id.to_string()));
    let language = options
        .lang_field
        .as_deref()
        .and_then(|name| find_header(header, name))
        .and_then(record_language);
    let filtered = filter
        .filter(
            doc,
            &text,
            id.clone(),
            url,
            language,
            options.annotate && to_jsonl,
        )
        .map_err(|e| RecordError {
            line: doc,
            message: format!("internal: {e}"),
        })?;
    if options.drop_empty && !filtered.any_kept {
        return Ok(Outcome::Dropped);
    }
    if to_jsonl {
        let mut record = Map::new();
        for (key, name) in [
            ("url", "warc-target-uri"),
            ("id", "warc-record-id"),
            ("date", "warc-date"),
            ("language", "warc-identified-content-language"),
        ] {
            if let Some(value) = find_header(header, name) {
                record.insert(key.to_string(), Value::String(value.to_string()));
            }
        }
        if options.annotate {
            record.insert(options.field.clone(), Value::String(text.into_owned()));
            let removed: Vec<Value> = filtered.removed.iter().map(|s| s.to_json()).collect();
            let mut annotation = Map::new();
            annotation.insert("removed".to_string(), Value::Array(removed));
            record.insert(ANNOTATION_FIELD.to_string(), Value::Object(annotation));
        } else {
            record.insert(options.field.clone(), Value::String(filtered.kept.clone()));
        }
        // A map of strings always serializes.
        let _ = serde_json::to_writer(&mut *out, &record);
        out.push(b'\n');
    } else {
        let changed = filtered.kept.as_bytes() != payload;
        let kept = filtered.kept.clone();
        write_wet(out, header, kept.as_bytes(), changed);
    }
    Ok(Outcome::Written)
}

/// Writes a record: its header lines in their order with `Content-Length` set to the
/// payload's length (and, when the payload `changed`, without the `WARC-Block-Digest`
/// that no longer matches), the blank line, the payload, and the CRLF CRLF that ends it.
fn write_wet(out: &mut Vec<u8>, header: &[u8], payload: &[u8], changed: bool) {
    for (i, line) in header.split_inclusive(|&b| b == b'\n').enumerate() {
        let bare = trim_eol(line);
        if bare.is_empty() {
            continue;
        }
        if i > 0 && header_value(bare, "content-length").is_some() {
            out.extend_from_slice(format!("Content-Length: {}\r\n", payload.len()).as_bytes());
        } else if !(changed && i > 0 && header_value(bare, "warc-block-digest").is_some()) {
            out.extend_from_slice(bare);
            out.extend_from_slice(b"\r\n");
        }
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(payload);
    out.extend_from_slice(b"\r\n\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, payload: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\ncontent-length: {}\r\n\r\n{payload}\r\n\r\n",
            payload.len()
        )
    }

    #[test]
    fn records_are_framed_by_content_length() {
        // A payload holding a blank line and a "WARC/1.0" line of its own.
        let tricky = "line one\r\n\r\nWARC/1.0\nline three";
        let input = format!(
            "{}{}",
            record("warcinfo", "a: b"),
            record("conversion", tricky)
        );
        let (mut number, mut data, mut items) = (0, Vec::new(), Vec::new());
        let eof = read_records(
            &mut input.as_bytes(),
            &mut number,
            &mut data,
            &mut items,
            1 << 20,
        )
        .expect("valid");
        assert!(eof);
        assert_eq!(items.len(), 2);
        assert_eq!(&data[items[1].body..items[1].end], tricky.as_bytes());
        assert_eq!(
            find_header(&data[items[1].start..items[1].body], "WARC-Type"),
            Some("conversion")
        );
    }

    #[test]
    fn framing_errors_name_the_record() {
        let cases = [
            (
                format!("{}garbage\r\n", record("warcinfo", "x")),
                "WET record 2: expected a WARC/1.0 line",
            ),
            (
                "WARC/1.0\r\nWARC-Type: conversion\r\n\r\nabc".to_string(),
                "WET record 1: no Content-Length",
            ),
            (
                "WARC/1.0\r\nContent-Length: 10\r\n\r\nabc".to_string(),
                "WET record 1: payload truncated: 3 of 10",
            ),
            (
                "WARC/1.0\r\nContent-Length: x\r\n\r\nabc".to_string(),
                "WET record 1: bad Content-Length",
            ),
            (
                "WARC/1.0\r\nContent-Length: 3\r\n".to_string(),
                "WET record 1: input ends inside the headers",
            ),
        ];
        for (input, want) in cases {
            let (mut number, mut data, mut items) = (0, Vec::new(), Vec::new());
            let err = read_records(
                &mut input.as_bytes(),
                &mut number,
                &mut data,
                &mut items,
                1 << 20,
            )
            .expect_err("invalid");
            assert!(err.to_string().starts_with(want), "{err} / {want}");
        }
    }

    #[test]
    fn content_length_is_rewritten_and_stale_digest_dropped() {
        let header = b"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Block-Digest: sha1:X\r\nContent-Length: 99\r\n";
        let mut out = Vec::new();
        write_wet(&mut out, header, b"kept", true);
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 4\r\n\r\nkept\r\n\r\n"
        );
    }
}
