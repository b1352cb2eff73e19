//! Escaping untrusted text before it reaches a terminal: control characters, bidi
//! overrides and zero-width characters become visible escapes.

use std::fmt::Write;

/// True for characters that must not reach a terminal raw.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}')
}

/// Appends `text` to `out` with unsafe characters escaped (`\t`, `\n`, `\x1b`, `\u{202e}`).
pub fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c if needs_escape(c) && (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// `pattern` with unsafe characters escaped, its backslashes left as written: a
/// pattern line cannot hold a raw line break, so `\\` needs no escape to be read back.
pub fn escape_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    for part in pattern.split('\\') {
        escape_into(part, &mut out);
        out.push('\\');
    }
    out.pop();
    out
}

/// `text` with unsafe characters escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_terminal_controls_and_bidi() {
        assert_eq!(
            escape("a\x1b[31mb\u{202e}c\0"),
            "a\\x1b[31mb\\u{202e}c\\x00"
        );
        assert_eq!(escape("plain “text”"), "plain “text”");
    }

    #[test]
    fn patterns_keep_their_backslashes() {
        use super::escape_pattern;
        assert_eq!(escape_pattern(r"/(?-u:\b)x\.y\\/"), r"/(?-u:\b)x\.y\\/");
        assert_eq!(escape_pattern("a\tb\u{202e}"), "a\\tb\\u{202e}");
        assert_eq!(escape_pattern("\\"), "\\");
    }
}
