//! Corpus mode: many records (JSONL lines, WET records) read in batches, filtered on N
//! threads, written in input order, with the report, counts and warnings in that order
//! too, so the output is the same for every thread count.

use std::collections::VecDeque;
use std::io::{self, BufRead, Read, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::compress::{decompress, Compression};
use crate::jsonl::{self, Item, JsonlOptions, OnError, Outcome, RecordError};
use crate::learn::site_of_url;
use crate::model::{Model, Options};
use crate::parallel::ordered_map;
use crate::record::RecordFilter;
use crate::sites::{DocumentKeys, SiteCounts, SiteEvidence, SiteLearner};
use crate::split::SplitMode;
use crate::stats::Stats;
use crate::wet;

/// The record format of the inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// Common Crawl WET: WARC records whose `conversion` payloads are filtered.
    Wet,
}

/// Everything a corpus run needs besides the model and the inputs.
#[derive(Clone, Debug)]
pub struct CorpusOptions {
    /// The record format.
    pub format: Format,
    /// Fields and per-record choices.
    pub jsonl: JsonlOptions,
    /// With `Format::Wet`: write JSONL records instead of WET.
    pub wet_to_jsonl: bool,
    /// What to do with a record that cannot be read.
    pub on_error: OnError,
    /// Worker threads (1: everything on the calling thread).
    pub threads: usize,
    /// Write a report (`--report`).
    pub report: bool,
    /// Input bytes per batch handed to a thread.
    pub batch_bytes: usize,
    /// Decompress inputs as this format; `None`: as their first bytes show.
    pub decompress: Option<Compression>,
}

impl Default for CorpusOptions {
    fn default() -> CorpusOptions {
        CorpusOptions {
            format: Format::Jsonl,
            jsonl: JsonlOptions::default(),
            wet_to_jsonl: false,
            on_error: OnError::Fail,
            threads: 1,
            report: false,
            batch_bytes: 1 << 20,
            decompress: None,
        }
    }
}

/// An input of a corpus run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// The name used in messages.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(path) => crate::sanitize::escape(&path.display().to_string()),
        }
    }
}

/// Watches a run from its consumer side; every method is called in input order.
pub trait Observer: Sync {
    /// One more batch was written: the counts so far, and the input bytes (as stored,
    /// before decompression) read up to the end of that batch.
    fn written(&self, _stats: &Stats, _position: u64) {}
    /// A warning for the user (a skipped record, an unreadable input).
    fn warn(&self, message: &str);
}

/// How a run ended, when it did not fail.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// The run's counts.
    pub stats: Stats,
    /// Inputs that could not be read to their end (each was warned about).
    pub failed_inputs: u64,
}

/// Why a run stopped.
#[derive(Debug)]
pub enum CorpusError {
    /// A record could not be read, under `OnError::Fail`.
    Record {
        /// The input's name.
        input: String,
        /// What was wrong, and where.
        error: RecordError,
        /// Records written before it.
        written: u64,
    },
    /// Writing the output or the report failed.
    Write(io::Error),
}

impl std::fmt::Display for CorpusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CorpusError::Record {
                input,
                error,
                written,
            } => write!(
                f,
                "{input}: {error} (use --on-error skip or keep to go on); {written} record(s) had been written before it"
            ),
            CorpusError::Write(e) => write!(f, "write error: {e}"),
        }
    }
}

impl std::error::Error for CorpusError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CorpusError::Record { error, .. } => Some(error),
            CorpusError::Write(e) => Some(e),
        }
    }
}

/// Records read from one input, handed to one thread.
struct Batch {
    input: Arc<str>,
    /// Input bytes read (as stored) when the batch was cut.
    position: u64,
    first_doc: u64,
    data: Vec<u8>,
    lines: Vec<Item>,
    /// What site learning tells each record (empty without it).
    sites: Vec<Option<SiteEvidence>>,
    /// The input could not be read on from here.
    read_error: Option<io::Error>,
}

/// What a thread made of a batch.
struct Done {
    input: Arc<str>,
    position: u64,
    out: Vec<u8>,
    report: Vec<u8>,
    stats: Stats,
    warnings: Vec<String>,
    error: Option<RecordError>,
    read_error: Option<io::Error>,
}

/// Counts bytes read, as stored (before decompression), for progress display.
struct Counting<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Opens an input, decompressed as `format` or as its first bytes show, adding the
/// bytes read (as stored) to `counter`.
pub fn open_input(
    input: &Input,
    format: Option<Compression>,
    counter: &Arc<AtomicU64>,
) -> io::Result<Box<dyn BufRead>> {
    let counter = Arc::clone(counter);
    match input {
        Input::Stdin => decompress(
            Counting {
                inner: io::stdin().lock(),
                counter,
            },
            format,
        ),
        Input::File(path) => decompress(
            Counting {
                inner: std::fs::File::open(path)?,
                counter,
            },
            format,
        ),
    }
}

/// A record read ahead: its site, its distinct paragraph keys and its number in the site
/// memory.
type Remembered = (String, Vec<u64>, u64);

/// The reading side: inputs one after the other, cut into batches.
struct Reader<'a> {
    inputs: &'a [Input],
    options: &'a CorpusOptions,
    /// Site learning, fed every record in input order as it is read.
    sites: Option<&'a mut SiteLearner>,
    /// Batches read ahead for site learning over a stream (`--site-lookahead`), with
    /// their records' sites, keys and numbers in the site memory, and how many of their
    /// records have been told.
    held: VecDeque<(Batch, Vec<Option<Remembered>>, usize)>,
    /// Records in `held` not yet told.
    held_docs: usize,
    /// Every input has been read.
    exhausted: bool,
    counter: Arc<AtomicU64>,
    next_input: usize,
    current: Option<(Arc<str>, Box<dyn BufRead>)>,
    line: u64,
    doc: u64,
}

impl<'a> Reader<'a> {
    /// A reader at the start of the first input.
    fn new(
        inputs: &'a [Input],
        options: &'a CorpusOptions,
        sites: Option<&'a mut SiteLearner>,
    ) -> Reader<'a> {
        Reader {
            inputs,
            options,
            sites,
            held: VecDeque::new(),
            held_docs: 0,
            exhausted: false,
            counter: Arc::new(AtomicU64::new(0)),
            next_input: 0,
            current: None,
            line: 0,
            doc: 0,
        }
    }

    /// The next batch to filter, each record told what site learning knows of its site.
    fn next_batch(&mut self) -> Option<Batch> {
        let lookahead = match self.sites.as_deref() {
            Some(SiteLearner::Stream(memory)) => memory.lookahead(),
            _ => 0,
        };
        if lookahead == 0 {
            let mut batch = self.read_batch()?;
            if let Some(learner) = self.sites.as_deref_mut() {
                batch.sites = batch
                    .lines
                    .iter()
                    .map(|item| {
                        let (site, text) = record_site_text(self.options, &batch.data, item)?;
                        Some(learner.evidence(&site?, &text))
                    })
                    .collect();
            }
            return Some(batch);
        }
        loop {
            if self
                .held
                .front()
                .is_some_and(|(front, _, told)| *told == front.lines.len())
            {
                let (batch, _, _) = self.held.pop_front()?;
                return Some(batch);
            }
            if self.exhausted {
                if self.held.is_empty() {
                    return None;
                }
                self.tell_next();
                continue;
            }
            let Some(mut batch) = self.read_batch() else {
                self.exhausted = true;
                continue;
            };
            if !matches!(self.sites.as_deref(), Some(SiteLearner::Stream(_))) {
                return Some(batch);
            }
            // Each record is remembered, then the records more than `lookahead` before it
            // are told: a record is told once exactly `lookahead` records follow it,
            // however the input was cut into batches.
            let n = batch.lines.len();
            batch.sites = vec![None; n];
            self.held.push_back((batch, Vec::with_capacity(n), 0));
            for i in 0..n {
                let (Some(SiteLearner::Stream(memory)), Some((batch, records, _))) =
                    (self.sites.as_deref_mut(), self.held.back_mut())
                else {
                    break;
                };
                let record = record_site_text(self.options, &batch.data, &batch.lines[i]).and_then(
                    |(site, text)| {
                        let site = site?;
                        let keys = memory.keys(&text);
                        let seq = memory.remember(&site, &keys);
                        Some((site, keys, seq))
                    },
                );
                records.push(record);
                self.held_docs += 1;
                while self.held_docs > lookahead {
                    self.tell_next();
                }
            }
        }
    }

    /// Tells the oldest held record not yet told what the site memory knows now (of the
    /// documents before it and of those read after it).
    fn tell_next(&mut self) {
        let Some(SiteLearner::Stream(memory)) = self.sites.as_deref_mut() else {
            return;
        };
        let Some((batch, records, told)) = self
            .held
            .iter_mut()
            .find(|(batch, _, told)| *told < batch.lines.len())
        else {
            return;
        };
        let i = *told;
        *told += 1;
        self.held_docs = self.held_docs.saturating_sub(1);
        let Some(Some((site, keys, seq))) = records.get(i) else {
            return;
        };
        let evidence = memory.told(site, keys, *seq);
        if memory.saving() && !evidence.learned.is_empty() {
            if let Some((_, text)) = record_site_text(self.options, &batch.data, &batch.lines[i]) {
                memory.save(&evidence, &text);
            }
        }
        batch.sites[i] = Some(evidence);
    }

    /// Reads the next batch of records.
    fn read_batch(&mut self) -> Option<Batch> {
        loop {
            if self.current.is_none() {
                let input = self.inputs.get(self.next_input)?;
                self.next_input += 1;
                self.line = 0;
                let name: Arc<str> = input.name().into();
                match open_input(input, self.options.decompress, &self.counter) {
                    Ok(reader) => self.current = Some((name, reader)),
                    Err(e) => return Some(self.empty(name, Some(e))),
                }
            }
            let (name, reader) = self.current.as_mut()?;
            let mut batch = Batch {
                input: name.clone(),
                position: 0,
                first_doc: self.doc,
                data: Vec::with_capacity(self.options.batch_bytes + 4096),
                lines: Vec::new(),
                sites: Vec::new(),
                read_error: None,
            };
            let result = match self.options.format {
                Format::Jsonl => jsonl::read_lines(
                    reader.as_mut(),
                    &mut self.line,
                    &mut batch.data,
                    &mut batch.lines,
                    self.options.batch_bytes,
                ),
                Format::Wet => wet::read_records(
                    reader.as_mut(),
                    &mut self.line,
                    &mut batch.data,
                    &mut batch.lines,
                    self.options.batch_bytes,
                ),
            };
            self.doc += batch.lines.len() as u64;
            batch.position = self.counter.load(Ordering::Relaxed);
            match result {
                Ok(false) => {}
                Ok(true) => self.current = None,
                Err(e) => {
                    batch.read_error = Some(e);
                    self.current = None;
                }
            }
            if !batch.lines.is_empty() || batch.read_error.is_some() {
                return Some(batch);
            }
        }
    }

    fn empty(&self, input: Arc<str>, read_error: Option<io::Error>) -> Batch {
        Batch {
            input,
            position: self.counter.load(Ordering::Relaxed),
            first_doc: self.doc,
            data: Vec::new(),
            lines: Vec::new(),
            sites: Vec::new(),
            read_error,
        }
    }
}

/// The site (its URL's host without `www.`) and the text of a record, as site learning
/// reads them: a JSONL record's `--field` and URL field, a WET `conversion` record's
/// payload and `WARC-Target-URI`. `None` when the record is not a document or cannot be
/// read (the filter says why).
pub fn record_site_text(
    options: &CorpusOptions,
    data: &[u8],
    item: &Item,
) -> Option<(Option<String>, String)> {
    match options.format {
        Format::Jsonl => {
            let line = String::from_utf8_lossy(&data[item.start..item.end]);
            let serde_json::Value::Object(mut record) = serde_json::from_str(&line).ok()? else {
                return None;
            };
            let serde_json::Value::String(text) = record.remove(&options.jsonl.field)? else {
                return None;
            };
            let site = options
                .jsonl
                .url_field
                .as_deref()
                .and_then(|name| record.get(name))
                .and_then(serde_json::Value::as_str)
                .and_then(site_of_url);
            Some((site, text))
        }
        Format::Wet => {
            let header = &data[item.start..item.body];
            let conversion = wet::find_header(header, "warc-type")
                .is_some_and(|t| t.eq_ignore_ascii_case("conversion"));
            if !conversion {
                return None;
            }
            let site = wet::find_header(header, "warc-target-uri").and_then(site_of_url);
            let text = String::from_utf8_lossy(&data[item.body..item.end]).into_owned();
            Some((site, text))
        }
    }
}

/// Site learning's first pass over `inputs` (files, read again to filter): each record's
/// site and distinct paragraph keys (cut into paragraphs as `split` and `max_paragraph`
/// say), found on `corpus.threads` threads and counted into `counts` in input order.
/// Records that cannot be read, and inputs that cannot be opened, are passed over: the
/// filtering pass reports them. Returns the documents counted.
pub fn count_sites(
    corpus: &CorpusOptions,
    inputs: &[Input],
    split: SplitMode,
    max_paragraph: usize,
    counts: &mut SiteCounts,
    observer: &dyn Observer,
) -> u64 {
    let mut reader = Reader::new(inputs, corpus, None);
    let mut stats = Stats::default();
    let result: Result<(), std::convert::Infallible> = ordered_map(
        corpus.threads.max(1),
        || reader.next_batch(),
        || DocumentKeys::new(split, max_paragraph),
        |keys: &mut DocumentKeys, batch: Batch| {
            let records: Vec<(String, Vec<u64>)> = batch
                .lines
                .iter()
                .filter_map(|item| {
                    let (site, text) = record_site_text(corpus, &batch.data, item)?;
                    Some((site?, keys.keys(&text).to_vec()))
                })
                .collect();
            (records, batch.position)
        },
        |(records, position): (Vec<(String, Vec<u64>)>, u64)| {
            for (site, keys) in &records {
                counts.count(site, keys);
                stats.documents += 1;
            }
            observer.written(&stats, position);
            Ok(())
        },
    );
    if let Err(never) = result {
        match never {}
    }
    stats.documents
}

/// Filters one batch.
fn work(filter: &mut RecordFilter<'_>, options: &CorpusOptions, batch: Batch) -> Done {
    let mut done = Done {
        input: batch.input,
        position: batch.position,
        out: Vec::with_capacity(batch.data.len() + 1024),
        report: Vec::new(),
        stats: Stats::default(),
        warnings: Vec::new(),
        error: None,
        read_error: batch.read_error,
    };
    let mut sites = batch.sites;
    for (i, line) in batch.lines.iter().enumerate() {
        let bytes = &batch.data[line.start..line.end];
        let doc = batch.first_doc + i as u64;
        // Set for every record, so a record that cannot be read leaves nothing behind.
        filter.set_site(sites.get_mut(i).and_then(Option::take));
        let result = match options.format {
            Format::Jsonl => jsonl::filter_record(
                filter,
                &options.jsonl,
                bytes,
                line.number,
                doc,
                &mut done.out,
            ),
            Format::Wet => wet::filter_record(
                filter,
                &options.jsonl,
                options.wet_to_jsonl,
                &batch.data[line.start..line.body],
                &batch.data[line.body..line.end],
                doc,
                &mut done.out,
            ),
        };
        match result {
            Ok(Outcome::Written) => done.stats.records_out += 1,
            Ok(Outcome::Dropped) => done.stats.dropped += 1,
            Ok(Outcome::Ignored) => {}
            Err(error) => match options.on_error {
                OnError::Fail => {
                    done.error = Some(error);
                    break;
                }
                OnError::Skip => {
                    done.stats.malformed += 1;
                    done.warnings
                        .push(format!("{}: {error} (skipped)", done.input));
                }
                OnError::Keep => {
                    done.stats.malformed += 1;
                    done.stats.records_out += 1;
                    done.out.extend_from_slice(bytes);
                    done.out.push(b'\n');
                    done.warnings.push(format!(
                        "{}: {error} (passed through unchanged)",
                        done.input
                    ));
                }
            },
        }
    }
    if let Some(report) = filter.report.as_mut() {
        done.report = std::mem::take(report.get_mut());
    }
    done.stats.merge(&std::mem::take(&mut filter.stats.stats));
    done
}

/// Malformed-record warnings shown before they are only counted.
const MAX_WARNINGS: u64 = 20;

/// Filters every record of `inputs`, writing them to `out` (and the report to `report`)
/// in input order. An input that cannot be opened or read to its end is warned about and
/// counted in `Summary::failed_inputs`; the run goes on with the next one. With `sites`,
/// every record is first told what site learning knows of its site (in input order, on
/// the reading thread, so the output does not depend on the thread count).
#[allow(clippy::too_many_arguments)]
pub fn run<W: Write + Send, R: Write + Send>(
    model: &Model,
    options: &Options,
    corpus: &CorpusOptions,
    inputs: &[Input],
    out: &mut W,
    mut report: Option<&mut R>,
    sites: Option<&mut SiteLearner>,
    observer: &dyn Observer,
) -> Result<Summary, CorpusError> {
    let mut reader = Reader::new(inputs, corpus, sites);
    let mut summary = Summary::default();
    let mut warned = 0u64;
    ordered_map(
        corpus.threads.max(1),
        || reader.next_batch(),
        || RecordFilter::new(model, options, corpus.report).invert(corpus.jsonl.invert),
        |filter: &mut RecordFilter<'_>, batch| work(filter, corpus, batch),
        |done: Done| -> Result<(), CorpusError> {
            out.write_all(&done.out).map_err(CorpusError::Write)?;
            if let Some(report) = report.as_mut() {
                report.write_all(&done.report).map_err(CorpusError::Write)?;
            }
            summary.stats.merge(&done.stats);
            for warning in &done.warnings {
                warned += 1;
                if warned <= MAX_WARNINGS {
                    observer.warn(warning);
                } else if warned == MAX_WARNINGS + 1 {
                    observer.warn("more malformed records: only counted from here on");
                }
            }
            if let Some(error) = done.error {
                let _ = out.flush();
                return Err(CorpusError::Record {
                    input: done.input.to_string(),
                    error,
                    written: summary.stats.records_out,
                });
            }
            if let Some(e) = done.read_error {
                observer.warn(&format!("{}: {e}", done.input));
                summary.failed_inputs += 1;
            }
            observer.written(&summary.stats, done.position);
            Ok(())
        },
    )?;
    Ok(summary)
}
