//! Streaming decoding of input bytes to UTF-8 with encoding_rs: a byte-order mark wins,
//! then the encoding the user named, then a guess over the first 64 KiB (held until then;
//! UTF-8 when nearly all valid UTF-8, else chardetng);
//! invalid sequences become U+FFFD and are counted, or, when strict, are an error naming
//! their byte offset.

use std::fmt;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Decoder, DecoderResult, Encoding, ISO_2022_JP, UTF_8};

/// Bytes at the start of a stream that the encoding guess looks at. They are held (and
/// nothing is decoded) until the guess is made, so this bounds the decoder's memory.
pub const DETECT_PREFIX: usize = 64 * 1024;

/// Input whose non-ASCII characters are at least this many times as many valid UTF-8
/// sequences as invalid ones is UTF-8 with a few bad bytes, not a legacy encoding.
const UTF8_MAJORITY: u64 = 4;

/// How the encoding of a stream was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodingSource {
    /// A byte-order mark at the start of the stream (it wins over everything).
    Bom,
    /// Named by the user (`--encoding`).
    Given,
    /// Guessed from the start of the stream.
    Detected,
}

impl EncodingSource {
    /// `bom`, `given` or `detected`.
    pub fn name(self) -> &'static str {
        match self {
            EncodingSource::Bom => "bom",
            EncodingSource::Given => "given",
            EncodingSource::Detected => "detected",
        }
    }
}

/// What decoding a stream found, so far or in all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EncodingInfo {
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// How it was chosen.
    pub source: EncodingSource,
    /// Input bytes decoded (a byte-order mark included).
    pub bytes: u64,
    /// Invalid byte sequences, each replaced by one U+FFFD.
    pub replaced: u64,
    /// Bytes in those sequences.
    pub replaced_bytes: u64,
    /// Byte offset in the input of the first invalid sequence.
    pub first_invalid: Option<u64>,
}

/// An invalid byte sequence met while decoding strictly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidSequence {
    /// Byte offset of the sequence in the input stream (a byte-order mark counts).
    pub offset: u64,
    /// Its length in bytes.
    pub len: u8,
    /// The encoding it is invalid in.
    pub encoding: &'static Encoding,
}

impl fmt::Display for InvalidSequence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid {} sequence of {} byte(s) at byte offset {}",
            self.encoding.name(),
            self.len,
            self.offset
        )
    }
}

impl std::error::Error for InvalidSequence {}

/// Incremental decoder of one input stream.
pub struct StreamDecoder {
    given: Option<&'static Encoding>,
    tld: Option<String>,
    strict: bool,
    /// The start of the stream, until the encoding is chosen.
    held: Vec<u8>,
    decoder: Option<(Decoder, EncodingSource)>,
    bytes: u64,
    replaced: u64,
    replaced_bytes: u64,
    first_invalid: Option<u64>,
    failed: bool,
}

impl StreamDecoder {
    /// A decoder for `encoding`, or, when `None`, for the encoding guessed from the first
    /// [`DETECT_PREFIX`] bytes. A byte-order mark overrides both.
    pub fn new(encoding: Option<&'static Encoding>) -> StreamDecoder {
        StreamDecoder {
            given: encoding,
            tld: None,
            strict: false,
            held: Vec::new(),
            decoder: None,
            bytes: 0,
            replaced: 0,
            replaced_bytes: 0,
            first_invalid: None,
            failed: false,
        }
    }

    /// Makes an invalid sequence an error instead of a U+FFFD (see [`Self::decode`]).
    pub fn strict(mut self, strict: bool) -> StreamDecoder {
        self.strict = strict;
        self
    }

    /// The document's host (`news.example.ru`): its top-level domain steers the guess
    /// between encodings that look alike (windows-1251 under `.ru`, GBK under `.cn`…).
    pub fn host(mut self, host: Option<&str>) -> StreamDecoder {
        self.tld = host.and_then(tld_of);
        self
    }

    /// What was found so far; `None` until the encoding has been chosen (after the first
    /// few bytes when it was given, after [`DETECT_PREFIX`] bytes or the end when guessed).
    pub fn info(&self) -> Option<EncodingInfo> {
        let (decoder, source) = self.decoder.as_ref()?;
        Some(EncodingInfo {
            encoding: decoder.encoding(),
            source: *source,
            bytes: self.bytes,
            replaced: self.replaced,
            replaced_bytes: self.replaced_bytes,
            first_invalid: self.first_invalid,
        })
    }

    /// Decodes `bytes` and appends the text to `out`; `last` marks the end of input.
    ///
    /// Until the encoding is chosen, bytes are held and nothing is appended. When strict,
    /// the first invalid sequence ends decoding: the text before it has been appended, the
    /// error names its offset, and later calls do nothing.
    pub fn decode(
        &mut self,
        bytes: &[u8],
        out: &mut String,
        last: bool,
    ) -> Result<(), InvalidSequence> {
        if self.failed {
            return Ok(());
        }
        if self.decoder.is_some() {
            return self.run(bytes, out, last);
        }
        self.held.extend_from_slice(bytes);
        let bom = Encoding::for_bom(&self.held).map(|(encoding, _)| encoding);
        let ready = last
            || bom.is_some()
            || (self.held.len() >= 3 && self.given.is_some())
            || self.held.len() >= DETECT_PREFIX;
        if !ready {
            return Ok(());
        }
        let (encoding, source) = match (bom, self.given) {
            (Some(encoding), _) => (encoding, EncodingSource::Bom),
            (None, Some(encoding)) => (encoding, EncodingSource::Given),
            (None, None) => (self.guess(last), EncodingSource::Detected),
        };
        let decoder = if bom.is_some() {
            encoding.new_decoder_with_bom_removal()
        } else {
            encoding.new_decoder_without_bom_handling()
        };
        self.decoder = Some((decoder, source));
        let held = std::mem::take(&mut self.held);
        self.run(&held, out, last)
    }

    /// The encoding of the held prefix: UTF-8 when it is (nearly all) valid UTF-8,
    /// chardetng's guess otherwise. chardetng only runs when needed, over the prefix
    /// held anyway, so valid UTF-8 costs one validation pass.
    fn guess(&self, last: bool) -> &'static Encoding {
        let sample = &self.held[..self.held.len().min(DETECT_PREFIX)];
        let complete = last && self.held.len() <= DETECT_PREFIX;
        let (valid, invalid) = utf8_census(sample, !complete);
        let chardetng = || {
            let mut detector = EncodingDetector::new(Iso2022JpDetection::Allow);
            detector.feed(sample, complete);
            let tld = self.tld.as_deref().map(str::as_bytes);
            detector.guess(tld, Utf8Detection::Allow)
        };
        if invalid == 0 {
            // Seven-bit ISO-2022-JP is valid ASCII; only its escapes give it away.
            let escaped = valid == 0 && memchr::memchr(0x1B, sample).is_some();
            return if escaped && chardetng() == ISO_2022_JP {
                ISO_2022_JP
            } else {
                UTF_8
            };
        }
        if valid >= UTF8_MAJORITY * invalid {
            return UTF_8;
        }
        chardetng()
    }

    fn run(
        &mut self,
        mut input: &[u8],
        out: &mut String,
        last: bool,
    ) -> Result<(), InvalidSequence> {
        let Some((decoder, _)) = self.decoder.as_mut() else {
            return Ok(());
        };
        loop {
            let needed = decoder
                .max_utf8_buffer_length_without_replacement(input.len())
                .unwrap_or(input.len().saturating_mul(3).saturating_add(16));
            out.reserve(needed);
            let (result, read) = decoder.decode_to_string_without_replacement(input, out, last);
            self.bytes += read as u64;
            input = &input[read..];
            match result {
                DecoderResult::InputEmpty => return Ok(()),
                DecoderResult::OutputFull => {}
                DecoderResult::Malformed(bad, after) => {
                    let offset = self.bytes.saturating_sub(u64::from(bad) + u64::from(after));
                    self.replaced += 1;
                    self.replaced_bytes += u64::from(bad);
                    self.first_invalid.get_or_insert(offset);
                    if self.strict {
                        self.failed = true;
                        return Err(InvalidSequence {
                            offset,
                            len: bad,
                            encoding: decoder.encoding(),
                        });
                    }
                    out.push('\u{FFFD}');
                }
            }
        }
    }
}

/// Counts the valid non-ASCII UTF-8 sequences and the invalid ones in `bytes`; `cut`
/// says the bytes stop mid-stream, so an incomplete sequence at the end is not an error.
fn utf8_census(bytes: &[u8], cut: bool) -> (u64, u64) {
    let non_ascii = |b: &[u8]| b.iter().filter(|&&b| b >= 0xC0).count() as u64;
    let (mut valid, mut invalid) = (0, 0);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => return (valid + non_ascii(rest), invalid),
            Err(e) => {
                valid += non_ascii(&rest[..e.valid_up_to()]);
                match e.error_len() {
                    Some(len) => {
                        invalid += 1;
                        rest = &rest[e.valid_up_to() + len..];
                    }
                    None => return (valid, invalid + u64::from(!cut)),
                }
            }
        }
    }
}

/// The top-level domain of `host`, as chardetng wants it: lower-case ASCII, no dot.
fn tld_of(host: &str) -> Option<String> {
    let label = host.trim_end_matches('.').rsplit('.').next()?;
    (!label.is_empty()
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    .then(|| label.to_ascii_lowercase())
}

/// Looks up an encoding by its WHATWG label (`utf-8`, `windows-1251`, `shift_jis`, …).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_with(decoder: &mut StreamDecoder, chunks: &[&[u8]]) -> String {
        let mut out = String::new();
        for (i, chunk) in chunks.iter().enumerate() {
            decoder
                .decode(chunk, &mut out, i + 1 == chunks.len())
                .expect("not strict");
        }
        out
    }

    fn decode_chunks(chunks: &[&[u8]]) -> (String, EncodingInfo) {
        let mut decoder = StreamDecoder::new(None);
        let out = decode_with(&mut decoder, chunks);
        (out, decoder.info().expect("decided at the end"))
    }

    #[test]
    fn genuine_replacement_character_split_across_reads_is_not_counted() {
        // Enough valid UTF-8 that the guess is UTF-8 whatever the cut.
        let mut bytes = "Grüße aus Köln, schöne Grüße. ".repeat(4).into_bytes();
        bytes.extend_from_slice(b"a\xef\xbf\xbd\xff");
        let expected = format!(
            "{}a\u{FFFD}\u{FFFD}",
            "Grüße aus Köln, schöne Grüße. ".repeat(4)
        );
        for cut in 0..bytes.len() {
            let (text, info) = decode_chunks(&[&bytes[..cut], &bytes[cut..], b""]);
            assert_eq!(
                (text.as_str(), info.replaced, info.replaced_bytes),
                (expected.as_str(), 1, 1),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn character_split_across_reads_survives() {
        let bytes = "é".as_bytes();
        let (text, info) = decode_chunks(&[&bytes[..1], &bytes[1..], b""]);
        assert_eq!(text, "é");
        assert_eq!((info.encoding, info.replaced), (UTF_8, 0));
    }

    #[test]
    fn invalid_bytes_in_utf8_are_replaced_and_counted() {
        let mut decoder = StreamDecoder::new(Some(UTF_8));
        assert_eq!(
            decode_with(&mut decoder, &[b"a\xffb\xfe", b""]),
            "a\u{FFFD}b\u{FFFD}"
        );
        let info = decoder.info().expect("decided");
        assert_eq!(
            (info.replaced, info.replaced_bytes, info.first_invalid),
            (2, 2, Some(1))
        );
        assert_eq!(info.source, EncodingSource::Given);
    }

    #[test]
    fn mostly_valid_utf8_stays_utf8() {
        let mut bytes = "Grüße aus Köln, schöne Grüße, äöü. ".repeat(4).into_bytes();
        bytes.push(0xFF);
        let (text, info) = decode_chunks(&[&bytes, b""]);
        assert_eq!(info.encoding, UTF_8);
        assert_eq!(info.source, EncodingSource::Detected);
        assert_eq!(info.replaced, 1);
        assert!(text.ends_with('\u{FFFD}'));
    }

    #[test]
    fn legacy_bytes_are_detected() {
        let text = "Городской совет во вторник проголосовал за продление трамвайной линии.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let (decoded, info) = decode_chunks(&[&bytes, b""]);
        assert_eq!(info.encoding, encoding_rs::WINDOWS_1251);
        assert_eq!(decoded, text);
    }

    #[test]
    fn seven_bit_iso_2022_jp_is_told_from_ascii_by_its_escapes() {
        let text = "市議会は火曜日、路面電車の路線を延長する案を可決した。";
        let (bytes, _, _) = ISO_2022_JP.encode(text);
        assert!(bytes.is_ascii());
        let (decoded, info) = decode_chunks(&[&bytes, b""]);
        assert_eq!((info.encoding, decoded.as_str()), (ISO_2022_JP, text));
        assert_eq!(decode_chunks(&[b"plain \x1b ascii", b""]).1.encoding, UTF_8);
    }

    #[test]
    fn bom_is_removed_and_wins_over_the_given_encoding() {
        let mut decoder = StreamDecoder::new(Some(encoding_rs::WINDOWS_1251));
        assert_eq!(
            decode_with(&mut decoder, &[b"\xEF\xBB", b"\xBFhi", b""]),
            "hi"
        );
        let info = decoder.info().expect("decided");
        assert_eq!((info.encoding, info.source), (UTF_8, EncodingSource::Bom));
        assert_eq!(info.bytes, 5);
    }

    #[test]
    fn strict_names_the_offset_and_keeps_the_text_before() {
        let mut decoder = StreamDecoder::new(Some(UTF_8)).strict(true);
        let mut out = String::new();
        decoder.decode(b"abc", &mut out, false).expect("valid");
        let err = decoder
            .decode(b"de\xC3(xyz", &mut out, false)
            .expect_err("invalid");
        assert_eq!((err.offset, err.len), (5, 1));
        assert_eq!(out, "abcde");
        assert_eq!(decoder.decode(b"more", &mut out, true), Ok(()));
        assert_eq!(out, "abcde");
    }

    #[test]
    fn the_held_prefix_is_bounded() {
        let chunk = vec![b'a'; 1000];
        let mut decoder = StreamDecoder::new(None);
        let mut out = String::new();
        let mut fed = 0;
        while decoder.info().is_none() {
            decoder.decode(&chunk, &mut out, false).expect("ascii");
            fed += chunk.len();
            assert!(fed <= DETECT_PREFIX + chunk.len());
        }
        assert_eq!(out.len(), fed);
    }

    #[test]
    fn tld_is_the_last_label_in_lower_case() {
        assert_eq!(tld_of("News.Example.RU").as_deref(), Some("ru"));
        assert_eq!(tld_of("example.com.").as_deref(), Some("com"));
        assert_eq!(tld_of("пример.рф"), None);
        assert_eq!(tld_of(""), None);
    }
}
