//! unboil: strips publisher boilerplate (appeals, paywalls, newsletters, cookie notices,
//! navigation…) from news text and keeps the journalism, byte for byte.
//!
//! The pipeline reads top to bottom:
//!
//! ```text
//! bytes ─▶ decode ─▶ split into paragraphs ─▶ score ─▶ decide (windowed Viterbi) ─▶ sink
//! ```
//!
//! - [`decode`]: encoding_rs; a BOM, else the given encoding, else a guess (chardetng);
//!   invalid bytes replaced and counted.
//! - [`lang`]: each document's language (whatlang over its start, or given).
//! - [`split`]: paragraphs with their exact separators.
//! - [`features`] and [`linear`]: the learned model's hashed n-grams and dense features,
//!   and the hashed linear model that turns them into log-odds of boilerplate.
//! - [`patterns`] and [`signals`]: the evidence each paragraph is scored with; [`lexicon`]:
//!   the per-language word lists the signals read (a merged table when the language is
//!   unknown).
//! - [`decide`]: the sequence decision over a bounded window.
//! - [`sink`], [`report`], [`explain`], [`stats`]: where decided paragraphs go.
//! - [`corpus`]: many records ([`jsonl`], [`wet`]) on N threads ([`parallel`]), each through
//!   [`record`]; [`compress`] reads and writes gzip and zstd.
//! - [`learn`] (per-site repeated paragraphs as `~` patterns, in [`normalize`]d form) and
//!   [`eval`] (score.py's metrics on labeled documents): the `learn` and `eval` commands;
//!   [`phrases`] and [`train`]: the `train` command.
//! - [`api`]: [`Filter`], built once and shared by threads, for callers that hold
//!   documents as strings (the Python binding in `python/`).
//!
//! ```
//! use unboil::{Model, Options, PatternSetBuilder, TextSink, filter_str};
//!
//! let model = Model::new(PatternSetBuilder::with_builtin().build().expect("built-in patterns"));
//! let text = "The council voted 7-2 on Tuesday to expand the bus network, the mayor said.\nRemind me later.\n";
//! let mut out = TextSink::new(Vec::new(), false);
//! filter_str(&model, &Options::default(), text, &mut out).unwrap();
//! assert!(String::from_utf8(out.into_inner()).unwrap().starts_with("The council voted"));
//! ```

#![deny(missing_docs)]

pub mod api;
pub mod compress;
pub mod corpus;
pub mod decide;
pub mod decode;
pub mod eval;
pub mod evidence;
pub mod explain;
pub mod features;
pub mod filter;
pub mod fold;
pub mod hash;
pub mod input;
pub mod jsonl;
pub mod lang;
pub mod learn;
pub mod lexicon;
pub mod linear;
pub mod model;
pub mod normalize;
pub mod optim;
pub mod parallel;
pub mod patterns;
pub mod phrases;
pub mod record;
pub mod report;
pub mod sanitize;
pub mod signals;
pub mod sink;
pub mod sites;
pub mod split;
pub mod stats;
pub mod train;
pub mod train_linear;
pub mod url;
pub mod wet;

use std::io::{self, Read};

pub use api::{Filter, FilterBuilder};
pub use decide::State;
pub use decode::{EncodingInfo, EncodingSource, InvalidSequence, StreamDecoder};
pub use filter::DocumentFilter;
pub use lang::{DocumentLanguage, Language, LanguageSource};
pub use model::{Mode, Model, Options};
pub use patterns::{PatternError, PatternSet, PatternSetBuilder};
pub use sink::{Collect, Decided, DocumentInfo, Sink, TextSink};
pub use split::SplitMode;

/// Size of one read from an input stream.
pub const READ_SIZE: usize = 64 * 1024;

/// Reusable buffers for reading and decoding streams.
#[derive(Debug)]
pub struct ReadBuffers {
    raw: Vec<u8>,
    text: String,
}

impl Default for ReadBuffers {
    fn default() -> ReadBuffers {
        ReadBuffers {
            raw: vec![0; READ_SIZE],
            text: String::with_capacity(READ_SIZE * 2),
        }
    }
}

/// Why a stream could not be filtered to its end.
#[derive(Debug)]
pub enum StreamError {
    /// Reading the input failed. What was read before the failure has been filtered and
    /// sent to the sink, as a document of its own.
    Read(io::Error),
    /// Writing to the sink failed (a closed pipe, a full disk): the run cannot go on.
    Write(io::Error),
    /// Strict decoding met an invalid byte sequence. The text before it has been filtered
    /// and sent to the sink, as a document of its own.
    Encoding(InvalidSequence),
}

impl std::fmt::Display for StreamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StreamError::Read(e) => write!(f, "read error: {e}"),
            StreamError::Write(e) => write!(f, "write error: {e}"),
            StreamError::Encoding(e) => write!(f, "{e} (--strict-encoding)"),
        }
    }
}

impl std::error::Error for StreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StreamError::Read(e) | StreamError::Write(e) => Some(e),
            StreamError::Encoding(e) => Some(e),
        }
    }
}

/// Reads `input` to its end as one document: decodes, filters, and sends every paragraph
/// to `sink`. Returns what the document turned out to be (encoding, language).
pub fn filter_stream<R: Read, S: Sink>(
    filter: &mut DocumentFilter<'_>,
    doc: u64,
    host: Option<&str>,
    mut decoder: StreamDecoder,
    mut input: R,
    buffers: &mut ReadBuffers,
    sink: &mut S,
) -> Result<DocumentInfo, StreamError> {
    filter.begin(doc, host);
    let mut read_error = None;
    let mut invalid = None;
    loop {
        let n = match input.read(&mut buffers.raw) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                read_error = Some(e);
                0
            }
        };
        buffers.text.clear();
        if let Err(e) = decoder.decode(&buffers.raw[..n], &mut buffers.text, n == 0) {
            invalid = Some(e);
        }
        filter.set_encoding(decoder.info());
        filter
            .push(&buffers.text, sink)
            .map_err(StreamError::Write)?;
        if n == 0 || invalid.is_some() {
            break;
        }
    }
    filter.finish(sink).map_err(StreamError::Write)?;
    if let Some(e) = read_error {
        return Err(StreamError::Read(e));
    }
    if let Some(e) = invalid {
        return Err(StreamError::Encoding(e));
    }
    Ok(filter.info())
}

/// Filters one document held in memory.
pub fn filter_str<S: Sink>(
    model: &Model,
    options: &Options,
    text: &str,
    sink: &mut S,
) -> io::Result<()> {
    DocumentFilter::new(model, options).filter_str(0, None, text, sink)
}
