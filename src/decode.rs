//! Streaming decoding of input bytes to UTF-8 with encoding_rs: a byte-order mark wins,
//! then the encoding the user named; invalid sequences become U+FFFD and are counted.

use encoding_rs::{Decoder, DecoderResult, Encoding, UTF_8};

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
    ///
    /// Each malformed sequence becomes one U+FFFD and is counted as it is met, so the
    /// count does not depend on how the input was cut into reads (a genuine U+FFFD in
    /// the input is text, not a replacement).
    pub fn decode(&mut self, bytes: &[u8], out: &mut String, last: bool) {
        let mut input = bytes;
        loop {
            if let Some(needed) = self
                .decoder
                .max_utf8_buffer_length_without_replacement(input.len())
            {
                out.reserve(needed);
            } else {
                out.reserve(input.len() * 3 + 16);
            }
            let (result, read) = self
                .decoder
                .decode_to_string_without_replacement(input, out, last);
            input = &input[read..];
            match result {
                DecoderResult::InputEmpty => break,
                DecoderResult::OutputFull => continue,
                DecoderResult::Malformed(_, _) => {
                    out.push('\u{FFFD}');
                    self.replacements += 1;
                }
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
    fn genuine_replacement_character_split_across_reads_is_not_counted() {
        let bytes = b"a\xef\xbf\xbd\xff";
        for cut in 0..bytes.len() {
            let (text, count) = decode_chunks(&[&bytes[..cut], &bytes[cut..], b""]);
            assert_eq!(
                (text.as_str(), count),
                ("a\u{FFFD}\u{FFFD}", 1),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn bom_is_removed() {
        assert_eq!(decode_chunks(&[b"\xEF\xBB\xBFhi", b""]).0, "hi");
    }
}
