# Polish donation and membership appeals: "Wesprzyj nas", "Wspieraj niezależne
# dziennikarstwo", "Zostań Patronem", "Przekaż 1,5% podatku", "Każda złotówka się
# liczy", donation forms and their buttons (OKO.press, Krytyka Polityczna, Tygodnik
# Powszechny, Kultura Liberalna, Frontstory, Outriders, Pismo, Notes from Poland, Radio
# 357, Radio Nowy Świat, Patronite and buycoffee.to pages …).
#
# Appeals speak to the reader ("Ty/Twój/Twoje", "Wy/Wasz", imperatives "wesprzyj/
# wesprzyjcie", "Państwo") and about the newsroom ("my/nas/nasz"); the regexes lean on
# that, so that news ABOUT fundraising (zbiórki, WOŚP, Pomagam.pl) is not pushed out.
# Imperatives weigh more than infinitives. Bare topic words ("darowizna", "zbiórka",
# "wpłata") get +1 or nothing.
#
# Regex conventions: (?-u:\b) is ASCII-only, and next to ą ę ć ł ń ó ś ź ż it both fails
# and leaks, so boundaries are written as an edge class where they matter.
# Edge classes instead of \W: a Unicode \W costs ~17 KB of compiled automaton per use
# and all languages share one regex set with a size limit, so a non-letter neighbour is
# written with the small class [\s[:punct:]…•·№] (text is folded: «» are ", dashes -),
# e.g. ([\s[:punct:]…•·№]|$) after a word; openers start with
# ^[[\s[:punct:]…•·№]--["'-]]* (edge punctuation, but no opening quote or dialogue
# dash, so that a quoted plea opens no block). Avoid \p{L}{m,n} and [^x]{0,n} runs
# where a shorter form will do, for the same reason.
@lang pl
@category appeal
@weight +3

# --- Openers ----------------------------------------------------------------------------------
+4 role=opener /^[[\s[:punct:]…•·№]--["'-]]*(drodzy|drogie|droga|drogi|szanowni|szanowne|szanowna|szanowny|kochani|kochane) (czytelnicy|czytelniczki|czytelniku|czytelniczko|czytelniczki i czytelnicy|czytelniczki, drodzy czytelnicy|czytelnicy i czytelniczki|słuchacze|słuchaczki|widzowie|prenumeratorzy|subskrybenci|darczyńcy|patroni|patronki|przyjaciele)([\s[:punct:]…•·№]|$)/
+3 role=opener /^[[\s[:punct:]…•·№]--["'-]]*(szanowni państwo|kochani)[\s[:punct:]…•·№]*$/
+4 role=opener /^[[\s[:punct:]…•·№]--["'-]]*(list|wiadomość|słowo|apel|prośba) (od )?(redakcji|redaktora naczelnego|redaktorki naczelnej|naczelnego|założycieli|zespołu|naszej redakcji)( [^.!?"]{2,40})?[\s[:punct:]…•·№]*$/
+4 role=opener /^[[\s[:punct:]…•·№]--["'-]]*(zanim|nim) (pójdziesz|wyjdziesz|zamkniesz|przewiniesz|przejdziesz|pójdziecie|wyjdziecie|zamkniecie)/
+5 role=opener /(^|[\s[:punct:]…•·№])mamy (do (ciebie|was|państwa) )?(jedną |małą |krótką |wielką |ogromną |ważną |szczerą )?prośbę/
+4 role=opener /^[[\s[:punct:]…•·№]--["'-]]*(potrzebujemy|bardzo potrzebujemy) (twojego|waszego|państwa|twojej|waszej) (wsparcia|pomocy)( teraz| bardziej niż kiedykolwiek)?[\s[:punct:]…•·№]*$/
+3 /(potrzebujemy|bardzo potrzebujemy) (twojego|waszego|państwa|twojej|waszej) (wsparcia|pomocy)[^.!?]{0,20}(aby|żeby|by|dalej|nadal)/
+4 role=opener /^[[\s[:punct:]…•·№]--["'-]]*(przeczytał(eś|aś|eś\/aś|aś\/eś|e[śs]\(a[śs]\))|doczytał(eś|aś)|dotarł(eś|aś)|dobrnął(eś)|dotrwał(eś|aś)) (ten |nasz )?(tekst|artykuł|materiał|reportaż)? ?(do końca|aż tutaj|do tego miejsca)/
+4 role=opener /^[[\s[:punct:]…•·№]--["'-]]*(przeczytał(eś|aś)|otworzył(eś|aś)) (już )?\d+ (artykuł|tekst)/
+3 role=opener /^[[\s[:punct:]…•·№]--["'-]]*(cieszymy się|dziękujemy),? (że|iż) (jesteś|jesteście|czytasz|czytacie) (z nami|nas|tutaj|ten tekst|oko\.press)/
+3 role=opener /^[[\s[:punct:]…•·№]--["'-]]*(podoba ci się|podobał ci się|podobał się wam|przydał ci się) (ten |nasz )?(tekst|artykuł|materiał|reportaż|podcast|odcinek)\?/

# --- Wesprzyj nas -------------------------------------------------------------------------
+2.5 /(^|[\s[:punct:]…•·№])(wesprzyj|wesprzyjcie|wspieraj|wspierajcie|wspomóż|wspomóżcie)[\s[:punct:]…•·№]+nas([\s[:punct:]…•·№]|$)/
+4 /(^|[\s[:punct:]…•·№])(wesprzyj|wesprzyjcie|wspieraj|wspierajcie|wspomóż|wspomóżcie) (naszą|nasze|naszego|naszych|redakcję|zespół|autorów|autorki|dziennikarzy|dziennikarki)([\s[:punct:]…•·№]|$)/
+5 /(^|[\s[:punct:]…•·№])(wesprzyj|wesprzyjcie|wspieraj|wspierajcie) "?(oko\.press|oko press|krytykę polityczną|tygodnik|tygodnik powszechny|kulturę liberalną|frontstory|outriders|pismo|radio 357|radio nowy świat|notes from poland|klub jagielloński|nowy obywatel)/
+4 /(^|[\s[:punct:]…•·№])(wesprzyj|wesprzyjcie|wspieraj|wspierajcie|wspieram|wspierasz) (niezależn|woln|rzetel|dobr|krytyczn|lokaln|obywatelsk)(e|ą|y|ego|ych)? (dziennikarstw|media|medium|redakcj|publicystyk|portal|dziennikarz)/
+2 /(^|[\s[:punct:]…•·№])(wesprzeć|wspierać|wspierając) (nas|naszą (pracę|redakcję)|niezależne (dziennikarstwo|media))([\s[:punct:]…•·№]|$)/
+4 /(^|[\s[:punct:]…•·№])(pomóż|pomóżcie) nam (dalej|nadal|kontynuować|działać|pisać|pracować|przetrwać|utrzymać|rozwijać|robić|być|pozostać)([\s[:punct:]…•·№]|$)/
+2 /(^|[\s[:punct:]…•·№])(pomóż|pomóżcie) nam([\s[:punct:]…•·№]|$)/

# --- Jesteśmy niezależni dzięki Wam -----------------------------------------------------------
+4 /(jesteśmy|pozostajemy) (niezależni|niezależne|niezależną redakcją|niezależnym medium|wolni)[^.!?]{0,30} (dzięki|tylko dzięki|wyłącznie dzięki) (wam|tobie|państwu|naszym czytelnikom|czytelnikom|czytelniczkom|wpłatom|darowiznom|wsparciu)/
+4 /(utrzymujemy się|działamy|istniejemy|funkcjonujemy|żyjemy) (wyłącznie |głównie |tylko |jedynie |w dużej mierze )?(z|dzięki) (wpłat|darowizn|wsparcia|wam|tobie|państwu|czytelników|naszych czytelników|czytelniczek i czytelników|patronów|darczyńców|prenumerat)/
+4 /(bez|tylko z|tylko dzięki) (twojego|waszego|twojej|waszej) (wsparcia|pomocy|wpłaty|darowizny)[,]? (nie |nas |my |redakcja |oko\.press )/
+3 /nie (mamy|posiadamy) (bogatego |żadnego |zamożnego )?(właściciela|sponsora|inwestora|oligarchy|mecenasa)/
+3 /nie (jesteśmy|są) (finansowani|finansowane|zależni|zależne) (przez|od) (państwo|rząd|partie|polityków|koncerny|reklamodawców|oligarchów)/
+4 /(^|[\s[:punct:]…•·№])(twoje|wasze|każde) (wsparcie|wpłata|darowizna|wpłaty|darowizny) (pomaga|pomagają|pozwala|pozwalają|ma znaczenie|mają znaczenie|jest dla nas|są dla nas|umożliwia|umożliwiają|sprawia|daje|to)([\s[:punct:]…•·№]|$)/
+2 /(^|[\s[:punct:]…•·№])(twoje|twojego|wasze|waszego) wsparci(e|a)([\s[:punct:]…•·№]|$)/
+3 /(każda|każdy|nawet najmniejsza|nawet drobna|nawet niewielka|dowolna) (złotówka|wpłata|darowizna|kwota|grosz|pomoc|złoty|kawa) (się liczy|ma znaczenie|jest ważna|jest dla nas ważna|pomaga|nam pomoże|jest cenna|jest na wagę złota)/
+4 /(dzięki|z) (twojemu|waszemu|państwa|twoją|waszą) (wsparciu|pomocy|wpłacie|darowiźnie|wsparciem|pomocą)[,]? (możemy|możecie|będziemy|jesteśmy|powstają|powstał|powstało|powstaje|piszemy|działamy)/
+3 /(dziękujemy|dzięki|serdecznie dziękujemy) (ci |wam |państwu )?za (twoje |wasze |państwa )?(wsparcie|pomoc|wpłatę|darowiznę|zaufanie)([\s[:punct:]…•·№]|$)/

# --- Darowizny, wpłaty, 1,5% ----------------------------------------------------------------------
+5 /(^|[\s[:punct:]…•·№])(przekaż|przekażcie|wpłać|wpłaćcie|ustaw|ustawcie|zleć|zlećcie) (jednorazow|comiesięczn|miesięczn|regularn|cykliczn|stał|dowoln)[^ ]* (wpłat|darowizn|wsparci|przelew|kwot|zlecen)/
+4 /(^|[\s[:punct:]…•·№])(przekaż|przekażcie|wpłać|wpłaćcie) (nam |redakcji )?(darowiznę|wsparcie|datek|pieniądze|\d+ (zł|złotych))/
+5 /(przekaż|przekażcie) (swoje |swój |nam )?(1[,.]5|1) ?(%|proc\.?|procent)( swojego)?( podatku)?/
+2 /(przekazując|przekazać) (swoje |swój |nam )(1[,.]5|1) ?(%|proc\.?|procent)/
+2 /(^|[\s[:punct:]…•·№])(1[,.]5|1) ?(%|proc\.?|procent) (podatku|dla)[^.!?]{0,40}(krs|opp|organizacji pożytku)/
+3 /(^|[\s[:punct:]…•·№])krs:?\s?\d{10}([\s[:punct:]…•·№]|$)/
+4 /(^|[\s[:punct:]…•·№])(zostań|zostańcie|dołącz do grona|dołączcie do grona) (naszym |naszą |naszymi )?(patron|patronk|darczyń|mecenas|przyjaciel|przyjaciół|wspierając|członk|członki|ambasador|partner)/
+3 /(^|[\s[:punct:]…•·№])(dołącz|dołączcie) do (nas|grona|społeczności|klubu|tysięcy|ponad \d|naszych) ?(patronów|darczyńców|wspierających|czytelników|osób)?/
+3 /(^|[\s[:punct:]…•·№])(na|w|przez) (patronite|patronite\.pl|patreon|zrzutka\.pl|zrzutce|buycoffee|buycoffee\.to|suppi|tipply)([\s[:punct:]…•·№]|$)/
+1.5 /(patronite|buycoffee|zrzutka\.pl|suppi\.pl)/
+4 /(^|[\s[:punct:]…•·№])(postaw|postawcie) (nam|mi|redakcji|autorowi|autorce) (kawę|kawkę|wirtualną kawę)/
+2 /(cena|koszt|równowartość) (jednej )?(kawy|filiżanki kawy)/
+2 /(comiesięczn|cykliczn|regularn|jednorazow)(a|ą|e|ej|ych) (wpłat|darowizn|wsparci)/
+1 /(^|[\s[:punct:]…•·№])(darowizn[aęy]|wpłat[aęy])([\s[:punct:]…•·№]|$)/
+3 /(dane|numer|nr) (do przelewu|konta|rachunku)[^.!?]{0,20}(redakcji|fundacji|stowarzyszenia|wsparcia|darowizn)/

# --- Whole-paragraph buttons and form fields (closers) -------------------------------------
@role closer
+6 /^[\s[:punct:]…•·№]*(wesprzyj|wesprzyj nas|wspieraj|wspieram|wpłacam|wspieram oko\.press|przekaż darowiznę|wpłać darowiznę|wpłać|przekaż wsparcie|przekaż 1[,.]5%|zostań patronem|zostań patronką|zostań darczyńcą|dołącz|dołącz do nas|pomóż|pomagam|wesprzyj teraz|wspieraj co miesiąc|wesprzyj jednorazowo|wspieraj regularnie|chcę wesprzeć|chcę wspierać)[\s[:punct:]…•·№]*$/
+6 /^[\s[:punct:]…•·№]*(wesprzyj|wspieraj|wesprzyjcie) "?(oko\.press|krytykę polityczną|tygodnik powszechny|kulturę liberalną|frontstory|outriders|pismo|radio 357|radio nowy świat)"?[\s[:punct:]…•·№]*$/
+7 ^przypomnij mi później$
+7 ^przypomnij później$
+4 ^nie teraz$
+4 ^może później$
+6 ^dziękujemy za wsparcie$
+6 ^inna kwota$
+6 ^dowolna kwota$
+6 ^wpisz kwotę$
+6 ^kwota wpłaty$
+6 ^kwota darowizny$
+6 ^co miesiąc$
+6 ^miesięcznie$
+6 ^jednorazowo$
+6 ^wpłata jednorazowa$
+6 ^wpłata cykliczna$
+6 ^wpłata comiesięczna$
+6 /^[\s[:punct:]…•·№]*\d[\d\s]*\s?(zł|złotych|pln)( miesięcznie| co miesiąc| jednorazowo| \/ ?mies\.?)?[\s[:punct:]…•·№]*$/
+6 /^[\s[:punct:]…•·№]*(blik|przelew|przelew tradycyjny|szybki przelew|karta płatnicza|paypal|google pay|apple pay|przelewy24|payu)[\s[:punct:]…•·№]*$/
