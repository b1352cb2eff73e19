# Dutch and Flemish photo captions and credits: « Beeld ANP » (Volkskrant, Trouw, Parool
# style, at the end of the caption), « Foto ANP », « Beeld: Getty Images », « Foto
# Hollandse Hoogte », « (foto: Belga) », gallery chrome (« Foto 1 van 10 », « Vergroot »).
#
# The generic start « Foto: » lives in de/caption.pat (shared by de, es, it, pt, nl) so it
# is counted once. Captions often read like news, so weights stay low (+1..+3) except for
# gallery buttons. Regex conventions: see appeal.pat.
@lang nl
@category caption
@weight +2

+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(beeld|beelden|illustratie|infographic|afbeelding|fotografie|bron foto|fotobijschrift|bijschrift)\s?:/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(beeld|foto|beelden|foto's) (anp|afp|ap|reuters|epa|getty images|getty|belga|hollandse hoogte|shutterstock|afp/anp|anp/afp|epa-efe|brunopress|de beeldunie|photo news|imageselect|pro shots|orange pictures|soenar chamid|getty images/istockphoto|istock|archief|privécollectie|eigen foto|aangeleverd)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(beeld|foto|beelden)\s?:?\s?(anp|afp|ap|reuters|epa|getty images|belga|hollandse hoogte|shutterstock|epa-efe|brunopress|de beeldunie|photo news|imageselect|pro shots|orange pictures|istock|afp/anp|anp/afp)( (/ )?[^\s,;:!?"()|0-9/]+){0,5}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(beeld|foto) [^\s,;:!?"()|0-9/]+ [^\s,;:!?"()|0-9/]+ (/|voor) (de volkskrant|trouw|het parool|nrc|de morgen|de standaard|het financieele dagblad|fd)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+2 /\((foto|beeld|archieffoto|archiefbeeld)\s?:?\s?[^()]{2,60}\)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(archieffoto|archiefbeeld|archiefbeelden|illustratiefoto|ter illustratie|stockfoto)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(foto|afbeelding|beeld) \d+ (van|uit|/) \d+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^vergroot$
+6 ^vergroten$
+6 ^vergroot afbeelding$
+6 ^bekijk de foto's$
+6 ^bekijk alle foto's$
+6 ^bekijk de fotoserie$
+6 ^fotoserie$
+6 ^fotogalerij$
+6 ^galerij$
+6 ^volledig scherm$
+6 ^sluit galerij$
+6 ^volgende foto$
+6 ^vorige foto$
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(fotoserie|fotogalerij|in beeld|in foto's)\s?(:|-|\|)/
