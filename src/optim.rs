//! The optimiser shared by `unboil train`'s two learners: Adam over a dense weight vector.

/// Adam state for `n` weights.
#[derive(Clone, Debug)]
pub struct Adam {
    rate: f64,
    m: Vec<f64>,
    v: Vec<f64>,
    steps: i32,
}

impl Adam {
    const BETA1: f64 = 0.9;
    const BETA2: f64 = 0.999;

    /// Adam with step size `rate` for `n` weights.
    pub fn new(n: usize, rate: f64) -> Adam {
        Adam {
            rate,
            m: vec![0.0; n],
            v: vec![0.0; n],
            steps: 0,
        }
    }

    /// One step: moves `weights` against `grad` (same length as `n`).
    pub fn step(&mut self, weights: &mut [f64], grad: &[f64]) {
        self.steps = self.steps.saturating_add(1);
        let correct1 = 1.0 - Self::BETA1.powi(self.steps);
        let correct2 = 1.0 - Self::BETA2.powi(self.steps);
        for (i, (w, g)) in weights.iter_mut().zip(grad).enumerate() {
            self.m[i] = Self::BETA1 * self.m[i] + (1.0 - Self::BETA1) * g;
            self.v[i] = Self::BETA2 * self.v[i] + (1.0 - Self::BETA2) * g * g;
            *w -= self.rate * (self.m[i] / correct1) / ((self.v[i] / correct2).sqrt() + 1e-8);
        }
    }

    /// The proximal step of an L1 penalty `l1 * |w|` after [`Adam::step`]: each weight
    /// moves towards zero by its own last step size times `l1`, and stops at zero (so
    /// weights that do not earn their penalty become exactly zero).
    pub fn prox_l1(&self, weights: &mut [f64], l1: f64) {
        if l1 <= 0.0 {
            return;
        }
        let correct2 = 1.0 - Self::BETA2.powi(self.steps.max(1));
        for (w, v) in weights.iter_mut().zip(&self.v) {
            let step = self.rate / ((v / correct2).sqrt() + 1e-8);
            let shrink = (step * l1).min(w.abs());
            *w -= shrink.copysign(*w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimises_a_quadratic() {
        let mut w = [5.0, -3.0];
        let mut adam = Adam::new(2, 0.1);
        for _ in 0..2000 {
            let grad = [2.0 * (w[0] - 1.0), 2.0 * (w[1] + 2.0)];
            adam.step(&mut w, &grad);
        }
        assert!(
            (w[0] - 1.0).abs() < 1e-2 && (w[1] + 2.0).abs() < 1e-2,
            "{w:?}"
        );
    }
}
