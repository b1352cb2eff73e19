# Polish paywall and subscription prompts: "Ten artykuł czytasz w ramach płatnej
# subskrypcji", "Aby przeczytać cały artykuł, wykup dostęp", "Masz już prenumeratę?
# Zaloguj się", "Zostań subskrybentem", offers and plans (Gazeta Wyborcza, Onet Premium,
# Rzeczpospolita, Polityka, Newsweek Plus, Tygodnik Powszechny, Dziennik Gazeta Prawna,
# Business Insider Plus, Puls Biznesu …).
#
# News about subscriptions (abonament, prenumerata, ceny streamingu) uses the same
# nouns, so bare words are absent or weak; the strong patterns address the reader or are
# whole paragraphs. Regex conventions: see appeal.pat.
@lang pl
@category paywall
@weight +3

# --- Whole-paragraph buttons and headings -----------------------------------------------
+6 ^subskrybuj$
+7 ^kup subskrypcję$
+7 ^wykup subskrypcję$
+7 ^kup prenumeratę$
+7 ^wykup prenumeratę$
+7 ^zamów prenumeratę$
+7 ^kup dostęp$
+7 ^wykup dostęp$
+7 ^uzyskaj dostęp$
+7 ^odblokuj dostęp$
+7 ^odblokuj artykuł$
+7 ^prenumerata cyfrowa$
+6 ^prenumerata$
+6 ^subskrypcja$
+7 ^moja subskrypcja$
+7 ^moja prenumerata$
+7 ^zarządzaj subskrypcją$
+7 ^wybierz pakiet$
+7 ^wybierz plan$
+7 ^wybierz ofertę$
+7 ^sprawdź ofertę$
+7 ^zobacz ofertę$
+7 ^zostań subskrybentem$
+7 ^zostań prenumeratorem$
+7 ^tylko dla subskrybentów$
+7 ^tylko dla prenumeratorów$
+7 ^dla subskrybentów$
+7 ^dla prenumeratorów$
+7 ^artykuł dla subskrybentów$
+7 ^artykuł dla prenumeratorów$
+7 ^treść premium$
+7 ^artykuł premium$
+7 ^onet premium$
+7 ^newsweek plus$
+7 ^business insider plus$
+7 ^masz już subskrypcję$
+7 ^masz już prenumeratę$
+7 ^masz już konto$
+7 ^jesteś już subskrybentem$
+6 ^czytaj dalej$
+6 ^czytaj całość$
+6 ^przeczytaj całość$
+6 ^czytaj cały artykuł$
+6 ^wypróbuj za darmo$
+6 ^testuj za darmo$
+7 /^[\s[:punct:]…•·№]*(masz już (subskrypcję|prenumeratę|konto|dostęp)|jesteś już (subskrybentem|prenumeratorem))[\s[:punct:]…•·№]+(zaloguj się|zaloguj|logowanie)[\s[:punct:]…•·№]*$/
+7 /^[\s[:punct:]…•·№]*(subskrybuj|zaloguj się|zaloguj|zarejestruj się|kup dostęp|kup prenumeratę)\s*(lub|albo|/|\||·)\s*(subskrybuj|zaloguj się|zaloguj|zarejestruj się|kup dostęp|kup prenumeratę)[\s[:punct:]…•·№]*$/
+6 /^[\s[:punct:]…•·№]*(subskrypcja|prenumerata|dostęp|kup dostęp|subskrybuj|wypróbuj) (za|od|już od|tylko za|teraz za) \d+([,.]\d\d)?\s?(zł|pln)( miesięcznie| na miesiąc| za miesiąc| rocznie| na rok| ?/ ?(mies|miesiąc|rok)\.?)?[\s[:punct:]…•·№]*$/
+6 /^[\s[:punct:]…•·№]*(pierwszy miesiąc|pierwsze \d+ (dni|miesiące|miesięcy)|\d+ (dni|miesiące|miesięcy) (za darmo|gratis)|miesiąc) (za \d+([,.]\d\d)? ?(zł|pln)|za darmo|gratis)[\s[:punct:]…•·№]*$/

# --- The article is for subscribers -------------------------------------------------------
+7 /(ten )?artykuł (czytasz|czytacie) w ramach (płatnej )?(subskrypcji|prenumeraty)/
+6 /(ten|cały|pełny) (artykuł|tekst|materiał|wywiad|reportaż|treść)[^.!?]{0,20} (jest )?(dostępn[ya]|dostępne) (tylko |wyłącznie |jedynie )?(dla (subskrybentów|prenumeratorów|zalogowanych|użytkowników premium|posiadaczy (subskrypcji|prenumeraty|dostępu))|w (ramach )?(subskrypcji|prenumeracie|pakiecie premium)|po zalogowaniu)/
+6 /(aby|żeby|by|chcesz) (przeczytać|czytać|doczytać|kontynuować czytanie|zobaczyć|uzyskać dostęp)[^.!?]{0,40}(wykup|kup|zaloguj się|zarejestruj się|zostań subskrybentem|zostań prenumeratorem|subskrybuj|wybierz)/
+6 /(wykup|kup|zaloguj się|zarejestruj się|zostań subskrybentem|zostań prenumeratorem|subskrybuj)[^.!?]{0,20},? (aby|żeby|by|i) (przeczytać|czytać|doczytać|kontynuować|zobaczyć|mieć|uzyskać|czytaj)/
+5 /(pozostała część|dalsza część|reszta|całość|pełna wersja) (artykułu|tekstu|materiału|wywiadu|reportażu)[^.!?]{0,20} (dostępna|jest dostępna|czeka) (tylko |wyłącznie )?(dla (subskrybentów|prenumeratorów)|w (subskrypcji|prenumeracie|premium)|po (zalogowaniu|wykupieniu))/
+5 /(czytaj|przeczytaj) (dalej|więcej|całość) (w|z) (onet premium|subskrypcji|prenumeracie|ramach subskrypcji|newsweek plus|business insider plus|wyborczej|rzeczpospolitej|pakiecie premium)/
+5 /(wykorzystał(eś|aś)|osiągnął(eś)|osiągnęł(aś)) (już )?(swój |miesięczny |darmowy )?(limit|wszystkie) (darmowych |bezpłatnych )?(artykułów|tekstów|materiałów)/
+5 /(pozostał(o|y|a)? ci|zostało ci|masz jeszcze) \d+ (darmow|bezpłatn)(ych|e|y) (artykuł|tekst|materiał)/
+4 /(^|[\s[:punct:]…•·№])(wykup|kup|zamów|przedłuż|odnów) (subskrypcję|prenumeratę|dostęp|abonament|pakiet premium)([\s[:punct:]…•·№]|$)/
+4 /(^|[\s[:punct:]…•·№])(zostań|zostańcie) (naszym |naszą )?(subskrybentem|subskrybentką|prenumeratorem|prenumeratorką)/
+4 /(^|[\s[:punct:]…•·№])zaloguj się,? (jeśli|jeżeli) (masz|posiadasz) (już )?(subskrypcję|prenumeratę|konto|dostęp)/
+5 /(^|[\s[:punct:]…•·№])(masz już (subskrypcję|prenumeratę|dostęp)|jesteś już (subskrybentem|prenumeratorem))\?/

# --- Offers and plans -------------------------------------------------------------------------
+4 /(pierwszy miesiąc|pierwsze \d+ (dni|miesiące|miesięcy)|okres próbny|\d+ dni) (za \d+ ?(zł|pln)|za darmo|gratis|tylko za)/
+2 /\d\s?(zł|pln) ?\/ ?(mies|miesiąc|rok|mc)\.?([\s[:punct:]…•·№]|$)/
+3 /(anuluj|zrezygnuj|zrezygnować|anulować|możesz zrezygnować)[^.!?]{0,20}(w (każdej|dowolnej) (chwili|momencie))/
+4 /(nieograniczony|pełny|nielimitowany) dostęp do (wszystkich )?(artykułów|treści|tekstów|materiałów|archiwum|serwisu)/
+4 /(rabat|zniżka|taniej o) \d+ ?% (na (subskrypcję|prenumeratę|pierwszy (miesiąc|rok))|dla (nowych )?(subskrybentów|prenumeratorów))/
+3 /(cyfrow|roczn|miesięczn)(a|ą) (subskrypcj|prenumerat)(a|ę) (za|taniej|ze zniżką|od|tylko)/
+3 /(subskrypcja|prenumerata|pakiet) (onet premium|wyborczej|gazety wyborczej|rzeczpospolitej|polityki|newsweek plus|tygodnika)[^.!?]{0,30}(daje|obejmuje|to|zapewnia)/
+1.5 /(^|[\s[:punct:]…•·№])(paywall|płatny dostęp|treści premium)([\s[:punct:]…•·№]|$)/
