//! Text folding: the one normal form that paragraphs and literal patterns are matched in.
//!
//! Folding lowercases (Unicode-aware), maps typographic quotes and dashes to ASCII, drops
//! zero-width characters and collapses whitespace runs to one space. It is done once per
//! paragraph, into a buffer the caller reuses, never once per pattern.

/// Folds `text` into `out` (cleared first). See the module docs for what folding does.
pub fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        fold_ascii_into(text, out);
    } else {
        fold_any_into(text, out);
    }
}

/// ASCII whitespace as `char::is_whitespace` sees it (tab to carriage return, which
/// includes the vertical tab, and space).
fn is_space(byte: u8) -> bool {
    byte == b' ' || byte.wrapping_sub(b'\t') < 5
}

/// `fold_into` for ASCII text, a chunk at a time instead of a character at a time: the
/// text without its edge whitespace is copied and lowercased whole, and only when it has
/// whitespace other than single spaces is it rebuilt word by word.
fn fold_ascii_into(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let start = bytes
        .iter()
        .position(|&b| !is_space(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&b| !is_space(b))
        .map_or(start, |i| i + 1);
    let trimmed = &bytes[start..end];
    let mut buf = std::mem::take(out).into_bytes();
    buf.clear();
    // No early exit: the whole slice is checked in a loop the compiler vectorizes.
    let control_space = trimmed
        .iter()
        .fold(false, |seen, &b| seen | (b.wrapping_sub(b'\t') < 5));
    if control_space || memchr::memmem::find(trimmed, b"  ").is_some() {
        buf.reserve(trimmed.len());
        for word in trimmed.split(|&b| is_space(b)).filter(|w| !w.is_empty()) {
            if !buf.is_empty() {
                buf.push(b' ');
            }
            buf.extend_from_slice(word);
        }
    } else {
        buf.extend_from_slice(trimmed);
    }
    buf.make_ascii_lowercase();
    if memchr::memchr(b'`', &buf).is_some() {
        for byte in &mut buf {
            if *byte == b'`' {
                *byte = b'\'';
            }
        }
    }
    *out = match String::from_utf8(buf) {
        Ok(folded) => folded,
        // Unreachable: ASCII in, ASCII out.
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
}

/// `fold_into` for any text, a character at a time.
fn fold_any_into(text: &str, out: &mut String) {
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

    /// Texts for the ASCII path: every kind of ASCII whitespace at the edges, doubled and
    /// between words, backticks, capitals, punctuation, controls that are not space.
    const ASCII_CASES: &[&str] = &[
        "",
        " ",
        "\t\n\x0B\x0C\r ",
        "Word",
        "  Leading and trailing  ",
        "Two  spaces and\ttab\nnewline\x0Bvtab\x0Cff\rcr",
        "`Quoted` text, DON'T Stop!",
        "ALL CAPS: 100% & <tags> {braces} [x] ~tilde^ |pipe| \\ / @ # $",
        "\x00nul\x01soh\x1Fus\x7Fdel stay",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z",
        "Share on Facebook | Twitter | E-mail",
        " \x0B ",
    ];

    /// Texts for the general path, which must give what it gave before the ASCII path:
    /// mixed ASCII and non-ASCII, Turkish dotted I, German sharp s, Greek final sigma.
    const MIXED_CASES: &[&str] = &[
        "İstanbul'da IŞIK ılık",
        "STRAẞE Straße GROSS",
        "ΟΔΟΣ ΣΑΣ",
        "Café  au\tlait — « oui »",
        "\u{00A0}Non-breaking\u{2003}em space\u{3000}ideographic ",
        "Zero\u{200B}width\u{FEFF} and soft\u{00AD}hyphen",
        "ǅemal ǈubljana",
        "`tick` and ‘curly’ “quotes” ″double prime″",
        "日本語の テキスト",
    ];

    /// `fold_into` as it was before the ASCII fast paths: a character at a time.
    fn fold_charwise(text: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for ch in text.chars() {
            let c = match ch {
                '`' => '\'',
                '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' => '\'',
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
                | '\u{2033}' | '\u{300C}' | '\u{300D}' => '"',
                '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {
                    continue
                }
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
        out
    }

    #[test]
    fn both_paths_agree_with_folding_a_character_at_a_time() {
        let mut texts: Vec<String> = ASCII_CASES
            .iter()
            .chain(MIXED_CASES)
            .map(|t| t.to_string())
            .collect();
        for a in ASCII_CASES {
            for m in MIXED_CASES {
                texts.push(format!("{a}{m}{a}"));
                texts.push(format!("{m}{a}{m}"));
            }
        }
        let pieces = [
            "A", "`", " ", "\t", "\x0B", "é", "\u{00A0}", "\u{200B}", "—", "İ", "ß",
        ];
        for x in pieces {
            for y in pieces {
                for z in pieces {
                    texts.push(format!("{x}{y}{z}"));
                    texts.push(format!("w{x}{y}{z}w"));
                }
            }
        }
        let mut out = String::new();
        for text in &texts {
            fold_into(text, &mut out);
            assert_eq!(out, fold_charwise(text), "{text:?}");
            fold_any_into(text, &mut out);
            assert_eq!(out, fold_charwise(text), "{text:?}");
        }
    }

    #[test]
    fn the_ascii_path_agrees_with_the_general_path() {
        let mut fast = String::from("stale contents");
        let mut general = String::new();
        for text in ASCII_CASES {
            assert!(text.is_ascii());
            fold_ascii_into(text, &mut fast);
            fold_any_into(text, &mut general);
            assert_eq!(fast, general, "{text:?}");
            fold_into(text, &mut fast);
            assert_eq!(fast, general, "{text:?}");
        }
        // Every pair of ASCII bytes, between letters, at the edges and alone.
        for a in 0u8..0x80 {
            for b in 0u8..0x80 {
                let pair = [a, b];
                let Ok(pair) = std::str::from_utf8(&pair) else {
                    continue;
                };
                for text in [
                    format!("X{pair}y"),
                    format!("{pair}Word"),
                    format!("Word{pair}"),
                    pair.to_string(),
                ] {
                    fold_ascii_into(&text, &mut fast);
                    fold_any_into(&text, &mut general);
                    assert_eq!(fast, general, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn non_ascii_text_takes_the_general_path() {
        let expected = [
            "i̇stanbul'da işik ılık",
            "straße straße gross",
            "οδοσ σασ",
            "café au lait - \" oui \"",
            "non-breaking em space ideographic",
            "zerowidth and softhyphen",
            "ǆemal ǉubljana",
            "'tick' and 'curly' \"quotes\" \"double prime\"",
            "日本語の テキスト",
        ];
        let mut out = String::new();
        for (text, want) in MIXED_CASES.iter().zip(expected) {
            fold_into(text, &mut out);
            assert_eq!(out, want, "{text:?}");
            let mut general = String::new();
            fold_any_into(text, &mut general);
            assert_eq!(out, general, "{text:?}");
        }
        // ASCII and non-ASCII halves fold as they do apart.
        for a in ASCII_CASES {
            for m in MIXED_CASES {
                let joined = format!("{a} {m}");
                let (mut left, mut right) = (String::new(), String::new());
                fold_into(a, &mut left);
                fold_into(m, &mut right);
                let want = [left, right]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                assert_eq!(fold(&joined), want, "{joined:?}");
            }
        }
    }
}
