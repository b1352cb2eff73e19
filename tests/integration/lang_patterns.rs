//! Per-language pattern scans (the default; `--all-lang-patterns` turns them off): a
//! document whose language is known is scanned with its language's folder plus the
//! shared files (`any/`, learned, `--patterns` files outside a language folder); unknown
//! or unsure languages get every rule; rule ids, and so `--explain`, are the same in
//! every scan.

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

/// A German page with chrome in German, English and French, and a share button and a
/// copyright line that read the same in every language (one line each).
fn mixed_page() -> String {
    let mut text = String::new();
    for line in GERMAN_NEWS {
        text.push_str(line);
        text.push('\n');
    }
    text.push_str("Datenschutzerklärung\n");
    text.push_str("Accept all cookies\n");
    text.push_str("Mentions légales\n");
    text.push_str("Facebook\n");
    text.push_str("© 2026 Beispiel Verlag GmbH\n");
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
fn shared_chrome_is_removed_from_a_german_page() {
    let out = run(&[], mixed_page().as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let kept = stdout(&out);
    for line in GERMAN_NEWS {
        assert!(kept.contains(line), "news lost: {line}");
    }
    assert!(!kept.contains("Datenschutzerklärung"), "{kept}");
    assert!(!kept.contains("Facebook"), "{kept}");
    assert!(!kept.contains("©"), "{kept}");
    let explain = stdout(&run(&["--explain"], mixed_page().as_bytes()));
    assert!(explain.contains("language de"), "{explain}");
    for (line, file) in [
        ("Facebook", "builtin:any/share.pat"),
        ("© 2026 Beispiel Verlag GmbH", "builtin:any/legal.pat"),
    ] {
        let evidence = explained(&explain, line).join("\n");
        assert!(evidence.contains("DROP"), "{evidence}");
        assert!(evidence.contains(file), "{evidence}");
    }
}

#[test]
fn a_page_is_scanned_with_its_language_and_the_shared_files_only() {
    // With --all-lang-patterns every language's rules apply: the French legal line and
    // the English cookie line have French and English evidence. By default the German
    // page is scanned with German and shared rules only.
    let all = stdout(&run(
        &["--explain", "--all-lang-patterns"],
        mixed_page().as_bytes(),
    ));
    let french = explained(&all, "Mentions légales").join("\n");
    assert!(french.contains("builtin:fr/"), "{french}");
    let english = explained(&all, "Accept all cookies").join("\n");
    assert!(english.contains("builtin:en/"), "{english}");
    let scoped = stdout(&run(&["--explain"], mixed_page().as_bytes()));
    let french = explained(&scoped, "Mentions légales").join("\n");
    assert!(!french.is_empty(), "{scoped}");
    assert!(!french.contains("builtin:fr/"), "{french}");
    let english = explained(&scoped, "Accept all cookies").join("\n");
    assert!(!english.contains("builtin:en/"), "{english}");
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
        &["--lang", "none", "--explain"],
        mixed_page().as_bytes(),
    ));
    assert!(explained(&out, "Mentions légales")
        .join("\n")
        .contains("builtin:fr/"));
}

#[test]
fn scans_name_the_same_rules_and_hold_only_their_language_and_the_shared_files() {
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
        // The scoped hits are the full hits less the rules of other languages.
        let expected: Vec<u32> = all
            .iter()
            .copied()
            .filter(|&id| {
                let rule = &full.patterns.rules()[id as usize];
                let file = full.patterns.file_name(rule);
                file.starts_with("builtin:de/")
                    || file.starts_with("builtin:any/")
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
    let b = stdout(&run(&["--explain", "--all-lang-patterns"], page.as_bytes()));
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
fn user_pattern_files_are_scoped_by_their_folder_like_the_builtin_ones() {
    let dir = temp_dir("lang-patterns-user");
    for folder in ["fr", "any"] {
        std::fs::create_dir_all(dir.join(folder)).expect("dir");
    }
    // In a language's folder: for documents in that language only; elsewhere (any/,
    // or a file at the top): for every document.
    std::fs::write(dir.join("fr/extra.pat"), "+9 ^mentions légales$\n").expect("write");
    std::fs::write(dir.join("any/shared.pat"), "+9 ^mentions légales$\n").expect("write");
    let out = stdout(&run(
        &["--explain", "--patterns", dir.to_str().expect("utf-8 path")],
        mixed_page().as_bytes(),
    ));
    let french = explained(&out, "Mentions légales").join("\n");
    assert!(!french.contains("extra.pat"), "{french}");
    assert!(french.contains("shared.pat:1"), "{french}");
    let out = stdout(&run(
        &[
            "--explain",
            "--lang",
            "fr",
            "--patterns",
            dir.to_str().expect("utf-8 path"),
        ],
        mixed_page().as_bytes(),
    ));
    let french = explained(&out, "Mentions légales").join("\n");
    assert!(french.contains("extra.pat:1"), "{french}");
}

/// English news of our own.
const ENGLISH_NEWS: &str = "The city council voted 7-2 on Tuesday to extend the northern tram line by four stops, ending a decade-long dispute over the route.\nConstruction is expected to begin next spring and cost about $240 million, according to the transit authority's latest estimate.\n";

#[test]
fn a_languages_patterns_apply_to_documents_in_that_language_only() {
    let doc = format!(
        "{ENGLISH_NEWS}Readers can now find the full archive of the paper online without a paywall, the editor said.\nNATO leaders met in Brussels on Wednesday to discuss the alliance budget for the coming year.\n"
    );
    let explain = kept(&doc, &["--explain"]);
    for other in ["builtin:pl/", "builtin:ru/", "builtin:uk/", "builtin:de/"] {
        assert!(!explain.contains(other), "{other} in:\n{explain}");
    }
    // Declared Polish, the Polish files apply (and not the English ones).
    let explain = kept(&doc, &["--explain", "--lang", "pl"]);
    assert!(explain.contains("builtin:pl/paywall.pat"), "{explain}");
    assert!(!explain.contains("builtin:en/"), "{explain}");
    // Unknown language (too little text): every file applies.
    let explain = kept("NATO paywall\n", &["--explain"]);
    assert!(explain.contains("builtin:pl/"), "{explain}");
    // --all-lang-patterns: every document with every file.
    let explain = kept(&doc, &["--explain", "--all-lang-patterns"]);
    assert!(explain.contains("builtin:pl/journalism.pat"), "{explain}");
}
