# Italian read-more and related-content lines: « Leggi anche », « Potrebbe interessarti »,
# « Articoli correlati », « I più letti », « Continua a leggere », « Approfondisci ».
#
# Most patterns are whole paragraphs or paragraph starts. Regex conventions: see appeal.pat.
@lang it
@category related
@weight +4

# --- Whole paragraphs ---------------------------------------------------------------------
+7 ^leggi anche$
+7 ^leggi di più$
+7 ^leggi tutto$
+7 ^leggi l'articolo$
+7 ^leggi l'articolo completo$
+7 ^leggi la notizia$
+7 ^continua a leggere$
+7 ^continua$
+7 ^vai all'articolo$
+7 ^vai alla notizia$
+7 ^scopri di più$
+7 ^per saperne di più$
+7 ^approfondisci$
+7 ^approfondimenti$
+7 ^approfondimento$
+7 ^vedi anche$
+7 ^guarda anche$
+7 ^ascolta anche$
+7 ^leggi anche questo$
+7 ^da leggere$
+7 ^da non perdere$
+7 ^non perderti$
+7 ^in evidenza$
+7 ^primo piano$
+7 ^più letti$
+7 ^i più letti$
+7 ^le più lette$
+7 ^più lette$
+7 ^articoli più letti$
+7 ^i più visti$
+7 ^più visti$
+7 ^più condivisi$
+7 ^più commentati$
+7 ^articoli correlati$
+7 ^notizie correlate$
+7 ^correlati$
+7 ^contenuti correlati$
+7 ^potrebbe interessarti$
+7 ^potrebbero interessarti$
+7 ^ti potrebbe interessare$
+7 ^ti potrebbero interessare$
+7 ^ti consigliamo$
+7 ^consigliati$
+7 ^consigliati per te$
+7 ^scelti per te$
+7 ^altre notizie$
+7 ^altri articoli$
+7 ^ultime notizie$
+7 ^ultim'ora$
+7 ^ultima ora$
+7 ^le ultime$
+7 ^dalla stessa sezione$
+7 ^dalla home$
+7 ^in primo piano$
+7 ^ultimi articoli$
+7 ^tutte le notizie$
+7 ^la diretta$
+7 ^in diretta$
+7 ^diretta$
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(altre notizie|altri articoli|tutti gli articoli|tutte le notizie|più notizie|altro) (su|di|da|in|della sezione) [^,;:!?"()|0-9/]{2,30}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Paragraph starts ---------------------------------------------------------------------
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(leggi anche|leggi pure|vedi anche|guarda anche|approfondisci|approfondimento|potrebbe interessarti|ti potrebbe interessare|correlato|correlati|per approfondire)\s*(:|\||>|-)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(l'approfondimento|l'analisi|l'intervista|il commento|il retroscena|la scheda|il punto|il caso|il video|le foto|la diretta)\s*(\||>)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(leggi anche|vedi anche|guarda anche|potrebbe interessarti|ti potrebbe interessare|per approfondire)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(argomenti|tag|temi|parole chiave|argomento)\s*:?\s/
+6 ^argomenti$
+6 ^tag$
+6 ^tags$
+6 ^temi$
+6 ^parole chiave$

# --- Inside a paragraph -------------------------------------------------------------------
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(clicca|cliccate) (qui|su questo link|sul link)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(leggi|leggete|segui|seguite) (qui|la diretta|tutti gli aggiornamenti|l'articolo completo)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(tutte le notizie|tutti gli aggiornamenti|le ultime notizie) (su [^.,;:!?"()|0-9/]{2,30} )?(nella nostra diretta|nel nostro live|qui)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
