//! The hashed-feature tokenizer as it was when the shipped model was trained, kept
//! verbatim (character at a time, one `FxHasher` a feature) as the reference the fast
//! tokenizer must agree with, feature for feature and in the same order.

use std::hash::Hasher as _;

use super::{FeatureConfig, NamedFeature};
use crate::hash::FxHasher;

const MAX_SUBWORD_WORD: usize = 24;

const NS_WORD: u8 = 1;
const NS_BIGRAM: u8 = 2;
const NS_SUBWORD: u8 = 3;
const NS_CHAR: u8 = 4;
const NS_CHAR_BIGRAM: u8 = 5;

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

/// The reference tokenizer, with its buffers.
#[derive(Debug, Default)]
pub struct ReferenceTokenizer {
    word: String,
    marks: Vec<usize>,
    framed: String,
}

impl ReferenceTokenizer {
    /// Every feature of `folded`, in order, with its name.
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

    /// Every feature's hash of `folded`, in order.
    pub fn hashes(&mut self, folded: &str, config: FeatureConfig) -> Vec<u64> {
        let mut out = Vec::new();
        self.walk(folded, config, &mut |hash, _| out.push(hash), false);
        out
    }

    fn walk(
        &mut self,
        folded: &str,
        config: FeatureConfig,
        emit: &mut dyn FnMut(u64, &dyn Fn() -> String),
        named: bool,
    ) {
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

fn push_normalised(word: &mut String, c: char) {
    if c.is_ascii_digit() {
        word.push('0');
    } else {
        word.push(c);
    }
}
