//! The vendored whatlang (`vendor/whatlang`, faster) against the published crate: the
//! same language, confidence (to the bit) and reliability on every text, with all
//! languages and with the 12 that unboil detects.

use std::fs;

use proptest::prelude::*;

use crate::language_pairs::{detector_pairs, window};
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

type Pairs = [(
    &'static str,
    whatlang::Detector,
    whatlang_upstream::Detector,
)];

fn assert_same(pairs: &Pairs, text: &str) {
    for (name, ours, theirs) in pairs {
        assert_eq!(
            vendored(ours, text),
            upstream(theirs, text),
            "detections differ ({name}) on {text:?}"
        );
    }
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
