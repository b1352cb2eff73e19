# Italian cookie and consent banners (Garante privacy / TCF texts, « Accetta tutti »,
# « Rifiuta », « Continua senza accettare », « Noi e terze parti selezionate utilizziamo
# cookie »), pay-or-consent walls, placeholders for embedded content.
#
# News about cookies, the Garante or the GDPR uses the topic words, so « cookie »,
# « consenso », « dati personali » alone get nothing; strong weights need the banner's own
# sentences or whole-paragraph buttons. Regex conventions: see appeal.pat.
@lang it
@category cookie
@weight +4

# --- Buttons (whole paragraphs) -----------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accetta|rifiuta|accetto|rifiuto|consenti|nega) (tutti|tutto|tutti i cookie|i cookie|cookie|selezionati|la selezione)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accetta|rifiuta|accetto|rifiuto|consenti|nega|ok, ho capito|acconsento)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accetta|rifiuta|accetto) e (chiudi|continua|prosegui|continua a navigare)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(continua senza accettare|prosegui senza accettare|chiudi senza accettare|rifiuta e chiudi)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(gestisci|personalizza|impostazioni|preferenze|modifica|configura|gestione) (le |i |dei |delle )?(cookie|preferenze|opzioni|consensi|privacy|impostazioni)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(salva|conferma) (le )?(preferenze|scelte|impostazioni|selezione)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(personalizza|altre opzioni|scopri di più e personalizza|mostra dettagli|vedi i partner|vedi i nostri partner|vedi fornitori|impostazioni)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Banner sentences -------------------------------------------------------------------
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])noi e (terze parti selezionate|i nostri partner|i nostri fornitori|\d+ partner) (utilizziamo|usiamo|archiviamo|trattiamo|accediamo)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])noi e (terze parti selezionate|i nostri partner)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(questo sito|il sito|il nostro sito)( web)? (utilizza|usa|fa uso di|impiega) (i )?cookie([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(utilizziamo|usiamo) (i )?(cookie|cookie tecnici|cookie di profilazione|tecnologie simili)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])archiviare (e/o|e|o) accedere a informazioni su un dispositivo/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])annunci e contenuti personalizzati,? valutazione degli annunci/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dati di geolocalizzazione precisi|identificazione attraverso la scansione del dispositivo|scansione attiva delle caratteristiche del dispositivo)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])chiudendo (questo banner|questa informativa)[^.]{0,80}(acconsenti|accetti|consenso)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(puoi|potrai) (liberamente )?(prestare|rifiutare|revocare|modificare) (o (revocare|rifiutare) )?(il tuo consenso|le tue (scelte|preferenze))/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(il tuo consenso) (in qualsiasi momento|è facoltativo|può essere revocato)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cliccando|facendo clic) su "?(accetta|accetta tutti|accetto)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cookie policy|informativa (sui|cookie|estesa sui) cookie|informativa cookie)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])legittimo interesse([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])cookie (tecnici|di profilazione|analitici|di terze parti|strettamente necessari)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Embedded content and pay or consent ----------------------------------------------------
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])per (visualizzare|vedere|mostrare|caricare) (questo|il) (contenuto|video|post|tweet),? (devi|è necessario|accetta|occorre)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(questo|il) contenuto (non è disponibile|è bloccato|è stato bloccato|non può essere visualizzato)[^.]{0,60}(cookie|consenso|preferenze)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(contenuto (non disponibile|bloccato|esterno|di terze parti)|mostra contenuto|carica contenuto|visualizza contenuto)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
