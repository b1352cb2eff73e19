//! `--explain`: every paragraph with its decision, score and evidence, aligned for
//! reading, coloured only on a terminal, with document text escaped; each document opens
//! with its encoding and language and closes with what decoding had to replace.

use std::io::{self, Write};

use crate::decode::EncodingInfo;
use crate::evidence::{evidence, Evidence};
use crate::lang::{DocumentLanguage, LanguageSource};
use crate::model::Model;
use crate::sanitize::{escape, escape_into, escape_pattern};
use crate::signals::Signal;
use crate::sink::{Decided, DocumentInfo, Sink};

/// Characters of paragraph text shown per line.
const SHOWN_CHARS: usize = 110;

/// Writes a human-readable account of each decision.
pub struct ExplainSink<'m, W: Write> {
    model: &'m Model,
    out: W,
    color: bool,
    only_removed: bool,
    offset: f32,
    line: String,
}

impl<'m, W: Write> ExplainSink<'m, W> {
    /// An explainer; `color` adds ANSI colours, `only_removed` skips kept paragraphs.
    pub fn new(model: &'m Model, out: W, color: bool, only_removed: bool) -> ExplainSink<'m, W> {
        ExplainSink {
            model,
            out,
            color,
            only_removed,
            offset: 0.0,
            line: String::new(),
        }
    }

    /// Lists `offset`, the mode's or `--threshold`'s shift of every score
    /// (`Options::offset`), as the last term of each paragraph's evidence, so that the
    /// terms shown add up to the score.
    pub fn with_offset(mut self, offset: f32) -> ExplainSink<'m, W> {
        self.offset = offset;
        self
    }

    /// Writes `text` as a line of its own, coloured like a document's header (the
    /// caller escapes untrusted text).
    pub fn note(&mut self, text: &str) -> io::Result<()> {
        let line = self.paint("36", text);
        writeln!(self.out, "{line}")
    }

    /// Flushes the underlying writer.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

impl<W: Write> Sink for ExplainSink<'_, W> {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        if self.only_removed && p.keeps() {
            return Ok(());
        }
        let verdict = if p.keeps() {
            self.paint("32", "KEEP")
        } else {
            self.paint("31", "DROP")
        };
        self.line.clear();
        let shown: String = p.text.trim().chars().take(SHOWN_CHARS).collect();
        escape_into(&shown, &mut self.line);
        if p.text.trim().chars().count() > SHOWN_CHARS {
            self.line.push('…');
        }
        writeln!(
            self.out,
            "{:>4}:{:<5} {} {:<6} {:>+7.2}  {}",
            p.doc,
            p.index,
            verdict,
            p.state.name(),
            p.score,
            self.line
        )?;
        for item in evidence(self.model, p) {
            let text = match item {
                Evidence::Pattern {
                    file,
                    line,
                    text,
                    weight,
                    category,
                } => format!(
                    "{:>+6.2}  {:<10} {}:{}  {}",
                    weight,
                    category.as_str(),
                    escape(file),
                    line,
                    // Pattern files are not trusted either: learned ones come from web text.
                    // A pattern is shown as written: its backslashes are its own.
                    escape_pattern(text)
                ),
                Evidence::Signal {
                    signal,
                    value,
                    weight,
                } => format!(
                    "{:>+6.2}  {:<10} {} = {:.2} × {:+.2}",
                    value * weight,
                    "signal",
                    signal.name(),
                    value,
                    weight
                ),
                Evidence::Site {
                    site,
                    docs,
                    of,
                    weight,
                } => format!(
                    "{:>+6.2}  {:<10} site:{} {docs}/{of} documents",
                    weight,
                    "site",
                    escape(&site)
                ),
                Evidence::Feature { name, weight } => {
                    // Feature names hold document text (n-grams).
                    format!("{:>+6.2}  {:<10} {}", weight, "model", escape(&name))
                }
            };
            writeln!(self.out, "{:>30}{}", "", self.paint("2", &text))?;
        }
        // The terms that apply to every paragraph, so the column adds up to the score (the
        // learned model's evidence lists its own).
        if self.model.linear.is_some() {
            return Ok(());
        }
        let bias = self.model.weights.get(Signal::Bias) * p.signals.get(Signal::Bias);
        if bias != 0.0 {
            let text = format!("{:>+6.2}  {:<10} bias", bias, "signal");
            writeln!(self.out, "{:>30}{}", "", self.paint("2", &text))?;
        }
        if self.offset != 0.0 {
            let text = format!(
                "{:>+6.2}  {:<10} --mode or --threshold",
                self.offset, "offset"
            );
            writeln!(self.out, "{:>30}{}", "", self.paint("2", &text))?;
        }
        Ok(())
    }

    fn begin_document(&mut self, info: &DocumentInfo) -> io::Result<()> {
        let mut header = String::new();
        if let Some(encoding) = &info.encoding {
            header.push_str(&format!(
                "encoding {} ({}) · ",
                encoding.encoding.name(),
                encoding.source.name()
            ));
        }
        header.push_str(&describe_language(&info.language));
        // The word lists the signals read: the language's, or the fallback.
        let lists = crate::lexicon::for_document(&info.language)
            .code()
            .unwrap_or("fallback");
        header.push_str(&format!(" · word lists {lists}"));
        writeln!(
            self.out,
            "{:>4}:doc   {}",
            info.doc,
            self.paint("36", &header)
        )
    }

    fn end_document(&mut self, info: &DocumentInfo) -> io::Result<()> {
        match &info.encoding {
            Some(encoding) => writeln!(
                self.out,
                "{:>4}:end   {}",
                info.doc,
                self.paint("36", &describe_replacements(encoding))
            ),
            None => writeln!(self.out, "{:>4}:end", info.doc),
        }
    }
}

/// `language ru Russian (detected, confidence 0.98)`.
fn describe_language(language: &DocumentLanguage) -> String {
    let source = match language.source {
        LanguageSource::Detected { confidence } => format!("detected, confidence {confidence:.2}"),
        other => other.name().to_string(),
    };
    match (language.language, language.source) {
        (Some(lang), _) => format!("language {} {} ({source})", lang.code(), lang.name()),
        (None, LanguageSource::NotDetected) => "language not detected".to_string(),
        (None, _) => "language unknown (too little text)".to_string(),
    }
}

/// `1234 bytes decoded, 2 invalid sequences (3 bytes) replaced, the first at byte 120`.
fn describe_replacements(encoding: &EncodingInfo) -> String {
    match encoding.first_invalid {
        Some(first) => format!(
            "{} bytes decoded, {} invalid sequence(s) ({} bytes) replaced by U+FFFD, the first at byte {first}",
            encoding.bytes, encoding.replaced, encoding.replaced_bytes
        ),
        None => format!("{} bytes decoded, nothing replaced", encoding.bytes),
    }
}
