//! Paragraph normal form for learned whole-paragraph patterns (`~text`): folded text
//! with every number collapsed to `0` and every run of punctuation, symbols and spaces
//! collapsed to one space, so repeats that differ only by a count or a date compare equal.
//!
//! "Updated 5 May 2024, 10:30 — Read 1,204 comments!" and "Updated Tuesday, June 17, 9:05
//! — Read 88 comments" both become `updated 0 0 0 0 read 0 comments`: month and weekday
//! names (in seven languages) count as numbers.

use std::hash::Hasher;

use crate::fold::fold;
use crate::hash::FxHasher;

/// A combining mark (accents written as separate code points): part of a word, not a
/// separator. Script-specific vowel signs are alphabetic already.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
    )
}

/// A separator that may sit inside a number ("1,000", "10:30", "2024-05-01").
fn is_number_joiner(c: char) -> bool {
    matches!(c, '.' | ',' | ':' | '/' | '-' | '\'')
}

/// Month and weekday names (English, German, French, Spanish, Italian, Portuguese,
/// Dutch; folded): in the normal form they count as numbers, so a dateline matches
/// whatever its date.
const DATE_WORDS: &[&str] = &[
    // en
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    // de
    "januar",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    // fr
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    // es
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    // it
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    // pt
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "dezembro",
    // nl
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// Longest date word, in characters.
const WORD_MAX: usize = 10;

/// The word being read: held while it could still be a date word, streamed after.
struct Word {
    chars: [char; WORD_MAX],
    len: usize,
    long: bool,
}

impl Word {
    fn is_empty(&self) -> bool {
        self.len == 0 && !self.long
    }

    fn push<F: FnMut(char)>(&mut self, c: char, emit: &mut F) {
        if self.long {
            emit(c);
        } else if self.len < WORD_MAX {
            self.chars[self.len] = c;
            self.len += 1;
        } else {
            self.chars.iter().for_each(|&h| emit(h));
            emit(c);
            self.len = 0;
            self.long = true;
        }
    }

    /// Ends the word: a date word becomes `0`, any other word is written out.
    fn flush<F: FnMut(char)>(&mut self, emit: &mut F) {
        let held = &self.chars[..self.len];
        let is_date = !self.long
            && self.len >= 3
            && DATE_WORDS
                .iter()
                .any(|w| w.chars().eq(held.iter().copied()));
        if is_date {
            emit('0');
            self.len = 0;
            return;
        }
        held.iter().for_each(|&c| emit(c));
        self.len = 0;
        self.long = false;
    }
}

/// Calls `emit` with each character of the normal form of `folded` (text already passed
/// through [`crate::fold::fold`]): words as they are, each number (digits, with
/// `.,:/-'` between digits) and each month or weekday name as `0`, and one space between
/// tokens; nothing before the first token or after the last.
pub fn for_each_char<F: FnMut(char)>(folded: &str, mut emit: F) {
    let mut chars = folded.chars().peekable();
    let mut word = Word {
        chars: ['\0'; WORD_MAX],
        len: 0,
        long: false,
    };
    let mut started = false;
    let mut gap = false;
    let mut in_number = false;
    while let Some(c) = chars.next() {
        if c.is_numeric() {
            word.flush(&mut emit);
            if in_number {
                continue;
            }
            if gap && started {
                emit(' ');
            }
            gap = false;
            started = true;
            in_number = true;
            emit('0');
        } else if c.is_alphanumeric() || (!word.is_empty() && is_combining_mark(c)) {
            if word.is_empty() {
                if gap && started {
                    emit(' ');
                }
                gap = false;
                started = true;
                in_number = false;
            }
            word.push(c, &mut emit);
        } else {
            if in_number && is_number_joiner(c) && chars.peek().is_some_and(|n| n.is_numeric()) {
                continue;
            }
            word.flush(&mut emit);
            in_number = false;
            gap = true;
        }
    }
    word.flush(&mut emit);
}

/// The normal form of already-folded text, appended to `out` (cleared first).
pub fn normalize_folded_into(folded: &str, out: &mut String) {
    out.clear();
    for_each_char(folded, |c| out.push(c));
}

/// The normal form of any text: folds it, then normalises.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_folded_into(&fold(text), &mut out);
    out
}

/// The hash of the normal form of already-folded text, computed without building it.
/// Equal normal forms give equal hashes.
pub fn hash_folded(folded: &str) -> u64 {
    let mut hasher = FxHasher::default();
    let mut len = 0u64;
    for_each_char(folded, |c| {
        hasher.write_u32(c as u32);
        len += 1;
    });
    hasher.write_u64(len);
    hasher.finish()
}

/// The hash of the normal form of already-folded text, as [`hash_folded`] gives it, or
/// `None` when the normal form holds no letter (a number, a date, punctuation): the key a
/// paragraph is counted by when sites are learned.
pub fn key_folded(folded: &str) -> Option<u64> {
    let mut hasher = FxHasher::default();
    let mut len = 0u64;
    let mut letter = false;
    for_each_char(folded, |c| {
        hasher.write_u32(c as u32);
        letter |= c.is_alphabetic();
        len += 1;
    });
    hasher.write_u64(len);
    letter.then(|| hasher.finish())
}

/// Whether the normal form of already-folded text is exactly `normal` (a normal form).
pub fn folded_equals(folded: &str, normal: &str) -> bool {
    let mut expected = normal.chars();
    let mut same = true;
    for_each_char(folded, |c| {
        if same && expected.next() != Some(c) {
            same = false;
        }
    });
    same && expected.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_collapse() {
        let a = normalize("Updated 5 May 2024, 10:30 — Read 1,204 comments!");
        let b = normalize("UPDATED Tuesday, June 17, 9:05 - read 88 comments");
        assert_eq!(a, "updated 0 0 0 0 read 0 comments");
        assert_eq!(a, b);
        assert_eq!(normalize("Lundi 3 février"), "0 0 0");
        // Only whole words: "mayor", "marsh" and a long word stay.
        assert_eq!(
            normalize("The mayor of Marsh-Internationalisation"),
            "the mayor of marsh internationalisation"
        );
    }

    #[test]
    fn punctuation_and_space_collapse_but_words_stay_apart() {
        assert_eq!(normalize("  «Support us» … today!!  "), "support us today");
        assert_ne!(normalize("support us"), normalize("supportus"));
        assert_eq!(normalize("covid19 cases"), "covid0 cases");
        assert_eq!(normalize("*** — ***"), "");
    }

    #[test]
    fn normal_form_is_idempotent() {
        for text in [
            "Dear readers, 2 of 3",
            "Ça coûte 3,50 €",
            "寄付をお願いします。2024年",
        ] {
            let once = normalize(text);
            assert_eq!(normalize(&once), once, "{text}");
        }
    }

    #[test]
    fn hash_and_equality_agree_with_the_string() {
        let folded = fold("Read 12 comments.");
        let normal = normalize("read 3 comments");
        assert!(folded_equals(&folded, &normal));
        assert!(!folded_equals(&folded, "read 0 comment"));
        assert!(!folded_equals(&folded, "read 0 comments more"));
        let mut direct = FxHasher::default();
        for c in normal.chars() {
            direct.write_u32(c as u32);
        }
        direct.write_u64(normal.chars().count() as u64);
        assert_eq!(hash_folded(&folded), direct.finish());
        assert_ne!(hash_folded(&folded), hash_folded(&fold("read comments")));
    }
}
