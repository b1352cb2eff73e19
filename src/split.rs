//! Streaming paragraph splitter: cuts decoded text into paragraphs, each with the exact
//! separator that followed it, so that concatenating every `text + separator` gives the
//! input back byte for byte.
//!
//! - `line`: every non-blank line is a paragraph; its separator is its line ending plus
//!   any blank lines after it.
//! - `blank`: a run of non-blank lines is one paragraph (hard-wrapped text); the
//!   separator is the last line ending plus the blank lines after it.
//! - `auto`: decided per document from its first 64 KiB (see `detect_mode`).
//!
//! Blank lines before the first paragraph belong to its text. A paragraph longer than
//! `max_paragraph` bytes is cut there (at a character boundary, with an empty
//! separator), so memory stays bounded on a line that never ends.
//!
//! The paragraphs never depend on how the text was cut into pushes (a file read in
//! 64 KiB blocks, a pipe, one JSONL field): buffered text is classified as if it had
//! arrived one character at a time, in steps that stop where a paragraph reaches the
//! limit, and `auto` looks at exactly the first `AUTO_SAMPLE` bytes.

/// How a document is cut into paragraphs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SplitMode {
    /// Decide per document: `blank` for hard-wrapped text, else `line`.
    Auto,
    /// One paragraph per non-blank line.
    Line,
    /// Paragraphs separated by blank lines.
    Blank,
}

/// Bytes of a document looked at to decide the mode in `auto`.
pub const AUTO_SAMPLE: usize = 64 * 1024;

/// The streaming splitter of one document.
#[derive(Debug)]
pub struct Splitter {
    requested: SplitMode,
    mode: Option<SplitMode>,
    max_paragraph: usize,
    buf: String,
    /// Start of the current paragraph in `buf`.
    start: usize,
    /// End of the part of `buf` already classified into complete lines.
    scan: usize,
    /// End of the part of `buf` already looked at (`scan` up to the partial line).
    fed: usize,
    /// End of the current paragraph's text, once a line ending or blank line closed it.
    text_end: Option<usize>,
    /// End of the last non-blank line's content in the current paragraph.
    content_end: Option<usize>,
}

impl Splitter {
    /// A splitter for one document.
    pub fn new(mode: SplitMode, max_paragraph: usize) -> Splitter {
        Splitter {
            requested: mode,
            mode: (mode != SplitMode::Auto).then_some(mode),
            max_paragraph: max_paragraph.max(16),
            buf: String::new(),
            start: 0,
            scan: 0,
            fed: 0,
            text_end: None,
            content_end: None,
        }
    }

    /// Clears the splitter for the next document, keeping its buffer's capacity.
    pub fn reset(&mut self) {
        self.mode = (self.requested != SplitMode::Auto).then_some(self.requested);
        self.buf.clear();
        self.start = 0;
        self.scan = 0;
        self.fed = 0;
        self.text_end = None;
        self.content_end = None;
    }

    /// The mode in use, once decided.
    pub fn mode(&self) -> Option<SplitMode> {
        self.mode
    }

    /// Feeds decoded text; calls `emit(text, separator)` for each completed paragraph.
    pub fn push<E: FnMut(&str, &str)>(&mut self, text: &str, emit: &mut E) {
        self.buf.push_str(text);
        if self.mode.is_none() {
            if self.buf.len() < AUTO_SAMPLE {
                return;
            }
            let sample = ceil_char_boundary(&self.buf, AUTO_SAMPLE);
            self.mode = Some(detect_mode(&self.buf[..sample]));
        }
        self.process(emit);
        self.compact();
    }

    /// Classifies the buffered text in steps: each ends at the first character that takes
    /// the pending paragraph past the limit, which is where a text fed one character at a
    /// time would have been cut.
    fn process<E: FnMut(&str, &str)>(&mut self, emit: &mut E) {
        while self.fed < self.buf.len() {
            let step = (self.start + self.max_paragraph + 1).max(self.fed + 1);
            self.fed = ceil_char_boundary(&self.buf, step);
            self.scan_lines(emit);
            self.enforce_limit(emit);
        }
    }

    /// Ends the document; emits what is left.
    pub fn finish<E: FnMut(&str, &str)>(&mut self, emit: &mut E) {
        if self.mode.is_none() {
            self.mode = Some(detect_mode(&self.buf));
        }
        self.process(emit);
        // The last line has no line ending: classify it as a line of its own.
        let tail = &self.buf[self.scan..];
        if !tail.trim().is_empty() {
            if let Some(end) = self.text_end {
                self.emit_current(end, self.scan, emit);
            }
            self.content_end = Some(self.buf.len());
        }
        let end = self.text_end.or(self.content_end);
        if self.start < self.buf.len() {
            let text_end = end.unwrap_or(self.buf.len());
            emit(&self.buf[self.start..text_end], &self.buf[text_end..]);
        }
        self.reset();
    }

    fn mode_is_line(&self) -> bool {
        self.mode == Some(SplitMode::Line)
    }

    /// Classifies every complete line between `scan` and `fed`.
    fn scan_lines<E: FnMut(&str, &str)>(&mut self, emit: &mut E) {
        while let Some(offset) = memchr::memchr(b'\n', &self.buf.as_bytes()[self.scan..self.fed]) {
            let newline = self.scan + offset;
            let line_end = newline + 1;
            let content_end = if newline > self.scan && self.buf.as_bytes()[newline - 1] == b'\r' {
                newline - 1
            } else {
                newline
            };
            let blank = self.buf[self.scan..content_end].trim().is_empty();
            if blank {
                if self.content_end.is_some() && self.text_end.is_none() {
                    self.text_end = self.content_end;
                }
            } else {
                if let Some(end) = self.text_end {
                    self.emit_current(end, self.scan, emit);
                }
                self.content_end = Some(content_end);
                if self.mode_is_line() {
                    self.text_end = Some(content_end);
                }
            }
            self.scan = line_end;
        }
        // A non-blank partial line means the separator before it is complete.
        if let Some(end) = self.text_end {
            if !self.buf[self.scan..self.fed].trim().is_empty() {
                self.emit_current(end, self.scan, emit);
            }
        }
    }

    /// Emits the current paragraph: text `start..text_end`, separator `text_end..sep_end`.
    fn emit_current<E: FnMut(&str, &str)>(
        &mut self,
        text_end: usize,
        sep_end: usize,
        emit: &mut E,
    ) {
        emit(
            &self.buf[self.start..text_end],
            &self.buf[text_end..sep_end],
        );
        self.start = sep_end;
        self.text_end = None;
        self.content_end = None;
    }

    /// Cuts the pending paragraph while it is longer than the limit.
    fn enforce_limit<E: FnMut(&str, &str)>(&mut self, emit: &mut E) {
        while self.fed - self.start > self.max_paragraph {
            match self.text_end {
                Some(end) if self.scan > end => self.emit_current(end, self.scan, emit),
                _ => {
                    let mut cut = self.start + self.max_paragraph;
                    while !self.buf.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    emit(&self.buf[self.start..cut], "");
                    self.start = cut;
                    self.text_end = None;
                    self.content_end = None;
                    // Re-classify from the cut: the rest of a cut line is a new line start.
                    self.scan = cut;
                    self.scan_lines(emit);
                }
            }
        }
    }

    /// Drops emitted text from the buffer, once per push.
    fn compact(&mut self) {
        if self.start == 0 {
            return;
        }
        let shift = self.start;
        self.buf.drain(..shift);
        self.start = 0;
        self.scan -= shift;
        self.fed -= shift;
        self.text_end = self.text_end.map(|e| e - shift);
        self.content_end = self.content_end.map(|e| e - shift);
    }
}

/// The first character boundary of `text` at or after `at` (its length past the end).
fn ceil_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Decides `line` or `blank` from a document sample: `blank` when the text has blank
/// lines, most non-blank lines sit in runs of two or more, and lines are short (hard
/// wrapping keeps 90% of lines under 100 characters).
pub fn detect_mode(sample: &str) -> SplitMode {
    let mut blank_lines = 0usize;
    let mut nonblank = 0usize;
    let mut in_runs = 0usize;
    let mut run = 0usize;
    let mut long_lines = 0usize;
    let mut lines = sample.split('\n');
    // The piece after the last newline is empty or a partial line: it says nothing.
    let complete = sample.matches('\n').count();
    for line in lines.by_ref().take(complete.max(1)) {
        if line.trim().is_empty() {
            blank_lines += 1;
            if run >= 2 {
                in_runs += run;
            }
            run = 0;
        } else {
            nonblank += 1;
            run += 1;
            if line.chars().count() > 100 {
                long_lines += 1;
            }
        }
    }
    if run >= 2 {
        in_runs += run;
    }
    let wrapped =
        nonblank > 0 && blank_lines > 0 && in_runs * 2 >= nonblank && long_lines * 10 <= nonblank;
    if wrapped {
        SplitMode::Blank
    } else {
        SplitMode::Line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(mode: SplitMode, input: &str, chunk: usize) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut splitter = Splitter::new(mode, 1 << 20);
        let mut emit = |t: &str, s: &str| out.push((t.to_string(), s.to_string()));
        let bytes = input.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let mut j = (i + chunk).min(bytes.len());
            while !input.is_char_boundary(j) {
                j += 1;
            }
            splitter.push(&input[i..j], &mut emit);
            i = j;
        }
        splitter.finish(&mut emit);
        out
    }

    #[test]
    fn line_mode_keeps_separators() {
        let got = split(SplitMode::Line, "\nA\r\n\n  \nB\nC", 3);
        let want = vec![
            ("\nA".to_string(), "\r\n\n  \n".to_string()),
            ("B".into(), "\n".into()),
            ("C".into(), "".into()),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn blank_mode_joins_wrapped_lines() {
        let got = split(SplitMode::Blank, "one\ntwo\n\nthree\nfour\n", 2);
        let want = vec![
            ("one\ntwo".to_string(), "\n\n".to_string()),
            ("three\nfour".into(), "\n".into()),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn long_line_is_cut_at_the_limit() {
        let mut out = Vec::new();
        let mut splitter = Splitter::new(SplitMode::Line, 16);
        let mut emit = |t: &str, s: &str| out.push((t.to_string(), s.to_string()));
        splitter.push(&"é".repeat(20), &mut emit);
        splitter.finish(&mut emit);
        let joined: String = out.iter().map(|(t, s)| format!("{t}{s}")).collect();
        assert_eq!(joined, "é".repeat(20));
        assert!(out.iter().all(|(t, _)| t.len() <= 16));
    }

    #[test]
    fn paragraphs_do_not_depend_on_push_sizes() {
        let text = format!(
            "{}\nshort\n\n{}\r\n{}\n\n\n{}",
            "a".repeat(40),
            "é".repeat(30),
            "b ".repeat(20),
            "\n".repeat(50)
        );
        for mode in [SplitMode::Line, SplitMode::Blank, SplitMode::Auto] {
            let cut = |chunk: usize| {
                let mut out = Vec::new();
                let mut splitter = Splitter::new(mode, 16);
                let mut emit = |t: &str, s: &str| out.push((t.to_string(), s.to_string()));
                let mut rest = text.as_str();
                while !rest.is_empty() {
                    let at = ceil_char_boundary(rest, chunk);
                    splitter.push(&rest[..at], &mut emit);
                    rest = &rest[at..];
                }
                splitter.finish(&mut emit);
                out
            };
            let whole = cut(text.len());
            assert!(
                whole.iter().all(|(t, _)| t.len() <= 16),
                "{mode:?}: {whole:?}"
            );
            for chunk in 1..40 {
                assert_eq!(cut(chunk), whole, "{mode:?}, pushes of {chunk} bytes");
            }
        }
    }

    #[test]
    fn auto_detects_wrapped_text() {
        let wrapped = "This is a line of text that\nwraps onto the next line.\n\nAnother paragraph\nof two lines.\n";
        assert_eq!(detect_mode(wrapped), SplitMode::Blank);
        assert_eq!(
            detect_mode("One paragraph.\nAnother one.\n"),
            SplitMode::Line
        );
    }

    #[test]
    fn whitespace_only_document_is_one_piece() {
        assert_eq!(
            split(SplitMode::Line, " \n\n", 1),
            vec![(" \n\n".to_string(), String::new())]
        );
    }
}
