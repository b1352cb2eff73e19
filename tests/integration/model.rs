//! The shipped learned model: it parses, it is loaded by default (and dropped by
//! `--no-learned` and `--no-default-patterns`), its header names its data by checksum,
//! retraining is byte-for-byte reproducible, and learned phrases never outvote
//! hand-written evidence of journalism.

use std::path::Path;

use crate::util::{read, root, run, run_files, stderr, stdout, temp_dir};

fn model_text() -> String {
    read(&root().join("patterns/learned/model.pat"))
}

/// The first learned line of the shipped model with a positive weight, as
/// (weight, phrase).
fn strongest_boilerplate_phrase(model: &str) -> Option<(f32, String)> {
    let after = model.split("@source learned\n").nth(1)?;
    after
        .lines()
        .filter(|l| l.starts_with('+'))
        .find_map(|line| {
            let mut parts = line.splitn(3, ' ');
            let weight: f32 = parts.next()?.parse().ok()?;
            let _category = parts.next()?;
            Some((weight, parts.next()?.to_string()))
        })
}

#[test]
fn shipped_model_parses_and_its_header_names_the_data_by_checksum() {
    let path = root().join("patterns/learned/model.pat");
    let check = run_files(&["check-patterns", path.to_str().expect("path")]);
    assert!(check.status.success(), "{}", stdout(&check));
    let model = model_text();
    assert!(model.contains("@source learned"), "{model}");
    let header: Vec<&str> = model.lines().take_while(|l| l.starts_with('#')).collect();
    assert!(
        header
            .iter()
            .any(|l| l.starts_with("# command: unboil train")),
        "{header:?}"
    );
    assert!(
        header.iter().any(|l| l.starts_with("# date: ")),
        "{header:?}"
    );
    let inputs: Vec<&&str> = header
        .iter()
        .filter(|l| l.starts_with("# input: "))
        .collect();
    assert!(inputs.len() >= 2, "{header:?}");
    for input in inputs {
        let sha = input.rsplit("sha256:").next().unwrap_or("");
        assert!(
            sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit()),
            "{input}"
        );
    }
    assert!(
        header.iter().any(|l| l.contains("validation")),
        "{header:?}"
    );
}

#[test]
fn shipped_model_is_loaded_by_default_and_dropped_on_request() {
    let model = model_text();
    let Some((weight, phrase)) = strongest_boilerplate_phrase(&model) else {
        // A model that learned no boilerplate phrase has nothing to show here.
        return;
    };
    assert!(weight > 0.0);
    // A line made of the phrase alone: `--explain` names the model file for it.
    let doc = format!("{phrase}\n");
    let with = run(&["--explain", "--color", "never"], doc.as_bytes());
    assert!(with.status.success(), "{}", stderr(&with));
    assert!(
        stdout(&with).contains("learned/model.pat"),
        "{}",
        stdout(&with)
    );
    for flag in ["--no-learned", "--no-default-patterns"] {
        let without = run(&["--explain", "--color", "never", flag], doc.as_bytes());
        assert!(without.status.success(), "{}", stderr(&without));
        assert!(
            !stdout(&without).contains("learned/model.pat"),
            "{flag}: {}",
            stdout(&without)
        );
    }
}

/// A small labeled corpus of our own: six publishers (all called "… Courier") whose
/// appeals share wording and name the publisher, news paragraphs that do not, in two
/// source/view groups.
fn write_fixture_corpus(path: &Path) {
    let bodies = [
        "The council approved the budget for the new library after a long debate on Tuesday.",
        "Rail workers will strike next week, the union said, after talks over pay collapsed.",
        "Farmers reported a strong harvest despite the dry spring, according to the ministry.",
        "The court adjourned the case until March to allow the defence to study new evidence.",
        "Engineers said the bridge would reopen in May once the cables had been replaced.",
    ];
    let appeals = [
        "Keep our lantern newsroom lit: become a lantern member for the price of a coffee",
        "Lantern members read every story first and keep the lantern newsroom going",
        "Please chip in to the lantern fund so the reporting stays free for everyone",
    ];
    let mut lines = String::new();
    for (i, publisher) in [
        "North Courier",
        "Harbour Courier",
        "Valley Courier",
        "Coast Courier",
        "Plains Courier",
        "River Courier",
    ]
    .iter()
    .enumerate()
    {
        for (j, body) in bodies.iter().enumerate() {
            let mut paragraphs = vec![
                serde_json::json!({"text": format!("{body} Item {i}{j}."), "label": "body"}),
                serde_json::json!({"text": format!("Officials in district {i} said {j} more schools would open."), "label": "body"}),
            ];
            for appeal in appeals.iter().skip(j % 2) {
                paragraphs.push(serde_json::json!({
                    "text": format!("{appeal} ({publisher})"),
                    "label": "boiler",
                    "category": "membership",
                }));
            }
            let record = serde_json::json!({
                "id": format!("d{i}-{j}"),
                "source": "fixture",
                "view": if j % 2 == 0 { "a" } else { "b" },
                "url": format!("https://news{i}.example/{j}"),
                "appeal_publisher": publisher,
                "paragraphs": paragraphs,
            });
            lines.push_str(&record.to_string());
            lines.push('\n');
        }
    }
    std::fs::write(path, lines).expect("write fixture corpus");
}

#[test]
fn retraining_reproduces_the_model_byte_for_byte() {
    let dir = temp_dir("model-retrain");
    let data = dir.join("labeled.jsonl");
    write_fixture_corpus(&data);
    let data = data.to_str().expect("path");
    // The command of scripts/train-model.sh, on the fixture corpus, run twice to the same
    // path (the header holds the command, output path included), each run its own
    // process, so its own hash seeds.
    let out_path = dir.join("model.pat");
    let mut outputs = Vec::new();
    for _ in 0..2 {
        outputs.push(train_phrases(data, &out_path).into_bytes());
        std::fs::remove_file(&out_path).expect("remove model");
    }
    assert_eq!(outputs[0], outputs[1], "two runs differ");
    let text = String::from_utf8(outputs[0].clone()).expect("utf-8");
    assert!(text.contains("# date: 2026-01-02"), "{text}");
    // The header names the input with the SHA-256 of its bytes.
    assert!(
        text.lines()
            .any(|l| l.starts_with("# input: ") && l.contains(data) && l.contains("sha256:")),
        "{text}"
    );
    // Something was learned, and it is what the publishers' appeals share, not their
    // name ("courier" is in every appeal, but as the name of the publisher).
    assert!(
        text.lines()
            .any(|l| l.starts_with('+') && l.contains("lantern")),
        "{text}"
    );
    for name in ["courier", "harbour", "north"] {
        assert!(
            !text
                .lines()
                .any(|l| !l.starts_with('#') && l.contains(name)),
            "{name}: {text}"
        );
    }
    // A changed input changes the checksum in the header.
    let changed = dir.join("changed.jsonl");
    std::fs::write(&changed, format!("{}\n", read(Path::new(data)))).expect("write");
    let retrained = train_phrases(changed.to_str().expect("path"), &dir.join("three.pat"));
    let sha = |t: &str| -> String {
        t.lines()
            .find_map(|l| l.split("sha256:").nth(1))
            .unwrap_or("")
            .to_string()
    };
    assert_ne!(sha(&text), sha(&retrained));
}

/// Runs `unboil train --phrases` on `data` with a fixed date, writing `out`; the model's text.
fn train_phrases(data: &str, out: &Path) -> String {
    let run = run_files(&[
        "train",
        "--phrases",
        "--date",
        "2026-01-02",
        data,
        "-o",
        out.to_str().expect("path"),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    read(out)
}

#[test]
fn a_learned_phrase_alone_cannot_remove_what_a_written_pattern_calls_journalism() {
    let dir = temp_dir("model-journalism");
    // The strongest a learned phrase can be (training clips at 4), three of them.
    std::fs::write(
        dir.join("learned.pat"),
        "@source learned\n+4 cat=appeal lantern fund\n+4 cat=appeal chip in\n+4 cat=appeal stays free\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("written.pat"),
        "@category journalism\n-0.5 the auditor found\n",
    )
    .expect("write");
    let dir = dir.to_str().expect("path");
    let news = "The harbour authority said on Monday that the new ferry terminal would open in \
                June, two years late and over budget, after a dispute with the builder.\n\
                Passengers have waited since 2019 for the terminal, which replaces a shed that \
                flooded twice, the authority's director told reporters at the pier.\n";
    // Learned evidence alone removes the line…
    let appeal = "Chip in to the lantern fund so the paper stays free.\n";
    let out = run(&["--patterns", dir], format!("{news}{appeal}").as_bytes());
    assert_eq!(
        stdout(&out),
        news,
        "the learned phrases alone should remove it"
    );
    // …but not a line a hand-written pattern marks as journalism.
    let reported = "The auditor found the lantern fund paid staff who chip in nothing; it \
                    stays free of tax, the report said.\n";
    let doc = format!("{news}{reported}");
    let out = run(&["--patterns", dir], doc.as_bytes());
    assert_eq!(stdout(&out), doc);
}
