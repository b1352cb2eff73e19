//! Evidence of a decision, named: each pattern hit by file:line, each structural signal by
//! name, with the weight it carried. Shared by `--report` and `--explain`.

use crate::model::Model;
use crate::patterns::Category;
use crate::signals::Signal;
use crate::sink::Decided;

/// One piece of evidence for or against removing a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub enum Evidence<'a> {
    /// A pattern matched.
    Pattern {
        /// File it was written in.
        file: &'a str,
        /// 1-based line in that file.
        line: usize,
        /// The pattern as written.
        text: &'a str,
        /// Its weight.
        weight: f32,
        /// Its category.
        category: Category,
    },
    /// A structural signal had a non-zero contribution.
    Signal {
        /// The signal.
        signal: Signal,
        /// Its value in [0, 1].
        value: f32,
        /// Its weight; the contribution is `value * weight`.
        weight: f32,
    },
}

/// Every piece of evidence of a paragraph: pattern hits first, then the signals that
/// contributed, the bias last.
pub fn evidence<'a>(model: &'a Model, p: &Decided<'_>) -> Vec<Evidence<'a>> {
    let mut out = Vec::with_capacity(p.hits.len() + 8);
    for &id in p.hits {
        let rule = &model.patterns.rules()[id as usize];
        out.push(Evidence::Pattern {
            file: model.patterns.file_name(rule),
            line: rule.line,
            text: &rule.text,
            weight: rule.weight,
            category: rule.category,
        });
    }
    for signal in Signal::ALL {
        let value = p.signals.get(signal);
        let weight = model.weights.get(signal);
        if value != 0.0 && weight != 0.0 && signal != Signal::Bias {
            out.push(Evidence::Signal {
                signal,
                value,
                weight,
            });
        }
    }
    out
}

/// Adds each category's positive pattern weight in a paragraph to `totals`, and the
/// `comment_section` signal's contribution to comments: a reader's comment matches no
/// pattern, but its place names its category.
pub fn add_category_weights(
    model: &Model,
    p: &Decided<'_>,
    totals: &mut [f32; Category::ALL.len()],
) {
    for &id in p.hits {
        let rule = &model.patterns.rules()[id as usize];
        if rule.weight > 0.0 && rule.category != Category::Journalism {
            totals[rule.category as usize] += rule.weight;
        }
    }
    let comment = p.signals.get(Signal::CommentSection) * model.weights.get(Signal::CommentSection);
    if comment > 0.0 {
        totals[Category::Comments as usize] += comment;
    }
}

/// The category with the largest total, or `fallback` when no pattern spoke.
pub fn dominant_category(totals: &[f32; Category::ALL.len()], fallback: Category) -> Category {
    let mut best = (0.0f32, fallback);
    for category in Category::ALL {
        let total = totals[category as usize];
        if total > best.0 {
            best = (total, category);
        }
    }
    best.1
}

/// The category of one removed paragraph: its patterns' dominant category, else appeal
/// inside an appeal block, navigation for a line of 1–3 words, other otherwise (the
/// rule `--report` applies to blocks).
pub fn paragraph_category(model: &Model, p: &Decided<'_>) -> Category {
    let mut totals = [0.0; Category::ALL.len()];
    add_category_weights(model, p, &mut totals);
    let fallback = if p.state == crate::decide::State::Block {
        Category::Appeal
    } else if p.signals.get(Signal::Words1To3) > 0.0 {
        Category::Navigation
    } else {
        Category::Other
    };
    dominant_category(&totals, fallback)
}
