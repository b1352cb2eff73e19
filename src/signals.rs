//! Structural signals: language-light measurements of a paragraph (length, punctuation,
//! function words, pronoun profile, quotes, URLs, digits, capitals, separators) and of its
//! place in the document (repeated, last). Each is a value in [0, 1] with a weight.

use crate::fold::is_spaceless_script;
use crate::lexicon::{self, STOP, THIRD, WE_YOU};

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
    /// Few function words (0 at 25% or more of the words, 1 at none).
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
}

/// Number of signals.
pub const SIGNAL_COUNT: usize = 16;

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

/// Measures the intrinsic signals of a paragraph (everything except `Repeated` and
/// `Last`, which depend on the document and are set by the decider).
pub fn measure(raw: &str, folded: &str) -> Signals {
    let mut signals = Signals::default();
    signals.set(Signal::Bias, 1.0);

    let mut words = 0usize;
    let mut stop = 0usize;
    let mut we_you = 0usize;
    let mut third = 0usize;
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let spaceless = word.chars().filter(|&c| is_spaceless_script(c)).count();
        if spaceless > 0 {
            // Scripts without spaces: count two characters as a word.
            words += spaceless.div_ceil(2) + usize::from(spaceless < word.chars().count());
            continue;
        }
        words += 1;
        let flags = lexicon::flags(word);
        stop += usize::from(flags & STOP != 0);
        we_you += usize::from(flags & WE_YOU != 0);
        third += usize::from(flags & THIRD != 0);
    }
    let band = |lo: usize, hi: usize| f32::from(u8::from(words >= lo && words <= hi));
    signals.set(Signal::Words1To3, band(1, 3));
    signals.set(Signal::Words4To9, band(4, 9));
    signals.set(Signal::Words10To24, band(10, 24));
    signals.set(Signal::Words40Plus, band(40, usize::MAX));

    let last = raw.trim_end().chars().next_back();
    let ends_sentence = matches!(
        last,
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
    );
    signals.set(Signal::NoEndPunct, f32::from(u8::from(!ends_sentence)));

    let word_based = words > 0
        && folded
            .chars()
            .any(|c| c.is_alphabetic() && !is_spaceless_script(c));
    if word_based && words >= 5 {
        let ratio = stop as f32 / words as f32;
        signals.set(
            Signal::LowStopwords,
            ((0.25 - ratio) / 0.25).clamp(0.0, 1.0),
        );
    }
    if words > 0 {
        let ratio = we_you as f32 / words as f32;
        signals.set(Signal::WeYou, (ratio / 0.08).min(1.0));
    }
    signals.set(Signal::ThirdPerson, (third as f32 / 2.0).min(1.0));

    let quotes = folded.matches('"').count();
    signals.set(Signal::Quote, f32::from(u8::from(quotes >= 2)));
    let has_url = folded.contains("http://")
        || folded.contains("https://")
        || folded.contains("www.")
        || folded
            .split(' ')
            .any(|w| w.contains('@') && w.contains('.') && w.len() > 5);
    signals.set(Signal::UrlOrEmail, f32::from(u8::from(has_url)));

    let mut chars = 0usize;
    let mut digits = 0usize;
    let mut letters = 0usize;
    let mut upper = 0usize;
    for c in raw.chars().filter(|c| !c.is_whitespace()) {
        chars += 1;
        digits += usize::from(c.is_numeric());
        if c.is_alphabetic() {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        }
    }
    if chars > 0 {
        signals.set(
            Signal::Digits,
            ((digits as f32 / chars as f32) / 0.3).min(1.0),
        );
    }
    if letters >= 4 && upper * 10 >= letters * 6 {
        signals.set(Signal::Uppercase, 1.0);
    }
    let separators = folded.matches(" | ").count()
        + folded.matches('·').count()
        + folded.matches('•').count()
        + folded.matches(" / ").count();
    signals.set(Signal::Separators, (separators as f32 / 2.0).min(1.0));
    signals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    fn score(text: &str) -> f32 {
        SignalWeights::default().score(&measure(text, &fold(text)))
    }

    #[test]
    fn news_sentence_scores_below_menu_item() {
        let news = "The mayor said on Tuesday that the city would close two of its libraries next year, according to a statement released by her office.";
        assert!(score(news) < -1.0, "{}", score(news));
        assert!(score("World News") > 1.0, "{}", score("World News"));
    }

    #[test]
    fn appeal_voice_raises_the_score() {
        let appeal =
            "We rely on readers like you. Your support keeps our journalism free for everyone.";
        let news = "The charity relies on donors, its director said, and their support keeps the shelter open.";
        assert!(score(appeal) > score(news));
    }
}
