//! Command-line interface: flags (defined once, with clap), their validation into a
//! `Config`, and the run itself. Errors go to stderr; exit status 0 on success, 1 on a
//! runtime error, 2 on a usage error; a closed stdout ends the run quietly with 0.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use unboil::decode::encoding_for_label;
use unboil::explain::ExplainSink;
use unboil::report::ReportSink;
use unboil::{
    filter_stream, DocumentFilter, Mode, Model, Options, PatternSetBuilder, ReadBuffers, Sink,
    SplitMode, StreamDecoder, StreamError, TextSink,
};

const EXAMPLES: &str = "\
Examples:
  unboil article.txt                     print the article without its boilerplate
  curl -s URL | html2text | unboil       as a filter
  unboil --report removed.jsonl a.txt    also write every removed block, with evidence
  unboil --explain a.txt | less -R       every paragraph, its decision and why
  unboil --invert a.txt                  print only what would be removed
  unboil --mode recall a.txt             remove more, at some risk to the body
  unboil --patterns my-patterns/ a.txt   add (or override) pattern files
  unboil check-patterns my-patterns/     validate pattern files";

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
    /// Learn structural signal weights from labeled paragraphs (JSONL records with
    /// "paragraphs": [{"text", "label": "body"|"boiler"|null}]) and write them as a
    /// pattern file of @signal lines.
    Train {
        /// Labeled JSONL files (.gz is not read: decompress first).
        inputs: Vec<PathBuf>,
        /// Where to write the weights file.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Extra pattern files or folders whose weights count as evidence while training.
        #[arg(long = "patterns", value_name = "DIR")]
        patterns: Vec<PathBuf>,
        /// L2 regularisation strength.
        #[arg(long, default_value_t = 0.001)]
        l2: f64,
        /// Most epochs of full-batch training.
        #[arg(long, default_value_t = 3000)]
        epochs: usize,
        /// Stop when the validation loss has not improved for this many epochs.
        #[arg(long, default_value_t = 100)]
        patience: usize,
    },
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

    /// Add the pattern files in DIR (or the file DIR); a file with the same path relative
    /// to DIR as a built-in one (e.g. en/appeal.pat) replaces it. Repeatable.
    #[arg(long = "patterns", value_name = "DIR")]
    patterns: Vec<PathBuf>,

    /// Do not use the built-in default patterns.
    #[arg(long)]
    no_default_patterns: bool,

    /// Write one JSON object per removed block to FILE (`-` for stderr).
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,

    /// Print every paragraph with its decision, score and evidence instead of the text.
    #[arg(long)]
    explain: bool,

    /// Print only what would be removed.
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

    /// Input encoding (a WHATWG label: utf-8, windows-1251, shift_jis…); a BOM wins.
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,

    /// URL of the input document, for domain-scoped patterns.
    #[arg(long, value_name = "URL")]
    url: Option<String>,

    /// Input and output format: plain text (each input one document) or JSON Lines
    /// (one document per line; --field is filtered, other fields pass through).
    #[arg(long, value_enum, default_value_t = FormatArg::Text, value_name = "FORMAT")]
    format: FormatArg,

    /// With --format jsonl: the field that holds the text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    field: String,

    /// When to colour --explain.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    color: ColorArg,
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
        }) => train(&inputs, &output, &patterns, l2, epochs, patience),
        None => run_filter(&cli.filter),
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // File names and pattern text in messages are escaped, line by line.
            let message = format!("{err:#}");
            let lines: Vec<String> = message.lines().map(unboil::sanitize::escape).collect();
            eprintln!("unboil: {}", lines.join("\n"));
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Builds the pattern set from the built-ins and `--patterns`, with every error listed.
fn load_patterns(paths: &[PathBuf], builtin: bool) -> Result<unboil::PatternSet> {
    let mut builder = if builtin {
        PatternSetBuilder::with_builtin()
    } else {
        PatternSetBuilder::new()
    };
    for path in paths {
        builder.add_path(path)?;
    }
    builder.build().map_err(pattern_errors)
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
        bail!("train needs at least one labeled JSONL file");
    }
    // Train against the hand-written patterns only: learned files are what we write.
    let mut builder = PatternSetBuilder::with_builtin();
    builder.retain(|source| !source.key.starts_with("learned/"));
    for path in patterns {
        builder.add_path(path)?;
    }
    let set = builder.build().map_err(pattern_errors)?;
    let model = Model::new(set);
    let mut report = TrainReport::default();
    let mut examples = Vec::new();
    for input in inputs {
        let file = File::open(input).with_context(|| format!("cannot open {}", input.display()))?;
        let more = read_examples(&model, io::BufReader::new(file), &mut report)
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

/// Opens the output: a file, or stdout.
fn open_output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(path) => Box::new(BufWriter::with_capacity(
            1 << 16,
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
    })
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

fn run_filter(args: &FilterArgs) -> Result<ExitCode> {
    let encoding = match &args.encoding {
        Some(label) => Some(encoding_for_label(label).with_context(|| {
            format!("unknown encoding {label:?} (expected a WHATWG label such as utf-8, windows-1251, shift_jis)")
        })?),
        None => None,
    };
    if args.window < 2 {
        bail!("--window must be at least 2");
    }
    let model = Model::new(load_patterns(&args.patterns, !args.no_default_patterns)?);
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
        max_paragraph: args.max_paragraph.max(16),
        ..Options::default()
    };
    let host = args.url.as_deref().and_then(host_of);
    let output = open_output(args.output.as_deref())?;
    let report: Option<Box<dyn Write>> = match &args.report {
        None => None,
        Some(path) if path.as_os_str() == "-" => Some(Box::new(io::stderr())),
        Some(path) => Some(Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        ))),
    };
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => args.output.is_none() && io::stdout().is_terminal(),
    };

    let mut report = report.map(|w| ReportSink::new(&model, w));
    if args.format == FormatArg::Jsonl {
        if args.explain || args.invert {
            bail!("--explain and --invert work with --format text only");
        }
        let status = run_jsonl(args, &model, &options, output, &mut report)?;
        if let Some(report) = report.as_mut() {
            report.flush()?;
        }
        return Ok(status);
    }
    let status = if args.explain {
        let mut explain = ExplainSink::new(&model, output, color, args.invert);
        let status = run_inputs(
            args,
            &model,
            &options,
            encoding,
            host.as_deref(),
            &mut (&mut explain, &mut report),
        )?;
        explain.flush()?;
        status
    } else {
        let mut text = TextSink::new(output, args.invert);
        let status = run_inputs(
            args,
            &model,
            &options,
            encoding,
            host.as_deref(),
            &mut (&mut text, &mut report),
        )?;
        text.flush()?;
        status
    };
    if let Some(report) = report.as_mut() {
        report.flush()?;
    }
    Ok(status)
}

/// Filters JSON Lines inputs; a malformed record ends the run with its line number. An
/// input that cannot be opened or read is reported and skipped, and the run ends with
/// status 1.
fn run_jsonl<S: Sink>(
    args: &FilterArgs,
    model: &Model,
    options: &Options,
    mut output: Box<dyn Write>,
    sink: &mut S,
) -> Result<ExitCode> {
    use unboil::jsonl::{filter_jsonl, JsonlError};
    let mut filter = DocumentFilter::new(model, options);
    let stdin_only = [PathBuf::from("-")];
    let inputs: &[PathBuf] = if args.files.is_empty() {
        &stdin_only
    } else {
        &args.files
    };
    let mut docs = 0u64;
    let mut failed = false;
    for path in inputs {
        let name = unboil::sanitize::escape(&path.display().to_string());
        let mut records = CountDocuments(0);
        let result = if path.as_os_str() == "-" {
            filter_jsonl(
                &mut filter,
                io::stdin().lock(),
                &args.field,
                docs,
                &mut output,
                &mut (&mut *sink, &mut records),
            )
        } else {
            let file = match File::open(path) {
                Ok(file) => file,
                Err(err) => {
                    eprintln!("unboil: {name}: {err}");
                    failed = true;
                    continue;
                }
            };
            filter_jsonl(
                &mut filter,
                io::BufReader::new(file),
                &args.field,
                docs,
                &mut output,
                &mut (&mut *sink, &mut records),
            )
        };
        match result {
            Ok(n) => docs += n,
            Err(JsonlError::Write(e)) => return Err(e.into()),
            Err(JsonlError::Read(err)) => {
                // Records read before the failure were written; the next input goes on,
                // numbered after them.
                docs += records.0;
                eprintln!("unboil: {name}: read error: {err}");
                failed = true;
            }
            Err(e) => {
                output.flush()?;
                bail!("{name}: {e}");
            }
        }
    }
    output.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Counts the documents that went through a sink.
struct CountDocuments(u64);

impl Sink for CountDocuments {
    fn paragraph(&mut self, _: &unboil::Decided<'_>) -> io::Result<()> {
        Ok(())
    }
    fn end_document(&mut self, _: u64) -> io::Result<()> {
        self.0 += 1;
        Ok(())
    }
}

/// Filters every input; an input that cannot be read is reported and skipped, and the
/// run ends with status 1.
fn run_inputs<S: Sink>(
    args: &FilterArgs,
    model: &Model,
    options: &Options,
    encoding: Option<&'static encoding_rs::Encoding>,
    host: Option<&str>,
    sink: &mut S,
) -> Result<ExitCode> {
    let mut filter = DocumentFilter::new(model, options);
    let mut buffers = ReadBuffers::default();
    let stdin_only = [PathBuf::from("-")];
    let inputs: &[PathBuf] = if args.files.is_empty() {
        &stdin_only
    } else {
        &args.files
    };
    let mut failed = false;
    for (doc, path) in inputs.iter().enumerate() {
        let decoder = StreamDecoder::new(encoding);
        let result = if path.as_os_str() == "-" {
            filter_stream(
                &mut filter,
                doc as u64,
                host,
                decoder,
                io::stdin().lock(),
                &mut buffers,
                sink,
            )
        } else {
            match File::open(path) {
                Ok(file) => filter_stream(
                    &mut filter,
                    doc as u64,
                    host,
                    decoder,
                    file,
                    &mut buffers,
                    sink,
                ),
                Err(err) => Err(StreamError::Read(err)),
            }
        };
        match result {
            Ok(_) => {}
            Err(StreamError::Write(err)) => return Err(err.into()),
            Err(StreamError::Read(err)) => {
                eprintln!(
                    "unboil: {}: {err}",
                    unboil::sanitize::escape(&path.display().to_string())
                );
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
