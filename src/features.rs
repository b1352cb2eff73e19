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

use std::fmt::Write as _;
use std::hash::Hasher as _;

use crate::hash::FxHasher;
use crate::patterns::Category;
use crate::signals::{Signal, Signals, SIGNAL_COUNT};

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

/// Whether `c` belongs to a script written without spaces between words.
fn unspaced(c: char) -> bool {
    matches!(c as u32,
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

fn hash_of(namespace: u8, bytes: &[u8]) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write_u8(namespace);
    hasher.write(bytes);
    hasher.finish()
}

fn combine(namespace: u8, a: u64, b: u64) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write_u8(namespace);
    hasher.write(&a.to_le_bytes());
    hasher.write(&b.to_le_bytes());
    hasher.finish()
}

/// Reusable buffers of the hashed-feature pass.
#[derive(Debug, Default)]
pub struct Tokenizer {
    word: String,
    /// Byte offsets of the characters of `<word>` (and its end).
    marks: Vec<usize>,
    framed: String,
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
        self.walk(folded, config, &mut |hash, _| out.push(hash), false);
    }

    /// Every feature of `folded` with its name (slow; for explaining one paragraph).
    pub fn named(&mut self, folded: &str, config: FeatureConfig) -> Vec<NamedFeature> {
        let mut out = Vec::new();
        self.walk(
            folded,
            config,
            &mut |hash, name: &dyn Fn() -> String| out.push(NamedFeature { hash, name: name() }),
            true,
        );
        out
    }

    fn walk(
        &mut self,
        folded: &str,
        config: FeatureConfig,
        emit: &mut dyn FnMut(u64, &dyn Fn() -> String),
        named: bool,
    ) {
        // The previous word's hash, and its text when features are named.
        let mut previous_word: Option<u64> = None;
        let mut previous_text = String::new();
        let mut previous_char: Option<char> = None;
        let mut chars = folded.chars().peekable();
        while let Some(c) = chars.next() {
            if unspaced(c) {
                let mut buf = [0u8; 8];
                let single = c.encode_utf8(&mut buf[..4]).len();
                emit(hash_of(NS_CHAR, &buf[..single]), &|| format!("char:{c}"));
                if let Some(p) = previous_char {
                    let mut pair = [0u8; 8];
                    let first = p.encode_utf8(&mut pair).len();
                    let second = c.encode_utf8(&mut pair[first..]).len();
                    emit(hash_of(NS_CHAR_BIGRAM, &pair[..first + second]), &|| {
                        format!("chars:{p}{c}")
                    });
                }
                previous_char = Some(c);
                previous_word = None;
                continue;
            }
            previous_char = None;
            if !c.is_alphanumeric() {
                continue;
            }
            self.word.clear();
            push_normalised(&mut self.word, c);
            while let Some(&next) = chars.peek() {
                if !next.is_alphanumeric() || unspaced(next) {
                    break;
                }
                push_normalised(&mut self.word, next);
                chars.next();
            }
            let word_hash = hash_of(NS_WORD, self.word.as_bytes());
            let word = &self.word;
            emit(word_hash, &|| format!("word:{word}"));
            if config.bigrams {
                if let Some(previous) = previous_word {
                    let previous_text = &previous_text;
                    emit(combine(NS_BIGRAM, previous, word_hash), &|| {
                        format!("bigram:{previous_text} {word}")
                    });
                }
            }
            if config.subwords {
                self.subwords(emit);
            }
            previous_word = Some(word_hash);
            if named {
                previous_text.clear();
                previous_text.push_str(&self.word);
            }
        }
    }

    /// Emits the character 3–5-grams of `<word>` (the word in `self.word`).
    fn subwords(&mut self, emit: &mut dyn FnMut(u64, &dyn Fn() -> String)) {
        let length = self.word.chars().count();
        if !(3..=MAX_SUBWORD_WORD).contains(&length) || self.word.starts_with('0') {
            return;
        }
        self.framed.clear();
        self.framed.push('<');
        self.framed.push_str(&self.word);
        self.framed.push('>');
        self.marks.clear();
        self.marks
            .extend(self.framed.char_indices().map(|(i, _)| i));
        self.marks.push(self.framed.len());
        let count = self.marks.len() - 1;
        for n in 3..=5usize {
            if n > count {
                break;
            }
            for start in 0..=count - n {
                let piece = &self.framed[self.marks[start]..self.marks[start + n]];
                let h = hash_of(NS_SUBWORD, piece.as_bytes());
                emit(h, &|| format!("sub:{piece}"));
            }
        }
    }
}

/// Pushes `c` with every digit mapped to `0`.
fn push_normalised(word: &mut String, c: char) {
    if c.is_ascii_digit() {
        word.push('0');
    } else {
        word.push(c);
    }
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
}
