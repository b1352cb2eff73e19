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
    /// L1 regularisation strength (a proximal step after each update: sparse weights).
    pub l1: f64,
    /// A paragraph weighs `n^-doc_weight`, where `n` is the number of labeled paragraphs
    /// of its class in its document: 0 weighs every paragraph alike, 1 every document
    /// (a page of 300 menu lines then counts like a page of three).
    pub doc_weight: f64,
    /// Adam's step size.
    pub rate: f64,
    /// Most epochs of full-batch training.
    pub epochs: usize,
    /// Epochs without a better validation loss before stopping; 0 runs all `epochs` and
    /// keeps the last weights (the number of epochs is then the regularisation).
    pub patience: usize,
    /// After early stopping, train again on all paragraphs (held-out publishers too)
    /// for the chosen number of epochs; the validation figures stay those of the
    /// held-out run.
    pub refit: bool,
}

impl Default for PhraseOptions {
    fn default() -> PhraseOptions {
        PhraseOptions {
            max_words: 3,
            min_groups: 3,
            max_phrases: 3000,
            min_weight: 0.3,
            max_weight: 4.0,
            // Chosen by end-to-end cross-validation on held-out publishers
            // (scripts/model-cv.py; docs/model.md).
            l2: 1e-2,
            l1: 0.0,
            doc_weight: 1.0,
            rate: 0.05,
            epochs: 100,
            patience: 0,
            refit: false,
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
    /// The record it was read from (the first, when its text repeats).
    doc: u32,
    /// Source/view: each weighs the square root of its paragraphs in total.
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

/// The site of a URL: its host without `www.`; for a `web.archive.org/web/…/URL`
/// snapshot, the archived URL's.
pub fn site_of(url: &str) -> Option<String> {
    let mut host = host_of(url)?;
    if host == "web.archive.org" {
        if let Some(inner) = url.find("/http").and_then(|at| host_of(&url[at + 1..])) {
            host = inner;
        }
    }
    Some(
        host.strip_prefix("www.")
            .map(str::to_string)
            .unwrap_or(host),
    )
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
                .and_then(site_of)
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
                    doc: self.documents as u32,
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

/// Whether a phrase says nothing of its own: every word a function word (`the`, `jest`,
/// `vous`), or, in scripts without spaces, nothing but hiragana (endings and particles
/// such as する).
fn is_function_phrase(phrase: &str) -> bool {
    let spaceless = phrase.chars().all(is_spaceless_script);
    if spaceless {
        return phrase
            .chars()
            .all(|c| ('\u{3040}'..='\u{309F}').contains(&c));
    }
    phrase
        .split(' ')
        .all(|word| crate::lexicon::fallback().flags(word) & crate::lexicon::STOP != 0)
}

/// A group's name in the form phrases are compared with: lower-case letters and digits
/// of the publisher's name or the site's host (`publisher:The Moscow Times` →
/// `themoscowtimes`); empty for a single document.
fn compact_name(group: &str) -> String {
    let name = group
        .strip_prefix("publisher:")
        .or_else(|| group.strip_prefix("site:"))
        .unwrap_or("");
    name.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Sees the weights after each epoch; returning true ends the run.
type Watch<'a> = dyn FnMut(usize, &[f64]) -> bool + 'a;

/// Trains phrase weights on `data`; returns the phrases to write, strongest first.
///
/// A phrase is a candidate when it occurs in paragraphs of at least `min_groups`
/// publishers or sites of one class, is not made of function words only, and is not part
/// of the name of a publisher or site it occurs in ("moscow", "times" in The Moscow
/// Times' appeal are its name, not a way of asking for money).
pub fn train(data: &PhraseData, options: &PhraseOptions, report: &mut PhraseReport) -> Vec<Phrase> {
    let items = &data.items;
    report.documents = data.documents;
    report.checksum = data.checksum;
    report.paragraphs = items.len();
    let mut group_names = vec![String::new(); data.groups.len()];
    for (name, &id) in &data.groups {
        group_names[id as usize] = name.clone();
    }
    let compact: Vec<String> = group_names.iter().map(|g| compact_name(g)).collect();
    // Count, per phrase and class, the distinct groups it occurs in.
    struct Count {
        groups: [u32; 2],
        last_group: [u32; 2],
        paragraphs: [u32; 2],
        categories: HashMap<String, u32>,
        named: bool,
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
                named: false,
            });
            if count.last_group[class] != item.group {
                count.last_group[class] = item.group;
                count.groups[class] += 1;
                let name = &compact[item.group as usize];
                if !count.named && !name.is_empty() {
                    let bare: String = phrase.chars().filter(|c| *c != ' ').collect();
                    count.named = name.contains(&bare);
                }
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
        .filter(|(p, c)| {
            (c.groups[0] >= min || c.groups[1] >= min) && !c.named && !is_function_phrase(p)
        })
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
    // Validation by group (its name's hash, so it does not depend on the input order).
    let valid: Vec<bool> = items
        .iter()
        .map(|item| hash_bytes(group_names[item.group as usize].as_bytes()).is_multiple_of(5))
        .collect();
    // A paragraph weighs n^-doc_weight (n: paragraphs of its class in its document);
    let mut per_doc: HashMap<(u32, bool), f64, FxBuildHasher> = HashMap::default();
    for item in items {
        *per_doc.entry((item.doc, item.label > 0.5)).or_insert(0.0) += 1.0;
    }
    let raw: Vec<f64> = items
        .iter()
        .map(|item| per_doc[&(item.doc, item.label > 0.5)].powf(-options.doc_weight))
        .collect();
    let mut per_source = vec![0f64; data.sources.len().max(1)];
    for (item, r) in items.iter().zip(&raw) {
        per_source[item.source as usize] += r;
    }
    // A source/view weighs the square root of its total: a small one (the single seed
    // article) is not drowned by a large one, nor does it weigh like all of it.
    let sqrt_total: f64 = per_source.iter().map(|n| n.sqrt()).sum::<f64>().max(1e-9);
    let mean = items.len() as f64 / sqrt_total;
    let weight: Vec<f64> = items
        .iter()
        .zip(&raw)
        .map(|(item, r)| {
            let total = per_source[item.source as usize];
            r * mean * total.sqrt() / total
        })
        .collect();
    // A phrase may only point to a class it occurs in with enough publishers: weight >= 0
    // unless its body paragraphs come from `min_groups` of them, <= 0 likewise.
    let sign_bounds: Vec<(f64, f64)> = names
        .iter()
        .map(|p| {
            let c = &counts[*p];
            let low = if c.groups[0] >= min {
                f64::NEG_INFINITY
            } else {
                0.0
            };
            let high = if c.groups[1] >= min {
                f64::INFINITY
            } else {
                0.0
            };
            (low, high)
        })
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
    // Full-batch epochs over the paragraphs `use_item` selects; `watch` sees the
    // weights after each and stops the run by returning true.
    let run = |epochs: usize,
               use_item: &dyn Fn(usize) -> bool,
               mut watch: Option<&mut Watch>|
     -> Vec<f64> {
        let mut w = vec![0f64; n];
        let mut adam = crate::optim::Adam::new(n, options.rate);
        let total: f64 = (0..items.len())
            .filter(|&i| use_item(i))
            .map(|i| weight[i])
            .sum::<f64>()
            .max(1e-9);
        let mut grad = vec![0f64; n];
        for epoch in 1..=epochs {
            grad.iter_mut().for_each(|g| *g = 0.0);
            for i in (0..items.len()).filter(|&i| use_item(i)) {
                let err = (sigmoid(score(&w, i)) - f64::from(items[i].label)) * weight[i];
                for &f in &features[i] {
                    grad[f as usize] += err;
                }
            }
            for (g, w) in grad.iter_mut().zip(&w) {
                *g = *g / total + options.l2 * w;
            }
            adam.step(&mut w, &grad);
            adam.prox_l1(&mut w, options.l1);
            for (w, (low, high)) in w.iter_mut().zip(&sign_bounds) {
                *w = w.clamp(*low, *high);
            }
            if let Some(watch) = watch.as_mut() {
                if watch(epoch, &w) {
                    break;
                }
            }
        }
        w
    };
    let zero = evaluate(&vec![0f64; n]);
    let mut best = (zero.0, vec![0f64; n], 0usize);
    let mut watch = |epoch: usize, w: &[f64]| -> bool {
        if options.patience == 0 {
            // No early stopping: the last epoch's weights.
            if epoch == options.epochs {
                best = (evaluate(w).0, w.to_vec(), epoch);
            }
            return false;
        }
        let loss = evaluate(w).0;
        if loss < best.0 - 1e-6 {
            best = (loss, w.to_vec(), epoch);
            false
        } else {
            epoch - best.2 >= options.patience
        }
    };
    run(options.epochs, &|i| !valid[i], Some(&mut watch));
    report.epochs = best.2;
    let clip = |w: &[f64]| -> Vec<(usize, f64)> {
        let mut written: Vec<(usize, f64)> = w
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
        written
    };
    let rounded = |written: &[(usize, f64)]| -> Vec<f64> {
        let mut out = vec![0f64; n];
        for &(f, weight) in written {
            out[f] = (weight * 100.0).round() / 100.0;
        }
        out
    };
    // The validation figures: the held-out run's phrases, measured as written.
    let learned = evaluate(&rounded(&clip(&best.1)));
    report.baseline = (zero.0, zero.1);
    report.learned = (learned.0, learned.1);
    report.recall = (zero.2, learned.2);
    report.body_loss = (zero.3, learned.3);
    let weights = if options.refit && best.2 > 0 {
        run(best.2, &|_| true, None)
    } else {
        best.1
    };
    let mut written = clip(&weights);
    let final_w = rounded(&written);
    written.sort_by(|a, b| final_w[b.0].total_cmp(&final_w[a.0]).then(a.0.cmp(&b.0)));
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

/// Where a model came from, for its file's header.
#[derive(Clone, Debug, Default)]
pub struct Provenance {
    /// The command line that wrote it.
    pub command: String,
    /// The day it was trained (`YYYY-MM-DD`).
    pub date: String,
    /// Each input file as given, with the SHA-256 of its bytes (hex).
    pub inputs: Vec<(String, String)>,
}

/// The day `seconds` after the Unix epoch, as `YYYY-MM-DD` (proleptic Gregorian, UTC).
pub fn date_of(seconds: u64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = (seconds / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The learned phrases as a pattern file with a header that says how they were made:
/// the command, the day, every input with its checksum, the settings and the figures on
/// held-out publishers.
pub fn phrases_file(
    phrases: &[Phrase],
    report: &PhraseReport,
    options: &PhraseOptions,
    provenance: &Provenance,
) -> String {
    let mut out = String::new();
    let stopping = if options.patience == 0 {
        format!("{} epochs (no early stopping)", options.epochs)
    } else {
        format!(
            "early stopping on held-out publishers (patience {})",
            options.patience
        )
    };
    let _ = writeln!(
        out,
        "# Phrases learned by `unboil train --phrases`: word 1-{}-grams and, in scripts\n\
         # without spaces, character 2-4-grams; logistic regression (L1 {}, L2 {}, Adam,\n\
         # {stopping}) over labeled paragraphs, with the hand-written patterns and\n\
         # signals as a fixed offset. Do not edit by hand: retrain (scripts/train-model.sh).",
        options.max_words, options.l1, options.l2
    );
    let _ = writeln!(out, "# command: {}", provenance.command);
    let _ = writeln!(out, "# date: {}", provenance.date);
    for (path, sha) in &provenance.inputs {
        let _ = writeln!(out, "# input: {path} sha256:{sha}");
    }
    let _ = writeln!(
        out,
        "# data: {} documents, {} distinct labeled paragraphs",
        report.documents, report.paragraphs
    );
    let _ = writeln!(
        out,
        "# settings: min-groups {}, doc-weight {}, rate {}, refit {}, min weight {}, \
         max weight {}",
        options.min_groups,
        options.doc_weight,
        options.rate,
        options.refit,
        options.min_weight,
        options.max_weight
    );
    let _ = writeln!(
        out,
        "# candidates: {} phrases in paragraphs of enough publishers; written: {}",
        report.candidates,
        phrases.len()
    );
    let _ = writeln!(
        out,
        "# validation ({} paragraphs of publishers/sites held out of training), epoch {}:",
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
    fn dates() {
        assert_eq!(date_of(0), "1970-01-01");
        assert_eq!(date_of(951_782_400), "2000-02-29");
        assert_eq!(date_of(1_798_675_200), "2026-12-31");
    }

    #[test]
    fn function_words_and_names_are_not_candidates() {
        assert!(is_function_phrase("to the"));
        assert!(is_function_phrase("する"));
        assert!(!is_function_phrase("support"));
        assert!(!is_function_phrase("会員"));
        assert_eq!(compact_name("publisher:The Moscow Times"), "themoscowtimes");
        assert_eq!(compact_name("site:nytimes.com"), "nytimescom");
        assert_eq!(compact_name("doc:x1"), "");
    }

    #[test]
    fn archived_pages_are_their_own_site() {
        assert_eq!(
            site_of("https://web.archive.org/web/2007/http://www.example.fr/a.html").as_deref(),
            Some("example.fr")
        );
        assert_eq!(
            site_of("https://www.example.com/x").as_deref(),
            Some("example.com")
        );
    }

    #[test]
    fn digits_alone_are_not_phrases() {
        assert!(phrases("2024 12 31").is_empty());
    }
}
