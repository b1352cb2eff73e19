//! Structural signals: measurements of a paragraph (length, punctuation, function words,
//! pronoun profile, quotes, URLs, digits, capitals, separators), read with its document's
//! [`Lexicon`], and of its place in the document (repeated, last). Each is a value in
//! [0, 1] with a weight.

use crate::fold::is_spaceless_script;
use crate::lexicon::{self, Lexicon, STOP, THIRD, WE_YOU};

/// The structural signals, in the order of `Signals::values`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    /// Always 1: the prior.
    Bias,
    /// 1–3 words.
    Words1To3,
    /// 4–9 words.
    Words4To9,
    /// 10–24 words.
    Words10To24,
    /// 40 or more words.
    Words40Plus,
    /// Does not end in sentence punctuation.
    NoEndPunct,
    /// Few function words (1 at none, 0 at the lexicon's `stop_full` share of the words
    /// or more: 25% for the language-free fallback; in ja and zh, function characters
    /// among the characters).
    LowStopwords,
    /// Share of first/second-person words (1 at 8% or more).
    WeYou,
    /// Third-person narration words (1 at two or more).
    ThirdPerson,
    /// Contains quoted speech.
    Quote,
    /// Contains a URL or e-mail address.
    UrlOrEmail,
    /// Share of digits among characters (1 at 30% or more).
    Digits,
    /// Mostly capital letters.
    Uppercase,
    /// Menu separators (`|`, `·`, `•`, ` / `).
    Separators,
    /// The same text occurs elsewhere in the document's window.
    Repeated,
    /// The last paragraph of the document.
    Last,
    /// Most words start with a capital (headlines, menu items, names).
    TitleCase,
    /// The first paragraph of the document (often a title).
    First,
    /// Lies between long news-like paragraphs and has no pattern evidence: a table row,
    /// list item or subhead inside an article rather than a menu around it.
    Interior,
    /// A row of a table as extractors write it (`| cell | cell |`): content, not a menu.
    TableRow,
    /// An item of a numbered list whose neighbour continues the count (`1)` then `2)`,
    /// `3a etapa` then `4a etapa`): a list in the article, as menus are not numbered.
    Enumerated,
    /// Comes after the head of a comment section ("Leave a reply", "167 comments") that
    /// itself follows the article: readers' comments read as prose, but are not the
    /// article.
    CommentSection,
    /// One of three or more headline–teaser pairs in a row (a short line without end
    /// punctuation, then a teaser of one or two sentences, most of them one), or a date or
    /// chrome line among them: a rail of other stories.
    TeaserList,
}

/// Number of signals.
pub const SIGNAL_COUNT: usize = 23;

impl Signal {
    /// Every signal, in index order.
    pub const ALL: [Signal; SIGNAL_COUNT] = [
        Signal::Bias,
        Signal::Words1To3,
        Signal::Words4To9,
        Signal::Words10To24,
        Signal::Words40Plus,
        Signal::NoEndPunct,
        Signal::LowStopwords,
        Signal::WeYou,
        Signal::ThirdPerson,
        Signal::Quote,
        Signal::UrlOrEmail,
        Signal::Digits,
        Signal::Uppercase,
        Signal::Separators,
        Signal::Repeated,
        Signal::Last,
        Signal::TitleCase,
        Signal::First,
        Signal::Interior,
        Signal::TableRow,
        Signal::Enumerated,
        Signal::CommentSection,
        Signal::TeaserList,
    ];

    /// The signal's name in reports and weight files.
    pub fn name(self) -> &'static str {
        match self {
            Signal::Bias => "bias",
            Signal::Words1To3 => "words_1_3",
            Signal::Words4To9 => "words_4_9",
            Signal::Words10To24 => "words_10_24",
            Signal::Words40Plus => "words_40_plus",
            Signal::NoEndPunct => "no_end_punct",
            Signal::LowStopwords => "low_stopwords",
            Signal::WeYou => "we_you",
            Signal::ThirdPerson => "third_person",
            Signal::Quote => "quote",
            Signal::UrlOrEmail => "url_or_email",
            Signal::Digits => "digits",
            Signal::Uppercase => "uppercase",
            Signal::Separators => "separators",
            Signal::Repeated => "repeated",
            Signal::Last => "last",
            Signal::TitleCase => "title_case",
            Signal::First => "first",
            Signal::Interior => "interior",
            Signal::TableRow => "table_row",
            Signal::Enumerated => "enumerated",
            Signal::CommentSection => "comment_section",
            Signal::TeaserList => "teaser_list",
        }
    }

    /// Parses a signal name.
    pub fn from_name(name: &str) -> Option<Signal> {
        Signal::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// Signal values of one paragraph, each in [0, 1].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Signals {
    /// Values indexed by `Signal as usize`.
    pub values: [f32; SIGNAL_COUNT],
    /// Number of words. Scripts without spaces count in characters: in a ja or zh
    /// document, characters divided by the language's characters per word (2.5, 1.7);
    /// elsewhere, two characters a word.
    pub words: u32,
    /// The number a numbered-list item starts with (see `Signal::Enumerated`).
    pub ordinal: Option<u16>,
    /// The number is bare, with no list mark (`1 Kyle Busch 5040`, a ranking's row: see
    /// `bare_ordinal`); it only counts in a longer run.
    pub ordinal_bare: bool,
    /// Whether the paragraph could be a headline or a teaser of a story list (see
    /// `Signal::TeaserList`).
    pub shape: Shape,
}

/// What a paragraph could be in a list of other stories (see `Signal::TeaserList`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shape {
    /// A headline: 2–16 words, starting with a capital, without end punctuation.
    pub headline: bool,
    /// A teaser: 8–60 words starting with a capital, at most two sentences.
    pub teaser: bool,
    /// A teaser of one sentence.
    pub one_sentence: bool,
    /// At most 4 words with a digit: a date or a count between items.
    pub meta: bool,
}

impl Signals {
    /// The value of one signal.
    pub fn get(&self, signal: Signal) -> f32 {
        self.values[signal as usize]
    }

    /// Sets the value of one signal.
    pub fn set(&mut self, signal: Signal, value: f32) {
        self.values[signal as usize] = value;
    }
}

/// Weights of the structural signals (log-odds per unit of signal).
#[derive(Clone, Debug, PartialEq)]
pub struct SignalWeights {
    /// Weights indexed by `Signal as usize`.
    pub weights: [f32; SIGNAL_COUNT],
}

impl Default for SignalWeights {
    fn default() -> SignalWeights {
        let mut weights = [0.0; SIGNAL_COUNT];
        for (signal, weight) in [
            (Signal::Bias, -1.0),
            (Signal::Words1To3, 2.5),
            (Signal::Words4To9, 1.2),
            (Signal::Words10To24, 0.0),
            (Signal::Words40Plus, -1.5),
            (Signal::NoEndPunct, 1.2),
            (Signal::LowStopwords, 1.5),
            (Signal::WeYou, 2.0),
            (Signal::ThirdPerson, -1.5),
            (Signal::Quote, -1.0),
            (Signal::UrlOrEmail, 1.5),
            (Signal::Digits, 0.8),
            (Signal::Uppercase, 1.0),
            (Signal::Separators, 1.0),
            (Signal::Repeated, 1.5),
            (Signal::Last, 0.3),
            (Signal::TitleCase, 0.5),
            (Signal::First, 0.5),
            (Signal::Interior, -2.0),
            (Signal::TableRow, -6.0),
            (Signal::Enumerated, -3.5),
            (Signal::CommentSection, 5.0),
            (Signal::TeaserList, 3.0),
        ] {
            weights[signal as usize] = weight;
        }
        SignalWeights { weights }
    }
}

impl SignalWeights {
    /// The weight of one signal.
    pub fn get(&self, signal: Signal) -> f32 {
        self.weights[signal as usize]
    }

    /// Sum of weight × value over all signals.
    pub fn score(&self, signals: &Signals) -> f32 {
        self.weights
            .iter()
            .zip(signals.values.iter())
            .map(|(w, v)| w * v)
            .sum()
    }
}

/// `ASCII_CLASS` bit: an ASCII letter or digit.
const ALNUM: u8 = 1;
/// `ASCII_CLASS` bit: an ASCII digit.
const DIGIT: u8 = 2;

/// The class bits of each ASCII byte, for the word count's fast path.
const ASCII_CLASS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] |= ALNUM;
        }
        if byte.is_ascii_digit() {
            table[b] |= DIGIT;
        }
        b += 1;
    }
    table
};

/// Counts gathered in one pass over a folded paragraph.
#[derive(Debug, Default, PartialEq)]
struct WordCounts {
    words: usize,
    stop: usize,
    we_you: usize,
    third: usize,
    /// Characters of scripts without spaces (counted apart when the lexicon is of such a
    /// script).
    spaceless: usize,
    /// Function characters among them.
    function: usize,
    /// Whether any letter of a space-separated script was seen.
    spaced_letters: bool,
    quotes: usize,
    separators: usize,
    has_at: bool,
    digits: usize,
    chars: usize,
}

impl WordCounts {
    /// Counts a finished word of `folded[start..end]` with `spaceless` characters of
    /// scripts without spaces and `len` characters in all.
    fn word(&mut self, lexicon: &Lexicon, word: &str, spaceless: usize, len: usize) {
        if spaceless > 0 {
            if lexicon.is_spaceless() {
                // Counted in characters once the paragraph is done; the Latin letters
                // or digits mixed into the run count as one word.
                self.spaceless += spaceless;
                self.words += usize::from(spaceless < len);
            } else {
                // Scripts without spaces in a document of another language: two
                // characters a word.
                self.words += spaceless.div_ceil(2) + usize::from(spaceless < len);
            }
            return;
        }
        self.words += 1;
        let flags = lexicon.flags(word);
        self.stop += usize::from(flags & STOP != 0);
        self.we_you += usize::from(flags & WE_YOU != 0);
        self.third += usize::from(flags & THIRD != 0);
    }

    fn of(folded: &str, lexicon: &Lexicon) -> WordCounts {
        let mut counts = WordCounts::default();
        let bytes = folded.as_bytes();
        let mut word_start: Option<usize> = None;
        let (mut spaceless, mut len) = (0usize, 0usize);
        let mut i = 0;
        while i < bytes.len() {
            let byte = bytes[i];
            if byte < 0x80 {
                // ASCII fast path: no Unicode tables, and a run of ASCII letters and
                // digits is read in one tight loop.
                let class = ASCII_CLASS[usize::from(byte)];
                if class & ALNUM != 0 {
                    let run_start = i;
                    let mut digits = 0;
                    while let Some(&b) = bytes.get(i) {
                        let class = ASCII_CLASS[usize::from(b & 0x7F)];
                        if b >= 0x80 || class & ALNUM == 0 {
                            break;
                        }
                        digits += usize::from(class & DIGIT != 0);
                        i += 1;
                    }
                    let run = i - run_start;
                    counts.chars += run;
                    if word_start.is_none() {
                        word_start = Some(run_start);
                    }
                    len += run;
                    counts.spaced_letters |= digits < run;
                    counts.digits += digits;
                    continue;
                }
                i += 1;
                counts.chars += usize::from(byte != b' ');
                if let Some(start) = word_start.take() {
                    counts.word(lexicon, &folded[start..i - 1], spaceless, len);
                    spaceless = 0;
                    len = 0;
                }
                match byte {
                    b'"' => counts.quotes += 1,
                    b'|' => counts.separators += 1,
                    b'@' => counts.has_at = true,
                    _ => {}
                }
                continue;
            }
            let Some(c) = folded[i..].chars().next() else {
                break;
            };
            let width = c.len_utf8();
            counts.chars += 1;
            if c.is_alphanumeric() {
                if word_start.is_none() {
                    word_start = Some(i);
                }
                len += 1;
                if is_spaceless_script(c) {
                    spaceless += 1;
                    counts.function += usize::from(lexicon.is_function_char(c));
                } else if c.is_alphabetic() {
                    counts.spaced_letters = true;
                }
                counts.digits += usize::from(c.is_numeric());
            } else {
                if let Some(start) = word_start.take() {
                    counts.word(lexicon, &folded[start..i], spaceless, len);
                    spaceless = 0;
                    len = 0;
                }
                if matches!(c, '·' | '•') {
                    counts.separators += 1;
                }
            }
            i += width;
        }
        if let Some(start) = word_start {
            counts.word(lexicon, &folded[start..], spaceless, len);
        }
        if let Some(per_word) = lexicon.chars_per_word() {
            if counts.spaceless > 0 {
                counts.words += (counts.spaceless as f32 / per_word).ceil() as usize;
                let (we_you, third) = lexicon.count_phrases(folded);
                counts.we_you += we_you;
                counts.third += third;
            }
        }
        counts
    }
}

/// Whether the text contains `://` or `www.` (found through their rarer bytes, without
/// building a substring searcher per paragraph).
fn contains_url_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b':', bytes).any(|i| bytes[i + 1..].starts_with(b"//"))
        || memchr::memchr_iter(b'.', bytes).any(|i| i >= 3 && &bytes[i - 3..i] == b"www")
}

/// Number of non-overlapping ` / ` in the text, counted left to right as
/// `str::matches` does.
fn count_spaced_slashes(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut count, mut next_start) = (0, 0);
    for i in memchr::memchr_iter(b'/', bytes) {
        if i > next_start && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' ') {
            count += 1;
            next_start = i + 2;
        }
    }
    count
}

/// Whether a paragraph's last character ends a sentence.
fn ends_sentence(raw: &str) -> bool {
    matches!(
        raw.trim_end().chars().next_back(),
        Some(
            '.' | '!'
                | '?'
                | '…'
                | '"'
                | '\''
                | '”'
                | '’'
                | '»'
                | ')'
                | ':'
                | ';'
                | '。'
                | '！'
                | '？'
                | '」'
                | '』'
                | '）'
        )
    )
}

/// Whether most words (two or more, of letters) start with a capital.
fn title_case(raw: &str) -> bool {
    let (mut words, mut capitalised) = (0usize, 0usize);
    if raw.is_ascii() {
        // The same count without Unicode tables: ASCII whitespace as `char::is_whitespace`
        // sees it (which includes the vertical tab). A word starts at a letter after a
        // space or at the start; counted over byte pairs in loops the compiler
        // vectorizes.
        let bytes = raw.as_bytes();
        let rest = bytes.get(1..).unwrap_or_default();
        let space = |b: u8| b == b' ' || b.wrapping_sub(b'\t') < 5;
        words = usize::from(bytes.first().is_some_and(|&b| is_ascii_letter(b)))
            + count_pairs(bytes, rest, |p, c| space(p) & is_ascii_letter(c));
        capitalised = usize::from(bytes.first().is_some_and(u8::is_ascii_uppercase))
            + count_pairs(bytes, rest, |p, c| space(p) & c.is_ascii_uppercase());
        return words >= 2 && capitalised * 10 >= words * 7;
    }
    for word in raw.split_whitespace() {
        let Some(first) = word.chars().next() else {
            continue;
        };
        if first.is_alphabetic() {
            words += 1;
            capitalised += usize::from(first.is_uppercase());
        }
    }
    words >= 2 && capitalised * 10 >= words * 7
}

/// The number of positions `i` where `test(a[i], b[i])` holds (over the shorter slice),
/// counted in 255-byte chunks with a byte-wide counter: a loop the compiler turns into
/// vector instructions, where a `usize` count a byte at a time stays scalar.
fn count_pairs(a: &[u8], b: &[u8], test: impl Fn(u8, u8) -> bool) -> usize {
    let mut total = 0;
    for (a, b) in a.chunks(255).zip(b.chunks(255)) {
        let mut n = 0u8;
        for (&x, &y) in a.iter().zip(b) {
            n += u8::from(test(x, y));
        }
        total += usize::from(n);
    }
    total
}

/// `u8::is_ascii_alphabetic` as one subtraction and one comparison.
fn is_ascii_letter(byte: u8) -> bool {
    (byte | 0x20).wrapping_sub(b'a') < 26
}

/// Whether most letters of the raw text are capitals (at least 4 letters).
fn mostly_uppercase(raw: &str) -> bool {
    let (mut letters, mut upper) = (0usize, 0usize);
    if raw.is_ascii() {
        let bytes = raw.as_bytes();
        letters = count_pairs(bytes, bytes, |b, _| is_ascii_letter(b));
        upper = count_pairs(bytes, bytes, |b, _| b.is_ascii_uppercase());
    } else {
        for c in raw.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        }
    }
    letters >= 4 && upper * 10 >= letters * 6
}

/// Whether the paragraph is a table row: starts and ends with `|`, three or more cells.
fn table_row(raw: &str) -> bool {
    let row = raw.trim();
    row.len() >= 5
        && row.starts_with('|')
        && row.ends_with('|')
        && memchr::memchr_iter(b'|', row.as_bytes()).count() >= 4
}

/// Whether a paragraph that occurs more than once counts as `Signal::Repeated`: a short
/// line (a menu item, a button) or a headline (under 25 words, no closing punctuation: a
/// link); a repeated sentence may be a recipe step or a refrain.
pub fn repetition_counts(signals: &Signals) -> bool {
    signals.get(Signal::Words40Plus) == 0.0
        && (signals.get(Signal::Words10To24) == 0.0 || signals.get(Signal::NoEndPunct) > 0.0)
}

/// The number a list item starts with: one to three ASCII digits followed by `)`, `.`
/// and a space, `º`/`ª`, a letter suffix (`1a`, `2nd`) or a space and a dash; not a
/// figure such as `10.5`, `2,000`, `10:30` or a year.
pub fn leading_ordinal(raw: &str) -> Option<u16> {
    let text = raw.trim_start().trim_start_matches('#').trim_start();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let number: u16 = text[..digits].parse().ok()?;
    let rest = &text[digits..];
    let mut chars = rest.chars();
    let list_mark = match chars.next()? {
        ')' => true,
        '.' => chars.next().is_some_and(char::is_whitespace),
        'º' | 'ª' | '°' => true,
        c if c.is_alphabetic() => {
            let suffix: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
            matches!(
                suffix.to_lowercase().as_str(),
                "a" | "o" | "st" | "nd" | "rd" | "th" | "e" | "er" | "re" | "ème"
            )
        }
        ' ' => matches!(chars.next(), Some('-' | '–' | '—')),
        _ => false,
    };
    list_mark.then_some(number)
}

/// The number a ranking's or a table's row starts with when it has no list mark: one to
/// three ASCII digits, one space, a capital letter, and a figure later in the row (`1 Kyle
/// Busch 5040 5`, `12 Real Madrid 30`). A headline list ("1 Most read story") or a table
/// of contents has no figures after the name; a sentence may start so too ("3 Doors Down
/// played 2 sets"), so a run of these must be longer than one of marked items (see
/// `Signal::Enumerated`).
pub fn bare_ordinal(raw: &str) -> Option<u16> {
    let text = raw.trim();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &text[digits..];
    let mut chars = rest.chars();
    if chars.next() != Some(' ') || !chars.next().is_some_and(char::is_uppercase) {
        return None;
    }
    let figure_follows = rest.split_whitespace().skip(1).any(|word| {
        word.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',' || b == b'-' || b == b':')
            && word.bytes().any(|b| b.is_ascii_digit())
    });
    if !figure_follows {
        return None;
    }
    text[..digits].parse().ok()
}

/// Measures the intrinsic signals of a paragraph (everything except `Repeated`, `Last`
/// and `First`, which depend on the document and are set by the decider). `raw` is the
/// paragraph, `folded` its folded form, `lexicon` its document's language profile
/// ([`crate::lexicon::for_language`]).
pub fn measure(raw: &str, folded: &str, lexicon: &Lexicon) -> Signals {
    let mut signals = Signals::default();
    signals.set(Signal::Bias, 1.0);
    let mut counts = WordCounts::of(folded, lexicon);
    counts.we_you += lexicon.count_formal(raw);
    let words = counts.words;
    signals.words = u32::try_from(words).unwrap_or(u32::MAX);
    let band = |lo: usize, hi: usize| f32::from(u8::from(words >= lo && words <= hi));
    signals.set(Signal::Words1To3, band(1, 3));
    signals.set(Signal::Words4To9, band(4, 9));
    signals.set(Signal::Words10To24, band(10, 24));
    signals.set(Signal::Words40Plus, band(40, usize::MAX));
    signals.set(Signal::NoEndPunct, f32::from(u8::from(!ends_sentence(raw))));
    let full = lexicon.stop_full();
    let low_stop = |ratio: f32| ((full - ratio) / full).clamp(0.0, 1.0);
    if lexicon.is_spaceless() && counts.spaceless > 0 {
        // Function characters among the characters; five words' worth at least.
        if words >= 5 {
            let ratio = counts.function as f32 / counts.spaceless as f32;
            signals.set(Signal::LowStopwords, low_stop(ratio));
        }
    } else if counts.spaced_letters && words >= 5 {
        let ratio = counts.stop as f32 / words as f32;
        let value = if lexicon.is_spaceless() {
            // Latin-script text in a ja or zh document: read with the fallback's words.
            let full = lexicon::fallback().stop_full();
            ((full - ratio) / full).clamp(0.0, 1.0)
        } else {
            low_stop(ratio)
        };
        signals.set(Signal::LowStopwords, value);
    }
    if words > 0 {
        let ratio = counts.we_you as f32 / words as f32;
        signals.set(Signal::WeYou, (ratio / 0.08).min(1.0));
    }
    signals.set(Signal::ThirdPerson, (counts.third as f32 / 2.0).min(1.0));
    signals.set(Signal::Quote, f32::from(u8::from(counts.quotes >= 2)));
    let has_url = contains_url_mark(folded)
        || (counts.has_at
            && folded
                .split(' ')
                .any(|w| w.contains('@') && w.contains('.') && w.len() > 5));
    signals.set(Signal::UrlOrEmail, f32::from(u8::from(has_url)));
    if counts.chars > 0 {
        let share = counts.digits as f32 / counts.chars as f32;
        signals.set(Signal::Digits, (share / 0.3).min(1.0));
    }
    signals.set(
        Signal::Uppercase,
        f32::from(u8::from(mostly_uppercase(raw))),
    );
    signals.set(Signal::TitleCase, f32::from(u8::from(title_case(raw))));
    let separators = counts.separators + count_spaced_slashes(folded);
    signals.set(Signal::Separators, (separators as f32 / 2.0).min(1.0));
    signals.set(Signal::TableRow, f32::from(u8::from(table_row(raw))));
    signals.ordinal = leading_ordinal(raw);
    if signals.ordinal.is_none() {
        signals.ordinal = bare_ordinal(raw);
        signals.ordinal_bare = signals.ordinal.is_some();
    }
    // Rows of tables and rankings are lists of figures, not of stories.
    let figures = signals.get(Signal::TableRow) > 0.0
        || signals.ordinal.is_some()
        || signals.get(Signal::Digits) >= 0.5;
    // Only a headline's length needs the look-up.
    let ends_in_stop_word = HEADLINE_WORDS.contains(&words)
        && folded
            .rsplit(' ')
            .find(|w| !w.is_empty())
            .is_some_and(|w| lexicon.flags(w) & STOP != 0);
    signals.shape = shape(raw, words, counts.digits > 0, figures, ends_in_stop_word);
    signals
}

/// Most words of a teaser.
const TEASER_WORDS: usize = 60;

/// Words of a headline (`Shape::headline`).
const HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 2..=16;

/// What `raw` of `words` words could be in a list of stories; `figures`: it is a row of
/// figures (a table's, a ranking's); `open_end`: it ends on a function word, as a
/// hard-wrapped line may, and a headline does not.
fn shape(raw: &str, words: usize, has_digit: bool, figures: bool, open_end: bool) -> Shape {
    if words <= 4 && has_digit {
        return Shape {
            meta: true,
            ..Shape::default()
        };
    }
    // Headlines and teasers start with a capital (or a quote or digit before any letter).
    let starts = raw
        .chars()
        .find(|c| c.is_alphanumeric() || matches!(c, '"' | '“' | '‘' | '«'))
        .is_some_and(|c| !c.is_lowercase());
    if figures || !starts {
        return Shape::default();
    }
    let headline = HEADLINE_WORDS.contains(&words)
        && !open_end
        && !raw
            .trim_end()
            .trim_end_matches(['"', '\'', '”', '’', '»', ')'])
            .ends_with(['.', '!', '?', '…', ':', ';', ',', '。', '！', '？']);
    let breaks = if (8..=TEASER_WORDS).contains(&words) {
        sentence_breaks(raw)
    } else {
        usize::MAX
    };
    Shape {
        headline,
        teaser: breaks <= 1,
        one_sentence: breaks == 0,
        meta: false,
    }
}

/// How many sentences end inside `raw`, counted up to 2: `.`, `!` or `?`, maybe a
/// closing quote or bracket, a space, then a capital or an opening quote.
fn sentence_breaks(raw: &str) -> usize {
    let text = raw.trim_end();
    memchr::memchr3_iter(b'.', b'!', b'?', text.as_bytes())
        .filter(|&at| {
            // `at` is an ASCII byte, so `at + 1` is a character boundary.
            let mut rest = text[at + 1..]
                .chars()
                .skip_while(|c| matches!(c, '"' | '\'' | '”' | '’' | ')' | '»'));
            rest.next().is_some_and(char::is_whitespace)
                && rest
                    .find(|c| !c.is_whitespace())
                    .is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '“' | '‘' | '«'))
        })
        .take(2)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    #[test]
    fn shape_tells_headlines_teasers_and_dates() {
        let of = |text: &str| measure(text, &fold(text), lexicon::fallback()).shape;
        let headline = of("Museum returns carved doors to the village church");
        assert!(headline.headline && headline.teaser && headline.one_sentence);
        let teaser = of("The doors were taken for safekeeping during the war and never sent back.");
        assert!(!teaser.headline && teaser.teaser && teaser.one_sentence);
        let two =
            of("The doors were taken away in the war. They were never sent back to the village.");
        assert!(two.teaser && !two.one_sentence);
        let three =
            of("The doors went in the war. Nobody sent them back. The village asked again.");
        assert!(!three.teaser);
        assert!(of("Nov 18").meta && of("3H ago").meta);
        // A headline ends without sentence punctuation, a closing quote aside.
        assert!(of("Mayor calls the new bridge \"a gift to the city\"").headline);
        assert!(!of("Mayor opens the new bridge to traffic.").headline);
        // Not a story: a ranking's row, a table row, a line that starts in lowercase.
        for row in ["1 Harbour Rovers 34 11 1 2", "| Harbour Rovers | 34 | 11 |"] {
            assert!(!of(row).headline && !of(row).teaser, "{row}");
        }
        assert_eq!(
            of("and the council said it would decide next week"),
            Shape::default()
        );
        // A line that ends on a function word was cut at a width: not a headline.
        assert!(!of("Western channel would start in April and that ships would use the").headline);
    }

    #[test]
    fn leading_ordinal_reads_list_numbers_not_figures() {
        for (text, want) in [
            ("1) First item", Some(1)),
            ("2. Second item", Some(2)),
            ("3a etapa: 22 de abril", Some(3)),
            ("4th race: 17 May", Some(4)),
            ("12º lugar", Some(12)),
            ("7 – Seventh", Some(7)),
            ("  ## 5. Heading", Some(5)),
            ("10.5 million people", None),
            ("2,000 tickets", None),
            ("10:30 Opening speech", None),
            ("2024 was a hard year", None),
            ("3 people were hurt", None),
            ("Meal 1", None),
            ("1 Kyle Busch 5040", None),
            ("", None),
        ] {
            assert_eq!(leading_ordinal(text), want, "{text:?}");
        }
    }

    #[test]
    fn bare_ordinal_reads_ranking_rows_not_headlines_or_sentences() {
        for (text, want) in [
            ("1 Harbour Rovers 34 11 1 2", Some(1)),
            ("12 Real Madrid 30", Some(12)),
            ("3 St. Ives Athletic 28 9", Some(3)),
            ("1 Most read story of the week", None),
            ("5 Marriage", None),
            ("3 people were hurt in 2 crashes", None),
            ("2024 Olympic Games 12", None),
            ("1) Harbour Rovers 34", None),
            ("Harbour Rovers 34", None),
        ] {
            assert_eq!(bare_ordinal(text), want, "{text:?}");
        }
    }

    /// `WordCounts::of` as it was before ASCII letter runs were read in one loop: one
    /// byte at a time.
    fn word_counts_bytewise(folded: &str, lexicon: &Lexicon) -> WordCounts {
        let mut counts = WordCounts::default();
        let bytes = folded.as_bytes();
        let mut word_start: Option<usize> = None;
        let (mut spaceless, mut len) = (0usize, 0usize);
        let mut i = 0;
        while i < bytes.len() {
            let byte = bytes[i];
            if byte < 0x80 {
                i += 1;
                if byte.is_ascii_alphanumeric() {
                    counts.chars += 1;
                    if word_start.is_none() {
                        word_start = Some(i - 1);
                    }
                    len += 1;
                    counts.spaced_letters |= byte.is_ascii_alphabetic();
                    counts.digits += usize::from(byte.is_ascii_digit());
                    continue;
                }
                counts.chars += usize::from(byte != b' ');
                if let Some(start) = word_start.take() {
                    counts.word(lexicon, &folded[start..i - 1], spaceless, len);
                    spaceless = 0;
                    len = 0;
                }
                match byte {
                    b'"' => counts.quotes += 1,
                    b'|' => counts.separators += 1,
                    b'@' => counts.has_at = true,
                    _ => {}
                }
                continue;
            }
            let Some(c) = folded[i..].chars().next() else {
                break;
            };
            counts.chars += 1;
            if c.is_alphanumeric() {
                if word_start.is_none() {
                    word_start = Some(i);
                }
                len += 1;
                if is_spaceless_script(c) {
                    spaceless += 1;
                    counts.function += usize::from(lexicon.is_function_char(c));
                } else if c.is_alphabetic() {
                    counts.spaced_letters = true;
                }
                counts.digits += usize::from(c.is_numeric());
            } else {
                if let Some(start) = word_start.take() {
                    counts.word(lexicon, &folded[start..i], spaceless, len);
                    spaceless = 0;
                    len = 0;
                }
                if matches!(c, '·' | '•') {
                    counts.separators += 1;
                }
            }
            i += c.len_utf8();
        }
        if let Some(start) = word_start {
            counts.word(lexicon, &folded[start..], spaceless, len);
        }
        if let Some(per_word) = lexicon.chars_per_word() {
            if counts.spaceless > 0 {
                counts.words += (counts.spaceless as f32 / per_word).ceil() as usize;
                let (we_you, third) = lexicon.count_phrases(folded);
                counts.we_you += we_you;
                counts.third += third;
            }
        }
        counts
    }

    #[test]
    fn ascii_letter_runs_count_as_byte_by_byte() {
        let texts = [
            "",
            "a",
            "7",
            "The mayor said on Tuesday that we would support you, 2024-05-01.",
            "\"Quoted\" | piped | e-mail@example.com | 100% 3rd a1b2c3",
            "café naïve résumé, Zürich 2024: über",
            "İstanbul'da IŞIK ılık; STRAẞE Straße groß",
            "ΟΔΟΣ σασ · Москва • Київ",
            "日本語のテキストabc123です。中文abc",
            "mixed123日本abc·x•y",
            "trailing word",
            "x\u{0301}y combining",
        ];
        let lexicons = [
            lexicon::fallback(),
            lexicon::for_code("en").expect("en"),
            lexicon::for_code("de").expect("de"),
            lexicon::for_code("tr").unwrap_or_else(lexicon::fallback),
            lexicon::for_code("ja").expect("ja"),
            lexicon::for_code("zh").expect("zh"),
        ];
        for text in texts {
            for folded in [text.to_string(), fold(text)] {
                for lexicon in lexicons {
                    assert_eq!(
                        WordCounts::of(&folded, lexicon),
                        word_counts_bytewise(&folded, lexicon),
                        "{folded:?} {:?}",
                        lexicon.code()
                    );
                }
            }
        }
    }

    fn score(text: &str) -> f32 {
        SignalWeights::default().score(&measure(text, &fold(text), lexicon::fallback()))
    }

    #[test]
    fn news_sentence_scores_below_menu_item() {
        let news = "The mayor said on Tuesday that the city would close two of its libraries next year, according to a statement released by her office.";
        assert!(score(news) < -1.0, "{}", score(news));
        assert!(score("World News") > 1.0, "{}", score("World News"));
    }

    #[test]
    fn url_marks_and_spaced_slashes_match_the_substring_searches() {
        for text in [
            "",
            "/",
            " / ",
            " / / ",
            "a / b / c",
            "  /  ",
            "x:// www",
            "www.",
            "ww.w",
            "a:/b",
            "ab://",
            "://",
            "wwww.x",
            " // ",
            "é / ü:// www.",
        ] {
            assert_eq!(
                contains_url_mark(text),
                text.contains("://") || text.contains("www."),
                "{text:?}"
            );
            assert_eq!(
                count_spaced_slashes(text),
                text.matches(" / ").count(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn ascii_case_counts_agree_with_the_unicode_path_on_every_short_text() {
        let unicode_title = |text: &str| {
            let words: Vec<char> = text
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .filter(|c| c.is_alphabetic())
                .collect();
            let capitalised = words.iter().filter(|c| c.is_uppercase()).count();
            words.len() >= 2 && capitalised * 10 >= words.len() * 7
        };
        let unicode_upper = |text: &str| {
            let letters = text.chars().filter(|c| c.is_alphabetic()).count();
            let upper = text.chars().filter(|c| c.is_uppercase()).count();
            letters >= 4 && upper * 10 >= letters * 6
        };
        // Every text of up to five bytes over an alphabet with each class of byte.
        let alphabet = [
            b'A', b'z', b' ', b'\x0B', b'\n', b'1', b'@', b'[', b'`', b'{',
        ];
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| {
                    alphabet.iter().map(move |&b| {
                        let mut t = t.clone();
                        t.push(char::from(b));
                        t
                    })
                })
                .collect();
            texts.extend(longer);
            texts.sort();
            texts.dedup();
        }
        for text in &texts {
            assert_eq!(title_case(text), unicode_title(text), "{text:?}");
            assert_eq!(mostly_uppercase(text), unicode_upper(text), "{text:?}");
        }
        for b in 0u8..0x80 {
            assert_eq!(is_ascii_letter(b), b.is_ascii_alphabetic(), "{b}");
        }
    }

    #[test]
    fn ascii_title_case_agrees_with_the_unicode_path() {
        for text in [
            "World News",
            "The city council voted",
            "A B c",
            "\u{b}Big\u{b}Deal",
            "x",
        ] {
            let unicode = {
                let words: Vec<char> = text
                    .split_whitespace()
                    .filter_map(|w| w.chars().next())
                    .filter(|c| c.is_alphabetic())
                    .collect();
                let capitalised = words.iter().filter(|c| c.is_uppercase()).count();
                words.len() >= 2 && capitalised * 10 >= words.len() * 7
            };
            assert_eq!(title_case(text), unicode, "{text:?}");
        }
    }

    #[test]
    fn appeal_voice_raises_the_score() {
        let appeal =
            "We rely on readers like you. Your support keeps our journalism free for everyone.";
        let news = "The charity relies on donors, its director said, and their support keeps the shelter open.";
        assert!(score(appeal) > score(news));
    }
}
