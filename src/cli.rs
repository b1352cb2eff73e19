//! Command-line interface: flags (defined once, with clap), their validation into a
//! `Config`, and the run itself. Errors go to stderr; exit status 0 on success, 1 on a
//! runtime error, 2 on a usage error; a closed stdout ends the run quietly with 0.

use std::fs::File;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use encoding_rs::Encoding;
use unboil::compress::{Compression, Output};
use unboil::corpus::{self, CorpusError, CorpusOptions, Format, Input, Observer};
use unboil::decode::encoding_for_label;
use unboil::explain::ExplainSink;
use unboil::input::{
    check_not_an_input, format_of_name, looks_binary, open_path, read_head, Clobbers, NamedFormat,
    SNIFF_BYTES,
};
use unboil::jsonl::{JsonlOptions, OnError};
use unboil::report::ReportSink;
use unboil::sites::{SiteConfig, SiteCounts, SiteLearner, SiteMemory};
use unboil::stats::StatsSink;
use unboil::url::host_of;
use unboil::{
    filter_stream, DocumentFilter, Language, Mode, Model, Options, PatternSetBuilder, ReadBuffers,
    Sink, SplitMode, StreamDecoder, StreamError, TextSink,
};

use crate::progress::Progress;

const EXAMPLES: &str = "\
Examples:
  unboil article.txt                     print the article without its boilerplate
  curl -s URL | html2text | unboil       as a filter
  unboil --report removed.jsonl a.txt    also write every removed block, with evidence
  unboil --explain a.txt | less -R       every paragraph, its decision and why
  unboil --invert a.txt                  print only what would be removed
  unboil --mode recall a.txt             remove more, at some risk to the body
  unboil --encoding koi8-r old.txt       decode as KOI8-R (default: BOM, else guessed)
  unboil --patterns my-patterns/ a.txt   add pattern files to the built-in ones
  unboil check-patterns my-patterns/     validate pattern files
  unboil --format jsonl --stats in.jsonl.zst -o out.jsonl.zst
                                         a JSONL corpus on every core, zstd in and out
  unboil --format wet --output-format jsonl CC-MAIN-….warc.wet.gz > clean.jsonl
  unboil learn corpus/ -o patterns/learned/news.pat   learn per-site repeats
  unboil eval labeled.jsonl              precision, recall, body loss, F1";

/// Strips publisher boilerplate (donation appeals, paywall prompts, newsletter sign-ups,
/// cookie notices, share prompts, related links, navigation, legal lines) from news text
/// and writes back the journalism, byte for byte.
#[derive(Parser, Debug)]
#[command(name = "unboil", version, after_help = EXAMPLES, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    filter: FilterArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Validate pattern files and report every error as file:line:column: message.
    CheckPatterns {
        /// Pattern files or folders; the built-in set when none is given.
        paths: Vec<PathBuf>,
    },
    /// Learn from labeled paragraphs (JSONL records with "text" and "paragraphs":
    /// [{"text", "label": "body"|"boiler"|null}]): a model file for --model (the
    /// default), or with --signals the hand-set rules' signal weights as @signal lines, or
    /// with --phrases discriminative phrases as `@source learned` pattern lines.
    Train {
        /// Labeled JSONL files (gzip or zstd compressed, or plain; `-` for stdin).
        inputs: Vec<PathBuf>,
        /// Where to write the model (or the weights or phrases file).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Extra pattern files or folders whose weights count as evidence while training.
        #[arg(long = "patterns", value_name = "DIR")]
        patterns: Vec<PathBuf>,
        /// L2 regularisation strength [default: a model 1e-6 per update; --signals 0.001;
        /// --phrases 0.01].
        #[arg(long)]
        l2: Option<f64>,
        /// Most epochs [default: a model 4; --signals 3000; --phrases 100].
        #[arg(long)]
        epochs: Option<usize>,
        /// With --signals or --phrases: stop when the validation loss has not improved for
        /// this many epochs [default: --signals 100; --phrases 0: all epochs run].
        #[arg(long)]
        patience: Option<usize>,
        /// Learn phrases (word 1-3-grams; character 2-4-grams in scripts without
        /// spaces) instead of a model.
        #[arg(long)]
        phrases: bool,
        /// With --phrases: fewest publishers or sites of one class a phrase occurs in.
        #[arg(long, default_value_t = 3, value_name = "N")]
        min_groups: usize,
        /// With --phrases: most phrases written.
        #[arg(long, default_value_t = 3000, value_name = "N")]
        max_phrases: usize,
        /// With --phrases: L1 regularisation strength (sparse weights) [default: 0].
        #[arg(long)]
        l1: Option<f64>,
        /// With --phrases: a paragraph weighs n^-W, n the labeled paragraphs of its class
        /// in its document (0: every paragraph alike; 1, the default: every document
        /// alike).
        #[arg(long, value_name = "W")]
        doc_weight: Option<f64>,
        /// With --phrases: smallest absolute weight written [default: 0.3].
        #[arg(long, value_name = "W")]
        min_weight: Option<f32>,
        /// Step size [default: a model 0.1 (AdaGrad); --phrases 0.05 (Adam)].
        #[arg(long)]
        rate: Option<f64>,
        /// With --phrases: after early stopping, train again on all publishers for the
        /// chosen number of epochs.
        #[arg(long)]
        refit: bool,
        /// With --phrases: the day written in the header (YYYY-MM-DD) [default: from
        /// SOURCE_DATE_EPOCH, else today].
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Learn the structural signal weights of the hand-set rules (`@signal` lines)
        /// instead of a model file.
        #[arg(long, conflicts_with = "phrases")]
        signals: bool,
        /// Model: bits of the hashed-feature table (2^BITS one-byte weights).
        #[arg(long, default_value_t = 21, value_name = "BITS", value_parser = clap::value_parser!(u32).range(8..=26))]
        bits: u32,
        /// Model: no character 3-5-grams inside words (word unigrams and bigrams only).
        #[arg(long)]
        no_subwords: bool,
        /// Model: every source/view group (the records' "source" and "view") weighs
        /// (mean/count)^B: 0, every paragraph alike; 1, every group alike.
        #[arg(long, default_value_t = 1.0, value_name = "B")]
        group_balance: f64,
        /// Model: weight of a body paragraph relative to a boilerplate one.
        #[arg(long, default_value_t = 1.0, value_name = "W")]
        body_weight: f64,
        /// Model: add features of the neighbouring paragraphs (off by default: the
        /// sequence decision brings context).
        #[arg(long)]
        neighbours: bool,
    },
    /// Learn patterns from a corpus: paragraphs that repeat across many documents of a
    /// site become domain-scoped whole-paragraph patterns (reads the input twice).
    Learn(LearnArgs),
    /// Score the filter on labeled documents (JSONL records with "paragraphs": [{"text",
    /// "label"}] and optionally "gt_body"), with the definitions of score.py.
    Eval(EvalArgs),
}

#[derive(Args, Debug)]
struct LearnArgs {
    /// Corpus files or folders (folders are read recursively). Text: each file is one
    /// document of the site named by its folder. JSONL: one document per line.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Where to write the pattern file (e.g. patterns/learned/NAME.pat).
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
    /// Corpus format: text (each file one document of the site named by its folder),
    /// jsonl, or wet (Common Crawl; the site is WARC-Target-URI's host). Default: from
    /// each file's name, as when filtering (files of different formats need --format).
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<FormatArg>,
    /// With --format jsonl: the field that holds the text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    field: String,
    /// With --format jsonl: the field that holds the URL (its host is the site), as when
    /// filtering [default: url].
    #[arg(long, value_name = "NAME")]
    url_field: Option<String>,
    /// Fewest documents of a site a paragraph must occur in.
    #[arg(long, default_value_t = 5, value_name = "N")]
    min_docs: u32,
    /// Smallest share of a site's documents a paragraph must occur in (0 to 1).
    #[arg(long, default_value_t = 0.1, value_name = "SHARE")]
    min_share: f64,
    /// Memory for the count-min sketches, in MiB.
    #[arg(long, default_value_t = 256, value_name = "MIB")]
    sketch_mb: usize,
    /// How documents are cut into paragraphs (as when filtering).
    #[arg(long, value_enum, default_value_t = ParagraphsArg::Auto, value_name = "HOW")]
    paragraphs: ParagraphsArg,
}

/// What paragraphs are scored with: pattern files, the learned model or the hand-set
/// rules (shared by the filter and `eval`).
#[derive(Args, Debug)]
struct ScoringArgs {
    /// Add the pattern files in DIR (or the file DIR) to the built-in ones; files in
    /// DIR/<lang>/ apply to documents in that language (see --lang). Repeatable.
    #[arg(long = "patterns", value_name = "DIR")]
    patterns: Vec<PathBuf>,

    /// A --patterns file with the same path relative to its DIR as a built-in one (e.g.
    /// en/appeal.pat) replaces that built-in file instead of adding to it; --explain
    /// names the built-in files replaced.
    #[arg(long, requires = "patterns")]
    replace_builtin: bool,

    /// Do not use the built-in default patterns (hand-written and learned).
    #[arg(long)]
    no_default_patterns: bool,

    /// Do not use the built-in learned phrases (patterns/learned/); the hand-written
    /// defaults stay.
    #[arg(long)]
    no_learned: bool,

    /// Score paragraphs with this model file (written by `unboil train`) instead of the
    /// built-in one.
    #[arg(long, value_name = "FILE", conflicts_with = "rules")]
    model: Option<PathBuf>,

    /// Score paragraphs with the hand-set rules (pattern weights and signal weights)
    /// instead of the learned model.
    #[arg(long)]
    rules: bool,

    /// Scan every document with the patterns of every language folder. By default a
    /// document whose language is given or detected with confidence is scanned with its
    /// own language's folder (patterns/<lang>/, DIR/<lang>/) and the shared files
    /// (patterns/any/, learned, files outside a language folder) only.
    #[arg(long)]
    all_lang_patterns: bool,
}

impl ScoringArgs {
    /// The model these flags describe, and the built-in files replaced (file, by what).
    fn model(&self) -> Result<(Model, Vec<(String, String)>)> {
        let (patterns, replaced) = load_patterns(&PatternChoice {
            paths: &self.patterns,
            builtin: !self.no_default_patterns,
            learned: !self.no_learned,
            all_languages: self.all_lang_patterns,
            replace_builtin: self.replace_builtin,
        })?;
        let linear = learned_model(self.model.as_deref(), self.rules)?;
        Ok((Model::with_linear(patterns, linear), replaced))
    }
}

#[derive(Args, Debug)]
struct EvalArgs {
    /// Labeled JSONL files, plain, gzip or zstd (`-` for stdin).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Print the figures as JSON (the keys of score.py's --json results) instead of tables.
    #[arg(long)]
    json: bool,
    /// Only these sources (repeatable).
    #[arg(long, value_name = "NAME")]
    source: Vec<String>,
    /// Only these views (repeatable).
    #[arg(long, value_name = "NAME")]
    view: Vec<String>,
    /// Only the first N documents of each source/view group.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Do not pass each record's URL to the filter (domain-scoped patterns then never
    /// apply, as with score.py --cmd).
    #[arg(long)]
    ignore_url: bool,
    #[command(flatten)]
    scoring: ScoringArgs,
    /// Trade-off between keeping journalism and removing boilerplate.
    #[arg(long, value_enum, default_value_t = ModeArg::Precision, conflicts_with = "threshold")]
    mode: ModeArg,
    /// Remove a paragraph when its score exceeds T.
    #[arg(long, value_name = "T", allow_negative_numbers = true)]
    threshold: Option<f32>,
    /// How documents are cut into paragraphs.
    #[arg(long, value_enum, default_value_t = ParagraphsArg::Auto, value_name = "HOW")]
    paragraphs: ParagraphsArg,
}

#[derive(Args, Debug)]
struct FilterArgs {
    /// Input files, each one document; stdin when none is given or for `-`.
    files: Vec<PathBuf>,

    /// Write the output to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// How documents are cut into paragraphs: one per line, blank-line separated
    /// (hard-wrapped lines are joined for scoring only), or decided per document.
    #[arg(long, value_enum, default_value_t = ParagraphsArg::Auto, value_name = "HOW")]
    paragraphs: ParagraphsArg,

    #[command(flatten)]
    scoring: ScoringArgs,

    /// Write one JSON object per removed block to FILE (`-` for stderr).
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,

    /// Print every paragraph with its decision, score and evidence instead of the text
    /// (JSONL: each record headed by its --id-field value, else FILE:LINE).
    #[arg(long)]
    explain: bool,

    /// Print only what would be removed (JSONL and WET: each record with the removed
    /// paragraphs as its text).
    #[arg(long)]
    invert: bool,

    /// Trade-off between keeping journalism and removing boilerplate.
    #[arg(long, value_enum, default_value_t = ModeArg::Precision, conflicts_with = "threshold")]
    mode: ModeArg,

    /// Remove a paragraph when its score exceeds T (log-odds; the modes are 1, 0 and -1).
    #[arg(long, value_name = "T", allow_negative_numbers = true)]
    threshold: Option<f32>,

    /// Paragraphs held for the sequence decision (memory bound).
    #[arg(long, default_value_t = 1024, value_name = "N")]
    window: usize,

    /// Longest paragraph in bytes; longer text is cut into pieces.
    #[arg(long, default_value_t = 1 << 20, value_name = "BYTES")]
    max_paragraph: usize,

    /// Input encoding (a WHATWG label: utf-8, windows-1251, koi8-r, shift_jis, gb18030…);
    /// a BOM wins. Default: guessed from the first 64 KiB.
    #[arg(long, value_name = "LABEL", value_parser = parse_encoding)]
    encoding: Option<&'static Encoding>,

    /// Fail (exit 1, naming the byte offset) on an invalid byte sequence instead of
    /// replacing it with U+FFFD (text format only).
    #[arg(long)]
    strict_encoding: bool,

    /// Text format: an input whose first 64 KiB look binary (NUL-dense, or one byte in
    /// 16 a control character) is passed through unchanged with a warning, left out
    /// with a warning, or an error (exit 1; the other inputs are still processed)
    /// [default: pass].
    #[arg(long, value_enum, value_name = "WHAT")]
    binary: Option<BinaryArg>,

    /// The documents' language (ISO 639-1 code: en, ru, de, ja…), whose word lists the
    /// structural signals read; `none`: no detection, the language-free lists. Default:
    /// detected per document from its first 2 KB.
    #[arg(long, value_name = "CODE", value_parser = parse_language)]
    lang: Option<LangArg>,

    /// URL of the input document, for domain-scoped patterns.
    #[arg(long, value_name = "URL")]
    url: Option<String>,

    /// Input and output format: plain text (each input one document), JSON Lines (one
    /// document per line; --field is filtered, other fields pass through) or Common
    /// Crawl WET (WARC conversion records; WARC-Target-URI is the URL). Default: from the
    /// input files' names (.jsonl, .ndjson: jsonl; .wet, .warc.wet: wet; each also with
    /// .gz, .zst; anything else and stdin: text); inputs of different formats need
    /// --format.
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<FormatArg>,

    /// With --format wet: write cleaned WET (`same`) or JSONL records with url, id, date,
    /// language and the text.
    #[arg(long, value_enum, default_value_t = OutputFormatArg::Same, value_name = "FORMAT")]
    output_format: OutputFormatArg,

    /// With --format jsonl: the field that holds the text [default: text].
    #[arg(long, value_name = "NAME")]
    field: Option<String>,

    /// With --format jsonl: a field that names the record in --report (as "id").
    #[arg(long, value_name = "NAME")]
    id_field: Option<String>,

    /// With --format jsonl: the field with the record's URL; its host scopes domain
    /// patterns and names the record's site, and --report names it (as "url"); '' reads
    /// no URL [default: url].
    #[arg(long, value_name = "NAME")]
    url_field: Option<String>,

    /// Corpus mode: a JSONL field (or, with --format wet, a WARC header such as
    /// WARC-Identified-Content-Language) with each record's language as an ISO 639-1 or
    /// 639-3 code ("en", "deu_Latn", "eng,deu": the first code counts). Such a record is
    /// not detected; one without the field, or with a code unboil does not know, gets
    /// --lang or detection.
    #[arg(long, value_name = "NAME")]
    lang_field: Option<String>,

    /// Corpus mode: a record that cannot be read: stop with exit status 1 (saying how
    /// many records were written), skip it, or keep it unchanged; skip and keep warn
    /// [default: fail].
    #[arg(long, value_enum, value_name = "WHAT")]
    on_error: Option<OnErrorArg>,

    /// Corpus mode: leave out records of which nothing (but white space) is kept.
    #[arg(long)]
    drop_empty: bool,

    /// Keep the text and add the removed paragraphs to each record instead, as
    /// "unboil": {"removed": [[start, end, score, category], ...]} (byte offsets into
    /// the text field's value).
    #[arg(long)]
    annotate: bool,

    /// Worker threads for corpus formats (default: all cores); the output is the same for
    /// every N.
    #[arg(short = 'j', long = "threads", value_name = "N")]
    threads: Option<usize>,

    /// Decompress inputs as this format (default: as their first bytes show).
    #[arg(long, value_enum, default_value_t = CompressArg::Auto, value_name = "FORMAT")]
    decompress: CompressArg,

    /// Compress the output (and the report) as this format (default: by the file's
    /// extension, .gz or .zst; stdout is not compressed).
    #[arg(long, value_enum, default_value_t = CompressArg::Auto, value_name = "FORMAT")]
    compress: CompressArg,

    /// Corpus mode: learn the paragraphs each site (a record's URL's host) repeats on many
    /// of its documents, and weigh them as boilerplate. `files`: read the inputs twice,
    /// counting first, then filtering; `stream`: remember each site's last documents (its
    /// first ones are decided by the model alone); the flag alone (`auto`): files when
    /// every input is a file, else stream.
    #[arg(long, value_enum, num_args = 0..=1, require_equals = true,
          default_missing_value = "auto", value_name = "HOW")]
    learn_sites: Option<LearnSitesArg>,

    /// With --learn-sites: fewest documents of a site (the current one included) a
    /// paragraph must be in to be learned; sites with fewer documents are decided by the
    /// model alone.
    #[arg(long, default_value_t = 5, value_name = "N")]
    site_min_docs: u32,

    /// With --learn-sites: smallest share of the site's documents a paragraph must be in.
    #[arg(long, default_value_t = 0.1, value_name = "SHARE")]
    site_min_share: f64,

    /// With --learn-sites: memory in MiB for the count-min sketch (files; allocated
    /// rounded down to a power of two) or the remembered paragraphs of all sites (stream).
    #[arg(long, default_value_t = 256, value_name = "MIB")]
    site_memory: usize,

    /// With --learn-sites=stream: documents remembered per site.
    #[arg(long, default_value_t = 50, value_name = "N")]
    site_window: usize,

    /// With --learn-sites=stream: documents read ahead of the one filtered (held in
    /// memory as read), so a site's first documents learn from those that follow within
    /// N; 0: each document learns from earlier ones only.
    #[arg(long, default_value_t = 1000, value_name = "N")]
    site_lookahead: usize,

    /// With --learn-sites: write what was learned to DIR/sites.pat, a pattern file as
    /// `unboil learn` writes it (for --patterns in the next run).
    #[arg(long, value_name = "DIR")]
    save_learned: Option<PathBuf>,

    /// Input bytes per batch handed to a thread (for tests of the ordering).
    #[arg(long, default_value_t = 1 << 20, value_name = "BYTES", hide = true)]
    batch_bytes: usize,

    /// No progress bar (it is shown only when stderr is a terminal).
    #[arg(short, long)]
    quiet: bool,

    /// Print a summary line on stderr at the end: documents, paragraphs removed by
    /// category, text bytes in and out.
    #[arg(long)]
    stats: bool,

    /// When to colour --explain.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    color: ColorArg,
}

/// `--learn-sites`: how site learning reads the inputs.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
enum LearnSitesArg {
    Auto,
    Files,
    Stream,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ParagraphsArg {
    Auto,
    Line,
    Blank,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
enum FormatArg {
    Text,
    Jsonl,
    Wet,
}

/// `--binary`: what becomes of an input that looks binary.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
enum BinaryArg {
    Skip,
    Pass,
    Error,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
enum OutputFormatArg {
    Same,
    Jsonl,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
enum OnErrorArg {
    Fail,
    Skip,
    Keep,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
enum CompressArg {
    Auto,
    None,
    Gzip,
    Zstd,
}

impl CompressArg {
    fn forced(self) -> Option<Compression> {
        match self {
            CompressArg::Auto => None,
            CompressArg::None => Some(Compression::None),
            CompressArg::Gzip => Some(Compression::Gzip),
            CompressArg::Zstd => Some(Compression::Zstd),
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ModeArg {
    Precision,
    Balanced,
    Recall,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

fn parse_encoding(label: &str) -> std::result::Result<&'static Encoding, String> {
    encoding_for_label(label).ok_or_else(|| {
        format!(
            "unknown encoding label {label:?} (expected a WHATWG label such as utf-8, utf-16le, windows-1251, koi8-r, iso-8859-2, shift_jis, euc-kr, gb18030)"
        )
    })
}

/// `--lang`: a language, or `none` (no detection).
#[derive(Clone, Copy, Debug)]
enum LangArg {
    None,
    Code(Language),
}

fn parse_language(code: &str) -> std::result::Result<LangArg, String> {
    if code.trim().eq_ignore_ascii_case("none") {
        return Ok(LangArg::None);
    }
    code.parse()
        .map(LangArg::Code)
        .map_err(|e: unboil::lang::UnknownLanguage| format!("{e}, or none"))
}

/// Runs the command and turns the outcome into an exit status.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Some(Command::CheckPatterns { paths }) => check_patterns(&paths),
        Some(Command::Train {
            inputs,
            output,
            patterns,
            l2,
            epochs,
            patience,
            phrases,
            min_groups,
            max_phrases,
            l1,
            doc_weight,
            min_weight,
            rate,
            refit,
            date,
            signals,
            bits,
            no_subwords,
            group_balance,
            body_weight,
            neighbours,
        }) => {
            if !phrases && !signals {
                let defaults = unboil::train_linear::LinearOptions::default();
                let options = unboil::train_linear::LinearOptions {
                    bits,
                    config: unboil::features::FeatureConfig {
                        bigrams: true,
                        subwords: !no_subwords,
                    },
                    epochs: epochs.unwrap_or(defaults.epochs),
                    l2: l2.unwrap_or(defaults.l2),
                    rate: rate.unwrap_or(defaults.rate),
                    group_balance,
                    body_weight,
                    neighbours,
                };
                train_linear(&inputs, &output, &patterns, &options)
            } else if phrases {
                let defaults = unboil::phrases::PhraseOptions::default();
                let options = unboil::phrases::PhraseOptions {
                    min_groups,
                    max_phrases,
                    l2: l2.unwrap_or(defaults.l2),
                    l1: l1.unwrap_or(defaults.l1),
                    doc_weight: doc_weight.unwrap_or(defaults.doc_weight),
                    rate: rate.unwrap_or(defaults.rate),
                    min_weight: min_weight.unwrap_or(defaults.min_weight),
                    epochs: epochs.unwrap_or(defaults.epochs),
                    patience: patience.unwrap_or(defaults.patience),
                    refit,
                    ..defaults
                };
                train_phrases(&inputs, &output, &patterns, &options, date)
            } else {
                train(
                    &inputs,
                    &output,
                    &patterns,
                    l2.unwrap_or(0.001),
                    epochs.unwrap_or(3000),
                    patience.unwrap_or(100),
                )
            }
        }
        Some(Command::Learn(args)) => learn(&args),
        Some(Command::Eval(args)) => eval(&args),
        None => run_filter(&cli.filter),
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) if is_usage(&err) => {
            eprintln!(
                "unboil: {} (see unboil --help)",
                unboil::sanitize::escape(&err.to_string())
            );
            ExitCode::from(2)
        }
        Err(err) => {
            // File names and pattern text in messages are escaped, line by line.
            let message = format!("{err:#}");
            let lines: Vec<String> = message.lines().map(unboil::sanitize::escape).collect();
            eprintln!("unboil: {}", lines.join("\n"));
            ExitCode::from(1)
        }
    }
}

/// A usage error: a flag, a combination of flags or an argument that cannot work. It is
/// reported before any input is read or any output created, with exit status 2.
#[derive(Debug)]
struct Usage(String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// A usage error (exit status 2) with `message`, which names the flag.
fn usage(message: impl Into<String>) -> anyhow::Error {
    Usage(message.into()).into()
}

/// Whether `err` is a usage error: `Usage`, or an output that would overwrite an input.
fn is_usage(err: &anyhow::Error) -> bool {
    err.downcast_ref::<Usage>().is_some() || err.downcast_ref::<Clobbers>().is_some()
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Which pattern files a run uses.
struct PatternChoice<'a> {
    /// `--patterns` paths.
    paths: &'a [PathBuf],
    /// The built-in set (`--no-default-patterns` off).
    builtin: bool,
    /// The built-in learned phrases (`--no-learned` off).
    learned: bool,
    /// Every document scanned with every language's files (`--all-lang-patterns`).
    all_languages: bool,
    /// `--replace-builtin`.
    replace_builtin: bool,
}

/// Builds the pattern set from the built-ins and `--patterns`, with every error listed;
/// returns it with the built-in files replaced, as `(built-in, replacing file)`.
fn load_patterns(
    choice: &PatternChoice<'_>,
) -> Result<(unboil::PatternSet, Vec<(String, String)>)> {
    let mut builder = if choice.builtin {
        PatternSetBuilder::with_builtin()
    } else {
        PatternSetBuilder::new()
    };
    if !choice.learned {
        builder.retain(|source| !is_builtin_learned(source));
    }
    builder.replace_builtin(choice.replace_builtin);
    for path in choice.paths {
        builder.add_path(path)?;
    }
    if choice.replace_builtin && builder.replaced().is_empty() {
        eprintln!(
            "unboil: warning: --replace-builtin replaced nothing: no --patterns folder holds a file at a built-in file's path (such as DIR/en/appeal.pat)"
        );
    }
    builder.per_language(!choice.all_languages);
    let replaced = builder.replaced().to_vec();
    Ok((builder.build().map_err(pattern_errors)?, replaced))
}

/// Whether a pattern source is a built-in learned file (`patterns/learned/…`).
fn is_builtin_learned(source: &unboil::patterns::Source) -> bool {
    source.name.starts_with("builtin:learned/")
}

/// One error listing every pattern-file error, one `file:line:column: message` a line.
fn pattern_errors(errors: Vec<unboil::PatternError>) -> anyhow::Error {
    let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
    anyhow::anyhow!(
        "{} error(s) in pattern files:\n{}",
        errors.len(),
        list.join("\n")
    )
}

fn check_patterns(paths: &[PathBuf]) -> Result<ExitCode> {
    let mut builder = if paths.is_empty() {
        PatternSetBuilder::with_builtin()
    } else {
        PatternSetBuilder::new()
    };
    for path in paths {
        builder.add_path(path)?;
    }
    match builder.build().and_then(|set| {
        let errors = set.compile_all();
        if errors.is_empty() {
            Ok(set)
        } else {
            Err(errors)
        }
    }) {
        Ok(set) => {
            println!(
                "{} file(s), {} pattern(s): ok",
                set.file_count(),
                set.rules().len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            let stdout = io::stdout();
            let mut out = stdout.lock();
            for error in &errors {
                writeln!(out, "{}", unboil::sanitize::escape(&error.to_string()))?;
            }
            eprintln!("unboil: {} error(s) in pattern files", errors.len());
            Ok(ExitCode::from(1))
        }
    }
}

fn train(
    inputs: &[PathBuf],
    output: &Path,
    patterns: &[PathBuf],
    l2: f64,
    epochs: usize,
    patience: usize,
) -> Result<ExitCode> {
    use unboil::train::{fit, read_examples, weights_file, TrainReport};
    if inputs.is_empty() {
        return Err(usage("train needs at least one labeled JSONL file"));
    }
    check_not_an_input(output, inputs.iter().chain(patterns))?;
    let model = training_model(patterns)?;
    let mut report = TrainReport::default();
    let mut examples = Vec::new();
    for input in inputs {
        let file =
            open_path(input, None).with_context(|| format!("cannot open {}", input.display()))?;
        let more = read_examples(&model, file, &mut report)
            .map_err(|e| anyhow::anyhow!("{}: {e}", input.display()))?;
        examples.extend(more);
    }
    report.train_examples = examples.iter().filter(|e| !e.valid).count();
    report.valid_examples = examples.len() - report.train_examples;
    let weights = fit(
        &examples,
        &model.weights.weights,
        l2,
        epochs,
        patience,
        &mut report,
    );
    let command = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    std::fs::write(
        output,
        weights_file(&weights, &report, &format!("unboil {command}")),
    )
    .with_context(|| format!("cannot write {}", output.display()))?;
    eprintln!(
        "unboil: {} documents, {} train / {} validation paragraphs; validation log-loss {:.4}, accuracy {:.4}; wrote {}",
        report.documents,
        report.train_examples,
        report.valid_examples,
        report.valid_loss,
        report.valid_accuracy,
        output.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn train_linear(
    inputs: &[PathBuf],
    output: &Path,
    patterns: &[PathBuf],
    options: &unboil::train_linear::LinearOptions,
) -> Result<ExitCode> {
    use unboil::train_linear::{fit, read_dataset, Dataset, FitReport};
    if inputs.is_empty() {
        return Err(usage("train needs at least one labeled JSONL file"));
    }
    check_not_an_input(output, inputs.iter().chain(patterns))?;
    let patterns = training_model(patterns)?.patterns;
    let model = Model::with_linear(patterns, None);
    let mut data = Dataset::default();
    for input in inputs {
        let file =
            open_path(input, None).with_context(|| format!("cannot open {}", input.display()))?;
        read_dataset(&model, file, options, &mut data)
            .map_err(|e| anyhow::anyhow!("{}: {e}", input.display()))?;
    }
    if data.is_empty() {
        bail!("no labeled paragraphs in the input (labels are \"body\" or \"boiler\")");
    }
    let mut report = FitReport::default();
    let bytes = fit(&data, options, &mut report);
    std::fs::write(output, bytes).with_context(|| format!("cannot write {}", output.display()))?;
    let losses: Vec<String> = report.losses.iter().map(|l| format!("{l:.4}")).collect();
    eprintln!(
        "unboil: {} documents ({} skipped: text and paragraphs disagree), {} labeled paragraphs ({} boilerplate); log-loss by epoch {}; wrote {}",
        data.documents,
        data.skipped,
        data.len(),
        data.boilerplate(),
        losses.join(" "),
        output.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// The learned model a run uses: `--model FILE`, none with `--rules`, else the built-in.
fn learned_model(path: Option<&Path>, rules: bool) -> Result<Option<unboil::linear::LinearModel>> {
    if rules {
        return Ok(None);
    }
    match path {
        None => Ok(Some(unboil::linear::LinearModel::builtin())),
        Some(path) => {
            let name = unboil::sanitize::escape(&path.display().to_string());
            let bytes = std::fs::read(path).with_context(|| format!("cannot read model {name}"))?;
            let model = unboil::linear::LinearModel::from_bytes(std::borrow::Cow::Owned(bytes))
                .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
            Ok(Some(model))
        }
    }
}

/// A writer for the output or the report, compressed as asked or as its name says.
type Writer = Output<Box<dyn Write + Send>>;

/// The model training runs against: the built-in hand-written patterns (learned files
/// are what training writes) plus `patterns`.
fn training_model(patterns: &[PathBuf]) -> Result<Model> {
    let mut builder = PatternSetBuilder::with_builtin();
    builder.retain(|source| !is_builtin_learned(source));
    for path in patterns {
        builder.add_path(path)?;
    }
    let set = builder.build().map_err(pattern_errors)?;
    Ok(Model::with_linear(set, None))
}

fn train_phrases(
    inputs: &[PathBuf],
    output: &Path,
    patterns: &[PathBuf],
    options: &unboil::phrases::PhraseOptions,
    date: Option<String>,
) -> Result<ExitCode> {
    use sha2::{Digest, Sha256};
    use unboil::phrases::{date_of, phrases_file, train, PhraseData, PhraseReport, Provenance};
    if inputs.is_empty() {
        return Err(usage("train needs at least one labeled JSONL file"));
    }
    let date = match date {
        Some(date) => date,
        None => {
            let seconds = match std::env::var("SOURCE_DATE_EPOCH") {
                Ok(value) => value
                    .trim()
                    .parse()
                    .with_context(|| format!("SOURCE_DATE_EPOCH={value:?} is not a number"))?,
                Err(_) => std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(0),
            };
            date_of(seconds)
        }
    };
    check_not_an_input(output, inputs.iter().chain(patterns))?;
    let model = training_model(patterns)?;
    let mut data = PhraseData::default();
    let mut provenance = Provenance {
        command: format!(
            "unboil {}",
            std::env::args().skip(1).collect::<Vec<_>>().join(" ")
        ),
        date,
        inputs: Vec::new(),
    };
    for input in inputs {
        let mut bytes = Vec::new();
        open_path(input, Some(unboil::compress::Compression::None))
            .and_then(|mut raw| raw.read_to_end(&mut bytes))
            .with_context(|| format!("cannot read {}", input.display()))?;
        let sha: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        provenance.inputs.push((input.display().to_string(), sha));
        let reader = unboil::compress::decompress(io::Cursor::new(bytes), None)
            .with_context(|| format!("cannot read {}", input.display()))?;
        data.read(&model, reader)
            .map_err(|e| anyhow::anyhow!("{}: {e}", input.display()))?;
    }
    let mut report = PhraseReport::default();
    let phrases = train(&data, options, &mut report);
    if let Some(parent) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(
        output,
        phrases_file(&phrases, &report, options, &provenance),
    )
    .with_context(|| format!("cannot write {}", output.display()))?;
    eprintln!(
        "unboil: {} documents, {} paragraphs, {} candidates, {} phrases written; held-out \
         boilerplate recall {:.3} -> {:.3}, body paragraphs lost {:.3} -> {:.3}; wrote {}",
        report.documents,
        report.paragraphs,
        report.candidates,
        phrases.len(),
        report.recall.0,
        report.recall.1,
        report.body_loss.0,
        report.body_loss.1,
        output.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn split_mode(arg: ParagraphsArg) -> SplitMode {
    match arg {
        ParagraphsArg::Auto => SplitMode::Auto,
        ParagraphsArg::Line => SplitMode::Line,
        ParagraphsArg::Blank => SplitMode::Blank,
    }
}

fn mode_offset(threshold: Option<f32>, mode: ModeArg) -> f32 {
    match (threshold, mode) {
        (Some(t), _) => -t,
        (None, ModeArg::Precision) => Mode::Precision.offset(),
        (None, ModeArg::Balanced) => Mode::Balanced.offset(),
        (None, ModeArg::Recall) => Mode::Recall.offset(),
    }
}

/// Every file below `path` (itself when a file), sorted.
fn files_below(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    if !meta.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("cannot read {}", path.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<io::Result<_>>()
        .with_context(|| format!("cannot read {}", path.display()))?;
    entries.sort();
    for entry in entries {
        files_below(&entry, out)?;
    }
    Ok(())
}

fn learn(args: &LearnArgs) -> Result<ExitCode> {
    use unboil::learn::{site_name, site_of_url, write_pattern_file, LearnConfig, Learner};
    if !(0.0..=1.0).contains(&args.min_share) {
        return Err(usage("--min-share must be between 0 and 1"));
    }
    let mut files = Vec::new();
    for input in &args.inputs {
        if input.as_os_str() == "-" {
            return Err(usage(
                "learn reads its input twice: give files or folders, not stdin",
            ));
        }
        files_below(input, &mut files)?;
    }
    check_not_an_input(&args.output, &files)?;
    let (format, _) = input_format(args.format, &files)?;
    let url_field = unboil::jsonl::url_field(args.url_field.as_deref());
    if format == FormatArg::Jsonl && url_field.is_none() {
        return Err(usage(
            "learn needs each record's site: --url-field cannot be empty with --format jsonl",
        ));
    }
    let url_field = url_field.unwrap_or_default();
    let config = LearnConfig {
        min_docs: args.min_docs.max(1),
        min_share: args.min_share,
        sketch_bytes: args.sketch_mb.max(1) << 20,
        split: split_mode(args.paragraphs),
        ..LearnConfig::default()
    };
    let started = std::time::Instant::now();
    let mut learner = Learner::new(config.clone());
    let mut skipped = 0u64;
    for pass in 0..2 {
        if pass == 1 {
            learner.start_pass2();
        }
        for file in &files {
            let name = unboil::sanitize::escape(&file.display().to_string());
            let mut reader =
                open_path(file, None).with_context(|| format!("cannot open {name}"))?;
            match format {
                FormatArg::Text => {
                    let mut bytes = Vec::new();
                    reader
                        .read_to_end(&mut bytes)
                        .with_context(|| format!("cannot read {name}"))?;
                    let mut text = String::with_capacity(bytes.len());
                    StreamDecoder::new(None)
                        .decode(&bytes, &mut text, true)
                        .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
                    let site = file
                        .parent()
                        .and_then(Path::file_name)
                        .and_then(|n| site_name(&n.to_string_lossy()))
                        .unwrap_or_else(|| "local".to_string());
                    learner.document(&site, &text);
                }
                FormatArg::Jsonl => {
                    for (index, line) in reader.lines().enumerate() {
                        let line = line
                            .with_context(|| format!("{name}: cannot read line {}", index + 1))?;
                        if line.trim().is_empty() {
                            continue;
                        }
                        let value: serde_json::Value = serde_json::from_str(&line)
                            .with_context(|| format!("{name}:{}: bad JSON", index + 1))?;
                        let site = value
                            .get(&url_field)
                            .and_then(serde_json::Value::as_str)
                            .and_then(site_of_url);
                        let text = value.get(&args.field).and_then(serde_json::Value::as_str);
                        match (site, text) {
                            (Some(site), Some(text)) => learner.document(&site, text),
                            _ => skipped += u64::from(pass == 0),
                        }
                    }
                }
                FormatArg::Wet => {
                    let (mut number, mut data, mut items) = (0u64, Vec::new(), Vec::new());
                    loop {
                        data.clear();
                        items.clear();
                        let done = unboil::wet::read_records(
                            reader.as_mut(),
                            &mut number,
                            &mut data,
                            &mut items,
                            1 << 20,
                        )
                        .with_context(|| format!("{name}: cannot read"))?;
                        for item in &items {
                            let header = &data[item.start..item.body];
                            let conversion = unboil::wet::find_header(header, "warc-type")
                                .is_some_and(|t| t.eq_ignore_ascii_case("conversion"));
                            if !conversion {
                                continue;
                            }
                            let site = unboil::wet::find_header(header, "warc-target-uri")
                                .and_then(site_of_url);
                            let text = String::from_utf8_lossy(&data[item.body..item.end]);
                            match site {
                                Some(site) => learner.document(&site, &text),
                                None => skipped += u64::from(pass == 0),
                            }
                        }
                        if done {
                            break;
                        }
                    }
                }
            }
        }
    }
    let builtin = PatternSetBuilder::with_builtin()
        .build()
        .map_err(pattern_errors)?;
    let (learned, stats) = learner.finish(Some(&builtin));
    let command = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    if let Some(dir) = args.output.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let file = File::create(&args.output)
        .with_context(|| format!("cannot create {}", args.output.display()))?;
    write_pattern_file(
        &mut BufWriter::new(file),
        &learned,
        &stats,
        &config,
        &format!("unboil {command}"),
    )
    .with_context(|| format!("cannot write {}", args.output.display()))?;
    if skipped > 0 && format == FormatArg::Wet {
        eprintln!(
            "unboil: {skipped} conversion record(s) without a WARC-Target-URI with a host skipped"
        );
    } else if skipped > 0 {
        eprintln!(
            "unboil: {skipped} record(s) without a {:?} URL with a host or a {:?} string skipped",
            url_field, args.field
        );
    }
    eprintln!(
        "unboil: {} documents, {} sites, {} paragraphs; {} candidate pairs counted exactly; sketches {} MiB; {} pattern(s) in {:.1} s; wrote {}",
        stats.documents,
        stats.sites,
        stats.paragraphs,
        stats.candidates,
        stats.sketch_bytes >> 20,
        learned.len(),
        started.elapsed().as_secs_f64(),
        args.output.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn eval(args: &EvalArgs) -> Result<ExitCode> {
    use unboil::eval::{Evaluation, LabeledDoc};
    let (model, _) = args.scoring.model()?;
    let options = Options {
        split: split_mode(args.paragraphs),
        offset: mode_offset(args.threshold, args.mode),
        ..Options::default()
    };
    let mut filter = DocumentFilter::new(&model, &options);
    let mut evaluation = Evaluation::default();
    let mut per_group: std::collections::HashMap<String, usize> = Default::default();
    let mut output = TextSink::new(Vec::new(), false);
    let mut doc_index = 0u64;
    for input in &args.inputs {
        let name = unboil::sanitize::escape(&input.display().to_string());
        let reader = open_path(input, None).with_context(|| format!("cannot open {name}"))?;
        for (index, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{name}: cannot read line {}", index + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value = serde_json::from_str(&line)
                .with_context(|| format!("{name}:{}: bad JSON", index + 1))?;
            let doc = LabeledDoc::from_json(&value)
                .map_err(|e| anyhow::anyhow!("{name}:{}: {e}", index + 1))?;
            if (!args.source.is_empty() && !args.source.contains(&doc.source))
                || (!args.view.is_empty() && !args.view.contains(&doc.view))
            {
                continue;
            }
            let seen = per_group.entry(doc.group()).or_default();
            if args.limit.is_some_and(|limit| *seen >= limit) {
                continue;
            }
            *seen += 1;
            let host = if args.ignore_url {
                None
            } else {
                doc.url.as_deref().and_then(host_of)
            };
            output.get_mut().clear();
            let started = std::time::Instant::now();
            filter.filter_str(doc_index, host.as_deref(), &doc.text, &mut output)?;
            let seconds = started.elapsed().as_secs_f64();
            doc_index += 1;
            let text = String::from_utf8_lossy(output.get_mut());
            evaluation.add(&doc, &text, seconds);
        }
    }
    if evaluation.groups.is_empty() {
        bail!("no labeled documents selected");
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if args.json {
        writeln!(out, "{}", evaluation.to_json())?;
    } else {
        write!(out, "{}", evaluation.table())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Opens the output: a file, or stdout (stderr for a report named `-`).
fn open_writer(path: Option<&Path>, compress: CompressArg, stderr: bool) -> Result<Writer> {
    let (inner, by_name): (Box<dyn Write + Send>, Compression) = match path {
        Some(path) if stderr && path.as_os_str() == "-" => {
            (Box::new(io::stderr()), Compression::None)
        }
        Some(path) => (
            Box::new(
                File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
            ),
            Compression::from_extension(path),
        ),
        None => (Box::new(io::stdout()), Compression::None),
    };
    Ok(Output::new(inner, compress.forced().unwrap_or(by_name))?)
}

fn inputs(args: &FilterArgs) -> Vec<Input> {
    if args.files.is_empty() {
        return vec![Input::Stdin];
    }
    args.files
        .iter()
        .map(|path| {
            if path.as_os_str() == "-" {
                Input::Stdin
            } else {
                Input::File(path.clone())
            }
        })
        .collect()
}

/// The input format: `--format`, else what the files' names say (stdin is text).
/// Returns it and whether it was given.
fn input_format(format: Option<FormatArg>, files: &[PathBuf]) -> Result<(FormatArg, bool)> {
    if let Some(format) = format {
        return Ok((format, true));
    }
    let mut seen: Option<(&Path, NamedFormat)> = None;
    let stdin = Path::new("-");
    let named = files.iter().map(|file| {
        if file.as_os_str() == "-" {
            (stdin, NamedFormat::Text)
        } else {
            (file.as_path(), format_of_name(file))
        }
    });
    for (file, format) in named {
        match seen {
            None => seen = Some((file, format)),
            Some((first, first_format)) if first_format != format => {
                return Err(usage(format!(
                    "inputs of different formats: {} reads as {} and {} as {} (by their names; stdin is text); give --format, or run once per format",
                    first.display(),
                    first_format.name(),
                    file.display(),
                    format.name()
                )))
            }
            Some(_) => {}
        }
    }
    let format = match seen.map(|(_, f)| f) {
        Some(NamedFormat::Jsonl) => FormatArg::Jsonl,
        Some(NamedFormat::Wet) => FormatArg::Wet,
        Some(NamedFormat::Text) | None => FormatArg::Text,
    };
    Ok((format, false))
}

impl FormatArg {
    fn name(self) -> &'static str {
        match self {
            FormatArg::Text => "text",
            FormatArg::Jsonl => "jsonl",
            FormatArg::Wet => "wet",
        }
    }
}

/// Checks the filter's flags against each other and the input format, and that neither
/// the output nor the report is one of the inputs: every usage error before any input
/// is read or any output created. Returns the input format.
fn validate(args: &FilterArgs) -> Result<FormatArg> {
    if args.window < 2 {
        return Err(usage("--window must be at least 2"));
    }
    if args.threads == Some(0) {
        return Err(usage("-j/--threads must be at least 1"));
    }
    if args.max_paragraph < MIN_MAX_PARAGRAPH {
        return Err(usage(format!(
            "--max-paragraph must be at least {MIN_MAX_PARAGRAPH} bytes"
        )));
    }
    let (format, given) = input_format(args.format, &args.files)?;
    let why = if given {
        format!("--format {}", format.name())
    } else if args.files.is_empty() {
        "stdin, read as text".to_string()
    } else {
        format!(
            "the inputs, {} by their names (give --format to say otherwise)",
            format.name()
        )
    };
    if format == FormatArg::Text {
        let corpus_only = [
            ("--field", args.field.is_some()),
            ("--id-field", args.id_field.is_some()),
            ("--url-field", args.url_field.is_some()),
            ("--lang-field", args.lang_field.is_some()),
            ("--on-error", args.on_error.is_some()),
            ("--drop-empty", args.drop_empty),
            ("--annotate", args.annotate),
            ("-j/--threads", args.threads.is_some()),
            ("--learn-sites", args.learn_sites.is_some()),
            (
                "--output-format",
                args.output_format != OutputFormatArg::Same,
            ),
        ];
        if let Some((flag, _)) = corpus_only.iter().find(|(_, given)| *given) {
            return Err(usage(format!(
                "{flag} applies to --format jsonl or wet only, not to {why}"
            )));
        }
    } else {
        if args.explain && format == FormatArg::Wet {
            return Err(usage(format!(
                "--explain applies to --format text or jsonl, not to {why} (--report lists what was removed and why)"
            )));
        }
        if args.explain {
            // Records are explained one after the other, as a text document is.
            let sequential = [
                ("--report", args.report.is_some()),
                ("--stats", args.stats),
                ("-j/--threads", args.threads.is_some()),
                ("--annotate", args.annotate),
                ("--drop-empty", args.drop_empty),
            ];
            if let Some((flag, _)) = sequential.iter().find(|(_, given)| *given) {
                return Err(usage(format!(
                    "{flag} does not go with --explain on records; run without --explain for it"
                )));
            }
        }
        let text_only = [
            ("--strict-encoding", args.strict_encoding),
            ("--url", args.url.is_some()),
            ("--binary", args.binary.is_some()),
        ];
        if let Some((flag, _)) = text_only.iter().find(|(_, given)| *given) {
            let hint = match *flag {
                "--url" => " (records name their URL with --url-field)",
                "--strict-encoding" => " (JSONL and WET text is UTF-8 by definition)",
                _ => "",
            };
            return Err(usage(format!(
                "{flag} applies to --format text only, not to {why}{hint}"
            )));
        }
        if args.encoding.is_some_and(|e| e != encoding_rs::UTF_8) {
            return Err(usage(format!(
                "--encoding: {why} is read as UTF-8 only; convert the input first"
            )));
        }
        if args.annotate && args.invert {
            return Err(usage(
                "--annotate and --invert: --annotate keeps the text and lists what was removed; --invert writes what was removed",
            ));
        }
        if args.annotate && format == FormatArg::Wet && args.output_format != OutputFormatArg::Jsonl
        {
            return Err(usage(
                "--annotate writes JSONL: use --format jsonl, or --format wet --output-format jsonl",
            ));
        }
        if args.output_format == OutputFormatArg::Jsonl && format != FormatArg::Wet {
            return Err(usage(format!(
                "--output-format jsonl converts --format wet input, not {why}"
            )));
        }
    }
    if args.save_learned.is_some() && args.learn_sites.is_none() {
        return Err(usage(
            "--save-learned writes what --learn-sites learned: give both",
        ));
    }
    if !(0.0..=1.0).contains(&args.site_min_share) {
        return Err(usage("--site-min-share must be between 0 and 1"));
    }
    let stdin = args.files.is_empty() || args.files.iter().any(|f| f.as_os_str() == "-");
    if args.learn_sites == Some(LearnSitesArg::Files) && stdin {
        return Err(usage(
            "--learn-sites=files reads the inputs twice: give files, or --learn-sites=stream for stdin",
        ));
    }
    for output in [&args.output, &args.report].into_iter().flatten() {
        check_not_an_input(output, &args.files)?;
    }
    if let (Some(output), Some(report)) = (&args.output, &args.report) {
        check_not_an_input(report, std::slice::from_ref(output)).map_err(|_| {
            usage(format!(
                "-o and --report name the same file, {}",
                output.display()
            ))
        })?;
    }
    Ok(format)
}

/// Smallest `--max-paragraph`: a piece must hold a few characters of any script.
const MIN_MAX_PARAGRAPH: usize = 16;

fn run_filter(args: &FilterArgs) -> Result<ExitCode> {
    let encoding = args.encoding;
    let format = validate(args)?;
    let corpus_format = format != FormatArg::Text;
    let (model, replaced) = args.scoring.model()?;
    let options = Options {
        split: match args.paragraphs {
            ParagraphsArg::Auto => SplitMode::Auto,
            ParagraphsArg::Line => SplitMode::Line,
            ParagraphsArg::Blank => SplitMode::Blank,
        },
        offset: match (args.threshold, args.mode) {
            (Some(t), _) => -t,
            (None, ModeArg::Precision) => Mode::Precision.offset(),
            (None, ModeArg::Balanced) => Mode::Balanced.offset(),
            (None, ModeArg::Recall) => Mode::Recall.offset(),
        },
        window: args.window,
        max_paragraph: args.max_paragraph,
        lang: match args.lang {
            Some(LangArg::Code(language)) => Some(language),
            Some(LangArg::None) | None => None,
        },
        detect_language: !matches!(args.lang, Some(LangArg::None)),
        ..Options::default()
    };
    let inputs = inputs(args);
    // Site learning over files reads them once before filtering, with its own bar.
    let mut sites = if corpus_format {
        let jsonl = JsonlOptions {
            field: args.field.clone().unwrap_or_else(|| "text".to_string()),
            url_field: unboil::jsonl::url_field(args.url_field.as_deref()),
            ..JsonlOptions::default()
        };
        site_learner(args, format, &options, &inputs, &jsonl)?
    } else {
        None
    };
    let mut progress = Progress::new(!args.quiet && io::stderr().is_terminal(), &inputs);
    if matches!(sites, Some(SiteLearner::Files(_))) {
        progress = progress.label("pass 2/2, filtering: ");
    }
    let mut output = open_writer(args.output.as_deref(), args.compress, false)?;
    let report = match &args.report {
        None => None,
        Some(path) => Some(open_writer(Some(path), args.compress, true)?),
    };

    if corpus_format && args.explain {
        let color = match args.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => args.output.is_none() && io::stdout().is_terminal(),
        };
        let jsonl = JsonlOptions {
            field: args.field.clone().unwrap_or_else(|| "text".to_string()),
            id_field: args.id_field.clone(),
            url_field: unboil::jsonl::url_field(args.url_field.as_deref()),
            lang_field: args.lang_field.clone(),
            ..JsonlOptions::default()
        };
        let on_error = match args.on_error.unwrap_or(OnErrorArg::Fail) {
            OnErrorArg::Fail => OnError::Fail,
            OnErrorArg::Skip => OnError::Skip,
            OnErrorArg::Keep => OnError::Keep,
        };
        let mut explain =
            ExplainSink::new(&model, &mut output, color, args.invert).with_offset(options.offset);
        crate::explain_records::explain_records(
            &model,
            &options,
            &jsonl,
            on_error,
            &args.files,
            sites.as_mut(),
            &mut explain,
        )?;
        explain.flush()?;
        output.finish()?;
        return Ok(ExitCode::SUCCESS);
    }
    if corpus_format {
        return run_corpus(
            args, format, &model, &options, &inputs, output, report, sites, &progress,
        );
    }
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => args.output.is_none() && io::stdout().is_terminal(),
    };
    let host = args.url.as_deref().and_then(host_of);
    let mut report = report.map(|w| ReportSink::new(&model, w));
    let mut stats = args.stats.then(|| StatsSink::new(&model));
    let text = TextInputs {
        args,
        inputs: &inputs,
        model: &model,
        options: &options,
        encoding,
        host: host.as_deref(),
        progress: &progress,
    };
    let status = if args.explain {
        for (builtin, by) in &replaced {
            writeln!(
                output,
                "patterns  {builtin} replaced by {} (--replace-builtin)",
                unboil::sanitize::escape(by)
            )?;
        }
        let mut explain =
            ExplainSink::new(&model, &mut output, color, args.invert).with_offset(options.offset);
        // A binary input has no paragraphs to explain; the warning names it.
        let status = text.run(
            &mut (&mut explain, (&mut report, &mut stats)),
            &mut |_, _| Ok(0),
        )?;
        explain.flush()?;
        status
    } else {
        let mut sink = TextSink::new(&mut output, args.invert);
        let invert = args.invert;
        // Passed through: kept whole, so written unless --invert.
        let status = text.run(
            &mut (&mut sink, (&mut report, &mut stats)),
            &mut |sink, rest| {
                if invert {
                    Ok(0)
                } else {
                    io::copy(rest, sink.0.get_mut())
                }
            },
        )?;
        sink.flush()?;
        status
    };
    output.finish()?;
    if let Some(report) = report {
        report.into_inner().finish()?;
    }
    progress.finish();
    if let Some(stats) = stats {
        eprintln!("unboil: {}", stats.stats.summary());
    }
    Ok(status)
}

/// Filters JSON Lines inputs on `-j` threads.
#[allow(clippy::too_many_arguments)]
fn run_corpus(
    args: &FilterArgs,
    format: FormatArg,
    model: &Model,
    options: &Options,
    inputs: &[Input],
    mut output: Writer,
    mut report: Option<Writer>,
    mut sites: Option<SiteLearner>,
    progress: &Progress,
) -> Result<ExitCode> {
    let threads = args.threads.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let corpus = CorpusOptions {
        format: match format {
            FormatArg::Jsonl | FormatArg::Text => Format::Jsonl,
            FormatArg::Wet => Format::Wet,
        },
        wet_to_jsonl: args.output_format == OutputFormatArg::Jsonl,
        jsonl: JsonlOptions {
            field: args.field.clone().unwrap_or_else(|| "text".to_string()),
            id_field: args.id_field.clone(),
            url_field: unboil::jsonl::url_field(args.url_field.as_deref()),
            lang_field: args.lang_field.clone(),
            annotate: args.annotate,
            drop_empty: args.drop_empty,
            invert: args.invert,
        },
        on_error: match args.on_error.unwrap_or(OnErrorArg::Fail) {
            OnErrorArg::Fail => OnError::Fail,
            OnErrorArg::Skip => OnError::Skip,
            OnErrorArg::Keep => OnError::Keep,
        },
        threads,
        report: report.is_some(),
        decompress: args.decompress.forced(),
        batch_bytes: args.batch_bytes.max(1),
    };
    let result = corpus::run(
        model,
        options,
        &corpus,
        inputs,
        &mut output,
        report.as_mut(),
        sites.as_mut(),
        progress,
    );
    progress.finish();
    // Whatever happened, what was written is flushed and its compressed stream closed.
    let closed = output.finish();
    let report_closed = report.map_or(Ok(()), Output::finish);
    let summary = match result {
        Ok(summary) => summary,
        Err(CorpusError::Write(e)) => return Err(e.into()),
        Err(e) => {
            closed?;
            report_closed?;
            bail!("{e}");
        }
    };
    closed?;
    report_closed?;
    if args.stats {
        eprintln!("unboil: {}", summary.stats.summary());
    }
    if let (Some(dir), Some(sites)) = (&args.save_learned, sites) {
        save_learned(dir, sites, model)?;
    }
    Ok(if summary.failed_inputs > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The site learning of a run (`--learn-sites`), or `None`. Over files, their first pass
/// (counting) is made here, with its own progress bar.
fn site_learner(
    args: &FilterArgs,
    format: FormatArg,
    options: &Options,
    inputs: &[Input],
    jsonl: &JsonlOptions,
) -> Result<Option<SiteLearner>> {
    let Some(how) = args.learn_sites else {
        return Ok(None);
    };
    let config = SiteConfig {
        min_docs: args.site_min_docs.max(1),
        min_share: args.site_min_share,
        memory_bytes: args.site_memory.max(1) << 20,
        memory_docs: args.site_window.max(1),
        lookahead_docs: args.site_lookahead,
        split: options.split,
        max_paragraph: options.max_paragraph,
    };
    let save = args.save_learned.is_some();
    let files = inputs.iter().all(|input| matches!(input, Input::File(_)));
    if how == LearnSitesArg::Stream || (how == LearnSitesArg::Auto && !files) {
        return Ok(Some(SiteLearner::Stream(SiteMemory::new(config, save))));
    }
    let mut counts = SiteCounts::new(config, save);
    let corpus = CorpusOptions {
        format: match format {
            FormatArg::Wet => Format::Wet,
            FormatArg::Jsonl | FormatArg::Text => Format::Jsonl,
        },
        jsonl: jsonl.clone(),
        threads: args.threads.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
        }),
        decompress: args.decompress.forced(),
        batch_bytes: args.batch_bytes.max(1),
        ..CorpusOptions::default()
    };
    let progress = Progress::new(!args.quiet && io::stderr().is_terminal(), inputs)
        .label("pass 1/2, learning sites: ");
    corpus::count_sites(
        &corpus,
        inputs,
        options.split,
        options.max_paragraph,
        &mut counts,
        &progress,
    );
    progress.finish();
    counts.start_second_pass();
    Ok(Some(SiteLearner::Files(counts)))
}

/// Writes what site learning learned to `dir/sites.pat` (`--save-learned`).
fn save_learned(dir: &Path, sites: SiteLearner, model: &Model) -> Result<()> {
    let config = sites.learn_config();
    let (learned, stats) = sites.finish(Some(&model.patterns));
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let path = dir.join("sites.pat");
    let file = File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
    let command = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    unboil::learn::write_pattern_file(
        &mut BufWriter::new(file),
        &learned,
        &stats,
        &config,
        &format!("unboil {command}"),
    )
    .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// Whether a text input's first bytes look binary; a byte-order mark says text.
fn is_binary(head: &[u8]) -> bool {
    let bom = head.starts_with(&[0xef, 0xbb, 0xbf])
        || head.starts_with(&[0xff, 0xfe])
        || head.starts_with(&[0xfe, 0xff]);
    !bom && looks_binary(head)
}

/// Text-format inputs, each one document.
struct TextInputs<'a> {
    args: &'a FilterArgs,
    inputs: &'a [Input],
    model: &'a Model,
    options: &'a Options,
    encoding: Option<&'static Encoding>,
    host: Option<&'a str>,
    progress: &'a Progress,
}

impl TextInputs<'_> {
    /// Filters every input; an input that cannot be read is reported and skipped, and
    /// the run ends with status 1. An input that looks binary is handed to `binary`
    /// (the sink and the rest of the input, its sniffed head first) under `--binary
    /// pass`, left out under `skip`, and an error under `error`; each is warned about.
    fn run<S: Sink>(
        &self,
        sink: &mut S,
        binary: &mut dyn FnMut(&mut S, &mut dyn Read) -> io::Result<u64>,
    ) -> Result<ExitCode> {
        let mut filter = DocumentFilter::new(self.model, self.options);
        let mut buffers = ReadBuffers::default();
        let mut failed = false;
        let counter = Arc::new(AtomicU64::new(0));
        let policy = self.args.binary.unwrap_or(BinaryArg::Pass);
        // Text in UTF-16 is NUL-dense: named, it is decoded, not sniffed.
        let sniff = !self
            .encoding
            .is_some_and(|e| e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE);
        for (doc, input) in self.inputs.iter().enumerate() {
            let decoder = StreamDecoder::new(self.encoding)
                .strict(self.args.strict_encoding)
                .host(self.host);
            let opened = corpus::open_input(input, self.args.decompress.forced(), &counter)
                .and_then(|mut reader| {
                    let head = if sniff {
                        read_head(&mut reader, SNIFF_BYTES)?
                    } else {
                        Vec::new()
                    };
                    Ok((head, reader))
                });
            let result = match opened {
                Ok((head, reader)) if is_binary(&head) => {
                    let name = input.name();
                    match policy {
                        BinaryArg::Pass => {
                            self.progress.warn(&format!(
                                "{name}: looks binary, passed through unchanged (--binary skip or error to change that)"
                            ));
                            let mut rest = io::Cursor::new(head)
                                .chain(self.progress.track(reader, Arc::clone(&counter)));
                            match binary(sink, &mut rest) {
                                Ok(_) => Ok(()),
                                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                                    Err(StreamError::Write(e))
                                }
                                // Reading or writing: which one failed is not known here;
                                // writing errors recur at the next write.
                                Err(e) => Err(StreamError::Read(e)),
                            }
                        }
                        BinaryArg::Skip => {
                            self.progress
                                .warn(&format!("{name}: looks binary, left out (--binary skip)"));
                            Ok(())
                        }
                        BinaryArg::Error => Err(StreamError::Read(io::Error::new(
                            io::ErrorKind::InvalidData,
                            "looks binary, not filtered (--binary error)",
                        ))),
                    }
                }
                Ok((head, reader)) => filter_stream(
                    &mut filter,
                    doc as u64,
                    self.host,
                    decoder,
                    io::Cursor::new(head).chain(self.progress.track(reader, Arc::clone(&counter))),
                    &mut buffers,
                    sink,
                )
                .map(|_| ()),
                Err(err) => Err(StreamError::Read(err)),
            };
            match result {
                Ok(()) => {}
                Err(StreamError::Write(err)) => return Err(err.into()),
                Err(err @ (StreamError::Read(_) | StreamError::Encoding(_))) => {
                    let message = match &err {
                        StreamError::Read(e) => e.to_string(),
                        other => other.to_string(),
                    };
                    self.progress.warn(&format!("{}: {message}", input.name()));
                    failed = true;
                }
            }
        }
        Ok(if failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }
}
