//! The sequence decision: a three-state Viterbi over a window of paragraph scores.
//!
//! States: `Body` (journalism, kept), `Boiler` (isolated boilerplate, dropped) and
//! `Block` (inside an appeal block, dropped). Emission costs are the negative log
//! likelihoods of a logistic model of each paragraph's score; `Block` lifts the score, so
//! a paragraph that reads like news stays in a block that an opener started. Entering a
//! block is expensive unless the paragraph is an opener (or strong boilerplate); leaving
//! it is expensive unless the previous paragraph was a closer. Switching between `Body`
//! and `Boiler` costs a little, which smooths isolated decisions. All costs are in
//! `DecideParams` and documented in ALGORITHM.md.

/// The decision state of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum State {
    /// Journalism: kept.
    Body = 0,
    /// Boilerplate on its own merits: removed.
    Boiler = 1,
    /// Part of an appeal block: removed.
    Block = 2,
}

impl State {
    const ALL: [State; 3] = [State::Body, State::Boiler, State::Block];

    /// Whether the paragraph is written to the output.
    pub fn keeps(self) -> bool {
        self == State::Body
    }

    /// Name used in reports and `--explain`.
    pub fn name(self) -> &'static str {
        match self {
            State::Body => "body",
            State::Boiler => "boiler",
            State::Block => "block",
        }
    }
}

/// What the decider knows of one paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Step {
    /// Total score, log-odds of boilerplate (threshold offset included).
    pub score: f32,

    /// A pattern with the opener role matched.
    pub opener: bool,
    /// A pattern with the closer role matched.
    pub closer: bool,
    /// Strong appeal or paywall pattern evidence: may open a block without an opener.
    pub strong: bool,
    /// Any appeal or paywall pattern evidence: such lines come in blocks, so the body
    /// does not resume cheaply after one.
    pub appeal: bool,
    /// No text (whitespace only): costs nothing in any state.
    pub neutral: bool,
    /// Positive pattern evidence (pattern score at least `DecideParams::evidence_score`):
    /// switching to and from Boiler around it is cheap.
    pub evidence: bool,
    /// How much the paragraph's decision matters: emission costs are multiplied by it,
    /// so long paragraphs decide on their own evidence and short ones follow context.
    pub mass: f32,
}

/// Costs of the sequence model, in nats.
#[derive(Clone, Debug, PartialEq)]
pub struct DecideParams {
    /// Body ↔ Boiler transition.
    pub switch: f32,
    /// Body → Boiler at, or Boiler → Body after, a paragraph with pattern evidence.
    pub switch_at_evidence: f32,
    /// Pattern score from which a paragraph has evidence (see `Step::evidence`).
    pub evidence_score: f32,
    /// Entering Block at an opener.
    pub open_at_opener: f32,
    /// Entering Block at a strong boilerplate paragraph.
    pub open_at_strong: f32,
    /// Entering Block anywhere else.
    pub open_elsewhere: f32,
    /// Leaving Block right after a closer.
    pub close_after_closer: f32,
    /// Leaving Block anywhere else.
    pub close_elsewhere: f32,
    /// Staying in Block right after a closer.
    pub stay_after_closer: f32,
    /// Score added to a paragraph's score inside a block.
    pub block_lift: f32,
    /// Cost of every paragraph spent inside a block: blocks are short.
    pub block_tax: f32,
    /// Cost of starting a document in Boiler.
    pub start_boiler: f32,
    /// Appeal and paywall pattern weight from which a paragraph counts as strong.
    pub strong_score: f32,
    /// Words of a paragraph of mass 1 (see `Step::mass`).
    pub mass_words: f32,
    /// Least mass of a paragraph.
    pub mass_min: f32,
    /// Greatest mass of a paragraph.
    pub mass_max: f32,
    /// Score at or below which a long paragraph without pattern evidence anchors the
    /// body (see `Signal::Interior`).
    pub anchor_score: f32,
    /// Fewest words of an anchor paragraph.
    pub anchor_words: f32,
    /// Most paragraphs between an interior paragraph and the anchors on either side.
    pub interior_span: f32,
    /// Score range over which the `interior` signal rises from 0 to 1, from a score
    /// (before it) of -1.
    pub interior_ramp: f32,
}

impl Default for DecideParams {
    fn default() -> DecideParams {
        DecideParams {
            switch: 2.5,
            switch_at_evidence: 1.5,
            evidence_score: 2.0,
            open_at_opener: 0.5,
            open_at_strong: 3.0,
            open_elsewhere: 30.0,
            close_after_closer: 0.3,
            close_elsewhere: 3.5,
            stay_after_closer: 1.5,
            block_lift: 2.0,
            block_tax: 0.45,
            start_boiler: 0.3,
            strong_score: 4.0,
            mass_words: 12.0,
            mass_min: 0.5,
            mass_max: 4.0,
            anchor_score: 0.0,
            anchor_words: 20.0,
            interior_span: 40.0,
            interior_ramp: 0.5,
        }
    }
}

/// `ln(1 + e^x)`, computed without overflow.
fn softplus(x: f32) -> f32 {
    if x > 20.0 {
        x
    } else if x < -20.0 {
        x.exp()
    } else {
        x.exp().ln_1p()
    }
}

impl DecideParams {
    /// The costs with a learned model's scores, which are calibrated log-odds where the
    /// hand-set rules' are not: a short line weighs as much as a sentence (`mass_min` 1),
    /// and a line with pattern evidence leaves the body cheaply (`switch_at_evidence`
    /// 0.5). Chosen by site-grouped cross-validation (docs/quality.md); the other costs
    /// are the defaults, which the hand-set rules use.
    pub fn for_learned_model() -> DecideParams {
        DecideParams {
            switch_at_evidence: 0.5,
            mass_min: 1.0,
            ..DecideParams::default()
        }
    }

    /// Names of the parameters, as `@param` takes them.
    pub const NAMES: [&'static str; 20] = [
        "switch",
        "switch_at_evidence",
        "evidence_score",
        "open_at_opener",
        "open_at_strong",
        "open_elsewhere",
        "close_after_closer",
        "close_elsewhere",
        "stay_after_closer",
        "block_lift",
        "block_tax",
        "start_boiler",
        "strong_score",
        "mass_words",
        "mass_min",
        "mass_max",
        "anchor_score",
        "anchor_words",
        "interior_span",
        "interior_ramp",
    ];

    /// Sets a parameter by name; false for an unknown name.
    pub fn set(&mut self, name: &str, value: f32) -> bool {
        let slot = match name {
            "switch" => &mut self.switch,
            "switch_at_evidence" => &mut self.switch_at_evidence,
            "evidence_score" => &mut self.evidence_score,
            "open_at_opener" => &mut self.open_at_opener,
            "open_at_strong" => &mut self.open_at_strong,
            "open_elsewhere" => &mut self.open_elsewhere,
            "close_after_closer" => &mut self.close_after_closer,
            "close_elsewhere" => &mut self.close_elsewhere,
            "stay_after_closer" => &mut self.stay_after_closer,
            "block_lift" => &mut self.block_lift,
            "block_tax" => &mut self.block_tax,
            "start_boiler" => &mut self.start_boiler,
            "strong_score" => &mut self.strong_score,
            "mass_words" => &mut self.mass_words,
            "mass_min" => &mut self.mass_min,
            "mass_max" => &mut self.mass_max,
            "anchor_score" => &mut self.anchor_score,
            "anchor_words" => &mut self.anchor_words,
            "interior_span" => &mut self.interior_span,
            "interior_ramp" => &mut self.interior_ramp,
            _ => return false,
        };
        *slot = value;
        true
    }

    fn emission(&self, step: &Step, state: State) -> f32 {
        if step.neutral {
            return 0.0;
        }
        let cost = match state {
            State::Body => softplus(step.score),
            State::Boiler => softplus(-step.score),
            State::Block => softplus(-(step.score + self.block_lift)),
        };
        // Inside a block the block decides, not the paragraph: no mass, a flat tax.
        if state == State::Block {
            cost + self.block_tax
        } else {
            cost * step.mass
        }
    }

    /// The mass of a paragraph of `words` words.
    pub fn mass(&self, words: u32) -> f32 {
        (words as f32 / self.mass_words).clamp(self.mass_min, self.mass_max)
    }

    fn open_cost(&self, step: &Step) -> f32 {
        if step.opener {
            self.open_at_opener
        } else if step.strong {
            self.open_at_strong
        } else {
            self.open_elsewhere
        }
    }

    /// Cost of moving from `from` (at paragraph `prev`) to `to` (at paragraph `next`).
    fn transition(&self, from: State, to: State, prev: &Step, next: &Step) -> f32 {
        match (from, to) {
            (State::Body, State::Body) | (State::Boiler, State::Boiler) => 0.0,
            (State::Body, State::Boiler) if next.evidence => self.switch_at_evidence,
            // Out of boilerplate cheaply only after a lone prompt (not an appeal's line:
            // appeals come in blocks) and into a paragraph that reads as news: a "Read
            // more" line inside an article goes alone, a menu after a prompt stays chrome.
            (State::Boiler, State::Body)
                if prev.evidence
                    && !prev.appeal
                    && next.score <= 0.0
                    && next.mass >= RESUME_MASS =>
            {
                self.switch_at_evidence
            }
            (State::Body, State::Boiler) | (State::Boiler, State::Body) => self.switch,
            (State::Body | State::Boiler, State::Block) => self.open_cost(next),
            (State::Block, State::Block) if prev.closer => self.stay_after_closer,
            (State::Block, State::Block) => 0.0,
            (State::Block, _) if prev.closer => self.close_after_closer,
            (State::Block, _) => self.close_elsewhere,
        }
    }

    fn start_cost(&self, state: State, first: &Step) -> f32 {
        match state {
            State::Body => 0.0,
            State::Boiler => self.start_boiler,
            State::Block => self.open_cost(first),
        }
    }
}

/// Least mass (`DecideParams::mass`) of a paragraph at which the body resumes cheaply
/// after a line with pattern evidence: 18 words at the default `mass_words`.
const RESUME_MASS: f32 = 1.5;

/// Reusable buffers of the decider.
#[derive(Debug, Default)]
pub struct Decider {
    back: Vec<[u8; 3]>,
}

impl Decider {
    /// The cheapest state sequence for `steps`, written to `path`. `carry` is the state
    /// of the paragraph just before `steps` (decided earlier in the same document), and
    /// `carry_step` that paragraph's step.
    pub fn decide(
        &mut self,
        params: &DecideParams,
        steps: &[Step],
        carry: Option<(State, Step)>,
        path: &mut Vec<State>,
    ) {
        path.clear();
        self.back.clear();
        let Some(first) = steps.first() else {
            return;
        };
        let mut cost = [0f32; 3];
        for state in State::ALL {
            let enter = match carry {
                Some((prev_state, prev_step)) => {
                    params.transition(prev_state, state, &prev_step, first)
                }
                None => params.start_cost(state, first),
            };
            cost[state as usize] = enter + params.emission(first, state);
        }
        self.back.push([0; 3]);
        for i in 1..steps.len() {
            let (prev, next) = (&steps[i - 1], &steps[i]);
            let mut next_cost = [0f32; 3];
            let mut back = [0u8; 3];
            for to in State::ALL {
                let mut best = (f32::INFINITY, 0u8);
                for from in State::ALL {
                    let c = cost[from as usize] + params.transition(from, to, prev, next);
                    if c < best.0 {
                        best = (c, from as u8);
                    }
                }
                next_cost[to as usize] = best.0 + params.emission(next, to);
                back[to as usize] = best.1;
            }
            cost = next_cost;
            self.back.push(back);
        }
        let mut state = 0u8;
        for s in 1..3u8 {
            if cost[s as usize] < cost[state as usize] {
                state = s;
            }
        }
        path.resize(steps.len(), State::Body);
        for i in (0..steps.len()).rev() {
            path[i] = State::ALL[state as usize];
            state = self.back[i][state as usize];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(score: f32) -> Step {
        Step {
            score,
            mass: 1.0,
            ..Step::default()
        }
    }

    fn decide(steps: &[Step]) -> Vec<State> {
        let mut path = Vec::new();
        Decider::default().decide(&DecideParams::default(), steps, None, &mut path);
        path
    }

    #[test]
    fn block_absorbs_a_news_like_paragraph_after_an_opener() {
        let mut steps = vec![step(-5.0), step(-5.0), step(-5.0)];
        steps.push(Step {
            opener: true,
            ..step(2.0)
        });
        steps.push(step(1.0));
        steps.push(step(-1.5)); // reads like news on its own
        steps.push(step(2.0));
        let path = decide(&steps);
        assert!(path[..3].iter().all(|s| *s == State::Body), "{path:?}");
        assert!(path[3..].iter().all(|s| *s == State::Block), "{path:?}");
    }

    #[test]
    fn without_an_opener_the_same_paragraph_is_kept() {
        let steps = vec![step(-5.0), step(-5.0), step(-1.5), step(-5.0)];
        assert!(decide(&steps).iter().all(|s| s.keeps()));
    }

    #[test]
    fn leaving_boilerplate_after_evidence_is_cheap_only_into_news() {
        let params = DecideParams::default();
        let prompt = Step {
            evidence: true,
            ..step(3.0)
        };
        let news = Step {
            mass: 2.0,
            ..step(-2.0)
        };
        let menu = step(0.5);
        let appeal = Step {
            appeal: true,
            ..prompt
        };
        assert_eq!(
            params.transition(State::Boiler, State::Body, &appeal, &news),
            params.switch
        );
        assert_eq!(
            params.transition(State::Boiler, State::Body, &prompt, &news),
            params.switch_at_evidence
        );
        assert_eq!(
            params.transition(State::Boiler, State::Body, &prompt, &menu),
            params.switch
        );
    }

    #[test]
    fn block_closes_after_a_closer() {
        let steps = vec![
            step(-5.0),
            Step {
                opener: true,
                ..step(2.0)
            },
            step(1.0),
            Step {
                closer: true,
                ..step(3.0)
            },
            step(-4.0),
            step(-4.0),
        ];
        let path = decide(&steps);
        assert_eq!(
            path,
            vec![
                State::Body,
                State::Block,
                State::Block,
                State::Block,
                State::Body,
                State::Body
            ]
        );
    }
}
