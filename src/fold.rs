//! Text folding: the one normal form that paragraphs and literal patterns are matched in.
//!
//! Folding lowercases (Unicode-aware), maps typographic quotes and dashes to ASCII, drops
//! zero-width characters and collapses whitespace runs to one space. It is done once per
//! paragraph, into a buffer the caller reuses, never once per pattern.

/// Folds `text` into `out` (cleared first). See the module docs for what folding does.
pub fn fold_into(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len());
    let mut pending_space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte < 0x80 {
            // ASCII fast path.
            i += 1;
            if (byte as char).is_whitespace() {
                pending_space = !out.is_empty();
                continue;
            }
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(if byte == b'`' {
                '\''
            } else {
                byte.to_ascii_lowercase() as char
            });
            continue;
        }
        let Some(ch) = text[i..].chars().next() else {
            break;
        };
        i += ch.len_utf8();
        let c = match ch {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
            | '\u{2033}' | '\u{300C}' | '\u{300D}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => continue,
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
}

/// Folds `text` into a new string. Convenience for code off the hot path.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// True for characters of scripts written without spaces between words (Han, Kana,
/// Thai, Lao, Khmer, Myanmar), where word-boundary rules do not apply.
pub fn is_spaceless_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}' // Katakana extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width Katakana
        | '\u{20000}'..='\u{2FA1F}' // CJK extensions B..
        | '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
    )
}

/// True for a character that is part of a word for boundary purposes.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_spaceless_script(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_quotes_dashes_and_space() {
        assert_eq!(
            fold("  Don’t   STOP — «Now»\u{00A0}Please "),
            "don't stop - \"now\" please"
        );
    }

    #[test]
    fn folds_cyrillic_and_greek_case() {
        // Character-wise lowercasing: final sigma folds to σ, in text and patterns alike.
        assert_eq!(fold("ПОДДЕРЖИТЕ Нас ΣΑΣ"), "поддержите нас σασ");
    }

    #[test]
    fn drops_zero_width_characters() {
        assert_eq!(fold("sub\u{200B}scribe\u{00AD}"), "subscribe");
    }
}
