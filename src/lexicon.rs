//! Per-language word lists behind the structural signals: function words, how a publisher
//! addresses its readers ("we/our", "you/your") and how news narrates (third person,
//! reporting verbs); a merged table is the language-free fallback.
//!
//! Each language with a profile has a plain-text list in `src/lexicon/<code>.txt`,
//! compiled into the binary. Languages written with spaces (en, ru, uk, de, fr, es, it,
//! pt, pl, nl) are counted in words; Japanese and Chinese, written without spaces, in
//! characters: their function "words" are particle and auxiliary characters, their
//! pronoun profile is a set of substrings (我们, 私たち, あなた…), and their length is
//! characters divided by a per-language characters-per-word ratio. A document whose
//! language is unknown, or has no profile, is measured with the merged table, which
//! holds the commonest words of all the languages at once.
//!
//! ```
//! use unboil::lexicon::{self, THIRD, WE_YOU};
//!
//! let de = lexicon::for_code("de").expect("German has a profile");
//! assert_eq!(de.flags("unsere") & WE_YOU, WE_YOU);
//! assert_eq!(de.flags("sagte") & THIRD, THIRD);
//! // "we" is an English pronoun, but a Polish preposition ("in").
//! assert_eq!(lexicon::for_code("pl").expect("pl").flags("we") & WE_YOU, 0);
//! assert!(lexicon::for_code("ja").expect("ja").is_spaceless());
//! assert!(lexicon::for_code("sv").is_none());
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::hash::FxBuildHasher;
use crate::lang::{DocumentLanguage, Language, LanguageSource};

/// Longer words are in no list (bytes).
const LONGEST_WORD: usize = 32;

/// A function word (or, in scripts without spaces, a function character).
pub const STOP: u8 = 1;
/// A first- or second-person word ("we", "our", "you", "your").
pub const WE_YOU: u8 = 2;
/// A word of third-person narration ("he", "she", "said", "according").
pub const THIRD: u8 = 4;

/// The stopword share at which the low-stopwords signal reaches 0, for languages not
/// listed in [`PROFILES`] with their own.
const STOP_FULL: f32 = 0.25;

/// A language's profile source: code, word list, stopword share at which the
/// low-stopwords signal is 0, characters per word (scripts without spaces; 0 for
/// languages written with spaces), and the capitalised forms of formal address
/// counted as "you" in the raw text.
struct ProfileSource {
    code: &'static str,
    list: &'static str,
    stop_full: f32,
    chars_per_word: f32,
    formal: &'static [&'static str],
}

/// Every language with a profile. The stopword shares are the fallback's 25%, lower
/// where ordinary news prose of the language sits below it (inflected languages without
/// articles use fewer function words: pt, pl, ru, uk; ja and zh count characters); the characters-per-word ratios are the usual ones of
/// translation work (a Japanese word is about 2.5 characters, a Chinese one 1.7).
const PROFILES: &[ProfileSource] = &[
    ProfileSource {
        code: "en",
        list: include_str!("lexicon/en.txt"),
        stop_full: 0.25,
        chars_per_word: 0.0,
        formal: &[],
    },
    ProfileSource {
        code: "de",
        list: include_str!("lexicon/de.txt"),
        stop_full: 0.25,
        chars_per_word: 0.0,
        formal: &[
            "Sie", "Ihnen", "Ihr", "Ihre", "Ihrer", "Ihren", "Ihrem", "Ihres",
        ],
    },
    ProfileSource {
        code: "fr",
        list: include_str!("lexicon/fr.txt"),
        stop_full: 0.25,
        chars_per_word: 0.0,
        formal: &[],
    },
    ProfileSource {
        code: "es",
        list: include_str!("lexicon/es.txt"),
        stop_full: 0.25,
        chars_per_word: 0.0,
        formal: &[],
    },
    ProfileSource {
        code: "it",
        list: include_str!("lexicon/it.txt"),
        stop_full: 0.25,
        chars_per_word: 0.0,
        formal: &[],
    },
    ProfileSource {
        code: "pt",
        list: include_str!("lexicon/pt.txt"),
        stop_full: 0.25,
        chars_per_word: 0.0,
        formal: &[],
    },
    ProfileSource {
        code: "nl",
        list: include_str!("lexicon/nl.txt"),
        stop_full: 0.25,
        chars_per_word: 0.0,
        formal: &[],
    },
    ProfileSource {
        code: "pl",
        list: include_str!("lexicon/pl.txt"),
        stop_full: 0.15,
        chars_per_word: 0.0,
        formal: &[],
    },
    ProfileSource {
        code: "ru",
        list: include_str!("lexicon/ru.txt"),
        stop_full: 0.20,
        chars_per_word: 0.0,
        formal: &[],
    },
    ProfileSource {
        code: "uk",
        list: include_str!("lexicon/uk.txt"),
        stop_full: 0.15,
        chars_per_word: 0.0,
        formal: &[],
    },
    ProfileSource {
        code: "ja",
        list: include_str!("lexicon/ja.txt"),
        stop_full: 0.15,
        chars_per_word: 2.5,
        formal: &[],
    },
    ProfileSource {
        code: "zh",
        list: include_str!("lexicon/zh.txt"),
        stop_full: 0.10,
        chars_per_word: 1.7,
        formal: &[],
    },
];

/// The substrings and function characters of a script without spaces.
#[derive(Debug)]
struct CharLists {
    /// Function characters, sorted.
    function: Vec<char>,
    /// Pronoun and narration substrings, leftmost-longest.
    phrases: AhoCorasick,
    /// Flags of each phrase, by pattern id.
    phrase_flags: Vec<u8>,
    /// Characters of running text per word.
    chars_per_word: f32,
}

/// Words and their flags, looked up once per word of every paragraph: a word of up to
/// [`PACKED_WORD`] bytes is packed with its length into one `u128` key of an
/// open-addressing table (one multiply to hash, one compare to find), longer words are
/// in a map.
#[derive(Debug)]
struct WordTable {
    /// Packed keys (0: empty slot; no packed word is 0, its length byte is not).
    keys: Vec<u128>,
    /// Flags by slot.
    flags: Vec<u8>,
    /// log2 of the number of slots.
    bits: u32,
    long: HashMap<&'static str, u8, FxBuildHasher>,
}

/// Longest word packed into a `WordTable` key (the 16th byte holds the length).
const PACKED_WORD: usize = 15;

impl WordTable {
    fn new(words: &HashMap<&'static str, u8, FxBuildHasher>) -> WordTable {
        let short = words.keys().filter(|w| w.len() <= PACKED_WORD).count();
        // At most half full.
        let bits = (short * 2).max(16).next_power_of_two().trailing_zeros();
        let mut table = WordTable {
            keys: vec![0; 1 << bits],
            flags: vec![0; 1 << bits],
            bits,
            long: HashMap::default(),
        };
        for (&word, &flags) in words {
            match pack(word.as_bytes()) {
                Some(key) => {
                    let mut at = table.slot(key);
                    while table.keys[at] != 0 && table.keys[at] != key {
                        at = (at + 1) & (table.keys.len() - 1);
                    }
                    table.keys[at] = key;
                    table.flags[at] |= flags;
                }
                None => {
                    *table.long.entry(word).or_insert(0) |= flags;
                }
            }
        }
        table
    }

    fn slot(&self, key: u128) -> usize {
        let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(31);
        (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - self.bits)) as usize
    }

    /// The flags of `word`, 0 when it is in no list.
    fn get(&self, word: &str) -> u8 {
        let Some(key) = pack(word.as_bytes()) else {
            return self.long.get(word).copied().unwrap_or(0);
        };
        let mask = self.keys.len() - 1;
        let mut at = self.slot(key);
        loop {
            let found = self.keys[at];
            if found == key {
                return self.flags[at];
            }
            if found == 0 {
                return 0;
            }
            at = (at + 1) & mask;
        }
    }
}

/// A word of 1 to [`PACKED_WORD`] bytes as a key: its bytes, then its length in the last
/// byte. `None` for longer words (and the empty word, in no list).
fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > PACKED_WORD {
        return None;
    }
    let mut bytes = [0u8; 16];
    bytes[..word.len()].copy_from_slice(word);
    bytes[15] = word.len() as u8;
    Some(u128::from_le_bytes(bytes))
}

/// What the structural signals know about one language's words (or the language-free
/// fallback).
#[derive(Debug)]
pub struct Lexicon {
    code: Option<&'static str>,
    words: WordTable,
    chars: Option<CharLists>,
    formal: &'static [&'static str],
    stop_full: f32,
}

impl Lexicon {
    /// The language's ISO 639-1 code; `None` for the language-free fallback.
    pub fn code(&self) -> Option<&'static str> {
        self.code
    }

    /// Whether the language is written without spaces (ja, zh) and measured in
    /// characters.
    pub fn is_spaceless(&self) -> bool {
        self.chars.is_some()
    }

    /// The flags of a folded word (`STOP | WE_YOU | THIRD`), 0 for any other word. A
    /// lexicon of a script without spaces reads the words of other scripts mixed into
    /// its text (Latin names, English buttons) with the fallback's table.
    pub fn flags(&self, word: &str) -> u8 {
        if word.len() > LONGEST_WORD {
            return 0;
        }
        if self.chars.is_some() {
            // Latin-script words in a ja or zh document: the fallback's table.
            return fallback().flags(word);
        }
        self.words.get(word)
    }

    /// Whether `c` is a function character of a script without spaces (の, は, 的, 了…).
    pub fn is_function_char(&self, c: char) -> bool {
        self.chars
            .as_ref()
            .is_some_and(|chars| chars.function.binary_search(&c).is_ok())
    }

    /// Characters of running text per word (scripts without spaces), else `None`.
    pub fn chars_per_word(&self) -> Option<f32> {
        self.chars.as_ref().map(|chars| chars.chars_per_word)
    }

    /// The share of function words (ja, zh: function characters among the characters)
    /// at which the low-stopwords signal is 0.
    pub fn stop_full(&self) -> f32 {
        self.stop_full
    }

    /// Counts the first/second-person and third-person substrings of a script without
    /// spaces in folded text: `(we_you, third)`, non-overlapping, leftmost-longest.
    pub fn count_phrases(&self, folded: &str) -> (usize, usize) {
        let Some(chars) = &self.chars else {
            return (0, 0);
        };
        let (mut we_you, mut third) = (0, 0);
        for found in chars.phrases.find_iter(folded) {
            let flags = chars.phrase_flags[found.pattern().as_usize()];
            we_you += usize::from(flags & WE_YOU != 0);
            third += usize::from(flags & THIRD != 0);
        }
        (we_you, third)
    }

    /// Counts formal address in the raw text: a capitalised form (German "Sie",
    /// "Ihre"…) inside a sentence, after a word or a comma, where it cannot be a
    /// capitalised "she/they/her" starting a sentence.
    pub fn count_formal(&self, raw: &str) -> usize {
        if self.formal.is_empty() {
            return 0;
        }
        let mut count = 0;
        let mut prev: Option<&str> = None;
        for token in raw.split_whitespace() {
            let word = token.trim_end_matches(|c: char| !c.is_alphanumeric());
            if let Some(prev) = prev {
                let inside = prev
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == ',');
                count += usize::from(inside && self.formal.contains(&word));
            }
            prev = Some(token);
        }
        count
    }

    /// Words of each section of a list (`[stop]`, `[we_you]`, `[third]`, `[function]`).
    fn sections(list: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
        let mut section = "";
        list.lines().flat_map(move |line| {
            let line = line.trim();
            if line.starts_with('#') {
                return Vec::new();
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                return Vec::new();
            }
            let current = section;
            line.split_whitespace().map(|w| (current, w)).collect()
        })
    }

    fn from_source(source: &ProfileSource) -> Lexicon {
        let mut words: HashMap<&'static str, u8, FxBuildHasher> = HashMap::default();
        let mut function = Vec::new();
        let mut phrases: Vec<(&'static str, u8)> = Vec::new();
        let spaceless = source.chars_per_word > 0.0;
        for (section, word) in Lexicon::sections(source.list) {
            if section == "function" {
                function.extend(word.chars());
                continue;
            }
            let Some(flag) = section_flag(section) else {
                continue;
            };
            if spaceless {
                phrases.push((word, flag));
            } else {
                *words.entry(word).or_insert(0) |= flag;
            }
        }
        function.sort_unstable();
        function.dedup();
        let chars = if spaceless {
            // The phrases are a fixed, small built-in list: building cannot fail on
            // them (the unit tests build every profile); should it, the profile falls
            // back to counting function characters only.
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(phrases.iter().map(|(p, _)| p))
                .or_else(|_| AhoCorasick::new(std::iter::empty::<&str>()));
            automaton.ok().map(|phrases_ac| CharLists {
                function,
                phrases: phrases_ac,
                phrase_flags: phrases.iter().map(|(_, f)| *f).collect(),
                chars_per_word: source.chars_per_word,
            })
        } else {
            None
        };
        Lexicon {
            code: Some(source.code),
            words: WordTable::new(&words),
            chars,
            formal: source.formal,
            stop_full: source.stop_full,
        }
    }

    /// The language-free fallback's words with their flags.
    fn merged_words() -> HashMap<&'static str, u8, FxBuildHasher> {
        let mut words: HashMap<&'static str, u8, FxBuildHasher> = HashMap::default();
        for (list, flag) in [
            (MERGED_STOPWORDS, STOP),
            (MERGED_WE_YOU, WE_YOU),
            (MERGED_THIRD, THIRD),
        ] {
            for word in list {
                *words.entry(*word).or_insert(0) |= flag;
            }
        }
        words
    }

    fn merged() -> Lexicon {
        Lexicon {
            code: None,
            words: WordTable::new(&Lexicon::merged_words()),
            chars: None,
            formal: &[],
            stop_full: STOP_FULL,
        }
    }
}

/// Every profile, built on first use: the fallback, then one per entry of [`PROFILES`].
fn all() -> &'static (Lexicon, Vec<Lexicon>) {
    static ALL: OnceLock<(Lexicon, Vec<Lexicon>)> = OnceLock::new();
    ALL.get_or_init(|| {
        (
            Lexicon::merged(),
            PROFILES.iter().map(Lexicon::from_source).collect(),
        )
    })
}

/// The flag of a word-list section of a profile (`stop`, `we_you`, `third`); `None` for
/// the others (`function` characters, unknown sections).
fn section_flag(section: &str) -> Option<u8> {
    match section {
        "stop" => Some(STOP),
        "we_you" => Some(WE_YOU),
        "third" => Some(THIRD),
        _ => None,
    }
}

/// The language-free fallback: the merged table of all languages' commonest words.
pub fn fallback() -> &'static Lexicon {
    &all().0
}

/// The profile of the language with ISO 639-1 code `code`, if it has one.
pub fn for_code(code: &str) -> Option<&'static Lexicon> {
    all().1.iter().find(|l| l.code == Some(code))
}

/// The lexicon to measure a document of `language` with: its profile, else the
/// fallback (language unknown, or without a profile).
pub fn for_language(language: Option<Language>) -> &'static Lexicon {
    language
        .and_then(|l| for_code(l.code()))
        .unwrap_or_else(fallback)
}

/// Detection confidence (whatlang's, 0 to 1) below which a detected language is not
/// trusted with a profile: the document is measured with the fallback, as a wrong
/// profile would read its function words as content.
pub const MIN_CONFIDENCE: f32 = 0.5;

/// The lexicon for a document: its language's profile when the language was given, or
/// detected with at least [`MIN_CONFIDENCE`]; else the fallback.
pub fn for_document(language: &DocumentLanguage) -> &'static Lexicon {
    match trusted_language(language) {
        Some(language) => for_language(Some(language)),
        None => fallback(),
    }
}

/// The document's language when it is trusted: given, or detected with at least
/// [`MIN_CONFIDENCE`]. Its word lists measure the document (`for_document`) and its
/// pattern folder's rules scan it (`patterns::FindScratch::set_language`).
pub fn trusted_language(language: &DocumentLanguage) -> Option<Language> {
    let trusted = match language.source {
        LanguageSource::Given => true,
        LanguageSource::Detected { confidence } => confidence >= MIN_CONFIDENCE,
        LanguageSource::Unknown | LanguageSource::NotDetected => false,
    };
    language.language.filter(|_| trusted)
}

/// The ISO 639-1 codes of the languages with a profile.
pub fn profiled() -> impl Iterator<Item = &'static str> {
    PROFILES.iter().map(|p| p.code)
}

// The merged, language-free table: the commonest function, pronoun and narration words
// of the profiled languages in one list. Words that mean different things in different
// languages ("we" is English "we" and Polish "in") carry every meaning.

const MERGED_STOPWORDS: &[&str] = &[
    // en
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
    "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "more", "most",
    "no", "not", "of", "on", "one", "only", "or", "other", "our", "out", "over", "said", "she",
    "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "to", "up", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "will", "with", "would", "you", "your", // de
    "aber", "als", "am", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der",
    "des", "die", "doch", "durch", "ein", "eine", "einem", "einen", "einer", "er", "es", "für",
    "hat", "hatte", "ich", "im", "ist", "mit", "nach", "nicht", "noch", "nur", "oder", "sich",
    "sie", "sind", "über", "um", "und", "uns", "unter", "vom", "von", "vor", "war", "wie", "wird",
    "wurde", "zu", "zum", "zur", // fr
    "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "en", "est",
    "et", "il", "ils", "la", "le", "les", "leur", "lui", "mais", "ne", "par", "pas", "plus",
    "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une",
    // es / pt / it
    "al", "como", "con", "del", "el", "ella", "entre", "era", "esta", "este", "fue", "ha", "las",
    "lo", "los", "más", "para", "pero", "por", "se", "su", "sus", "una", "uno", "y", "da", "das",
    "do", "dos", "em", "foi", "mas", "na", "nas", "no", "nos", "o", "os", "um", "uma", "che",
    "della", "delle", "di", "gli", "il", "nel", "non", "per", "sono", "tra", // nl
    "bij", "dat", "een", "het", "hij", "ik", "niet", "om", "ook", "op", "te", "van", "voor",
    "werd", "wordt", "zijn", "ze", // pl
    "co", "jak", "jest", "już", "na", "nie", "od", "oraz", "po", "przez", "się", "tak", "to", "w",
    "we", "z", "za", "że", // ru / uk
    "в", "во", "и", "к", "как", "на", "не", "но", "о", "он", "она", "они", "по", "с", "что", "это",
    "из", "за", "от", "для", "у", "же", "бы", "был", "была", "были", "та", "що", "як", "від",
    "для", "з", "і", "й", "це",
];

const MERGED_WE_YOU: &[&str] = &[
    // en
    "we",
    "our",
    "ours",
    "us",
    "you",
    "your",
    "yours",
    "yourself", // de
    "wir",
    "uns",
    "unser",
    "unsere",
    "unserer",
    "unseren",
    "unserem",
    "ihr",
    "ihre",
    "ihnen",
    "du",
    "dich",
    "dir",
    "dein",
    "deine",
    "euch",
    "euer", // fr
    "nous",
    "notre",
    "nos",
    "vous",
    "votre",
    "vos",
    "tu",
    "ton",
    "ta",
    "tes",
    // es / pt / it
    "nosotros",
    "nuestro",
    "nuestra",
    "nuestros",
    "nuestras",
    "usted",
    "ustedes",
    "tú",
    "tu",
    "tus",
    "te",
    "nosso",
    "nossa",
    "nossos",
    "nossas",
    "você",
    "vocês",
    "noi",
    "nostro",
    "nostra",
    "nostri",
    "vostro",
    "vostra",
    "voi", // nl
    "wij",
    "ons",
    "onze",
    "jij",
    "je",
    "jouw",
    "jullie",
    "u",
    "uw", // pl
    "my",
    "nas",
    "nasz",
    "nasza",
    "nasze",
    "naszą",
    "naszej",
    "naszych",
    "wy",
    "ty",
    "ciebie",
    "twój",
    "twoja",
    "twoje",
    "twoim",
    "państwo",
    "państwa", // ru / uk
    "мы",
    "нас",
    "нам",
    "наш",
    "наша",
    "наше",
    "наши",
    "нашу",
    "нашей",
    "наших",
    "вы",
    "вас",
    "вам",
    "ваш",
    "ваша",
    "ваше",
    "ваши",
    "вашу",
    "вашей",
    "ты",
    "тебя",
    "ми",
    "наші",
    "ви",
    "ваші",
];

const MERGED_THIRD: &[&str] = &[
    // en
    "he",
    "she",
    "his",
    "him",
    "they",
    "their",
    "said",
    "says",
    "told",
    "according",
    "added",
    "reported",
    "announced",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "officials", // de
    "er",
    "sagte",
    "erklärte",
    "sagt",
    "laut",
    "teilte",
    "berichtete", // fr
    "il",
    "elle",
    "ils",
    "elles",
    "déclaré",
    "selon",
    "affirmé",
    "indiqué",
    "expliqué",
    // es / pt / it
    "dijo",
    "afirmó",
    "según",
    "explicó",
    "aseguró",
    "disse",
    "afirmou",
    "segundo",
    "ele",
    "ela",
    "detto",
    "secondo",
    "ha",
    "lui",
    "lei", // nl
    "hij",
    "zei",
    "volgens", // pl
    "powiedział",
    "powiedziała",
    "według",
    "poinformował",
    "on",
    "ona",
    "oni", // ru / uk
    "он",
    "она",
    "они",
    "заявил",
    "заявила",
    "сообщил",
    "сообщила",
    "сказал",
    "сказала",
    "словам",
    "данным",
    "він",
    "вона",
    "вони",
    "заявив",
    "повідомив",
    "сказав",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    #[test]
    fn word_tables_find_what_their_maps_hold_and_nothing_else() {
        let mut maps: Vec<HashMap<&'static str, u8, FxBuildHasher>> = Vec::new();
        for source in PROFILES {
            let mut map: HashMap<&'static str, u8, FxBuildHasher> = HashMap::default();
            for (section, word) in Lexicon::sections(source.list) {
                if let Some(flag) = section_flag(section) {
                    *map.entry(word).or_insert(0) |= flag;
                }
            }
            maps.push(map);
        }
        maps.push(Lexicon::merged_words());
        // Words longer than a packed key, and one of exactly its length.
        let mut extra: HashMap<&'static str, u8, FxBuildHasher> = HashMap::default();
        extra.insert("fifteen-letters", STOP);
        extra.insert("sixteen-letters!", WE_YOU);
        extra.insert("a-much-longer-word-of-thirty-two", THIRD);
        extra.insert("s", STOP);
        maps.push(extra);
        for map in &maps {
            let table = WordTable::new(map);
            for (&word, &flags) in map {
                assert_eq!(table.get(word), flags, "{word:?}");
                let mut probes = vec![
                    format!("{word}x"),
                    format!("{word}\0"),
                    format!("x{word}"),
                    word.to_uppercase(),
                    word.repeat(2),
                ];
                if let Some((cut, _)) = word.char_indices().next_back() {
                    probes.push(word[..cut].to_string());
                }
                for probe in probes {
                    let want = map.get(probe.as_str()).copied().unwrap_or(0);
                    assert_eq!(table.get(&probe), want, "{probe:?}");
                }
            }
            assert_eq!(table.get(""), 0);
        }
    }

    #[test]
    fn every_profile_builds_with_all_its_sections() {
        for source in PROFILES {
            let lexicon = for_code(source.code).expect("every listed profile is found");
            let mut seen = std::collections::HashSet::new();
            for (section, word) in Lexicon::sections(source.list) {
                assert!(
                    ["stop", "we_you", "third", "function"].contains(&section),
                    "{}: unknown section [{section}]",
                    source.code
                );
                seen.insert(section);
                // Listed words are in folded form, and (spaced scripts) one token each.
                assert_eq!(fold(word), word, "{}: {word}", source.code);
                if !lexicon.is_spaceless() {
                    assert!(word.chars().all(char::is_alphanumeric), "{word}");
                    assert_ne!(lexicon.flags(word), 0, "{word}");
                }
            }
            let expected: &[&str] = if lexicon.is_spaceless() {
                &["function", "we_you", "third"]
            } else {
                &["stop", "we_you", "third"]
            };
            for section in expected {
                assert!(seen.contains(section), "{}: no [{section}]", source.code);
            }
        }
    }

    #[test]
    fn inflected_pronouns_are_known_per_language() {
        let we_you =
            |code: &str, word: &str| for_code(code).expect("profile").flags(word) & WE_YOU != 0;
        for (code, word) in [
            ("ru", "нашими"),
            ("ru", "вашего"),
            ("uk", "нашої"),
            ("uk", "твоє"),
            ("pl", "naszemu"),
            ("pl", "waszymi"),
            ("de", "unseres"),
            ("de", "euren"),
            ("fr", "vôtre"),
            ("es", "vuestras"),
            ("it", "vostre"),
            ("pt", "vocês"),
            ("nl", "jullie"),
            ("en", "yourselves"),
        ] {
            assert!(we_you(code, word), "{code}: {word}");
        }
        let third =
            |code: &str, word: &str| for_code(code).expect("profile").flags(word) & THIRD != 0;
        for (code, word) in [
            ("ru", "подчеркнула"),
            ("uk", "наголосив"),
            ("pl", "podkreśliła"),
            ("de", "zufolge"),
            ("es", "señaló"),
        ] {
            assert!(third(code, word), "{code}: {word}");
        }
    }

    #[test]
    fn words_that_differ_between_languages_are_read_in_the_documents_language() {
        // Polish "we" (in), Dutch "je" (you) vs French "je" (I), Portuguese "nos" (in
        // the), Polish "państwa" (the state's).
        let pl = for_code("pl").expect("pl");
        assert_eq!(pl.flags("we") & WE_YOU, 0);
        assert_ne!(pl.flags("we") & STOP, 0);
        assert_eq!(pl.flags("państwa"), 0);
        assert_ne!(for_code("nl").expect("nl").flags("je") & WE_YOU, 0);
        assert_eq!(for_code("fr").expect("fr").flags("je") & WE_YOU, 0);
        assert_eq!(for_code("pt").expect("pt").flags("nos") & WE_YOU, 0);
        // The fallback keeps every meaning.
        assert_ne!(fallback().flags("we") & WE_YOU, 0);
        assert_ne!(fallback().flags("we") & STOP, 0);
    }

    #[test]
    fn fallback_for_unknown_or_unprofiled_languages() {
        assert_eq!(for_language(None).code(), None);
        let swedish: Language = "sv".parse().expect("sv");
        assert_eq!(for_language(Some(swedish)).code(), None);
        let russian: Language = "ru".parse().expect("ru");
        assert_eq!(for_language(Some(russian)).code(), Some("ru"));
        assert_eq!(profiled().count(), 12);
    }

    #[test]
    fn spaceless_profiles_count_characters_and_phrases() {
        let ja = for_code("ja").expect("ja");
        assert!(ja.is_function_char('の'));
        assert!(!ja.is_function_char('新'));
        assert_eq!(
            ja.count_phrases("私たちの報道をあなたが支えてください"),
            (3, 0)
        );
        assert_eq!(
            ja.count_phrases("首相は記者団に対し、と述べた。彼女によると"),
            (0, 3)
        );
        let zh = for_code("zh").expect("zh");
        assert!(zh.is_function_char('的'));
        assert_eq!(zh.count_phrases("我们需要您的支持"), (2, 0));
        // Leftmost-longest: 他们 is one third-person word, not 他 and 们.
        assert_eq!(zh.count_phrases("他们表示"), (0, 2));
        assert_eq!(fallback().count_phrases("我们"), (0, 0));
    }

    #[test]
    fn german_formal_address_counts_only_inside_a_sentence() {
        let de = for_code("de").expect("de");
        assert_eq!(de.count_formal("Unterstützen Sie uns mit Ihrer Spende."), 2);
        // Sentence-initial "Sie" is she/they; lowercase forms are never formal.
        assert_eq!(
            de.count_formal("Sie sagte, sie habe ihre Pläne geändert."),
            0
        );
        assert_eq!(de.count_formal("Die Ministerin kam. Sie sprach lange."), 0);
        assert_eq!(for_code("en").expect("en").count_formal("Thank Sie"), 0);
    }
}
