//! Streaming decoding of input bytes to UTF-8 with encoding_rs: a byte-order mark wins,
//! then the encoding the user named; invalid sequences become U+FFFD and are counted.

use encoding_rs::{CoderResult, Decoder, Encoding, UTF_8};

/// Incremental decoder of one input stream.
pub struct StreamDecoder {
    decoder: Decoder,
    replacements: u64,
}

impl StreamDecoder {
    /// A decoder for `encoding` (UTF-8 when `None`); a BOM overrides it.
    pub fn new(encoding: Option<&'static Encoding>) -> StreamDecoder {
        StreamDecoder {
            decoder: encoding.unwrap_or(UTF_8).new_decoder(),
            replacements: 0,
        }
    }

    /// The encoding in use (after BOM sniffing, once the first bytes were seen).
    pub fn encoding(&self) -> &'static Encoding {
        self.decoder.encoding()
    }

    /// Number of invalid sequences replaced so far.
    pub fn replacements(&self) -> u64 {
        self.replacements
    }

    /// Decodes `bytes` and appends the text to `out`; `last` marks the end of input.
    pub fn decode(&mut self, bytes: &[u8], out: &mut String, last: bool) {
        let mut input = bytes;
        loop {
            if let Some(needed) = self.decoder.max_utf8_buffer_length(input.len()) {
                out.reserve(needed);
            } else {
                out.reserve(input.len() * 3 + 16);
            }
            let before = out.len();
            let (result, read, replaced) = self.decoder.decode_to_string(input, out, last);
            if replaced {
                let added = out[before..].matches('\u{FFFD}').count() as u64;
                let genuine = std::str::from_utf8(&input[..read])
                    .map(|s| s.matches('\u{FFFD}').count() as u64)
                    .unwrap_or(0);
                self.replacements += added.saturating_sub(genuine).max(1);
            }
            input = &input[read..];
            match result {
                CoderResult::InputEmpty => break,
                CoderResult::OutputFull => continue,
            }
        }
    }
}

/// Looks up an encoding by its WHATWG label (`utf-8`, `windows-1251`, `shift_jis`, …).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_chunks(chunks: &[&[u8]]) -> (String, u64) {
        let mut decoder = StreamDecoder::new(None);
        let mut out = String::new();
        for (i, chunk) in chunks.iter().enumerate() {
            decoder.decode(chunk, &mut out, i + 1 == chunks.len());
        }
        (out, decoder.replacements())
    }

    #[test]
    fn character_split_across_reads_survives() {
        let bytes = "é".as_bytes();
        assert_eq!(
            decode_chunks(&[&bytes[..1], &bytes[1..], b""]),
            ("é".to_string(), 0)
        );
    }

    #[test]
    fn invalid_bytes_are_replaced_and_counted() {
        assert_eq!(
            decode_chunks(&[b"a\xffb\xfe", b""]),
            ("a\u{FFFD}b\u{FFFD}".to_string(), 2)
        );
    }

    #[test]
    fn bom_is_removed() {
        assert_eq!(decode_chunks(&[b"\xEF\xBB\xBFhi", b""]).0, "hi");
    }
}
