//! Throughput benchmark (a bench binary, run with `cargo bench --bench throughput`):
//! filters a generated English news corpus in memory with the built-in patterns and
//! reports MB/s for one thread. The corpus is made here from sentences of our own, so
//! the figure can be reproduced anywhere.
//!
//! It also times each stage of the text path alone over the same paragraphs (the
//! stage ladder): counting lines, folding, the bare Aho-Corasick pass of the built-in
//! patterns' automaton, all pattern evidence, the learned model's hashed features, the
//! signals. A stage's speed is the
//! ceiling of the whole pipeline's.

use std::hint::black_box;
use std::time::Instant;

use unboil::features::Tokenizer;
use unboil::fold::fold_into;
use unboil::patterns::FindScratch;
use unboil::signals::measure;
use unboil::{DocumentFilter, Language, Model, Options, PatternSetBuilder, TextSink};

const NEWS: &[&str] = &[
    "The city council voted 7-2 on Tuesday to extend the northern tram line by four stops, ending a decade-long dispute over the route.",
    "Construction is expected to begin next spring and cost about $240 million, according to the transit authority's latest estimate.",
    "\"This line will connect thousands of people to jobs,\" said council member Ana Ruiz, who sponsored the measure.",
    "Opponents argued that the money would be better spent on buses, which carry twice as many riders across the region.",
    "The regional weather service said the storm would reach the coast by Thursday evening, bringing winds of up to 90 kilometres an hour.",
    "Shares in the company fell 4 percent in early trading after it cut its full-year forecast, citing weaker demand in Europe and Asia.",
    "Police said two men had been arrested in connection with the robbery and were expected to appear in court on Monday.",
    "The hospital's chief executive told reporters that waiting times had fallen for the third month in a row but remained above target.",
];

const BOILER: &[&str] = &[
    "Share on Facebook",
    "Sign up for our morning newsletter",
    "Read more:",
    "Advertisement",
    "We use cookies to improve your experience. Accept all",
    "Dear readers,",
    "Independent journalism needs your support. Please donate today.",
    "Remind me later.",
    "© 2026 Example Media. All rights reserved.",
];

/// A document of about 40 paragraphs, boilerplate at head and tail.
fn document(seed: usize) -> String {
    let mut doc = String::new();
    for i in 0..3 {
        doc.push_str(BOILER[(seed + i) % BOILER.len()]);
        doc.push('\n');
    }
    for i in 0..30 {
        doc.push_str(NEWS[(seed * 7 + i * 3) % NEWS.len()]);
        doc.push('\n');
    }
    for i in 0..7 {
        doc.push_str(BOILER[(seed + i * 2) % BOILER.len()]);
        doc.push('\n');
    }
    doc
}

/// Timed runs of each measurement, after one warm-up run; the best counts.
const TIMED_RUNS: usize = 5;

/// Seconds of the best of `TIMED_RUNS` runs of `run`, after a warm-up run.
fn best_of(mut run: impl FnMut()) -> f64 {
    let mut best = f64::INFINITY;
    for round in 0..=TIMED_RUNS {
        let start = Instant::now();
        run();
        let seconds = start.elapsed().as_secs_f64();
        if round > 0 {
            best = best.min(seconds);
        }
    }
    best
}

/// Times each stage of the text path alone over the paragraphs (lines) of `docs` and
/// prints its MB/s: the ceiling each stage puts on the whole pipeline.
fn stage_ladder(model: &Model, docs: &[String], bytes: usize) {
    let rate = |seconds: f64| bytes as f64 / 1e6 / seconds;
    let lines: Vec<&str> = docs.iter().flat_map(|doc| doc.lines()).collect();
    let newlines = best_of(|| {
        let count: usize = docs
            .iter()
            .map(|doc| memchr::memchr_iter(b'\n', doc.as_bytes()).count())
            .sum();
        black_box(count);
    });
    println!(
        "  stage: counting lines (memchr):                           {:>8.1} MB/s",
        rate(newlines)
    );
    let mut scratch = String::new();
    let fold = best_of(|| {
        for line in &lines {
            scratch.clear();
            fold_into(line, &mut scratch);
            black_box(scratch.len());
        }
    });
    println!(
        "  stage: folding:                                           {:>8.1} MB/s",
        rate(fold)
    );
    let folded: Vec<String> = lines
        .iter()
        .map(|line| {
            let mut out = String::new();
            fold_into(line, &mut out);
            out
        })
        .collect();
    // The automaton of every built-in rule (the default), and the smallest one a
    // document of English news gets: its own and the shared rules (`--lang-patterns`).
    let mut per_language = PatternSetBuilder::with_builtin();
    per_language.per_language(true);
    let per_language = per_language.build().expect("built-in patterns");
    let english = Language::all().find(|language| language.code() == "en");
    for (name, automaton) in [
        ("default", model.patterns.automaton(None)),
        ("English scan", per_language.automaton(english)),
    ] {
        let Some(automaton) = automaton else { continue };
        let bare = best_of(|| {
            let matches: usize = folded
                .iter()
                .map(|line| automaton.find_overlapping_iter(line.as_str()).count())
                .sum();
            black_box(matches);
        });
        println!(
            "  stage: Aho-Corasick alone, {name:<12} ({:>5} needles): {:>8.1} MB/s",
            automaton.patterns_len(),
            rate(bare)
        );
    }
    let mut hits = Vec::new();
    let mut find_scratch = FindScratch::default();
    let evidence = best_of(|| {
        for line in &folded {
            hits.clear();
            model
                .patterns
                .find_with(line, None, &mut hits, &mut find_scratch);
            black_box(hits.len());
        }
    });
    println!(
        "  stage: all pattern evidence (automaton, rules, regexes):  {:>8.1} MB/s",
        rate(evidence)
    );
    if let Some(linear) = &model.linear {
        let mut tokenizer = Tokenizer::default();
        let mut hashes = Vec::new();
        let features = best_of(|| {
            for line in &folded {
                hashes.clear();
                tokenizer.hashes(line, linear.config(), &mut hashes);
                black_box(linear.hashed_score(&hashes));
            }
        });
        println!(
            "  stage: hashed features (n-grams, their weights):          {:>8.1} MB/s",
            rate(features)
        );
    }
    let lexicon = unboil::lexicon::for_code("en").expect("the English word lists");
    let signals = best_of(|| {
        for (line, folded) in lines.iter().zip(&folded) {
            black_box(measure(line, folded, lexicon));
        }
    });
    println!(
        "  stage: signals:                                           {:>8.1} MB/s",
        rate(signals)
    );
}

/// The best of `TIMED_RUNS` runs (after a warm-up) over `docs`: seconds, bytes kept per run.
fn best_run(model: &Model, options: &Options, docs: &[String], bytes: usize) -> (f64, usize) {
    let mut filter = DocumentFilter::new(model, options);
    let mut out = TextSink::new(Vec::with_capacity(bytes), false);
    let best = best_of(|| {
        for (i, doc) in docs.iter().enumerate() {
            filter
                .filter_str(i as u64, None, doc, &mut out)
                .expect("in-memory sink");
        }
        black_box(out.flush().ok());
    });
    (best, out.into_inner().len() / (TIMED_RUNS + 1))
}

fn main() {
    let model = Model::new(
        PatternSetBuilder::with_builtin()
            .build()
            .expect("built-in patterns"),
    );
    let docs: Vec<String> = (0..2_000).map(document).collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let start = Instant::now();
    for doc in &docs {
        black_box(unboil::lang::detect(doc));
    }
    println!(
        "language detection alone: {:.1} µs per document (its first {} bytes)",
        start.elapsed().as_secs_f64() * 1e6 / docs.len() as f64,
        unboil::lang::LANG_PREFIX
    );
    let detected = Options::default();
    let undetected = Options {
        detect_language: false,
        ..Options::default()
    };
    for (name, options) in [
        ("language detected", &detected),
        ("language not detected", &undetected),
    ] {
        let (best, kept) = best_run(&model, options, &docs, bytes);
        println!(
            "text, 1 thread, {name}: {:.1} MB in {:.3} s = {:.1} MB/s ({} documents, {:.0}% of bytes kept, {} patterns)",
            bytes as f64 / 1e6,
            best,
            bytes as f64 / 1e6 / best,
            docs.len(),
            100.0 * kept as f64 / bytes as f64,
            model.patterns.rules().len()
        );
    }
    println!("stage ladder, 1 thread (each stage alone over the same paragraphs):");
    stage_ladder(&model, &docs, bytes);
}
