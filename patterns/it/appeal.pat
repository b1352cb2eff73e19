# Italian donation and membership appeals: « Sostieni il giornalismo indipendente »,
# « Abbiamo bisogno di te », « Cari lettori », « Diventa socio », « Dona ora », donation
# forms and their buttons (il Post, Il Fatto Quotidiano, Valigia Blu, Internazionale,
# Domani, Fanpage, il manifesto, Avvenire, Open, Facta, IrpiMedia, Slow News …).
#
# Appeals speak as « noi / nostro » to « tu / tuo » (or « voi / vostro »); the regexes lean
# on that so that news ABOUT donations (raccolte fondi, 5x1000, Telethon) is not pushed out.
# Bare topic words (« donazione », « sostegno », « abbonati » — which is also the noun
# « subscribers ») get no weight. Lowercased « il suo sostegno » is « his/her support » in
# news, so only « tuo / vostro » forms are weighted.
#
# Regex conventions: Unicode classes (\w, \W, \p{L}) and Unicode \b compile to large,
# slow automata, so they are not used. The edge and boundary class is the small
# punctuation class P = [ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔] (ASCII space, punctuation and
# symbols plus a few others): ^P* / P*$ for paragraph edges, (^|P) / (P|$) as word
# boundaries (this also works next to accented letters, where an ASCII \b would not), and
# "a word" or "a name" is a negated class such as [^\s.,;:!?"()|/0-9]. No flag groups
# such as (?-u:…) are used, so every regex keeps the literals the prefilter needs.
# Openers start with P minus quotes, ^[ !#-&(-/:-@\[-`{-~¡¿…]*, so that a quoted plea in
# a news story opens no block.
@lang it
@category appeal
@weight +3

# --- Openers ----------------------------------------------------------------------------
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(car[oa] (lettore|lettrice|abbonat[oa]|amic[oa]|sostenitore|sostenitrice)|car[ie] (lettori|lettrici|lettori e lettrici|lettrici e lettori|abbonati|amici|sostenitori)|gentile (lettore|lettrice|abbonat[oa])|gentili (lettori|lettrici|lettori e lettrici)|caro lettore,? cara lettrice|cara lettrice,? caro lettore)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(un messaggio (dalla|della) (redazione|direzione|direttore|direttrice)|una lettera (del|della) (direttore|direttrice|redazione)|ai nostri lettori|alle nostre lettrici e ai nostri lettori)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*($|:|-)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*prima di (andare|andartene|continuare a leggere|chiudere|lasciare la pagina|proseguire)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ti (è|e') piaciuto|ti piace|hai apprezzato|vi è piaciuto) (questo articolo|questo pezzo|quello che hai letto|il nostro lavoro|questa inchiesta|leggerci)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(hai letto|avete letto) \d+ articoli/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(abbiamo|ti facciamo|ti chiediamo) (una (piccola |grande )?(richiesta|domanda|favore)|un (piccolo )?(favore|aiuto|gesto))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Sostieni ----------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])sostienici([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])sostieni (il|l'|la|un|il nostro|la nostra|i nostri|le nostre|ora|oggi|anche tu) ?(giornalismo|informazione|post|fatto|manifesto|redazione|lavoro|progetto|inchieste|domani|internazionale|valigia blu|fanpage|open|avvenire|testata|indipendenza|giornale)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sostieni|sostenete|supporta|supportaci|aiutaci|aiutateci) (il giornalismo|l'informazione|un giornalismo|un'informazione) (indipendente|libera|libero|di qualità|gratuita)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(aiutaci|aiutateci|sostienici|supportaci) (a|ad) (continuare|restare|rimanere|mantenere|fare|raccontare|garantire|produrre)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])abbiamo bisogno (di te|del tuo|della tua|di voi|del vostro|della vostra)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(contiamo|contare) su (di te|di voi|il tuo|il vostro)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(il tuo|il vostro) (contributo|sostegno|aiuto|supporto|abbonamento|aiuto economico) (è|ci|fa|rende|permette|garantisce|conta|serve)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(grazie al|con il) (tuo|vostro) (contributo|sostegno|aiuto|supporto|abbonamento)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ti chiediamo|vi chiediamo) (un|di) (piccolo |piccola )?(contributo|sostegno|sostenerci|aiutarci|donazione|abbonarti)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(un|ogni|qualsiasi) (contributo|donazione|aiuto),? (anche (piccolo|minimo|piccola|minima)|conta|fa la differenza|è importante|per quanto piccolo)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(il )?giornalismo (libero |indipendente |di qualità |serio )*(ha un costo|costa|non è gratis|non è gratuito|ha bisogno di (te|voi|lettori))/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(siamo|restiamo|rimaniamo) (liberi|indipendenti|gratuiti|accessibili a tutti) (grazie a|solo grazie a|perché) (te|voi|chi ci sostiene|chi ci legge|i nostri (lettori|abbonati|sostenitori))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(senza|niente) (pubblicità|padroni|editori),? (senza|né|e senza) (padroni|pubblicità|finanziamenti|editori|paywall)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(finanziat[oa]|sostenut[oa]) (solo |esclusivamente |interamente |principalmente )?(dai|dalle|da) (nostri|nostre) (lettori|lettrici|abbonati|sostenitori|soci)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lettori|lettrici|sostenitori|abbonati) come te([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Dona / diventa ----------------------------------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(fai|fate|effettua) una donazione([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dona|donate) (ora|adesso|subito|anche tu)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(la tua|la vostra) donazione([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[.!?:] )(diventa|diventate) (anche tu |ora |subito |oggi )?(socio|socia|sostenitore|sostenitrice|abbonato|abbonata|membro|mecenate|parte della (nostra )?(comunità|community))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(diventa|diventate) (anche tu|ora|subito) (socio|socia|sostenitore|sostenitrice|abbonato|abbonata|membro|mecenate)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(unisciti|unitevi) (a|ai|alle|alla) (\d[\d.]* |migliaia di |oltre \d[\d.]* )?(lettori|lettrici|sostenitori|abbonati|soci|comunità|community)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(detraibil[ei]|deducibil[ei]) (dalle tasse|fiscalmente|nella dichiarazione)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(il tuo |dona il |destina il )?(\d ?x ?1000|cinque per mille|5 per mille) (a|al|alla) (nostr[oa]|noi)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(bastano|basta|richiede|ci vuole) (un minuto|pochi secondi|\d+ (minuti|secondi))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Donation form and buttons (whole paragraphs) ---------------------------------------
+7 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dona|dona ora|dona adesso|fai una donazione|sostieni|sostienici|sostieni ora|sostieni il post|sostieni [^.,;:!?"()|0-9/]{2,25}|contribuisci|contribuisci ora|diventa socio|diventa socia|diventa sostenitore|diventa sostenitrice|diventa membro|voglio sostenere|voglio contribuire|voglio donare|sì, voglio sostenere|sostengo)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(sono già (socio|socia|abbonato|abbonata|sostenitore|sostenitrice|donatore|donatrice)|ricordamelo (più tardi|dopo)|ricordamelo|più tardi|non ora|non adesso|no,? grazie)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(una tantum|donazione singola|donazione mensile|contributo mensile|mensile|annuale|ogni mese|singola|una volta)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(altro importo|importo libero|scegli (l'|un )importo|inserisci (l'|un )importo|importo personalizzato)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(\d{1,4}([.,]\d\d)? ?(€|euro)|€ ?\d{1,4}([.,]\d\d)?)( ?(/|al|a|ogni) ?(mese|anno|settimana))?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Closers --------------------------------------------------------------------------------
+4 role=closer /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(grazie|grazie mille|grazie di cuore) (per il tuo|per il vostro|del tuo|del vostro) (sostegno|contributo|aiuto|supporto|abbonamento)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])grazie (per il|del) (tuo|vostro) (sostegno|contributo|supporto)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
