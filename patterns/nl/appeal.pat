# Dutch and Flemish donation and membership appeals: « Steun onafhankelijke journalistiek »,
# « Word lid », « Beste lezer », « We hebben je hulp nodig », « Doneer nu », donation forms
# and their buttons (De Correspondent, Follow the Money, Vers Beton, Apache, MO*, Oneworld,
# Bellingcat, Investico, Dagblad010, Joop/BNNVARA, Argos; De Groene Amsterdammer …).
#
# Appeals speak as « wij / we / ons / onze » to « je / jij / jouw » (or formal « u / uw »);
# the regexes lean on that so that news ABOUT donations (Giro555, goede doelen, ANBI,
# partijfinanciering) is not pushed out. Bare topic words (« steun », « donatie »,
# « leden ») get no weight: « steun » is also the everyday noun (« steun voor Oekraïne »).
#
# Regex conventions: Unicode classes (\w, \W, \p{L}) and Unicode \b compile to large,
# slow automata, so they are not used. The edge and boundary class is the small
# punctuation class P = [ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔] (ASCII space, punctuation and
# symbols plus a few others): ^P* / P*$ for paragraph edges, (^|P) / (P|$) as word
# boundaries (this also works next to accented letters, where an ASCII \b would not), and
# "a word" or "a name" is a negated class such as [^\s.,;:!?"()|/0-9]. No flag groups
# such as (?-u:…) are used, so every regex keeps the literals the prefilter needs.
# Openers start with P minus quotes, ^[ !#-&(-/:-@\[-`{-~¡¿…]*, so that a quoted plea in
# a news story opens no block.
@lang nl
@category appeal
@weight +3

# --- Openers ----------------------------------------------------------------------------
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(beste|lieve|geachte|waarde|hoi|hallo) (lezer|lezers|lezeres|lezeressen|lezer van [^,;:!?"()|0-9/]{2,25}|abonnee|abonnees|donateur|donateurs|leden|lid|correspondent|vrienden|luisteraar|luisteraars)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(een (persoonlijk |kort )?(bericht|woordje|berichtje|verzoek) (van|aan) (de redactie|de hoofdredactie|onze lezers|de hoofdredacteur|ons|onze)|aan onze lezers|een oproep aan (onze )?lezers)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*($|:|-)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(voordat|voor) (je|u) (verder ?leest|weggaat|gaat|deze pagina (sluit|verlaat))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(vond|vindt) (je|u) (dit|dit artikel|dit stuk|dit verhaal|deze podcast|ons werk) (de moeite waard|waardevol|interessant|belangrijk|goed|nuttig)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(je|u) (hebt|heeft|heb) (al )?\d+ (artikelen|stukken|verhalen) (gelezen|bij ons gelezen)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(wij|we|ik) (hebben|heb) (een|een klein|een groot|een belangrijk) (verzoek|vraag|vraagje)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(wat )?(fijn|leuk|goed) dat (je|u) (dit|ons|hier) (leest|bent|volgt)/

# --- Steun ons -----------------------------------------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])steun (ons|onze (journalistiek|redactie|onderzoeksjournalistiek|verhalen|onderzoeken)|onafhankelijke (journalistiek|onderzoeksjournalistiek|media|nieuwsvoorziening)|de correspondent|follow the money|ftm|vers beton|apache|mo\*|oneworld|dagblad010|investico|bellingcat|de groene|argos)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*steun (ons|onze|onafhankelijke|de correspondent|follow the money)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(steun|help|ondersteun) (je|jij|u) (ons|onze|onafhankelijke)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(help|helpt|help je|help jij|helpt u) (ons|mee) (om |bij |door )?(onafhankelijk|kritisch|journalistiek|onze journalistiek|dit werk|te blijven|voort te|door te gaan|verder te)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(we|wij) hebben (jou|je|jouw|u|uw) (hulp |steun |bijdrage |donatie )?(hard |echt |nu )?nodig([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(we|wij) (zijn|blijven) (afhankelijk van|onafhankelijk dankzij|er dankzij|mogelijk dankzij) (jou|jullie|u|onze lezers|onze leden|lezers zoals jij|onze donateurs|jouw steun|uw steun)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(jouw|je|uw) (bijdrage|donatie|gift|steun|lidmaatschap) (maakt|helpt|zorgt|is|telt|maakt het verschil|maakt het mogelijk)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dankzij|met) (jouw|je|uw) (bijdrage|donatie|gift|steun|lidmaatschap)(,? (kunnen|blijven|maken)|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(elke|iedere) (bijdrage|donatie|gift),? (hoe klein ook|groot of klein|telt|helpt|maakt verschil|is welkom)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(elke|iedere) euro,? (hoe klein ook|groot of klein)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(onafhankelijke |goede |kwalitatieve |kritische )?journalistiek (kost geld|kost tijd en geld|is niet gratis|heeft een prijs|heeft (jouw |je |uw )?steun nodig)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(advertentievrij|reclamevrij|zonder advertenties|zonder adverteerders|zonder aandeelhouders)(,| en)? (en )?(onafhankelijk|zonder (advertenties|adverteerders|aandeelhouders)|gefinancierd door)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(volledig |grotendeels |geheel )?gefinancierd (door|met) (onze|haar|zijn) (leden|lezers|donateurs|abonnees)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(leden|lezers|donateurs|mensen) (zoals|als) (jij|u)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(al )?vanaf (€ ?)?\d+([.,]\d+)? ?(euro )?per (maand|jaar|week)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Word lid / doneer ------------------------------------------------------------------
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])word (nu |vandaag |ook |jij ook )?(lid|donateur|vriend|supporter|member|abonnee|begunstiger|steunlid|mecenas)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*word (nu |vandaag |ook )?(lid|donateur|vriend|supporter|member|abonnee)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(doneer|doneren) (nu|vandaag|direct|eenmalig|maandelijks|een bedrag|via ideal)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])geef (nu|vandaag) (een |je |uw |jouw )?(bijdrage|gift|donatie|steun)?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(doe|geef) (een|jouw|je|uw) (donatie|gift|bijdrage)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sluit je aan bij|sluit u aan bij|voeg je bij) (de |onze |meer dan )?(\d[\d.]* )?(andere )?(leden|lezers|donateurs|abonnees|supporters)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(giften|donaties|je gift|uw gift) (zijn |is )?(fiscaal )?aftrekbaar([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])anbi(-status|-erkend)?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(het )?(duurt|kost) (maar |slechts )?(een minuut|één minuut|een paar seconden|\d+ (minuten|seconden))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Donation form and buttons (whole paragraphs) ---------------------------------------
+7 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(word lid|nu lid worden|lid worden|word nu lid|word ook lid|doneer|doneer nu|nu doneren|doneren|steun ons|steun nu|steun|steunen|geef nu|ja, ik steun|ik steun|ik word lid|ik doneer|word donateur|donateur worden|word vriend|vriend worden|word supporter|steun de correspondent|steun follow the money|steun ftm|steun apache|steun vers beton|steun onafhankelijke journalistiek|word lid van [^,;:!?"()|0-9/]{2,25})[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ik ben al (lid|donateur|abonnee|vriend|supporter)|ik steun al|ik doneer al|herinner me later|herinner mij later|later herinneren|misschien later|later|nu niet|niet nu|nee, bedankt|nee bedankt)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(eenmalig|maandelijks|jaarlijks|per maand|per jaar|eenmalige gift|maandelijkse gift|periodieke gift|periodiek schenken)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ander bedrag|eigen bedrag|kies (een|je|uw) bedrag|vul (een|je|uw) bedrag in|vrij bedrag|zelf bedrag kiezen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((€|eur) ?\d{1,4}([.,]\d\d|,-)?|\d{1,4}([.,]\d\d)? ?(euro|€))( ?(/|per|p/) ?(maand|jaar|mnd|week))?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Closers --------------------------------------------------------------------------------
+4 role=closer /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(hartelijk |heel erg |enorm )?(bedankt|dank je wel|dankjewel|dank u wel|dank je|dank) voor (je|jouw|uw|de) (steun|bijdrage|donatie|gift|lidmaatschap|vertrouwen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(bedankt|dank je wel|dank u wel|dankjewel) voor (je|jouw|uw) (steun|bijdrage|donatie|gift|lidmaatschap)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
