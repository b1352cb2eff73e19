//! Everything a run decides with: the compiled patterns, the learned paragraph model, the
//! signal weights, the sequence costs and the run's options.

use crate::decide::DecideParams;
use crate::lang::Language;
use crate::linear::LinearModel;
use crate::patterns::{PatternSet, SettingTarget};
use crate::signals::SignalWeights;
use crate::split::SplitMode;

/// The classifier: patterns, the learned model, signal weights and decision costs.
#[derive(Clone, Debug)]
pub struct Model {
    /// Compiled pattern set.
    pub patterns: PatternSet,
    /// The learned paragraph model whose log-odds are the decision's emission scores;
    /// `None`: the hand-set rules (pattern weights plus weighted signals) score instead.
    pub linear: Option<LinearModel>,
    /// Weights of the structural signals (the rules' score; with a learned model they
    /// still shape the context signals `interior` and comment sections).
    pub weights: SignalWeights,
    /// Costs of the sequence decision.
    pub params: DecideParams,
}

impl Model {
    /// A model with the given patterns and the built-in learned model; signal weights
    /// and decision costs are the defaults, changed by the `@signal` and `@param` lines of
    /// the pattern files.
    pub fn new(patterns: PatternSet) -> Model {
        Model::with_linear(patterns, Some(LinearModel::builtin()))
    }

    /// A model with the given patterns and learned model (`None`: the hand-set rules).
    pub fn with_linear(patterns: PatternSet, linear: Option<LinearModel>) -> Model {
        let mut weights = SignalWeights::default();
        let mut params = if linear.is_some() {
            DecideParams::for_learned_model()
        } else {
            DecideParams::default()
        };
        for setting in patterns.settings() {
            match setting.target {
                SettingTarget::Signal(signal) => weights.weights[signal as usize] = setting.value,
                SettingTarget::Param(name) => {
                    params.set(name, setting.value);
                }
            }
        }
        Model {
            patterns,
            linear,
            weights,
            params,
        }
    }
}

/// The precision/recall trade-off, as an offset added to every paragraph's score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Remove only what is clearly boilerplate (the default: loses least journalism).
    Precision,
    /// Even odds.
    Balanced,
    /// Remove more, at some risk to the body.
    Recall,
}

impl Mode {
    /// The score offset of the mode.
    pub fn offset(self) -> f32 {
        match self {
            Mode::Precision => -1.0,
            Mode::Balanced => 0.0,
            Mode::Recall => 1.0,
        }
    }
}

/// Options of a filtering run.
#[derive(Clone, Debug)]
pub struct Options {
    /// How documents are cut into paragraphs.
    pub split: SplitMode,
    /// Added to every paragraph's score (see `Mode::offset`; `--threshold T` is `-T`).
    pub offset: f32,
    /// Paragraphs held for the sequence decision before the older half is decided.
    pub window: usize,
    /// Bytes of text held for the sequence decision before the older half is decided.
    pub window_bytes: usize,
    /// Longest paragraph, in bytes; longer text is cut into pieces of this size.
    pub max_paragraph: usize,
    /// The language of every document; when `None`, detected per document if
    /// `detect_language` is on. It chooses the word lists the structural signals read
    /// (`lexicon::for_document`): stopwords, the "we/you" and third-person profile, and
    /// for ja and zh counting in characters.
    pub lang: Option<Language>,
    /// Detect each document's language when `lang` is `None` (whatlang over its first
    /// `lang::LANG_PREFIX` bytes, once per document). On by default. Off, and with no
    /// language given, every document is measured with the language-free fallback
    /// lexicon (`lexicon::fallback`).
    pub detect_language: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            split: SplitMode::Auto,
            offset: Mode::Precision.offset(),
            window: 1024,
            window_bytes: 8 << 20,
            max_paragraph: 1 << 20,
            lang: None,
            detect_language: true,
        }
    }
}
