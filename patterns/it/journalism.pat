# Negative evidence: Italian news narration. Reported speech (« ha detto », « ha
# dichiarato », « ha spiegato »), attribution (« secondo », « stando a », « riferisce »),
# ANSA-style datelines (« (ANSA) - ROMA, 12 MAR - »), institutions and the days of the
# week (« martedì »).
#
# Weak one by one (-1..-3); an appeal rarely uses them. Regex conventions: see appeal.pat.
@lang it
@category journalism
@weight -1

# --- Datelines ----------------------------------------------------------------------------
-3 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\((ansa|agi|adnkronos|askanews|lapresse|dire|italpress)\)\s?-/
-3 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*[^,;:!?"()|0-9]{2,30},? \d{1,2} (gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)[^\s.,;:!?"()|/]*\.? ?-/
-2 /\((ansa|agi|adnkronos|askanews|lapresse|dire|italpress)\)\.?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Reported speech ---------------------------------------------------------------------
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ha|hanno|aveva|avevano) (detto|dichiarato|spiegato|aggiunto|sottolineato|affermato|precisato|riferito|annunciato|ribadito|commentato|osservato|evidenziato|ricordato|denunciato|assicurato|confermato|raccontato|replicato|concluso|scritto|affermato)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /" ?,? (ha detto|ha dichiarato|ha spiegato|ha aggiunto|ha sottolineato|ha affermato|dice|spiega|aggiunge|sottolinea|afferma|racconta|commenta|osserva|precisa|conclude|continua|prosegue)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dice|spiega|racconta|sottolinea|aggiunge|afferma|precisa|osserva|conclude|riferisce|dichiara|annuncia|ribadisce|replica) (il|la|lo|l'|i|gli|le|un|una|ai|al|alla|a)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(in una nota|in un comunicato|in una dichiarazione|in un'intervista (a|al|alla|con)|a margine (di|del|della)|in conferenza stampa)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Attribution ---------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(secondo|stando a|come riferisce|come riporta|come riportato da|a quanto riferisce|a quanto si apprende|si apprende)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(secondo|stando a) (quanto|fonti|la procura|gli inquirenti|i carabinieri|la polizia|il ministero|l'istat|i dati|le prime ricostruzioni|una prima ricostruzione|indiscrezioni)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(fonti|ambienti) (di|del|della|dell'|vicine a|investigative|giudiziarie|diplomatiche|di governo|di palazzo chigi)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Institutions and actors -----------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(il|la|i|gli|le|del|della|dei|degli) (governo|ministro|ministra|ministero|procura|procuratore|gip|inquirenti|carabinieri|polizia|guardia di finanza|prefetto|prefettura|sindaco|sindaca|premier|presidente del consiglio|parlamento|camera|senato|tribunale|corte|consulta|indagati|indagato|arrestati|vigili del fuoco)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Time and numbers ------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)( (scorso|prossimo|mattina|sera|pomeriggio))?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(l'anno scorso|lo scorso anno|l'anno precedente|nel \d{4}|dal \d{4})([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])\d+([.,]\d+)? (milioni|miliardi|mila|per cento|persone|morti|vittime|feriti|abitanti)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
