# Italian comment-section chrome: « Commenti », « Lascia un commento », « I commenti sono
# chiusi », « Accedi per commentare », community rules, sort and reply buttons.
#
# Regex conventions: see appeal.pat.
@lang it
@category comments
@weight +4

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(commenti|commenta|commentate|i commenti|vedi i commenti|mostra i commenti|nascondi i commenti|leggi i commenti|carica i commenti|carica altri commenti|mostra altri commenti|vai ai commenti|lascia un commento|lascia il tuo commento|scrivi un commento|scrivi il tuo commento|aggiungi un commento|pubblica commento|invia commento|partecipa alla discussione|discussione|la discussione|di' la tua|dì la tua|la tua opinione|cosa ne pensi|cosa ne pensate|il forum|forum|lettere al direttore|scrivi al direttore)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 ^rispondi$
+7 ^risposte$
+7 ^vedi le risposte$
+7 ^nascondi risposte$
+7 ^segnala$
+7 ^segnala abuso$
+7 ^segnala commento$
+7 ^mi piace$
+7 ^non mi piace$
+7 ^più recenti$
+7 ^meno recenti$
+7 ^più vecchi$
+7 ^più votati$
+7 ^più apprezzati$
+7 ^in evidenza$
+7 ^ordina per$
+7 ^annulla$
+7 ^invia$
+7 ^pubblica$
+7 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(vedi |mostra )?\d+ (commenti|commento|risposte|risposta)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(commenti|risposte) \(\d+\)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(i )?commenti (sono|sono stati|risultano) (chiusi|disabilitati|disattivati|sospesi|moderati)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(questo articolo|questo contenuto) non (accetta|consente|permette) (più )?commenti([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(accedi|registrati|abbonati|effettua il login|iscriviti) (per|e) (commentare|lasciare un commento|partecipare alla discussione|poter commentare)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])per (commentare|poter commentare|lasciare un commento)[^.]{0,30}(devi|è necessario|occorre|bisogna) (essere|effettuare|accedere|registrarti|abbonarti)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(regole|policy|linee guida|netiquette) (della community|dei commenti|per i commenti|di moderazione|del forum)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])il tuo commento (sarà|è stato|è in attesa|verrà) (pubblicato|moderato|inviato|di moderazione)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(i commenti|le opinioni) (sono|rappresentano) (di esclusiva )?(responsabilità|opinioni) (dei|degli) (loro )?(autori|utenti|lettori)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
# "12 commenti su “Titolo”", "3 pensieri su “Titolo”": the head of a comment list.
+7 role=thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d[\d.,]* (commenti|commento|risposte|risposta|pensieri|pensiero) (su|a) ".{1,250}$/
