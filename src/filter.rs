//! The document pipeline: split → score → decide over a bounded window → sink.
//!
//! `DocumentFilter` takes decoded text in pieces of any size and hands every paragraph,
//! decided, to a `Sink`. Paragraphs wait in a window (at most `Options::window`
//! paragraphs and about `Options::window_bytes` bytes); when it is full, the sequence
//! decision runs over the whole window and the older half is committed, so memory never
//! depends on the document's length and the result never depends on how the input was
//! cut into reads.

use std::collections::HashMap;
use std::io;

use crate::decide::{Decider, State, Step};
use crate::fold::fold_into;
use crate::hash::{hash_bytes, FxBuildHasher};
use crate::model::{Model, Options};
use crate::patterns::{Category, Role};
use crate::signals::{measure, Signal, Signals};
use crate::sink::{Decided, Sink};
use crate::split::{SplitMode, Splitter};

/// A paragraph waiting in the window.
#[derive(Clone, Debug)]
struct Pending {
    /// `text` and separator as offsets into the window's arena.
    text_start: usize,
    text_end: usize,
    sep_end: usize,
    /// Byte offset in the decoded document.
    doc_offset: u64,
    index: u64,
    pattern_score: f32,
    signals: Signals,
    opener: bool,
    closer: bool,
    /// Positive weight of appeal and paywall patterns: strong evidence can open a block.
    appeal_weight: f32,
    empty: bool,
    hash: u64,
    hits_start: usize,
    hits_end: usize,
}

/// The window of undecided paragraphs of one document, with its reusable buffers.
struct Window<'m> {
    model: &'m Model,
    options: &'m Options,
    doc: u64,
    host: Option<String>,
    arena: String,
    items: Vec<Pending>,
    hits: Vec<u32>,
    next_index: u64,
    next_offset: u64,
    carry: Option<(State, Step)>,
    folded: String,
    steps: Vec<Step>,
    path: Vec<State>,
    counts: HashMap<u64, u32, FxBuildHasher>,
    decider: Decider,
}

impl<'m> Window<'m> {
    fn new(model: &'m Model, options: &'m Options) -> Window<'m> {
        Window {
            model,
            options,
            doc: 0,
            host: None,
            arena: String::new(),
            items: Vec::new(),
            hits: Vec::new(),
            next_index: 0,
            next_offset: 0,
            carry: None,
            folded: String::new(),
            steps: Vec::new(),
            path: Vec::new(),
            counts: HashMap::default(),
            decider: Decider::default(),
        }
    }

    fn begin(&mut self, doc: u64, host: Option<&str>) {
        self.doc = doc;
        self.host = host.map(str::to_ascii_lowercase);
        self.arena.clear();
        self.items.clear();
        self.hits.clear();
        self.next_index = 0;
        self.next_offset = 0;
        self.carry = None;
    }

    /// Scores a paragraph and adds it; decides the older half when the window is full.
    fn add<S: Sink>(&mut self, text: &str, sep: &str, sink: &mut S) -> io::Result<()> {
        let text_start = self.arena.len();
        self.arena.push_str(text);
        let text_end = self.arena.len();
        self.arena.push_str(sep);
        fold_into(text, &mut self.folded);
        let hits_start = self.hits.len();
        self.model
            .patterns
            .find(&self.folded, self.host.as_deref(), &mut self.hits);
        let mut pattern_score = 0.0;
        let mut appeal_weight = 0.0;
        let (mut opener, mut closer) = (false, false);
        for &id in &self.hits[hits_start..] {
            let rule = &self.model.patterns.rules()[id as usize];
            pattern_score += rule.weight;
            if rule.weight > 0.0 {
                opener |= rule.role == Role::Opener;
                closer |= rule.role == Role::Closer;
                if matches!(rule.category, Category::Appeal | Category::Paywall) {
                    appeal_weight += rule.weight;
                }
            }
        }
        self.items.push(Pending {
            text_start,
            text_end,
            sep_end: self.arena.len(),
            doc_offset: self.next_offset,
            index: self.next_index,
            pattern_score,
            signals: measure(text, &self.folded),
            opener,
            closer,
            appeal_weight,
            empty: self.folded.is_empty(),
            hash: hash_bytes(self.folded.as_bytes()),
            hits_start,
            hits_end: self.hits.len(),
        });
        self.next_index += 1;
        self.next_offset += (text.len() + sep.len()) as u64;
        if self.items.len() >= self.options.window.max(2)
            || self.arena.len() >= self.options.window_bytes
        {
            self.decide(false, sink)?;
        }
        Ok(())
    }

    /// Runs the sequence decision over the window; commits everything when the document
    /// is complete, else the older half.
    fn decide<S: Sink>(&mut self, complete: bool, sink: &mut S) -> io::Result<()> {
        if self.items.is_empty() {
            return Ok(());
        }
        self.counts.clear();
        for item in self.items.iter().filter(|i| !i.empty) {
            *self.counts.entry(item.hash).or_insert(0) += 1;
        }
        let weights = &self.model.weights;
        let params = &self.model.params;
        let last = self.items.len() - 1;
        self.steps.clear();
        for (i, item) in self.items.iter_mut().enumerate() {
            // A repeated short line is a menu or a button; a repeated long one may be
            // a recipe step or a refrain, so only short ones count.
            let short = item.signals.get(Signal::Words40Plus) == 0.0
                && item.signals.get(Signal::Words10To24) == 0.0;
            let repeated =
                short && !item.empty && self.counts.get(&item.hash).copied().unwrap_or(0) > 1;
            item.signals
                .set(Signal::Repeated, f32::from(u8::from(repeated)));
            item.signals
                .set(Signal::Last, f32::from(u8::from(complete && i == last)));
            item.signals
                .set(Signal::First, f32::from(u8::from(item.index == 0)));
            let score = item.pattern_score + weights.score(&item.signals) + self.options.offset;
            self.steps.push(Step {
                score,
                opener: item.opener,
                closer: item.closer,
                strong: item.appeal_weight >= params.strong_score,
                neutral: item.empty,
                evidence: item.pattern_score >= params.evidence_score,
                mass: params.mass(item.signals.words),
            });
        }
        self.decider
            .decide(params, &self.steps, self.carry, &mut self.path);
        let commit = if complete {
            self.items.len()
        } else {
            self.items.len().div_ceil(2)
        };
        for i in 0..commit {
            let item = &self.items[i];
            sink.paragraph(&Decided {
                doc: self.doc,
                index: item.index,
                start_byte: item.doc_offset,
                text: &self.arena[item.text_start..item.text_end],
                separator: &self.arena[item.text_end..item.sep_end],
                state: self.path[i],
                score: self.steps[i].score,
                signals: &item.signals,
                hits: &self.hits[item.hits_start..item.hits_end],
            })?;
        }
        self.carry = Some((self.path[commit - 1], self.steps[commit - 1]));
        // A single paragraph can fill the window's bytes on its own (a long
        // `--max-paragraph`): its "older half" is all of it.
        if commit == self.items.len() {
            self.items.clear();
            self.arena.clear();
            self.hits.clear();
        } else {
            let text_cut = self.items[commit].text_start;
            let hits_cut = self.items[commit].hits_start;
            self.items.drain(..commit);
            self.arena.drain(..text_cut);
            self.hits.drain(..hits_cut);
            for item in &mut self.items {
                item.text_start -= text_cut;
                item.text_end -= text_cut;
                item.sep_end -= text_cut;
                item.hits_start -= hits_cut;
                item.hits_end -= hits_cut;
            }
        }
        Ok(())
    }
}

/// Filters documents, one at a time, fed as decoded text in pieces of any size.
pub struct DocumentFilter<'m> {
    splitter: Splitter,
    window: Window<'m>,
}

impl<'m> DocumentFilter<'m> {
    /// A filter using `model` and `options`.
    pub fn new(model: &'m Model, options: &'m Options) -> DocumentFilter<'m> {
        DocumentFilter {
            splitter: Splitter::new(options.split, options.max_paragraph),
            window: Window::new(model, options),
        }
    }

    /// Starts document `doc`; `host` (the URL's host) enables domain-scoped patterns.
    pub fn begin(&mut self, doc: u64, host: Option<&str>) {
        self.splitter.reset();
        self.window.begin(doc, host);
    }

    /// Feeds a piece of the document's decoded text.
    pub fn push<S: Sink>(&mut self, text: &str, sink: &mut S) -> io::Result<()> {
        let window = &mut self.window;
        let mut result = Ok(());
        self.splitter.push(text, &mut |t: &str, s: &str| {
            if result.is_ok() {
                result = window.add(t, s, sink);
            }
        });
        result
    }

    /// Ends the document: decides and emits everything still waiting.
    pub fn finish<S: Sink>(&mut self, sink: &mut S) -> io::Result<()> {
        let window = &mut self.window;
        let mut result = Ok(());
        self.splitter.finish(&mut |t: &str, s: &str| {
            if result.is_ok() {
                result = window.add(t, s, sink);
            }
        });
        result?;
        self.window.decide(true, sink)?;
        sink.end_document(self.window.doc)
    }

    /// The paragraph mode used for the current document, once decided.
    pub fn split_mode(&self) -> Option<SplitMode> {
        self.splitter.mode()
    }

    /// Filters one whole document held in memory.
    pub fn filter_str<S: Sink>(
        &mut self,
        doc: u64,
        host: Option<&str>,
        text: &str,
        sink: &mut S,
    ) -> io::Result<()> {
        self.begin(doc, host);
        self.push(text, sink)?;
        self.finish(sink)
    }
}
