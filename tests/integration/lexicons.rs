//! Per-language signal profiles: one document of our own per profiled language (news
//! with a hard negative, then an appeal block) cleaned correctly with the detected and
//! with the given language; `--lang` choosing the lexicon the scores are read with.

use unboil::lexicon;
use unboil::signals::{measure, Signal};
use unboil::{Collect, DocumentFilter, Options, State};

use crate::util::*;

/// One language's document: news lines (the hard negative among them) that must all be
/// kept, then the appeal lines that must all go. One paragraph per line.
struct Doc {
    code: &'static str,
    news: &'static [&'static str],
    appeal: &'static [&'static str],
}

impl Doc {
    fn text(&self) -> String {
        let mut text = String::new();
        for line in self.news.iter().chain(self.appeal) {
            text.push_str(line);
            text.push('\n');
        }
        text
    }

    fn expected(&self) -> String {
        self.news.iter().map(|line| format!("{line}\n")).collect()
    }
}

const DOCS: &[Doc] = &[
    Doc {
        code: "en",
        news: &[
            "The regional water board approved a plan on Thursday to replace 40 kilometres of lead pipes in the old town over the next six years.",
            "Engineers said the work would start in the northern districts, where tests last winter found the highest readings, and move south.",
            "A local food bank said its appeal for donations had raised twice as much as last year, and that it would hire two more drivers.",
            "\"We have waited a long time for this,\" said Maria Lopes, who chairs the residents' association, adding that families were relieved.",
            "The board will publish a street-by-street timetable in March, officials said, and residents can ask questions at three public meetings.",
        ],
        appeal: &[
            "Dear readers,",
            "We are a small, independent newsroom and we rely on readers like you to keep our reporting free for everyone.",
            "If you value our work, please support us with a monthly donation today. Every contribution counts.",
            "Donate now",
        ],
    },
    Doc {
        code: "de",
        news: &[
            "Der Gemeinderat hat am Donnerstag beschlossen, in den kommenden sechs Jahren rund 40 Kilometer alter Bleileitungen in der Altstadt zu ersetzen.",
            "Die Arbeiten sollen nach Angaben der Stadtwerke in den nördlichen Vierteln beginnen, wo im vergangenen Winter die höchsten Werte gemessen wurden.",
            "Die örtliche Tafel teilte mit, ihr Spendenaufruf habe doppelt so viel eingebracht wie im Vorjahr, sie wolle nun zwei weitere Fahrer einstellen.",
            "„Darauf haben wir lange gewartet“, sagte Maria Lopes, die Vorsitzende des Anwohnervereins, die Familien seien erleichtert.",
            "Einen Zeitplan für jede Straße will die Stadt im März veröffentlichen, zudem sind drei Bürgerversammlungen geplant, hieß es.",
        ],
        appeal: &[
            "Liebe Leserinnen und Leser,",
            "unabhängiger Journalismus kostet Geld. Wir sind eine kleine Redaktion und auf Ihre Unterstützung angewiesen.",
            "Wenn Ihnen unsere Arbeit wichtig ist, unterstützen Sie uns bitte mit einem monatlichen Beitrag. Jeder Euro hilft.",
            "Jetzt unterstützen",
        ],
    },
    Doc {
        code: "fr",
        news: &[
            "Le conseil régional de l'eau a approuvé jeudi un plan visant à remplacer 40 kilomètres de canalisations en plomb dans la vieille ville d'ici six ans.",
            "Les travaux commenceront dans les quartiers nord, où les analyses de l'hiver dernier ont relevé les taux les plus élevés, a précisé l'ingénieur en chef.",
            "La banque alimentaire locale a indiqué que son appel aux dons avait rapporté deux fois plus que l'an dernier et qu'elle allait embaucher deux chauffeurs.",
            "« Nous attendions cela depuis longtemps », a déclaré Maria Lopes, présidente de l'association des habitants, selon qui les familles sont soulagées.",
            "Le calendrier rue par rue sera publié en mars, a annoncé la mairie, et trois réunions publiques sont prévues.",
        ],
        appeal: &[
            "Chers lecteurs,",
            "Nous sommes une petite rédaction indépendante et notre travail dépend de votre soutien.",
            "Si vous appréciez notre journalisme, soutenez-nous par un don mensuel dès aujourd'hui. Chaque contribution compte.",
            "Faire un don",
        ],
    },
    Doc {
        code: "es",
        news: &[
            "La junta regional del agua aprobó el jueves un plan para sustituir 40 kilómetros de tuberías de plomo en el casco antiguo en los próximos seis años.",
            "Las obras comenzarán en los barrios del norte, donde los análisis del invierno pasado hallaron los niveles más altos, explicó el ingeniero jefe.",
            "El banco de alimentos local informó de que su campaña de donaciones recaudó el doble que el año pasado y que contratará a dos conductores más.",
            "\"Llevábamos mucho tiempo esperando esto\", dijo María Lopes, presidenta de la asociación vecinal, quien añadió que las familias están aliviadas.",
            "El calendario calle por calle se publicará en marzo, según el ayuntamiento, que celebrará tres reuniones públicas.",
        ],
        appeal: &[
            "Querido lector:",
            "Somos una redacción pequeña e independiente y nuestro trabajo depende de tu apoyo.",
            "Si valoras nuestro periodismo, apóyanos hoy con una aportación mensual. Cada contribución cuenta.",
            "Hazte socio",
        ],
    },
    Doc {
        code: "it",
        news: &[
            "Il consorzio idrico regionale ha approvato giovedì un piano per sostituire 40 chilometri di tubature in piombo nel centro storico entro sei anni.",
            "I lavori inizieranno nei quartieri settentrionali, dove le analisi dello scorso inverno avevano rilevato i valori più alti, ha spiegato l'ingegnere capo.",
            "Il banco alimentare locale ha riferito che la sua raccolta di donazioni ha fruttato il doppio dell'anno scorso e che assumerà altri due autisti.",
            "\"Aspettavamo questo da molto tempo\", ha detto Maria Lopes, presidente del comitato dei residenti, secondo cui le famiglie sono sollevate.",
            "Il calendario strada per strada sarà pubblicato a marzo, ha annunciato il Comune, che terrà tre assemblee pubbliche.",
        ],
        appeal: &[
            "Cari lettori,",
            "siamo una piccola redazione indipendente e il nostro lavoro dipende dal vostro sostegno.",
            "Se apprezzate il nostro giornalismo, sosteneteci oggi con un contributo mensile. Ogni donazione conta.",
            "Sostienici",
        ],
    },
    Doc {
        code: "pt",
        news: &[
            "O conselho regional da água aprovou na quinta-feira um plano para substituir 40 quilômetros de canos de chumbo no centro histórico nos próximos seis anos.",
            "As obras começarão nos bairros do norte, onde as análises do inverno passado encontraram os níveis mais altos, explicou o engenheiro-chefe.",
            "O banco alimentar local informou que a sua campanha de doações arrecadou o dobro do ano passado e que vai contratar mais dois motoristas.",
            "\"Esperávamos por isto há muito tempo\", disse Maria Lopes, presidente da associação de moradores, que acrescentou que as famílias estão aliviadas.",
            "O calendário rua a rua será publicado em março, segundo a prefeitura, que fará três audiências públicas.",
        ],
        appeal: &[
            "Caro leitor,",
            "Somos uma redação pequena e independente e o nosso trabalho depende do seu apoio.",
            "Se você valoriza o nosso jornalismo, apoie-nos hoje com uma contribuição mensal. Cada doação conta.",
            "Apoie o nosso jornalismo",
        ],
    },
    Doc {
        code: "nl",
        news: &[
            "Het regionale waterschap heeft donderdag een plan goedgekeurd om de komende zes jaar 40 kilometer loden leidingen in de oude binnenstad te vervangen.",
            "De werkzaamheden beginnen in de noordelijke wijken, waar metingen afgelopen winter de hoogste waarden lieten zien, zei de hoofdingenieur.",
            "De plaatselijke voedselbank liet weten dat haar inzamelingsactie twee keer zoveel had opgebracht als vorig jaar en dat zij twee chauffeurs aanneemt.",
            "\"Hier hebben we lang op gewacht\", zei Maria Lopes, voorzitter van de bewonersvereniging, volgens wie de gezinnen opgelucht zijn.",
            "Een planning per straat verschijnt in maart, aldus de gemeente, die drie informatieavonden houdt.",
        ],
        appeal: &[
            "Beste lezer,",
            "Wij zijn een kleine, onafhankelijke redactie en ons werk is afhankelijk van jouw steun.",
            "Vind je onze journalistiek belangrijk? Steun ons vandaag met een maandelijkse bijdrage. Elke euro telt.",
            "Steun ons",
        ],
    },
    Doc {
        code: "pl",
        news: &[
            "Regionalny zarząd wodociągów zatwierdził w czwartek plan wymiany 40 kilometrów ołowianych rur na starym mieście w ciągu najbliższych sześciu lat.",
            "Prace rozpoczną się w północnych dzielnicach, gdzie zeszłej zimy badania wykazały najwyższe stężenia, powiedział główny inżynier.",
            "Miejscowy bank żywności poinformował, że jego zbiórka darowizn przyniosła dwa razy więcej niż przed rokiem i że zatrudni dwóch kolejnych kierowców.",
            "\"Długo na to czekaliśmy\" - powiedziała Maria Lopes, przewodnicząca stowarzyszenia mieszkańców, według której rodziny odetchnęły z ulgą.",
            "Harmonogram dla każdej ulicy zostanie opublikowany w marcu, zaznaczył rzecznik ratusza, a mieszkańcy będą mogli zadać pytania na trzech spotkaniach.",
        ],
        appeal: &[
            "Drodzy Czytelnicy,",
            "jesteśmy małą, niezależną redakcją i nasza praca zależy od Waszego wsparcia.",
            "Jeśli cenicie nasze dziennikarstwo, wesprzyjcie nas dziś comiesięczną wpłatą. Każda złotówka się liczy.",
            "Wesprzyj nas",
        ],
    },
    Doc {
        code: "ru",
        news: &[
            "Региональное управление водоснабжения в четверг одобрило план замены 40 километров свинцовых труб в старом городе в ближайшие шесть лет.",
            "Работы начнутся в северных районах, где прошлой зимой анализы показали самые высокие значения, сообщил главный инженер.",
            "Местный продовольственный банк сообщил, что его сбор пожертвований принёс вдвое больше, чем год назад, и что он наймёт ещё двух водителей.",
            "\"Мы долго этого ждали\", - сказала Мария Лопес, председатель ассоциации жителей, по словам которой семьи вздохнули с облегчением.",
            "График работ по каждой улице опубликуют в марте, заявили в мэрии, где также пройдут три публичных слушания.",
        ],
        appeal: &[
            "Дорогие читатели!",
            "Мы небольшая независимая редакция, и наша работа возможна только благодаря вашей поддержке.",
            "Если вам важна наша журналистика, поддержите нас ежемесячным пожертвованием. Важен каждый рубль.",
            "Поддержать редакцию",
        ],
    },
    Doc {
        code: "uk",
        news: &[
            "Регіональне управління водопостачання у четвер схвалило план заміни 40 кілометрів свинцевих труб у старому місті протягом найближчих шести років.",
            "Роботи розпочнуться в північних районах, де минулої зими аналізи показали найвищі значення, повідомив головний інженер.",
            "Місцевий продовольчий банк повідомив, що його збір пожертв приніс удвічі більше, ніж торік, і що він найме ще двох водіїв.",
            "\"Ми довго на це чекали\", - сказала Марія Лопес, голова асоціації мешканців, за словами якої родини зітхнули з полегшенням.",
            "Графік робіт для кожної вулиці оприлюднять у березні, заявили в міській раді, де також відбудуться три громадські слухання.",
        ],
        appeal: &[
            "Дорогі читачі!",
            "Ми невелика незалежна редакція, і наша робота можлива лише завдяки вашій підтримці.",
            "Якщо вам важлива наша журналістика, підтримайте нас щомісячним внеском. Важлива кожна гривня.",
            "Підтримати редакцію",
        ],
    },
    Doc {
        code: "ja",
        news: &[
            "地域の水道局は木曜日、旧市街にある全長40キロの鉛製水道管を今後6年間で交換する計画を承認した。",
            "工事は昨冬の検査で最も高い数値が出た北部の地区から始まり、順次南へ進めると主任技師は説明した。",
            "地元のフードバンクによると、今年の寄付の呼びかけでは昨年の2倍の金額が集まり、運転手を2人増やすという。",
            "住民団体の代表を務めるロペス氏は「長い間待っていた」と語り、家族は安心していると述べた。",
            "市は通りごとの工程表を3月に公表し、3回の住民説明会を開く予定だと発表した。",
        ],
        appeal: &[
            "読者の皆さまへ",
            "私たちは小さな独立系の編集部です。皆さまのご支援が私たちの報道を支えています。",
            "私たちの報道に価値があると思われたら、毎月のご寄付で応援してください。",
            "寄付する",
        ],
    },
    Doc {
        code: "zh",
        news: &[
            "地区水务局周四批准了一项计划，将在未来六年内更换老城区全长40公里的铅制水管。",
            "总工程师表示，工程将从去年冬天检测数值最高的北部街区开始，然后逐步向南推进。",
            "当地食物银行称，今年的募捐活动筹得的善款是去年的两倍，并将再雇用两名司机。",
            "居民协会主席罗佩斯说：“我们等这一天等了很久。”她表示，许多家庭都松了一口气。",
            "据市政府介绍，各条街道的施工时间表将于三月公布，并将举行三场公开说明会。",
        ],
        appeal: &[
            "亲爱的读者：",
            "我们是一个小型独立编辑部，我们的报道离不开您的支持。",
            "如果您认为我们的新闻有价值，请每月捐款支持我们。每一份支持都很重要。",
            "立即捐款",
        ],
    },
];

/// Filters `text` with the library and returns the kept text and the lexicon's code the
/// document was measured with.
fn clean(text: &str, options: &Options) -> (String, Option<&'static str>) {
    let mut collect = Collect::default();
    DocumentFilter::new(builtin_model(), options)
        .filter_str(0, None, text, &mut collect)
        .expect("filter");
    let kept = collect
        .paragraphs
        .iter()
        .filter(|p| p.3 == State::Body)
        .map(|p| format!("{}{}", p.1, p.2))
        .collect();
    let info = collect.documents.first().expect("one document");
    (kept, lexicon::for_document(&info.language).code())
}

#[test]
fn every_profiled_language_has_a_document_here() {
    let mut codes: Vec<&str> = DOCS.iter().map(|d| d.code).collect();
    codes.sort_unstable();
    let mut profiled: Vec<&str> = lexicon::profiled().collect();
    profiled.sort_unstable();
    assert_eq!(codes, profiled);
}

#[test]
fn each_language_is_detected_and_cleaned_with_its_own_profile() {
    for doc in DOCS {
        let (kept, used) = clean(&doc.text(), &Options::default());
        assert_eq!(used, Some(doc.code), "{}: detected lexicon", doc.code);
        assert_eq!(kept, doc.expected(), "{}: detected", doc.code);
        let given = Options {
            lang: Some(doc.code.parse().expect("a language")),
            ..Options::default()
        };
        let (kept, used) = clean(&doc.text(), &given);
        assert_eq!(used, Some(doc.code));
        assert_eq!(kept, doc.expected(), "{}: given", doc.code);
    }
}

#[test]
fn the_binary_cleans_each_language_and_reports_it() {
    for doc in DOCS {
        let out = run(&[], doc.text().as_bytes());
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out), doc.expected(), "{}", doc.code);
    }
}

#[test]
fn the_fallback_still_cleans_when_detection_is_off() {
    // `--lang none`: no detection, the merged table; the hand-set rules' patterns still
    // carry these. (The learned model was trained on detected languages' word lists:
    // without them it keeps the Japanese appeal.)
    for doc in DOCS {
        let out = run(&["--lang", "none", "--rules"], doc.text().as_bytes());
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out), doc.expected(), "{}", doc.code);
    }
}

/// The score of the paragraph `needle` in `text` filtered with `options`.
fn score_of(text: &str, needle: &str, options: &Options) -> f32 {
    let mut collect = Collect::default();
    DocumentFilter::new(builtin_model(), options)
        .filter_str(0, None, text, &mut collect)
        .expect("filter");
    collect
        .paragraphs
        .iter()
        .find(|p| p.1 == needle)
        .map(|p| p.4)
        .expect("the paragraph is there")
}

#[test]
fn lang_overrides_detection_in_scoring() {
    // A Polish document: "we" is the preposition "in" there, not the English "we".
    let pl = DOCS.iter().find(|d| d.code == "pl").expect("pl");
    let text = pl.text();
    let line = pl.news[0];
    let detected = score_of(&text, line, &Options::default());
    let as_polish = Options {
        lang: Some("pl".parse().expect("pl")),
        ..Options::default()
    };
    let as_english = Options {
        lang: Some("en".parse().expect("en")),
        ..Options::default()
    };
    assert_eq!(detected, score_of(&text, line, &as_polish));
    assert_ne!(detected, score_of(&text, line, &as_english));
    // The same through the binary: --explain shows the given language and its signals.
    let explain = |lang: &str| {
        let out = run(
            &["--explain", "--color", "never", "--lang", lang],
            text.as_bytes(),
        );
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let polish = explain("pl");
    let english = explain("en");
    assert!(polish.contains("language pl Polish (given)"), "{polish}");
    assert!(english.contains("language en English (given)"), "{english}");
    assert_ne!(polish, english.replace("en English", "pl Polish"));
    assert!(polish.contains("(given) · word lists pl"), "{polish}");
    let none = explain("none");
    assert!(
        none.contains("language not detected · word lists fallback"),
        "{none}"
    );
}

#[test]
fn polish_we_is_a_pronoun_only_in_english() {
    let text = "Wybory odbędą się we wrześniu we wszystkich gminach regionu.";
    let folded = unboil::fold::fold(text);
    let pl = lexicon::for_code("pl").expect("pl");
    let en = lexicon::for_code("en").expect("en");
    assert_eq!(measure(text, &folded, pl).get(Signal::WeYou), 0.0);
    assert!(measure(text, &folded, en).get(Signal::WeYou) > 0.0);
}

#[test]
fn japanese_and_chinese_are_measured_in_characters() {
    let ja = lexicon::for_code("ja").expect("ja");
    let zh = lexicon::for_code("zh").expect("zh");
    // 25 characters of Japanese: 10 words at 2.5 characters a word; as a fallback, two
    // characters a word (13).
    let text = "市議会は火曜日に新しい予算案を賛成多数で可決したと発表した";
    let chars = text.chars().count() as u32;
    let folded = unboil::fold::fold(text);
    let words = measure(text, &folded, ja).words;
    assert_eq!(
        words,
        (chars as f32 / 2.5).ceil() as u32,
        "{chars} characters"
    );
    assert_eq!(
        measure(text, &folded, lexicon::fallback()).words,
        chars.div_ceil(2)
    );
    // A short button is a short paragraph in characters; news prose is not.
    let button = "今すぐ寄付する";
    let signals = measure(button, &unboil::fold::fold(button), ja);
    assert_eq!(signals.get(Signal::Words1To3), 1.0);
    // Chinese: 1.7 characters a word.
    let text = "市议会周二以多数票通过了新的预算案";
    let chars = text.chars().count() as f32;
    let folded = unboil::fold::fold(text);
    assert_eq!(
        measure(text, &folded, zh).words,
        (chars / 1.7).ceil() as u32
    );
    // Particles keep news prose from reading as a menu; a row of nouns does.
    let prose = "地元の団体によると、寄付の呼びかけでは昨年の二倍の金額が集まったという。";
    let menu = "国際経済政治社会文化科学技術健康医療教育環境";
    let low = |t: &str| measure(t, &unboil::fold::fold(t), ja).get(Signal::LowStopwords);
    assert!(low(prose) < low(menu), "{} {}", low(prose), low(menu));
    assert_eq!(low(menu), 1.0);
    // The pronoun profile: 私たち and あなた address readers; 氏 and によると narrate.
    let we = |t: &str| measure(t, &unboil::fold::fold(t), ja).get(Signal::WeYou);
    let third = |t: &str| measure(t, &unboil::fold::fold(t), ja).get(Signal::ThirdPerson);
    assert!(we("私たちの報道をあなたの寄付で支えてください。") > 0.5);
    assert_eq!(we(prose), 0.0);
    assert!(third("ロペス氏によると、計画は来月始まる。") >= 1.0);
    let we_zh = |t: &str| measure(t, &unboil::fold::fold(t), zh).get(Signal::WeYou);
    assert!(we_zh("我们需要您的支持，请捐款。") > 0.5);
    assert_eq!(we_zh("市议会周二以多数票通过了新的预算案。"), 0.0);
}
