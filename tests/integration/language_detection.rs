//! The vendored whatlang (`vendor/whatlang`, faster) against the published crate: the
//! same language, confidence (to the bit) and reliability on every text, with all
//! languages and with the 12 that unboil detects.

use std::fs;

use proptest::prelude::*;

use crate::util::root;

type Outcome = Option<(&'static str, u64, bool)>;

fn vendored(detector: &whatlang::Detector, text: &str) -> Outcome {
    detector.detect(text).map(|info| {
        (
            info.lang().code(),
            info.confidence().to_bits(),
            info.is_reliable(),
        )
    })
}

fn upstream(detector: &whatlang_upstream::Detector, text: &str) -> Outcome {
    detector.detect(text).map(|info| {
        (
            info.lang().code(),
            info.confidence().to_bits(),
            info.is_reliable(),
        )
    })
}

/// The two detectors over every language, and the two over unboil's 12 (`lang.rs`).
fn detector_pairs() -> Vec<(whatlang::Detector, whatlang_upstream::Detector)> {
    use whatlang::Lang as V;
    use whatlang_upstream::Lang as U;
    let ours = [
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
    let theirs = [
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
    vec![
        (
            whatlang::Detector::new(),
            whatlang_upstream::Detector::new(),
        ),
        (
            whatlang::Detector::with_allowlist(ours.to_vec()),
            whatlang_upstream::Detector::with_allowlist(theirs.to_vec()),
        ),
    ]
}

fn assert_same(pairs: &[(whatlang::Detector, whatlang_upstream::Detector)], text: &str) {
    for (ours, theirs) in pairs {
        assert_eq!(
            vendored(ours, text),
            upstream(theirs, text),
            "detections differ on {text:?}"
        );
    }
}

/// `text[start..start + len]`, moved inward to character boundaries.
fn window(text: &str, start: usize, len: usize) -> &str {
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

#[test]
fn vendored_whatlang_detects_as_the_published_crate_on_our_fixtures() {
    let pairs = detector_pairs();
    let mut texts = Vec::new();
    for folder in ["tests/fixtures/docs", "tests/fixtures/hard_negatives"] {
        let mut paths: Vec<_> = fs::read_dir(root().join(folder))
            .expect("fixture folder")
            .map(|entry| entry.expect("fixture entry").path())
            .collect();
        paths.sort();
        for path in paths {
            texts.push(fs::read_to_string(&path).expect("fixture text"));
        }
    }
    // Fixtures in 12 languages; every language was detected from some window.
    let mut checked = 0;
    for text in &texts {
        for len in [12, 40, 150, 600, 2048, 8000] {
            for start in (0..text.len()).step_by(997).take(4) {
                assert_same(&pairs, window(text, start, len));
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "only {checked} windows checked");
}

/// Words of several scripts, so that generated texts mix languages, repeat trigrams
/// (ties in their counts) and switch scripts mid-text.
const WORDS: &[&str] = &[
    "the",
    "and",
    "said",
    "minister",
    "der",
    "und",
    "nicht",
    "über",
    "les",
    "été",
    "était",
    "que",
    "los",
    "señor",
    "año",
    "não",
    "ação",
    "della",
    "più",
    "het",
    "zijn",
    "się",
    "żeby",
    "który",
    "что",
    "это",
    "было",
    "її",
    "є",
    "ещё",
    "東京",
    "新聞",
    "です",
    "ニュース",
    "的",
    "是",
    "मंत्री",
    "और",
    "وزير",
    "في",
    "שר",
    "של",
    "a",
    "I",
    "12",
    "3.5%",
    "—",
    "«",
    "»",
    ",",
    ".",
    "!",
    "?",
    "\n",
    "  ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn vendored_whatlang_detects_as_the_published_crate_on_word_salad(
        words in prop::collection::vec(prop::sample::select(WORDS), 0..1000),
    ) {
        let text = words.join(" ");
        assert_same(&detector_pairs(), &text);
    }

    #[test]
    fn vendored_whatlang_detects_as_the_published_crate_on_any_characters(
        text in "[a-zA-Zàéöüßçñąłśżа-яА-ЯёїєіЇЄІ一-龥ぁ-んァ-ン가-힣ा-ॿء-ي0-9 .,;!?\n-]{0,600}",
    ) {
        assert_same(&detector_pairs(), &text);
    }
}
