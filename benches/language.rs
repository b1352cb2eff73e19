//! Language-detection benchmark (a bench binary, `cargo bench --bench language`): the
//! vendored whatlang (`vendor/whatlang`) against the published crate, on windows of the
//! test fixtures (our own texts in twelve languages) cut as unboil cuts documents (up to
//! 2 KiB), with every language and with unboil's twelve. Prints microseconds a text.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// Windows of 40 to 2048 bytes from every fixture document, moved to char boundaries.
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
                let mut from = start.min(text.len());
                while !text.is_char_boundary(from) {
                    from += 1;
                }
                let mut to = (from + len).min(text.len());
                while !text.is_char_boundary(to) {
                    to -= 1;
                }
                if to > from {
                    out.push(text[from..to].to_string());
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
    use whatlang::Lang as V;
    use whatlang_upstream::Lang as U;
    let texts = windows();
    let ours = vec![
        V::Eng,
        V::Rus,
        V::Ukr,
        V::Deu,
        V::Fra,
        V::Spa,
        V::Ita,
        V::Por,
        V::Pol,
        V::Nld,
        V::Jpn,
        V::Cmn,
    ];
    let theirs = vec![
        U::Eng,
        U::Rus,
        U::Ukr,
        U::Deu,
        U::Fra,
        U::Spa,
        U::Ita,
        U::Por,
        U::Pol,
        U::Nld,
        U::Jpn,
        U::Cmn,
    ];
    let cases: [(&str, whatlang::Detector, whatlang_upstream::Detector); 2] = [
        (
            "unboil's twelve languages",
            whatlang::Detector::with_allowlist(ours),
            whatlang_upstream::Detector::with_allowlist(theirs),
        ),
        (
            "all languages",
            whatlang::Detector::new(),
            whatlang_upstream::Detector::new(),
        ),
    ];
    println!(
        "{} texts of 40-2048 bytes from tests/fixtures/docs",
        texts.len()
    );
    for (name, vendored, upstream) in &cases {
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
