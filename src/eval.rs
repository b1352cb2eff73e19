//! `unboil eval`: scores kept text against labeled documents with exactly the definitions
//! of `../shared/tools/score.py` (removal precision/recall, body-paragraph and
//! body-character loss, shingle F1 against `gt_body`, per source/view and per category).
//!
//! Text is compared the way Python does it: `str.splitlines`, `\s`, `\w` and `isalnum`
//! follow Python's Unicode rules, lengths are counted in code points, and which input
//! paragraphs were kept is decided by the same alignment (`difflib.SequenceMatcher`
//! without autojunk, then a word-bounded search of the unmatched output).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::OnceLock;

use regex::Regex;
use serde_json::{json, Map, Value};

/// The boiler categories of `score.py` (its `labels.CATEGORIES`), in its order; any
/// other category counts as `other`.
pub const CATEGORIES: [&str; 11] = [
    "cookie",
    "appeal",
    "newsletter",
    "subscribe",
    "comments",
    "share",
    "related",
    "caption",
    "legal",
    "navigation",
    "other",
];

// ---------------------------------------------------------------------------
// Python's text rules

/// Python's `str.isspace` (and regex `\s`) for one character.
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn alnum_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\A[\p{L}\p{N}]\z").unwrap_or_else(|_| unreachable!()))
}

fn word_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[\p{L}\p{N}_]+").unwrap_or_else(|_| unreachable!()))
}

/// Python's `str.isalnum` for one character (a letter or a numeric character).
pub fn py_isalnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let mut buf = [0u8; 4];
    alnum_regex().is_match(c.encode_utf8(&mut buf))
}

/// `evallib.norm_ws`: every whitespace run to one space, stripped.
pub fn norm_ws(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if py_isspace(c) {
            gap = !out.is_empty();
        } else {
            if gap {
                out.push(' ');
                gap = false;
            }
            out.push(c);
        }
    }
    out
}

/// Python's `str.splitlines()`: lines without their endings.
pub fn py_splitlines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\u{0b}'
                | '\u{0c}'
                | '\u{1c}'
                | '\u{1d}'
                | '\u{1e}'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        lines.push(&text[start..i]);
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(j, '\n')) = chars.peek() {
                chars.next();
                end = j + 1;
            }
        }
        start = end;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// `evallib.tokenize`: the `\w+` runs of a text.
pub fn tokenize(text: &str) -> Vec<&str> {
    word_regex().find_iter(text).map(|m| m.as_str()).collect()
}

/// `evallib.shingles`: the bag of 4-token shingles (a text of 1 to 3 tokens is one
/// shingle; an empty text has none).
fn shingles<'a>(tokens: &'a [&'a str]) -> HashMap<&'a [&'a str], u64> {
    const N: usize = 4;
    let mut bag = HashMap::new();
    if tokens.is_empty() {
        return bag;
    }
    if tokens.len() < N {
        bag.insert(tokens, 1);
        return bag;
    }
    for window in tokens.windows(N) {
        *bag.entry(window).or_insert(0) += 1;
    }
    bag
}

/// `evallib.shingle_tp_fp_fn`: multiset overlaps of the two shingle bags, divided by
/// their sum (all zero when both texts are empty).
pub fn shingle_tp_fp_fn(truth: &str, pred: &str) -> (f64, f64, f64) {
    let (t_tokens, p_tokens) = (tokenize(truth), tokenize(pred));
    let (t_bag, p_bag) = (shingles(&t_tokens), shingles(&p_tokens));
    let (mut tp, mut fp, mut fn_) = (0u64, 0u64, 0u64);
    for (key, &t) in &t_bag {
        let p = p_bag.get(key).copied().unwrap_or(0);
        tp += t.min(p);
        fn_ += t.saturating_sub(p);
    }
    for (key, &p) in &p_bag {
        let t = t_bag.get(key).copied().unwrap_or(0);
        fp += p.saturating_sub(t);
    }
    let total = (tp + fp + fn_) as f64;
    if total == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / total, fp as f64 / total, fn_ as f64 / total)
}

fn precision_of((tp, fp, fn_): (f64, f64, f64)) -> f64 {
    share_of(tp, fp, fn_)
}

fn recall_of((tp, fp, fn_): (f64, f64, f64)) -> f64 {
    share_of(tp, fn_, fp)
}

/// `tp / (tp + wrong)`, as score.py defines it at the edges: 1 when nothing is wrong
/// either way (`wrong` and `other` both 0), 0 when there is nothing to divide.
fn share_of(tp: f64, wrong: f64, other: f64) -> f64 {
    if wrong == 0.0 && other == 0.0 {
        1.0
    } else if tp == 0.0 && wrong == 0.0 {
        0.0
    } else {
        tp / (tp + wrong)
    }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        f64::NAN
    } else {
        sum / n as f64
    }
}

/// `evallib.shingle_prf`: mean precision (over documents with a non-empty prediction),
/// mean recall (over documents with a non-empty truth) and their harmonic mean, as
/// `(f1, precision, recall)`; NaN where a mean has no document.
pub fn shingle_prf(docs: &[(f64, f64, f64)]) -> (f64, f64, f64) {
    let precision = mean(
        docs.iter()
            .filter(|x| x.0 + x.1 > 0.0)
            .map(|&x| precision_of(x)),
    );
    let recall = mean(
        docs.iter()
            .filter(|x| x.0 + x.2 > 0.0)
            .map(|&x| recall_of(x)),
    );
    let f1 = if precision.is_nan() || recall.is_nan() {
        f64::NAN
    } else if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (f1, precision, recall)
}

/// `difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()` as
/// `(i, j, size)`, without the final sentinel; elements are compared by equality.
pub fn matching_blocks(a: &[u32], b: &[u32]) -> Vec<(usize, usize, usize)> {
    let mut b2j: HashMap<u32, Vec<usize>> = HashMap::new();
    for (j, &x) in b.iter().enumerate() {
        b2j.entry(x).or_default().push(j);
    }
    let mut queue = vec![(0, a.len(), 0, b.len())];
    let mut blocks = Vec::new();
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, b, &b2j, alo, ahi, blo, bhi);
        if k > 0 {
            blocks.push((i, j, k));
            if alo < i && blo < j {
                queue.push((alo, i, blo, j));
            }
            if i + k < ahi && j + k < bhi {
                queue.push((i + k, ahi, j + k, bhi));
            }
        }
    }
    blocks.sort_unstable();
    blocks
}

/// `SequenceMatcher.find_longest_match` with no junk: the longest common run, the one
/// that ends first in `a` (then in `b`) among equals.
fn longest_match(
    a: &[u32],
    b: &[u32],
    b2j: &HashMap<u32, Vec<usize>>,
    alo: usize,
    ahi: usize,
    blo: usize,
    bhi: usize,
) -> (usize, usize, usize) {
    let (mut best_i, mut best_j, mut best) = (alo, blo, 0usize);
    let mut j2len: HashMap<usize, usize> = HashMap::new();
    let mut next: HashMap<usize, usize> = HashMap::new();
    for (i, x) in a.iter().enumerate().take(ahi).skip(alo) {
        next.clear();
        if let Some(js) = b2j.get(x) {
            for &j in js {
                if j < blo {
                    continue;
                }
                if j >= bhi {
                    break;
                }
                let k = j
                    .checked_sub(1)
                    .and_then(|p| j2len.get(&p))
                    .copied()
                    .unwrap_or(0)
                    + 1;
                next.insert(j, k);
                if k > best {
                    best_i = i + 1 - k;
                    best_j = j + 1 - k;
                    best = k;
                }
            }
        }
        std::mem::swap(&mut j2len, &mut next);
    }
    while best_i > alo && best_j > blo && a[best_i - 1] == b[best_j - 1] {
        best_i -= 1;
        best_j -= 1;
        best += 1;
    }
    while best_i + best < ahi && best_j + best < bhi && a[best_i + best] == b[best_j + best] {
        best += 1;
    }
    (best_i, best_j, best)
}

/// `score.py`'s `_find_phrase`: byte start of the first occurrence of `needle` not glued
/// to a word character on either side.
fn find_phrase(haystack: &str, needle: &str) -> Option<usize> {
    let first = needle.chars().next()?;
    let last = needle.chars().next_back()?;
    let mut from = 0;
    while let Some(found) = haystack[from..].find(needle) {
        let start = from + found;
        let end = start + needle.len();
        let before_ok = haystack[..start]
            .chars()
            .next_back()
            .is_none_or(|b| !(py_isalnum(b) && py_isalnum(first)));
        let after_ok = haystack[end..]
            .chars()
            .next()
            .is_none_or(|a| !(py_isalnum(a) && py_isalnum(last)));
        if before_ok && after_ok {
            return Some(start);
        }
        from = start + haystack[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// `score.py`'s `kept_paragraphs`: which input paragraphs appear in the output, and how
/// many non-space output characters could not be traced to any of them.
pub fn kept_paragraphs<S: AsRef<str>>(paragraphs: &[S], output: &str) -> (Vec<bool>, usize) {
    let para_norm: Vec<String> = paragraphs.iter().map(|p| norm_ws(p.as_ref())).collect();
    let out_lines: Vec<String> = py_splitlines(output)
        .into_iter()
        .map(norm_ws)
        .filter(|l| !l.is_empty())
        .collect();
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut a = Vec::with_capacity(para_norm.len());
    for p in &para_norm {
        let next = ids.len() as u32;
        a.push(*ids.entry(p.as_str()).or_insert(next));
    }
    let mut b = Vec::with_capacity(out_lines.len());
    for l in &out_lines {
        let next = ids.len() as u32;
        b.push(*ids.entry(l.as_str()).or_insert(next));
    }
    let mut kept = vec![false; a.len()];
    let mut used = vec![false; b.len()];
    for (i, j, size) in matching_blocks(&a, &b) {
        for k in 0..size {
            kept[i + k] = true;
            used[j + k] = true;
        }
    }
    let mut leftover = out_lines
        .iter()
        .zip(&used)
        .filter(|(_, &u)| !u)
        .map(|(l, _)| l.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if !leftover.is_empty() {
        for (i, para) in para_norm.iter().enumerate() {
            if kept[i] || para.is_empty() {
                continue;
            }
            if let Some(start) = find_phrase(&leftover, para) {
                kept[i] = true;
                let blank = " ".repeat(para.chars().count());
                leftover.replace_range(start..start + para.len(), &blank);
            }
        }
    }
    let untraced = leftover.chars().filter(|&c| !py_isspace(c)).count();
    (kept, untraced)
}

// ---------------------------------------------------------------------------
// Labeled documents

/// A paragraph's label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// Journalism: should be kept.
    Body,
    /// Boilerplate: should be removed.
    Boiler,
}

/// One labeled paragraph.
#[derive(Clone, Debug)]
pub struct LabeledParagraph {
    /// Its text.
    pub text: String,
    /// Its label, if it has one.
    pub label: Option<Label>,
    /// Its boiler category, if given.
    pub category: Option<String>,
}

/// One labeled document (a line of `../shared/corpus/dev.jsonl`).
#[derive(Clone, Debug)]
pub struct LabeledDoc {
    /// `source` (scrapinghub, trafilatura, seed…).
    pub source: String,
    /// `view` (extracted, fulltext).
    pub view: String,
    /// `url`, if any.
    pub url: Option<String>,
    /// The document's text, as the filter gets it.
    pub text: String,
    /// The labeled paragraphs.
    pub paragraphs: Vec<LabeledParagraph>,
    /// The hand-made article body, where known.
    pub gt_body: Option<String>,
    /// Must-keep and must-drop snippets (trafilatura pages), when present.
    pub with_without: Option<(Vec<String>, Vec<String>)>,
}

impl LabeledDoc {
    /// The source/view group the document is reported under.
    pub fn group(&self) -> String {
        format!("{}/{}", self.source, self.view)
    }

    /// Reads a document from its JSON object.
    pub fn from_json(value: &Value) -> Result<LabeledDoc, String> {
        let obj = value.as_object().ok_or("not a JSON object")?;
        let string = |key: &str| obj.get(key).and_then(Value::as_str).map(str::to_string);
        let strings = |key: &str| -> Vec<String> {
            obj.get(key)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        let text = string("text").ok_or("no \"text\" string")?;
        let list = obj
            .get("paragraphs")
            .and_then(Value::as_array)
            .ok_or("no \"paragraphs\" list")?;
        let mut paragraphs = Vec::with_capacity(list.len());
        for (i, p) in list.iter().enumerate() {
            let text = p
                .get("text")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("paragraph {i} has no \"text\""))?;
            let label = match p.get("label").and_then(Value::as_str) {
                Some("body") => Some(Label::Body),
                Some("boiler") => Some(Label::Boiler),
                _ => None,
            };
            paragraphs.push(LabeledParagraph {
                text: text.to_string(),
                label,
                category: p
                    .get("category")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            });
        }
        Ok(LabeledDoc {
            source: string("source").unwrap_or_default(),
            view: string("view").unwrap_or_default(),
            url: string("url"),
            text,
            paragraphs,
            gt_body: string("gt_body"),
            with_without: obj
                .contains_key("with")
                .then(|| (strings("with"), strings("without"))),
        })
    }
}

// ---------------------------------------------------------------------------
// Scoring

/// Running totals of one group of documents (`score.py`'s `score_group`).
#[derive(Clone, Debug, Default)]
pub struct Tally {
    docs: u64,
    input_chars: u64,
    output_chars: u64,
    untraced_chars: u64,
    body: u64,
    body_chars: u64,
    body_removed: u64,
    body_chars_removed: u64,
    boiler: u64,
    boiler_removed: u64,
    docs_with_body: u64,
    docs_with_body_loss: u64,
    labeled_docs: u64,
    perfect_docs: u64,
    with_present: u64,
    with_kept: u64,
    without_present: u64,
    without_removed: u64,
    /// `(boiler paragraphs, removed)` per entry of `CATEGORIES`.
    categories: [(u64, u64); 11],
    shingles: Vec<(f64, f64, f64)>,
    accuracies: Vec<f64>,
    /// Seconds spent filtering.
    pub seconds: f64,
}

fn ratio(num: u64, den: u64) -> f64 {
    if den == 0 {
        f64::NAN
    } else {
        num as f64 / den as f64
    }
}

fn json_num(x: f64) -> Value {
    if x.is_nan() {
        Value::Null
    } else {
        json!(x)
    }
}

/// The main figures of a tally.
#[derive(Clone, Copy, Debug)]
pub struct Figures {
    /// Shingle F1, precision, recall (NaN without `gt_body`).
    pub f1: f64,
    /// Shingle precision.
    pub precision: f64,
    /// Shingle recall.
    pub recall: f64,
    /// Removed boiler / all removed labeled paragraphs.
    pub removal_precision: f64,
    /// Removed boiler / boiler.
    pub removal_recall: f64,
    /// Removed body / body paragraphs.
    pub body_paragraph_loss: f64,
    /// Removed body characters / body characters.
    pub body_char_loss: f64,
    /// Documents that lost a body paragraph / documents with body.
    pub docs_with_body_loss: f64,
    /// Documents with every label honoured / labeled documents.
    pub perfect_docs: f64,
    /// `with` snippets kept / present.
    pub with_kept: f64,
    /// `without` snippets removed / present.
    pub without_removed: f64,
}

impl Tally {
    /// Adds one document and the filter's output for it.
    pub fn add(&mut self, doc: &LabeledDoc, output: &str) {
        self.docs += 1;
        self.input_chars += doc.text.chars().count() as u64;
        self.output_chars += output.chars().filter(|&c| !py_isspace(c)).count() as u64;
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        let (kept, untraced) = kept_paragraphs(&texts, output);
        self.untraced_chars += untraced as u64;
        let (mut body_removed, mut boiler_left, mut has_labels, mut has_body) =
            (0, 0, false, false);
        for (para, &is_kept) in doc.paragraphs.iter().zip(&kept) {
            match para.label {
                Some(Label::Body) => {
                    has_labels = true;
                    has_body = true;
                    self.body += 1;
                    let chars = para.text.chars().count() as u64;
                    self.body_chars += chars;
                    if !is_kept {
                        body_removed += 1;
                        self.body_removed += 1;
                        self.body_chars_removed += chars;
                    }
                }
                Some(Label::Boiler) => {
                    has_labels = true;
                    self.boiler += 1;
                    let name = para.category.as_deref().filter(|c| !c.is_empty());
                    let at = name
                        .and_then(|n| CATEGORIES.iter().position(|c| *c == n))
                        .unwrap_or(CATEGORIES.len() - 1);
                    self.categories[at].0 += 1;
                    if is_kept {
                        boiler_left += 1;
                    } else {
                        self.boiler_removed += 1;
                        self.categories[at].1 += 1;
                    }
                }
                None => {}
            }
        }
        if has_body {
            self.docs_with_body += 1;
            self.docs_with_body_loss += u64::from(body_removed > 0);
        }
        if has_labels {
            self.labeled_docs += 1;
            self.perfect_docs += u64::from(body_removed == 0 && boiler_left == 0);
        }
        if let Some(gt) = &doc.gt_body {
            self.shingles.push(shingle_tp_fp_fn(gt, output));
            self.accuracies
                .push(f64::from(u8::from(tokenize(gt) == tokenize(output))));
        }
        if let Some((with, without)) = &doc.with_without {
            let (text_n, out_n) = (norm_ws(&doc.text), norm_ws(output));
            for s in with.iter().map(|s| norm_ws(s)) {
                if text_n.contains(&s) {
                    self.with_present += 1;
                    self.with_kept += u64::from(out_n.contains(&s));
                }
            }
            for s in without.iter().map(|s| norm_ws(s)) {
                if text_n.contains(&s) {
                    self.without_present += 1;
                    self.without_removed += u64::from(!out_n.contains(&s));
                }
            }
        }
    }

    /// Adds another tally's documents to this one.
    pub fn merge(&mut self, other: &Tally) {
        macro_rules! sum {
            ($($f:ident),*) => { $(self.$f += other.$f;)* };
        }
        sum!(
            docs,
            input_chars,
            output_chars,
            untraced_chars,
            body,
            body_chars,
            body_removed,
            body_chars_removed,
            boiler,
            boiler_removed,
            docs_with_body,
            docs_with_body_loss,
            labeled_docs,
            perfect_docs,
            with_present,
            with_kept,
            without_present,
            without_removed,
            seconds
        );
        for (mine, theirs) in self.categories.iter_mut().zip(&other.categories) {
            mine.0 += theirs.0;
            mine.1 += theirs.1;
        }
        self.shingles.extend_from_slice(&other.shingles);
        self.accuracies.extend_from_slice(&other.accuracies);
    }

    /// Documents scored.
    pub fn docs(&self) -> u64 {
        self.docs
    }

    /// The figures (NaN where a ratio has an empty denominator).
    pub fn figures(&self) -> Figures {
        let (f1, precision, recall) = shingle_prf(&self.shingles);
        Figures {
            f1,
            precision,
            recall,
            removal_precision: ratio(self.boiler_removed, self.boiler_removed + self.body_removed),
            removal_recall: ratio(self.boiler_removed, self.boiler),
            body_paragraph_loss: ratio(self.body_removed, self.body),
            body_char_loss: ratio(self.body_chars_removed, self.body_chars),
            docs_with_body_loss: ratio(self.docs_with_body_loss, self.docs_with_body),
            perfect_docs: ratio(self.perfect_docs, self.labeled_docs),
            with_kept: ratio(self.with_kept, self.with_present),
            without_removed: ratio(self.without_removed, self.without_present),
        }
    }

    /// The figures as JSON, with `score.py`'s key names (NaN as `null`).
    pub fn to_json(&self) -> Value {
        let f = self.figures();
        let mut by_category = Map::new();
        for (name, &(n, removed)) in CATEGORIES.iter().zip(&self.categories) {
            if n > 0 {
                by_category.insert(
                    name.to_string(),
                    json!({"boiler": n, "removed": removed, "recall": json_num(ratio(removed, n))}),
                );
            }
        }
        let mut result = json!({
            "docs": self.docs,
            "errors": 0,
            "seconds": self.seconds,
            "docs_per_s": json_num(if self.seconds > 0.0 { self.docs as f64 / self.seconds } else { f64::NAN }),
            "paragraphs": {
                "body": self.body,
                "boiler": self.boiler,
                "removal_precision": json_num(f.removal_precision),
                "removal_recall": json_num(f.removal_recall),
                "body_paragraph_loss": json_num(f.body_paragraph_loss),
                "body_char_loss": json_num(f.body_char_loss),
                "docs_with_body_loss": json_num(f.docs_with_body_loss),
                "perfect_docs": json_num(f.perfect_docs),
                "boiler_recall_by_category": by_category,
            },
            "untraced_output_share": json_num(ratio(self.untraced_chars, self.output_chars)),
        });
        if !self.shingles.is_empty() {
            result["shingle"] = json!({
                "f1": json_num(f.f1),
                "precision": json_num(f.precision),
                "recall": json_num(f.recall),
                "accuracy": json_num(mean(self.accuracies.iter().copied())),
                "docs": self.shingles.len(),
            });
        }
        if self.with_present + self.without_present > 0 {
            result["segments"] = json!({
                "with_present": self.with_present,
                "with_kept": json_num(f.with_kept),
                "without_present": self.without_present,
                "without_removed": json_num(f.without_removed),
            });
        }
        result
    }
}

/// Tallies per source/view group, and over everything.
#[derive(Clone, Debug, Default)]
pub struct Evaluation {
    /// One tally per `source/view`, sorted by name.
    pub groups: BTreeMap<String, Tally>,
}

impl Evaluation {
    /// Adds one document and its output; `seconds` is the time the filter took.
    pub fn add(&mut self, doc: &LabeledDoc, output: &str, seconds: f64) {
        let tally = self.groups.entry(doc.group()).or_default();
        tally.add(doc, output);
        tally.seconds += seconds;
    }

    /// Every group's documents together.
    pub fn total(&self) -> Tally {
        let mut all = Tally::default();
        for tally in self.groups.values() {
            all.merge(tally);
        }
        all
    }

    /// The whole evaluation as JSON: `{"groups": {name: figures}, "all": figures}`.
    pub fn to_json(&self) -> Value {
        let groups: Map<String, Value> = self
            .groups
            .iter()
            .map(|(name, tally)| (name.clone(), tally.to_json()))
            .collect();
        json!({"groups": groups, "all": self.total().to_json()})
    }

    /// The two tables `score.py` prints: figures per group, then boiler recall per
    /// category.
    pub fn table(&self) -> String {
        let cell = |x: f64, width: usize| {
            if x.is_nan() {
                format!("{:>width$}", "-")
            } else {
                format!("{x:>width$.3}")
            }
        };
        let mut out = String::new();
        let header =
            format!(
            "{:<24} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8} {:>7} {:>8} {:>7} {:>6} {:>7} {:>8}",
            "source/view", "docs", "F1", "P", "R", "rmP", "rmR", "bodyLoss", "bodyChr",
            "lossDocs", "perfect", "with", "without", "docs/s"
        );
        let _ = writeln!(out, "{header}");
        let _ = writeln!(out, "{}", "-".repeat(header.len()));
        let total = self.total();
        let rows = self
            .groups
            .iter()
            .map(|(n, t)| (n.as_str(), t))
            .chain((self.groups.len() > 1).then_some(("all", &total)));
        for (name, tally) in rows {
            let f = tally.figures();
            let rate = if tally.seconds > 0.0 {
                format!("{:.0}", tally.docs as f64 / tally.seconds)
            } else {
                "-".into()
            };
            let _ = writeln!(
                out,
                "{:<24} {:>5} {} {} {} {} {} {} {} {} {} {} {} {:>8}",
                name,
                tally.docs,
                cell(f.f1, 6),
                cell(f.precision, 6),
                cell(f.recall, 6),
                cell(f.removal_precision, 6),
                cell(f.removal_recall, 6),
                cell(f.body_paragraph_loss, 8),
                cell(f.body_char_loss, 7),
                cell(f.docs_with_body_loss, 8),
                cell(f.perfect_docs, 7),
                cell(f.with_kept, 6),
                cell(f.without_removed, 7),
                rate
            );
        }
        let _ = writeln!(
            out,
            "\nboiler recall by category (boiler paragraphs in brackets)"
        );
        let header = format!(
            "{:<24} {}",
            "source/view",
            CATEGORIES
                .iter()
                .map(|c| format!("{c:>15}"))
                .collect::<Vec<_>>()
                .join(" ")
        );
        let _ = writeln!(out, "{header}");
        let _ = writeln!(out, "{}", "-".repeat(header.len()));
        let rows = self
            .groups
            .iter()
            .map(|(n, t)| (n.as_str(), t))
            .chain((self.groups.len() > 1).then_some(("all", &total)));
        for (name, tally) in rows {
            let cells: Vec<String> = tally
                .categories
                .iter()
                .map(|&(n, removed)| {
                    if n == 0 {
                        format!("{:>15}", "-")
                    } else {
                        format!("{} ({n:>6})", cell(ratio(removed, n), 5))
                    }
                })
                .collect();
            let _ = writeln!(out, "{name:<24} {}", cells.join(" "));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_text_rules() {
        assert_eq!(norm_ws("  a \u{1f}b\n\tc  "), "a b c");
        assert_eq!(
            py_splitlines("a\r\nb\rc\u{2028}d\n\ne"),
            vec!["a", "b", "c", "d", "", "e"]
        );
        assert_eq!(py_splitlines("a\n"), vec!["a"]);
        assert_eq!(
            tokenize("It's 2024_x — naïve façade!"),
            vec!["It", "s", "2024_x", "naïve", "façade"]
        );
        assert!(py_isalnum('é') && py_isalnum('٣') && !py_isalnum('_') && !py_isalnum('\u{301}'));
    }

    #[test]
    fn shingle_counts_by_hand() {
        // truth: a b c d e -> {abcd, bcde}; pred: a b c d -> {abcd}: tp 1, fp 0, fn 1.
        assert_eq!(shingle_tp_fp_fn("a b c d e", "a b c d"), (0.5, 0.0, 0.5));
        // Short texts are one shingle of all their tokens.
        assert_eq!(shingle_tp_fp_fn("x y", "x y"), (1.0, 0.0, 0.0));
        assert_eq!(shingle_tp_fp_fn("x y", "x"), (0.0, 0.5, 0.5));
        assert_eq!(shingle_tp_fp_fn("", ""), (0.0, 0.0, 0.0));
        // Repeats count as a multiset: 2 of "a a a a" vs 1.
        assert_eq!(shingle_tp_fp_fn("a a a a a", "a a a a"), (0.5, 0.0, 0.5));
    }

    #[test]
    fn prf_means_by_hand() {
        let docs = [(0.5, 0.0, 0.5), (0.25, 0.5, 0.25), (0.0, 0.0, 1.0)];
        let (f1, p, r) = shingle_prf(&docs);
        // precision over docs with tp+fp>0: (1 + 1/3) / 2; recall over tp+fn>0: (0.5 + 0.5 + 0) / 3.
        assert!((p - (1.0 + 1.0 / 3.0) / 2.0).abs() < 1e-12);
        assert!((r - 1.0 / 3.0).abs() < 1e-12);
        assert!((f1 - 2.0 * p * r / (p + r)).abs() < 1e-12);
        assert!(shingle_prf(&[(0.0, 0.0, 1.0)]).1.is_nan());
    }

    #[test]
    fn matching_blocks_like_difflib() {
        // difflib.SequenceMatcher(None, "abxcd", "abcd", autojunk=False)
        //   .get_matching_blocks() == [(0,0,2), (3,2,2), (5,4,0)]
        let a: Vec<u32> = "abxcd".bytes().map(u32::from).collect();
        let b: Vec<u32> = "abcd".bytes().map(u32::from).collect();
        assert_eq!(matching_blocks(&a, &b), vec![(0, 0, 2), (3, 2, 2)]);
        // Ties go to the earliest match in a: "ab" vs "ba" -> [(0,1,1)]
        let a: Vec<u32> = "ab".bytes().map(u32::from).collect();
        let b: Vec<u32> = "ba".bytes().map(u32::from).collect();
        assert_eq!(matching_blocks(&a, &b), vec![(0, 1, 1)]);
    }

    #[test]
    fn kept_paragraphs_align_then_search() {
        let paras = [
            "Share",
            "Body one here.",
            "Share",
            "Body two.",
            "Donate now",
        ];
        let (kept, untraced) = kept_paragraphs(&paras, "Body one here.\nShare\nBody  two. extra\n");
        // "Share" kept once (the second, aligned after body one); body two found inside
        // the re-wrapped line, " extra" untraced.
        assert_eq!(kept, vec![false, true, true, true, false]);
        assert_eq!(untraced, 5);
    }

    #[test]
    fn tally_by_hand() {
        let doc = LabeledDoc::from_json(&json!({
            "source": "s", "view": "v", "text": "B1 body text\nX boiler\nB2 more body\nY cookie\n",
            "paragraphs": [
                {"text": "B1 body text", "label": "body"},
                {"text": "X boiler", "label": "boiler", "category": "appeal"},
                {"text": "B2 more body", "label": "body"},
                {"text": "Y cookie", "label": "boiler", "category": "weird"},
            ],
            "gt_body": "B1 body text B2 more body",
        }))
        .expect("valid record");
        let mut tally = Tally::default();
        // Keeps B1 and Y; drops X and B2.
        tally.add(&doc, "B1 body text\nY cookie\n");
        let f = tally.figures();
        assert_eq!(f.removal_precision, 0.5);
        assert_eq!(f.removal_recall, 0.5);
        assert_eq!(f.body_paragraph_loss, 0.5);
        assert_eq!(f.body_char_loss, 12.0 / 24.0);
        assert_eq!(f.perfect_docs, 0.0);
        let json = tally.to_json();
        assert_eq!(
            json["paragraphs"]["boiler_recall_by_category"]["appeal"]["recall"],
            1.0
        );
        assert_eq!(
            json["paragraphs"]["boiler_recall_by_category"]["other"]["recall"],
            0.0
        );
        // Output shingles: [B1 body text Y], [body text Y cookie]; truth: [B1 body text B2],
        // [body text B2 more], [text B2 more body]: tp 0, fp 2, fn 3.
        assert_eq!(tally.shingles[0], (0.0, 0.4, 0.6));
    }
}
