//! Evidence of a decision, named: each pattern hit by file:line, each structural signal by
//! name, with the weight it carried. Shared by `--report` and `--explain`.

use crate::features::Tokenizer;
use crate::fold::fold_into;
use crate::linear::LinearModel;
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
    /// Site learning: the paragraph repeats on `docs` of the site's `of` documents.
    Site {
        /// The site.
        site: String,
        /// Documents of the site that hold the paragraph.
        docs: u32,
        /// Documents of the site counted.
        of: u32,
        /// The weight it added to the score.
        weight: f32,
    },
    /// A term of the learned model's score: a dense feature (`pattern:appeal`,
    /// `words40plus`, `previous:no_end_punct`), a hashed n-gram (`word:donate`,
    /// `sub:<don`), the rest of the n-grams together, or the mode's offset.
    Feature {
        /// What it is.
        name: String,
        /// Its contribution to the score.
        weight: f32,
    },
}

/// Hashed n-grams named one by one in the evidence of a paragraph; the rest are summed.
const NAMED_NGRAMS: usize = 8;

/// Every piece of evidence of a paragraph: pattern hits first, then the signals that
/// contributed, the bias last.
pub fn evidence<'a>(model: &'a Model, p: &Decided<'_>) -> Vec<Evidence<'a>> {
    let mut out = Vec::with_capacity(p.hits.len() + 8);
    for &id in p.hits {
        let rule = &model.patterns.rules()[id as usize];
        // The learned model reads a built-in pattern through its category's feature (its
        // own weight counts nothing there): the line names the cause, weighing 0.
        let weight = if model.linear.is_some() && model.patterns.is_builtin(rule) {
            0.0
        } else {
            rule.weight
        };
        out.push(Evidence::Pattern {
            file: model.patterns.file_name(rule),
            line: rule.line,
            text: &rule.text,
            weight,
            category: rule.category,
        });
    }
    if let Some(site) = p.site {
        out.push(Evidence::Site {
            site: site.site.to_string(),
            docs: site.docs,
            of: site.of,
            weight: site.weight,
        });
    }
    if let Some(linear) = &model.linear {
        learned_terms(model, linear, p, &mut out);
        return out;
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

/// The learned model's terms of a paragraph's score, which with the weights of patterns
/// from outside the built-in set (listed as pattern evidence) sum to it: its dense
/// features, its strongest n-grams, the rest of the n-grams, and the mode's offset.
fn learned_terms(
    model: &Model,
    linear: &LinearModel,
    p: &Decided<'_>,
    out: &mut Vec<Evidence<'_>>,
) {
    let mut terms = linear.dense_terms(p.dense);
    let mut folded = String::new();
    fold_into(p.text, &mut folded);
    let named = Tokenizer::default().named(&folded, linear.config());
    if !named.is_empty() {
        let norm = (named.len() as f32).sqrt();
        let mut grams: Vec<(String, f32)> = named
            .into_iter()
            .map(|f| (f.name, linear.hashed_weight(f.hash) / norm))
            .filter(|(_, w)| *w != 0.0)
            .collect();
        grams.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then_with(|| a.0.cmp(&b.0)));
        let shown: f32 = grams.iter().take(NAMED_NGRAMS).map(|g| g.1).sum();
        let rest = p.hashed_score - shown;
        let others = grams.len().saturating_sub(NAMED_NGRAMS);
        grams.truncate(NAMED_NGRAMS);
        terms.extend(grams);
        if others > 0 {
            terms.push((format!("{others} other n-grams"), rest));
        }
    }
    let outside: f32 = p
        .hits
        .iter()
        .map(|&id| &model.patterns.rules()[id as usize])
        .filter(|rule| !model.patterns.is_builtin(rule))
        .map(|rule| rule.weight)
        .sum::<f32>()
        + p.site.map_or(0.0, |site| site.weight);
    let offset = p.score - linear.dense_score(p.dense) - p.hashed_score - outside;
    if offset.abs() > 1e-4 {
        terms.push(("mode offset".to_string(), offset));
    }
    out.extend(
        terms
            .into_iter()
            .map(|(name, weight)| Evidence::Feature { name, weight }),
    );
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
