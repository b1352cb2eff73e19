//! The vendored whatlang and the published one side by side, for the equivalence test
//! (`language_detection.rs`) and the benchmark (`benches/language.rs`, which includes
//! this file): detector pairs, and windows of a text cut at character boundaries.

/// The languages unboil detects among (`DETECTABLE` in `src/lang.rs`), ISO 639-3.
const UNBOIL_LANGUAGES: [&str; 12] = [
    "eng", "rus", "ukr", "deu", "fra", "spa", "ita", "por", "pol", "nld", "jpn", "cmn",
];

/// (name, vendored, published): over unboil's twelve languages, and over every language.
pub fn detector_pairs() -> Vec<(
    &'static str,
    whatlang::Detector,
    whatlang_upstream::Detector,
)> {
    let ours = UNBOIL_LANGUAGES
        .iter()
        .map(|code| whatlang::Lang::from_code(*code).expect("a whatlang code"))
        .collect();
    let theirs = UNBOIL_LANGUAGES
        .iter()
        .map(|code| whatlang_upstream::Lang::from_code(*code).expect("a whatlang code"))
        .collect();
    vec![
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
    ]
}

/// `text[start..start + len]`, moved inward to character boundaries.
pub fn window(text: &str, start: usize, len: usize) -> &str {
    let mut from = start.min(text.len());
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (from + len).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    &text[from..to]
}
