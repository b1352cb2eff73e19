//! `unboil learn`: finds paragraphs that repeat across the documents of a site and writes
//! them as domain-scoped, whole-paragraph patterns (`~text`) in the pattern language.
//!
//! Paragraphs are compared in normal form ([`crate::normalize`]: case, numbers,
//! punctuation and spacing ignored), counted once per document. Memory is bounded by a
//! two-pass scheme:
//!
//! 1. **Pass 1** counts documents per site exactly, and the (site, paragraph) pairs in a
//!    count-min sketch (4 rows of saturating 16-bit counters, conservative update) of a
//!    fixed size. A second, smaller sketch counts paragraphs over the whole corpus.
//! 2. **Pass 2** reads the corpus again and counts exactly only the pairs whose sketch
//!    estimate reaches the site's threshold (the sketch never under-counts, so no real
//!    repeat is missed). A pair's text is kept only once its exact count reaches the
//!    threshold.
//!
//! A pair becomes a pattern when it occurs in at least `min_docs` documents and in at
//! least `min_share` of its site's documents: a paragraph that two articles both quote
//! is not boilerplate. Memory is the two sketches (fixed), one counter per site, and one
//! entry per candidate pair (true repeats plus the sketch's false positives).

use std::collections::HashMap;

use crate::fold::fold_into;
use crate::hash::{hash_bytes, FxBuildHasher};
use crate::normalize::normalize_folded_into;
use crate::patterns::{Category, PatternSet};
use crate::split::{SplitMode, Splitter};

/// Settings of a learning run.
#[derive(Clone, Debug)]
pub struct LearnConfig {
    /// Fewest documents of a site a paragraph must occur in.
    pub min_docs: u32,
    /// Smallest share of a site's documents a paragraph must occur in.
    pub min_share: f64,
    /// Bytes for the two count-min sketches together.
    pub sketch_bytes: usize,
    /// How documents are cut into paragraphs (as when filtering).
    pub split: SplitMode,
    /// Longest paragraph in bytes (as when filtering).
    pub max_paragraph: usize,
}

impl Default for LearnConfig {
    fn default() -> LearnConfig {
        LearnConfig {
            min_docs: 5,
            min_share: 0.1,
            sketch_bytes: 256 << 20,
            split: SplitMode::Auto,
            max_paragraph: 1 << 20,
        }
    }
}

/// Number of rows (hash functions) of a sketch.
const ROWS: usize = 4;

/// A count-min sketch of saturating 16-bit counters with conservative update: an
/// estimate is never below the true count, and at most 65535.
#[derive(Clone, Debug)]
pub struct CountMinSketch {
    counters: Vec<u16>,
    mask: u64,
}

/// The splitmix64 finaliser: spreads a key's bits before it indexes the sketch.
pub(crate) fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

impl CountMinSketch {
    /// A sketch using about `bytes` bytes (rounded down to a power-of-two width, at
    /// least 1024 counters a row).
    pub fn with_bytes(bytes: usize) -> CountMinSketch {
        let per_row = (bytes / (ROWS * 2)).max(1024);
        let width = 1usize << (usize::BITS - 1 - per_row.leading_zeros());
        CountMinSketch {
            counters: vec![0; width * ROWS],
            mask: width as u64 - 1,
        }
    }

    /// Bytes held.
    pub fn bytes(&self) -> usize {
        self.counters.len() * 2
    }

    fn slots(&self, key: u64) -> [usize; ROWS] {
        let h = mix(key);
        let h1 = h & 0xffff_ffff;
        let h2 = (h >> 32) | 1;
        let width = (self.mask + 1) as usize;
        let mut slots = [0; ROWS];
        for (row, slot) in slots.iter_mut().enumerate() {
            let column = (h1.wrapping_add((row as u64).wrapping_mul(h2)) & self.mask) as usize;
            *slot = row * width + column;
        }
        slots
    }

    /// Counts one more occurrence of `key` (conservative update: only the counters at
    /// the current minimum grow).
    pub fn add(&mut self, key: u64) {
        let slots = self.slots(key);
        let min = slots.iter().map(|&s| self.counters[s]).min().unwrap_or(0);
        if min == u16::MAX {
            return;
        }
        for s in slots {
            if self.counters[s] == min {
                self.counters[s] = min + 1;
            }
        }
    }

    /// The estimate for `key`: never below its true count (up to 65535).
    pub fn estimate(&self, key: u64) -> u16 {
        self.slots(key)
            .iter()
            .map(|&s| self.counters[s])
            .min()
            .unwrap_or(0)
    }
}

/// Documents seen of one site.
#[derive(Clone, Copy, Debug, Default)]
struct SiteStats {
    docs: u32,
}

/// Exact count of one candidate pair in pass 2.
#[derive(Clone, Debug, Default)]
struct Candidate {
    docs: u32,
    /// Normal form and a first example, kept once `docs` reaches the site's threshold.
    text: Option<Box<(String, String)>>,
}

/// One learned pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Learned {
    /// The site (a host name) the pattern is scoped to.
    pub site: String,
    /// The paragraph in normal form.
    pub normal: String,
    /// The first paragraph seen with this normal form, whitespace collapsed.
    pub example: String,
    /// Documents of the site that hold it.
    pub docs: u32,
    /// Documents of the site.
    pub site_docs: u32,
    /// Documents of the whole corpus that hold it (a sketch estimate: an upper bound); 0
    /// when not counted.
    pub corpus_docs: u32,
    /// Weight written to the pattern file.
    pub weight: f32,
    /// Category guessed from the other patterns, `other` when none applies.
    pub category: Category,
}

/// Figures of a learning run.
#[derive(Clone, Debug, Default)]
pub struct LearnStats {
    /// Documents read in pass 1.
    pub documents: u64,
    /// Paragraphs (distinct per document, with at least one letter) in pass 1.
    pub paragraphs: u64,
    /// Sites seen.
    pub sites: usize,
    /// Pairs counted exactly in pass 2.
    pub candidates: usize,
    /// Bytes of the sketches.
    pub sketch_bytes: usize,
}

/// The learner: feed every document in pass 1, call [`Learner::start_pass2`], feed the
/// same documents again, then [`Learner::finish`].
pub struct Learner {
    config: LearnConfig,
    splitter: Splitter,
    paragraphs: Vec<String>,
    folded: String,
    normal: String,
    doc_seen: HashMap<u64, (), FxBuildHasher>,
    sites: HashMap<String, SiteStats>,
    pairs: CountMinSketch,
    corpus: CountMinSketch,
    candidates: HashMap<(u64, u64), Candidate, FxBuildHasher>,
    second_pass: bool,
    stats: LearnStats,
}

/// The hash of a site name, as it keys pairs.
pub(crate) fn site_hash(site: &str) -> u64 {
    hash_bytes(site.as_bytes()) ^ 0x5bd1_e995_u64.rotate_left(40)
}

pub(crate) fn pair_key(site: u64, para: u64) -> u64 {
    mix(site.rotate_left(29) ^ para)
}

impl Learner {
    /// A learner with the given settings.
    pub fn new(config: LearnConfig) -> Learner {
        let pair_bytes = config.sketch_bytes / 4 * 3;
        let corpus_bytes = config.sketch_bytes / 4;
        Learner {
            splitter: Splitter::new(config.split, config.max_paragraph),
            paragraphs: Vec::new(),
            folded: String::new(),
            normal: String::new(),
            doc_seen: HashMap::default(),
            sites: HashMap::new(),
            pairs: CountMinSketch::with_bytes(pair_bytes),
            corpus: CountMinSketch::with_bytes(corpus_bytes),
            candidates: HashMap::default(),
            second_pass: false,
            stats: LearnStats::default(),
            config,
        }
    }

    /// Documents a paragraph must occur in for a site with `docs` documents.
    fn threshold(&self, site_docs: u32) -> u32 {
        let share = (self.config.min_share * f64::from(site_docs)).ceil() as u32;
        self.config.min_docs.max(share).max(1)
    }

    /// Splits a document into paragraphs held in `self.paragraphs`.
    fn split(&mut self, text: &str) {
        let mut count = 0;
        let paragraphs = &mut self.paragraphs;
        let mut emit = |para: &str, _sep: &str| {
            if count < paragraphs.len() {
                paragraphs[count].clear();
                paragraphs[count].push_str(para);
            } else {
                paragraphs.push(para.to_string());
            }
            count += 1;
        };
        self.splitter.push(text, &mut emit);
        self.splitter.finish(&mut emit);
        self.paragraphs.truncate(count);
    }

    /// Normalises paragraph `i` into `self.normal`; false when it has no letter.
    fn normalize(&mut self, i: usize) -> bool {
        fold_into(&self.paragraphs[i], &mut self.folded);
        normalize_folded_into(&self.folded, &mut self.normal);
        self.normal.chars().any(char::is_alphabetic)
    }

    /// Reads one document of `site` (a host name) in the current pass.
    pub fn document(&mut self, site: &str, text: &str) {
        if self.second_pass {
            self.document_pass2(site, text);
            return;
        }
        self.stats.documents += 1;
        let stats = match self.sites.get_mut(site) {
            Some(stats) => stats,
            None => self.sites.entry(site.to_string()).or_default(),
        };
        stats.docs = stats.docs.saturating_add(1);
        let site_key = site_hash(site);
        self.each_distinct_paragraph(text, |learner, _, para| {
            learner.stats.paragraphs += 1;
            learner.pairs.add(pair_key(site_key, para));
            learner.corpus.add(para);
        });
    }

    /// Calls `visit` with the index and normal-form hash of each paragraph of `text`
    /// whose normal form is not empty, once per distinct normal form.
    fn each_distinct_paragraph(
        &mut self,
        text: &str,
        mut visit: impl FnMut(&mut Self, usize, u64),
    ) {
        self.split(text);
        self.doc_seen.clear();
        for i in 0..self.paragraphs.len() {
            if !self.normalize(i) {
                continue;
            }
            let para = hash_bytes(self.normal.as_bytes());
            if self.doc_seen.insert(para, ()).is_some() {
                continue;
            }
            visit(self, i, para);
        }
    }

    /// Ends pass 1: the next documents are pass 2.
    pub fn start_pass2(&mut self) {
        self.second_pass = true;
    }

    fn document_pass2(&mut self, site: &str, text: &str) {
        let Some(stats) = self.sites.get(site) else {
            return;
        };
        let need = self.threshold(stats.docs);
        if stats.docs < need {
            return;
        }
        let sketch_need = need.min(u32::from(u16::MAX)) as u16;
        let site_key = site_hash(site);
        self.each_distinct_paragraph(text, |learner, i, para| {
            if learner.pairs.estimate(pair_key(site_key, para)) < sketch_need {
                return;
            }
            let entry = learner.candidates.entry((site_key, para)).or_default();
            entry.docs += 1;
            if entry.docs >= need && entry.text.is_none() {
                let example = truncate(
                    &learner.paragraphs[i]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    EXAMPLE_CHARS,
                );
                entry.text = Some(Box::new((learner.normal.clone(), example)));
            }
        });
    }

    /// The learned patterns, sorted by site, then by documents (most first), then text.
    /// `categorize` (the hand-written patterns) names each pattern's category.
    pub fn finish(self, categorize: Option<&PatternSet>) -> (Vec<Learned>, LearnStats) {
        let names: HashMap<u64, (&str, u32), FxBuildHasher> = self
            .sites
            .iter()
            .map(|(name, stats)| (site_hash(name), (name.as_str(), stats.docs)))
            .collect();
        let mut stats = self.stats.clone();
        stats.sites = self.sites.len();
        stats.candidates = self.candidates.len();
        stats.sketch_bytes = self.pairs.bytes() + self.corpus.bytes();
        let mut learned = Vec::new();
        let mut folded = String::new();
        let mut hits = Vec::new();
        for ((site_key, para), candidate) in self.candidates {
            let (Some(text), Some(&(site, site_docs))) = (candidate.text, names.get(&site_key))
            else {
                continue;
            };
            let (normal, example) = *text;
            let share = f64::from(candidate.docs) / f64::from(site_docs.max(1));
            let category = categorize.map_or(Category::Other, |set| {
                category_of(set, &example, site, &mut folded, &mut hits)
            });
            learned.push(Learned {
                site: site.to_string(),
                normal,
                example,
                docs: candidate.docs,
                site_docs,
                corpus_docs: u32::from(self.corpus.estimate(para)).max(candidate.docs),
                weight: weight_for(share),
                category,
            });
        }
        learned.sort_by(|a, b| {
            a.site
                .cmp(&b.site)
                .then(b.docs.cmp(&a.docs))
                .then(a.normal.cmp(&b.normal))
        });
        (learned, stats)
    }
}

/// The category `set` gives a learned paragraph (`example`, of `site`): that of its
/// heaviest positive pattern, `other` when none applies. `folded` and `hits` are scratch.
pub fn category_of(
    set: &PatternSet,
    example: &str,
    site: &str,
    folded: &mut String,
    hits: &mut Vec<u32>,
) -> Category {
    fold_into(example, folded);
    hits.clear();
    set.find(folded, Some(site), hits);
    hits.iter()
        .map(|&id| &set.rules()[id as usize])
        .filter(|rule| rule.weight > 0.0)
        .max_by(|a, b| a.weight.total_cmp(&b.weight))
        .map_or(Category::Other, |rule| rule.category)
}

/// The weight of a pattern found in `share` of its site's documents: `3 + 5 × share`,
/// at most `+8`, rounded to a tenth. A paragraph on every page of a site is as sure as
/// the surest hand-written whole-paragraph pattern; one on a tenth of them still
/// outweighs the structural signals of a plain news paragraph.
pub fn weight_for(share: f64) -> f32 {
    let w = (3.0 + 5.0 * share).min(8.0);
    ((w * 10.0).round() / 10.0) as f32
}

/// The site of a URL: its host, lower case, without a leading `www.`; `None` when the URL
/// has no host.
pub fn site_of_url(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    site_name(host)
}

/// A site name usable in `@domain`: lower case, characters other than letters, digits,
/// `-` and `.` replaced by `-`; `None` when nothing is left.
pub fn site_name(name: &str) -> Option<String> {
    let clean: String = name
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let clean = clean.trim_matches('.').to_string();
    (!clean.is_empty()).then_some(clean)
}

/// The pattern file for `learned`: a header with the run's figures, then one `@domain`
/// section per site and one commented `~` line per pattern.
pub fn write_pattern_file<W: std::io::Write>(
    out: &mut W,
    learned: &[Learned],
    stats: &LearnStats,
    config: &LearnConfig,
    command: &str,
) -> std::io::Result<()> {
    writeln!(out, "# Learned by: {}", one_line(command))?;
    writeln!(
        out,
        "# Corpus: {} documents, {} sites, {} distinct paragraphs per document counted.",
        stats.documents, stats.sites, stats.paragraphs
    )?;
    writeln!(
        out,
        "# Kept: paragraphs in >= {} documents and >= {}% of their site's documents: {} pattern(s).",
        config.min_docs,
        config.min_share * 100.0,
        learned.len()
    )?;
    out.write_all(
        b"# Each line is a whole paragraph in normal form (~: case, numbers, punctuation and\n\
         # spacing ignored), weight 3 + 5 x share of the site's documents (at most +8).\n\
         # The corpus count is a sketch estimate (an upper bound, at most 65535). Edit\n\
         # freely: relearning rewrites the file.\n",
    )?;
    let mut site: Option<&str> = None;
    for l in learned {
        if site != Some(l.site.as_str()) {
            writeln!(out, "\n@domain {}", l.site)?;
            site = Some(&l.site);
        }
        let corpus = match l.corpus_docs {
            0 => String::new(),
            n if n >= u32::from(u16::MAX) => format!(", >={n} in the corpus"),
            n => format!(", ~{n} in the corpus"),
        };
        writeln!(
            out,
            "# {}/{} documents of {} ({:.0}%){corpus}; e.g. {:?}",
            l.docs,
            l.site_docs,
            l.site,
            100.0 * f64::from(l.docs) / f64::from(l.site_docs.max(1)),
            one_line(&l.example),
        )?;
        writeln!(
            out,
            "{:+.1} cat={} ~{}",
            l.weight,
            l.category.as_str(),
            l.normal
        )?;
    }
    out.flush()
}

/// Characters of a pattern's example paragraph kept for its comment.
pub(crate) const EXAMPLE_CHARS: usize = 120;

fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

pub(crate) fn truncate(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sketch_never_undercounts_and_saturates() {
        let mut sketch = CountMinSketch::with_bytes(8 * 1024);
        for key in 0..5000u64 {
            for _ in 0..(key % 7) {
                sketch.add(key);
            }
        }
        for key in 0..5000u64 {
            assert!(u64::from(sketch.estimate(key)) >= key % 7, "key {key}");
        }
        let mut small = CountMinSketch::with_bytes(0);
        for _ in 0..70_000 {
            small.add(42);
        }
        assert_eq!(small.estimate(42), u16::MAX);
    }

    #[test]
    fn threshold_takes_the_stricter_guard() {
        let learner = Learner::new(LearnConfig {
            min_docs: 5,
            min_share: 0.1,
            sketch_bytes: 1 << 16,
            ..LearnConfig::default()
        });
        assert_eq!(learner.threshold(10), 5);
        assert_eq!(learner.threshold(200), 20);
        assert_eq!(learner.threshold(201), 21);
    }

    #[test]
    fn weights_grow_with_share() {
        assert_eq!(weight_for(1.0), 8.0);
        assert_eq!(weight_for(0.1), 3.5);
        assert!(weight_for(0.5) > weight_for(0.2));
    }

    #[test]
    fn sites_from_urls() {
        assert_eq!(
            site_of_url("https://www.Example.com:443/a?b").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            site_of_url("news.example.org/x").as_deref(),
            Some("news.example.org")
        );
        assert_eq!(site_of_url("https:///nohost"), None);
        assert_eq!(site_name("My Site").as_deref(), Some("my-site"));
    }

    fn run(config: LearnConfig, docs: &[(&str, String)]) -> Vec<Learned> {
        let mut learner = Learner::new(config);
        for (site, text) in docs {
            learner.document(site, text);
        }
        learner.start_pass2();
        for (site, text) in docs {
            learner.document(site, text);
        }
        learner.finish(None).0
    }

    #[test]
    fn learns_per_site_repeats_with_varying_numbers() {
        let mut docs = Vec::new();
        let words = [
            "apple", "birch", "cedar", "dune", "ember", "fjord", "grove", "heath", "inlet",
            "jetty", "knoll", "larch",
        ];
        for (i, word) in words.iter().enumerate() {
            docs.push((
                "a.example",
                format!(
                    "The {word} story opens here.\nMore about the {word} later.\nIssue {} went to press on {} March.\n",
                    100 + i,
                    i + 1
                ),
            ));
        }
        docs.push((
            "b.example",
            "Issue 5 went to press on 2 March.\n".to_string(),
        ));
        let learned = run(
            LearnConfig {
                sketch_bytes: 1 << 16,
                ..LearnConfig::default()
            },
            &docs,
        );
        assert_eq!(learned.len(), 1, "{learned:?}");
        assert_eq!(learned[0].site, "a.example");
        assert_eq!(learned[0].normal, "issue 0 went to press on 0 0");
        assert_eq!((learned[0].docs, learned[0].site_docs), (12, 12));
        assert_eq!(learned[0].corpus_docs, 13);
    }
}
