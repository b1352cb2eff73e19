# Italian photo captions and credits: « (foto Ansa) », « Foto: LaPresse », « Immagine di
# repertorio », « Credits: … », gallery chrome (« Foto 1 di 10 », « Ingrandisci »).
#
# The generic start « Foto: » lives in de/caption.pat (shared by de, es, it, pt, nl) so it
# is counted once. Captions often read like news, so weights stay low (+1..+3) except for
# gallery buttons. Regex conventions: see appeal.pat.
@lang it
@category caption
@weight +2

+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(fotografia|immagine|immagini|illustrazione|infografica|grafico|credits|crediti|credito|fonte foto|foto di copertina|in copertina|copertina)\s?:/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*foto (ansa|lapresse|ap|afp|reuters|epa|getty images|getty|imagoeconomica|ipa|agf|fotogramma|cavicchi|ufficio stampa|ansa/[^.,;:!?"()|0-9/]+|us|da instagram|da facebook|dal web|web|archivio|d'archivio|di repertorio)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /\(\s?foto:? [^()]{2,60}\)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(foto|immagine|immagini) (di repertorio|d'archivio|d'archivio ansa)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(immagine|foto) (generica|simbolica|di archivio|tratta da|tratte da|di copertina)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ansa|lapresse|afp|reuters|epa|getty images|imagoeconomica|ipa|agf|fotogramma)\s?/\s?[^,;:!?"()|0-9/]{2,40}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(foto|immagine) \d+ di \d+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^ingrandisci$
+6 ^ingrandisci l'immagine$
+6 ^ingrandisci la foto$
+6 ^apri la gallery$
+6 ^vedi la gallery$
+6 ^guarda la gallery$
+6 ^guarda le foto$
+6 ^tutte le foto$
+6 ^fotogallery$
+6 ^gallery$
+6 ^galleria fotografica$
+6 ^a schermo intero$
+6 ^chiudi la gallery$
+6 ^foto successiva$
+6 ^foto precedente$
+6 ^immagine successiva$
+6 ^immagine precedente$
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(fotogallery|gallery|le immagini|le foto|in foto)\s?(:|-|\|)/
+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(didascalia)\s?:/
