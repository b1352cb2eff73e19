//! A filter built once and used from any thread: the library entry point for callers
//! that hold documents as strings (the Python binding, services, notebooks).
//!
//! [`Filter`] owns the [`Model`] and [`Options`] a run decides with; each call borrows them,
//! so one filter serves every thread (`Filter` is `Send + Sync`). The work itself is the
//! same as the command line's: [`RecordFilter`] (what `--format jsonl` runs on each record)
//! for [`Filter::clean`], the existing sinks for [`Filter::explain`] and [`Filter::report`].
//!
//! ```
//! let filter = unboil::Filter::builder().build().expect("built-in patterns");
//! let text = "The council voted 7-2 on Tuesday to expand the bus network, the mayor said.\nRemind me later.\n";
//! assert_eq!(
//!     filter.clean(text),
//!     "The council voted 7-2 on Tuesday to expand the bus network, the mayor said.\n"
//! );
//! ```

use std::fmt;
use std::io;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

use crate::decide::State;
use crate::evidence::{evidence, paragraph_category, Evidence as Item};
use crate::filter::DocumentFilter;
use crate::lang::Language;
use crate::linear::{LinearModel, ModelError};
use crate::model::{Mode, Model, Options};
use crate::patterns::{PatternError, PatternSetBuilder};
use crate::record::{RecordFilter, Span};
use crate::report::ReportSink;
use crate::sink::{Decided, Sink};
use crate::split::SplitMode;
use crate::url::host_of;

/// Why a [`Filter`] could not be built.
#[derive(Debug)]
pub enum BuildError {
    /// A pattern path could not be read (missing, unreadable, not UTF-8).
    Io(io::Error),
    /// Pattern files have errors, each located by `file:line:column`.
    Patterns(Vec<PatternError>),
    /// The model file is not one `unboil train` wrote for this version.
    Model(PathBuf, ModelError),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Io(e) => write!(f, "{e}"),
            BuildError::Model(path, e) => write!(f, "{}: {e}", path.display()),
            BuildError::Patterns(errors) => {
                write!(f, "{} error(s) in pattern files:", errors.len())?;
                for error in errors {
                    write!(f, "\n{error}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Io(e) => Some(e),
            BuildError::Model(_, e) => Some(e),
            BuildError::Patterns(_) => None,
        }
    }
}

/// A mode name that is not `precision`, `balanced` or `recall`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownMode(pub String);

impl fmt::Display for UnknownMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown mode {:?} (expected precision, balanced or recall)",
            self.0
        )
    }
}

impl std::error::Error for UnknownMode {}

impl FromStr for Mode {
    type Err = UnknownMode;

    /// `precision`, `balanced` or `recall`, as `--mode` spells them.
    fn from_str(name: &str) -> Result<Mode, UnknownMode> {
        match name {
            "precision" => Ok(Mode::Precision),
            "balanced" => Ok(Mode::Balanced),
            "recall" => Ok(Mode::Recall),
            _ => Err(UnknownMode(name.to_string())),
        }
    }
}

/// The language the documents are read in (`--lang`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LanguageChoice {
    /// Detected per document from its start (the default).
    #[default]
    Detect,
    /// Every document is in this language.
    Given(Language),
    /// No detection: the language-free word lists (`--lang none`).
    None,
}

impl FromStr for LanguageChoice {
    type Err = crate::lang::UnknownLanguage;

    /// `none`, or an ISO 639-1 or 639-3 code (`en`, `deu`, `pt-BR`).
    fn from_str(code: &str) -> Result<LanguageChoice, Self::Err> {
        if code.eq_ignore_ascii_case("none") {
            Ok(LanguageChoice::None)
        } else {
            code.parse().map(LanguageChoice::Given)
        }
    }
}

/// Builds a [`Filter`]: the command line's model and options, as methods.
#[derive(Clone, Debug)]
pub struct FilterBuilder {
    patterns: Vec<PathBuf>,
    default_patterns: bool,
    learned: bool,
    per_language: bool,
    mode: Mode,
    threshold: Option<f32>,
    language: LanguageChoice,
    split: SplitMode,
    model: Option<PathBuf>,
    rules: bool,
}

impl Default for FilterBuilder {
    fn default() -> FilterBuilder {
        FilterBuilder {
            patterns: Vec::new(),
            default_patterns: true,
            learned: true,
            per_language: true,
            mode: Mode::Precision,
            threshold: None,
            language: LanguageChoice::Detect,
            split: SplitMode::Auto,
            model: None,
            rules: false,
        }
    }
}

impl FilterBuilder {
    /// Adds a pattern file, or every `*.pat` below a folder (`--patterns`); a file keyed
    /// like a built-in one (`DIR/en/appeal.pat`) replaces it.
    pub fn patterns(&mut self, path: impl Into<PathBuf>) -> &mut FilterBuilder {
        self.patterns.push(path.into());
        self
    }

    /// Whether the built-in patterns are used (`--no-default-patterns` turns them off).
    pub fn default_patterns(&mut self, on: bool) -> &mut FilterBuilder {
        self.default_patterns = on;
        self
    }

    /// Whether the built-in learned patterns are used (`--no-learned` turns them off).
    pub fn learned(&mut self, on: bool) -> &mut FilterBuilder {
        self.learned = on;
        self
    }

    /// Scan a document of a known language with its language's patterns and the shared
    /// ones only (the default; `--all-lang-patterns` turns it off).
    pub fn per_language(&mut self, on: bool) -> &mut FilterBuilder {
        self.per_language = on;
        self
    }

    /// The precision/recall trade-off (`--mode`; default precision).
    pub fn mode(&mut self, mode: Mode) -> &mut FilterBuilder {
        self.mode = mode;
        self
    }

    /// Remove a paragraph when its score exceeds `threshold` (`--threshold`); replaces
    /// the mode.
    pub fn threshold(&mut self, threshold: Option<f32>) -> &mut FilterBuilder {
        self.threshold = threshold;
        self
    }

    /// The documents' language (`--lang`; default: detected per document).
    pub fn language(&mut self, language: LanguageChoice) -> &mut FilterBuilder {
        self.language = language;
        self
    }

    /// How documents are cut into paragraphs (`--paragraphs`; default auto).
    pub fn split(&mut self, split: SplitMode) -> &mut FilterBuilder {
        self.split = split;
        self
    }

    /// Scores with the learned model in this file (`--model`) instead of the built-in one.
    pub fn model(&mut self, path: impl Into<PathBuf>) -> &mut FilterBuilder {
        self.model = Some(path.into());
        self
    }

    /// Scores with the hand-set rules instead of a learned model (`--rules`).
    pub fn rules(&mut self, on: bool) -> &mut FilterBuilder {
        self.rules = on;
        self
    }

    /// Reads the pattern files and compiles the model.
    pub fn build(&self) -> Result<Filter, BuildError> {
        let mut builder = if self.default_patterns {
            PatternSetBuilder::with_builtin()
        } else {
            PatternSetBuilder::new()
        };
        if !self.learned {
            builder.retain(|source| !source.name.starts_with("builtin:learned/"));
        }
        for path in &self.patterns {
            builder.add_path(path).map_err(BuildError::Io)?;
        }
        builder.per_language(self.per_language);
        let patterns = builder.build().map_err(BuildError::Patterns)?;
        if !self.patterns.is_empty() {
            // A regex that parses but does not compile (past the size limit) would
            // otherwise only be found, and skipped, when first needed: report it now,
            // as `check-patterns` does. The compiled regexes are kept.
            let errors = patterns.compile_all();
            if !errors.is_empty() {
                return Err(BuildError::Patterns(errors));
            }
        }
        let options = Options {
            split: self.split,
            offset: self.threshold.map_or(self.mode.offset(), |t| -t),
            lang: match self.language {
                LanguageChoice::Given(language) => Some(language),
                LanguageChoice::Detect | LanguageChoice::None => None,
            },
            detect_language: self.language != LanguageChoice::None,
            ..Options::default()
        };
        let linear = match (&self.model, self.rules) {
            (_, true) => None,
            (None, false) => Some(LinearModel::builtin()),
            (Some(path), false) => {
                let bytes = std::fs::read(path).map_err(|e| {
                    BuildError::Io(io::Error::new(e.kind(), format!("{}: {e}", path.display())))
                })?;
                let model = LinearModel::from_bytes(std::borrow::Cow::Owned(bytes))
                    .map_err(|e| BuildError::Model(path.clone(), e))?;
                Some(model)
            }
        };
        Ok(Filter {
            model: Model::with_linear(patterns, linear),
            options,
        })
    }
}

/// A compiled filter: patterns, weights, costs and options. Cheap to share, costly to
/// build: build it once.
#[derive(Clone, Debug)]
pub struct Filter {
    model: Model,
    options: Options,
}

impl Filter {
    /// A builder with the command line's defaults.
    pub fn builder() -> FilterBuilder {
        FilterBuilder::default()
    }

    /// The model decisions are made with.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The options decisions are made with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The text without its boilerplate: the kept paragraphs, byte for byte.
    ///
    /// Each call starts from fresh buffers and regex caches, whose warm-up costs more
    /// than cleaning a short document: for many documents, keep a [`Filter::cleaner`]
    /// per thread or call [`Filter::clean_many`].
    pub fn clean(&self, text: &str) -> String {
        self.cleaner().clean(text, None)
    }

    /// Like [`Filter::clean`], with the document's URL, whose host enables
    /// domain-scoped patterns.
    pub fn clean_url(&self, text: &str, url: Option<&str>) -> String {
        self.cleaner().clean(text, url)
    }

    /// Reusable buffers for cleaning many documents on one thread.
    pub fn cleaner(&self) -> Cleaner<'_> {
        Cleaner {
            record: RecordFilter::new(&self.model, &self.options, false),
        }
    }

    /// Cleans `texts` (each with its URL, when `urls` gives one) on `threads` threads
    /// and returns the results in input order. The result does not depend on the
    /// number of threads.
    pub fn clean_many<T, U>(
        &self,
        texts: &[T],
        urls: Option<&[Option<U>]>,
        threads: usize,
    ) -> Vec<String>
    where
        T: AsRef<str> + Sync,
        U: AsRef<str> + Sync,
    {
        self.map_many(texts, urls, threads, |c, text, url| c.clean(text, url))
    }

    /// Like [`Filter::clean_many`], with the removed paragraphs of each text.
    pub fn annotate_many<T, U>(
        &self,
        texts: &[T],
        urls: Option<&[Option<U>]>,
        threads: usize,
    ) -> Vec<Annotated>
    where
        T: AsRef<str> + Sync,
        U: AsRef<str> + Sync,
    {
        self.map_many(texts, urls, threads, |c, text, url| c.annotate(text, url))
    }

    /// `each` over every text (with its URL) on `threads` threads, results in order.
    fn map_many<T, U, R, F>(
        &self,
        texts: &[T],
        urls: Option<&[Option<U>]>,
        threads: usize,
        each: F,
    ) -> Vec<R>
    where
        T: AsRef<str> + Sync,
        U: AsRef<str> + Sync,
        R: Send,
        F: Fn(&mut Cleaner<'_>, &str, Option<&str>) -> R + Sync,
    {
        let url = |i: usize| {
            urls.and_then(|urls| urls.get(i))
                .and_then(Option::as_ref)
                .map(AsRef::as_ref)
        };
        let threads = threads.clamp(1, texts.len().max(1));
        if threads == 1 {
            let mut cleaner = self.cleaner();
            return texts
                .iter()
                .enumerate()
                .map(|(i, text)| each(&mut cleaner, text.as_ref(), url(i)))
                .collect();
        }
        // Documents are handed out one at a time, so a long one holds up one thread only.
        let next = AtomicUsize::new(0);
        let done: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut cleaner = self.cleaner();
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(text) = texts.get(i) else {
                                break;
                            };
                            done.push((i, each(&mut cleaner, text.as_ref(), url(i))));
                        }
                        done
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let mut out: Vec<Option<R>> = (0..texts.len()).map(|_| None).collect();
        for (i, result) in done.into_iter().flatten() {
            out[i] = Some(result);
        }
        // Every index was handed out exactly once.
        out.into_iter().flatten().collect()
    }

    /// Every paragraph of `text` with its decision, score, category and evidence
    /// (what `--explain` prints).
    pub fn explain(&self, text: &str, url: Option<&str>) -> Vec<Paragraph> {
        let mut sink = Paragraphs {
            model: &self.model,
            paragraphs: Vec::new(),
        };
        let host = url.and_then(host_of);
        // Sinks writing to memory do not fail.
        let _ = DocumentFilter::new(&self.model, &self.options).filter_str(
            0,
            host.as_deref(),
            text,
            &mut sink,
        );
        sink.paragraphs
    }

    /// The removed blocks of `text` (runs of removed paragraphs), as `--report` writes
    /// them, and the document's language.
    pub fn report(&self, text: &str, url: Option<&str>) -> Report {
        let mut sink = ReportSink::new(&self.model, Vec::new());
        let host = url.and_then(host_of);
        let mut filter = DocumentFilter::new(&self.model, &self.options);
        // Sinks writing to memory do not fail.
        let _ = filter.filter_str(0, host.as_deref(), text, &mut sink);
        let lines = sink.into_inner();
        let blocks = lines
            .split(|&b| b == b'\n')
            .filter_map(|line| serde_json::from_slice::<Value>(line).ok())
            .filter(|record| record["type"] == "block")
            .map(|record| Block::from_json(&record))
            .collect();
        Report {
            blocks,
            language: filter.info().language.language.map(Language::code),
        }
    }
}

/// Cleans documents one after the other with reused buffers; from [`Filter::cleaner`].
pub struct Cleaner<'f> {
    record: RecordFilter<'f>,
}

impl Cleaner<'_> {
    /// The kept paragraphs of `text`; `url`'s host enables domain-scoped patterns.
    pub fn clean(&mut self, text: &str, url: Option<&str>) -> String {
        match self.record.filter(0, text, None, url, None, false) {
            Ok(filtered) => filtered.kept.clone(),
            // The record filter's sinks write to memory and do not fail; were one to,
            // nothing would be lost by keeping the text whole.
            Err(_) => text.to_string(),
        }
    }

    /// The kept paragraphs of `text` and the removed ones (`--annotate`'s spans).
    pub fn annotate(&mut self, text: &str, url: Option<&str>) -> Annotated {
        let removed = match self.record.filter(0, text, None, url, None, true) {
            Ok(filtered) => filtered.removed.clone(),
            Err(_) => Vec::new(),
        };
        let mut kept = String::with_capacity(text.len());
        let mut at = 0;
        for span in &removed {
            kept.push_str(text.get(at..span.start as usize).unwrap_or_default());
            at = span.end as usize;
        }
        kept.push_str(text.get(at..).unwrap_or_default());
        Annotated { kept, removed }
    }
}

/// A text's kept paragraphs and its removed ones.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotated {
    /// The kept paragraphs, byte for byte: what [`Filter::clean`] returns.
    pub kept: String,
    /// The removed paragraphs, in order: byte spans (paragraph and separator), scores
    /// and categories.
    pub removed: Vec<Span>,
}

/// One piece of evidence for or against removing a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    /// The paragraph (0-based) it was found in.
    pub paragraph: u64,
    /// `pattern`, `signal` (the hand-set rules), `feature` (a term of the learned model: a
    /// dense feature, an n-gram, the other n-grams together, the mode's offset) or `site`
    /// (site learning: `site:NAME`, text `DOCS/OF documents`).
    pub kind: &'static str,
    /// For a pattern, `file:line`; for a signal or a feature, its name.
    pub name: String,
    /// For a pattern, the pattern as written.
    pub text: Option<String>,
    /// For a signal, its value in [0, 1]; for a pattern, 1.
    pub value: f32,
    /// The weight; the contribution to the score is `value * weight`.
    pub weight: f32,
    /// For a pattern, its category.
    pub category: Option<&'static str>,
}

impl Evidence {
    fn new(paragraph: u64, item: &Item<'_>) -> Evidence {
        match *item {
            Item::Pattern {
                file,
                line,
                text,
                weight,
                category,
            } => Evidence {
                paragraph,
                kind: "pattern",
                name: format!("{file}:{line}"),
                text: Some(text.to_string()),
                value: 1.0,
                weight,
                category: Some(category.as_str()),
            },
            Item::Signal {
                signal,
                value,
                weight,
            } => Evidence {
                paragraph,
                kind: "signal",
                name: signal.name().to_string(),
                text: None,
                value,
                weight,
                category: None,
            },
            Item::Site {
                ref site,
                docs,
                of,
                weight,
            } => Evidence {
                paragraph,
                kind: "site",
                name: format!("site:{site}"),
                text: Some(format!("{docs}/{of} documents")),
                value: 1.0,
                weight,
                category: None,
            },
            Item::Feature { ref name, weight } => Evidence {
                paragraph,
                kind: "feature",
                name: name.clone(),
                text: None,
                value: 1.0,
                weight,
                category: None,
            },
        }
    }

    fn from_json(item: &Value) -> Evidence {
        let number = |key: &str| item[key].as_f64().unwrap_or(0.0) as f32;
        let string = |key: &str| item[key].as_str().map(str::to_string);
        let paragraph = item["paragraph"].as_u64().unwrap_or(0);
        if let Some(site) = string("site") {
            return Evidence {
                paragraph,
                kind: "site",
                name: format!("site:{site}"),
                text: Some(format!(
                    "{}/{} documents",
                    number("documents"),
                    number("site_documents")
                )),
                value: 1.0,
                weight: number("weight"),
                category: None,
            };
        }
        if let Some(name) = string("feature") {
            return Evidence {
                paragraph,
                kind: "feature",
                name,
                text: None,
                value: 1.0,
                weight: number("weight"),
                category: None,
            };
        }
        match string("pattern") {
            Some(name) => Evidence {
                paragraph,
                kind: "pattern",
                name,
                text: string("text"),
                value: 1.0,
                weight: number("weight"),
                category: item["category"].as_str().and_then(category_name),
            },
            None => Evidence {
                paragraph,
                kind: "signal",
                name: string("signal").unwrap_or_default(),
                text: None,
                value: number("value"),
                weight: number("weight"),
                category: None,
            },
        }
    }
}

fn category_name(name: &str) -> Option<&'static str> {
    crate::patterns::Category::from_name(name).map(|c| c.as_str())
}

/// One paragraph with its decision.
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    /// Its index in the document (0-based).
    pub index: u64,
    /// Byte offset of its text in the document.
    pub start_byte: u64,
    /// Byte offset just past its separator.
    pub end_byte: u64,
    /// Its text, without the separator.
    pub text: String,
    /// The separator that followed it (line ending, blank lines).
    pub separator: String,
    /// Whether it is kept.
    pub kept: bool,
    /// The decided state: `body`, `boiler` or `block`.
    pub state: &'static str,
    /// The score the decision saw (log-odds of boilerplate; the mode's offset included).
    pub score: f32,
    /// For a removed paragraph, its category (`appeal`, `navigation`…).
    pub category: Option<&'static str>,
    /// The evidence its score was built from: pattern hits, then signals.
    pub evidence: Vec<Evidence>,
}

struct Paragraphs<'m> {
    model: &'m Model,
    paragraphs: Vec<Paragraph>,
}

impl Sink for Paragraphs<'_> {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        self.paragraphs.push(Paragraph {
            index: p.index,
            start_byte: p.start_byte,
            end_byte: p.end_byte(),
            text: p.text.to_string(),
            separator: p.separator.to_string(),
            kept: p.keeps(),
            state: p.state.name(),
            score: p.score,
            category: (p.state != State::Body).then(|| paragraph_category(self.model, p).as_str()),
            evidence: evidence(self.model, p)
                .iter()
                .map(|item| Evidence::new(p.index, item))
                .collect(),
        });
        Ok(())
    }
}

/// A run of consecutive removed paragraphs, as one `--report` block.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Its first paragraph (0-based).
    pub first_paragraph: u64,
    /// Its last paragraph.
    pub last_paragraph: u64,
    /// Byte offset of its start in the document.
    pub start_byte: u64,
    /// Byte offset just past its last separator.
    pub end_byte: u64,
    /// Its dominant category.
    pub category: &'static str,
    /// The mean score of its paragraphs.
    pub score: f32,
    /// The evidence of all its paragraphs.
    pub evidence: Vec<Evidence>,
    /// `document[start_byte..end_byte]`.
    pub text: String,
}

impl Block {
    fn from_json(record: &Value) -> Block {
        let number = |key: &str| record[key].as_u64().unwrap_or(0);
        Block {
            first_paragraph: number("first_paragraph"),
            last_paragraph: number("last_paragraph"),
            start_byte: number("start_byte"),
            end_byte: number("end_byte"),
            category: record["category"]
                .as_str()
                .and_then(category_name)
                .unwrap_or("other"),
            score: record["score"].as_f64().unwrap_or(0.0) as f32,
            evidence: record["evidence"]
                .as_array()
                .map(|items| items.iter().map(Evidence::from_json).collect())
                .unwrap_or_default(),
            text: record["text"].as_str().unwrap_or_default().to_string(),
        }
    }
}

/// What [`Filter::report`] found in one document.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The removed blocks, in document order.
    pub blocks: Vec<Block>,
    /// The document's language (ISO 639-1 code), when given or detected.
    pub language: Option<&'static str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = include_str!("../examples/article.txt");

    fn filter() -> Filter {
        Filter::builder().build().expect("built-in patterns")
    }

    #[test]
    fn filter_is_send_and_sync() {
        fn shared<T: Send + Sync>() {}
        shared::<Filter>();
    }

    #[test]
    fn clean_matches_filter_str() {
        let filter = filter();
        let mut out = crate::sink::TextSink::new(Vec::new(), false);
        crate::filter_str(filter.model(), filter.options(), ARTICLE, &mut out).expect("in memory");
        let expected = String::from_utf8(out.into_inner()).expect("UTF-8");
        assert_eq!(filter.clean(ARTICLE), expected);
        assert!(expected.len() < ARTICLE.len());
    }

    #[test]
    fn clean_many_keeps_order_on_any_thread_count() {
        let filter = filter();
        let texts: Vec<String> = (0..40)
            .map(|i| format!("Story {i}: the council voted on Tuesday, the mayor said.\n{ARTICLE}"))
            .collect();
        let one = filter.clean_many::<_, &str>(&texts, None, 1);
        assert_eq!(one.len(), texts.len());
        for threads in [2, 3, 64] {
            assert_eq!(filter.clean_many::<_, &str>(&texts, None, threads), one);
        }
        assert!(filter.clean_many::<String, &str>(&[], None, 4).is_empty());
        let annotated = filter.annotate_many::<_, &str>(&texts, None, 2);
        for (a, clean) in annotated.iter().zip(&one) {
            assert_eq!(&a.kept, clean);
            assert!(!a.removed.is_empty());
        }
    }

    #[test]
    fn explain_spans_cover_the_document() {
        let filter = filter();
        let paragraphs = filter.explain(ARTICLE, None);
        let mut at = 0;
        let mut kept = String::new();
        for p in &paragraphs {
            assert_eq!(p.start_byte, at);
            at = p.end_byte;
            if p.kept {
                kept.push_str(&p.text);
                kept.push_str(&p.separator);
                assert_eq!(p.category, None);
            } else {
                assert!(p.category.is_some());
            }
        }
        assert_eq!(at as usize, ARTICLE.len());
        assert_eq!(kept, filter.clean(ARTICLE));
    }

    #[test]
    fn report_blocks_remove_to_the_output() {
        let filter = filter();
        let report = filter.report(ARTICLE, None);
        assert!(!report.blocks.is_empty());
        assert_eq!(report.language, Some("en"));
        let mut rest = String::new();
        let mut at = 0;
        for block in &report.blocks {
            rest.push_str(&ARTICLE[at..block.start_byte as usize]);
            assert_eq!(
                &ARTICLE[block.start_byte as usize..block.end_byte as usize],
                block.text
            );
            at = block.end_byte as usize;
        }
        rest.push_str(&ARTICLE[at..]);
        assert_eq!(rest, filter.clean(ARTICLE));
        assert!(report.blocks.iter().any(|b| b.category == "appeal"));
    }

    #[test]
    fn bad_arguments_are_errors() {
        assert!("loud".parse::<Mode>().is_err());
        assert_eq!("recall".parse::<Mode>(), Ok(Mode::Recall));
        assert_eq!("none".parse(), Ok(LanguageChoice::None));
        assert!("xx-not".parse::<LanguageChoice>().is_err());
        let missing = Filter::builder().patterns("/no/such/dir").build();
        assert!(matches!(missing, Err(BuildError::Io(_))));
        let dir = std::env::temp_dir().join(format!("unboil-api-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let big = dir.join("big.pat");
        std::fs::write(&big, "@category other\n+2 /\\w{1000}\\w{1000}\\w{1000}/\n").expect("write");
        let too_big = Filter::builder().patterns(&big).build();
        let _ = std::fs::remove_dir_all(&dir);
        match too_big {
            Err(BuildError::Patterns(errors)) => {
                assert_eq!(errors.len(), 1);
                assert!(errors[0].message.contains("size limit"), "{}", errors[0]);
            }
            other => panic!("expected a pattern error, got {other:?}"),
        }
    }
}
