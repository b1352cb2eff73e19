# Italian share, follow and save prompts: « Condividi », « Condividi su WhatsApp », « Copia
# link », « Seguici su Instagram », « Iscriviti al nostro canale WhatsApp », « Salva »,
# « Regala questo articolo ».
#
# « condividere » inside a sentence is ordinary Italian; only buttons, imperatives and
# whole paragraphs are weighted. Regex conventions: see appeal.pat.
@lang it
@category share
@weight +4

# --- Buttons ------------------------------------------------------------------------------
+7 ^condividi$
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(condividi|invia|salva|stampa|copia|regala) (questo articolo|l'articolo|la notizia|il link|link|su [^,;:!?"()|0-9/]{1,15}|via (e-?mail|mail|whatsapp)|per (e-?mail|mail))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 ^link copiato$
+7 ^copia link$
+7 ^copia il link$
+7 ^copiato$
+7 ^stampa$
+7 ^salva$
+7 ^salvato$
+7 ^salva articolo$
+7 ^salva per dopo$
+7 ^leggi dopo$
+7 ^leggi più tardi$
+7 ^aggiungi ai preferiti$
+7 ^preferiti$
+7 ^i miei preferiti$
+7 ^invia$
+7 ^invia per email$
+7 ^condividi articolo$
+7 ^condividi su whatsapp$
+7 ^condividi su facebook$
+7 ^condividi su x$
+7 ^condividi su twitter$
+7 ^condividi su linkedin$
+7 ^regala articolo$
+7 ^regala questo articolo$
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(facebook|twitter|linkedin|whatsapp|e-?mail|mail|telegram|threads|bluesky|messenger|copia link)((\s*[|·•,/]\s*|\s+)(facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|telegram|threads|bluesky|messenger|copia link))+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(condividi|condividete) (questo articolo|l'articolo|questa notizia|sui social|sui tuoi social|con i tuoi amici)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(regala|regalate) (questo articolo|l'articolo)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Follow us ------------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(seguici|seguiteci|segui [^,;:!?"()|0-9/]{2,30}|segui tutte le notizie|resta aggiornato|rimani aggiornato) (anche )?(su|sul|sui|tramite|attraverso) (facebook|twitter|x|instagram|tiktok|youtube|linkedin|whatsapp|telegram|threads|bluesky|google news|i nostri (social|canali)|i social|il nostro canale)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(seguici|seguiteci)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(iscriviti|unisciti|entra|seguici) (al|nel|sul) (nostro )?canale (whatsapp|telegram|youtube)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(il nostro|il) canale (whatsapp|telegram)( di [^,;:!?"()|0-9/]{2,25})?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(segui|seguire|smetti di seguire) (l'autore|l'autrice|questo argomento|il tema|l'argomento|[^,;:!?"()|0-9/]{2,30} su (x|twitter|instagram|facebook|linkedin))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^segui$
+6 ^seguito$
+6 ^seguiti$
