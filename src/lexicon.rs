//! Small per-language word lists behind the structural signals: function words
//! (stopwords), first/second-person words (how appeals address readers) and third-person
//! narration words (how news reports). Looked up as one merged table, so the signals work
//! without knowing the language; scripts without spaces are handled by character counts.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::hash::FxBuildHasher;

/// Longer words are in no list (bytes).
const LONGEST_WORD: usize = 24;

/// A function word.
pub const STOP: u8 = 1;
/// A first- or second-person word ("we", "our", "you", "your").
pub const WE_YOU: u8 = 2;
/// A word of third-person narration ("he", "she", "said", "according").
pub const THIRD: u8 = 4;

const STOPWORDS: &[&str] = &[
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

const WE_YOU_WORDS: &[&str] = &[
    // en
    "we",
    "our",
    "ours",
    "us",
    "you",
    "your",
    "yours",
    "yourself",
    // de
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
    "euer",
    // fr
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
    "voi",
    // nl
    "wij",
    "ons",
    "onze",
    "jij",
    "je",
    "jouw",
    "jullie",
    "u",
    "uw",
    // pl
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
    "państwa",
    // ru / uk
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
    "нас",
    "наш",
    "наша",
    "наші",
    "ви",
    "вас",
    "ваш",
    "ваша",
    "ваші",
];

const THIRD_WORDS: &[&str] = &[
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
    "officials",
    // de
    "er",
    "sagte",
    "erklärte",
    "sagt",
    "laut",
    "teilte",
    "berichtete",
    // fr
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
    "lei",
    // nl
    "hij",
    "zei",
    "volgens",
    // pl
    "powiedział",
    "powiedziała",
    "według",
    "poinformował",
    "on",
    "ona",
    "oni",
    // ru / uk
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

fn table() -> &'static HashMap<&'static str, u8, FxBuildHasher> {
    static TABLE: OnceLock<HashMap<&'static str, u8, FxBuildHasher>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::default();
        for (words, flag) in [
            (STOPWORDS, STOP),
            (WE_YOU_WORDS, WE_YOU),
            (THIRD_WORDS, THIRD),
        ] {
            for word in words {
                *map.entry(*word).or_insert(0) |= flag;
            }
        }
        map
    })
}

/// The flags of a folded word (`STOP | WE_YOU | THIRD`), 0 for any other word.
pub fn flags(word: &str) -> u8 {
    if word.len() > LONGEST_WORD {
        return 0;
    }
    table().get(word).copied().unwrap_or(0)
}
