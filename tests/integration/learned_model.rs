//! The learned paragraph model: `unboil train` writes a model file deterministically,
//! `--model` uses it and refuses a broken one by name, `--rules` scores without it, and
//! `--explain` lists terms that sum to each paragraph's score.

use std::path::Path;

use crate::util::{kept, run, run_files, stderr, stdout, temp_dir};

/// Labelled records of a made-up tram newspaper: news paragraphs, and a membership
/// appeal whose wording varies from record to record.
fn labelled_records(count: usize) -> String {
    let mut lines = String::new();
    let appeals = [
        "Join the tram club today and keep our reporting free for every rider.",
        "Become a tram club member: your support keeps the timetable news coming.",
        "Support the tram club with a monthly gift and read without limits.",
    ];
    for i in 0..count {
        let body_a = format!(
            "The city transport board said on Tuesday that line {i} would run every eight minutes from March, after a year of complaints about crowding."
        );
        let body_b = format!(
            "Officials told the council that {i} new vehicles had been ordered from a supplier in the north, and that drivers would be trained over the winter."
        );
        let appeal = appeals[i % appeals.len()];
        let record = serde_json::json!({
            "id": format!("doc-{i}"),
            "source": "fixture",
            "view": "text",
            "url": format!("https://site{}.example/news/{i}", i % 4),
            "text": format!("{body_a}\n{body_b}\n{appeal}\n"),
            "paragraphs": [
                {"text": body_a, "label": "body"},
                {"text": body_b, "label": "body"},
                {"text": appeal, "label": "boiler"},
            ],
        });
        lines.push_str(&record.to_string());
        lines.push('\n');
    }
    lines
}

fn train(data: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec![
        "train",
        data.to_str().expect("path"),
        "-o",
        out.to_str().expect("path"),
        "--bits",
        "16",
    ];
    args.extend_from_slice(extra);
    let run = run_files(&args);
    assert!(run.status.success(), "{}", stderr(&run));
}

#[test]
fn training_is_deterministic_and_the_model_learns_the_appeal() {
    let dir = temp_dir("learned-train");
    let data = dir.join("labelled.jsonl");
    std::fs::write(&data, labelled_records(60)).expect("write");
    let (one, two) = (dir.join("one.ubm"), dir.join("two.ubm"));
    train(&data, &one, &[]);
    train(&data, &two, &[]);
    let bytes = std::fs::read(&one).expect("read");
    assert_eq!(
        bytes,
        std::fs::read(&two).expect("read"),
        "same data, same bytes"
    );
    assert_eq!(&bytes[..8], b"UNBOILLM");
    // Other settings, other bytes.
    let three = dir.join("three.ubm");
    train(&data, &three, &["--no-subwords"]);
    assert_ne!(bytes, std::fs::read(&three).expect("read"));

    // An appeal worded as none of the training ones, after news of another kind.
    let news = "The harbour authority said on Monday that the new ferry terminal would open in June, two years late and over budget.\n\
                Passengers have waited since 2019 for the terminal, which replaces a shed that flooded twice, the director told reporters.\n";
    let appeal = "Support the tram club: become a member today and keep reporting free.\n";
    let model = one.to_str().expect("path");
    let out = kept(&format!("{news}{appeal}"), &["--model", model]);
    assert_eq!(out, news, "the trained model removes the unseen appeal");
}

#[test]
fn a_broken_model_file_is_an_error_that_names_it() {
    let dir = temp_dir("learned-broken");
    let bad = dir.join("bad.ubm");
    std::fs::write(&bad, b"UNBOILLM\x01\x00\x00\x00 truncated").expect("write");
    let out = run(&["--model", bad.to_str().expect("path")], b"Some text.\n");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let message = stderr(&out);
    assert!(message.contains("bad.ubm"), "{message}");
    assert!(stdout(&out).is_empty());
    let missing = run(&["--model", "/nonexistent/model.ubm"], b"Some text.\n");
    assert!(!missing.status.success());
    assert!(
        stderr(&missing).contains("cannot read model"),
        "{}",
        stderr(&missing)
    );
    let both = run(&["--model", bad.to_str().expect("path"), "--rules"], b"x\n");
    assert_eq!(both.status.code(), Some(2), "{}", stderr(&both));
}

/// Parses `--explain` output: each paragraph's score and the sum of its model terms.
fn scores_and_term_sums(explained: &str) -> Vec<(f32, f32)> {
    let mut out: Vec<(f32, f32)> = Vec::new();
    for line in explained.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.len() >= 4 && (fields[1] == "KEEP" || fields[1] == "DROP") {
            let score: f32 = fields[3].parse().expect("score");
            out.push((score, 0.0));
        } else if fields.len() >= 2 && fields[1] == "model" {
            let weight: f32 = fields[0].parse().expect("weight");
            if let Some(last) = out.last_mut() {
                last.1 += weight;
            }
        }
    }
    out
}

#[test]
fn explained_terms_sum_to_the_score() {
    let text = "The council voted 7-2 on Tuesday to expand the bus network to the northern suburbs, the mayor said.\n\
                Dear readers, we need your support. Please donate today to keep our journalism free.\n\
                Share on Facebook\n";
    for args in [vec!["--explain"], vec!["--explain", "--mode", "recall"]] {
        let out = run(&args, text.as_bytes());
        assert!(out.status.success(), "{}", stderr(&out));
        let explained = stdout(&out);
        let rows = scores_and_term_sums(&explained);
        assert_eq!(rows.len(), 3, "{explained}");
        for (score, sum) in rows {
            // Each term is printed rounded to 0.01.
            assert!(
                (score - sum).abs() < 0.1,
                "score {score}, terms {sum}:\n{explained}"
            );
        }
    }
}

#[test]
fn rules_score_without_the_learned_model() {
    let text = "The council voted 7-2 on Tuesday to expand the bus network, the mayor said.\n";
    let out = run(&["--explain", "--rules"], text.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stdout(&out).contains(" model "), "{}", stdout(&out));
    let learned = run(&["--explain"], text.as_bytes());
    assert!(stdout(&learned).contains(" model "), "{}", stdout(&learned));
}

#[test]
fn a_document_is_never_emptied_on_structure_alone() {
    // A lone headline: nothing says boilerplate but its shape.
    let headline = "Scientists discover new species of frog in Peru\n";
    assert_eq!(kept(headline, &[]), headline);
    // A short note after a share line: the share line goes, the note stays.
    let note = "The mayor said the budget would be published on Friday, after a vote.\n";
    assert_eq!(kept(&format!("Share on Facebook\n{note}"), &[]), note);
    // A line that a pattern calls boilerplate may still go alone.
    assert_eq!(kept("Share on Facebook\n", &[]), "");
}

/// An article body of three long paragraphs, for the head tests below.
const HEAD_BODY: &str = "\nA team of biologists working in the cloud forests of the northern mountains has described a new species of tiny frog, no larger than a fingernail, that lives among the moss of a single ridge.\n\
    The animal, named after the village whose residents guided the expedition, was first heard rather than seen: its high-pitched call puzzled the researchers for two seasons before they found the singer.\n\
    \"It is a reminder of how much we still do not know about these forests,\" said the leader of the expedition, who has studied amphibians in the region for twenty years.\n";

#[test]
fn a_headline_byline_and_date_above_the_body_are_kept() {
    for head in [
        "Scientists describe a tiny new frog\nBy Maria Alvarez, Science Correspondent\n12 March 2026\n",
        "Scientists describe a tiny new frog\n",
        "Tiny frog found on a single ridge\nMarch 12, 2026 10:42 am\n",
    ] {
        let doc = format!("{head}{HEAD_BODY}");
        assert_eq!(kept(&doc, &[]), doc, "head: {head:?}");
    }
}

#[test]
fn boilerplate_above_the_body_is_not_a_head() {
    // A share prompt and a sign-up prompt are no headline: pattern evidence.
    let doc = format!("Share on Facebook\nSign up for our daily newsletter\n{HEAD_BODY}");
    assert_eq!(kept(&doc, &[]), HEAD_BODY.trim_start());
    // More than three short lines above the body are a page's chrome, not a head.
    let chrome = "Home\nNews\nScience\nSport\nCulture\n";
    let out = kept(&format!("{chrome}{HEAD_BODY}"), &[]);
    assert!(!out.contains("Culture"), "{out}");
}

#[test]
fn a_list_under_a_sentence_ending_in_a_colon_is_kept() {
    let doc = "The company will sell three products from June:\n\
               - a folding bicycle for commuters\n\
               - a cargo trailer\n\
               - a child seat that fits both\n\
               Prices will be announced next month, a spokeswoman said, and the first shops to stock them will be in Berlin and Munich.\n\
               The firm was founded in 2019 by two engineers who met at a technical university and now employs 140 people at its plant near Leipzig.\n";
    assert_eq!(kept(doc, &[]), doc);
}

#[test]
fn train_signals_still_writes_signal_weights() {
    let dir = temp_dir("learned-signals");
    let data = dir.join("labelled.jsonl");
    std::fs::write(&data, labelled_records(20)).expect("write");
    let out_path = dir.join("weights.pat");
    let out = run_files(&[
        "train",
        "--signals",
        data.to_str().expect("path"),
        "-o",
        out_path.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&out_path).expect("read");
    assert!(text.lines().any(|l| l.starts_with("@signal ")), "{text}");
}
