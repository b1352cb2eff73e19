//! Where decided paragraphs go: the `Sink` trait, and the sink that writes kept (or, with
//! `--invert`, removed) paragraphs byte for byte.

use std::io::{self, Write};

use crate::decide::State;
use crate::decode::EncodingInfo;
use crate::features::Dense;
use crate::lang::DocumentLanguage;
use crate::signals::Signals;

/// What is known about a document as a whole: its language and, when the filter decoded
/// its bytes itself, its encoding.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DocumentInfo {
    /// Index of the document in the run (0-based).
    pub doc: u64,
    /// Its language, settled before its first paragraph is scored.
    pub language: DocumentLanguage,
    /// How its bytes were decoded; `None` when it was given as text (JSONL, `filter_str`).
    /// At the start of a document the counts are those of the bytes decoded so far.
    pub encoding: Option<EncodingInfo>,
}

/// One paragraph with its decision and the evidence behind it.
#[derive(Debug)]
pub struct Decided<'a> {
    /// Index of the document in the run (0-based).
    pub doc: u64,
    /// Index of the paragraph in its document (0-based).
    pub index: u64,
    /// Byte offset of the paragraph's text in the decoded document.
    pub start_byte: u64,
    /// The paragraph's text, exactly as in the input.
    pub text: &'a str,
    /// The separator that followed it (line ending, blank lines), exactly as in the input.
    pub separator: &'a str,
    /// The decided state; `state.keeps()` says whether it is output.
    pub state: State,
    /// Total score (log-odds of boilerplate) the decision saw.
    pub score: f32,
    /// Structural signal values the score was built from.
    pub signals: &'a Signals,
    /// Ids of the matching pattern rules (see `PatternSet::rules`).
    pub hits: &'a [u32],
    /// The learned model's dense features (see `features::dense_features`). Without a
    /// learned model, `ngram-count` is 0 unless `DocumentFilter::count_hashed_features`
    /// was called.
    pub dense: &'a Dense,
    /// The learned model's hashed n-gram part of `score` (0 without a learned model).
    pub hashed_score: f32,
    /// Site learning: the paragraph repeats on the site's documents (`--learn-sites`).
    pub site: Option<SiteHit<'a>>,
}

/// A paragraph that site learning found repeated on its site's documents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SiteHit<'a> {
    /// The site (a host name without `www.`).
    pub site: &'a str,
    /// Documents of the site that hold the paragraph.
    pub docs: u32,
    /// Documents of the site counted.
    pub of: u32,
    /// The weight it added to the score.
    pub weight: f32,
}

impl Decided<'_> {
    /// Whether the paragraph is kept.
    pub fn keeps(&self) -> bool {
        self.state.keeps()
    }

    /// Byte offset just past the paragraph's separator.
    pub fn end_byte(&self) -> u64 {
        self.start_byte + (self.text.len() + self.separator.len()) as u64
    }
}

/// Receives every paragraph in order, once decided.
pub trait Sink {
    /// One decided paragraph.
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()>;
    /// The start of a document, before its first paragraph.
    fn begin_document(&mut self, _info: &DocumentInfo) -> io::Result<()> {
        Ok(())
    }
    /// The end of a document, after its last paragraph, with the final encoding counts.
    fn end_document(&mut self, _info: &DocumentInfo) -> io::Result<()> {
        Ok(())
    }
}

impl<A: Sink, B: Sink> Sink for (A, B) {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        self.0.paragraph(p)?;
        self.1.paragraph(p)
    }
    fn begin_document(&mut self, info: &DocumentInfo) -> io::Result<()> {
        self.0.begin_document(info)?;
        self.1.begin_document(info)
    }
    fn end_document(&mut self, info: &DocumentInfo) -> io::Result<()> {
        self.0.end_document(info)?;
        self.1.end_document(info)
    }
}

impl<S: Sink + ?Sized> Sink for &mut S {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        (**self).paragraph(p)
    }
    fn begin_document(&mut self, info: &DocumentInfo) -> io::Result<()> {
        (**self).begin_document(info)
    }
    fn end_document(&mut self, info: &DocumentInfo) -> io::Result<()> {
        (**self).end_document(info)
    }
}

impl<S: Sink> Sink for Option<S> {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        match self {
            Some(sink) => sink.paragraph(p),
            None => Ok(()),
        }
    }
    fn begin_document(&mut self, info: &DocumentInfo) -> io::Result<()> {
        match self {
            Some(sink) => sink.begin_document(info),
            None => Ok(()),
        }
    }
    fn end_document(&mut self, info: &DocumentInfo) -> io::Result<()> {
        match self {
            Some(sink) => sink.end_document(info),
            None => Ok(()),
        }
    }
}

/// Writes the text and separator of kept paragraphs (or of removed ones when inverted).
pub struct TextSink<W: Write> {
    out: W,
    invert: bool,
}

impl<W: Write> TextSink<W> {
    /// A sink writing kept paragraphs (`invert`: removed paragraphs) to `out`.
    pub fn new(out: W, invert: bool) -> TextSink<W> {
        TextSink { out, invert }
    }

    /// The writer back.
    pub fn into_inner(self) -> W {
        self.out
    }

    /// The writer, mutably.
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.out
    }

    /// Flushes the writer.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl<W: Write> Sink for TextSink<W> {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        if p.keeps() != self.invert {
            self.out.write_all(p.text.as_bytes())?;
            self.out.write_all(p.separator.as_bytes())?;
        }
        Ok(())
    }
}

/// Collects decisions in memory: for library users and tests.
#[derive(Debug, Default)]
pub struct Collect {
    /// `(document, paragraph text, separator, state, score)` for every paragraph.
    pub paragraphs: Vec<(u64, String, String, State, f32)>,
    /// Every document, as it was at its end.
    pub documents: Vec<DocumentInfo>,
}

impl Sink for Collect {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        self.paragraphs.push((
            p.doc,
            p.text.to_string(),
            p.separator.to_string(),
            p.state,
            p.score,
        ));
        Ok(())
    }

    fn end_document(&mut self, info: &DocumentInfo) -> io::Result<()> {
        self.documents.push(*info);
        Ok(())
    }
}
