//! `--explain`: patterns shown as written in their files, and every term of a score
//! (patterns, signals, the bias, the mode's offset) listed so that they add up to it.

use crate::util::*;

/// News of our own, one paragraph a line.
const NEWS: &str = "\
The city council voted 7-2 on Tuesday to extend the northern tram line by four stops, ending a decade-long dispute over the route.
Construction is expected to begin next spring and cost about $240 million, according to the transit authority's latest estimate.
Opponents argued that the money would be better spent on buses, which carry twice as many riders across the region.
";

/// A line every default set removes.
const CHROME: &str = "Share on Facebook\n";

/// The evidence lines under the decision line of the paragraph ending in `text`.
fn evidence_of<'a>(explain: &'a str, text: &str) -> (f32, Vec<&'a str>) {
    let lines: Vec<&str> = explain.lines().collect();
    let head: String = text.chars().take(60).collect();
    let at = lines
        .iter()
        .position(|l| !l.starts_with("      ") && l.contains(&head))
        .unwrap_or_else(|| panic!("{text:?} not in:\n{explain}"));
    let score: f32 = lines[at]
        .split_whitespace()
        .nth(3)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no score in {:?}", lines[at]));
    let evidence = lines[at + 1..]
        .iter()
        .take_while(|l| l.starts_with("                              "))
        .copied()
        .collect();
    (score, evidence)
}

#[test]
fn explain_shows_patterns_as_written_and_terms_that_add_up_to_the_score() {
    let dir = temp_dir("explain-terms");
    std::fs::write(
        dir.join("house.pat"),
        "@category share\n+3 /(?-u:\\b)tram gazette\\.example(?-u:\\b)/\n",
    )
    .expect("write");
    let line = "Follow us at tram gazette.example for more";
    let doc = format!("{NEWS}{line}\n{CHROME}");
    for mode in ["precision", "balanced", "recall"] {
        let explain = kept(
            &doc,
            &[
                "--explain",
                "--mode",
                mode,
                "--patterns",
                dir.to_str().expect("utf-8 path"),
            ],
        );
        assert!(
            explain.contains(r"/(?-u:\b)tram gazette\.example(?-u:\b)/"),
            "{explain}"
        );
        assert!(!explain.contains(r"\\b"), "{explain}");
        for paragraph in NEWS.lines().chain([line, CHROME.trim()]) {
            let (score, evidence) = evidence_of(&explain, paragraph);
            let sum: f32 = evidence
                .iter()
                .map(|l| {
                    l.split_whitespace()
                        .next()
                        .and_then(|w| w.parse::<f32>().ok())
                        .unwrap_or_else(|| panic!("no weight in {l:?}"))
                })
                .sum();
            // Each term is shown to two decimals.
            let slack = 0.005 * (evidence.len() + 1) as f32;
            assert!(
                (sum - score).abs() <= slack,
                "{mode}: {paragraph:?}: terms add up to {sum}, score {score}:\n{explain}"
            );
        }
    }
}
