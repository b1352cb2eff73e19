//! Site learning while filtering (`--learn-sites`): paragraphs a site repeats on many of
//! its documents become evidence of boilerplate, learned from the corpus being filtered.
//!
//! Paragraphs are compared in normal form ([`crate::normalize`], as `unboil learn` and the
//! `~text` patterns compare them), counted once per document, by a 64-bit key. A paragraph
//! is *learned* for a site when it is in at least `min_docs` documents of the site (the
//! current one included) and in at least `min_share` of them; a site with fewer documents
//! than `min_docs` is never learned from, so its documents are decided by the model alone.
//! A learned paragraph weighs what a learned `~` pattern of that share weighs
//! ([`weight_for`]: `3 + 5 × share`, at most 8), added to the score as patterns given with
//! `--patterns` are.
//!
//! Two ways to count:
//!
//! - [`SiteCounts`], over files (read twice): the first pass counts each site's documents
//!   exactly and the (site, paragraph) pairs in a count-min sketch of fixed size; the
//!   second pass filters, each paragraph judged by its pair's estimate against its site's
//!   document count. Memory: the sketch, plus one counter per site.
//! - [`SiteMemory`], over a stream (read once): per site, the paragraph keys of the last
//!   `memory_docs` documents, and how many of those documents hold each key. A paragraph
//!   of a document is learned when enough of the remembered documents hold it; a site's
//!   first documents are decided by the model alone. Memory: at most `memory_bytes` of
//!   remembered keys over all sites; past it, the sites not seen for longest are forgotten.
//!
//! Both are fed in input order on one thread, so what a document is told never depends on
//! the thread count.

use std::collections::{BTreeMap, HashMap, VecDeque};

use crate::fold::fold_into;
use crate::hash::FxBuildHasher;
use crate::learn::{
    category_of, pair_key, site_hash, truncate, weight_for, CountMinSketch, LearnConfig,
    LearnStats, Learned, EXAMPLE_CHARS,
};
use crate::normalize::{key_folded, normalize_folded_into};
use crate::patterns::PatternSet;
use crate::split::{SplitMode, Splitter};

/// Settings of site learning.
#[derive(Clone, Debug)]
pub struct SiteConfig {
    /// Fewest documents of a site (the current one included) a paragraph must be in.
    pub min_docs: u32,
    /// Smallest share of the site's documents a paragraph must be in.
    pub min_share: f64,
    /// Over files: bytes of the count-min sketch. Over a stream: bytes of remembered
    /// paragraph keys over all sites.
    pub memory_bytes: usize,
    /// Over a stream: documents remembered per site.
    pub memory_docs: usize,
    /// Over a stream: documents read ahead of the one filtered, so that a site's first
    /// documents are told about the ones that follow within this many (0: none).
    pub lookahead_docs: usize,
    /// How documents are cut into paragraphs (as when filtering).
    pub split: SplitMode,
    /// Longest paragraph in bytes (as when filtering).
    pub max_paragraph: usize,
}

impl Default for SiteConfig {
    fn default() -> SiteConfig {
        SiteConfig {
            min_docs: 5,
            min_share: 0.1,
            memory_bytes: 256 << 20,
            memory_docs: 50,
            lookahead_docs: 0,
            split: SplitMode::Auto,
            max_paragraph: 1 << 20,
        }
    }
}

impl SiteConfig {
    /// Documents a paragraph must be in, of a site with `site_docs` documents.
    pub fn threshold(&self, site_docs: u32) -> u32 {
        let share = (self.min_share * f64::from(site_docs)).ceil() as u32;
        self.min_docs.max(share).max(1)
    }
}

/// What a document is told about its site: the learned paragraphs it holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteEvidence {
    /// The site (a host name without `www.`).
    pub site: String,
    /// Documents of the site counted (over a stream: those remembered, and this one).
    pub site_docs: u32,
    /// Keys of the learned paragraphs of the document with the number of the site's
    /// documents that hold them, sorted by key.
    pub learned: Vec<(u64, u32)>,
}

impl SiteEvidence {
    /// The documents of the site that hold the paragraph of normal-form key `key`, when
    /// it is learned.
    pub fn lookup(&self, key: u64) -> Option<u32> {
        self.learned
            .binary_search_by_key(&key, |&(k, _)| k)
            .ok()
            .map(|i| self.learned[i].1)
    }

    /// The weight of a learned paragraph held by `docs` of the site's documents.
    pub fn weight(&self, docs: u32) -> f32 {
        weight_for(f64::from(docs.min(self.site_docs)) / f64::from(self.site_docs.max(1)))
    }
}

/// The distinct paragraph keys of a document, with reusable buffers.
#[derive(Debug)]
pub struct DocumentKeys {
    splitter: Splitter,
    folded: String,
    keys: Vec<u64>,
    seen: HashMap<u64, (), FxBuildHasher>,
}

impl DocumentKeys {
    /// Keys of documents cut into paragraphs as `split` and `max_paragraph` say.
    pub fn new(split: SplitMode, max_paragraph: usize) -> DocumentKeys {
        DocumentKeys {
            splitter: Splitter::new(split, max_paragraph),
            folded: String::new(),
            keys: Vec::new(),
            seen: HashMap::default(),
        }
    }

    /// Calls `visit` with the key, folded text and text of each paragraph of `text` whose
    /// normal form has a letter, once per distinct key, in document order.
    pub fn each(&mut self, text: &str, mut visit: impl FnMut(u64, &str, &str)) {
        self.seen.clear();
        let (folded, seen) = (&mut self.folded, &mut self.seen);
        let mut emit = |para: &str, _sep: &str| {
            fold_into(para, folded);
            if let Some(key) = key_folded(folded) {
                if seen.insert(key, ()).is_none() {
                    visit(key, folded, para);
                }
            }
        };
        self.splitter.reset();
        self.splitter.push(text, &mut emit);
        self.splitter.finish(&mut emit);
    }

    /// The distinct keys of `text`, in document order.
    pub fn keys(&mut self, text: &str) -> &[u64] {
        let mut keys = std::mem::take(&mut self.keys);
        keys.clear();
        self.each(text, |key, _, _| keys.push(key));
        self.keys = keys;
        &self.keys
    }
}

/// A learned paragraph kept for `--save-learned`.
#[derive(Clone, Debug)]
struct Kept {
    normal: String,
    example: String,
    docs: u32,
    site_docs: u32,
}

/// What was learned, kept for `--save-learned`: one entry per learned (site, paragraph),
/// so its memory is that of the pattern file it becomes.
#[derive(Debug, Default)]
struct Saved {
    names: HashMap<u64, String, FxBuildHasher>,
    pairs: HashMap<(u64, u64), Kept, FxBuildHasher>,
}

impl Saved {
    /// Notes that `key` (`folded`, `text`) is in `docs` of `site`'s `site_docs`
    /// documents, keeping the highest count seen.
    fn note(&mut self, site: &str, key: u64, folded: &str, text: &str, docs: u32, site_docs: u32) {
        let site_key = site_hash(site);
        self.names
            .entry(site_key)
            .or_insert_with(|| site.to_string());
        match self.pairs.get_mut(&(site_key, key)) {
            Some(kept) => {
                if docs > kept.docs {
                    kept.docs = docs;
                    kept.site_docs = site_docs;
                }
            }
            None => {
                let mut normal = String::new();
                normalize_folded_into(folded, &mut normal);
                let example = truncate(
                    &text.split_whitespace().collect::<Vec<_>>().join(" "),
                    EXAMPLE_CHARS,
                );
                self.pairs.insert(
                    (site_key, key),
                    Kept {
                        normal,
                        example,
                        docs,
                        site_docs,
                    },
                );
            }
        }
    }

    /// The learned patterns, as `unboil learn` sorts them; those whose final count is
    /// under `threshold` (a sketch's overestimate) are left out.
    fn finish(self, categorize: Option<&PatternSet>, keep: impl Fn(&Kept) -> bool) -> Vec<Learned> {
        let (mut folded, mut hits) = (String::new(), Vec::new());
        let mut learned: Vec<Learned> = self
            .pairs
            .into_iter()
            .filter(|(_, kept)| keep(kept))
            .filter_map(|((site_key, _), kept)| {
                let site = self.names.get(&site_key)?.clone();
                let category = categorize.map_or(crate::patterns::Category::Other, |set| {
                    category_of(set, &kept.example, &site, &mut folded, &mut hits)
                });
                let share = f64::from(kept.docs) / f64::from(kept.site_docs.max(1));
                Some(Learned {
                    site,
                    normal: kept.normal,
                    example: kept.example,
                    docs: kept.docs,
                    site_docs: kept.site_docs,
                    corpus_docs: 0,
                    weight: weight_for(share),
                    category,
                })
            })
            .collect();
        learned.sort_by(|a, b| {
            a.site
                .cmp(&b.site)
                .then(b.docs.cmp(&a.docs))
                .then(a.normal.cmp(&b.normal))
        });
        learned
    }
}

/// Site learning over files: counted in a first pass, used in the second.
#[derive(Debug)]
pub struct SiteCounts {
    config: SiteConfig,
    keys: DocumentKeys,
    sites: HashMap<u64, u32, FxBuildHasher>,
    pairs: CountMinSketch,
    second_pass: bool,
    saved: Option<Saved>,
    stats: LearnStats,
}

impl SiteCounts {
    /// Counts with `config.memory_bytes` of sketch; `save`: keep what is learned for
    /// [`SiteCounts::finish`].
    pub fn new(config: SiteConfig, save: bool) -> SiteCounts {
        SiteCounts {
            keys: DocumentKeys::new(config.split, config.max_paragraph),
            sites: HashMap::default(),
            pairs: CountMinSketch::with_bytes(config.memory_bytes),
            second_pass: false,
            saved: save.then(Saved::default),
            stats: LearnStats::default(),
            config,
        }
    }

    /// First pass: counts one document of `site` from its distinct paragraph keys.
    pub fn count(&mut self, site: &str, keys: &[u64]) {
        let site_key = site_hash(site);
        let docs = self.sites.entry(site_key).or_insert(0);
        *docs = docs.saturating_add(1);
        self.stats.documents += 1;
        self.stats.paragraphs += keys.len() as u64;
        for &key in keys {
            self.pairs.add(pair_key(site_key, key));
        }
    }

    /// Ends the first pass.
    pub fn start_second_pass(&mut self) {
        self.second_pass = true;
    }

    /// Bytes of the sketch (fixed) and of the per-site counters (one per site).
    pub fn memory(&self) -> (usize, usize) {
        (
            self.pairs.bytes(),
            self.sites.capacity() * (std::mem::size_of::<(u64, u32)>() + 1),
        )
    }

    /// Second pass: what document `text` of `site` is told (counted in the first pass).
    pub fn evidence(&mut self, site: &str, text: &str) -> SiteEvidence {
        let site_key = site_hash(site);
        let site_docs = self.sites.get(&site_key).copied().unwrap_or(0);
        let mut evidence = SiteEvidence {
            site: site.to_string(),
            site_docs,
            learned: Vec::new(),
        };
        if !self.second_pass || site_docs < self.config.min_docs {
            return evidence;
        }
        let need = self.config.threshold(site_docs);
        let (pairs, saved) = (&self.pairs, &mut self.saved);
        self.keys.each(text, |key, folded, para| {
            let estimate = u32::from(pairs.estimate(pair_key(site_key, key)));
            if estimate >= need {
                let docs = estimate.min(site_docs);
                evidence.learned.push((key, docs));
                if let Some(saved) = saved.as_mut() {
                    saved.note(site, key, folded, para, 0, site_docs);
                    if let Some(kept) = saved.pairs.get_mut(&(site_key, key)) {
                        // Counted exactly here: the file says how many documents hold it.
                        kept.docs += 1;
                    }
                }
            }
        });
        evidence.learned.sort_unstable_by_key(|&(k, _)| k);
        evidence
    }

    /// The learned patterns (for `--save-learned`), with the run's figures. A pair the
    /// sketch overestimated (held by fewer documents than its site's threshold, counted
    /// exactly in the second pass) is left out.
    pub fn finish(self, categorize: Option<&PatternSet>) -> (Vec<Learned>, LearnStats) {
        let mut stats = self.stats.clone();
        stats.sites = self.sites.len();
        stats.sketch_bytes = self.pairs.bytes();
        let config = self.config.clone();
        let learned = self.saved.map_or_else(Vec::new, |saved| {
            saved.finish(categorize, |kept| {
                kept.docs >= config.threshold(kept.site_docs)
            })
        });
        stats.candidates = learned.len();
        (learned, stats)
    }
}

/// Bytes a remembered key is counted for: its place in its document's list (8), and its
/// entry in the site's count table (12, in a hash table kept at most 7/8 full, whose size
/// doubles: up to 28).
pub const BYTES_PER_KEY: usize = 36;

/// Bytes a remembered site is counted for besides its keys: its tables, its list of
/// documents, its place in the order of use.
pub const BYTES_PER_SITE: usize = 256;

/// Distinct paragraphs remembered of one document: the first and the last half of this
/// many (boilerplate sits at the head and the tail); the others are still looked up.
pub const KEYS_PER_DOCUMENT: usize = 256;

/// What is remembered of one site.
#[derive(Debug, Default)]
struct Site {
    last_use: u64,
    /// The remembered documents, oldest first, by their number.
    documents: VecDeque<(u64, Box<[u64]>)>,
    counts: HashMap<u64, u32, FxBuildHasher>,
    keys: usize,
}

/// Site learning over a stream: per site, the paragraphs of its last documents.
#[derive(Debug)]
pub struct SiteMemory {
    config: SiteConfig,
    keys: DocumentKeys,
    sites: HashMap<u64, Site, FxBuildHasher>,
    /// Sites by their last use, oldest first.
    order: BTreeMap<u64, u64>,
    clock: u64,
    /// Bytes counted for the remembered keys and sites.
    bytes: usize,
    /// Sites forgotten to stay within the memory bound.
    forgotten: u64,
    saved: Option<Saved>,
    stats: LearnStats,
    scratch_keys: Vec<u64>,
}

impl SiteMemory {
    /// A memory of at most `config.memory_bytes` (at least what one site's
    /// `memory_docs` documents need); `save`: keep what is learned.
    pub fn new(config: SiteConfig, save: bool) -> SiteMemory {
        SiteMemory {
            keys: DocumentKeys::new(config.split, config.max_paragraph),
            sites: HashMap::default(),
            order: BTreeMap::new(),
            clock: 0,
            bytes: 0,
            forgotten: 0,
            saved: save.then(Saved::default),
            stats: LearnStats::default(),
            scratch_keys: Vec::new(),
            config,
        }
    }

    /// The memory bound in bytes: `memory_bytes`, raised to what one site needs.
    pub fn bound(&self) -> usize {
        let one_site =
            BYTES_PER_SITE + self.config.memory_docs.max(1) * KEYS_PER_DOCUMENT * BYTES_PER_KEY;
        self.config.memory_bytes.max(one_site)
    }

    /// Bytes counted for what is remembered now (never above [`SiteMemory::bound`]).
    pub fn used(&self) -> usize {
        self.bytes
    }

    /// Sites remembered now.
    pub fn sites(&self) -> usize {
        self.sites.len()
    }

    /// Sites forgotten so far to stay within the bound.
    pub fn forgotten(&self) -> u64 {
        self.forgotten
    }

    /// Remembers document `text` of `site`, then says what it is told (from the site's
    /// remembered documents, this one included).
    pub fn evidence(&mut self, site: &str, text: &str) -> SiteEvidence {
        let mut keys = std::mem::take(&mut self.scratch_keys);
        keys.clear();
        keys.extend_from_slice(self.keys.keys(text));
        let seq = self.remember(site, &keys);
        let evidence = self.told(site, &keys, seq);
        self.scratch_keys = keys;
        if self.saved.is_some() && !evidence.learned.is_empty() {
            self.save(&evidence, text);
        }
        evidence
    }

    /// The distinct paragraph keys of `text` (see [`DocumentKeys::keys`]).
    pub fn keys(&mut self, text: &str) -> Vec<u64> {
        self.keys.keys(text).to_vec()
    }

    /// Remembers a document of `site` by its distinct paragraph keys (the first and the
    /// last `KEYS_PER_DOCUMENT / 2`); returns its number, for [`SiteMemory::told`].
    pub fn remember(&mut self, site: &str, keys: &[u64]) -> u64 {
        let site_key = site_hash(site);
        self.clock += 1;
        self.stats.documents += 1;
        self.stats.paragraphs += keys.len() as u64;
        let memory_docs = self.config.memory_docs.max(1);
        let entry = self.sites.entry(site_key);
        let is_new = matches!(entry, std::collections::hash_map::Entry::Vacant(_));
        let site_mem = entry.or_default();
        if is_new {
            self.stats.sites += 1;
            self.bytes += BYTES_PER_SITE;
        } else {
            self.order.remove(&site_mem.last_use);
        }
        site_mem.last_use = self.clock;
        self.order.insert(self.clock, site_key);
        let remembered: Box<[u64]> = if keys.len() <= KEYS_PER_DOCUMENT {
            keys.into()
        } else {
            let half = KEYS_PER_DOCUMENT / 2;
            keys[..half]
                .iter()
                .chain(&keys[keys.len() - half..])
                .copied()
                .collect()
        };
        for &key in remembered.iter() {
            *site_mem.counts.entry(key).or_insert(0) += 1;
        }
        site_mem.keys += remembered.len();
        self.bytes += remembered.len() * BYTES_PER_KEY;
        site_mem.documents.push_back((self.clock, remembered));
        if site_mem.documents.len() > memory_docs {
            if let Some((_, oldest)) = site_mem.documents.pop_front() {
                for key in oldest.iter() {
                    if let Some(count) = site_mem.counts.get_mut(key) {
                        *count -= 1;
                        if *count == 0 {
                            site_mem.counts.remove(key);
                        }
                    }
                }
                site_mem.keys -= oldest.len();
                self.bytes -= oldest.len() * BYTES_PER_KEY;
            }
        }
        self.forget_beyond_bound(site_key);
        self.clock
    }

    /// What document number `seq` of `site` (remembered with `keys`) is told: the keys
    /// held by enough of the site's remembered documents, this one counted whether still
    /// remembered or not. With a look-ahead, the remembered documents include later ones.
    pub fn told(&self, site: &str, keys: &[u64], seq: u64) -> SiteEvidence {
        let mut evidence = SiteEvidence {
            site: site.to_string(),
            site_docs: 1,
            learned: Vec::new(),
        };
        let Some(site_mem) = self.sites.get(&site_hash(site)) else {
            return evidence;
        };
        let remembered = site_mem.documents.iter().any(|&(s, _)| s == seq);
        let own = u32::from(!remembered);
        let site_docs = site_mem.documents.len() as u32 + own;
        evidence.site_docs = site_docs;
        if site_docs < self.config.min_docs {
            return evidence;
        }
        let need = self.config.threshold(site_docs);
        for &key in keys {
            let docs = site_mem.counts.get(&key).copied().unwrap_or(0) + own;
            if docs >= need {
                evidence.learned.push((key, docs));
            }
        }
        evidence.learned.sort_unstable_by_key(|&(k, _)| k);
        evidence
    }

    /// Keeps the learned paragraphs of `evidence` (of document `text`) for
    /// `--save-learned`.
    pub fn save(&mut self, evidence: &SiteEvidence, text: &str) {
        let Some(saved) = self.saved.as_mut() else {
            return;
        };
        self.keys.each(text, |key, folded, para| {
            if let Some(docs) = evidence.lookup(key) {
                saved.note(&evidence.site, key, folded, para, docs, evidence.site_docs);
            }
        });
    }

    /// Whether what is learned is kept (`--save-learned`).
    pub fn saving(&self) -> bool {
        self.saved.is_some()
    }

    /// Documents a stream is read ahead of the one being filtered (`--site-lookahead`).
    pub fn lookahead(&self) -> usize {
        self.config.lookahead_docs
    }

    /// Forgets the sites used longest ago (never `current`) until the memory is within
    /// its bound.
    fn forget_beyond_bound(&mut self, current: u64) {
        let bound = self.bound();
        while self.bytes > bound {
            let Some((&last_use, &site_key)) = self.order.iter().next() else {
                break;
            };
            if site_key == current {
                break;
            }
            self.order.remove(&last_use);
            if let Some(site) = self.sites.remove(&site_key) {
                self.bytes -= BYTES_PER_SITE + site.keys * BYTES_PER_KEY;
                self.forgotten += 1;
            }
        }
    }

    /// The learned patterns (for `--save-learned`), with the run's figures.
    pub fn finish(self, categorize: Option<&PatternSet>) -> (Vec<Learned>, LearnStats) {
        let mut stats = self.stats.clone();
        stats.sketch_bytes = self.bound();
        let learned = self
            .saved
            .map_or_else(Vec::new, |saved| saved.finish(categorize, |_| true));
        stats.candidates = learned.len();
        (learned, stats)
    }
}

/// Site learning of a run: over files or over a stream.
#[derive(Debug)]
pub enum SiteLearner {
    /// Two passes over files.
    Files(SiteCounts),
    /// One pass over a stream.
    Stream(SiteMemory),
}

impl SiteLearner {
    /// What document `text` of `site` is told (see [`SiteCounts::evidence`],
    /// [`SiteMemory::evidence`]).
    pub fn evidence(&mut self, site: &str, text: &str) -> SiteEvidence {
        match self {
            SiteLearner::Files(counts) => counts.evidence(site, text),
            SiteLearner::Stream(memory) => memory.evidence(site, text),
        }
    }

    /// The learned patterns and the run's figures.
    pub fn finish(self, categorize: Option<&PatternSet>) -> (Vec<Learned>, LearnStats) {
        match self {
            SiteLearner::Files(counts) => counts.finish(categorize),
            SiteLearner::Stream(memory) => memory.finish(categorize),
        }
    }

    /// The settings as `unboil learn` names them, for the pattern file's header.
    pub fn learn_config(&self) -> LearnConfig {
        let config = match self {
            SiteLearner::Files(counts) => &counts.config,
            SiteLearner::Stream(memory) => &memory.config,
        };
        LearnConfig {
            min_docs: config.min_docs,
            min_share: config.min_share,
            sketch_bytes: config.memory_bytes,
            split: config.split,
            max_paragraph: config.max_paragraph,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word of its own for every `i` (numbers would all read as `0`).
    fn word(i: usize) -> String {
        let letters = b"bcdfghklmnprstvz";
        let mut w = String::new();
        let mut n = i;
        loop {
            w.push(letters[n % 16] as char);
            w.push('a');
            n /= 16;
            if n == 0 {
                break w;
            }
        }
    }

    fn doc(site: &str, i: usize) -> String {
        let w = word(i);
        format!(
            "Story {w} of {site} begins with the council vote.\nA second line about plan {w} only.\nSupport {site}: join the members today.\n"
        )
    }

    #[test]
    fn thresholds_take_the_stricter_guard() {
        let config = SiteConfig::default();
        assert_eq!(config.threshold(4), 5);
        assert_eq!(config.threshold(50), 5);
        assert_eq!(config.threshold(51), 6);
    }

    #[test]
    fn a_stream_learns_from_the_fifth_document_on() {
        let mut memory = SiteMemory::new(SiteConfig::default(), false);
        for i in 0..8 {
            let evidence = memory.evidence("a.example", &doc("a.example", i));
            assert_eq!(evidence.site_docs, i as u32 + 1);
            // The appeal line only, from the fifth document on.
            assert_eq!(evidence.learned.len(), usize::from(i >= 4), "document {i}");
        }
        // Another site learns nothing from the first one's documents.
        let other = memory.evidence("b.example", &doc("a.example", 99));
        assert!(other.learned.is_empty());
    }

    #[test]
    fn a_stream_forgets_documents_beyond_its_window() {
        let config = SiteConfig {
            memory_docs: 6,
            ..SiteConfig::default()
        };
        let mut memory = SiteMemory::new(config, false);
        for i in 0..5 {
            memory.evidence("a.example", &doc("a.example", i));
        }
        // Seven documents without the line: it leaves the window of six.
        for i in 5..12 {
            memory.evidence(
                "a.example",
                &format!("Only news {i} here, said the mayor.\n"),
            );
        }
        let evidence = memory.evidence("a.example", &doc("a.example", 12));
        assert!(evidence.learned.is_empty(), "{evidence:?}");
        // The window of six, this document included.
        assert_eq!(evidence.site_docs, 6);
    }

    #[test]
    fn stream_memory_stays_within_its_bound() {
        // Scaled down: room for a few sites, ten thousand sites seen.
        let config = SiteConfig {
            memory_docs: 4,
            min_docs: 2,
            memory_bytes: 64 << 10,
            ..SiteConfig::default()
        };
        let mut memory = SiteMemory::new(config, false);
        let bound = memory.bound();
        for i in 0..20_000 {
            let site = format!("s{}.example", i % 10_000);
            memory.evidence(&site, &doc(&site, i));
            assert!(memory.used() <= bound, "{} > {bound}", memory.used());
        }
        assert!(memory.sites() * BYTES_PER_SITE <= bound);
        assert!(memory.forgotten() > 0);
        // A site that comes back often enough is still learned.
        for i in 0..3 {
            memory.evidence("hot.example", &doc("hot.example", i));
        }
        assert_eq!(
            memory
                .evidence("hot.example", &doc("hot.example", 3))
                .learned
                .len(),
            1
        );
    }

    #[test]
    fn files_learn_from_counts_and_spare_small_sites() {
        let mut counts = SiteCounts::new(
            SiteConfig {
                memory_bytes: 1 << 16,
                ..SiteConfig::default()
            },
            true,
        );
        let mut keys = DocumentKeys::new(SplitMode::Auto, 1 << 20);
        let docs: Vec<(&str, String)> = (0..12)
            .map(|i| ("a.example", doc("a.example", i)))
            .chain((0..4).map(|i| ("b.example", doc("b.example", i))))
            .collect();
        for (site, text) in &docs {
            counts.count(site, keys.keys(text));
        }
        counts.start_second_pass();
        for (i, (site, text)) in docs.iter().enumerate() {
            let evidence = counts.evidence(site, text);
            // Every document of the site of 12 is told, from the first; the site of 4
            // is decided by the model alone.
            assert_eq!(evidence.learned.len(), usize::from(i < 12), "document {i}");
            if i < 12 {
                assert_eq!(evidence.learned[0].1, 12);
                assert_eq!(evidence.weight(12), 8.0);
            }
        }
        let (learned, stats) = counts.finish(None);
        assert_eq!(learned.len(), 1);
        assert_eq!(
            learned[0].normal,
            "support a example join the members today"
        );
        assert_eq!((learned[0].docs, learned[0].site_docs), (12, 12));
        assert_eq!((stats.documents, stats.sites), (16, 2));
    }

    #[test]
    fn the_sketch_is_fixed_and_sites_cost_one_counter() {
        let mut counts = SiteCounts::new(
            SiteConfig {
                memory_bytes: 1 << 16,
                ..SiteConfig::default()
            },
            false,
        );
        let before = counts.memory().0;
        let mut keys = DocumentKeys::new(SplitMode::Auto, 1 << 20);
        for i in 0..5000 {
            let site = format!("s{}.example", i % 1000);
            counts.count(&site, keys.keys(&doc(&site, i)));
        }
        let (sketch, sites) = counts.memory();
        assert_eq!(sketch, before);
        // 1000 sites: one table entry each, in a table at most 7/8 full whose size doubles.
        assert!(sites <= 1000 * 40, "{sites}");
    }
}
