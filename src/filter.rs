//! The document pipeline: split → score → decide over a bounded window → sink.
//!
//! `DocumentFilter` takes decoded text in pieces of any size and hands every paragraph,
//! decided, to a `Sink`. Paragraphs wait in a window (at most `Options::window`
//! paragraphs and about `Options::window_bytes` bytes); when it is full, the sequence
//! decision runs over the whole window and the older half is committed, so memory never
//! depends on the document's length and the result never depends on how the input was
//! cut into reads.
//!
//! The document's language is settled before its first paragraph is scored, from its first
//! `LANG_PREFIX` bytes of text (held until they have arrived) or from `Options::lang`;
//! with `Options::detect_language` off and no language given, nothing is held.

use std::collections::HashMap;
use std::io;

use crate::decide::{Decider, State, Step};
use crate::decode::EncodingInfo;
use crate::features::{
    dense_features, Dense, FeatureConfig, Neighbour, PatternEvidence, Tokenizer, DENSE_COUNT,
};
use crate::fold::fold_into;
use crate::hash::{hash_bytes, FxBuildHasher};
use crate::lang::{detect, DocumentLanguage, Language, LANG_PREFIX};
use crate::lexicon::{self, Lexicon};
use crate::linear::LinearModel;
use crate::model::{Model, Options};
use crate::patterns::{Category, FindScratch, Role};
use crate::signals::{measure, repetition_counts, Shape, Signal, Signals};
use crate::sink::{Decided, DocumentInfo, Sink, SiteHit};
use crate::sites::SiteEvidence;
use crate::split::{SplitMode, Splitter};

/// Most paragraphs of an article's head (headline, byline, date) kept with its body.
const HEAD_LINES: usize = 3;
/// Most words of a paragraph of an article's head.
const HEAD_WORDS: u32 = 25;

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
    /// Related-links pattern evidence ("Most read", "More stories"): heads a link list.
    related_heading: bool,
    /// Positive weight of comment patterns ("Leave a reply", "167 comments", "Reply").
    comment_weight: f32,
    /// Positive weight of navigation patterns (menus, breadcrumbs, a lone date).
    navigation_weight: f32,
    /// Negative weight of hand-written patterns: evidence of news ("said on Tuesday").
    news_weight: f32,
    /// A pattern with the thread role matched: it heads a comment section.
    thread_head: bool,
    /// A pattern with the maybe-thread role matched: it heads a comment section when
    /// comment chrome follows.
    maybe_thread_head: bool,
    empty: bool,
    hash: u64,
    hits_start: usize,
    hits_end: usize,
    /// What the hand-written patterns said, as the learned model's features.
    evidence: PatternEvidence,
    /// The learned model's hashed n-gram part of the score.
    hashed_score: f32,
    /// How many hashed features the paragraph has.
    hashed_count: u32,
    /// The learned model's dense features, set by `decide`.
    dense: Dense,
    /// Site learning: the site's documents that hold the paragraph, of how many, and the
    /// weight that added to its score.
    site: Option<(u32, u32, f32)>,
}

/// The window of undecided paragraphs of one document, with its reusable buffers.
struct Window<'m> {
    model: &'m Model,
    options: &'m Options,
    doc: u64,
    host: Option<String>,
    /// What site learning tells the document (`DocumentFilter::set_site_evidence`).
    site: Option<SiteEvidence>,
    /// The document's language, for evidence that depends on it.
    language: DocumentLanguage,
    /// The word lists its paragraphs are measured with (`lexicon::for_language`).
    lexicon: &'static Lexicon,
    arena: String,
    items: Vec<Pending>,
    hits: Vec<u32>,
    next_index: u64,
    next_offset: u64,
    carry: Option<(State, Step)>,
    /// Index of the last anchor paragraph (see `Signal::Interior`) committed in this
    /// document.
    last_anchor: Option<u64>,
    /// Per window item: signal score plus mode offset, before `Signal::Interior`.
    structural: Vec<f32>,
    /// Per window item: whether it is an anchor.
    anchors: Vec<bool>,
    /// Per window item: whether an anchor follows it within `interior_span` paragraphs.
    anchored_after: Vec<bool>,
    /// Whether a comment section began in the committed part of this document (see
    /// `Signal::CommentSection`).
    comment_section: bool,
    /// Per window item: whether a comment section has begun at or before it.
    sections: Vec<bool>,
    /// The items of the numbered list being read (see `mark_enumerated`), or of the
    /// story list (see `mark_teaser_lists`).
    enumeration: Vec<usize>,
    /// Per non-empty window item: its index and shape (see `mark_teaser_lists`).
    shapes: Vec<(usize, Shape)>,
    folded: String,
    /// Whether paragraphs are tokenized: always with a learned model; without one, only
    /// when `DocumentFilter::count_hashed_features` asked for their count (training).
    tokenize: bool,
    tokenizer: Tokenizer,
    hashes: Vec<u64>,
    /// The neighbour features of the last non-empty paragraph committed in this document.
    committed_neighbour: Option<Neighbour>,
    /// Per window item: its neighbour features (`None` when empty).
    neighbours: Vec<Option<Neighbour>>,
    /// Per window item: the neighbour features of the next non-empty item.
    next_neighbours: Vec<Option<Neighbour>>,
    scratch: FindScratch,
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
            site: None,
            language: DocumentLanguage::unknown(),
            lexicon: lexicon::fallback(),
            arena: String::new(),
            items: Vec::new(),
            hits: Vec::new(),
            next_index: 0,
            next_offset: 0,
            carry: None,
            last_anchor: None,
            structural: Vec::new(),
            anchors: Vec::new(),
            anchored_after: Vec::new(),
            comment_section: false,
            sections: Vec::new(),
            enumeration: Vec::new(),
            shapes: Vec::new(),
            folded: String::new(),
            tokenize: model.linear.is_some(),
            tokenizer: Tokenizer::default(),
            hashes: Vec::new(),
            committed_neighbour: None,
            neighbours: Vec::new(),
            next_neighbours: Vec::new(),
            scratch: FindScratch::default(),
            steps: Vec::new(),
            path: Vec::new(),
            counts: HashMap::default(),
            decider: Decider::default(),
        }
    }

    fn begin(&mut self, doc: u64, host: Option<&str>) {
        self.doc = doc;
        self.host = host.map(str::to_ascii_lowercase);
        self.language = DocumentLanguage::unknown();
        self.lexicon = lexicon::fallback();
        self.arena.clear();
        self.items.clear();
        self.hits.clear();
        self.next_index = 0;
        self.next_offset = 0;
        self.carry = None;
        self.last_anchor = None;
        self.comment_section = false;
        self.committed_neighbour = None;
    }

    /// Scores a paragraph and adds it; decides the older half when the window is full.
    fn add<S: Sink>(&mut self, text: &str, sep: &str, sink: &mut S) -> io::Result<()> {
        let text_start = self.arena.len();
        self.arena.push_str(text);
        let text_end = self.arena.len();
        self.arena.push_str(sep);
        fold_into(text, &mut self.folded);
        let hits_start = self.hits.len();
        self.model.patterns.find_with(
            &self.folded,
            self.host.as_deref(),
            &mut self.hits,
            &mut self.scratch,
        );
        let mut pattern_score = 0.0;
        let mut learned_score = 0.0;
        let mut learned_outside = 0.0;
        let mut news_weight = 0.0;
        let mut appeal_weight = 0.0;
        let mut related_weight = 0.0;
        let mut comment_weight = 0.0;
        let mut navigation_weight = 0.0;
        let (mut opener, mut closer) = (false, false);
        let (mut thread_head, mut maybe_thread_head) = (false, false);
        let mut evidence = PatternEvidence::default();
        for &id in &self.hits[hits_start..] {
            let rule = &self.model.patterns.rules()[id as usize];
            if rule.learned {
                learned_score += rule.weight;
                if !self.model.patterns.is_builtin(rule) {
                    learned_outside += rule.weight;
                }
                continue;
            }
            pattern_score += rule.weight;
            if self.model.patterns.is_builtin(rule) {
                evidence.categories[rule.category as usize] = true;
            } else {
                evidence.outside += rule.weight;
            }
            if rule.weight > 0.0 {
                evidence.opener |= rule.role == Role::Opener;
                evidence.closer |= rule.role == Role::Closer;
            }
            if rule.weight < 0.0 {
                news_weight += rule.weight;
            }
            if rule.weight > 0.0 {
                opener |= rule.role == Role::Opener;
                closer |= rule.role == Role::Closer;
                thread_head |= rule.role == Role::Thread;
                maybe_thread_head |= rule.role == Role::MaybeThread;
                if matches!(rule.category, Category::Appeal | Category::Paywall) {
                    appeal_weight += rule.weight;
                }
                match rule.category {
                    Category::Related => related_weight += rule.weight,
                    Category::Comments => comment_weight += rule.weight,
                    Category::Navigation => navigation_weight += rule.weight,
                    _ => {}
                }
            }
        }
        evidence.score = pattern_score - evidence.outside;
        // Site learning: a paragraph the site repeats weighs as a learned pattern of its
        // share of the site's documents would.
        let site = self.site.as_ref().and_then(|site| {
            if site.learned.is_empty() {
                return None;
            }
            let docs = site.lookup(crate::normalize::key_folded(&self.folded)?)?;
            Some((docs, site.site_docs, site.weight(docs)))
        });
        // Learned phrases add their evidence, except that they never push a paragraph
        // out against hand-written evidence of journalism; they open no blocks. A
        // paragraph the site repeats on a share of its documents is boilerplate whatever
        // its words ("5 euros a month" in an appeal): its evidence always counts.
        if news_weight < 0.0 && learned_score > 0.0 {
            let rules = self.model.patterns.rules();
            let mut kept = hits_start;
            for i in hits_start..self.hits.len() {
                if !rules[self.hits[i] as usize].learned {
                    self.hits[kept] = self.hits[i];
                    kept += 1;
                }
            }
            self.hits.truncate(kept);
        } else {
            pattern_score += learned_score;
            evidence.outside += learned_outside;
        }
        if let Some((_, _, weight)) = site {
            pattern_score += weight;
            evidence.outside += weight;
        }
        // Without a learned model the features are counted only when asked (`unboil
        // train` reads their number from this pipeline), with the default configuration;
        // nothing else reads them.
        self.hashes.clear();
        if self.tokenize {
            let config = self
                .model
                .linear
                .as_ref()
                .map_or_else(FeatureConfig::default, LinearModel::config);
            self.tokenizer
                .hashes(&self.folded, config, &mut self.hashes);
        }
        let hashed_score = self
            .model
            .linear
            .as_ref()
            .map_or(0.0, |linear| linear.hashed_score(&self.hashes));
        self.items.push(Pending {
            text_start,
            text_end,
            sep_end: self.arena.len(),
            doc_offset: self.next_offset,
            index: self.next_index,
            pattern_score,
            signals: measure(text, &self.folded, self.lexicon),
            opener,
            closer,
            appeal_weight,
            related_heading: related_weight >= self.model.params.evidence_score,
            comment_weight,
            navigation_weight,
            news_weight,
            thread_head,
            maybe_thread_head,
            empty: self.folded.is_empty(),
            hash: hash_bytes(self.folded.as_bytes()),
            hits_start,
            hits_end: self.hits.len(),
            evidence,
            hashed_score,
            hashed_count: self.hashes.len() as u32,
            dense: [0.0; DENSE_COUNT],
            site,
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
        for (i, item) in self.items.iter_mut().enumerate() {
            let repeated = repetition_counts(&item.signals)
                && !item.empty
                && self.counts.get(&item.hash).copied().unwrap_or(0) > 1;
            item.signals
                .set(Signal::Repeated, f32::from(u8::from(repeated)));
            item.signals
                .set(Signal::Last, f32::from(u8::from(complete && i == last)));
            item.signals
                .set(Signal::First, f32::from(u8::from(item.index == 0)));
            item.signals.set(Signal::Interior, 0.0);
            item.signals.set(Signal::CommentSection, 0.0);
        }
        mark_enumerated(&mut self.items, &mut self.enumeration);
        mark_teaser_lists(
            &mut self.items,
            self.model.params.evidence_score,
            &mut self.shapes,
            &mut self.enumeration,
        );
        // Each paragraph's score before `interior`, computed once.
        let offset = self.options.offset;
        self.structural.clear();
        self.structural.extend(
            self.items
                .iter()
                .map(|item| weights.score(&item.signals) + offset),
        );
        // Anchors: long paragraphs that read as news on structure and words alone. A
        // paragraph between two anchors, without pattern evidence, is inside the article.
        self.anchors.clear();
        self.anchors
            .extend(self.items.iter().zip(&self.structural).map(|(item, s)| {
                !item.empty
                    && item.pattern_score <= 0.0
                    && item.signals.words as f32 >= params.anchor_words
                    && item.pattern_score + s <= -params.anchor_score
                    && item.signals.get(Signal::TeaserList) == 0.0
            }));
        self.mark_comment_section();
        // Interior: an anchor within `interior_span` paragraphs on both sides.
        let span = params.interior_span;
        let near = |from: u64, to: u64| (to - from) as f32 <= span;
        self.anchored_after.clear();
        self.anchored_after.resize(self.items.len(), false);
        let mut after: Option<u64> = None;
        for (i, item) in self.items.iter().enumerate().rev() {
            self.anchored_after[i] = after.is_some_and(|next| near(item.index, next));
            if self.anchors[i] {
                after = Some(item.index);
            }
        }
        let mut before = self.last_anchor;
        let repeated_weight = weights.get(Signal::Repeated);
        for (i, item) in self.items.iter_mut().enumerate() {
            let interior = before.is_some_and(|prev| near(prev, item.index))
                && self.anchored_after[i]
                && !item.empty
                && item.signals.get(Signal::TeaserList) == 0.0
                && item.pattern_score <= 0.0;
            // Inside the article a repeated short line is a list's or a table's heading
            // (each day of a plan, each match of a calendar), not a menu: no evidence.
            if interior && item.signals.get(Signal::Repeated) > 0.0 {
                item.signals.set(Signal::Repeated, 0.0);
                self.structural[i] -= repeated_weight;
            }
            // None where the paragraph already reads as news (score before `interior` of
            // -1 or less), rising to full over `interior_ramp`.
            let value = if interior {
                ((self.structural[i] + 1.0) / params.interior_ramp.max(1e-3)).clamp(0.0, 1.0)
            } else {
                0.0
            };
            item.signals.set(Signal::Interior, value);
            if self.anchors[i] {
                before = Some(item.index);
            }
        }
        self.set_dense_features();
        self.steps.clear();
        let interior_weight = weights.get(Signal::Interior);
        for (item, structural) in self.items.iter().zip(&self.structural) {
            let score = match &self.model.linear {
                Some(linear) => {
                    linear.dense_score(&item.dense)
                        + item.hashed_score
                        + item.evidence.outside
                        + offset
                }
                None => {
                    item.pattern_score
                        + structural
                        + interior_weight * item.signals.get(Signal::Interior)
                }
            };
            self.steps.push(Step {
                score,
                opener: item.opener,
                closer: item.closer,
                strong: item.appeal_weight >= params.strong_score,
                appeal: item.appeal_weight > 0.0,
                neutral: item.empty,
                evidence: item.pattern_score >= params.evidence_score,
                mass: params.mass(item.signals.words),
            });
        }
        self.decider
            .decide(params, &self.steps, self.carry, &mut self.path);
        if self.carry.is_none() {
            self.keep_head();
            if complete {
                self.keep_unless_evidence();
            }
        }
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
                dense: &item.dense,
                hashed_score: item.hashed_score,
                site: match (&self.site, item.site) {
                    (Some(site), Some((docs, of, weight))) => Some(SiteHit {
                        site: &site.site,
                        docs,
                        of,
                        weight,
                    }),
                    _ => None,
                },
            })?;
        }
        self.carry = Some((self.path[commit - 1], self.steps[commit - 1]));
        if let Some(last) = self.neighbours[..commit].iter().rev().flatten().next() {
            self.committed_neighbour = Some(*last);
        }
        self.comment_section = self.sections[commit - 1];
        if let Some(i) = self.anchors[..commit].iter().rposition(|a| *a) {
            self.last_anchor = Some(self.items[i].index);
        }
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

    /// The head of an article is kept with it: up to `HEAD_LINES` short paragraphs
    /// (a headline, a byline, a date) that open the document right above its first kept
    /// paragraph of `anchor_words` words or more, when no pattern calls any of them
    /// boilerplate (as in `keep_unless_evidence`; navigation evidence on a line with a
    /// digit, a date's, does not count here) and none is an appeal or comment prompt. Runs on the document's first
    /// window only.
    fn keep_head(&mut self) {
        let params = &self.model.params;
        let Some(first_body) = self.items.iter().zip(&self.path).position(|(item, state)| {
            !item.empty && state.keeps() && item.signals.words as f32 >= params.anchor_words
        }) else {
            return;
        };
        let head = &self.items[..first_body];
        let lines = head.iter().filter(|item| !item.empty).count();
        let evidence = params.evidence_score;
        let arena = &self.arena;
        let plain = |item: &Pending| {
            // A date line is navigation on its own, not in an article's head.
            let dated = arena[item.text_start..item.text_end]
                .bytes()
                .any(|b| b.is_ascii_digit());
            let navigation = if dated { item.navigation_weight } else { 0.0 };
            item.empty
                || (item.signals.words <= HEAD_WORDS
                    && item.pattern_score - navigation < evidence
                    && item.appeal_weight <= 0.0
                    && item.comment_weight <= 0.0)
        };
        if lines == 0 || lines > HEAD_LINES || !head.iter().all(plain) {
            return;
        }
        for (item, state) in head.iter().zip(self.path.iter_mut()) {
            if !item.empty {
                *state = State::Body;
            }
        }
    }

    /// A whole document (it fits the window) in which the learned model's decision would
    /// keep no article paragraph of `anchor_words` words or more (it would empty the
    /// document, or keep only some of its short lines) keeps every paragraph that no pattern calls
    /// boilerplate: a document is never emptied or cut up on structure alone (a lone
    /// headline, a short note, a list or a calendar with no long paragraph around it).
    fn keep_unless_evidence(&mut self) {
        // The hand-set rules restore only an emptied document.
        let least_words = match self.model.linear {
            Some(_) => self.model.params.anchor_words,
            None => 0.0,
        };
        let has_article = self.items.iter().zip(&self.path).any(|(item, state)| {
            !item.empty && state.keeps() && item.signals.words as f32 >= least_words
        });
        if has_article || self.items.iter().all(|item| item.empty) {
            return;
        }
        let evidence = self.model.params.evidence_score;
        for (item, state) in self.items.iter().zip(self.path.iter_mut()) {
            if !item.empty && item.pattern_score < evidence {
                *state = State::Body;
            }
        }
    }

    /// Sets every item's dense features for the learned model: its signals (context
    /// signals included), its pattern evidence, and its neighbours' (the nearest non-empty
    /// paragraph on each side; at the window's end the next is not known yet, and those
    /// items are decided again, with it, in a later window).
    fn set_dense_features(&mut self) {
        self.neighbours.clear();
        self.neighbours.extend(
            self.items
                .iter()
                .map(|item| (!item.empty).then(|| Neighbour::of(&item.signals, &item.evidence))),
        );
        let mut previous = self.committed_neighbour;
        self.next_neighbours.clear();
        self.next_neighbours.resize(self.items.len(), None);
        let mut next: Option<Neighbour> = None;
        for i in (0..self.items.len()).rev() {
            self.next_neighbours[i] = next;
            if let Some(n) = self.neighbours[i] {
                next = Some(n);
            }
        }
        for (i, item) in self.items.iter_mut().enumerate() {
            dense_features(
                item.hashed_count as usize,
                &item.signals,
                &item.evidence,
                previous.as_ref(),
                self.next_neighbours[i].as_ref(),
                &mut item.dense,
            );
            if let Some(n) = self.neighbours[i] {
                previous = Some(n);
            }
        }
    }

    /// Sets `Signal::CommentSection` on every paragraph after the head of a comment
    /// section, and adds its weight to the paragraph's structural score.
    ///
    /// A head follows an anchor (the article), is not followed right away by news
    /// evidence (`news_follows`), and is matched by a pattern with `role=thread` ("34
    /// responses to …"), or with `role=maybe-thread` ("27 comments") and then followed,
    /// within `COMMENT_CONFIRM_SPAN` non-empty paragraphs, by `COMMENT_CONFIRM_HITS` more
    /// with comment evidence (each comment's "Reply", "says:", rating): a lone
    /// "Comments" button in a share bar heads nothing. News evidence of
    /// `NEWS_ENDS_COMMENTS` ends a section. Readers' comments are long prose: inside the
    /// section they do not anchor the article.
    fn mark_comment_section(&mut self) {
        let weight = self.model.weights.get(Signal::CommentSection);
        let params = &self.model.params;
        let mut section = self.comment_section;
        let mut article_seen = self.last_anchor.is_some();
        self.sections.clear();
        for i in 0..self.items.len() {
            let item = &self.items[i];
            // News evidence ends a section: the article goes on (a comment count in the
            // middle of a story), or a new one begins.
            if section && item.news_weight <= -NEWS_ENDS_COMMENTS {
                section = false;
            }
            if section {
                self.anchors[i] = false;
                if !item.empty {
                    self.items[i].signals.set(Signal::CommentSection, 1.0);
                    self.structural[i] += weight;
                }
            } else if article_seen
                && (item.thread_head || item.maybe_thread_head)
                && !news_follows(&self.items[i + 1..])
                && (item.thread_head
                    || comment_evidence_follows(&self.items[i + 1..], params.evidence_score))
            {
                section = true;
            }
            article_seen |= self.anchors[i];
            self.sections.push(section);
        }
    }
}

/// Non-empty paragraphs after a comment-section head in which its confirmation is sought.
const COMMENT_CONFIRM_SPAN: usize = 20;

/// Paragraphs with comment evidence that confirm a comment-section head.
const COMMENT_CONFIRM_HITS: usize = 2;

/// Weight of hand-written news evidence (negative patterns) that ends a comment section.
const NEWS_ENDS_COMMENTS: f32 = 1.5;

/// Weight of news evidence right after a comment head that cancels it.
const NEWS_AFTER_HEAD: f32 = 1.0;

/// Whether the first non-empty paragraph of `following` has news evidence (a
/// hand-written negative pattern such as "said on Tuesday"): the article goes on after a
/// comment head, so it heads nothing.
fn news_follows(following: &[Pending]) -> bool {
    following
        .iter()
        .find(|item| !item.empty)
        .is_some_and(|item| item.news_weight <= -NEWS_AFTER_HEAD)
}

/// Whether `COMMENT_CONFIRM_HITS` of the first `COMMENT_CONFIRM_SPAN` non-empty
/// paragraphs of `following` have comment-pattern weight of at least `evidence`.
fn comment_evidence_follows(following: &[Pending], evidence: f32) -> bool {
    following
        .iter()
        .filter(|item| !item.empty)
        .take(COMMENT_CONFIRM_SPAN)
        .filter(|item| item.comment_weight >= evidence)
        .nth(COMMENT_CONFIRM_HITS - 1)
        .is_some()
}

/// Non-empty paragraphs a numbered-list item may lie from the one before it (a link or
/// a note line may sit between two items).
const ENUMERATION_GAP: usize = 3;

/// Sets `Signal::Enumerated` on the items of every numbered list: two or more paragraphs
/// whose numbers count up by one, at most `ENUMERATION_GAP` non-empty paragraphs apart,
/// or `BARE_ENUMERATION` or more when no item has a list mark (a ranking's rows).
/// A list under a related-links heading ("Most read") is a list of headlines, not
/// content, and is not marked.
fn mark_enumerated(items: &mut [Pending], run: &mut Vec<usize>) {
    run.clear();
    let (mut run_head_related, mut run_marked) = (false, false);
    let (mut last_number, mut since_last) = (0u16, 0usize);
    let mut previous_related = false;
    for i in 0..items.len() {
        items[i].signals.set(Signal::Enumerated, 0.0);
        if items[i].empty {
            continue;
        }
        let continues = !run.is_empty() && since_last < ENUMERATION_GAP;
        match items[i].signals.ordinal {
            Some(number) if continues && last_number.checked_add(1) == Some(number) => {
                run.push(i);
                run_marked |= !items[i].signals.ordinal_bare;
                last_number = number;
                since_last = 0;
            }
            Some(number) => {
                finish_enumeration(items, run, run_head_related, run_marked);
                run.clear();
                run.push(i);
                run_head_related = previous_related;
                run_marked = !items[i].signals.ordinal_bare;
                last_number = number;
                since_last = 0;
            }
            None => {
                since_last += 1;
                if since_last >= ENUMERATION_GAP {
                    finish_enumeration(items, run, run_head_related, run_marked);
                    run.clear();
                }
            }
        }
        previous_related = items[i].related_heading;
    }
    finish_enumeration(items, run, run_head_related, run_marked);
}

/// Fewest headline–teaser pairs in a row that make a list of other stories.
const TEASER_PAIRS: usize = 3;

/// Words of a paragraph after a story list that reads as the article beginning.
const ARTICLE_WORDS: u32 = 20;

/// Marks `Signal::TeaserList` on runs of `TEASER_PAIRS` or more pairs of a headline and
/// a teaser. Fillers may sit between and within pairs: dates and counts, and lines with
/// pattern evidence of `chrome` or more ("Read more", a date line). `shapes` and `run`
/// are scratch.
fn mark_teaser_lists(
    items: &mut [Pending],
    chrome: f32,
    shapes: &mut Vec<(usize, Shape)>,
    run: &mut Vec<usize>,
) {
    shapes.clear();
    for (i, item) in items.iter_mut().enumerate() {
        item.signals.set(Signal::TeaserList, 0.0);
        if !item.empty {
            let mut shape = item.signals.shape;
            if item.pattern_score >= chrome {
                shape = Shape {
                    meta: true,
                    ..Shape::default()
                };
            }
            shapes.push((i, shape));
        }
    }
    // The first position at or after `from` that is not a filler, with the fillers
    // pushed onto `run`.
    let skip_fillers = |mut from: usize, run: &mut Vec<usize>| {
        while from < shapes.len() && shapes[from].1.meta {
            run.push(shapes[from].0);
            from += 1;
        }
        from
    };
    let mut k = 0;
    while k < shapes.len() {
        run.clear();
        let (mut j, mut last_pair, mut last_one_sentence) = (k, 0, 0);
        // Pairs, and those of them whose teaser is one sentence.
        let (mut pairs, mut one_sentence) = (0, 0);
        while j < shapes.len() && shapes[j].1.headline {
            let pair_start = run.len();
            run.push(shapes[j].0);
            let t = skip_fillers(j + 1, run);
            if t >= shapes.len() || !shapes[t].1.teaser {
                run.truncate(pair_start);
                break;
            }
            last_pair = pair_start;
            run.push(shapes[t].0);
            pairs += 1;
            last_one_sentence = usize::from(shapes[t].1.one_sentence);
            one_sentence += last_one_sentence;
            j = skip_fillers(t + 1, run);
        }
        // A list that runs straight into a long paragraph may have taken the article's
        // title and opening sentence for a last pair.
        let into_article = shapes
            .get(j)
            .is_some_and(|&(i, _)| items[i].signals.words >= ARTICLE_WORDS);
        if into_article && pairs > 0 {
            run.truncate(last_pair);
            pairs -= 1;
            one_sentence -= last_one_sentence;
        }
        // Subheads over short paragraphs of two sentences are an article's sections.
        if pairs >= TEASER_PAIRS && 2 * one_sentence > pairs {
            for &i in run.iter() {
                items[i].signals.set(Signal::TeaserList, 1.0);
            }
            k = j;
        } else {
            k += 1;
        }
    }
}

/// Items of a numbered list none of whose numbers has a list mark that make it one.
const BARE_ENUMERATION: usize = 3;

/// Marks the items of one numbered list (see `mark_enumerated`); `marked`: some item has
/// a list mark.
fn finish_enumeration(items: &mut [Pending], run: &[usize], head_related: bool, marked: bool) {
    let long_enough = run.len() >= if marked { 2 } else { BARE_ENUMERATION };
    if long_enough && !head_related {
        for &i in run {
            items[i].signals.set(Signal::Enumerated, 1.0);
        }
    }
}

/// Filters documents, one at a time, fed as decoded text in pieces of any size.
pub struct DocumentFilter<'m> {
    splitter: Splitter,
    window: Window<'m>,
    /// Text held until the language is settled (at most `LANG_PREFIX` plus one piece).
    held: String,
    /// Whether the language is settled and `begin_document` was sent.
    started: bool,
    encoding: Option<EncodingInfo>,
    /// The language its record gives the document (`set_record_language`).
    record_language: Option<Language>,
}

impl<'m> DocumentFilter<'m> {
    /// A filter using `model` and `options`.
    pub fn new(model: &'m Model, options: &'m Options) -> DocumentFilter<'m> {
        DocumentFilter {
            splitter: Splitter::new(options.split, options.max_paragraph),
            window: Window::new(model, options),
            held: String::new(),
            started: false,
            encoding: None,
            record_language: None,
        }
    }

    /// Without a learned model, counts each paragraph's hashed features all the same
    /// (with the default `FeatureConfig`), for the `ngram-count` dense feature of
    /// `Decided::dense`, which training reads. Otherwise that feature is 0 without a learned
    /// model, and the tokenizer is not run: nothing the filter decides depends on it.
    pub fn count_hashed_features(&mut self) {
        self.window.tokenize = true;
    }

    /// The language of the documents that follow, as their corpus record gives it
    /// (`--lang-field`): used instead of `Options::lang` and of detection. `None` goes
    /// back to them.
    pub fn set_record_language(&mut self, language: Option<Language>) {
        self.record_language = language;
    }

    /// What site learning tells the documents that follow (`None`: nothing), until set
    /// again.
    pub fn set_site_evidence(&mut self, evidence: Option<SiteEvidence>) {
        self.window.site = evidence;
    }

    /// Starts document `doc`; `host` (the URL's host) enables domain-scoped patterns.
    pub fn begin(&mut self, doc: u64, host: Option<&str>) {
        self.splitter.reset();
        self.window.begin(doc, host);
        self.held.clear();
        self.started = false;
        self.encoding = None;
    }

    /// Records how the current document's bytes were decoded (its sinks see it).
    pub fn set_encoding(&mut self, encoding: Option<EncodingInfo>) {
        self.encoding = encoding;
    }

    /// What is known about the current document. Its language is settled once its first
    /// `LANG_PREFIX` bytes of text have been pushed, or at `finish`.
    pub fn info(&self) -> DocumentInfo {
        DocumentInfo {
            doc: self.window.doc,
            language: self.window.language,
            encoding: self.encoding,
        }
    }

    /// Feeds a piece of the document's decoded text.
    pub fn push<S: Sink>(&mut self, text: &str, sink: &mut S) -> io::Result<()> {
        if text.is_empty() {
            // Nothing to hold or split; the document is not started by an empty piece
            // (its encoding may not be known yet).
            return Ok(());
        }
        if self.started {
            return self.split(text, sink);
        }
        let options = self.window.options;
        if self.record_language.is_some()
            || options.lang.is_some()
            || !options.detect_language
            || (self.held.is_empty() && text.len() >= LANG_PREFIX)
        {
            self.start(text, sink)?;
            return self.split(text, sink);
        }
        self.held.push_str(text);
        if self.held.len() < LANG_PREFIX {
            return Ok(());
        }
        self.release(sink)
    }

    /// Settles the language from `sample` (unless given) and announces the document.
    fn start<S: Sink>(&mut self, sample: &str, sink: &mut S) -> io::Result<()> {
        let options = self.window.options;
        self.window.language = match self.record_language.or(options.lang) {
            Some(language) => DocumentLanguage::given(language),
            None if options.detect_language => detect(sample),
            None => DocumentLanguage::not_detected(),
        };
        self.window.lexicon = lexicon::for_document(&self.window.language);
        self.window
            .scratch
            .set_language(lexicon::trusted_language(&self.window.language));
        self.started = true;
        sink.begin_document(&self.info())
    }

    /// Starts the document on the held text, then splits it.
    fn release<S: Sink>(&mut self, sink: &mut S) -> io::Result<()> {
        let held = std::mem::take(&mut self.held);
        let result = self
            .start(&held, sink)
            .and_then(|()| self.split(&held, sink));
        self.held = held;
        self.held.clear();
        result
    }

    fn split<S: Sink>(&mut self, text: &str, sink: &mut S) -> io::Result<()> {
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
        if !self.started {
            self.release(sink)?;
        }
        let window = &mut self.window;
        let mut result = Ok(());
        self.splitter.finish(&mut |t: &str, s: &str| {
            if result.is_ok() {
                result = window.add(t, s, sink);
            }
        });
        result?;
        self.window.decide(true, sink)?;
        sink.end_document(&self.info())
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
