//! `unboil train`: fits the learned paragraph model (`linear`) on labelled documents.
//!
//! Every labelled document is run through the filter's own pipeline, so each paragraph's
//! features are exactly those the filter will compute (its signals in context, its
//! pattern evidence, its neighbours); its hashed n-grams come from the same tokenizer.
//! The model is an L2-regularised logistic regression fitted by AdaGrad over the examples
//! in a fixed pseudo-random order: the same data and settings give the same bytes.

use std::collections::BTreeMap;
use std::io::{self, BufRead};

use serde_json::Value;

use crate::features::{Dense, FeatureConfig, Tokenizer, DENSE_COUNT, NEIGHBOUR_RANGE};
use crate::filter::DocumentFilter;
use crate::fold::fold_into;
use crate::linear::LinearModel;
use crate::model::{Model, Options};
use crate::sink::{Decided, Sink};
use crate::split::SplitMode;
use crate::url::host_of;

/// Settings of a training run.
#[derive(Clone, Debug)]
pub struct LinearOptions {
    /// Bits of the hashed-feature table (2^bits buckets).
    pub bits: u32,
    /// Which hashed features to use.
    pub config: FeatureConfig,
    /// Passes over the data.
    pub epochs: usize,
    /// L2 regularisation per update of a weight.
    pub l2: f64,
    /// AdaGrad learning rate.
    pub rate: f64,
    /// How much every source/view group weighs alike: 0, every paragraph weighs the same;
    /// 1, every group weighs the same in total; in between, `(mean / count)^balance`.
    pub group_balance: f64,
    /// Weight of a body paragraph relative to a boilerplate one.
    pub body_weight: f64,
    /// Use the neighbour features. Off by default: with them the model learned that a
    /// paragraph between boilerplate lines is boilerplate, which cost lone news
    /// paragraphs and lists in cross-validation; the sequence decision brings context.
    pub neighbours: bool,
}

impl Default for LinearOptions {
    fn default() -> LinearOptions {
        LinearOptions {
            bits: 21,
            config: FeatureConfig::default(),
            epochs: 4,
            l2: 1e-6,
            rate: 0.1,
            group_balance: 1.0,
            body_weight: 1.0,
            neighbours: false,
        }
    }
}

/// Labelled paragraphs as features, ready to fit.
#[derive(Debug, Default)]
pub struct Dataset {
    /// Bucket indices of every example's hashed features, one run after another.
    buckets: Vec<u32>,
    /// Where each example's run starts in `buckets` (one more entry than examples).
    starts: Vec<usize>,
    dense: Vec<Dense>,
    labels: Vec<bool>,
    groups: Vec<u32>,
    group_names: BTreeMap<String, u32>,
    /// Documents read.
    pub documents: usize,
    /// Documents skipped because their `text` and `paragraphs` disagree.
    pub skipped: usize,
}

impl Dataset {
    /// Labelled paragraphs read so far.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// Whether no labelled paragraph was read.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Boilerplate paragraphs among them.
    pub fn boilerplate(&self) -> usize {
        self.labels.iter().filter(|&&b| b).count()
    }
}

/// What the filter's pipeline computed for each paragraph of a document.
struct Capture<'t> {
    folded: String,
    tokenizer: &'t mut Tokenizer,
    hashes: Vec<u64>,
    config: FeatureConfig,
    mask: u64,
    /// Per paragraph: its text, its bucket indices, its dense features.
    paragraphs: Vec<(String, Vec<u32>, Dense)>,
}

impl Sink for Capture<'_> {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        fold_into(p.text, &mut self.folded);
        self.hashes.clear();
        self.tokenizer
            .hashes(&self.folded, self.config, &mut self.hashes);
        let buckets = self.hashes.iter().map(|h| (h & self.mask) as u32).collect();
        self.paragraphs
            .push((p.text.to_string(), buckets, *p.dense));
        Ok(())
    }
}

/// Reads labelled records (`text`, `paragraphs: [{text, label}]`, `source`, `view`,
/// `url`, whose host scopes domain patterns as when filtering) and adds their labelled paragraphs to `data`. `model` supplies the patterns
/// and signal weights the features are computed with. A line that is not such a record
/// is an error naming it.
pub fn read_dataset<R: BufRead>(
    model: &Model,
    reader: R,
    options: &LinearOptions,
    data: &mut Dataset,
) -> Result<(), String> {
    let filter_options = Options {
        split: SplitMode::Line,
        ..Options::default()
    };
    let mut filter = DocumentFilter::new(model, &filter_options);
    filter.count_hashed_features();
    let mut tokenizer = Tokenizer::default();
    let mut capture = Capture {
        folded: String::new(),
        tokenizer: &mut tokenizer,
        hashes: Vec::new(),
        config: options.config,
        mask: (1u64 << options.bits) - 1,
        paragraphs: Vec::new(),
    };
    if data.starts.is_empty() {
        data.starts.push(0);
    }
    for (index, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| format!("line {}: {e}", index + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Value =
            serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", index + 1))?;
        let Some(paragraphs) = record["paragraphs"].as_array() else {
            return Err(format!("line {}: no \"paragraphs\" array", index + 1));
        };
        data.documents += 1;
        let text = match record["text"].as_str() {
            Some(text) => text.to_string(),
            None => {
                let mut joined = String::new();
                for p in paragraphs {
                    joined.push_str(p["text"].as_str().unwrap_or(""));
                    joined.push('\n');
                }
                joined
            }
        };
        let host = record["url"].as_str().and_then(host_of);
        capture.paragraphs.clear();
        filter
            .filter_str(0, host.as_deref(), &text, &mut capture)
            .map_err(|e| format!("line {}: {e}", index + 1))?;
        // The record's paragraphs are its text's lines; match them in order.
        let lines: Vec<&(String, Vec<u32>, Dense)> = capture
            .paragraphs
            .iter()
            .filter(|(t, _, _)| !t.trim().is_empty())
            .collect();
        let labelled: Vec<&Value> = paragraphs
            .iter()
            .filter(|p| !p["text"].as_str().unwrap_or("").trim().is_empty())
            .collect();
        if lines.len() != labelled.len()
            || lines
                .iter()
                .zip(&labelled)
                .any(|((t, _, _), p)| t.trim() != p["text"].as_str().unwrap_or("").trim())
        {
            data.skipped += 1;
            continue;
        }
        let group = format!(
            "{}/{}",
            record["source"].as_str().unwrap_or("?"),
            record["view"].as_str().unwrap_or("?")
        );
        let next_id = data.group_names.len() as u32;
        let group = *data.group_names.entry(group).or_insert(next_id);
        for ((_, buckets, dense), p) in lines.into_iter().zip(labelled) {
            let label = match p["label"].as_str() {
                Some("body") => false,
                Some("boiler") => true,
                _ => continue,
            };
            data.buckets.extend_from_slice(buckets);
            data.starts.push(data.buckets.len());
            let mut dense = *dense;
            if !options.neighbours {
                NEIGHBOUR_RANGE.for_each(|i| dense[i] = 0.0);
            }
            data.dense.push(dense);
            data.labels.push(label);
            data.groups.push(group);
        }
    }
    Ok(())
}

/// A deterministic permutation of `0..n` (xorshift Fisher–Yates).
fn shuffled(n: usize, seed: u64) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    let mut state = seed | 1;
    for i in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// How a fit went.
#[derive(Clone, Debug, Default)]
pub struct FitReport {
    /// Weighted log-loss on the training data after each epoch.
    pub losses: Vec<f64>,
    /// Quantisation step of the hashed weights.
    pub scale: f32,
}

/// Fits the model and returns its file's bytes.
pub fn fit(data: &Dataset, options: &LinearOptions, report: &mut FitReport) -> Vec<u8> {
    let size = 1usize << options.bits;
    let mut table = vec![0f32; size];
    let mut table_g = vec![0f32; size];
    let mut dense = [0f64; DENSE_COUNT];
    let mut dense_g = [0f64; DENSE_COUNT];
    // Example weights: groups balanced by `group_balance`, body by `body_weight`.
    let mut counts = vec![0f64; data.group_names.len()];
    for &g in &data.groups {
        counts[g as usize] += 1.0;
    }
    let mean = data.len() as f64 / counts.len().max(1) as f64;
    let group_weight: Vec<f64> = counts
        .iter()
        .map(|&c| (mean / c.max(1.0)).powf(options.group_balance))
        .collect();
    let weight_of = |i: usize| {
        let w = group_weight[data.groups[i] as usize];
        if data.labels[i] {
            w
        } else {
            w * options.body_weight
        }
    };
    let total_weight: f64 = (0..data.len()).map(weight_of).sum::<f64>().max(1e-9);
    let norm = data.len() as f64 / total_weight;
    let rate = options.rate;
    let l2 = options.l2;
    for epoch in 0..options.epochs {
        let order = shuffled(data.len(), 0x9E37_79B9_7F4A_7C15 ^ epoch as u64);
        let mut loss = 0.0;
        for &i in &order {
            let i = i as usize;
            let buckets = &data.buckets[data.starts[i]..data.starts[i + 1]];
            let x = &data.dense[i];
            let inv = if buckets.is_empty() {
                0.0
            } else {
                1.0 / (buckets.len() as f64).sqrt()
            };
            let mut z: f64 = x.iter().zip(&dense).map(|(a, w)| f64::from(*a) * w).sum();
            let hashed: f64 = buckets.iter().map(|&b| f64::from(table[b as usize])).sum();
            z += hashed * inv;
            let p = sigmoid(z);
            let y = if data.labels[i] { 1.0 } else { 0.0 };
            let w = weight_of(i) * norm;
            loss -= w * (y * p.max(1e-12).ln() + (1.0 - y) * (1.0 - p).max(1e-12).ln());
            let err = (p - y) * w;
            for (k, a) in x.iter().enumerate() {
                if *a == 0.0 {
                    continue;
                }
                let g = err * f64::from(*a) + if k == 0 { 0.0 } else { l2 * dense[k] };
                dense_g[k] += g * g;
                dense[k] -= rate * g / (dense_g[k].sqrt() + 1e-8);
            }
            let step = err * inv;
            for &b in buckets {
                let b = b as usize;
                let g = step + l2 * f64::from(table[b]);
                let acc = f64::from(table_g[b]) + g * g;
                table_g[b] = acc as f32;
                table[b] -= (rate * g / (acc.sqrt() + 1e-8)) as f32;
            }
        }
        report.losses.push(loss / data.len().max(1) as f64);
    }
    // Quantise: the 99.99th percentile of |w| maps to 127; larger weights are clipped.
    let mut magnitudes: Vec<f32> = table.iter().map(|w| w.abs()).filter(|w| *w > 0.0).collect();
    let scale = if magnitudes.is_empty() {
        1.0
    } else {
        let k = ((magnitudes.len() - 1) as f64 * 0.9999) as usize;
        let (_, q, _) = magnitudes.select_nth_unstable_by(k, f32::total_cmp);
        (*q / 127.0).max(f32::MIN_POSITIVE)
    };
    report.scale = scale;
    let quantised: Vec<i8> = table
        .iter()
        .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8)
        .collect();
    let dense: Dense = dense.map(|w| w as f32);
    LinearModel::to_bytes(options.bits, options.config, scale, &dense, &quantised)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffle_is_a_permutation_and_repeatable() {
        let a = shuffled(1000, 7);
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..1000).collect::<Vec<u32>>());
        assert_eq!(a, shuffled(1000, 7));
        assert_ne!(a, shuffled(1000, 8));
    }
}
