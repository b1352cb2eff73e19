//! Encodings and languages: one article of our own per language, with an appeal block,
//! encoded into legacy encodings (and UTF-16 with a BOM) must come out as the same clean
//! UTF-8 as the UTF-8 original; strict decoding, bad labels and `--lang`.

use encoding_rs::{
    Encoding, EUC_KR, GB18030, ISO_8859_2, KOI8_R, SHIFT_JIS, WINDOWS_1251, WINDOWS_1252,
};

use unboil::{Collect, DocumentFilter, Model, Options, PatternSetBuilder};

use crate::util::*;

/// An article: news paragraphs, then the appeal that must go (one paragraph per line).
struct Article {
    news: &'static str,
    appeal: &'static str,
}

impl Article {
    fn text(&self) -> String {
        format!("{}{}", self.news, self.appeal)
    }
}

const RU: Article = Article {
    news: "\
Городской совет Новосибирска во вторник одобрил продление трамвайной линии на четыре остановки, положив конец многолетнему спору о маршруте.
Строительство должно начаться следующей весной и обойдётся примерно в два миллиарда рублей, говорится в оценке транспортного департамента.
\"Эта линия свяжет тысячи людей с работой\", - сказал депутат Андрей Ковалёв, который внёс проект решения.
Противники проекта заявили, что деньги лучше потратить на автобусы, которые перевозят вдвое больше пассажиров по всему городу.
Окончательное голосование по бюджету запланировано на конец месяца, сообщили в мэрии.
",
    appeal: "\
Дорогие читатели!
Мы существуем только благодаря вам: у нас нет ни государственных денег, ни богатых владельцев.
Поддержите нашу работу - оформите ежемесячное пожертвование. Любая сумма важна.
Поддержать редакцию
",
};

const DE: Article = Article {
    news: "\
Der Stadtrat von Würzburg hat am Dienstag beschlossen, die Straßenbahnlinie um vier Haltestellen nach Süden zu verlängern.
Die Bauarbeiten sollen im kommenden Frühjahr beginnen und rund 240 Millionen Euro kosten, schätzt die Verkehrsgesellschaft.
\"Diese Linie verbindet tausende Menschen mit ihren Arbeitsplätzen\", sagte die Stadträtin Jördis Maier, die den Antrag eingebracht hatte.
Gegner des Projekts erklärten, das Geld wäre für Busse besser ausgegeben, die doppelt so viele Fahrgäste befördern.
Über den Haushalt soll Ende des Monats endgültig abgestimmt werden.
",
    appeal: "\
Liebe Leserinnen und Leser,
unabhängiger Journalismus kostet Geld. Wir finanzieren uns vor allem durch die Beiträge unserer Leserinnen und Leser.
Unterstützen Sie uns jetzt mit einem monatlichen Beitrag - schon ab fünf Euro im Monat.
Jetzt unterstützen
",
};

const PL: Article = Article {
    news: "\
Rada miasta Łodzi we wtorek zdecydowała o przedłużeniu linii tramwajowej o cztery przystanki, kończąc wieloletni spór o przebieg trasy.
Budowa ma się rozpocząć wiosną przyszłego roku i kosztować około 240 milionów złotych, według szacunków zarządu transportu.
\"Ta linia połączy tysiące ludzi z miejscami pracy\", powiedziała radna Żaneta Wójcik, która zgłosiła projekt uchwały.
Przeciwnicy projektu twierdzą, że pieniądze lepiej wydać na autobusy, które przewożą dwa razy więcej pasażerów.
Ostateczne głosowanie nad budżetem zaplanowano na koniec miesiąca, poinformował urząd miasta.
",
    appeal: "\
Drodzy Czytelnicy,
nasze dziennikarstwo jest niezależne tylko dzięki wsparciu takich osób jak Ty. Nie mamy bogatego właściciela.
Wesprzyj naszą redakcję dowolną kwotą - każda wpłata ma znaczenie.
Wspieram
",
};

const JA: Article = Article {
    news: "\
札幌市議会は火曜日、路面電車の路線を四つの停留所だけ延長する案を可決し、長年続いた路線をめぐる論争に決着をつけた。
工事は来年の春に始まる予定で、交通局の試算によると費用は約二百四十億円にのぼる。
「この路線は何千人もの人々を職場と結びつける」と、議案を提出した佐藤美咲議員は述べた。
反対派は、その資金は二倍の乗客を運ぶバスに使うべきだと主張している。
予算の最終採決は月末に行われる予定だと市役所は発表した。
",
    appeal: "\
読者の皆さまへ
私たちの取材と報道は、読者の皆さまからのご寄付によって支えられています。
独立した報道を続けるために、ご支援をお願いいたします。
寄付する
",
};

const ZH: Article = Article {
    news: "\
成都市议会周二批准将有轨电车线路延长四个站点，结束了围绕线路走向长达十年的争论。
工程预计明年春天开工，据交通局估算，费用约为二十四亿元人民币。
提出该议案的议员王丽华说：\"这条线路将把成千上万的人与工作岗位连接起来。\"
反对者认为，这笔钱最好用于公交车，公交车运送的乘客是电车的两倍。
市政府表示，预算的最终表决定于本月底举行。
",
    appeal: "\
亲爱的读者：
我们不接受任何政府或企业的资助，我们的新闻报道完全依靠读者的支持。
请支持我们的独立新闻工作，您的每一笔捐款都很重要。
立即捐款
",
};

/// No Korean pattern set exists: the expected output is what the UTF-8 original gives.
const KO: Article = Article {
    news: "\
부산시의회는 화요일 노면전차 노선을 정류장 네 곳만큼 연장하는 안을 통과시켜 노선을 둘러싼 오랜 논쟁을 끝냈다.
공사는 내년 봄에 시작될 예정이며 교통공사 추산에 따르면 비용은 약 2400억 원에 이른다.
\"이 노선은 수천 명의 사람들을 일자리와 연결할 것\"이라고 안건을 발의한 김민지 의원은 말했다.
반대하는 쪽은 그 돈을 두 배나 많은 승객을 나르는 버스에 쓰는 편이 낫다고 주장했다.
시청은 예산에 대한 최종 표결이 이달 말에 열린다고 밝혔다.
",
    appeal: "\
독자 여러분께
저희는 정부나 기업의 후원을 받지 않고 오직 독자 여러분의 후원으로 운영됩니다.
독립 언론을 지키기 위해 후원해 주세요.
후원하기
",
};

const EN: Article = Article {
    news: "\
The city council voted 7-2 on Tuesday to extend the northern tram line by four stops, ending a decade-long dispute over the route.
Construction is expected to begin next spring and cost about $240 million, according to the transit authority's latest estimate.
\"This line will connect thousands of people to jobs,\" said council member Ana Ruiz, who sponsored the measure.
Opponents argued that the money would be better spent on buses, which carry twice as many riders across the region.
A final vote on the budget is scheduled for the end of the month, the mayor's office said.
",
    appeal: "\
A Message from The Harbour Ledger:
Dear readers,
We rely on your support to keep our reporting free for everyone. If you can, please support us with a monthly gift.
Remind me later.
",
};

/// `(article, encoding, label, whether default patterns remove the appeal, language)`.
fn legacy_cases() -> Vec<(
    &'static Article,
    &'static Encoding,
    &'static str,
    bool,
    &'static str,
)> {
    vec![
        (&RU, WINDOWS_1251, "windows-1251", true, "ru"),
        (&RU, KOI8_R, "koi8-r", true, "ru"),
        // WHATWG maps the label iso-8859-1 to windows-1252, its superset.
        (&DE, WINDOWS_1252, "iso-8859-1", true, "de"),
        (&PL, ISO_8859_2, "iso-8859-2", true, "pl"),
        (&JA, SHIFT_JIS, "shift_jis", true, "ja"),
        (&KO, EUC_KR, "euc-kr", false, "ko"),
        (&ZH, GB18030, "gb18030", true, "zh"),
    ]
}

/// `text` in `encoding`; every character must be representable.
fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
    let (bytes, used, unmappable) = encoding.encode(text);
    assert_eq!(
        used,
        encoding,
        "encoding_rs encodes into {}",
        encoding.name()
    );
    assert!(!unmappable, "the article does not fit {}", encoding.name());
    bytes.into_owned()
}

fn utf16_with_bom(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

/// Runs unboil with `args` and `--report FILE`; returns (stdout, the document record).
fn clean(args: &[&str], input: &[u8]) -> (String, serde_json::Value) {
    let dir = temp_dir("encoding");
    let report = dir.join("r.jsonl");
    let mut all = args.to_vec();
    all.extend(["--report", report.to_str().expect("utf-8 path")]);
    let out = run(&all, input);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    let mut documents = report_documents(&read(&report));
    assert_eq!(documents.len(), 1, "{documents:?}");
    (stdout(&out), documents.remove(0))
}

#[test]
fn utf8_originals_lose_exactly_their_appeal() {
    for article in [&RU, &DE, &PL, &JA, &ZH, &EN] {
        let (out, doc) = clean(&[], article.text().as_bytes());
        assert_eq!(out, article.news, "appeal not removed");
        assert_eq!(doc["encoding"], "UTF-8");
        assert_eq!(doc["replaced"], 0);
    }
}

#[test]
fn legacy_encodings_are_detected_and_give_the_utf8_body() {
    for (article, encoding, label, removable, lang) in legacy_cases() {
        let utf8 = article.text();
        let (expected, _) = clean(&[], utf8.as_bytes());
        if removable {
            assert_eq!(expected, article.news, "{label}: appeal not removed");
        } else {
            assert!(expected.starts_with(article.news), "{label}: news lost");
        }
        let bytes = encode(&utf8, encoding);
        assert_ne!(bytes, utf8.as_bytes(), "{label}: not a legacy byte stream");
        let (out, doc) = clean(&[], &bytes);
        assert_eq!(out, expected, "{label}, detected as {}", doc["encoding"]);
        assert_eq!(doc["encoding_source"], "detected", "{label}");
        assert_eq!(doc["replaced"], 0, "{label}");
        assert_eq!(doc["input_bytes"], bytes.len(), "{label}");
        assert_eq!(doc["language"], lang, "{label}");
    }
}

#[test]
fn legacy_encodings_named_by_label_give_the_utf8_body() {
    for (article, encoding, label, _, _) in legacy_cases() {
        let utf8 = article.text();
        let (expected, _) = clean(&[], utf8.as_bytes());
        let (out, doc) = clean(&["--encoding", label], &encode(&utf8, encoding));
        assert_eq!(out, expected, "{label}");
        assert_eq!(doc["encoding"], encoding.name(), "{label}");
        assert_eq!(doc["encoding_source"], "given", "{label}");
    }
}

#[test]
fn utf16_with_bom_gives_the_utf8_body() {
    for (big_endian, name) in [(false, "UTF-16LE"), (true, "UTF-16BE")] {
        let bytes = utf16_with_bom(&EN.text(), big_endian);
        let (out, doc) = clean(&[], &bytes);
        assert_eq!(out, EN.news, "{name}");
        assert_eq!(doc["encoding"], name);
        assert_eq!(doc["encoding_source"], "bom");
        // The BOM wins over a label.
        let (out, doc) = clean(&["--encoding", "windows-1251"], &bytes);
        assert_eq!(out, EN.news, "{name} with --encoding");
        assert_eq!(doc["encoding"], name);
    }
}

#[test]
fn a_long_legacy_document_is_detected_from_its_start() {
    // Longer than the detection prefix and than one read: the held prefix, the first
    // decode and the reads after it must join without a seam.
    let utf8 = RU.news.repeat(300) + RU.appeal;
    let bytes = encode(&utf8, WINDOWS_1251);
    assert!(bytes.len() > 2 * 64 * 1024);
    let (expected, _) = clean(&[], utf8.as_bytes());
    assert_eq!(expected, RU.news.repeat(300));
    let (out, doc) = clean(&[], &bytes);
    assert_eq!(doc["encoding"], "windows-1251");
    assert_eq!(out, expected);
}

#[test]
fn invalid_sequences_are_counted_in_the_report_and_explain() {
    // Russian in UTF-8 with one stray byte: still detected as UTF-8, one replacement.
    let mut bytes = RU.news.as_bytes().to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(b"\xFF");
    bytes.extend_from_slice(RU.appeal.as_bytes());
    let (out, doc) = clean(&[], &bytes);
    assert_eq!(doc["encoding"], "UTF-8");
    assert_eq!(doc["replaced"], 1);
    assert_eq!(doc["replaced_bytes"], 1);
    assert_eq!(doc["first_invalid_byte"], offset);
    assert!(out.starts_with(RU.news), "{out}");

    let out = run(&["--explain", "--color", "never"], &bytes);
    let text = stdout(&out);
    assert!(
        text.contains("encoding UTF-8 (detected)"),
        "explain header: {text}"
    );
    assert!(
        text.contains(&format!(
            "1 invalid sequence(s) (1 bytes) replaced by U+FFFD, the first at byte {offset}"
        )),
        "explain end line: {text}"
    );
}

#[test]
fn strict_encoding_fails_naming_the_offset() {
    let mut bytes = RU.news.as_bytes().to_vec();
    let offset = bytes.len() + 3;
    bytes.extend_from_slice(b"abc\xC3(");
    bytes.extend_from_slice(RU.appeal.as_bytes());
    for args in [
        &["--strict-encoding"][..],
        &["--strict-encoding", "--encoding", "utf-8"][..],
    ] {
        let out = run(args, &bytes);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("at byte offset {offset}")),
            "{args:?}: {err}"
        );
        assert!(err.contains("UTF-8"), "{err}");
    }
    // Without the flag the same input is fine.
    assert!(run(&[], &bytes).status.success());
    // A clean legacy document passes strictly.
    let out = run(&["--strict-encoding"], &encode(&RU.text(), KOI8_R));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), RU.news);
}

#[test]
fn strict_encoding_fails_the_bad_file_and_goes_on_with_the_others() {
    let dir = temp_dir("strict-files");
    let bad = dir.join("bad.txt");
    let good = dir.join("good.txt");
    let mut bytes = EN.news.as_bytes().to_vec();
    bytes.extend_from_slice(b"\xE9t\xE9 au lait\n");
    std::fs::write(&bad, &bytes).expect("write");
    std::fs::write(&good, EN.text()).expect("write");
    let out = run_files(&[
        "--strict-encoding",
        "--encoding",
        "utf-8",
        bad.to_str().expect("path"),
        good.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let offset = EN.news.len();
    assert!(
        err.contains("bad.txt") && err.contains(&format!("byte offset {offset}")),
        "{err}"
    );
    // The text before the invalid byte is filtered as a document of its own.
    assert_eq!(stdout(&out), EN.news.repeat(2));
}

#[test]
fn unknown_encoding_label_is_a_usage_error() {
    let out = run(&["--encoding", "klingon-8"], EN.text().as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("klingon-8") && err.contains("WHATWG"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn language_is_detected_and_shown_in_explain() {
    for (article, code, name) in [(&RU, "ru", "Russian"), (&JA, "ja", "Japanese")] {
        let out = run(
            &["--explain", "--color", "never"],
            article.text().as_bytes(),
        );
        let text = stdout(&out);
        let header = text.lines().next().unwrap_or_default();
        assert!(
            header.contains(&format!("language {code} {name} (detected")),
            "{header}"
        );
    }
}

#[test]
fn lang_overrides_detection_in_explain_and_report() {
    let out = run(
        &["--explain", "--color", "never", "--lang", "de"],
        EN.text().as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let header = text.lines().next().unwrap_or_default();
    assert!(header.contains("language de German (given)"), "{header}");
    // The header still names the encoding, though the language was known before it.
    let out = run(
        &["--explain", "--color", "never", "--lang", "ru"],
        &encode(&RU.text(), WINDOWS_1251),
    );
    let text = stdout(&out);
    let header = text.lines().next().unwrap_or_default();
    assert!(
        header.contains("encoding windows-1251 (detected) · language ru Russian (given)"),
        "{header}"
    );
    // The override changes the word lists and the pattern folder scanned, not the
    // decisions when every folder is scanned.
    let (out, doc) = clean(
        &["--lang", "deu", "--all-lang-patterns"],
        EN.text().as_bytes(),
    );
    assert_eq!(out, EN.news);
    assert_eq!(doc["language"], "de");
    assert_eq!(doc["language_source"], "given");

    let out = run(&["--lang", "xx"], EN.text().as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown language"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn jsonl_report_has_a_language_per_record_and_no_encoding() {
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({ "text": RU.text() }),
        serde_json::json!({ "text": DE.text() })
    );
    let (out, report) = run_jsonl_reported("jsonl-lang", &[], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = report_documents(&read(&report));
    let langs: Vec<&str> = docs.iter().filter_map(|d| d["language"].as_str()).collect();
    assert_eq!(langs, ["ru", "de"]);
    assert!(docs.iter().all(|d| d.get("encoding").is_none()), "{docs:?}");
}

#[test]
fn library_exposes_the_language_per_document() {
    let model = Model::new(PatternSetBuilder::with_builtin().build().expect("patterns"));
    let detected = Options::default();
    let given = Options {
        lang: Some("pl".parse().expect("a language")),
        ..Options::default()
    };
    for (options, text, code, source) in [
        (&detected, PL.text(), "pl", "detected"),
        (&detected, ZH.text(), "zh", "detected"),
        (&given, RU.text(), "pl", "given"),
    ] {
        let mut collect = Collect::default();
        let mut filter = DocumentFilter::new(&model, options);
        filter
            .filter_str(0, None, &text, &mut collect)
            .expect("filter");
        let info = collect.documents.first().expect("one document");
        assert_eq!(info.language.language.map(|l| l.code()), Some(code));
        assert_eq!(info.language.source.name(), source);
        assert_eq!(info.encoding, None);
        assert_eq!(filter.info().language, info.language);
    }
}

#[test]
fn language_detection_does_not_change_decisions() {
    // Fed in pieces of every size, the document gets the same language and decisions.
    let model = Model::new(PatternSetBuilder::with_builtin().build().expect("patterns"));
    let options = Options::default();
    let text = DE.news.repeat(30) + DE.appeal;
    let whole = {
        let mut collect = Collect::default();
        DocumentFilter::new(&model, &options)
            .filter_str(0, None, &text, &mut collect)
            .expect("filter");
        collect
    };
    for piece in [1, 7, 100, 2047, 2048, 5000] {
        let mut collect = Collect::default();
        let mut filter = DocumentFilter::new(&model, &options);
        filter.begin(0, None);
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let mut cut = piece.min(rest.len());
            while !rest.is_char_boundary(cut) {
                cut += 1;
            }
            filter.push(&rest[..cut], &mut collect).expect("push");
            rest = &rest[cut..];
        }
        filter.finish(&mut collect).expect("finish");
        assert_eq!(collect.paragraphs, whole.paragraphs, "pieces of {piece}");
        assert_eq!(collect.documents, whole.documents, "pieces of {piece}");
    }
    // Detection off: no language, so the language-free lexicon scores the paragraphs
    // (other scores), but this plain article gets the same decisions.
    let off = Options {
        detect_language: false,
        ..Options::default()
    };
    let mut collect = Collect::default();
    DocumentFilter::new(&model, &off)
        .filter_str(0, None, &text, &mut collect)
        .expect("filter");
    let decisions = |c: &Collect| -> Vec<(String, unboil::State)> {
        c.paragraphs.iter().map(|p| (p.1.clone(), p.3)).collect()
    };
    assert_eq!(decisions(&collect), decisions(&whole));
    assert_eq!(
        collect.documents.first().map(|d| d.language.source.name()),
        Some("not_detected")
    );
    assert_eq!(
        whole
            .documents
            .first()
            .and_then(|d| d.language.language)
            .map(|l| l.code()),
        Some("de")
    );
}

#[test]
fn jsonl_with_a_legacy_encoding_is_refused() {
    let input = format!("{}\n", serde_json::json!({ "text": EN.text() }));
    let out = run(
        &["--format", "jsonl", "--encoding", "windows-1251"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("UTF-8 only"), "{}", stderr(&out));
    let out = run(
        &["--format", "jsonl", "--encoding", "utf-8"],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
}
