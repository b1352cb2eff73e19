//! Language-detection benchmark (a bench binary, `cargo bench --bench language`): the
//! vendored whatlang (`vendor/whatlang`) against the published crate, on windows of the
//! test fixtures (our own texts in twelve languages) cut as unboil cuts documents (up to
//! 2 KiB), with every language and with unboil's twelve. Prints microseconds a text.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

#[path = "../tests/integration/language_pairs.rs"]
mod language_pairs;

use language_pairs::{detector_pairs, window};

/// Windows of 40 to 2048 bytes from every fixture document.
fn windows() -> Vec<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docs");
    let mut paths: Vec<_> = std::fs::read_dir(&folder)
        .expect("tests/fixtures/docs")
        .map(|entry| entry.expect("fixture entry").path())
        .filter(|path| !path.to_string_lossy().ends_with(".expected.txt"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("fixture text");
        for len in [40, 200, 700, 2048] {
            for start in [0, 300, 1000] {
                let cut = window(&text, start, len);
                if !cut.is_empty() {
                    out.push(cut.to_string());
                }
            }
        }
    }
    out
}

/// The best of five rounds of `detect` over every text, per text.
fn time(texts: &[String], mut detect: impl FnMut(&str) -> bool) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        for _ in 0..20 {
            for text in texts {
                black_box(detect(black_box(text)));
            }
        }
        best = best.min(start.elapsed());
    }
    best / (20 * texts.len() as u32)
}

fn main() {
    let texts = windows();
    println!(
        "{} texts of 40-2048 bytes from tests/fixtures/docs",
        texts.len()
    );
    for (name, vendored, upstream) in &detector_pairs() {
        let ours = time(&texts, |t| vendored.detect(t).is_some());
        let theirs = time(&texts, |t| upstream.detect(t).is_some());
        println!(
            "{name}: vendored {:.1} µs a text, published {:.1} µs ({:.2}x)",
            ours.as_secs_f64() * 1e6,
            theirs.as_secs_f64() * 1e6,
            theirs.as_secs_f64() / ours.as_secs_f64()
        );
    }
}
