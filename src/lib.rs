//! unboil: strips publisher boilerplate (appeals, paywalls, newsletters, cookie notices,
//! navigation…) from news text and keeps the journalism, byte for byte.
//!
//! The pipeline reads top to bottom:
//!
//! ```text
//! bytes ─▶ decode ─▶ split into paragraphs ─▶ score ─▶ decide (windowed Viterbi) ─▶ sink
//! ```
//!
//! - [`decode`]: encoding_rs, BOM first, invalid bytes replaced.
//! - [`split`]: paragraphs with their exact separators.
//! - [`patterns`] and [`signals`]: the evidence each paragraph is scored with.
//! - [`decide`]: the sequence decision over a bounded window.
//! - [`sink`], [`report`], [`explain`]: where decided paragraphs go.
//! - [`learn`] (per-site repeated paragraphs as `~` patterns, in [`normalize`]d form) and
//!   [`eval`] (score.py's metrics on labeled documents): the `learn` and `eval` commands.
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

pub mod decide;
pub mod decode;
pub mod eval;
pub mod evidence;
pub mod explain;
pub mod filter;
pub mod fold;
pub mod hash;
pub mod jsonl;
pub mod learn;
mod lexicon;
pub mod model;
pub mod normalize;
pub mod patterns;
pub mod report;
pub mod sanitize;
pub mod signals;
pub mod sink;
pub mod split;
pub mod train;

use std::io::{self, Read};

pub use decide::State;
pub use decode::StreamDecoder;
pub use filter::DocumentFilter;
pub use model::{Mode, Model, Options};
pub use patterns::{PatternError, PatternSet, PatternSetBuilder};
pub use sink::{Collect, Decided, Sink, TextSink};
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

/// What one stream turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StreamInfo {
    /// Name of the encoding used.
    pub encoding: &'static str,
    /// Invalid byte sequences replaced by U+FFFD.
    pub replacements: u64,
    /// Bytes read.
    pub bytes: u64,
}

/// Why a stream could not be filtered to its end.
#[derive(Debug)]
pub enum StreamError {
    /// Reading the input failed. What was read before the failure has been filtered and
    /// sent to the sink, as a document of its own.
    Read(io::Error),
    /// Writing to the sink failed (a closed pipe, a full disk): the run cannot go on.
    Write(io::Error),
}

impl std::fmt::Display for StreamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StreamError::Read(e) => write!(f, "read error: {e}"),
            StreamError::Write(e) => write!(f, "write error: {e}"),
        }
    }
}

impl std::error::Error for StreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StreamError::Read(e) | StreamError::Write(e) => Some(e),
        }
    }
}

/// Reads `input` to its end as one document: decodes, filters, and sends every paragraph
/// to `sink`.
pub fn filter_stream<R: Read, S: Sink>(
    filter: &mut DocumentFilter<'_>,
    doc: u64,
    host: Option<&str>,
    mut decoder: StreamDecoder,
    mut input: R,
    buffers: &mut ReadBuffers,
    sink: &mut S,
) -> Result<StreamInfo, StreamError> {
    filter.begin(doc, host);
    let mut bytes = 0u64;
    let mut read_error = None;
    loop {
        let n = match input.read(&mut buffers.raw) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                read_error = Some(e);
                0
            }
        };
        bytes += n as u64;
        buffers.text.clear();
        decoder.decode(&buffers.raw[..n], &mut buffers.text, n == 0);
        filter
            .push(&buffers.text, sink)
            .map_err(StreamError::Write)?;
        if n == 0 {
            break;
        }
    }
    filter.finish(sink).map_err(StreamError::Write)?;
    if let Some(e) = read_error {
        return Err(StreamError::Read(e));
    }
    Ok(StreamInfo {
        encoding: decoder.encoding().name(),
        replacements: decoder.replacements(),
        bytes,
    })
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
