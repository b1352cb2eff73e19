//! The Python binding of unboil: `unboil._unboil`, re-exported by `unboil/__init__.py`.
//!
//! A thin layer: every decision is made by the `unboil` crate's [`unboil::Filter`]; this
//! file converts arguments and results and releases the GIL while Rust works.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use pyo3::create_exception;
use pyo3::exceptions::{PyFileNotFoundError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};

use unboil::api::{self, BuildError, LanguageChoice};
use unboil::parallel::ordered_map;
use unboil::Mode;

create_exception!(
    unboil,
    PatternError,
    PyValueError,
    "A pattern file has errors; the message lists each as file:line:column: why."
);

/// A boilerplate filter, built once (patterns read and compiled) and then used for any
/// number of documents, from any number of threads.
///
/// Arguments:
///     mode: "precision" (the default: loses least journalism), "balanced" or "recall".
///     patterns: pattern files or folders (every *.pat below) added to the built-in set.
///     model: a model file written by `unboil train`, scoring instead of the built-in
///         one (FileNotFoundError when missing, ValueError when it is not such a file).
///     lang: the documents' language as an ISO 639-1 or 639-3 code ("en", "deu"), or
///         "none" for no detection; default: detected per document.
///     threshold: remove a paragraph whose score exceeds it (log-odds); replaces mode.
///     paragraphs: "auto" (default), "line" or "blank".
///     default_patterns: use the built-in patterns (default True).
///
/// Raises:
///     ValueError: an unknown mode, language or paragraph mode; unboil.PatternError (a
///         ValueError) for pattern files with errors.
///     FileNotFoundError: a pattern path that does not exist.
#[pyclass(frozen, module = "unboil")]
struct Filter {
    inner: Arc<api::Filter>,
    /// Cleaners kept between calls: a fresh one warms up its buffers and regex caches
    /// again, which costs more than cleaning a short document.
    pool: Mutex<Vec<PooledCleaner>>,
    /// The constructor's arguments, for pickling (a filter sent to another process is
    /// built again there).
    args: Args,
}

type Cleaner<'f> = api::Cleaner<'f>;

self_cell::self_cell!(
    /// A cleaner with the share of the filter it borrows from, so it can be kept.
    struct PooledCleaner {
        owner: Arc<api::Filter>,
        #[not_covariant]
        dependent: Cleaner,
    }
);

/// Cleaners kept in the pool at most (one per thread that called at the same time).
const POOL_SIZE: usize = 64;

/// A cleaner taken from the filter's pool (or made on first use), put back when the lease
/// is dropped: a thread that cleans holds one for the whole of its work.
struct Lease<'p> {
    filter: &'p Filter,
    cleaner: Option<PooledCleaner>,
    /// Set while the cleaner is in use: one left mid-document by a panic is not kept.
    busy: bool,
}

impl Lease<'_> {
    fn with<R>(&mut self, each: impl FnOnce(&mut Cleaner<'_>) -> R) -> R {
        let inner = &self.filter.inner;
        let cleaner = self
            .cleaner
            .get_or_insert_with(|| PooledCleaner::new(Arc::clone(inner), |f| f.cleaner()));
        self.busy = true;
        let result = cleaner.with_dependent_mut(|_, cleaner| each(cleaner));
        self.busy = false;
        result
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        let Some(cleaner) = self.cleaner.take() else {
            return;
        };
        if self.busy {
            return;
        }
        let mut pool = self
            .filter
            .pool
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if pool.len() < POOL_SIZE {
            pool.push(cleaner);
        }
    }
}

/// The most text per batch handed to a thread, in code points: batches start this large
/// (few round trips through the GIL) and shrink towards the end of the input to
/// [`BATCH_MIN`], so that no thread is left with a long batch while the others have
/// finished.
const BATCH_MAX: usize = 1 << 20;
/// The least text per batch (but for the last), in code points.
const BATCH_MIN: usize = 16 << 10;

/// Cuts texts of these lengths into consecutive batches for `threads` threads: each
/// about a quarter of a thread's share of the text not yet batched.
fn batches(lengths: &[usize], threads: usize) -> Vec<Range<usize>> {
    let mut remaining: usize = lengths.iter().sum();
    let mut out = Vec::new();
    let (mut start, mut size) = (0, 0);
    let mut target = (remaining / (4 * threads)).clamp(BATCH_MIN, BATCH_MAX);
    for (i, &len) in lengths.iter().enumerate() {
        size += len;
        if size >= target {
            out.push(start..i + 1);
            remaining -= size;
            (start, size) = (i + 1, 0);
            target = (remaining / (4 * threads)).clamp(BATCH_MIN, BATCH_MAX);
        }
    }
    if start < lengths.len() {
        out.push(start..lengths.len());
    }
    out
}

impl Filter {
    /// A cleaner from the pool, for as long as the lease is kept.
    fn lease(&self) -> Lease<'_> {
        let cleaner = self
            .pool
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        Lease {
            filter: self,
            cleaner,
            busy: false,
        }
    }

    /// Runs `each` with a cleaner from the pool (or a new one), then puts it back.
    fn with_cleaner<R>(&self, each: impl FnOnce(&mut Cleaner<'_>) -> R) -> R {
        self.lease().with(each)
    }

    /// `work` on every text of `texts` (with its URL), on `threads` threads, each result
    /// made a Python object by `to_py`; the list in input order.
    ///
    /// The texts go to the threads in batches. The calling thread turns the next batches'
    /// str into Rust strings while the threads clean, and a consumer thread turns the
    /// finished batches' results into Python objects, in order: each holds the GIL only
    /// for that, so the conversions overlap the cleaning instead of preceding and
    /// following it. Each thread cleans with a cleaner of the pool, warm from earlier
    /// calls. At most `2 × threads + 2` batches are in Rust at a time.
    fn map_many<'py, R: Send>(
        &self,
        texts: &Bound<'py, PyAny>,
        urls: Option<&Bound<'py, PyAny>>,
        threads: Option<i64>,
        work: impl Fn(&mut Cleaner<'_>, &str, Option<&str>) -> R + Sync,
        to_py: impl Fn(Python<'_>, R) -> PyResult<Py<PyAny>> + Sync,
    ) -> PyResult<Bound<'py, PyList>> {
        let py = texts.py();
        let mut lengths = Vec::new();
        let texts = items(texts, "texts", |item, i| match item.cast::<PyString>() {
            Ok(s) => {
                lengths.push(s.len()?);
                Ok(s.clone().unbind())
            }
            Err(_) => Err(PyTypeError::new_err(format!(
                "texts[{i}] must be str, not {}",
                type_name(item)
            ))),
        })?;
        let urls = urls_arg(urls, texts.len())?;
        let threads = threads_arg(threads)?;
        let url = |i: usize| {
            urls.as_ref()
                .and_then(|u| u.get(i))
                .and_then(|u| u.as_deref())
        };
        let batches = batches(&lengths, threads);
        let threads = threads.min(batches.len()).max(1);
        let mut results: Vec<Py<PyAny>> = Vec::with_capacity(texts.len());
        let mut next = batches.into_iter();
        py.detach(|| {
            ordered_map(
                threads,
                || {
                    let range = next.next()?;
                    Some(Python::attach(|py| {
                        let batch = texts[range.clone()]
                            .iter()
                            .map(|text| Ok(text.bind(py).to_cow()?.into_owned()))
                            .collect::<PyResult<Vec<String>>>()?;
                        Ok((range.start, batch))
                    }))
                },
                || self.lease(),
                |lease: &mut Lease<'_>, batch: PyResult<(usize, Vec<String>)>| {
                    let (start, batch) = batch?;
                    Ok(lease.with(|cleaner| {
                        let each = batch.iter().enumerate();
                        each.map(|(i, text)| work(cleaner, text, url(start + i)))
                            .collect::<Vec<R>>()
                    }))
                },
                |done: PyResult<Vec<R>>| -> PyResult<()> {
                    let done = done?;
                    Python::attach(|py| {
                        for result in done {
                            results.push(to_py(py, result)?);
                        }
                        Ok(())
                    })
                },
            )
        })?;
        PyList::new(py, results)
    }
}

#[derive(Clone)]
struct Args {
    model: Option<PathBuf>,
    mode: String,
    patterns: Vec<PathBuf>,
    lang: Option<String>,
    threshold: Option<f32>,
    paragraphs: String,
    default_patterns: bool,
}

#[pymethods]
impl Filter {
    #[new]
    // Python keyword arguments, one each.
    #[allow(clippy::too_many_arguments)]
    #[pyo3(signature = (mode="precision", patterns=None, model=None, lang=None, threshold=None, paragraphs="auto", default_patterns=true))]
    fn new(
        py: Python<'_>,
        mode: &str,
        patterns: Option<&Bound<'_, PyAny>>,
        model: Option<PathBuf>,
        lang: Option<&str>,
        threshold: Option<f32>,
        paragraphs: &str,
        default_patterns: bool,
    ) -> PyResult<Filter> {
        let patterns = match patterns {
            None => Vec::new(),
            Some(p) => paths(p)?,
        };
        let args = Args {
            model,
            mode: mode.to_string(),
            patterns,
            lang: lang.map(str::to_string),
            threshold,
            paragraphs: paragraphs.to_string(),
            default_patterns,
        };
        let inner = Arc::new(build(py, &args)?);
        Ok(Filter {
            inner,
            pool: Mutex::new(Vec::new()),
            args,
        })
    }

    /// The text without its boilerplate: the kept paragraphs, byte for byte, with their
    /// separators. `url`: the document's URL, whose host enables domain-scoped patterns.
    #[pyo3(signature = (text, url=None))]
    fn clean(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        url: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let text = text_arg(text, "text")?;
        let url = url_arg(url)?;
        Ok(py.detach(|| self.with_cleaner(|c| c.clean(&text, url.as_deref()))))
    }

    /// Cleans every text of `texts` (a list or any iterable of str) on `threads` threads
    /// (default: one per core) with the GIL released; results in input order, the same
    /// whatever the thread count. `urls`: None, or one URL (or None) per text.
    #[pyo3(signature = (texts, urls=None, threads=None))]
    fn clean_many<'py>(
        &self,
        texts: &Bound<'py, PyAny>,
        urls: Option<&Bound<'py, PyAny>>,
        threads: Option<i64>,
    ) -> PyResult<Bound<'py, PyList>> {
        self.map_many(
            texts,
            urls,
            threads,
            |cleaner, text, url| cleaner.clean(text, url),
            |py, clean| Ok(PyString::new(py, &clean).into_any().unbind()),
        )
    }

    /// Like clean_many, with what was removed: for each text a tuple (clean text,
    /// removed), removed a list of (start, end, category, score) per removed paragraph,
    /// start and end Python string indices into the original text (a paragraph and its
    /// separator). Removing every text[start:end] gives the clean text.
    #[pyo3(signature = (texts, urls=None, threads=None))]
    fn annotate_many<'py>(
        &self,
        texts: &Bound<'py, PyAny>,
        urls: Option<&Bound<'py, PyAny>>,
        threads: Option<i64>,
    ) -> PyResult<Bound<'py, PyList>> {
        self.map_many(
            texts,
            urls,
            threads,
            |cleaner, text, url| -> Annotated {
                let annotated = cleaner.annotate(text, url);
                let mut chars = CharOffsets::new(text);
                let removed = annotated
                    .removed
                    .iter()
                    .map(|span| {
                        (
                            chars.at(span.start),
                            chars.at(span.end),
                            span.category.as_str(),
                            float(span.score),
                        )
                    })
                    .collect();
                (annotated.kept, removed)
            },
            |py, annotated| Ok(annotated.into_pyobject(py)?.into_any().unbind()),
        )
    }

    /// Every paragraph of `text` with its decision: a list of Paragraph, in order.
    /// Their spans tile the text: text[p.start:p.end] == p.text + p.separator.
    #[pyo3(signature = (text, url=None))]
    fn explain(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        url: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<Paragraph>> {
        let text = text_arg(text, "text")?;
        let url = url_arg(url)?;
        let paragraphs = py.detach(|| self.inner.explain(&text, url.as_deref()));
        let mut chars = CharOffsets::new(&text);
        Ok(paragraphs
            .into_iter()
            .map(|p| Paragraph {
                start: chars.at(p.start_byte),
                end: chars.at(p.end_byte),
                start_byte: p.start_byte,
                end_byte: p.end_byte,
                index: p.index,
                text: p.text,
                separator: p.separator,
                kept: p.kept,
                state: p.state,
                score: float(p.score),
                category: p.category,
                evidence: p.evidence.into_iter().map(Evidence::from).collect(),
            })
            .collect())
    }

    /// The removed blocks of `text` (runs of removed paragraphs), as `unboil --report`
    /// writes them: a list of Block, in order. Removing every text[b.start:b.end] from
    /// the text gives clean(text).
    #[pyo3(signature = (text, url=None))]
    fn report(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        url: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<Block>> {
        let text = text_arg(text, "text")?;
        let url = url_arg(url)?;
        let report = py.detach(|| self.inner.report(&text, url.as_deref()));
        let mut chars = CharOffsets::new(&text);
        Ok(report
            .blocks
            .into_iter()
            .map(|b| Block {
                start: chars.at(b.start_byte),
                end: chars.at(b.end_byte),
                start_byte: b.start_byte,
                end_byte: b.end_byte,
                first_paragraph: b.first_paragraph,
                last_paragraph: b.last_paragraph,
                category: b.category,
                score: float(b.score),
                evidence: b.evidence.into_iter().map(Evidence::from).collect(),
                text: b.text,
            })
            .collect())
    }

    /// The mode the filter was built with.
    #[getter]
    fn mode(&self) -> &str {
        &self.args.mode
    }

    /// Number of pattern rules the filter decides with.
    #[getter]
    fn rule_count(&self) -> usize {
        self.inner.model().patterns.rules().len()
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let a = &slf.get().args;
        let patterns: Vec<String> = a.patterns.iter().map(|p| p.display().to_string()).collect();
        let args = (
            a.mode.clone(),
            patterns,
            py.None(),
            a.lang.clone(),
            a.threshold,
            a.paragraphs.clone(),
            a.default_patterns,
        )
            .into_pyobject(py)?;
        Ok((slf.get_type().into_any(), args))
    }

    fn __repr__(&self) -> String {
        format!(
            "unboil.Filter(mode={:?}, patterns={:?}, lang={:?})",
            self.args.mode, self.args.patterns, self.args.lang
        )
    }
}

/// Builds the library's filter from the constructor's arguments, with the GIL released
/// (pattern files are read and compiled).
fn build(py: Python<'_>, args: &Args) -> PyResult<api::Filter> {
    let mode: Mode = args
        .mode
        .parse()
        .map_err(|e: api::UnknownMode| PyValueError::new_err(e.to_string()))?;
    let language: LanguageChoice = match &args.lang {
        None => LanguageChoice::Detect,
        Some(code) => code
            .parse()
            .map_err(|e: unboil::lang::UnknownLanguage| PyValueError::new_err(e.to_string()))?,
    };
    let split = match args.paragraphs.as_str() {
        "auto" => unboil::SplitMode::Auto,
        "line" => unboil::SplitMode::Line,
        "blank" => unboil::SplitMode::Blank,
        other => {
            return Err(PyValueError::new_err(format!(
                "unknown paragraphs mode {other:?} (expected auto, line or blank)"
            )))
        }
    };
    if let Some(t) = args.threshold {
        if !t.is_finite() {
            return Err(PyValueError::new_err("threshold must be a finite number"));
        }
    }
    let mut builder = api::Filter::builder();
    builder
        .mode(mode)
        .threshold(args.threshold)
        .language(language)
        .split(split)
        .default_patterns(args.default_patterns);
    for path in &args.patterns {
        builder.patterns(path.clone());
    }
    if let Some(model) = &args.model {
        builder.model(model.clone());
    }
    py.detach(|| builder.build()).map_err(|e| match e {
        BuildError::Io(io) if io.kind() == std::io::ErrorKind::NotFound => {
            PyFileNotFoundError::new_err(io.to_string())
        }
        BuildError::Io(io) => PyValueError::new_err(io.to_string()),
        e @ BuildError::Patterns(_) => PatternError::new_err(e.to_string()),
        e @ BuildError::Model(..) => PyValueError::new_err(e.to_string()),
    })
}

/// A text's clean text and its removed paragraphs: (start, end, category, score).
type Annotated = (String, Vec<(usize, usize, &'static str, f64)>);

/// An `f32` as the `f64` its shortest decimal form names (8.2, not 8.199999809265137).
fn float(x: f32) -> f64 {
    x.to_string().parse().unwrap_or(f64::from(x))
}

/// `url=`: a str or None.
fn url_arg(url: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    match url {
        None => Ok(None),
        Some(url) if url.is_none() => Ok(None),
        Some(url) => match url.cast::<PyString>() {
            Ok(s) => Ok(Some(s.to_cow()?.into_owned())),
            Err(_) => Err(PyTypeError::new_err(format!(
                "url must be str or None, not {}",
                type_name(url)
            ))),
        },
    }
}

/// `urls=`: None, or one URL or None per text.
fn urls_arg(
    urls: Option<&Bound<'_, PyAny>>,
    texts: usize,
) -> PyResult<Option<Vec<Option<String>>>> {
    let Some(urls) = urls else {
        return Ok(None);
    };
    let urls = optional_strings(urls, "urls")?;
    if urls.len() != texts {
        return Err(PyValueError::new_err(format!(
            "urls has {} items but texts has {texts}",
            urls.len()
        )));
    }
    Ok(Some(urls))
}

/// `threads=`: at least 1; None: one per core.
fn threads_arg(threads: Option<i64>) -> PyResult<usize> {
    match threads {
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
        Some(n) => usize::try_from(n)
            .ok()
            .filter(|&n| n >= 1)
            .ok_or_else(|| PyValueError::new_err(format!("threads must be at least 1, not {n}"))),
    }
}

/// `patterns=`: one path, or an iterable of paths (str or os.PathLike).
fn paths(value: &Bound<'_, PyAny>) -> PyResult<Vec<PathBuf>> {
    if let Ok(one) = value.extract::<PathBuf>() {
        return Ok(vec![one]);
    }
    let iter = value.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "patterns must be a path or a list of paths, not {}",
            type_name(value)
        ))
    })?;
    iter.enumerate()
        .map(|(i, item)| {
            let item = item?;
            item.extract::<PathBuf>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "patterns[{i}] must be a path (str or os.PathLike), not {}",
                    type_name(&item)
                ))
            })
        })
        .collect()
}

/// A text argument: a str, with a clear TypeError otherwise.
fn text_arg(value: &Bound<'_, PyAny>, name: &str) -> PyResult<String> {
    match value.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{name} must be str, not {}",
            type_name(value)
        ))),
    }
}

/// Every item of an iterable of str or None.
fn optional_strings(value: &Bound<'_, PyAny>, name: &str) -> PyResult<Vec<Option<String>>> {
    items(value, name, |item, i| {
        if item.is_none() {
            return Ok(None);
        }
        match item.cast::<PyString>() {
            Ok(s) => Ok(Some(s.to_cow()?.into_owned())),
            Err(_) => Err(PyTypeError::new_err(format!(
                "{name}[{i}] must be str or None, not {}",
                type_name(item)
            ))),
        }
    })
}

fn items<T>(
    value: &Bound<'_, PyAny>,
    name: &str,
    mut each: impl FnMut(&Bound<'_, PyAny>, usize) -> PyResult<T>,
) -> PyResult<Vec<T>> {
    if value.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{name} must be a list (or any iterable) of str, not a single str"
        )));
    }
    let iter = value.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "{name} must be a list (or any iterable) of str, not {}",
            type_name(value)
        ))
    })?;
    let mut out = Vec::with_capacity(value.len().unwrap_or(0));
    for (i, item) in iter.enumerate() {
        out.push(each(&item?, i)?);
    }
    Ok(out)
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string())
}

/// Byte offsets into a text turned into Python string indices (code points), for
/// offsets given in increasing order: one pass over the text in all.
struct CharOffsets<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    fn new(text: &'t str) -> CharOffsets<'t> {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, byte: u64) -> usize {
        let byte = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        if byte < self.byte {
            // Offsets out of order: count from the start.
            self.byte = 0;
            self.chars = 0;
        }
        let piece = self.text.get(self.byte..byte).unwrap_or("");
        self.chars += piece.chars().count();
        self.byte = byte;
        self.chars
    }
}

/// One piece of evidence for (positive weight) or against (negative) removing a
/// paragraph.
#[pyclass(frozen, get_all, module = "unboil")]
#[derive(Clone)]
struct Evidence {
    /// The paragraph (0-based) it was found in.
    paragraph: u64,
    /// "pattern", "signal", "feature" (a learned model's term) or "site" (a site's
    /// learned repeat).
    kind: &'static str,
    /// For a pattern, "file:line" (built-in files are named builtin:…); for a signal or
    /// a feature, its name; for a site, "site:HOST".
    name: String,
    /// For a pattern, the pattern as written; None for a signal.
    text: Option<String>,
    /// For a signal, its value in [0, 1]; 1.0 for a pattern.
    value: f64,
    /// The weight; the contribution to the score is value * weight.
    weight: f64,
    /// For a pattern, its category; None for a signal.
    category: Option<&'static str>,
}

impl From<api::Evidence> for Evidence {
    fn from(e: api::Evidence) -> Evidence {
        Evidence {
            paragraph: e.paragraph,
            kind: e.kind,
            name: e.name,
            text: e.text,
            value: float(e.value),
            weight: float(e.weight),
            category: e.category,
        }
    }
}

#[pymethods]
impl Evidence {
    fn __repr__(&self) -> String {
        match &self.text {
            Some(text) => format!(
                "Evidence(pattern {} {:?} weight={:+.2} category={})",
                self.name,
                text,
                self.weight,
                self.category.unwrap_or("?")
            ),
            None => format!(
                "Evidence(signal {} = {:.2} × {:+.2})",
                self.name, self.value, self.weight
            ),
        }
    }
}

/// One paragraph of a document with its decision.
#[pyclass(frozen, get_all, module = "unboil")]
struct Paragraph {
    /// Its index in the document (0-based).
    index: u64,
    /// Python string index of its start.
    start: usize,
    /// Python string index just past its separator.
    end: usize,
    /// UTF-8 byte offset of its start.
    start_byte: u64,
    /// UTF-8 byte offset just past its separator.
    end_byte: u64,
    /// Its text, without the separator.
    text: String,
    /// The separator that followed it (line ending, blank lines).
    separator: String,
    /// Whether it is kept.
    kept: bool,
    /// "body" (kept), "boiler" (removed on its own merits) or "block" (removed inside
    /// an appeal block).
    state: &'static str,
    /// The score the decision saw (log-odds of boilerplate, the mode's offset included).
    score: f64,
    /// For a removed paragraph, its category ("appeal", "navigation"…); None if kept.
    category: Option<&'static str>,
    /// The evidence its score was built from (a list of Evidence).
    evidence: Vec<Evidence>,
}

#[pymethods]
impl Paragraph {
    fn __repr__(&self) -> String {
        let shown: String = self.text.chars().take(40).collect();
        format!(
            "Paragraph({} {} [{}:{}] score={:+.2}{} {:?}{})",
            self.index,
            if self.kept { "KEEP" } else { "DROP" },
            self.start,
            self.end,
            self.score,
            self.category.map(|c| format!(" {c}")).unwrap_or_default(),
            shown,
            if self.text.chars().count() > 40 {
                "…"
            } else {
                ""
            }
        )
    }
}

/// A run of consecutive removed paragraphs, as one `unboil --report` block.
#[pyclass(frozen, get_all, module = "unboil")]
struct Block {
    /// Its first paragraph (0-based).
    first_paragraph: u64,
    /// Its last paragraph.
    last_paragraph: u64,
    /// Python string index of its start.
    start: usize,
    /// Python string index just past its last separator.
    end: usize,
    /// UTF-8 byte offset of its start.
    start_byte: u64,
    /// UTF-8 byte offset just past its last separator.
    end_byte: u64,
    /// Its dominant category ("appeal", "paywall", "navigation"…).
    category: &'static str,
    /// The mean score of its paragraphs.
    score: f64,
    /// The evidence of all its paragraphs (a list of Evidence).
    evidence: Vec<Evidence>,
    /// text[start:end].
    text: String,
}

#[pymethods]
impl Block {
    fn __repr__(&self) -> String {
        format!(
            "Block(paragraphs {}-{} [{}:{}] {} score={:+.2})",
            self.first_paragraph,
            self.last_paragraph,
            self.start,
            self.end,
            self.category,
            self.score
        )
    }
}

/// unboil strips publisher boilerplate (appeals, paywall prompts, newsletters, cookie
/// notices, navigation…) from news text and keeps the journalism, byte for byte.
#[pymodule]
fn _unboil(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Filter>()?;
    m.add_class::<Paragraph>()?;
    m.add_class::<Block>()?;
    m.add_class::<Evidence>()?;
    m.add("PatternError", m.py().get_type::<PatternError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
