# Italian legal and imprint lines: « © RIPRODUZIONE RISERVATA », « Tutti i diritti
# riservati », company data (P.IVA, Registro imprese, Registrazione presso il Tribunale),
# footer links (Note legali, Privacy policy, Chi siamo, Contatti), agency credit lines
# (« Fonte: ANSA »), affiliate disclosures.
#
# News about copyright or privacy law uses the words too; strong weights are for whole
# paragraphs and fixed formulas. Regex conventions: see appeal.pat.
@lang it
@category legal
@weight +4

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(©\s*)?riproduzione riservata[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])riproduzione riservata([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(è )?(vietata|vietata la) (riproduzione|la riproduzione)( anche parziale| totale o parziale)?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])tutti i diritti (sono )?riservati([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(note legali|informativa privacy|informativa sulla privacy|privacy|privacy policy|cookie policy|termini e condizioni|termini di utilizzo|termini d'uso|condizioni d'uso|condizioni di utilizzo|condizioni generali|codice etico|chi siamo|contatti|contattaci|redazione|la redazione|pubblicità|pubblicità sul sito|lavora con noi|accessibilità|dichiarazione di accessibilità|mappa del sito|faq|aiuto|assistenza|servizio clienti|gestione cookie|preferenze cookie|rss|trasparenza|codice di autodisciplina|policy)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(note legali|privacy|privacy policy|cookie policy|termini e condizioni|condizioni d'uso|chi siamo|contatti|redazione|pubblicità|lavora con noi|accessibilità|mappa del sito|faq)(\s*[|·•,/-]\s*|\s+)(note legali|privacy|privacy policy|cookie policy|termini e condizioni|condizioni d'uso|chi siamo|contatti|redazione|pubblicità|lavora con noi|accessibilità|mappa del sito|faq)(\s*[|·•,/-]\s*|\s+)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(p\.\s?iva|partita iva|c\.f\.|codice fiscale|p\.iva e c\.f\.)\s*:?\s*(it)?\s?\d{9,11}([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(registrazione|registrat[oa]|iscrizione|iscritt[oa]) (presso il |al |nel )(tribunale di [^\s.,;:!?"()|0-9/]+ (n\.?|numero|al n)|registro della stampa|roc)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(reg\. trib\.|aut\. trib\.|iscr\. roc)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(direttore responsabile|società editrice|editore|capitale sociale|registro (delle )?imprese|sede legale)\s*:/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(© |©1|©2|\(c\)|copyright)\s*((19|20)\d\d\s*)?[^,;:!?"()|0-9]{0,60}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(gedi|rcs|rcs mediagroup|gruppo gedi|il sole 24 ore s\.p\.a\.|caltagirone editore|monrif|citynews)[^,;:!?"()|0-9/]{0,40}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(fonte|fonti|con fonte|a cura della redazione|con informazioni di)\s*:?\s*(ansa|adnkronos|agi|askanews|lapresse|dire|reuters|afp|ap|italpress|agenzie|agenzia dire)([\s,/e]+(ansa|adnkronos|agi|askanews|lapresse|dire|reuters|afp|ap|italpress|agenzie))*[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ansa|adnkronos|agi|askanews|lapresse|dire|italpress|agenzia dire|agenzie|redazione|la redazione|red\.|\(ansa\)|ansa\.it)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(questo articolo|questo testo|l'articolo) (è stato |è )?(pubblicato|apparso|uscito) (originariamente|per la prima volta|originalmente) (su|in|da)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(questo articolo|questa pagina|questo contenuto) (contiene|include) (link|collegamenti) (di affiliazione|affiliati|sponsorizzati)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(link|collegamenti) (di affiliazione|affiliati)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(potremmo|possiamo|riceviamo) (ricevere |percepire |ottenere )?una (commissione|piccola commissione)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])senza (alcun )?(costo|sovrapprezzo) (aggiuntivo|extra) per (te|voi|il lettore)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
