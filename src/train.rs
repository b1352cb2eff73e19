//! `unboil train`: learns the weights of the structural signals from labeled paragraphs
//! with L2-regularised logistic regression (Adam, full batch), held-out validation by
//! document and early stopping, and writes them as `@signal` lines of a pattern file.
//!
//! Pattern evidence enters the model as a fixed offset (its coefficient is 1, not
//! learned), so hand-written weights keep their meaning and a learned signal weight can
//! never silence a hand-written pattern.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::BufRead;

use serde_json::Value;

use crate::fold::fold_into;
use crate::hash::{hash_bytes, FxBuildHasher};
use crate::lang::{detect, LANG_PREFIX};
use crate::lexicon::{self, Lexicon};
use crate::model::Model;
use crate::signals::{measure, repetition_counts, Signal, SIGNAL_COUNT};

/// One labeled paragraph, measured.
#[derive(Clone, Debug)]
pub struct Example {
    /// Signal values.
    pub features: [f32; SIGNAL_COUNT],
    /// Sum of matching pattern weights (a fixed offset).
    pub offset: f32,
    /// 1 for boilerplate, 0 for body.
    pub label: f32,
    /// Example weight: every source/view group weighs the same in total.
    pub weight: f32,
    /// Held out for validation.
    pub valid: bool,
}

/// How a training run went.
#[derive(Clone, Debug, Default)]
pub struct TrainReport {
    /// Documents read.
    pub documents: usize,
    /// Training examples.
    pub train_examples: usize,
    /// Validation examples.
    pub valid_examples: usize,
    /// Epochs run until early stopping chose the best.
    pub epochs: usize,
    /// Weighted log-loss on the training examples.
    pub train_loss: f64,
    /// Weighted log-loss on the validation examples.
    pub valid_loss: f64,
    /// Accuracy on the validation examples at score 0.
    pub valid_accuracy: f64,
    /// Checksum (FxHash64) of the training data.
    pub checksum: u64,
}

/// The lexicon a labeled record's paragraphs are measured with, as the filter would:
/// the language detected over the start of its `text` (else of its paragraphs joined).
pub(crate) fn record_lexicon(record: &Value) -> &'static Lexicon {
    let language = match record["text"].as_str() {
        Some(text) => detect(text),
        None => {
            let mut start = String::new();
            for paragraph in record["paragraphs"].as_array().into_iter().flatten() {
                if start.len() >= LANG_PREFIX {
                    break;
                }
                start.push_str(paragraph["text"].as_str().unwrap_or(""));
                start.push('\n');
            }
            detect(&start)
        }
    };
    lexicon::for_document(&language)
}

/// Reads labeled documents (the format of `../shared/corpus`: `paragraphs` with
/// `text` and `label` body/boiler/null) and measures every labeled paragraph in the
/// context of its document. A line that is not such a record is an error naming it.
pub fn read_examples<R: BufRead>(
    model: &Model,
    reader: R,
    report: &mut TrainReport,
) -> Result<Vec<Example>, String> {
    let mut examples = Vec::new();
    let mut groups: HashMap<String, f64> = HashMap::new();
    let mut group_of = Vec::new();
    let mut folded = String::new();
    let mut hits = Vec::new();
    let mut checksum = 0u64;
    for (index, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| format!("line {}: {e}", index + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        checksum = checksum.rotate_left(7) ^ hash_bytes(line.as_bytes());
        let record: Value =
            serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", index + 1))?;
        let Some(paragraphs) = record["paragraphs"].as_array() else {
            return Err(format!("line {}: no \"paragraphs\" array", index + 1));
        };
        report.documents += 1;
        let group = format!(
            "{}/{}",
            record["source"].as_str().unwrap_or("?"),
            record["view"].as_str().unwrap_or("?")
        );
        let id = format!("{}/{}", record["id"].as_str().unwrap_or(""), group);
        let valid = hash_bytes(id.as_bytes()).is_multiple_of(5);
        let mut counts: HashMap<u64, u32, FxBuildHasher> = HashMap::default();
        let mut measured = Vec::with_capacity(paragraphs.len());
        let lexicon = record_lexicon(&record);
        for paragraph in paragraphs {
            let text = paragraph["text"].as_str().unwrap_or("");
            fold_into(text, &mut folded);
            hits.clear();
            model.patterns.find(&folded, None, &mut hits);
            let offset: f32 = hits
                .iter()
                .map(|&id| model.patterns.rules()[id as usize].weight)
                .sum();
            let hash = hash_bytes(folded.as_bytes());
            if !folded.is_empty() {
                *counts.entry(hash).or_insert(0) += 1;
            }
            let label = match paragraph["label"].as_str() {
                Some("body") => Some(0.0),
                Some("boiler") => Some(1.0),
                _ => None,
            };
            measured.push((
                measure(text, &folded, lexicon),
                offset,
                hash,
                label,
                folded.is_empty(),
            ));
        }
        let last = measured.len().saturating_sub(1);
        for (i, (mut signals, offset, hash, label, empty)) in measured.into_iter().enumerate() {
            let Some(label) = label else { continue };
            if empty {
                continue;
            }
            let repeated =
                repetition_counts(&signals) && counts.get(&hash).copied().unwrap_or(0) > 1;
            signals.set(Signal::Repeated, f32::from(u8::from(repeated)));
            signals.set(Signal::Last, f32::from(u8::from(i == last)));
            signals.set(Signal::First, f32::from(u8::from(i == 0)));
            *groups.entry(group.clone()).or_insert(0.0) += 1.0;
            group_of.push(group.clone());
            examples.push(Example {
                features: signals.values,
                offset,
                label,
                weight: 1.0,
                valid,
            });
        }
    }
    // Every source/view group weighs the same in total.
    let total: f64 = groups.values().sum();
    let per_group = total / groups.len().max(1) as f64;
    for (example, group) in examples.iter_mut().zip(&group_of) {
        example.weight = (per_group / groups[group]) as f32;
    }
    report.checksum = report.checksum.rotate_left(13) ^ checksum;
    Ok(examples)
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Weighted log-loss and accuracy of `weights` on the examples with `valid == which`.
fn evaluate(examples: &[Example], weights: &[f64; SIGNAL_COUNT], which: bool) -> (f64, f64) {
    let (mut loss, mut total, mut correct) = (0.0, 0.0, 0.0);
    for e in examples.iter().filter(|e| e.valid == which) {
        let z = f64::from(e.offset)
            + e.features
                .iter()
                .zip(weights)
                .map(|(x, w)| f64::from(*x) * w)
                .sum::<f64>();
        let p = sigmoid(z).clamp(1e-9, 1.0 - 1e-9);
        let y = f64::from(e.label);
        let w = f64::from(e.weight);
        loss -= w * (y * p.ln() + (1.0 - y) * (1.0 - p).ln());
        total += w;
        if (p >= 0.5) == (y >= 0.5) {
            correct += w;
        }
    }
    if total == 0.0 {
        (0.0, 0.0)
    } else {
        (loss / total, correct / total)
    }
}

/// Fits the signal weights; starts from `initial`, stops when the validation loss has
/// not improved for `patience` epochs, and returns the best weights seen.
pub fn fit(
    examples: &[Example],
    initial: &[f32; SIGNAL_COUNT],
    l2: f64,
    max_epochs: usize,
    patience: usize,
    report: &mut TrainReport,
) -> [f32; SIGNAL_COUNT] {
    let mut w: [f64; SIGNAL_COUNT] = initial.map(f64::from);
    let mut adam = crate::optim::Adam::new(SIGNAL_COUNT, 0.05);
    let train_weight: f64 = examples
        .iter()
        .filter(|e| !e.valid)
        .map(|e| f64::from(e.weight))
        .sum::<f64>()
        .max(1e-9);
    let mut best = (evaluate(examples, &w, true).0, w, 0usize);
    for epoch in 1..=max_epochs {
        let mut grad = [0f64; SIGNAL_COUNT];
        for e in examples.iter().filter(|e| !e.valid) {
            let z = f64::from(e.offset)
                + e.features
                    .iter()
                    .zip(&w)
                    .map(|(x, w)| f64::from(*x) * w)
                    .sum::<f64>();
            let err = (sigmoid(z) - f64::from(e.label)) * f64::from(e.weight);
            for (g, x) in grad.iter_mut().zip(&e.features) {
                *g += err * f64::from(*x);
            }
        }
        for (i, g) in grad.iter_mut().enumerate() {
            *g /= train_weight;
            if i != Signal::Bias as usize {
                *g += l2 * w[i];
            }
        }
        adam.step(&mut w, &grad);
        let valid_loss = evaluate(examples, &w, true).0;
        if valid_loss < best.0 - 1e-6 {
            best = (valid_loss, w, epoch);
        } else if epoch - best.2 >= patience {
            break;
        }
    }
    let w = best.1;
    report.epochs = best.2;
    report.train_loss = evaluate(examples, &w, false).0;
    let (valid_loss, valid_accuracy) = evaluate(examples, &w, true);
    report.valid_loss = valid_loss;
    report.valid_accuracy = valid_accuracy;
    w.map(|x| x as f32)
}

/// The learned weights as a pattern file, with a header that says how they were made.
pub fn weights_file(weights: &[f32; SIGNAL_COUNT], report: &TrainReport, command: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Structural signal weights learned by `unboil train` (logistic regression,"
    );
    let _ = writeln!(
        out,
        "# L2, Adam, early stopping on held-out documents). Do not edit by hand: retrain."
    );
    let _ = writeln!(out, "# command: {command}");
    let _ = writeln!(
        out,
        "# data: {} documents, checksum fxhash64:{:016x}",
        report.documents, report.checksum
    );
    let _ = writeln!(
        out,
        "# examples: {} train, {} validation (documents whose id hashes to 0 mod 5)",
        report.train_examples, report.valid_examples
    );
    let _ = writeln!(
        out,
        "# best epoch {}: train log-loss {:.4}, validation log-loss {:.4}, validation accuracy {:.4}",
        report.epochs, report.train_loss, report.valid_loss, report.valid_accuracy
    );
    for signal in Signal::ALL {
        let _ = writeln!(
            out,
            "@signal {} {:+.4}",
            signal.name(),
            weights[signal as usize]
        );
    }
    out
}
