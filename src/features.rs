//! The learned model's view of a paragraph: hashed word and subword n-grams from one pass
//! over its folded text, and the dense features (structure, pattern categories,
//! neighbours) that the sequence window knows.
//!
//! Hashed features: every word (a run of letters and digits, digits mapped to `0` so
//! "167 comments" and "23 comments" share evidence) gives its unigram and, with the word
//! before it, a bigram; with subwords on, every word of 3 to `MAX_SUBWORD_WORD`
//! characters also gives the character 3-, 4- and 5-grams of `<word>`, so "comentário",
//! "commentaire" and "comments" share evidence. Scripts without spaces (Han, kana,
//! Hangul, Thai…) give character unigrams and bigrams. Each feature is a 64-bit hash; the
//! model keeps the low bits as its bucket.

use std::ops::Range;

use crate::hash::fx_add;
use crate::patterns::Category;
use crate::signals::{Signal, Signals, SIGNAL_COUNT};
use std::fmt::Write as _;

/// Which hashed features a model was trained with (stored in its file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeatureConfig {
    /// Word bigrams.
    pub bigrams: bool,
    /// Character 3–5-grams inside words.
    pub subwords: bool,
}

impl Default for FeatureConfig {
    fn default() -> FeatureConfig {
        FeatureConfig {
            bigrams: true,
            subwords: true,
        }
    }
}

impl FeatureConfig {
    /// The configuration as bits of a model file's header.
    pub fn to_bits(self) -> u32 {
        u32::from(self.bigrams) | u32::from(self.subwords) << 1
    }

    /// The configuration stored as `bits`.
    pub fn from_bits(bits: u32) -> FeatureConfig {
        FeatureConfig {
            bigrams: bits & 1 != 0,
            subwords: bits & 2 != 0,
        }
    }
}

/// Longest word, in characters, whose subwords are taken (longer ones are URLs, ids and
/// compounds whose subwords say little).
const MAX_SUBWORD_WORD: usize = 24;

/// Namespaces, so a word, a bigram and a subword that hash alike stay apart.
const NS_WORD: u8 = 1;
const NS_BIGRAM: u8 = 2;
const NS_SUBWORD: u8 = 3;
const NS_CHAR: u8 = 4;
const NS_CHAR_BIGRAM: u8 = 5;

/// The FxHash state after the namespace byte (`FxHasher::write_u8(namespace)`), where
/// every feature's hash starts.
const fn namespace_state(namespace: u8) -> u64 {
    fx_add(0, namespace as u64)
}

// One bit per code point below U+10000: whether it is alphanumeric (made by build.rs).
include!(concat!(env!("OUT_DIR"), "/alphanumeric_bmp.rs"));

/// Whether each byte is an ASCII letter or digit (`char::is_alphanumeric` on ASCII).
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// `char::is_alphanumeric` of the code point `code` (a valid `char`): a bit of
/// `ALPHANUMERIC_BMP` below U+10000, the standard library above.
#[inline]
fn alphanumeric(code: u32) -> bool {
    if code < 0x1_0000 {
        ALPHANUMERIC_BMP[(code >> 6) as usize] >> (code & 63) & 1 != 0
    } else {
        char::from_u32(code).is_some_and(char::is_alphanumeric)
    }
}

/// Whether code point `code` belongs to a script written without spaces between words.
#[inline]
fn unspaced(code: u32) -> bool {
    matches!(code,
        0x0E00..=0x0EFF   // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0x20000..=0x2FFFF)
}

/// The code point of the non-ASCII character that starts at `bytes[at]`, and its length in
/// bytes. `bytes` is valid UTF-8 (a `str`'s) and `bytes[at]` a leading byte of at least 0x80.
#[inline]
fn decode(bytes: &[u8], at: usize) -> (u32, usize) {
    let lead = u32::from(bytes[at]);
    let next = |k: usize| u32::from(bytes[at + k]) & 0x3F;
    if lead < 0xE0 {
        ((lead & 0x1F) << 6 | next(1), 2)
    } else if lead < 0xF0 {
        ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3)
    } else {
        (
            (lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3),
            4,
        )
    }
}

/// The bytes of `bytes` (at most 8) as a little-endian word, zeros above.
#[inline]
fn le_word(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word[..bytes.len()].copy_from_slice(bytes);
    u64::from_le_bytes(word)
}

/// The 8 bytes of `buffer` from `at` as a little-endian word.
#[inline]
fn load(buffer: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&buffer[at..at + 8]);
    u64::from_le_bytes(word)
}

/// FxHash's last step for `len` (1–8) bytes held little-endian in `word` (zeros above):
/// what `FxHasher::write` does with its final chunk.
#[inline(always)]
fn fx_tail(state: u64, word: u64, len: usize) -> u64 {
    if len == 8 {
        fx_add(state, word)
    } else {
        fx_add(state, word ^ (len as u64) << 59)
    }
}

/// `FxHasher::write(&buffer[at..at + len])` from `state`, with 8-byte loads: `buffer`
/// holds at least 7 bytes past the range, whatever they are.
#[inline]
fn fx_padded(mut state: u64, buffer: &[u8], mut at: usize, len: usize) -> u64 {
    let end = at + len;
    while end - at >= 8 {
        state = fx_add(state, load(buffer, at));
        at += 8;
    }
    let rest = end - at;
    if rest > 0 {
        let mask = (1u64 << (8 * rest)) - 1;
        state = fx_tail(state, load(buffer, at) & mask, rest);
    }
    state
}

/// The FxHash of a feature built from two hashes (a word bigram).
#[inline]
fn combine(namespace_state: u64, a: u64, b: u64) -> u64 {
    fx_add(fx_add(namespace_state, a), b)
}

/// Zero bytes kept after the paragraph's copy so that `load` never reads past it.
const PAD: usize = 8;

/// Where the tokenizer's features go: hashes alone on the hot path, hashes with their
/// names for `--explain`. The hashes-only sink never builds a name.
trait Emit {
    /// Whether names are kept (and so the previous word's text).
    const NAMED: bool;
    /// One feature; `name` is called only when names are kept.
    fn emit(&mut self, hash: u64, name: impl FnOnce() -> String);
    /// One feature for each `i` of `range`, in order.
    fn emit_each(
        &mut self,
        range: Range<usize>,
        hash: impl Fn(usize) -> u64,
        name: impl Fn(usize) -> String,
    );
}

impl Emit for Vec<u64> {
    const NAMED: bool = false;
    #[inline(always)]
    fn emit(&mut self, hash: u64, _name: impl FnOnce() -> String) {
        self.push(hash);
    }
    #[inline(always)]
    fn emit_each(
        &mut self,
        range: Range<usize>,
        hash: impl Fn(usize) -> u64,
        _name: impl Fn(usize) -> String,
    ) {
        // A mapped range has an exact length: one capacity check for the run.
        self.extend(range.map(hash));
    }
}

impl Emit for Vec<NamedFeature> {
    const NAMED: bool = true;
    fn emit(&mut self, hash: u64, name: impl FnOnce() -> String) {
        self.push(NamedFeature { hash, name: name() });
    }
    fn emit_each(
        &mut self,
        range: Range<usize>,
        hash: impl Fn(usize) -> u64,
        name: impl Fn(usize) -> String,
    ) {
        for i in range {
            self.push(NamedFeature {
                hash: hash(i),
                name: name(i),
            });
        }
    }
}

/// The hashed-feature pass over a paragraph, with its reusable buffer.
///
/// One walk over the bytes: ASCII letters and digits are found in a 256-entry table, other
/// characters are decoded in place and looked up in a bitset of the alphanumeric code
/// points of the Basic Multilingual Plane. Words are hashed where they stand, in a copy
/// of the paragraph with its digits mapped to `0` and zeros after it; the `<` and `>`
/// that frame a word for its subwords are put into the loaded words, not into memory.
/// Every hash is FxHash computed inline over 8-byte loads of the copy: a subword of an
/// ASCII word is one load and one multiply. The features, their order and their hashes are exactly those the model was
/// trained on: a test compares them with the character-at-a-time tokenizer it was
/// trained with (`features/reference.rs`).
#[derive(Debug, Default)]
pub struct Tokenizer {
    /// One space, the paragraph with ASCII digits as `0`, `PAD` zeros.
    text: Vec<u8>,
}

/// One hashed feature with what it was made of, for `--explain`.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedFeature {
    /// The feature's hash.
    pub hash: u64,
    /// `word:donate`, `bigram:dear readers`, `sub:<don`, `char:読`.
    pub name: String,
}

impl Tokenizer {
    /// Appends the hashes of every feature of `folded` (text already lower-cased by
    /// `fold_into`) to `out`.
    pub fn hashes(&mut self, folded: &str, config: FeatureConfig, out: &mut Vec<u64>) {
        self.walk(folded, config, out);
    }

    /// Every feature of `folded` with its name (slow; for explaining one paragraph).
    pub fn named(&mut self, folded: &str, config: FeatureConfig) -> Vec<NamedFeature> {
        let mut out = Vec::new();
        self.walk(folded, config, &mut out);
        out
    }

    fn walk<E: Emit>(&mut self, folded: &str, config: FeatureConfig, out: &mut E) {
        let bytes = folded.as_bytes();
        self.text.clear();
        self.text.push(b' ');
        self.text.extend_from_slice(bytes);
        for b in &mut self.text[1..] {
            *b = if b.wrapping_sub(b'0') < 10 { b'0' } else { *b };
        }
        self.text.extend_from_slice(&[0; PAD]);
        let text = &self.text[..];
        // The previous word's hash, and its text when features are named.
        let mut previous_word: Option<u64> = None;
        let mut previous_text = String::new();
        // The character just before, when it is of an unspaced script: its UTF-8 bytes
        // as a little-endian word, and their number.
        let mut previous_char: Option<(u64, usize)> = None;
        let mut at = 0;
        while at < bytes.len() {
            let byte = bytes[at];
            if byte < 0x80 {
                previous_char = None;
                if !ASCII_ALPHANUMERIC[usize::from(byte)] {
                    at += 1;
                    continue;
                }
            } else {
                let (code, len) = decode(bytes, at);
                if unspaced(code) {
                    let word = le_word(&bytes[at..at + len]);
                    let name =
                        |prefix: &str, from: usize| format!("{prefix}{}", &folded[from..at + len]);
                    out.emit(fx_tail(namespace_state(NS_CHAR), word, len), || {
                        name("char:", at)
                    });
                    if let Some((previous, previous_len)) = previous_char {
                        out.emit(
                            fx_tail(
                                namespace_state(NS_CHAR_BIGRAM),
                                previous | word << (8 * previous_len),
                                previous_len + len,
                            ),
                            || name("chars:", at - previous_len),
                        );
                    }
                    previous_char = Some((word, len));
                    previous_word = None;
                    at += len;
                    continue;
                }
                previous_char = None;
                if !alphanumeric(code) {
                    at += len;
                    continue;
                }
            }
            let (end, chars) = word_end(bytes, at);
            let len = end - at;
            // The word is `text[at + 1..end + 1]`.
            let word_hash = fx_padded(namespace_state(NS_WORD), text, at + 1, len);
            let bigram = previous_word
                .filter(|_| config.bigrams)
                .map(|previous| combine(namespace_state(NS_BIGRAM), previous, word_hash));
            if E::NAMED {
                let word = String::from_utf8_lossy(&text[at + 1..end + 1]).into_owned();
                out.emit(word_hash, || format!("word:{word}"));
                if let Some(bigram) = bigram {
                    out.emit(bigram, || format!("bigram:{previous_text} {word}"));
                }
                previous_text = word;
            } else {
                out.emit(word_hash, String::new);
                if let Some(bigram) = bigram {
                    out.emit(bigram, String::new);
                }
            }
            if config.subwords && (3..=MAX_SUBWORD_WORD).contains(&chars) && text[at + 1] != b'0' {
                subwords(&text[at..], len, chars, out);
            }
            previous_word = Some(word_hash);
            at = end;
        }
    }
}

/// The end of the word that starts at `bytes[start]` (an alphanumeric character outside
/// the unspaced scripts), and its length in characters: it runs on while characters are
/// alphanumeric and not of an unspaced script.
#[inline]
fn word_end(bytes: &[u8], start: usize) -> (usize, usize) {
    let mut at = start;
    // Bytes that are not a character of their own (continuation bytes).
    let mut extra = 0;
    loop {
        while at < bytes.len() && ASCII_ALPHANUMERIC[usize::from(bytes[at])] {
            at += 1;
        }
        if at < bytes.len() && bytes[at] >= 0x80 {
            let (code, len) = decode(bytes, at);
            if alphanumeric(code) && !unspaced(code) {
                at += len;
                extra += len - 1;
                continue;
            }
        }
        return (at, at - start - extra);
    }
}

/// Emits the character 3–5-grams of `<word>`: every 3-gram, then every 4-gram, then every
/// 5-gram, from the left. The word is `frame[1..=len]`, of `chars` characters, and
/// `frame` holds at least 8 bytes after it. The frame's `<` and `>` are not in memory
/// (the bytes around the word are whatever the paragraph has there): they are put into
/// the loaded words of the first and last n-grams, so that no load waits on a store.
fn subwords<E: Emit>(frame: &[u8], len: usize, chars: usize, out: &mut E) {
    // `<word>` as text, for names only.
    let framed = if E::NAMED {
        let mut framed = frame[..len + 2].to_vec();
        framed[0] = b'<';
        framed[len + 1] = b'>';
        framed
    } else {
        Vec::new()
    };
    let name =
        |from: usize, to: usize| format!("sub:{}", String::from_utf8_lossy(&framed[from..to]));
    if len == chars {
        ascii_subwords::<3, E>(frame, len, out, &name);
        ascii_subwords::<4, E>(frame, len, out, &name);
        ascii_subwords::<5, E>(frame, len, out, &name);
        return;
    }
    // Byte offsets of the characters of `<word>`, and of its end: at most
    // `MAX_SUBWORD_WORD` + 2 characters of at most 4 bytes.
    let end = len + 2;
    let mut marks = [0u8; MAX_SUBWORD_WORD + 3];
    let mut k = 1;
    for (i, &b) in frame[1..=len].iter().enumerate() {
        if b & 0xC0 != 0x80 {
            marks[k] = (i + 1) as u8;
            k += 1;
        }
    }
    marks[k] = (len + 1) as u8;
    marks[k + 1] = end as u8;
    let count = chars + 2;
    for n in 3..=5usize {
        let piece = |start: usize| (usize::from(marks[start]), usize::from(marks[start + n]));
        out.emit_each(
            0..count + 1 - n,
            |start| {
                let (from, to) = piece(start);
                fx_framed(frame, from, to, end)
            },
            |start| {
                let (from, to) = piece(start);
                name(from, to)
            },
        );
    }
}

/// Emits the `N`-grams (`N` ≤ 7) of `<word>` for an ASCII word, a byte a character
/// (see `subwords`): each is one load, masked; the first opens with `<`, the last closes
/// with `>`.
#[inline(always)]
fn ascii_subwords<const N: usize, E: Emit>(
    frame: &[u8],
    len: usize,
    out: &mut E,
    name: &impl Fn(usize, usize) -> String,
) {
    let state = namespace_state(NS_SUBWORD);
    let mask = (1u64 << (8 * N)) - 1;
    // `>` as the top byte of an n-gram, and the mask of the bytes below it.
    let close = u64::from(b'>') << (8 * (N - 1));
    let below = mask >> 8;
    // The start of the last n-gram.
    let last = len + 2 - N;
    let mut first = load(frame, 0) & mask & !0xFF | u64::from(b'<');
    if last == 0 {
        first = first & below | close;
    }
    out.emit(fx_tail(state, first, N), || name(0, N));
    if last > 0 {
        out.emit_each(
            1..last,
            |start| fx_tail(state, load(frame, start) & mask, N),
            |start| name(start, start + N),
        );
        out.emit(fx_tail(state, load(frame, last) & below | close, N), || {
            name(last, last + N)
        });
    }
}

/// The hash of the bytes `from..to` of `<word>` (see `subwords`; `end` is the length of
/// `<word>`): `FxHasher::write` of them, with `<` in place of byte 0 and `>` in place of
/// byte `end - 1` when the range holds them.
#[inline]
fn fx_framed(frame: &[u8], from: usize, to: usize, end: usize) -> u64 {
    let mut state = namespace_state(NS_SUBWORD);
    let mut at = from;
    let open = |word: u64, at: usize| {
        if at == 0 {
            word & !0xFF | u64::from(b'<')
        } else {
            word
        }
    };
    while to - at > 8 {
        state = fx_add(state, open(load(frame, at), at));
        at += 8;
    }
    let rest = to - at;
    let shift = 8 * (rest - 1);
    let mut word = open(load(frame, at), at) & (u64::MAX >> (64 - 8 * rest));
    if to == end {
        word = word & !(0xFF << shift) | u64::from(b'>') << shift;
    }
    fx_tail(state, word, rest)
}

/// What the hand-written patterns said of one paragraph, as features.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PatternEvidence {
    /// Per category (`Category::ALL`, indexed by `Category as usize`): a built-in
    /// pattern of that category matched.
    pub categories: [bool; Category::ALL.len()],
    /// A pattern with the opener role matched.
    pub opener: bool,
    /// A pattern with the closer role matched.
    pub closer: bool,
    /// The sum of the built-in hand-written weights.
    pub score: f32,
    /// The sum of the weights of patterns from outside the built-in set (`--patterns`):
    /// the model was not trained with them, so their weights count as written.
    pub outside: f32,
}

/// Per-paragraph signals of a neighbour that the model sees (the previous and the next
/// non-empty paragraph).
const NEIGHBOUR_SIGNALS: [Signal; 5] = [
    Signal::Words1To3,
    Signal::Words40Plus,
    Signal::NoEndPunct,
    Signal::WeYou,
    Signal::TitleCase,
];

/// Dense features of a paragraph: its structural signals, its pattern evidence, and a few
/// of its neighbours'.
pub const DENSE_COUNT: usize = SIGNAL_COUNT + 13 + 3 + 2 * (NEIGHBOUR_SIGNALS.len() + 2) + 2;

/// The indices of the neighbour features among the dense ones.
pub const NEIGHBOUR_RANGE: std::ops::Range<usize> =
    SIGNAL_COUNT + 16..SIGNAL_COUNT + 16 + 2 * (NEIGHBOUR_SIGNALS.len() + 2);

/// A paragraph's dense feature values (index 0, `Signal::Bias`, is always 1).
pub type Dense = [f32; DENSE_COUNT];

/// What a neighbour contributes to a paragraph's dense features.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Neighbour {
    values: [f32; NEIGHBOUR_SIGNALS.len() + 2],
}

impl Neighbour {
    /// The neighbour features of a non-empty paragraph.
    pub fn of(signals: &Signals, evidence: &PatternEvidence) -> Neighbour {
        let mut values = [0.0; NEIGHBOUR_SIGNALS.len() + 2];
        for (v, s) in values.iter_mut().zip(NEIGHBOUR_SIGNALS) {
            *v = signals.get(s);
        }
        let n = NEIGHBOUR_SIGNALS.len();
        values[n] = f32::from(u8::from(evidence.score >= 2.0));
        values[n + 1] = f32::from(u8::from(evidence.score <= -1.0));
        Neighbour { values }
    }
}

/// Fills `dense` from a paragraph's signals, pattern evidence, neighbours (`None` at a
/// document's edge) and number of hashed features.
pub fn dense_features(
    hashed_count: usize,
    signals: &Signals,
    evidence: &PatternEvidence,
    previous: Option<&Neighbour>,
    next: Option<&Neighbour>,
    dense: &mut Dense,
) {
    dense[..SIGNAL_COUNT].copy_from_slice(&signals.values);
    dense[Signal::Bias as usize] = 1.0;
    let mut at = SIGNAL_COUNT;
    for &matched in &evidence.categories {
        dense[at] = f32::from(u8::from(matched));
        at += 1;
    }
    dense[at] = f32::from(u8::from(evidence.opener));
    dense[at + 1] = f32::from(u8::from(evidence.closer));
    dense[at + 2] = (evidence.score / 4.0).clamp(-2.0, 2.0);
    at += 3;
    for neighbour in [previous, next] {
        let width = NEIGHBOUR_SIGNALS.len() + 2;
        match neighbour {
            Some(n) => dense[at..at + width].copy_from_slice(&n.values),
            None => dense[at..at + width].fill(0.0),
        }
        at += width;
    }
    // A document edge on either side.
    dense[at] = f32::from(u8::from(previous.is_none() || next.is_none()));
    // √n of the n hashed features: the n-grams' sum is divided by √n, so a small mean
    // weight over many n-grams grows with √n; this lets one weight carry that drift
    // instead of every n-gram's.
    dense[at + 1] = (hashed_count as f32).sqrt() / 16.0;
}

/// The name of dense feature `index`, for `--explain` and the model's summary.
pub fn dense_name(index: usize) -> String {
    if index < SIGNAL_COUNT {
        return Signal::ALL[index].name().to_string();
    }
    let mut at = SIGNAL_COUNT;
    if index < at + 13 {
        return format!("pattern:{}", Category::ALL[index - at].as_str());
    }
    at += 13;
    match index - at {
        0 => return "pattern:opener".to_string(),
        1 => return "pattern:closer".to_string(),
        2 => return "pattern:score".to_string(),
        _ => {}
    }
    at += 3;
    let width = NEIGHBOUR_SIGNALS.len() + 2;
    let mut name = String::new();
    for side in ["previous", "next"] {
        if index < at + width {
            let k = index - at;
            let what = match k.checked_sub(NEIGHBOUR_SIGNALS.len()) {
                None => NEIGHBOUR_SIGNALS[k].name(),
                Some(0) => "boilerplate-pattern",
                Some(_) => "journalism-pattern",
            };
            let _ = write!(name, "{side}:{what}");
            return name;
        }
        at += width;
    }
    if index == at {
        "document-edge".to_string()
    } else {
        "ngram-count".to_string()
    }
}

#[cfg(test)]
mod reference;

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, config: FeatureConfig) -> Vec<String> {
        Tokenizer::default()
            .named(text, config)
            .into_iter()
            .map(|f| f.name)
            .collect()
    }

    #[test]
    fn words_bigrams_and_digits() {
        let config = FeatureConfig {
            bigrams: true,
            subwords: false,
        };
        assert_eq!(
            names("167 comments, read", config),
            [
                "word:000",
                "word:comments",
                "bigram:000 comments",
                "word:read",
                "bigram:comments read"
            ]
        );
    }

    #[test]
    fn subwords_are_shared_across_inflections() {
        let config = FeatureConfig::default();
        let a = names("comentário", config);
        let b = names("comments", config);
        assert!(a.contains(&"sub:<com".to_string()));
        assert!(b.contains(&"sub:<com".to_string()));
    }

    #[test]
    fn unspaced_scripts_give_character_bigrams() {
        let got = names("読者の", FeatureConfig::default());
        assert_eq!(
            got,
            ["char:読", "char:者", "chars:読者", "char:の", "chars:者の"]
        );
    }

    #[test]
    fn named_and_plain_hashes_agree() {
        let text = "dear readers, support us — 読者 100 times";
        let mut t = Tokenizer::default();
        let mut plain = Vec::new();
        t.hashes(text, FeatureConfig::default(), &mut plain);
        let named: Vec<u64> = t
            .named(text, FeatureConfig::default())
            .into_iter()
            .map(|f| f.hash)
            .collect();
        assert_eq!(plain, named);
    }

    #[test]
    fn dense_names_cover_every_index() {
        let names: Vec<String> = (0..DENSE_COUNT).map(dense_name).collect();
        assert_eq!(names[0], "bias");
        assert_eq!(names[DENSE_COUNT - 2], "document-edge");
        let unique: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(unique.len(), DENSE_COUNT);
    }

    use proptest::prelude::*;

    use super::reference::ReferenceTokenizer;
    use crate::fold::fold;
    use crate::linear::LinearModel;

    const CONFIGS: [FeatureConfig; 4] = [
        FeatureConfig {
            bigrams: true,
            subwords: true,
        },
        FeatureConfig {
            bigrams: true,
            subwords: false,
        },
        FeatureConfig {
            bigrams: false,
            subwords: true,
        },
        FeatureConfig {
            bigrams: false,
            subwords: false,
        },
    ];

    /// Asserts that the tokenizer gives exactly the reference's features for `text`, in
    /// the same order and with the same names, under every configuration, and the same
    /// score under the built-in model.
    fn assert_same_as_reference(text: &str) {
        let model = LinearModel::builtin();
        let mut tokenizer = Tokenizer::default();
        let mut reference = ReferenceTokenizer::default();
        for config in CONFIGS {
            let expected = reference.hashes(text, config);
            let mut got = vec![7]; // `hashes` appends
            tokenizer.hashes(text, config, &mut got);
            assert_eq!(got[0], 7, "{text:?}");
            assert_eq!(got[1..], expected[..], "{text:?} {config:?}");
            assert_eq!(
                tokenizer.named(text, config),
                reference.named(text, config),
                "{text:?} {config:?}"
            );
            assert_eq!(
                model.hashed_score(&got[1..]).to_bits(),
                model.hashed_score(&expected).to_bits(),
                "{text:?}"
            );
        }
    }

    /// Texts in many scripts, and the edges of the tokenizer: digits, long words,
    /// characters outside the Basic Multilingual Plane, marks, joiners, emoji.
    const FIXTURES: &[&str] = &[
        "",
        " ",
        "a",
        "ab",
        "abc",
        "167 comments, read more",
        "Dear readers, support independent journalism — donate today!",
        "dear readers, support us — 読者 100 times",
        "The city council voted 7-2 on Tuesday to extend the line by 4 stops ($240m).",
        "comentário commentaire comments Kommentare komentarz",
        "straße größe œuvre façade naïve coöperate ångström",
        "поддержите нас: подпишитесь на рассылку «Новой газеты» 2024",
        "ΟΔΟΣ σας ελληνικά κείμενα",
        "مرحبا بكم في موقعنا ١٢٣ ٤٥",
        "שלום עולם",
        "हिन्दी में समाचार पढ़ें",
        "日本語の テキスト、読者の皆様へ。",
        "中文新闻：请订阅我们的新闻通讯",
        "한국어 뉴스를 구독하세요",
        "ข่าวภาษาไทย สมัครสมาชิก",
        "ພາສາລາວ ၁၂၃ မြန်မာ ខ្មែរ",
        "𠀀𠀁 𪚥 mixed 𠀀abc",
        "e\u{301} \u{301}\u{301}x a\u{300}b \u{301}",
        "zero\u{200b}width joiner\u{200d}here",
        "emoji 👍🏽 family 👨‍👩‍👧 flags 🇺🇦 ok",
        "0abc 0 00 000 0000 a0 a00b 12345678901234567890123456789",
        "abcdefghijklmnopqrstuvwx abcdefghijklmnopqrstuvwxy abcdefghijklmnopqrstuvwxyz",
        "ééééééééééééééééééééééé éééééééééééééééééééééééé ééééééééééééééééééééééééé",
        "https://example.com/path?id=123&x=y e-mail@example.org",
        "Ⅻ ½ ² ³ ⁴ ① ⑴ ⒈ ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３",
        "ǅemal ǈubljana İstanbul ı",
        "a\u{0e01}b\u{0e02}\u{0e03}c 読a者",
        "\u{ffff}\u{fffd}\u{10ffff} \u{e000}\u{f8ff}",
        "\u{0}\u{1}\t\n\r\u{7f}\u{80}\u{9f}\u{a0}",
        "x\u{3000}y\u{309a}\u{3099}z",
        "ABC Abc aBC 123abc abc123 a1b2c3",
    ];

    #[test]
    fn tokenizer_matches_the_reference_on_fixtures() {
        for text in FIXTURES {
            assert_same_as_reference(text);
            assert_same_as_reference(&fold(text));
        }
        let all = FIXTURES.join(" ");
        assert_same_as_reference(&all);
        assert_same_as_reference(&fold(&all));
    }

    /// The hashes of one text as the shipped model was trained on them: they hold the
    /// reference itself (and the FxHash it uses) to the model.
    /// The features of "dear 読者 7 news" under the default configuration.
    const GOLDEN: [u64; 25] = [
        0xf3d9ebf26e4a86e6,
        0x927dcb92c7d93ea,
        0xca0b446bc2cd57a2,
        0x684a2dbe10d4b637,
        0xe7bfa91c8ee4fb8b,
        0x9d334016617d93ea,
        0x87afea7cdccd57a2,
        0xc650b8aaeed4b637,
        0xfd5126dc617d93ea,
        0x49b2ad06dccd57a2,
        0xc31e67d0ccce57e0,
        0xc5da8d22389d89e0,
        0x41213f74bb0a05e2,
        0x4d794e7bd5b317a2,
        0x21ded9c264c41d14,
        0x698211ba6ef5d0cf,
        0xf5b227a3f8bd11ea,
        0x3a0c73a8f9f2edd0,
        0xeded493f1956e837,
        0x6a454c380fed7dbd,
        0x8de1679553bd11ea,
        0xaed83bc4a8f2edd0,
        0x4bf3d42bf756e837,
        0x152158f053bd11ea,
        0x70dafe4ea8f2edd0,
    ];

    #[test]
    fn hashes_are_those_the_model_was_trained_on() {
        let text = "dear 読者 7 news";
        let mut got = Vec::new();
        Tokenizer::default().hashes(text, FeatureConfig::default(), &mut got);
        let reference = ReferenceTokenizer::default().hashes(text, FeatureConfig::default());
        assert_eq!(got, reference);
        assert_eq!(reference, GOLDEN);
    }

    #[test]
    fn alphanumeric_lookups_agree_with_the_standard_library() {
        for code in 0..=char::MAX as u32 {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(alphanumeric(code), c.is_alphanumeric(), "U+{code:04X}");
                let mut utf8 = [0u8; 4];
                let bytes = c.encode_utf8(&mut utf8).as_bytes();
                if bytes[0] >= 0x80 {
                    assert_eq!(decode(bytes, 0), (code, bytes.len()), "U+{code:04X}");
                }
            }
        }
        for byte in 0..=255u8 {
            assert_eq!(
                ASCII_ALPHANUMERIC[usize::from(byte)],
                byte.is_ascii() && char::from(byte).is_alphanumeric()
            );
        }
    }

    /// Words of one script, 1 to 30 characters, between separators: long words (no
    /// subwords past `MAX_SUBWORD_WORD` characters) and words of multi-byte characters.
    fn words() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            prop::collection::vec(prop::char::range('a', 'z'), 1..30),
            prop::collection::vec(prop::char::range('0', '9'), 1..12),
            prop::collection::vec(
                prop::sample::select(vec!['a', '0', 'é', 'ß', 'ж', 'ω', '٣']),
                1..30
            ),
            prop::collection::vec(prop::char::range('\u{430}', '\u{44f}'), 1..30),
            prop::collection::vec(prop::char::range('\u{1d400}', '\u{1d433}'), 1..30),
            prop::collection::vec(prop::char::range('\u{4e00}', '\u{4e10}'), 1..8),
        ]
        .prop_map(|chars| chars.into_iter().collect::<String>());
        let separator = prop::sample::select(vec![" ", " ", ", ", "-", "\n", "—", "", "'"]);
        prop::collection::vec((word, separator), 0..20).prop_map(|parts| {
            parts
                .into_iter()
                .flat_map(|(word, separator)| [word, separator.to_string()])
                .collect()
        })
    }

    /// A character a word can be made of, or something between words: weighted towards
    /// what text is made of, with every other character possible.
    fn any_char() -> impl Strategy<Value = char> {
        prop_oneof![
            6 => prop::char::range('a', 'z'),
            2 => prop::sample::select(vec![' ', ' ', ',', '.', '-', '\'', '"', '\n', '—', '’', '\u{a0}']),
            2 => prop::char::range('0', '9'),
            1 => prop::char::range('A', 'Z'),
            1 => prop::char::range('\u{0}', '\u{7f}'),
            1 => prop::char::range('\u{80}', '\u{24f}'),
            1 => prop::char::range('\u{300}', '\u{36f}'),
            1 => prop::char::range('\u{370}', '\u{52f}'),
            1 => prop::char::range('\u{590}', '\u{6ff}'),
            1 => prop::char::range('\u{900}', '\u{dff}'),
            2 => prop::char::range('\u{e00}', '\u{eff}'),
            1 => prop::char::range('\u{1000}', '\u{17ff}'),
            2 => prop::char::range('\u{3000}', '\u{30ff}'),
            2 => prop::char::range('\u{4e00}', '\u{4eff}'),
            1 => prop::char::range('\u{ac00}', '\u{ad00}'),
            1 => prop::char::range('\u{f900}', '\u{ffff}'),
            1 => prop::char::range('\u{1f300}', '\u{1faff}'),
            1 => prop::char::range('\u{20000}', '\u{2ffff}'),
            1 => any::<char>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn tokenizer_matches_the_reference(chars in prop::collection::vec(any_char(), 0..120)) {
            let text: String = chars.into_iter().collect();
            assert_same_as_reference(&text);
            assert_same_as_reference(&fold(&text));
        }

        #[test]
        fn tokenizer_matches_the_reference_on_words(text in words()) {
            assert_same_as_reference(&text);
        }

        #[test]
        fn tokenizer_matches_the_reference_on_any_string(text in any::<String>()) {
            assert_same_as_reference(&text);
        }
    }
}
