# Dutch and Flemish comment-section chrome: « Reacties », « Reageer », « Plaats een reactie »,
# « Reageren is niet meer mogelijk », « Log in om te reageren », house rules, sort and
# reply buttons.
#
# Regex conventions: see appeal.pat.
@lang nl
@category comments
@weight +4

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(reacties|reactie|reageer|reageren|reageer ook|nu reageren|bekijk reacties|bekijk de reacties|bekijk alle reacties|toon reacties|toon alle reacties|verberg reacties|lees de reacties|laad meer reacties|meer reacties|plaats een reactie|plaats reactie|schrijf een reactie|geef je reactie|jouw reactie|uw reactie|je reactie|wat vind jij|wat vindt u|wat vind jij ervan|wat vindt u ervan|discussieer mee|praat mee|doe mee aan de discussie|discussie|forum|lezersbrieven|ingezonden brieven|schrijf een ingezonden brief)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 ^antwoorden$
+7 ^beantwoorden$
+7 ^reageer op deze reactie$
+7 ^melden$
+7 ^rapporteer$
+7 ^rapporteren$
+7 ^vind ik leuk$
+7 ^like$
+7 ^nieuwste eerst$
+7 ^oudste eerst$
+7 ^nieuwste$
+7 ^oudste$
+7 ^populairste$
+7 ^meest gewaardeerd$
+7 ^sorteer op$
+7 ^sorteren$
+7 ^annuleren$
+7 ^verstuur$
+7 ^versturen$
+7 ^plaatsen$
+7 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(bekijk |toon )?\d+ (reacties|reactie|antwoorden|antwoord)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(reacties|reageren) \(\d+\)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(reageren|het reageren|de reactiemogelijkheid) (is|werd) (niet (meer )?mogelijk|gesloten|uitgeschakeld|gesloten voor dit artikel)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(de )?reacties (zijn|worden) (gesloten|uitgeschakeld|gemodereerd)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(onder|bij) dit (artikel|bericht|verhaal) (kan|kun je|kunt u) (niet|niet meer) (worden )?(gereageerd|reageren)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(log in|registreer|word abonnee|meld je aan) (om|en) (te reageren|mee te praten|een reactie te plaatsen|mee te discussiëren)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(reageerregels|huisregels|spelregels|reactiebeleid|discussieregels)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(je|jouw|uw) reactie (wordt|is|zal) (eerst )?(beoordeeld|gemodereerd|geplaatst|verstuurd)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(reacties|bijdragen) (zijn|worden) (voor|op) (eigen )?rekening van (de )?(schrijvers|auteurs|lezers)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
# "12 reacties op “Titel”", "3 gedachten over “Titel”": the head of a comment list.
+7 role=thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d[\d.,]* (reacties?|gedachten|antwoorden?) (op|over) ".{1,250}$/
