# Italian newsletter sign-ups: « Iscriviti alla newsletter », « Ricevi ogni mattina nella
# tua casella di posta », form fields (« Inserisci la tua email »), privacy checkboxes,
# confirmations and unsubscribe notes (« Puoi cancellarti in qualsiasi momento »).
#
# The bare word « newsletter » is shared with other languages and gets nothing here.
# Regex conventions: see appeal.pat.
@lang it
@category newsletter
@weight +3

+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(iscriviti|iscrivetevi|iscriversi|abbonati|ricevi|ricevere) (gratis |gratuitamente |subito |ora )?(alla|alle|a|la|le|alla nostra|alle nostre|la nostra|le nostre) (newsletters?|newsletter gratuita|newsletter di [^.,;:!?"()|0-9/]{2,30})([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(iscriviti|iscriviti ora|iscriviti gratis|iscrizione|iscriviti alla newsletter|iscrizione alla newsletter|le nostre newsletter|tutte le newsletter|scopri le newsletter|scopri tutte le newsletter|gestisci le newsletter|newsletter)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(iscrizione|iscriversi|iscriverti) (gratuita )?(alla|alle) (nostra |nostre )?(newsletters?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ogni|tutte le|tutti i) (mattina|mattine|sera|sere|giorno|giorni|settimana|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)[^.]{0,40}(nella tua (casella|mail|email|posta)|via (e-?mail|mail))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(direttamente )?nella tua (casella( di posta| email| mail)?|email|mail|posta( elettronica)?|inbox)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ricevi|riceverai|ti invieremo|ti mandiamo|ti inviamo) (ogni|tutte le|le|la|una|il)[^.]{0,50}(notizie|aggiornamenti|approfondimenti|selezione|racconto|newsletter)[^.]{0,30}(mail|email|casella|posta)/

+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((la tua |il tuo )?(indirizzo )?(e-?mail|email|mail)( \*)?)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(inserisci|scrivi|indica) (il tuo |la tua )?(indirizzo )?(e-?mail|email|mail)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ho letto e accetto|ho preso visione|acconsento|iscrivendoti,? accetti|iscrivendomi,? accetto|cliccando su "?iscriviti)[^.]{0,40}(informativa|privacy|condizioni|termini|trattamento)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(puoi|potrai) (cancellarti|disiscriverti|annullare l'iscrizione|revocare l'iscrizione) (in qualsiasi momento|in ogni momento|quando vuoi|con un click|facilmente)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(link|collegamento) (per la |di )?(cancellazione|disiscrizione)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])grazie per (esserti iscritt[oa]|l'iscrizione|la tua iscrizione|esservi iscritti)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(sei|ti sei) (iscritt[oa]|registrat[oa])( (alla|con successo))?[^.]{0,30}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(conferma|confermare) (la tua|l') (iscrizione|indirizzo email|email)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])ti abbiamo inviato (una|un') (e-?mail|email|mail) (di conferma|per confermare)/
