# Negative evidence: Polish news narration. Agency datelines and signatures ("Warszawa
# (PAP) -", "(PAP)", "źródło: PAP"), reported speech ("powiedział", "poinformowała
# policja", "przekazał rzecznik"), attribution ("według", "jak podaje", "jak ustalił",
# "powołując się na"), institutions and actors, days of the week, figures.
#
# These only pull a paragraph towards "keep"; they are weak one by one (-1..-3) and an
# appeal rarely uses them. Regex conventions: see appeal.pat.
@lang pl
@category journalism
@weight -1

# --- Agency datelines and signatures ------------------------------------------------------------
-3 /^[[\s[:punct:]…•·№]--["'-]]*[^,!?0-9"()]{2,30} \((pap|iar|kai|pap mediaroom|ap|afp|reuters)\)\s?-/
-2 /\((pap|iar|kai)\)[\s[:punct:]…•·№]*$/
-2 /(^|[\s[:punct:]…•·№])(pap|iar)\/[^\s/]{2,4}[\s[:punct:]…•·№]*$/

# --- Reported speech ----------------------------------------------------------------------------
-2 /(^|[\s[:punct:]…•·№])(powiedział|powiedziała|powiedzieli|poinformował|poinformowała|poinformowało|poinformowali|przekazał|przekazała|przekazało|przekazali|dodał|dodała|zaznaczył|zaznaczyła|podkreślił|podkreśliła|stwierdził|stwierdziła|ocenił|oceniła|wyjaśnił|wyjaśniła|przyznał|przyznała|oświadczył|oświadczyła|zapowiedział|zapowiedziała|zapewnił|zapewniła|przypomniał|przypomniała|podał|podała|podało|podali|napisał|napisała|mówił|mówiła) (w poniedziałek|we wtorek|w środę|w czwartek|w piątek|w sobotę|w niedzielę|dziennikarzom|pap|polskiej agencji prasowej|w rozmowie|w wywiadzie|na konferencji|podczas konferencji|na briefingu|w oświadczeniu|w komunikacie|w mediach społecznościowych|na platformie x|na x|w serwisie|rzecznik|rzeczniczka|policja|prokuratura|ministerstwo|portal|serwis|tvn24|rmf fm|polsat news|onet|interii|gazecie|"?rzeczpospolitej|"?wyborczej)/
-2 /[,"] - (powiedział|powiedziała|dodał|dodała|zaznaczył|zaznaczyła|podkreślił|podkreśliła|stwierdził|stwierdziła|mówi|dodaje|podkreśla|zaznacza|tłumaczy|wyjaśnia|przyznaje|opowiada|ocenia) /
-1 /(^|[\s[:punct:]…•·№])(powiedział|powiedziała|poinformował|poinformowała|poinformowali|przekazał|przekazała|przekazali|oświadczył|oświadczyła|zaznaczył|zaznaczyła|podkreślił|podkreśliła|stwierdził|stwierdziła|ocenił|oceniła|zapowiedział|zapowiedziała|zaapelował|zaapelowała|zaapelowali|wezwał|wezwała)([\s[:punct:]…•·№]|$)/
-2 /(^|[\s[:punct:]…•·№])jak (poinformował|poinformowała|poinformowało|poinformowali|przekazał|przekazała|przekazało|przekazali|podaje|podał|podała|podało|informuje|informował|ustalił|ustaliła|ustaliło|ustalili|dowiedział się|dowiedziała się|pisze|napisał|napisała|czytamy|wynika z)([\s[:punct:]…•·№]|$)/
-2 /(^|[\s[:punct:]…•·№])(czytamy|napisano|poinformowano|podano) w (komunikacie|oświadczeniu|uzasadnieniu|raporcie|piśmie|wyroku|postanowieniu|dokumencie|uchwale|wpisie|informacji)/
-2 /(rzecznik|rzeczniczka|rzecznika|przedstawiciel|przedstawicielka|źródło|rozmówca|rozmówczyni|informator|informatorka) ([^ .,!?]+ ){0,4}(powiedział|powiedziała|poinformował|poinformowała|przekazał|przekazała|potwierdził|potwierdziła|zaznaczył|zaznaczyła|wyjaśnił|wyjaśniła)/
-1 /(odmówił(a|o|y|i)? komentarza|nie odpowiedział(a|o|y|i)? na (pytania|nasze pytania)|do chwili publikacji|do momentu publikacji|nie udało się uzyskać komentarza)/

# --- Attribution ---------------------------------------------------------------------------------
-1 /(^|[\s[:punct:]…•·№])(według|zdaniem|jak podaje|jak wynika z|jak ustalił|jak ustaliła|jak ustaliło|powołując się na|cytowany przez|cytowana przez|w rozmowie z|w opinii|wynika z danych|z danych)([\s[:punct:]…•·№]|$)/
-2 /(^|[\s[:punct:]…•·№])według (informacji|danych|ustaleń|źródeł|szacunków|relacji|policji|prokuratury|ministerstwa|gus|sondażu|badania|raportu|agencji|portalu|serwisu|mediów|nieoficjalnych)([\s[:punct:]…•·№]|$)/
-2 /(^|[\s[:punct:]…•·№])(nieoficjalnie|jak dowiedział się|jak dowiedziała się|jak dowiedziało się|dowiedzieliśmy się|ustaliliśmy)([\s[:punct:]…•·№]|$)/

# --- Institutions and actors -----------------------------------------------------------------------
-1 /(^|[\s[:punct:]…•·№])(policja|policji|policjanci|prokuratura|prokuratury|prokurator|sąd|sądu|sędzia|sejm|sejmu|senat|senatu|rząd|rządu|premier|premiera|prezydent|prezydenta|minister|ministra|ministerstwo|ministerstwa|wojewoda|burmistrz|wójt|marszałek|poseł|posłanka|posłowie|rzecznik|rzeczniczka|abw|cba|nik|straż graniczna|straży granicznej|straż pożarna|strażacy|ratownicy|ue|nato|onz|pis|ko|psl|konfederacja|lewica)([\s[:punct:]…•·№]|$)/
-1 /(^|[\s[:punct:]…•·№])(zatrzymany|zatrzymana|zatrzymali|zatrzymano|aresztowany|aresztowana|podejrzany|podejrzana|oskarżony|oskarżona|zarzuty|zarzut|skazany|skazana|wyrok|śledztwo|postępowanie)([\s[:punct:]…•·№]|$)/

# --- Time and numbers ------------------------------------------------------------------------------
-1 /(^|[\s[:punct:]…•·№])(w poniedziałek|we wtorek|w środę|w czwartek|w piątek|w sobotę|w niedzielę)([\s[:punct:]…•·№]|$)/
-1 /(^|[\s[:punct:]…•·№])(w nocy z|w nocy na|rano|wieczorem|po południu) (\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)|poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)([\s[:punct:]…•·№]|$)/
-1 /(^|[\s[:punct:]…•·№])\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)( \d{4})?( r\.| roku)?([\s[:punct:]…•·№]|$)/
-1 /(^|[\s[:punct:]…•·№])\d+([,.]\d+)? (mln|mld|tys\.|tysięcy|milionów|miliardów|proc\.|procent|zł|złotych)([\s[:punct:]…•·№]|$)/
-1 /(^|[\s[:punct:]…•·№])(wcześniej|wcześniej w|przypomnijmy|jak pisaliśmy)([\s[:punct:]…•·№]|$)/
