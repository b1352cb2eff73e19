# Italian paywall and subscription prompts: « Questo articolo è riservato agli abbonati »,
# « Abbonati per continuare a leggere », « Sei già abbonato? Accedi », « Leggi senza
# limiti », offers (« 1 € al mese per 3 mesi », « Disdici quando vuoi »), metered walls
# (Corriere della Sera, la Repubblica, La Stampa, Il Sole 24 Ore, il Post, Il Foglio, Il
# Messaggero, Il Giornale, Domani, Il Fatto Quotidiano …).
#
# « abbonati » is both the imperative « subscribe » and the noun « subscribers » (« gli
# abbonati a Netflix »), so it is weighted only as a whole paragraph, at the start of a
# paragraph, or followed by an unmistakable complement. Regex conventions: see appeal.pat.
@lang it
@category paywall
@weight +3

# --- Whole paragraphs ----------------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(abbonati|abbonati ora|abbonati subito|abbonati adesso|abbonarsi|abbonati a [^,;:!?"()|0-9/]{2,30}|scopri le offerte|scopri l'offerta|vedi le offerte|scegli l'offerta|scegli il tuo abbonamento|scegli il piano|prova gratis|prova gratuitamente|inizia la prova|attiva l'offerta|attiva ora|approfitta dell'offerta|abbonamento digitale|offerta speciale)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(riservato|riservata|esclusivo|esclusiva|contenuto riservato|contenuto esclusivo|articolo riservato|solo|solo per) (agli|ai|per gli|per) (abbonati|abbonate|iscritti|sostenitori|utenti registrati|soci)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(premium|riservato abbonati|per abbonati|abbonati premium|contenuto premium|articolo premium|rep|rep:|plus|top news)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(sei già abbonat[oa]|già abbonat[oa]|sei già (iscritt[oa]|registrat[oa]|sostenitore|sostenitrice)|hai già un abbonamento)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(\?|$|accedi|entra|effettua il login|login|fai login)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accedi|accedi per continuare|accedi per leggere|registrati|registrati gratis|registrati gratuitamente|crea un account|crea il tuo account|login|entra)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Reserved content -------------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((questo|quest'|il|l') ?)?(articolo|contenuto|approfondimento|podcast|pezzo|editoriale|intervista|servizio) (è )?(riservat[oa]|dedicat[oa]|disponibile|accessibile) (solo |esclusivamente |soltanto )?(agli|ai|per gli|per i) (abbonati|abbonate|iscritti|sostenitori|utenti registrati|lettori abbonati)[^.!?]{0,30}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(questo|quest'|il|l') ?(articolo|contenuto|approfondimento|podcast|pezzo|editoriale|intervista|servizio) (è )?(riservat[oa]|dedicat[oa]|disponibile|accessibile) (solo |esclusivamente |soltanto )?(agli|ai|per gli|per i) (abbonati|abbonate|iscritti|sostenitori|utenti registrati|lettori abbonati)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(riservat[oa]|esclusiv[oa]) (agli|per gli) (abbonati|abbonate|iscritti)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(abbonati|abbonarti|registrati|accedi|iscriviti) (per|e) (continuare a leggere|leggere (l'articolo|questo articolo|tutto|il resto)|sbloccare|accedere a tutti|non perdere)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])per continuare a leggere([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])per (leggere (l'articolo completo|questo articolo|il resto dell'articolo|tutto l'articolo)|sbloccare (l'articolo|questo articolo|il contenuto))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*abbonati (a|al|alla|all'|ora|subito|per)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(leggi|accedi|accedere) (senza limiti|a tutti gli articoli|a tutti i contenuti|a tutto il sito|in modo illimitato|illimitatamente)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])accesso (illimitato|completo|integrale) (a|al|ai|agli|alle|a tutti) (articoli|contenuti|sito|tutti|tutte)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])sblocca (l'articolo|questo articolo|il contenuto|tutti i contenuti|l'accesso)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Limits ----------------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])hai (raggiunto|esaurito|letto) (il limite|il numero massimo|gli articoli gratuiti|i tuoi articoli gratuiti|tutti gli articoli gratuiti|\d+ articoli gratuiti)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ti restano|ti rimangono|ti resta) (\d+|ancora \d+|un) (articol[oi]|contenut[oi]) (gratuit[oi]|gratis)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])articoli gratuiti (questo mese|al mese|di questo mese)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Offers ----------------------------------------------------------------------------------
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])\d+([.,]\d+)? ?(€|euro) (al|a) (mese|settimana) per (i primi )?\d+ (mesi|settimane|anno)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(poi|dopo|successivamente) \d+([.,]\d+)? ?(€|euro) ?(/|al|a) ?(mese|anno|settimana)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(disdici|disdetta|cancella|annulla) (quando vuoi|in qualsiasi momento|in ogni momento|online|con un click)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])senza (vincoli|vincolo|obbligo di rinnovo|costi nascosti)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(offerta (lancio|speciale|limitata|esclusiva|di benvenuto)|prova gratuita|periodo di prova|primo mese gratis)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Pay or consent --------------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accetta e continua|accetta e continua a leggere|abbonati senza pubblicità|rifiuta e abbonati|naviga senza pubblicità|leggi senza pubblicità)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(accetta|accettare) (i )?cookie (di profilazione )?(o|oppure) (abbonati|abbonarti|abbonati a|sottoscrivi)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(senza (cookie di profilazione|pubblicità|pubblicità profilata)) (a|per|al costo di) (soli )?\d+([.,]\d+)? ?(€|euro)/
