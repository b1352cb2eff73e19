# Polish comment-section chrome: "Komentarze (12)", "Dodaj komentarz", "Bądź pierwszy",
# "Zaloguj się, aby dodać komentarz", reply/report buttons, sort controls, moderation
# notices ("Komentarz pojawi się po zatwierdzeniu przez moderatora").
#
# News writes about comments ("komentarz rzecznika", "odmówił komentarza"), so
# "komentarz" alone gets nothing; the strong patterns are whole paragraphs or the form's
# own sentences. Regex conventions: see appeal.pat.
@lang pl
@category comments
@weight +4

# --- Whole-paragraph buttons and headings ------------------------------------------------
+6 role=maybe-thread ^komentarze$
+6 ^komentarz$
+6 role=maybe-thread ^dyskusja$
+6 ^skomentuj$
+7 role=thread ^komentarze czytelników$
+7 ^opinie czytelników$
+7 ^dodaj komentarz$
+7 ^napisz komentarz$
+7 ^dodaj opinię$
+7 ^twój komentarz$
+7 ^treść komentarza$
+7 ^wyślij komentarz$
+7 ^opublikuj komentarz$
+7 ^pokaż komentarze$
+7 ^ukryj komentarze$
+7 ^wszystkie komentarze$
+7 ^zobacz komentarze$
+7 ^zobacz wszystkie komentarze$
+7 ^pokaż wszystkie komentarze$
+7 ^pokaż więcej komentarzy$
+7 ^załaduj więcej komentarzy$
+7 ^czytaj komentarze$
+7 ^brak komentarzy$
+7 ^nie ma jeszcze komentarzy$
+7 ^bądź pierwszy$
+7 ^bądź pierwsza$
+7 ^skomentuj jako pierwszy$
+7 ^odpowiedz$
+5 ^odpowiedzi$
+7 ^zgłoś$
+7 ^zgłoś naruszenie$
+7 ^zgłoś komentarz$
+5 ^podpis$
+7 ^nick$
+7 ^twój nick$
+7 ^wyślij$
+7 ^najnowsze komentarze$
+5 ^najstarsze$
+5 ^najlepsze$
+7 ^od najnowszych$
+7 ^od najstarszych$
+7 ^najwyżej oceniane$
+7 ^komentarze zostały wyłączone$
+7 ^komentowanie wyłączone$
+7 role=maybe-thread /^[\s[:punct:]…•·№]*(komentarze|komentarzy|komentarz|komentarza|dyskusja|opinie)[\s[:punct:]…•·№]*\(?\d+\)?[\s[:punct:]…•·№]*$/
+7 role=maybe-thread /^[\s[:punct:]…•·№]*\d+ (komentarzy|komentarze|komentarz|odpowiedzi|odpowiedź|opinii|opinie)[\s[:punct:]…•·№]*$/
+6 /^[\s[:punct:]…•·№]*(sortuj|sortowanie)( według| wg\.?)?\s?:?\s?(najnowsze|najstarsze|najlepsze|popularne|daty|popularności|oceny)/

# --- Form and moderation sentences -------------------------------------------------------------
+5 /(bądź|bądźcie) (pierwszy|pierwsza|pierwszą osobą),? (który|która|kto)? ?(skomentuje|doda komentarz|napisze)/
+5 /(aby|żeby|by) (dodać|napisać|zamieścić|skomentować|dodawać|pisać) (komentarz|komentarze|opinię)[^.!?]{0,20},? (zaloguj się|musisz się zalogować|musisz być zalogowany|zarejestruj się|należy się zalogować)/
+5 /(zaloguj się|zarejestruj się),? (aby|żeby|by) (dodać|napisać|skomentować|dodawać|zobaczyć) (komentarz|komentarze|opinię)/
+5 /komentarz (zostanie opublikowany|pojawi się|będzie widoczny|czeka na|został przekazany)[^.!?]{0,40}(moderat|zatwierdzeni|akceptacj|weryfikacj)/
+5 /(komentarze|komentowanie) (są |zostały )?(wyłączone|zamknięte|moderowane|niedostępne)/
+4 /(redakcja|administrator|moderator) (zastrzega sobie prawo|ma prawo) (do )?(usuwania|usunięcia|nieopublikowania|niepublikowania)[^.!?]{0,40}komentarz/
+4 /(dodając|publikując|wysyłając) komentarz[^.!?]{0,30}(akceptujesz|zgadzasz się|oświadczasz)/
+4 /(komentarze|wpisy|opinie) (są|stanowią) (prywatnymi )?(opiniami|wypowiedziami) (ich )?(autorów|użytkowników|internautów)/
+3 /^[\s[:punct:]…•·№]*(lubię to|nie lubię|plus|minus)[\s[:punct:]…•·№]+\d+/
