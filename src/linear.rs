//! The learned paragraph model: a hashed linear model (logistic regression) over the
//! features of `features`, stored as one little-endian file that is used in place, so
//! the built-in model costs nothing at start-up.
//!
//! File layout (`unboil train` writes it):
//!
//! ```text
//! magic "UNBOILLM" · u32 version · u32 bucket bits · u32 feature config · u32 dense count
//! · f32 hashed-weight scale · f32 × dense count (dense weights) · i8 × 2^bits (hashed weights)
//! ```
//!
//! A paragraph's log-odds of boilerplate is `Σ dense_i·w_i + scale · Σ table[h & mask] /
//! √n` over its `n` hashed features: dividing by √n keeps a long paragraph's sum of
//! word evidence on the same scale as a short one's.

use std::borrow::Cow;
use std::fmt;

use crate::features::{dense_name, Dense, FeatureConfig, DENSE_COUNT};

const MAGIC: &[u8; 8] = b"UNBOILLM";
const VERSION: u32 = 1;
const HEADER: usize = 8 + 4 * 4 + 4;

/// The model built into the binary (trained by `scripts/train-model.sh`).
static BUILTIN: &[u8] = include_bytes!("../patterns/model/default.ubm");

/// Why a model file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(String);

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ModelError {}

/// A hashed linear model, borrowed from the binary or owned after loading a file.
#[derive(Clone)]
pub struct LinearModel {
    bytes: Cow<'static, [u8]>,
    bits: u32,
    config: FeatureConfig,
    scale: f32,
    dense: Dense,
}

impl fmt::Debug for LinearModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LinearModel")
            .field("bits", &self.bits)
            .field("config", &self.config)
            .field("scale", &self.scale)
            .finish_non_exhaustive()
    }
}

fn read_u32(bytes: &[u8], at: usize) -> u32 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(word)
}

impl LinearModel {
    /// The model compiled into the binary.
    pub fn builtin() -> LinearModel {
        match LinearModel::from_bytes(Cow::Borrowed(BUILTIN)) {
            Ok(model) => model,
            // The file is checked by a test; a broken one is a build error in spirit.
            Err(e) => panic!("the built-in model is unusable: {e}"),
        }
    }

    /// Reads a model from the bytes of its file.
    pub fn from_bytes(bytes: Cow<'static, [u8]>) -> Result<LinearModel, ModelError> {
        let err = |what: &str| Err(ModelError(what.to_string()));
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return err("not an unboil model file (no UNBOILLM header)");
        }
        let version = read_u32(&bytes, 8);
        if version != VERSION {
            return Err(ModelError(format!(
                "model file version {version}; this unboil reads version {VERSION}"
            )));
        }
        let bits = read_u32(&bytes, 12);
        if !(8..=26).contains(&bits) {
            return Err(ModelError(format!("bucket bits {bits} out of range 8–26")));
        }
        let config = FeatureConfig::from_bits(read_u32(&bytes, 16));
        let dense_count = read_u32(&bytes, 20) as usize;
        if dense_count != DENSE_COUNT {
            return Err(ModelError(format!(
                "model has {dense_count} dense features; this unboil computes {DENSE_COUNT} (retrain it with this version's `unboil train`)"
            )));
        }
        let scale = f32::from_le_bytes([bytes[24], bytes[25], bytes[26], bytes[27]]);
        let table_at = HEADER + 4 * DENSE_COUNT;
        if bytes.len() != table_at + (1usize << bits) {
            return err("model file has the wrong length for its header (truncated?)");
        }
        let mut dense = [0.0; DENSE_COUNT];
        for (i, w) in dense.iter_mut().enumerate() {
            let at = HEADER + 4 * i;
            *w = f32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
        }
        if !scale.is_finite() || dense.iter().any(|w| !w.is_finite()) {
            return err("model file holds a weight that is not a finite number");
        }
        Ok(LinearModel {
            bytes,
            bits,
            config,
            scale,
            dense,
        })
    }

    /// Serialises a model: `table` holds the hashed weights, quantised with `scale`.
    pub fn to_bytes(
        bits: u32,
        config: FeatureConfig,
        scale: f32,
        dense: &Dense,
        table: &[i8],
    ) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + 4 * DENSE_COUNT + table.len());
        out.extend_from_slice(MAGIC);
        for word in [VERSION, bits, config.to_bits(), DENSE_COUNT as u32] {
            out.extend_from_slice(&word.to_le_bytes());
        }
        out.extend_from_slice(&scale.to_le_bytes());
        for w in dense {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend(table.iter().map(|&w| w as u8));
        out
    }

    /// The hashed features this model reads.
    pub fn config(&self) -> FeatureConfig {
        self.config
    }

    /// Bits of the bucket index.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// The weight of dense feature `i`.
    pub fn dense_weight(&self, i: usize) -> f32 {
        self.dense[i]
    }

    /// The weight of a hashed feature (before the 1/√n of its paragraph).
    pub fn hashed_weight(&self, hash: u64) -> f32 {
        let table = &self.bytes[HEADER + 4 * DENSE_COUNT..];
        let mask = (1u64 << self.bits) - 1;
        f32::from(table[(hash & mask) as usize] as i8) * self.scale
    }

    /// The hashed features' part of a paragraph's log-odds.
    pub fn hashed_score(&self, hashes: &[u64]) -> f32 {
        if hashes.is_empty() {
            return 0.0;
        }
        let table = &self.bytes[HEADER + 4 * DENSE_COUNT..];
        let mask = (1u64 << self.bits) - 1;
        let sum: i32 = hashes
            .iter()
            .map(|&h| i32::from(table[(h & mask) as usize] as i8))
            .sum();
        sum as f32 * self.scale / (hashes.len() as f32).sqrt()
    }

    /// The dense features' part of a paragraph's log-odds.
    pub fn dense_score(&self, dense: &Dense) -> f32 {
        dense.iter().zip(&self.dense).map(|(x, w)| x * w).sum()
    }

    /// The dense features with a non-zero contribution, named, largest first.
    pub fn dense_terms(&self, dense: &Dense) -> Vec<(String, f32)> {
        let mut terms: Vec<(String, f32)> = dense
            .iter()
            .zip(&self.dense)
            .enumerate()
            .filter(|(_, (x, w))| **x != 0.0 && **w != 0.0)
            .map(|(i, (x, w))| (dense_name(i), x * w))
            .collect();
        terms.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        terms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_loads() {
        let model = LinearModel::builtin();
        assert!(model.bits() >= 16);
    }

    #[test]
    fn round_trip_and_damage() {
        let mut dense = [0.0; DENSE_COUNT];
        dense[0] = -1.5;
        let table: Vec<i8> = (0..256).map(|i| (i % 7) as i8 - 3).collect();
        let bytes = LinearModel::to_bytes(8, FeatureConfig::default(), 0.5, &dense, &table);
        let model = LinearModel::from_bytes(Cow::Owned(bytes.clone())).expect("valid");
        assert_eq!(model.dense_weight(0), -1.5);
        assert_eq!(model.hashed_weight(3), 0.0);
        assert_eq!(model.hashed_weight(4), 0.5);
        // 4 features of weight 0.5 each: 2.0 / √4.
        assert_eq!(model.hashed_score(&[4, 4, 4, 4]), 1.0);
        let truncated = bytes[..bytes.len() - 1].to_vec();
        assert!(LinearModel::from_bytes(Cow::Owned(truncated)).is_err());
        let mut bad = bytes.clone();
        bad[0] = b'X';
        assert!(LinearModel::from_bytes(Cow::Owned(bad)).is_err());
        let mut wrong_version = bytes;
        wrong_version[8] = 9;
        let message = LinearModel::from_bytes(Cow::Owned(wrong_version))
            .expect_err("version")
            .to_string();
        assert!(message.contains("version 9"), "{message}");
    }
}
