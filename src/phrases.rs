//! `unboil train --phrases`: learns discriminative phrases — word n-grams, character
//! n-grams in scripts written without spaces — from labeled paragraphs with
//! L2-regularised logistic regression, validated on held-out publishers, and writes them
//! as `@source learned` pattern lines that a person can read, diff and edit.
//!
//! The hand-written patterns and the structural signals enter the model as a fixed
//! offset, so a phrase is only learned for what they do not already explain. A phrase
//! must occur in paragraphs of at least `min_groups` publishers (or sites) of its class,
//! so one site's wording is not learned as if it were the language's.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::BufRead;

use serde_json::Value;

use crate::fold::{fold_into, is_spaceless_script, is_word_char};
use crate::hash::{hash_bytes, FxBuildHasher};
use crate::model::Model;
use crate::signals::{measure, Signal};
use crate::url::host_of;

/// Settings of a phrase-training run.
#[derive(Clone, Debug)]
pub struct PhraseOptions {
    /// Longest word n-gram.
    pub max_words: usize,
    /// Fewest distinct publishers (or sites) of one class a phrase must occur in.
    pub min_groups: usize,
    /// Most phrases written.
    pub max_phrases: usize,
    /// Smallest absolute weight written.
    pub min_weight: f32,
    /// Largest absolute weight written (weights beyond are clipped).
    pub max_weight: f32,
    /// L2 regularisation strength.
    pub l2: f64,
    /// Most epochs of full-batch training.
    pub epochs: usize,
    /// Epochs without a better validation loss before stopping.
    pub patience: usize,
}

impl Default for PhraseOptions {
    fn default() -> PhraseOptions {
        PhraseOptions {
            max_words: 3,
            min_groups: 3,
            max_phrases: 3000,
            min_weight: 0.5,
            max_weight: 4.0,
            l2: 1e-3,
            epochs: 2000,
            patience: 50,
        }
    }
}

/// One labeled paragraph.
#[derive(Clone, Debug)]
struct Labeled {
    folded: String,
    /// Hand-written pattern weights plus structural signal score.
    offset: f32,
    /// 1 for boilerplate, 0 for body.
    label: f32,
    /// Publisher or site: the unit of validation and of `min_groups`.
    group: u32,
    /// Source/view: every one weighs the same in total.
    source: u32,
    category: Option<String>,
}

/// Labeled paragraphs read from JSONL records, deduplicated by text and label.
#[derive(Debug, Default)]
pub struct PhraseData {
    items: Vec<Labeled>,
    groups: HashMap<String, u32>,
    sources: HashMap<String, u32>,
    seen: HashMap<(u64, bool), (), FxBuildHasher>,
    /// Records read.
    pub documents: usize,
    /// Checksum (FxHash64) of the input lines.
    pub checksum: u64,
}

fn intern(map: &mut HashMap<String, u32>, key: String) -> u32 {
    let next = map.len() as u32;
    *map.entry(key).or_insert(next)
}

impl PhraseData {
    /// Reads records of the `../shared/corpus` shape (`paragraphs` with `text`, `label`
    /// and `category`). A paragraph's group is the record's `appeal_publisher` for
    /// boilerplate when present, else the host of its `url`, else the record's `id`.
    pub fn read<R: BufRead>(&mut self, model: &Model, reader: R) -> Result<(), String> {
        // The default mode's offset: phrases are learned for the decision that runs.
        let model_offset = crate::model::Mode::Precision.offset();
        let mut folded = String::new();
        let mut hits = Vec::new();
        for (index, line) in reader.lines().enumerate() {
            let at = |e: &dyn std::fmt::Display| format!("line {}: {e}", index + 1);
            let line = line.map_err(|e| at(&e))?;
            if line.trim().is_empty() {
                continue;
            }
            self.checksum = self.checksum.rotate_left(7) ^ hash_bytes(line.as_bytes());
            let record: Value = serde_json::from_str(&line).map_err(|e| at(&e))?;
            let Some(paragraphs) = record["paragraphs"].as_array() else {
                return Err(at(&"no \"paragraphs\" array"));
            };
            self.documents += 1;
            let source = format!(
                "{}/{}",
                record["source"].as_str().unwrap_or("?"),
                record["view"].as_str().unwrap_or("?")
            );
            let source = intern(&mut self.sources, source);
            let site = record["url"]
                .as_str()
                .and_then(host_of)
                .map(|h| format!("site:{h}"))
                .unwrap_or_else(|| format!("doc:{}", record["id"].as_str().unwrap_or("?")));
            let publisher = record["appeal_publisher"]
                .as_str()
                .map(|p| format!("publisher:{p}"));
            let last = paragraphs.len().saturating_sub(1);
            let lexicon = crate::train::record_lexicon(&record);
            for (i, paragraph) in paragraphs.iter().enumerate() {
                let label = match paragraph["label"].as_str() {
                    Some("body") => 0.0,
                    Some("boiler") => 1.0,
                    _ => continue,
                };
                let text = paragraph["text"].as_str().unwrap_or("");
                fold_into(text, &mut folded);
                if folded.is_empty()
                    || self
                        .seen
                        .insert((hash_bytes(folded.as_bytes()), label > 0.5), ())
                        .is_some()
                {
                    continue;
                }
                hits.clear();
                model.patterns.find(&folded, None, &mut hits);
                let patterns: f32 = hits
                    .iter()
                    .map(|&id| model.patterns.rules()[id as usize].weight)
                    .sum();
                let mut signals = measure(text, &folded, lexicon);
                signals.set(Signal::First, f32::from(u8::from(i == 0)));
                signals.set(Signal::Last, f32::from(u8::from(i == last)));
                let group = match (&publisher, label > 0.5) {
                    (Some(p), true) => p.clone(),
                    _ => site.clone(),
                };
                let group = intern(&mut self.groups, group);
                self.items.push(Labeled {
                    folded: folded.clone(),
                    offset: patterns + model.weights.score(&signals) + model_offset,
                    label,
                    group,
                    source,
                    category: paragraph["category"].as_str().map(str::to_string),
                });
            }
        }
        Ok(())
    }
}

/// Appends the phrases of a folded paragraph: word n-grams of up to `max_words` words
/// joined by single spaces (no punctuation between them; unigrams of 4+ characters; not
/// all digits), and character 2- to 4-grams of runs of scripts without spaces.
pub fn phrases_of(folded: &str, max_words: usize, out: &mut Vec<String>) {
    // Word tokens as byte ranges, and whether each joins the next with one space.
    let mut words: Vec<(usize, usize, bool)> = Vec::new();
    let mut spaceless: Vec<char> = Vec::new();
    let flush_spaceless = |run: &mut Vec<char>, out: &mut Vec<String>| {
        for n in 2..=4 {
            for window in run.windows(n) {
                out.push(window.iter().collect());
            }
        }
        run.clear();
    };
    let mut start = None;
    let mut chars = folded.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_spaceless_script(c) {
            spaceless.push(c);
        } else if !spaceless.is_empty() {
            flush_spaceless(&mut spaceless, out);
        }
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start.take() {
            let joins = c == ' ' && chars.peek().is_some_and(|&(_, n)| is_word_char(n));
            words.push((s, i, joins));
        }
    }
    if !spaceless.is_empty() {
        flush_spaceless(&mut spaceless, out);
    }
    if let Some(s) = start {
        words.push((s, folded.len(), false));
    }
    for first in 0..words.len() {
        for n in 1..=max_words {
            let last = first + n - 1;
            if last >= words.len() || (n > 1 && !words[last - 1].2) {
                break;
            }
            let phrase = &folded[words[first].0..words[last].1];
            if n == 1 && phrase.chars().count() < 4 {
                continue;
            }
            if phrase.bytes().all(|b| b.is_ascii_digit() || b == b' ') {
                continue;
            }
            out.push(phrase.to_string());
        }
    }
}

/// How a phrase-training run went.
#[derive(Clone, Debug, Default)]
pub struct PhraseReport {
    /// Records read.
    pub documents: usize,
    /// Distinct labeled paragraphs (train + validation).
    pub paragraphs: usize,
    /// Validation paragraphs (publishers whose name hashes to 0 mod 5).
    pub valid_paragraphs: usize,
    /// Candidate phrases after the `min_groups` rule.
    pub candidates: usize,
    /// Best epoch.
    pub epochs: usize,
    /// Validation log-loss and accuracy without phrases.
    pub baseline: (f64, f64),
    /// Validation log-loss and accuracy with the learned phrases.
    pub learned: (f64, f64),
    /// Validation boilerplate recall and body loss (paragraphs) at score 0, without and
    /// with phrases.
    pub recall: (f64, f64),
    /// Share of validation body paragraphs scored above 0, without and with phrases.
    pub body_loss: (f64, f64),
    /// Checksum of the data.
    pub checksum: u64,
}

/// A learned phrase.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    /// The folded phrase.
    pub text: String,
    /// Its weight (log-odds).
    pub weight: f32,
    /// Pattern category: the most common of its boilerplate paragraphs, or journalism.
    pub category: String,
    /// Paragraphs of each class it occurs in (boilerplate, body).
    pub counts: (u32, u32),
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Maps a data set's category to a pattern category.
fn pattern_category(category: &str) -> &'static str {
    match category {
        "appeal" | "donation" | "membership" => "appeal",
        "paywall" | "subscription" | "subscribe" => "paywall",
        "newsletter" => "newsletter",
        "app" => "app",
        "cookie" => "cookie",
        "social" | "share" => "share",
        "related" => "related",
        "comments" => "comments",
        "caption" => "caption",
        "legal" => "legal",
        "navigation" => "navigation",
        _ => "other",
    }
}

/// Trains phrase weights on `data`; returns the phrases to write, strongest first.
pub fn train(data: &PhraseData, options: &PhraseOptions, report: &mut PhraseReport) -> Vec<Phrase> {
    let items = &data.items;
    report.documents = data.documents;
    report.checksum = data.checksum;
    report.paragraphs = items.len();
    // Count, per phrase and class, the distinct groups it occurs in.
    struct Count {
        groups: [u32; 2],
        last_group: [u32; 2],
        paragraphs: [u32; 2],
        categories: HashMap<String, u32>,
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| items[i].group);
    let mut counts: HashMap<String, Count> = HashMap::new();
    let mut phrases = Vec::new();
    let mut per_item: Vec<Vec<String>> = vec![Vec::new(); items.len()];
    for &i in &order {
        let item = &items[i];
        phrases.clear();
        phrases_of(&item.folded, options.max_words, &mut phrases);
        phrases.sort_unstable();
        phrases.dedup();
        let class = usize::from(item.label > 0.5);
        for phrase in &phrases {
            let count = counts.entry(phrase.clone()).or_insert_with(|| Count {
                groups: [0; 2],
                last_group: [u32::MAX; 2],
                paragraphs: [0; 2],
                categories: HashMap::new(),
            });
            if count.last_group[class] != item.group {
                count.last_group[class] = item.group;
                count.groups[class] += 1;
            }
            count.paragraphs[class] += 1;
            if class == 1 {
                if let Some(category) = &item.category {
                    *count.categories.entry(category.clone()).or_insert(0) += 1;
                }
            }
        }
        per_item[i] = std::mem::take(&mut phrases);
    }
    let min = options.min_groups as u32;
    let mut names: Vec<&String> = counts
        .iter()
        .filter(|(_, c)| c.groups[0] >= min || c.groups[1] >= min)
        .map(|(p, _)| p)
        .collect();
    names.sort();
    let ids: HashMap<&String, u32> = names
        .iter()
        .enumerate()
        .map(|(i, p)| (*p, i as u32))
        .collect();
    report.candidates = names.len();
    let features: Vec<Vec<u32>> = per_item
        .iter()
        .map(|ps| ps.iter().filter_map(|p| ids.get(p).copied()).collect())
        .collect();
    // Validation by group; every source/view weighs the same in total.
    let valid: Vec<bool> = items
        .iter()
        .map(|item| hash_bytes(&item.group.to_le_bytes()) % 5 == 0)
        .collect();
    let mut per_source = vec![0f64; data.sources.len().max(1)];
    for item in items {
        per_source[item.source as usize] += 1.0;
    }
    let sources_used = per_source.iter().filter(|n| **n > 0.0).count().max(1) as f64;
    let mean = items.len() as f64 / sources_used;
    let weight: Vec<f64> = items
        .iter()
        .map(|item| mean / per_source[item.source as usize])
        .collect();
    report.valid_paragraphs = valid.iter().filter(|v| **v).count();

    let score = |w: &[f64], i: usize| -> f64 {
        f64::from(items[i].offset) + features[i].iter().map(|&f| w[f as usize]).sum::<f64>()
    };
    let evaluate = |w: &[f64]| -> (f64, f64, f64, f64) {
        let (mut loss, mut total, mut correct) = (0.0, 0.0, 0.0);
        let (mut boiler, mut removed, mut body, mut lost) = (0.0, 0.0, 0.0, 0.0);
        for i in (0..items.len()).filter(|&i| valid[i]) {
            let z = score(w, i);
            let p = sigmoid(z).clamp(1e-9, 1.0 - 1e-9);
            let y = f64::from(items[i].label);
            loss -= weight[i] * (y * p.ln() + (1.0 - y) * (1.0 - p).ln());
            total += weight[i];
            if (z > 0.0) == (y > 0.5) {
                correct += weight[i];
            }
            if y > 0.5 {
                boiler += 1.0;
                removed += f64::from(u8::from(z > 0.0));
            } else {
                body += 1.0;
                lost += f64::from(u8::from(z > 0.0));
            }
        }
        let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
        (
            ratio(loss, total),
            ratio(correct, total),
            ratio(removed, boiler),
            ratio(lost, body),
        )
    };
    let n = names.len();
    let mut w = vec![0f64; n];
    let zero = evaluate(&w);
    // A small step: Adam's first steps move every weight by about `rate` whatever its
    // gradient, and a paragraph holds dozens of phrases.
    let mut adam = crate::optim::Adam::new(n, 0.005);
    let train_weight: f64 = (0..items.len())
        .filter(|&i| !valid[i])
        .map(|i| weight[i])
        .sum::<f64>()
        .max(1e-9);
    let mut best = (zero.0, w.clone(), 0usize);
    let mut grad = vec![0f64; n];
    for epoch in 1..=options.epochs {
        grad.iter_mut().for_each(|g| *g = 0.0);
        for i in (0..items.len()).filter(|&i| !valid[i]) {
            let err = (sigmoid(score(&w, i)) - f64::from(items[i].label)) * weight[i];
            for &f in &features[i] {
                grad[f as usize] += err;
            }
        }
        for (g, w) in grad.iter_mut().zip(&w) {
            *g = *g / train_weight + options.l2 * w;
        }
        adam.step(&mut w, &grad);
        let loss = evaluate(&w).0;
        if loss < best.0 - 1e-6 {
            best = (loss, w.clone(), epoch);
        } else if epoch - best.2 >= options.patience {
            break;
        }
    }
    report.epochs = best.2;
    // What is written: clipped, thresholded, capped — measured as written.
    let mut written: Vec<(usize, f64)> = best
        .1
        .iter()
        .enumerate()
        .filter(|(_, w)| w.abs() >= f64::from(options.min_weight))
        .map(|(f, w)| {
            (
                f,
                w.clamp(
                    -f64::from(options.max_weight),
                    f64::from(options.max_weight),
                ),
            )
        })
        .collect();
    written.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
    written.truncate(options.max_phrases);
    let mut final_w = vec![0f64; n];
    for &(f, weight) in &written {
        final_w[f] = (weight * 100.0).round() / 100.0;
    }
    let learned = evaluate(&final_w);
    report.baseline = (zero.0, zero.1);
    report.learned = (learned.0, learned.1);
    report.recall = (zero.2, learned.2);
    report.body_loss = (zero.3, learned.3);
    written.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    written
        .into_iter()
        .map(|(f, _)| {
            let count = &counts[names[f]];
            let weight = final_w[f] as f32;
            let category = if weight < 0.0 {
                "journalism".to_string()
            } else {
                let mut best: Option<(&String, u32)> = None;
                for (name, &c) in &count.categories {
                    if best.is_none_or(|(b, bc)| c > bc || (c == bc && name < b)) {
                        best = Some((name, c));
                    }
                }
                pattern_category(best.map_or("other", |(name, _)| name.as_str())).to_string()
            };
            Phrase {
                text: names[f].clone(),
                weight,
                category,
                counts: (count.paragraphs[1], count.paragraphs[0]),
            }
        })
        .collect()
}

/// The learned phrases as a pattern file with a header that says how they were made.
pub fn phrases_file(phrases: &[Phrase], report: &PhraseReport, command: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Phrases learned by `unboil train --phrases`: word 1-3-grams and, in"
    );
    let _ = writeln!(
        out,
        "# scripts without spaces, character 2-4-grams; L2 logistic regression over"
    );
    let _ = writeln!(
        out,
        "# labeled paragraphs with hand-written patterns and signals as a fixed offset;"
    );
    let _ = writeln!(
        out,
        "# early stopping on held-out publishers. Do not edit by hand: retrain."
    );
    let _ = writeln!(out, "# command: {command}");
    let _ = writeln!(
        out,
        "# data: {} documents, {} distinct labeled paragraphs, checksum fxhash64:{:016x}",
        report.documents, report.paragraphs, report.checksum
    );
    let _ = writeln!(
        out,
        "# candidates: {} phrases in paragraphs of enough publishers; written: {}",
        report.candidates,
        phrases.len()
    );
    let _ = writeln!(
        out,
        "# validation ({} paragraphs of held-out publishers/sites), best epoch {}:",
        report.valid_paragraphs, report.epochs
    );
    let _ = writeln!(
        out,
        "#   log-loss {:.4} -> {:.4}, accuracy {:.4} -> {:.4},",
        report.baseline.0, report.learned.0, report.baseline.1, report.learned.1
    );
    let _ = writeln!(
        out,
        "#   boilerplate recall at score 0 {:.4} -> {:.4}, body paragraphs above 0 {:.4} -> {:.4}",
        report.recall.0, report.recall.1, report.body_loss.0, report.body_loss.1
    );
    let _ = writeln!(
        out,
        "# A learned phrase never outvotes a hand-written pattern that says journalism."
    );
    let _ = writeln!(out, "@source learned");
    for phrase in phrases {
        let _ = writeln!(
            out,
            "# {} boilerplate / {} body paragraphs\n{:+.2} cat={} {}",
            phrase.counts.0, phrase.counts.1, phrase.weight, phrase.category, phrase.text
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        phrases_of(text, 3, &mut out);
        out
    }

    #[test]
    fn word_ngrams_stop_at_punctuation() {
        let got = phrases("support us, please donate today");
        assert!(got.contains(&"support".to_string()));
        assert!(got.contains(&"please donate today".to_string()));
        assert!(!got
            .iter()
            .any(|p| p.contains("us please") || p.contains(',')));
        assert!(!got.contains(&"us".to_string()), "short unigram: {got:?}");
    }

    #[test]
    fn spaceless_scripts_give_character_ngrams() {
        let got = phrases("会員登録");
        assert!(got.contains(&"会員".to_string()));
        assert!(got.contains(&"会員登録".to_string()));
    }

    #[test]
    fn digits_alone_are_not_phrases() {
        assert!(phrases("2024 12 31").is_empty());
    }
}
