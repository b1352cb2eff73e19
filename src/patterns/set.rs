//! A compiled pattern set: all literals in one Aho-Corasick automaton, all regexes in one
//! `RegexSet`, each match traced back to the file and line that wrote it.

use std::fs;
use std::io;
use std::path::Path;

use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use regex_automata::meta;
use regex_automata::{Anchored, Input, MatchKind as SetMatchKind, PatternSet as MatchedSet};

use super::builtin::builtin_sources;
use super::parse::{parse_source, Anchor, Kind, PatternError, Rule, Setting};
use crate::fold::is_word_char;
use crate::hash::FxBuildHasher;
use crate::lang::Language;

/// One pattern file: a key (its path relative to its pattern folder, which decides what
/// it overrides), the name shown in errors and evidence, and its text.
#[derive(Clone, Debug)]
pub struct Source {
    /// Relative path such as `en/appeal.pat`; a later source with the same key replaces
    /// an earlier one.
    pub key: String,
    /// Name shown in errors and evidence (`builtin:en/appeal.pat`, `my/pats/x.pat`).
    pub name: String,
    /// The file's text.
    pub contents: String,
}

/// Collects pattern sources (built-in, folders, files) and compiles them.
#[derive(Clone, Debug)]
pub struct PatternSetBuilder {
    sources: Vec<Source>,
    /// Per source: the language whose documents alone it is for (a file of a
    /// `<code>/` folder), or `None` for every document.
    languages: Vec<Option<Language>>,
    /// Scan documents of a known language with that language's rules and the shared
    /// ones only (`PatternSetBuilder::per_language`; on by default).
    per_language: bool,
    /// A folder's file with the key of a built-in file replaces it (`replace_builtin`).
    replace_builtin: bool,
    /// `(built-in name, replacing file's name)` of each built-in file replaced.
    replaced: Vec<(String, String)>,
}

impl Default for PatternSetBuilder {
    fn default() -> PatternSetBuilder {
        PatternSetBuilder {
            sources: Vec::new(),
            languages: Vec::new(),
            per_language: true,
            replace_builtin: false,
            replaced: Vec::new(),
        }
    }
}

impl PatternSetBuilder {
    /// An empty builder (no built-in patterns).
    pub fn new() -> PatternSetBuilder {
        PatternSetBuilder::default()
    }

    /// A builder holding the built-in default patterns.
    ///
    /// The files of a language folder (`en/`, `de/`…) are for documents in that language
    /// (see `PatternSet::find_with`); the others (`learned/`) are for every document.
    pub fn with_builtin() -> PatternSetBuilder {
        let mut builder = PatternSetBuilder::new();
        for (key, contents) in builtin_sources() {
            builder.add_for(
                Source {
                    key: key.to_string(),
                    name: format!("builtin:{key}"),
                    contents: contents.to_string(),
                },
                folder_language(key),
            );
        }
        builder
    }

    /// Adds a source for every document, whatever its language; one with the same key as
    /// an earlier source replaces it.
    pub fn add(&mut self, source: Source) {
        self.add_for(source, None);
    }

    /// Adds a source for the documents of `language` only (`None`: every document).
    fn add_for(&mut self, source: Source, language: Option<Language>) {
        match self.sources.iter().position(|s| s.key == source.key) {
            Some(at) => {
                self.sources[at] = source;
                self.languages[at] = language;
            }
            None => {
                self.sources.push(source);
                self.languages.push(language);
            }
        }
    }

    /// Scan a document whose language is known with the rules of its language's folder
    /// and the shared ones only (see `PatternSet`). On by default; off, every document is
    /// scanned with every rule, so English text can match Polish rules.
    pub fn per_language(&mut self, on: bool) -> &mut PatternSetBuilder {
        self.per_language = on;
        self
    }

    /// Let a file that `add_path` finds in a folder with the same path relative to it as
    /// a built-in file (`DIR/en/appeal.pat`, `en/appeal.pat`) replace that built-in file
    /// (`--replace-builtin`). Off by default: such a file is added beside it.
    pub fn replace_builtin(&mut self, on: bool) -> &mut PatternSetBuilder {
        self.replace_builtin = on;
        self
    }

    /// The built-in files replaced so far, as `(built-in name, replacing file's name)`.
    pub fn replaced(&self) -> &[(String, String)] {
        &self.replaced
    }

    /// Adds a `.pat` file, or every `.pat` file below a folder (sorted, recursively).
    /// The files of a folder's `<code>/` folders (`DIR/de/x.pat`) are for documents in
    /// that language, the others for every document. A file is added beside the built-in
    /// file of the same relative path, unless `replace_builtin` is on.
    pub fn add_path(&mut self, path: &Path) -> io::Result<()> {
        let meta = fs::metadata(path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        if meta.is_file() {
            let key = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            return self.add_file(key, path, None);
        }
        let mut files = Vec::new();
        collect_pat_files(path, &mut files)?;
        files.sort();
        for file in files {
            let key = file
                .strip_prefix(path)
                .unwrap_or(&file)
                .to_string_lossy()
                .replace('\\', "/");
            let language = folder_language(&key);
            self.add_file(key, &file, language)?;
        }
        Ok(())
    }

    fn add_file(&mut self, key: String, path: &Path, language: Option<Language>) -> io::Result<()> {
        let bytes = fs::read(path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        let contents = String::from_utf8(bytes).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "{}: pattern files must be UTF-8 (invalid byte at offset {})",
                    path.display(),
                    e.utf8_error().valid_up_to()
                ),
            )
        })?;
        let source = Source {
            key,
            name: path.display().to_string(),
            contents,
        };
        let builtin = self
            .sources
            .iter()
            .position(|s| s.key == source.key && s.name.starts_with("builtin:"));
        match builtin {
            Some(at) if self.replace_builtin => {
                self.replaced
                    .push((self.sources[at].name.clone(), source.name.clone()));
                self.sources[at] = source;
                self.languages[at] = language;
            }
            _ => {
                self.sources.push(source);
                self.languages.push(language);
            }
        }
        Ok(())
    }

    /// Keeps only the sources for which `keep` is true.
    pub fn retain<F: FnMut(&Source) -> bool>(&mut self, mut keep: F) {
        let mut languages = std::mem::take(&mut self.languages).into_iter();
        self.sources.retain(|source| {
            let language = languages.next().flatten();
            let kept = keep(source);
            if kept {
                self.languages.push(language);
            }
            kept
        });
    }

    /// The sources collected so far, in order.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// Parses and compiles every source. All errors of all files are returned together.
    pub fn build(&self) -> Result<PatternSet, Vec<PatternError>> {
        let mut rules = Vec::new();
        let mut settings = Vec::new();
        let mut errors = Vec::new();
        for (index, source) in self.sources.iter().enumerate() {
            parse_source(
                &source.name,
                index,
                &source.contents,
                &mut rules,
                &mut settings,
                &mut errors,
            );
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let files = self.sources.iter().map(|s| s.name.clone()).collect();
        let languages = if self.per_language {
            self.languages.clone()
        } else {
            Vec::new()
        };
        PatternSet::compile(files, languages, rules, settings).map_err(|message| {
            vec![PatternError {
                file: "<pattern set>".into(),
                line: 0,
                column: 0,
                message,
            }]
        })
    }
}

/// The language of a file's folder (`de/appeal.pat` is German), if it is one; files
/// elsewhere (`any/`, `learned/`, a file given alone) are for every language.
fn folder_language(key: &str) -> Option<Language> {
    let (folder, _) = key.split_once('/')?;
    folder
        .parse::<Language>()
        .ok()
        .filter(|l| l.code() == folder)
}

fn collect_pat_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> io::Result<()> {
    let entries = fs::read_dir(dir)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?;
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            collect_pat_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "pat") {
            out.push(path);
        }
    }
    Ok(())
}

/// A regex rule, compiled on first use and tried only where its prefilter says it can
/// match.
#[derive(Clone, Debug)]
struct RegexRule {
    rule: u32,
    compiled: OnceLock<Option<meta::Regex>>,
}

/// Compiled patterns, ready to match folded paragraphs.
///
/// A scan (`Scan`) holds, in one Aho-Corasick automaton, every literal phrase of its rules
/// and, for each regex whose matches must contain one of a few literals, those literals:
/// a single pass over the paragraph finds the phrases and the regexes worth running.
/// Regexes without such literals are compiled together into one multi-pattern regex, so
/// that a single pass over the paragraph says which of them match. Each regex is compiled
/// the first time it is needed (and shared by every scan), so start-up does not pay for
/// patterns of languages the input never uses.
///
/// The full scan holds every rule; a document whose language is not known is scanned
/// with it. With per-language scans on (`PatternSetBuilder::per_language`, the default),
/// a document whose language is known (given, or detected with confidence, see
/// `FindScratch::set_language`) is scanned instead with the rules of its language's
/// folder plus the shared ones: every file outside a language folder (`any/`, learned,
/// a `--patterns` file outside a `<code>/` folder) and every domain-scoped or learned
/// rule. Evidence of journalism is scoped like the rest: a Polish word list says nothing
/// about English text. Each language's scan is built the first time a document of that
/// language is seen. Rule ids are the same in every scan, so
/// `--explain` and `--report` name the same file and line.
#[derive(Clone, Debug)]
pub struct PatternSet {
    /// Tells which set a `FindScratch`'s regex caches were made for (clones share it:
    /// their regexes are the same).
    id: u64,
    files: Vec<String>,
    rules: Vec<Rule>,
    regexes: Vec<RegexRule>,
    /// Every rule.
    full: Scan,
    /// Per language with a folder of its own (in first-seen order): its scan, built on
    /// first use; `None` when it could not be built (the full scan is used).
    by_language: Vec<(Language, OnceLock<Option<Scan>>)>,
    /// Per file: the language whose documents alone it is for (`None`: every document).
    file_languages: Vec<Option<Language>>,
    /// Whole-paragraph `~` rules by the hashes of their normal form and of their domain
    /// (0 for none): a few lookups per paragraph (one per suffix of its host), however
    /// many rules a learned file holds and however many sites share a normal form.
    /// Every document is looked up in all of them.
    normalized: HashMap<(u64, u64), Vec<u32>, FxBuildHasher>,
    /// `@signal` and `@param` settings, in file order (later ones win).
    settings: Vec<Setting>,
}

/// One automaton and its regex candidates over some of a set's rules (see `PatternSet`).
///
/// What each needle stands for is kept in flat arrays (`uses`, then ranges of
/// `literal_uses` and `regex_uses`), small enough to stay in cache: the automaton reports
/// a dozen needles in a paragraph of news, and each look-up used to cost cache misses.
#[derive(Clone, Debug)]
struct Scan {
    automaton: Option<AhoCorasick>,
    /// For each automaton pattern, where its literal rules and regexes are.
    uses: Vec<NeedleUse>,
    /// The literal rules of every needle, one needle after the other.
    literal_uses: Vec<LiteralUse>,
    /// The regexes of every needle, one needle after the other; those whose every match
    /// opens with the needle (`Rule::opens_with_required`) carry `OPENS`.
    regex_uses: Vec<u32>,
    /// Whole-paragraph phrases (`^phrase$`) by their core (from their first to past their
    /// last alphanumeric character): a paragraph is one of them only if its own core is
    /// one, so one look-up replaces a needle that would occur in much running text ("x",
    /// "ad", "next"). Phrases without an alphanumeric character stay in the automaton.
    whole_phrases: HashMap<String, Vec<WholePhrase>, FxBuildHasher>,
    /// The longest core in `whole_phrases`, in bytes: a longer paragraph is not looked up.
    longest_whole: usize,
    /// One-byte prefilter literals (not in the automaton) and the regexes they are the
    /// prefilter literal of.
    byte_candidates: Vec<(u8, Vec<u32>)>,
    /// Regexes with no prefilter literal: tried on every paragraph.
    unfiltered: Vec<u32>,
    /// The unfiltered regexes as one multi-pattern regex (pattern `i` is
    /// `unfiltered[i]`), built on first use; `None` when it does not compile within the
    /// limits, and they are then run one by one.
    unfiltered_set: OnceLock<Option<UnfilteredSet>>,
}

/// What an automaton needle stands for: ranges of `Scan::literal_uses` and
/// `Scan::regex_uses`.
#[derive(Clone, Copy, Debug)]
struct NeedleUse {
    literals: (u32, u32),
    regexes: (u32, u32),
    /// Each occurrence must be looked at (literal rules check their anchors and word
    /// boundaries there; an opening regex is tried there); otherwise only the first
    /// occurrence in a paragraph counts.
    every_occurrence: bool,
}

/// A whole-paragraph phrase as the look-up checks it: its rule and the punctuation
/// around its core, which must stand right before and after the paragraph's core.
#[derive(Clone, Debug)]
struct WholePhrase {
    rule: u32,
    before: Box<str>,
    after: Box<str>,
}

/// A literal rule as the automaton loop checks it, without reading the rule.
#[derive(Clone, Copy, Debug)]
struct LiteralUse {
    rule: u32,
    anchor: Anchor,
    /// Whether the phrase begins (ends) with a word character, which may not touch one in
    /// the text.
    word_first: bool,
    word_last: bool,
}

/// The automaton's distinct needles while a set is compiled, each with the literal rules
/// that wrote it and the regexes it is a prefilter literal of.
#[derive(Default)]
struct Needles {
    needles: Vec<Vec<u8>>,
    literal_rules: Vec<Vec<u32>>,
    regex_candidates: Vec<Vec<u32>>,
    index: HashMap<Vec<u8>, usize>,
}

impl Needles {
    /// The slot of `needle`, added on first sight.
    fn slot(&mut self, needle: &[u8]) -> usize {
        if let Some(&at) = self.index.get(needle) {
            return at;
        }
        self.needles.push(needle.to_vec());
        self.literal_rules.push(Vec::new());
        self.regex_candidates.push(Vec::new());
        self.index.insert(needle.to_vec(), self.needles.len() - 1);
        self.needles.len() - 1
    }
}

/// Rule ids stay below this bound (room for markers in code that stores ids).
const REGEX_FLAG: u32 = 1 << 31;

/// Marks a regex candidate whose every match opens with the needle: it is tried anchored
/// at each occurrence instead of searched for in the whole paragraph.
const OPENS: u32 = 1 << 31;

/// Anchored attempts (see `OPENS`) in one paragraph; past them, such regexes are searched
/// for once like the others. An attempt may walk to the paragraph's end (`x[a-z ]*y` in
/// "x x x …"), so without a bound a paragraph with many occurrences would cost their
/// number times its length; with it, the cost stays linear.
const ANCHORED_ATTEMPTS: u32 = 16;

impl Scan {
    /// The scan of the rules for which `keep(rule id)` is true. Regexes are numbered as
    /// in the set: in rule order, counting every regex rule, kept or not.
    fn build(rules: &[Rule], mut keep: impl FnMut(u32) -> bool) -> Result<Scan, String> {
        let mut needles = Needles::default();
        let mut whole_phrases: HashMap<String, Vec<WholePhrase>, FxBuildHasher> =
            HashMap::default();
        let mut longest_whole = 0;
        let mut unfiltered = Vec::new();
        let mut regex_index = 0u32;
        for (id, rule) in rules.iter().enumerate() {
            let id = u32::try_from(id)
                .ok()
                .filter(|id| id & REGEX_FLAG == 0)
                .ok_or_else(|| "too many patterns".to_string())?;
            let kept = keep(id);
            match &rule.kind {
                Kind::Literal {
                    phrase,
                    anchor: Anchor::Whole,
                } if kept && TextEdges::of(phrase).has_alnum() => {
                    let edges = TextEdges::of(phrase);
                    let core = edges.core(phrase);
                    longest_whole = longest_whole.max(core.len());
                    whole_phrases
                        .entry(core.to_string())
                        .or_default()
                        .push(WholePhrase {
                            rule: id,
                            before: phrase[..edges.first_alnum].into(),
                            after: phrase[edges.last_alnum_end..].into(),
                        });
                }
                Kind::Literal { phrase, .. } if kept => {
                    let at = needles.slot(phrase.as_bytes());
                    needles.literal_rules[at].push(id);
                }
                Kind::Literal { .. } | Kind::Normalized(_) => {}
                Kind::Regex(_) => {
                    if kept {
                        if rule.required.is_empty() {
                            unfiltered.push(regex_index);
                        }
                        let mark = if rule.opens_with_required { OPENS } else { 0 };
                        for literal in &rule.required {
                            let at = needles.slot(literal.as_bytes());
                            needles.regex_candidates[at].push(regex_index | mark);
                        }
                    }
                    regex_index += 1;
                }
            }
        }
        let Needles {
            needles: all_needles,
            literal_rules: all_literal_rules,
            regex_candidates: all_regex_candidates,
            ..
        } = needles;
        // One-byte needles of regexes only (` `, `.`, `/`) leave the automaton, which
        // would report each occurrence: one `memchr` per paragraph says the same.
        let mut needles = Vec::new();
        let mut uses = Vec::new();
        let mut literal_uses = Vec::new();
        let mut regex_uses = Vec::new();
        let mut byte_candidates = Vec::new();
        let index = |len: usize| u32::try_from(len).map_err(|_| "too many patterns".to_string());
        for ((needle, literals), regexes) in all_needles
            .into_iter()
            .zip(all_literal_rules)
            .zip(all_regex_candidates)
        {
            match needle.as_slice() {
                // A one-byte needle makes its regexes candidates to search for.
                &[byte] if literals.is_empty() => {
                    byte_candidates.push((byte, regexes.iter().map(|r| r & !OPENS).collect()))
                }
                _ => {
                    let literals_from = index(literal_uses.len())?;
                    for &id in &literals {
                        if let Kind::Literal { phrase, anchor } = &rules[id as usize].kind {
                            literal_uses.push(LiteralUse {
                                rule: id,
                                anchor: *anchor,
                                word_first: phrase.chars().next().is_some_and(is_word_char),
                                word_last: phrase.chars().next_back().is_some_and(is_word_char),
                            });
                        }
                    }
                    let regexes_from = index(regex_uses.len())?;
                    regex_uses.extend_from_slice(&regexes);
                    uses.push(NeedleUse {
                        literals: (literals_from, index(literal_uses.len())?),
                        regexes: (regexes_from, index(regex_uses.len())?),
                        every_occurrence: !literals.is_empty()
                            || regexes.iter().any(|r| r & OPENS != 0),
                    });
                    needles.push(needle);
                }
            }
        }
        let automaton = if needles.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&needles)
                    .map_err(|e| format!("cannot build the phrase automaton: {e}"))?,
            )
        };
        Ok(Scan {
            automaton,
            uses,
            literal_uses,
            regex_uses,
            whole_phrases,
            longest_whole,
            byte_candidates,
            unfiltered,
            unfiltered_set: OnceLock::new(),
        })
    }

    fn empty() -> Scan {
        Scan {
            automaton: None,
            uses: Vec::new(),
            literal_uses: Vec::new(),
            regex_uses: Vec::new(),
            whole_phrases: HashMap::default(),
            longest_whole: 0,
            byte_candidates: Vec::new(),
            unfiltered: Vec::new(),
            unfiltered_set: OnceLock::new(),
        }
    }
}

impl PatternSet {
    /// A set with no patterns.
    pub fn empty() -> PatternSet {
        PatternSet {
            id: NEXT_SET_ID.fetch_add(1, Ordering::Relaxed),
            files: Vec::new(),
            rules: Vec::new(),
            regexes: Vec::new(),
            full: Scan::empty(),
            by_language: Vec::new(),
            file_languages: Vec::new(),
            normalized: HashMap::default(),
            settings: Vec::new(),
        }
    }

    /// Compiles `rules` of `files`; `file_languages` (empty: all `None`) says which files
    /// are for documents of one language only.
    fn compile(
        files: Vec<String>,
        file_languages: Vec<Option<Language>>,
        rules: Vec<Rule>,
        settings: Vec<Setting>,
    ) -> Result<PatternSet, String> {
        let full = Scan::build(&rules, |_| true)?;
        let mut regexes = Vec::new();
        let mut normalized: HashMap<(u64, u64), Vec<u32>, FxBuildHasher> = HashMap::default();
        for (id, rule) in rules.iter().enumerate() {
            // `Scan::build` has checked that every id fits.
            let id = id as u32;
            match &rule.kind {
                Kind::Literal { .. } => {}
                Kind::Normalized(normal) => {
                    let domain = rule.domain.as_deref().map_or(0, domain_key);
                    normalized
                        .entry((crate::normalize::hash_folded(normal), domain))
                        .or_default()
                        .push(id);
                }
                Kind::Regex(_) => regexes.push(RegexRule {
                    rule: id,
                    compiled: OnceLock::new(),
                }),
            }
        }
        let mut by_language: Vec<(Language, OnceLock<Option<Scan>>)> = Vec::new();
        for language in file_languages.iter().flatten() {
            if !by_language.iter().any(|(l, _)| l == language) {
                by_language.push((*language, OnceLock::new()));
            }
        }
        Ok(PatternSet {
            id: NEXT_SET_ID.fetch_add(1, Ordering::Relaxed),
            files,
            rules,
            regexes,
            full,
            by_language,
            file_languages,
            normalized,
            settings,
        })
    }

    /// The scan for documents of `language` (see `PatternSet`): the full scan when the
    /// language is not known or has no rules of its own.
    fn scan(&self, language: Option<Language>) -> &Scan {
        let Some(language) = language else {
            return &self.full;
        };
        let Some((_, scan)) = self.by_language.iter().find(|(l, _)| *l == language) else {
            return &self.full;
        };
        scan.get_or_init(|| Scan::build(&self.rules, |id| self.applies_to(id, language)).ok())
            .as_ref()
            .unwrap_or(&self.full)
    }

    /// Whether rule `id` is in the scan of documents in `language`.
    fn applies_to(&self, id: u32, language: Language) -> bool {
        let rule = &self.rules[id as usize];
        match self.file_languages.get(rule.file).copied().flatten() {
            None => true,
            Some(_) if rule.domain.is_some() || rule.learned => true,
            Some(own) => own == language,
        }
    }

    /// The languages with rules of their own, each scanned with those and the shared
    /// rules (empty when every document is scanned with every rule).
    pub fn languages(&self) -> impl Iterator<Item = Language> + '_ {
        self.by_language.iter().map(|(l, _)| *l)
    }

    /// Compiles every regex now (they are otherwise compiled when first needed) and
    /// reports the ones that do not compile, located in their files.
    pub fn compile_all(&self) -> Vec<PatternError> {
        let mut errors = Vec::new();
        for regex in &self.regexes {
            if let Err(message) = self.compiled(regex).map(|_| ()) {
                let rule = &self.rules[regex.rule as usize];
                errors.push(PatternError {
                    file: self.file_name(rule).to_string(),
                    line: rule.line,
                    column: 1,
                    message,
                });
            }
        }
        errors
    }

    /// Whether regex `r` has a match that starts at byte `start` of `folded` (an anchored
    /// attempt, with the scratch's cache; the text around `start` still counts for
    /// assertions such as `\b`).
    fn matches_at(&self, r: u32, folded: &str, start: usize, scratch: &mut FindScratch) -> bool {
        let regex = &self.regexes[r as usize];
        self.compiled(regex).is_ok_and(|compiled| {
            let cache = scratch.caches[r as usize].get_or_insert_with(|| compiled.create_cache());
            let input = Input::new(folded)
                .range(start..)
                .anchored(Anchored::Yes)
                .earliest(true);
            compiled.search_half_with(cache, &input).is_some()
        })
    }

    /// The compiled regex of a rule, compiling it on first use.
    ///
    /// It is built as `regex::RegexBuilder` builds a `Regex` (same syntax and search
    /// settings, size limit 64 MiB, lazy DFA cache 16 MiB), but searched with a cache
    /// the caller owns (`FindScratch`), so threads do not share a cache pool.
    fn compiled<'a>(&'a self, regex: &'a RegexRule) -> Result<&'a meta::Regex, String> {
        let compiled = regex.compiled.get_or_init(|| {
            let Kind::Regex(source) = &self.rules[regex.rule as usize].kind else {
                return None;
            };
            meta::Builder::new()
                .configure(
                    meta::Config::new()
                        .nfa_size_limit(Some(64 << 20))
                        .hybrid_cache_capacity(16 << 20)
                        .match_kind(SetMatchKind::LeftmostFirst)
                        .utf8_empty(true),
                )
                .syntax(regex_automata::util::syntax::Config::new().utf8(true))
                .build(source)
                .ok()
        });
        compiled
            .as_ref()
            .ok_or_else(|| "regex does not compile within the size limit".to_string())
    }

    /// The unfiltered regexes as one multi-pattern regex, built on first use.
    ///
    /// Its matches are exactly those of the regexes one by one: a set reports every
    /// pattern that matches anywhere (`MatchKind::All`, as `regex::RegexSet` does). Its
    /// size limit is the one of a single regex, so a set that compiles holds no regex
    /// that would not compile alone; when it does not compile, `None` sends `find` back
    /// to the regexes one by one.
    fn unfiltered_set<'a>(&self, scan: &'a Scan) -> Option<&'a UnfilteredSet> {
        scan.unfiltered_set
            .get_or_init(|| {
                let sources: Vec<&str> = scan
                    .unfiltered
                    .iter()
                    .filter_map(|&r| {
                        match &self.rules[self.regexes[r as usize].rule as usize].kind {
                            Kind::Regex(source) => Some(source.as_str()),
                            Kind::Literal { .. } | Kind::Normalized(_) => None,
                        }
                    })
                    .collect();
                if sources.is_empty() || sources.len() != scan.unfiltered.len() {
                    return None;
                }
                meta::Builder::new()
                    .configure(
                        meta::Config::new()
                            .match_kind(SetMatchKind::All)
                            .utf8_empty(true)
                            .which_captures(regex_automata::nfa::thompson::WhichCaptures::None)
                            .nfa_size_limit(Some(64 << 20))
                            .hybrid_cache_capacity(16 << 20),
                    )
                    .syntax(regex_automata::util::syntax::Config::new().utf8(true))
                    .build_many(&sources)
                    .ok()
                    .map(|regex| UnfilteredSet {
                        id: NEXT_SET_ID.fetch_add(1, Ordering::Relaxed),
                        regex,
                    })
            })
            .as_ref()
    }

    /// The Aho-Corasick automaton `find_with` runs over a paragraph of `language`
    /// (`None`: every rule), if any rule needs one; benchmarks time it alone, as the
    /// ceiling of the matcher's speed.
    pub fn automaton(&self, language: Option<Language>) -> Option<&AhoCorasick> {
        self.scan(language).automaton.as_ref()
    }

    /// All rules, indexed by the ids `find` reports.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The `@signal` and `@param` settings of the files, in order.
    pub fn settings(&self) -> &[Setting] {
        &self.settings
    }

    /// The display name of the file a rule came from.
    pub fn file_name(&self, rule: &Rule) -> &str {
        self.files.get(rule.file).map_or("?", String::as_str)
    }

    /// Whether the rule comes from a built-in pattern file (the learned model was trained
    /// with those as features).
    pub fn is_builtin(&self, rule: &Rule) -> bool {
        self.file_name(rule).starts_with("builtin:")
    }

    /// Number of source files.
    pub fn file_count(&self) -> usize {
        self.files.len()
    }

    /// Appends to `hits` the ids of every rule matching the folded paragraph, sorted and
    /// each once. Domain-scoped rules match only when `host` is their domain or below it.
    /// Every rule is tried, whatever the language.
    pub fn find(&self, folded: &str, host: Option<&str>, hits: &mut Vec<u32>) {
        self.find_with(folded, host, hits, &mut FindScratch::default());
    }

    /// `find` with buffers the caller keeps from one paragraph to the next. When the
    /// scratch has a language (`FindScratch::set_language`), only the rules for that
    /// language are tried (see `PatternSet`).
    pub fn find_with(
        &self,
        folded: &str,
        host: Option<&str>,
        hits: &mut Vec<u32>,
        scratch: &mut FindScratch,
    ) {
        let first = hits.len();
        let scan = self.scan(scratch.language);
        scratch.begin(self.regexes.len());
        scratch.own_caches(self.id, self.regexes.len());
        // The paragraph's edges, measured only if an anchored phrase needs them.
        let mut edges = None;
        if !scan.whole_phrases.is_empty() {
            let paragraph = *edges.get_or_insert_with(|| TextEdges::of(folded));
            let core = paragraph.core(folded);
            let candidates = if core.is_empty() || core.len() > scan.longest_whole {
                None
            } else {
                scan.whole_phrases.get(core)
            };
            for phrase in candidates.into_iter().flatten() {
                if folded[..paragraph.first_alnum].ends_with(&*phrase.before)
                    && folded[paragraph.last_alnum_end..].starts_with(&*phrase.after)
                {
                    hits.push(phrase.rule);
                }
            }
        }
        if let Some(automaton) = &scan.automaton {
            scratch.begin_needles(scan.uses.len());
            for m in automaton.find_overlapping_iter(folded) {
                let at = m.pattern().as_usize();
                let NeedleUse {
                    literals,
                    regexes,
                    every_occurrence,
                } = scan.uses[at];
                // A needle that only makes regexes candidates does so once a paragraph.
                if !every_occurrence && !scratch.first_sight(at) {
                    continue;
                }
                for literal in &scan.literal_uses[literals.0 as usize..literals.1 as usize] {
                    if literal_fits(folded, literal, m.start(), m.end(), &mut edges) {
                        hits.push(literal.rule);
                    }
                }
                for &r in &scan.regex_uses[regexes.0 as usize..regexes.1 as usize] {
                    let opens = r & OPENS != 0;
                    let r = r & !OPENS;
                    if scratch.is_settled(r) {
                        continue;
                    }
                    if opens && scratch.take_anchored_attempt() {
                        if self.matches_at(r, folded, m.start(), scratch) {
                            scratch.settle(r);
                            hits.push(self.regexes[r as usize].rule);
                        }
                    } else {
                        // Searched for once, after the automaton pass.
                        scratch.candidate(r);
                    }
                }
            }
        }
        for (byte, regexes) in &scan.byte_candidates {
            if memchr::memchr(*byte, folded.as_bytes()).is_some() {
                for &r in regexes {
                    scratch.candidate(r);
                }
            }
        }
        if !self.normalized.is_empty() {
            let normal = crate::normalize::hash_folded(folded);
            // The rules for any domain, then for the host and each domain above it.
            let mut domain = Some(0);
            let mut rest = host;
            while let Some(key) = domain {
                if let Some(ids) = self.normalized.get(&(normal, key)) {
                    for &id in ids {
                        if let Kind::Normalized(text) = &self.rules[id as usize].kind {
                            if crate::normalize::folded_equals(folded, text) {
                                hits.push(id);
                            }
                        }
                    }
                }
                domain = rest.map(domain_key);
                rest = rest.and_then(|h| h.split_once('.').map(|(_, up)| up));
            }
        }
        if !scan.unfiltered.is_empty() {
            match self.unfiltered_set(scan) {
                Some(set) => {
                    let (cache, matched) = scratch.for_set(set);
                    set.regex
                        .which_overlapping_matches_with(cache, &Input::new(folded), matched);
                    hits.extend(
                        matched
                            .iter()
                            .map(|p| self.regexes[scan.unfiltered[p.as_usize()] as usize].rule),
                    );
                }
                None => {
                    for &r in &scan.unfiltered {
                        scratch.candidate(r);
                    }
                }
            }
        }
        // Run each candidate regex once (the scratch holds each once), each with this
        // scratch's own cache.
        let input = Input::new(folded).earliest(true);
        for &r in &scratch.candidates {
            let regex = &self.regexes[r as usize];
            let matched = self.compiled(regex).is_ok_and(|compiled| {
                let cache =
                    scratch.caches[r as usize].get_or_insert_with(|| compiled.create_cache());
                compiled.search_half_with(cache, &input).is_some()
            });
            if matched {
                hits.push(regex.rule);
            }
        }
        let mut kept = first;
        for i in first..hits.len() {
            let id = hits[i];
            if domain_applies(self.rules[id as usize].domain.as_deref(), host) {
                hits[kept] = id;
                kept += 1;
            }
        }
        hits.truncate(kept);
        hits[first..].sort_unstable();
        dedup_tail(hits, first);
    }
}

/// The unfiltered regexes compiled together, with an id that tells which set a
/// `FindScratch` cache was made for (clones share it: their regexes are the same).
#[derive(Clone, Debug)]
struct UnfilteredSet {
    id: u64,
    regex: meta::Regex,
}

static NEXT_SET_ID: AtomicU64 = AtomicU64::new(0);

/// Buffers `PatternSet::find_with` reuses from one paragraph to the next, and the
/// language of the document being scanned.
#[derive(Debug, Default)]
pub struct FindScratch {
    /// The language whose scan `find_with` uses (`None`: every rule).
    language: Option<Language>,
    /// The search caches of the unfiltered regexes' sets (by id; one per scan used) and
    /// their results.
    sets: Vec<(u64, meta::Cache, MatchedSet)>,
    /// The candidate regexes of the current paragraph, each once.
    candidates: Vec<u32>,
    /// For each regex, the paragraph (`epoch`) it was last made a candidate in.
    seen: Vec<u32>,
    epoch: u32,
    /// Anchored attempts left in this paragraph (`ANCHORED_ATTEMPTS`).
    anchored_left: u32,
    /// For each automaton needle, the paragraph (`epoch`) it was last seen in.
    needle_seen: Vec<u32>,
    /// The pattern set (by id) the per-regex caches were made for.
    caches_of: Option<u64>,
    /// Per regex: its search cache, made on first use.
    caches: Vec<Option<meta::Cache>>,
}

impl FindScratch {
    /// Scans the next paragraphs with the rules for documents in `language` only, or with
    /// every rule (`None`, the default). Set it once per document, to the language it is
    /// trusted to be in (`lexicon::trusted_language`).
    pub fn set_language(&mut self, language: Option<Language>) {
        self.language = language;
    }

    /// Starts a paragraph of a set with `regexes` regexes: no candidates yet.
    fn begin(&mut self, regexes: usize) {
        self.candidates.clear();
        self.anchored_left = ANCHORED_ATTEMPTS;
        if self.seen.len() != regexes || self.epoch == u32::MAX {
            self.seen.clear();
            self.seen.resize(regexes, 0);
            self.epoch = 0;
        }
        self.epoch += 1;
    }

    /// Makes the per-regex caches those of the set with id `set` and `regexes` regexes.
    fn own_caches(&mut self, set: u64, regexes: usize) {
        if self.caches_of != Some(set) || self.caches.len() != regexes {
            self.caches.clear();
            self.caches.resize_with(regexes, || None);
            self.caches_of = Some(set);
        }
    }

    /// Sizes the needle marks for an automaton of `needles` needles (after `begin`).
    /// Marks of other automata (other scans) are of earlier paragraphs: stale, as their
    /// epoch says.
    fn begin_needles(&mut self, needles: usize) {
        if self.epoch == 1 {
            self.needle_seen.clear();
        }
        if self.needle_seen.len() < needles {
            self.needle_seen.resize(needles, 0);
        }
    }

    /// Whether needle `at` is seen for the first time in this paragraph (marks it).
    fn first_sight(&mut self, at: usize) -> bool {
        match self.needle_seen.get_mut(at) {
            Some(seen) if *seen == self.epoch => false,
            Some(seen) => {
                *seen = self.epoch;
                true
            }
            None => true,
        }
    }

    /// Whether regex `r` is already settled in this paragraph: a candidate to search
    /// for, or found.
    fn is_settled(&self, r: u32) -> bool {
        self.seen.get(r as usize) == Some(&self.epoch)
    }

    /// Settles regex `r` for this paragraph without making it a candidate (it was found).
    fn settle(&mut self, r: u32) {
        if let Some(seen) = self.seen.get_mut(r as usize) {
            *seen = self.epoch;
        }
    }

    /// Uses up one anchored attempt of the paragraph's budget; `false` when none is left.
    fn take_anchored_attempt(&mut self) -> bool {
        let left = self.anchored_left > 0;
        self.anchored_left = self.anchored_left.saturating_sub(1);
        left
    }

    /// Makes regex `r` a candidate, once per paragraph.
    fn candidate(&mut self, r: u32) {
        if let Some(seen) = self.seen.get_mut(r as usize) {
            if *seen != self.epoch {
                *seen = self.epoch;
                self.candidates.push(r);
            }
        }
    }

    /// The cache and the (cleared) result of a search with `set`.
    fn for_set(&mut self, set: &UnfilteredSet) -> (&mut meta::Cache, &mut MatchedSet) {
        let at = match self.sets.iter().position(|(id, _, _)| *id == set.id) {
            Some(at) => at,
            None => {
                // A scratch used with many sets over time keeps the last few caches.
                if self.sets.len() >= 32 {
                    self.sets.clear();
                }
                self.sets.push((
                    set.id,
                    set.regex.create_cache(),
                    MatchedSet::new(set.regex.pattern_len()),
                ));
                self.sets.len() - 1
            }
        };
        let (_, cache, matched) = &mut self.sets[at];
        matched.clear();
        (cache, matched)
    }
}

/// Removes consecutive duplicates from `hits[first..]`.
fn dedup_tail(hits: &mut Vec<u32>, first: usize) {
    let mut write = first;
    for read in first..hits.len() {
        if write == first || hits[write - 1] != hits[read] {
            hits[write] = hits[read];
            write += 1;
        }
    }
    hits.truncate(write);
}

/// Byte offsets of the first and past-the-last alphanumeric character of a text; the
/// anchors `^` and `$` ignore everything outside them.
#[derive(Clone, Copy)]
struct TextEdges {
    first_alnum: usize,
    last_alnum_end: usize,
}

impl TextEdges {
    /// Whether the text has an alphanumeric character.
    fn has_alnum(&self) -> bool {
        self.first_alnum < self.last_alnum_end
    }

    /// The text measured, from its first to past its last alphanumeric character; empty
    /// when it has none.
    fn core<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.first_alnum..self.last_alnum_end)
            .unwrap_or_default()
    }

    fn of(text: &str) -> TextEdges {
        let first_alnum = text
            .char_indices()
            .find(|(_, c)| c.is_alphanumeric())
            .map_or(text.len(), |(i, _)| i);
        let last_alnum_end = text
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_alphanumeric())
            .map_or(0, |(i, c)| i + c.len_utf8());
        TextEdges {
            first_alnum,
            last_alnum_end,
        }
    }
}

/// Whether a literal rule's phrase found at `start..end` of `text` fits its anchor (see
/// `TextEdges`, measured into `edges` when first needed) and the word boundaries: an edge
/// of the phrase that is a word character may not touch one in the text.
fn literal_fits(
    text: &str,
    literal: &LiteralUse,
    start: usize,
    end: usize,
    edges: &mut Option<TextEdges>,
) -> bool {
    let anchor = literal.anchor;
    if anchor != Anchor::Anywhere && edges.is_none() {
        *edges = Some(TextEdges::of(text));
    }
    let edges = match edges {
        Some(edges) => edges,
        None => &TextEdges {
            first_alnum: 0,
            last_alnum_end: text.len(),
        },
    };
    let starts_ok = match anchor {
        Anchor::Start | Anchor::Whole => start <= edges.first_alnum,
        Anchor::Anywhere | Anchor::End => true,
    };
    let ends_ok = match anchor {
        Anchor::End | Anchor::Whole => end >= edges.last_alnum_end,
        Anchor::Anywhere | Anchor::Start => true,
    };
    starts_ok
        && ends_ok
        && !(literal.word_first && text[..start].chars().next_back().is_some_and(is_word_char))
        && !(literal.word_last && text[end..].chars().next().is_some_and(is_word_char))
}

/// The key of a domain in the `~` index; never 0, which stands for "any domain".
fn domain_key(domain: &str) -> u64 {
    crate::hash::hash_bytes(domain.as_bytes()) | 1
}

fn domain_applies(domain: Option<&str>, host: Option<&str>) -> bool {
    match (domain, host) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(domain), Some(host)) => {
            host == domain
                || (host.len() > domain.len()
                    && host.ends_with(domain)
                    && host.as_bytes()[host.len() - domain.len() - 1] == b'.')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(text: &str) -> PatternSet {
        let mut builder = PatternSetBuilder::new();
        builder.add(Source {
            key: "t.pat".into(),
            name: "t.pat".into(),
            contents: text.into(),
        });
        builder.build().expect("valid patterns")
    }

    fn lines_hit(set: &PatternSet, paragraph: &str, host: Option<&str>) -> Vec<usize> {
        let mut hits = Vec::new();
        set.find(&crate::fold::fold(paragraph), host, &mut hits);
        hits.iter().map(|&i| set.rules()[i as usize].line).collect()
    }

    #[test]
    fn literals_respect_word_boundaries_and_anchors() {
        let s = set("donate\n^remind me later$\n^dear readers\n/support (us|our work)/\n");
        assert_eq!(lines_hit(&s, "Please DONATE today.", None), vec![1]);
        assert!(lines_hit(&s, "The donated funds", None).is_empty());
        assert_eq!(lines_hit(&s, "Remind me later.", None), vec![2]);
        assert!(lines_hit(&s, "Remind me later about it", None).is_empty());
        assert_eq!(lines_hit(&s, "“Dear readers,", None), vec![3]);
        assert_eq!(lines_hit(&s, "Please support our work", None), vec![4]);
    }

    #[test]
    fn regexes_that_open_with_their_literal_are_found_past_the_attempt_budget() {
        // Every attempt at "xq" fails but the last; the budget runs out long before it,
        // and the regex is then searched for like any other.
        let s = set("/(?-u:\\b)xqxq( [a-z]+)? yz/\n");
        assert!(s.rules()[0].opens_with_required);
        let many = "xqxq ".repeat(ANCHORED_ATTEMPTS as usize * 2);
        assert_eq!(lines_hit(&s, &format!("{many}xqxq ab yz"), None), vec![1]);
        assert!(lines_hit(&s, &many, None).is_empty());
        assert_eq!(lines_hit(&s, "xqxq yz", None), vec![1]);
        // The text before the occurrence still counts for `\b`.
        assert!(lines_hit(&s, "axqxq yz", None).is_empty());
    }

    #[test]
    fn whole_paragraph_phrases_are_looked_up_with_their_punctuation() {
        let s = set("^x$\n^» more$\n^share (0)$\n^•••$\n");
        assert_eq!(lines_hit(&s, "X", None), vec![1]);
        assert_eq!(lines_hit(&s, "  [X]  ", None), vec![1]);
        assert!(lines_hit(&s, "x x", None).is_empty());
        assert!(lines_hit(&s, "Tax", None).is_empty());
        // The phrase's own punctuation must stand right before (after) its core.
        assert_eq!(lines_hit(&s, "»» More", None), vec![2]);
        assert!(lines_hit(&s, "More", None).is_empty());
        assert!(lines_hit(&s, "» - More", None).is_empty());
        assert_eq!(lines_hit(&s, "Share (0)", None), vec![3]);
        assert!(lines_hit(&s, "Share (0", None).is_empty());
        // Without an alphanumeric character, a phrase is searched for as before.
        assert_eq!(lines_hit(&s, "•••", None), vec![4]);
        assert_eq!(lines_hit(&s, "- ••• -", None), vec![4]);
    }

    #[test]
    fn spaceless_scripts_match_inside_runs() {
        let s = set("寄付\n");
        assert_eq!(lines_hit(&s, "ご寄付をお願いします", None), vec![1]);
    }

    #[test]
    fn domain_scope_limits_rules() {
        let s = set("@domain example.com\nsubscribe\n@domain *\nshare\n");
        assert_eq!(lines_hit(&s, "subscribe share", None), vec![4]);
        assert_eq!(
            lines_hit(&s, "subscribe share", Some("news.example.com")),
            vec![2, 4]
        );
        assert_eq!(
            lines_hit(&s, "subscribe share", Some("badexample.com")),
            vec![4]
        );
    }

    #[test]
    fn regex_hits_equal_running_every_regex_alone() {
        // Unfiltered regexes (run as one set), short-literal prefilters (`©`, `(`, `, `)
        // and three-byte ones, checked against each regex run on its own.
        let regexes = [
            r"^[^a-z0-9]*(yes|no)[^a-z0-9]*(yes|no)[^a-z0-9]*$",
            r"^[^a-z0-9]*((share|x|print)[^a-z0-9]*){3,}$",
            r"©\s*[0-9]{4}",
            r"\((ap|afp|reuters)( ?/ ?|: ?)[^)]{1,80}\)",
            r"[a-z], [0-9]{1,3}, (of|said|was)(?-u:\b)",
            r"(?-u:\b)(said|told) (reporters|officials)",
            r"^[^a-z0-9]*[0-9]{1,2}:[0-9][0-9][^a-z0-9]*$",
            // One-byte prefilter literals (` `, `.`), found by `memchr`, not the automaton.
            r"^[^a-z0-9]*[0-9]+ (of|/) [0-9]+[^a-z0-9]*$",
            r"^[0-9]{4}\.[0-9]",
        ];
        let text: String = regexes.iter().map(|r| format!("/{r}/\n")).collect();
        let s = set(&text);
        let paragraphs = [
            "Yes / No",
            "Share X Print",
            "share · share · x",
            "© 2024 Example Media",
            "Copyright ©2023",
            "A photo (AP / Jane Doe) of the scene.",
            "John Smith, 45, said the fire began at noon.",
            "The minister told reporters on Monday.",
            "12:30",
            "3 of 10",
            "Page 3 of 10",
            "2024.5 was a year",
            "The year 2024.5",
            "The mayor said no to the plan, yes.",
            "Nothing here at all.",
        ];
        for paragraph in paragraphs {
            let folded = crate::fold::fold(paragraph);
            let expected: Vec<usize> = regexes
                .iter()
                .enumerate()
                .filter(|(_, r)| regex::Regex::new(r).is_ok_and(|re| re.is_match(&folded)))
                .map(|(i, _)| i + 1)
                .collect();
            let mut scratch = FindScratch::default();
            for _ in 0..2 {
                let mut hits = Vec::new();
                s.find_with(&folded, None, &mut hits, &mut scratch);
                let lines: Vec<usize> = hits.iter().map(|&i| s.rules()[i as usize].line).collect();
                assert_eq!(lines, expected, "{paragraph:?}");
            }
        }
    }

    #[test]
    fn tilde_rules_match_whole_paragraphs_in_normal_form() {
        let s =
            set("@domain example.com\n~updated 0 may 0 read 0 comments\n@domain *\n~share this\n");
        let host = Some("www.example.com");
        assert_eq!(
            lines_hit(&s, "Updated 17 May 2024 — read 88 comments.", host),
            vec![2]
        );
        assert!(lines_hit(
            &s,
            "Updated 17 May 2024 — read 88 comments.",
            Some("other.org")
        )
        .is_empty());
        assert!(lines_hit(&s, "Updated 17 May: read 88 comments and more", host).is_empty());
        assert_eq!(lines_hit(&s, "» SHARE THIS «", None), vec![4]);
        assert_eq!(lines_hit(&s, "» SHARE THIS «", host), vec![4]);
    }

    #[test]
    fn tilde_rules_of_many_sites_are_found_by_host() {
        let mut text = String::new();
        for i in 0..500 {
            text.push_str(&format!("@domain site{i}.example\n~updated 0 0\n"));
        }
        let s = set(&text);
        assert_eq!(
            lines_hit(&s, "Updated 5 May", Some("news.site7.example")),
            vec![16]
        );
        assert!(lines_hit(&s, "Updated 5 May", Some("site7.example.org")).is_empty());
        assert!(lines_hit(&s, "Updated 5 May", None).is_empty());
    }

    /// A set of per-language files as `with_builtin` adds them, scans on or off.
    fn per_language_set(per_language: bool) -> PatternSet {
        let mut builder = PatternSetBuilder::new();
        let files = [
            ("en/x.pat", "+2 accept cookies\n+3 /^[^a-z0-9]*(home|menu)[^a-z0-9]*$/\n"),
            ("de/x.pat", "+2 alle akzeptieren\n+4 /^[^a-z0-9]*(startseite|home)[^a-z0-9]*$/\n-1 /in [0-9]{4}/\n"),
            ("fr/x.pat", "+2 tout accepter\n+4 /^[^a-z0-9]*(accueil|home)[^a-z0-9]*$/\n-1 /en [0-9]{4}/\n+1 /(?-u:\\b)home page/\n"),
            ("learned/x.pat", "+1 cookies\n"),
            ("any/x.pat", "+1 getty images\n"),
        ];
        for (key, contents) in files {
            builder.add_for(
                Source {
                    key: key.into(),
                    name: format!("builtin:{key}"),
                    contents: contents.into(),
                },
                folder_language(key),
            );
        }
        builder.per_language(per_language);
        builder.build().expect("valid patterns")
    }

    #[test]
    fn language_scans_hold_their_own_and_the_shared_rules_only() {
        let full = per_language_set(false);
        let scoped = per_language_set(true);
        assert_eq!(full.languages().count(), 0);
        let codes: Vec<&str> = scoped.languages().map(Language::code).collect();
        assert_eq!(codes, ["en", "de", "fr"]);
        let de: Language = "de".parse().expect("de");
        let fr: Language = "fr".parse().expect("fr");
        let name = |set: &PatternSet, id: u32| {
            let rule = &set.rules()[id as usize];
            format!("{}:{}", set.file_name(rule), rule.line)
        };
        // One scratch for documents of several languages in turn, each paragraph twice
        // (caches and needle marks reused across scans).
        let mut scratch = FindScratch::default();
        let cases: [(Option<Language>, &str, &[&str]); 8] = [
            (Some(de), "Home", &["builtin:de/x.pat:2"]),
            (
                None,
                "Home",
                &[
                    "builtin:en/x.pat:2",
                    "builtin:de/x.pat:2",
                    "builtin:fr/x.pat:2",
                ],
            ),
            (Some(fr), "Home", &["builtin:fr/x.pat:2"]),
            (
                Some(de),
                "Accept cookies, tout accepter, alle akzeptieren",
                &["builtin:de/x.pat:1", "builtin:learned/x.pat:1"],
            ),
            // Evidence of journalism is scoped like the rest.
            (
                Some(de),
                "Am 3. Mai, en 2024 und in 2023",
                &["builtin:de/x.pat:3"],
            ),
            (Some(de), "Foto: Getty Images", &["builtin:any/x.pat:1"]),
            (Some(de), "The home page", &[]),
            (Some(fr), "The home page", &["builtin:fr/x.pat:4"]),
        ];
        for (language, paragraph, expected) in cases {
            let folded = crate::fold::fold(paragraph);
            for _ in 0..2 {
                scratch.set_language(language);
                let mut hits = Vec::new();
                scoped.find_with(&folded, None, &mut hits, &mut scratch);
                let names: Vec<String> = hits.iter().map(|&id| name(&scoped, id)).collect();
                assert_eq!(names, expected, "{language:?} {paragraph:?}");
                // Without per-language scans, the language is ignored.
                let mut all = Vec::new();
                let mut full_scratch = FindScratch::default();
                full_scratch.set_language(language);
                full.find_with(&folded, None, &mut all, &mut full_scratch);
                let mut every = Vec::new();
                full.find(&folded, None, &mut every);
                assert_eq!(all, every);
                assert!(hits.iter().all(|id| every.contains(id)));
            }
        }
    }

    #[test]
    fn the_automaton_is_the_one_of_the_languages_scan() {
        let full = per_language_set(false);
        let scoped = per_language_set(true);
        let de: Language = "de".parse().expect("de");
        let needles = |set: &PatternSet, language| {
            set.automaton(language)
                .map_or(0, aho_corasick::AhoCorasick::patterns_len)
        };
        // Every phrase needle, then the German scan without the French phrase.
        assert_eq!(needles(&full, None), needles(&full, Some(de)));
        assert!(needles(&scoped, Some(de)) < needles(&full, None));
        let automaton = scoped.automaton(Some(de)).expect("an automaton");
        assert!(automaton.is_match("bitte alle akzeptieren"));
        assert!(!automaton.is_match("tout accepter"));
        assert!(PatternSet::empty().automaton(None).is_none());
    }

    #[test]
    fn user_sources_replacing_builtin_ones_are_shared() {
        let mut builder = PatternSetBuilder::new();
        builder.add_for(
            Source {
                key: "fr/x.pat".into(),
                name: "builtin:fr/x.pat".into(),
                contents: "+2 tout accepter\n".into(),
            },
            folder_language("fr/x.pat"),
        );
        builder.add_for(
            Source {
                key: "de/x.pat".into(),
                name: "builtin:de/x.pat".into(),
                contents: "+2 alle akzeptieren\n".into(),
            },
            folder_language("de/x.pat"),
        );
        builder.add(Source {
            key: "fr/x.pat".into(),
            name: "mine/fr/x.pat".into(),
            contents: "+2 tout accepter\n".into(),
        });
        builder.retain(|source| source.key != "nothing");
        builder.per_language(true);
        let set = builder.build().expect("valid patterns");
        let de: Language = "de".parse().expect("de");
        let mut scratch = FindScratch::default();
        scratch.set_language(Some(de));
        let mut hits = Vec::new();
        set.find_with("tout accepter", None, &mut hits, &mut scratch);
        assert_eq!(hits.len(), 1);
        assert_eq!(
            set.file_name(&set.rules()[hits[0] as usize]),
            "mine/fr/x.pat"
        );
        assert_eq!(folder_language("learned/model.pat"), None);
        assert_eq!(
            folder_language("en/appeal.pat").map(Language::code),
            Some("en")
        );
    }

    #[test]
    fn same_phrase_in_two_rules_reports_both() {
        let s = set("+1 newsletter\n+2 newsletter\n");
        assert_eq!(lines_hit(&s, "our newsletter", None), vec![1, 2]);
    }
}
