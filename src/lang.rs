//! The language of a document: detected with whatlang over a bounded prefix of its text,
//! or given by the user (`--lang`), named by ISO 639-1 code as the pattern folders are.

use std::fmt;
use std::str::FromStr;

use whatlang::Lang;

/// Bytes of a document's decoded text that language detection looks at (its start).
/// Enough for a confident guess on news text; bounded so detection costs the same for a
/// 2 KB article and a 5 GB stream.
pub const LANG_PREFIX: usize = 2048;

/// A language unboil can detect (the 70 languages of whatlang).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Language(Lang);

impl Language {
    /// The ISO 639-1 code (`en`, `ru`, `zh`…), as used by the pattern folders.
    pub fn code(self) -> &'static str {
        iso639_1(self.0)
    }

    /// The ISO 639-3 code (`eng`, `rus`, `cmn`…).
    pub fn iso639_3(self) -> &'static str {
        self.0.code()
    }

    /// The language's name in English.
    pub fn name(self) -> &'static str {
        self.0.eng_name()
    }

    /// Every language, in whatlang's order.
    pub fn all() -> impl Iterator<Item = Language> {
        Lang::all().iter().map(|&lang| Language(lang))
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that names no language unboil knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown language {:?} (expected an ISO 639-1 or 639-3 code such as en, ru, de, ja, zh, or eng)",
            self.0
        )
    }
}

impl std::error::Error for UnknownLanguage {}

impl FromStr for Language {
    type Err = UnknownLanguage;

    /// Parses an ISO 639-1 (`de`) or 639-3 (`deu`) code, in any case; a region or script
    /// subtag is ignored (`pt-BR`, `zh_Hans`).
    fn from_str(code: &str) -> Result<Language, UnknownLanguage> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        let primary = primary.to_ascii_lowercase();
        let found = match primary.len() {
            2 => Lang::all()
                .iter()
                .copied()
                .find(|&l| iso639_1(l) == primary),
            // `zho` and `chi` are the codes most people know for Chinese.
            3 if primary == "zho" || primary == "chi" => Some(Lang::Cmn),
            3 => Lang::from_code(primary.as_str()),
            _ => None,
        };
        found
            .map(Language)
            .ok_or_else(|| UnknownLanguage(code.to_string()))
    }
}

/// How a document's language was settled.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LanguageSource {
    /// Given by the user (`--lang`, `Options::lang`).
    Given,
    /// Detected from the start of the text, with whatlang's confidence (0 to 1).
    Detected {
        /// Confidence of the guess, 0 to 1.
        confidence: f32,
    },
    /// Too little text to tell (empty, or only digits and punctuation).
    Unknown,
    /// Not looked for (`Options::detect_language` off and no language given).
    NotDetected,
}

impl LanguageSource {
    /// `given`, `detected` or `unknown`.
    pub fn name(self) -> &'static str {
        match self {
            LanguageSource::Given => "given",
            LanguageSource::Detected { .. } => "detected",
            LanguageSource::Unknown => "unknown",
            LanguageSource::NotDetected => "not_detected",
        }
    }
}

/// The language of one document and how it was settled.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DocumentLanguage {
    /// The language, when known.
    pub language: Option<Language>,
    /// Where it came from.
    pub source: LanguageSource,
}

impl DocumentLanguage {
    /// A language given by the user.
    pub fn given(language: Language) -> DocumentLanguage {
        DocumentLanguage {
            language: Some(language),
            source: LanguageSource::Given,
        }
    }

    /// Not known: too little text.
    pub fn unknown() -> DocumentLanguage {
        DocumentLanguage {
            language: None,
            source: LanguageSource::Unknown,
        }
    }

    /// Not looked for.
    pub fn not_detected() -> DocumentLanguage {
        DocumentLanguage {
            language: None,
            source: LanguageSource::NotDetected,
        }
    }
}

/// The languages detection chooses among: those with word lists (`lexicon::profiled`).
/// Scoring 12 languages' trigram profiles instead of 69 is most of detection's cost on
/// short records; text in any other language comes out unknown or with low confidence,
/// and gets the language-free lists, as it would with its own name.
const DETECTABLE: [Lang; 12] = [
    Lang::Eng,
    Lang::Rus,
    Lang::Ukr,
    Lang::Deu,
    Lang::Fra,
    Lang::Spa,
    Lang::Ita,
    Lang::Por,
    Lang::Pol,
    Lang::Nld,
    Lang::Jpn,
    Lang::Cmn,
];

/// The detector over [`DETECTABLE`], built once.
fn detector() -> &'static whatlang::Detector {
    static DETECTOR: std::sync::OnceLock<whatlang::Detector> = std::sync::OnceLock::new();
    DETECTOR.get_or_init(|| whatlang::Detector::with_allowlist(DETECTABLE.to_vec()))
}

/// Detects the language of `text` from its first [`LANG_PREFIX`] bytes.
pub fn detect(text: &str) -> DocumentLanguage {
    let mut end = text.len().min(LANG_PREFIX);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    match detector().detect(&text[..end]) {
        Some(info) => DocumentLanguage {
            language: Some(Language(info.lang())),
            source: LanguageSource::Detected {
                confidence: info.confidence() as f32,
            },
        },
        None => DocumentLanguage::unknown(),
    }
}

fn iso639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_in_both_forms_and_any_case() {
        for code in ["de", "DE", "deu", "de-AT", " de "] {
            assert_eq!(code.parse::<Language>().map(Language::code), Ok("de"));
        }
        assert_eq!("zh_Hans".parse::<Language>().map(Language::code), Ok("zh"));
        assert_eq!("zho".parse::<Language>().map(Language::code), Ok("zh"));
        assert!("xx".parse::<Language>().is_err());
        assert!("".parse::<Language>().is_err());
    }

    #[test]
    fn two_letter_codes_are_unique() {
        let mut codes: Vec<&str> = Language::all().map(Language::code).collect();
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), n);
        assert!(codes.iter().all(|c| c.len() == 2));
    }

    #[test]
    fn detects_common_news_languages() {
        let cases = [
            ("en", "The city council voted on Tuesday to extend the tram line by four stops, ending a long dispute over the route."),
            ("ru", "Городской совет во вторник проголосовал за продление трамвайной линии на четыре остановки, завершив долгий спор."),
            ("de", "Der Stadtrat hat am Dienstag beschlossen, die Straßenbahnlinie um vier Haltestellen zu verlängern."),
            ("ja", "市議会は火曜日、路面電車の路線を四つの停留所だけ延長することを決めた。長年の論争に決着がついた。"),
        ];
        for (code, text) in cases {
            let found = detect(text);
            assert_eq!(found.language.map(Language::code), Some(code), "{text}");
            assert_eq!(found.source.name(), "detected");
        }
    }

    #[test]
    fn detection_reads_a_bounded_prefix_and_cuts_on_a_character() {
        // Byte LANG_PREFIX falls inside a two-byte character: must not panic.
        let text = format!("a{}", "é".repeat(LANG_PREFIX));
        let _ = detect(&text);
        assert_eq!(detect("").source, LanguageSource::Unknown);
        assert_eq!(detect("12 345 — 67").language, None);
    }
}
