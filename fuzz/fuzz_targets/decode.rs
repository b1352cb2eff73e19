//! Fuzz target: the streaming decoder. Whatever the bytes and however they are cut into
//! reads, decoding never panics and gives the same text and the same replacement count.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unboil::decode::encoding_for_label;
use unboil::{EncodingInfo, StreamDecoder};

const LABELS: [&str; 8] = [
    "utf-8",
    "windows-1251",
    "windows-1252",
    "shift_jis",
    "euc-jp",
    "gb18030",
    "utf-16le",
    "iso-2022-jp",
];

fn decode(
    encoding: Option<&'static encoding_rs::Encoding>,
    data: &[u8],
    chunk: usize,
) -> (String, EncodingInfo) {
    let mut decoder = StreamDecoder::new(encoding);
    let mut out = String::new();
    for piece in data.chunks(chunk.max(1)) {
        decoder
            .decode(piece, &mut out, false)
            .expect("not strict: never an error");
    }
    decoder
        .decode(b"", &mut out, true)
        .expect("not strict: never an error");
    let info = decoder.info().expect("decided at the end of input");
    (out, info)
}

fuzz_target!(|input: &[u8]| {
    let Some((&control, data)) = input.split_first() else {
        return;
    };
    let encoding = if control & 0x80 == 0 {
        None
    } else {
        encoding_for_label(LABELS[usize::from(control & 7)])
    };
    let chunk = usize::from((control >> 3) & 0x0f) + 1;
    let whole = decode(encoding, data, data.len());
    let pieces = decode(encoding, data, chunk);
    assert_eq!(whole.0, pieces.0, "text depends on read size");
    assert_eq!(whole.1, pieces.1, "encoding or counts depend on read size");
    let marks = whole.0.matches('\u{FFFD}').count() as u64;
    assert!(
        whole.1.replaced <= marks,
        "more replacements counted than U+FFFD written"
    );
    if encoding.is_none() && whole.1.encoding == encoding_rs::UTF_8 {
        if let Ok(text) = std::str::from_utf8(data) {
            assert_eq!(whole.1.replaced, 0, "valid UTF-8 counted as replaced");
            assert_eq!(whole.0, text.strip_prefix('\u{FEFF}').unwrap_or(text));
        }
    }
});
