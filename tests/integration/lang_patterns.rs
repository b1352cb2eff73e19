//! Per-language pattern scans (`--lang-patterns`): a document whose language is known is
//! scanned with its language's built-in rules plus the shared ones (English, learned,
//! `--patterns`, evidence of journalism); unknown or unsure languages get every rule;
//! rule ids, and so `--explain`, are the same in every scan.

use unboil::lang::{DocumentLanguage, Language, LanguageSource};
use unboil::lexicon;
use unboil::patterns::FindScratch;
use unboil::{Model, PatternSetBuilder};

use crate::util::*;

/// German news of our own, long enough to be detected with confidence.
const GERMAN_NEWS: &[&str] = &[
    "Der Stadtrat hat am Dienstag beschlossen, die Straßenbahnlinie im Norden um vier Haltestellen zu verlängern, nachdem jahrelang über die Strecke gestritten worden war.",
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und nach Angaben der Verkehrsbetriebe rund 240 Millionen Euro kosten, deutlich mehr als zunächst geplant.",
    "Gegner des Projekts hatten argumentiert, das Geld sei für Busse besser angelegt, die in der Region doppelt so viele Fahrgäste befördern wie die Straßenbahn.",
];

/// A German page with chrome in German, English and French (one line each).
fn mixed_page() -> String {
    let mut text = String::new();
    for line in GERMAN_NEWS {
        text.push_str(line);
        text.push('\n');
    }
    text.push_str("Datenschutzerklärung\n");
    text.push_str("Accept all cookies\n");
    text.push_str("Mentions légales\n");
    text
}

/// The `--explain` lines of one paragraph: its decision line and the evidence under it.
fn explained<'a>(explain: &'a str, paragraph: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = explain.lines().collect();
    let Some(at) = lines.iter().position(|l| l.ends_with(paragraph)) else {
        return Vec::new();
    };
    let mut out = vec![lines[at]];
    out.extend(
        lines[at + 1..]
            .iter()
            .take_while(|l| !l.trim_start().starts_with(|c: char| c.is_ascii_digit())),
    );
    out
}

fn model(per_language: bool) -> Model {
    let mut builder = PatternSetBuilder::with_builtin();
    builder.per_language(per_language);
    Model::new(builder.build().expect("built-in patterns"))
}

#[test]
fn english_chrome_is_removed_from_a_german_page() {
    let out = run(&["--lang-patterns"], mixed_page().as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let kept = stdout(&out);
    for line in GERMAN_NEWS {
        assert!(kept.contains(line), "news lost: {line}");
    }
    assert!(!kept.contains("Datenschutzerklärung"), "{kept}");
    assert!(!kept.contains("Accept all cookies"), "{kept}");
    let explain = stdout(&run(
        &["--lang-patterns", "--explain"],
        mixed_page().as_bytes(),
    ));
    assert!(explain.contains("language de"), "{explain}");
    let cookies = explained(&explain, "Accept all cookies").join("\n");
    assert!(cookies.contains("DROP"), "{cookies}");
    assert!(cookies.contains("builtin:en/cookie.pat"), "{cookies}");
}

#[test]
fn a_mixed_page_is_scanned_with_its_language_and_english_only() {
    // By default every language's rules apply: the French legal line has French
    // evidence. With --lang-patterns the German page is not scanned with French rules.
    let all = stdout(&run(&["--explain"], mixed_page().as_bytes()));
    let french = explained(&all, "Mentions légales").join("\n");
    assert!(french.contains("builtin:fr/"), "{french}");
    let scoped = stdout(&run(
        &["--lang-patterns", "--explain"],
        mixed_page().as_bytes(),
    ));
    let french = explained(&scoped, "Mentions légales").join("\n");
    assert!(!french.is_empty(), "{scoped}");
    assert!(!french.contains("builtin:fr/"), "{french}");
    let german = explained(&scoped, "Datenschutzerklärung").join("\n");
    assert!(german.contains("builtin:de/"), "{german}");
}

#[test]
fn every_rule_applies_when_the_language_is_unsure_or_unknown() {
    let german: Language = "de".parse().expect("de");
    let unsure = DocumentLanguage {
        language: Some(german),
        source: LanguageSource::Detected {
            confidence: lexicon::MIN_CONFIDENCE / 2.0,
        },
    };
    assert_eq!(lexicon::trusted_language(&unsure), None);
    let sure = DocumentLanguage {
        language: Some(german),
        source: LanguageSource::Detected { confidence: 1.0 },
    };
    assert_eq!(lexicon::trusted_language(&sure), Some(german));

    let model = model(true);
    let set = &model.patterns;
    let folded = unboil::fold::fold("Mentions légales");
    let french_hits = |language: Option<Language>| {
        let mut scratch = FindScratch::default();
        scratch.set_language(language);
        let mut hits = Vec::new();
        set.find_with(&folded, None, &mut hits, &mut scratch);
        hits.iter()
            .filter(|&&id| {
                set.file_name(&set.rules()[id as usize])
                    .starts_with("builtin:fr/")
            })
            .count()
    };
    assert!(french_hits(lexicon::trusted_language(&unsure)) > 0);
    assert!(french_hits(None) > 0);
    assert_eq!(french_hits(lexicon::trusted_language(&sure)), 0);
    // End to end: no detection (`--lang none`) means every rule.
    let out = stdout(&run(
        &["--lang-patterns", "--lang", "none", "--explain"],
        mixed_page().as_bytes(),
    ));
    assert!(explained(&out, "Mentions légales")
        .join("\n")
        .contains("builtin:fr/"));
}

#[test]
fn scans_name_the_same_rules_and_keep_journalism_evidence_of_every_language() {
    let full = model(false);
    let scoped = model(true);
    assert_eq!(full.patterns.rules().len(), scoped.patterns.rules().len());
    let german: Language = "de".parse().expect("de");
    let paragraphs = [
        "Accept all cookies",
        "Datenschutzerklärung",
        "Mentions légales",
        "Die Polizei teilte mit, im Jahr 2024 seien 17 Menschen verletzt worden.",
        "The minister told reporters on Monday that 5 % of the budget was spent.",
    ];
    for paragraph in paragraphs {
        let folded = unboil::fold::fold(paragraph);
        let mut all = Vec::new();
        full.patterns.find(&folded, None, &mut all);
        let mut scratch = FindScratch::default();
        scratch.set_language(Some(german));
        let mut some = Vec::new();
        scoped
            .patterns
            .find_with(&folded, None, &mut some, &mut scratch);
        // The scoped hits are the full hits less positive rules of other languages.
        let expected: Vec<u32> = all
            .iter()
            .copied()
            .filter(|&id| {
                let rule = &full.patterns.rules()[id as usize];
                let file = full.patterns.file_name(rule);
                rule.weight < 0.0
                    || file.starts_with("builtin:de/")
                    || file.starts_with("builtin:en/")
                    || !file.starts_with("builtin:")
                    || file.starts_with("builtin:learned/")
            })
            .collect();
        assert_eq!(some, expected, "{paragraph}");
        for &id in &some {
            let a = &full.patterns.rules()[id as usize];
            let b = &scoped.patterns.rules()[id as usize];
            assert_eq!(
                (full.patterns.file_name(a), a.line),
                (scoped.patterns.file_name(b), b.line)
            );
        }
    }
    // The same evidence lines in --explain, on an English page.
    let page = "The council voted 7-2 on Tuesday to extend the tram line by four stops, the mayor said.\nShare on Facebook\nAccept all cookies\n";
    let a = stdout(&run(&["--explain"], page.as_bytes()));
    let b = stdout(&run(&["--explain", "--lang-patterns"], page.as_bytes()));
    let evidence = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.contains("builtin:en/"))
            .map(String::from)
            .collect()
    };
    assert!(!evidence(&a).is_empty());
    assert_eq!(evidence(&a), evidence(&b));
}

#[test]
fn user_pattern_files_apply_to_every_language() {
    let dir = temp_dir("lang-patterns-user");
    let fr = dir.join("fr");
    std::fs::create_dir_all(&fr).expect("dir");
    // A file in a language-named folder of --patterns is the user's: it is shared, and
    // scans this German page.
    std::fs::write(fr.join("extra.pat"), "+9 ^mentions légales$\n").expect("write");
    let out = stdout(&run(
        &[
            "--lang-patterns",
            "--explain",
            "--patterns",
            dir.to_str().expect("utf-8 path"),
        ],
        mixed_page().as_bytes(),
    ));
    let french = explained(&out, "Mentions légales").join("\n");
    assert!(french.contains("extra.pat:1"), "{french}");
}
