# Italian site chrome: menus and section lists, skip links, login/account links, pagers,
# reading-time and audio-player lines, « Aggiornato il … » meta, error-report prompts, and
# advertising labels (« Pubblicità », « Contenuto sponsorizzato »).
#
# Almost everything here is a whole paragraph. Regex conventions: see appeal.pat.
@lang it
@category navigation
@weight +5

# --- Menus, skip links, account -------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(home|homepage|home page|torna alla home|vai alla home|torna alla homepage|menu|apri menu|chiudi menu|chiudi|cerca|ricerca|cerca nel sito|sezioni|tutte le sezioni|mappa del sito|archivio|edizione digitale|edizione cartacea|sfoglia il giornale|sfogliatore|il giornale di oggi|giornale digitale|edicola|edicola digitale|e-paper|epaper|le firme|i blog|blog|meteo|oroscopo|programmi tv|giochi|necrologie|annunci|aste|servizi)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accedi|esci|logout|login|registrati|il mio account|il mio profilo|profilo|area personale|area riservata|il mio abbonamento|gestisci abbonamento|i miei articoli|i miei preferiti|abbonamenti)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(vai|salta|passa) (al|alla|ai) (contenuto|contenuto principale|menu|navigazione|ricerca|footer|piè di pagina)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(torna su|torna all'inizio|torna in alto|inizio pagina)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^su$
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mostra altro|mostra di più|carica altri|carica altro|carica altri articoli|vedi tutti|vedi tutto|vedi tutte|vedi altro|altri risultati|successivo|precedente|pagina successiva|pagina precedente|avanti|indietro)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*pagina \d+ di \d+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(home|homepage) ?(›|>|/|\|)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(sei in|ti trovi in)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:/

# Section lists: three or more section names in a row.
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((cronaca|politica|esteri|economia|sport|cultura|spettacoli|tecnologia|tech|scienze|scienza|salute|motori|viaggi|milano|roma|napoli|torino|opinioni|commenti|video|foto|podcast|italia|mondo|ambiente|moda|cibo|food|lifestyle|interni|calcio|finanza|mercati|lavoro|scuola|università|giustizia|cinema|musica|libri|televisione|interventi|editoriali|rubriche|home)(\s*[|·•,/]\s*|\s+)){2,}(cronaca|politica|esteri|economia|sport|cultura|spettacoli|tecnologia|tech|scienze|scienza|salute|motori|viaggi|milano|roma|napoli|torino|opinioni|commenti|video|foto|podcast|italia|mondo|ambiente|moda|cibo|food|lifestyle|interni|calcio|finanza|mercati|lavoro|scuola|università|giustizia|cinema|musica|libri|televisione|interventi|editoriali|rubriche)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Reading time, audio player, meta -------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(tempo di lettura|lettura|tempo stimato di lettura)\s*:?\s*(circa )?\d+\s?(min|minuti|minuto|min\.)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(tempo di lettura)\s*:?\s*\d+\s?(min|minuti)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d+\s?(min|minuti) (di lettura|lettura)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ascolta|ascolta l'articolo|ascolta questo articolo|ascolta la notizia|riproduci|riproduci audio|riproduci video|guarda il video|play|ascolta la versione audio)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(questo|il) video (non è (più )?disponibile|non può essere riprodotto)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aggiornato|pubblicato|ultimo aggiornamento|modificato)( il| alle| a| oggi| ieri)?\s*:?\s*\d{1,2}[\s/.-]?(\d{1,2}|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)[^!?]{0,50}$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aggiornato|pubblicato|ultimo aggiornamento)( il| alle| oggi| ieri)\s/

# --- Error reports, feedback ------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(segnala un errore|segnala errore|hai trovato un errore|hai notato un errore|scrivi alla redazione|contatta la redazione|scrivici)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(hai (trovato|notato|visto) un errore)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Advertising labels ---------------------------------------------------------------------
@category other
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(pubblicità|annuncio|annunci|sponsorizzato|contenuto sponsorizzato|contenuti sponsorizzati|contenuto promozionale|promozione|informazione pubblicitaria|in collaborazione con [^,;:!?"()|0-9/]{2,30}|offerto da [^,;:!?"()|0-9/]{2,30}|presentato da [^,;:!?"()|0-9/]{2,30}|partner|brand content|branded content|adv)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(l'articolo|la notizia|il testo) (continua|prosegue) (dopo|sotto) (la pubblicità|l'annuncio|la pubblicita)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(pubblicità|contenuto sponsorizzato|informazione pubblicitaria)\s*(:|-|\|)/
