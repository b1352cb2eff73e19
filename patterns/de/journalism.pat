# Negative evidence: German news narration. Reported speech ("sagte am Dienstag",
# "teilte die Polizei mit", "hieß es"), attribution ("laut", "nach Angaben", "zufolge"),
# agency datelines ("Berlin (dpa) -"), institutions and the days of the week.
#
# These only pull a paragraph towards "keep"; they are weak one by one (-1..-3) and an
# appeal rarely uses them. Regex conventions: see appeal.pat.
@lang de
@category journalism
@weight -1

# --- Agency datelines ----------------------------------------------------------------------
-3 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*[^,;:!?"()|0-9]{2,40} (\((dpa|afp|reuters|rtr|epd|kna|sid|dts|apa|ots|ddp|afx|dpa-afx|sda|idea)|\(ap)(\s?[/,-]\s?[a-z]{2,6})*\)\s?[-:]/
-2 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(\((dpa|afp|reuters|epd|kna|sid|apa)|\(ap)(\s?/\s?[a-z]{2,6})*\)/

# --- Reported speech -------------------------------------------------------------------------
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sagte|sagten|erklärte|erklärten|betonte|betonten|teilte|teilten|kündigte|kündigten|warnte|warnten|bestätigte|bestätigten|berichtete|berichteten|kritisierte|kritisierten|forderte|forderten|räumte|meldete|meldeten) ([^\s.,;:!?"()|0-9/]+ ){0,4}(am|in der nacht zu|am späten|am frühen) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend|wochenende|vormittag|nachmittag|abend|morgen)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])teilte(n)? ([^\s.,;:!?"()|0-9/]+ ){1,6}mit([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sagte|sagt|erklärte|erklärt|betonte|betont) (er|sie) (der|dem|gegenüber|am|im|bei|auf|weiter|nach|zudem)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])so (er|sie) (der|dem|gegenüber|weiter|zudem)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /[",] (sagte|sagt|erklärte|erklärt|betonte|betont|fügte|räumte|ergänzte|warnte) (er|sie|der|die|ein|eine)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /[",] so (er|sie|der|die)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])hieß es (in|aus|von|bei|am|weiter|zunächst|zur begründung)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sagte|sagten|erklärte|erklärten|betonte|betonten|kritisierte|kritisierten|bestätigte|bestätigten|räumte .{0,30} ein|kündigte .{0,30} an|wies .{0,30} zurück)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sagte|erklärte|sagt|erklärt) ([^\s.,;:!?"()|0-9/]+ ){0,4}(der|dem) (deutschen presse-agentur|nachrichtenagentur|zeitung|zeitschrift|sender|tageszeitung|magazin)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Attribution ---------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(laut|nach angaben|nach informationen|nach eigenen angaben|nach ersten erkenntnissen|nach bisherigen erkenntnissen|zufolge|wie (der|die|das) [^\s.,;:!?"()|0-9/]+ (berichtet|berichtete|meldet|meldete|schreibt|schrieb))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dem|einem) (bericht|medienbericht|medienberichten|zeitungsbericht) (der|des|zufolge)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])nach angaben (der|des|von) (polizei|staatsanwaltschaft|feuerwehr|behörden|ministeriums|regierung|unternehmens|veranstalter|stadt|gemeinde)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Institutions and actors -------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(die|der|des) (polizei|staatsanwaltschaft|ermittler|ermittlerinnen|bundesregierung|landesregierung|bundesanwaltschaft|bundesverfassungsgericht|landgericht|amtsgericht|oberlandesgericht|feuerwehr|bundeswehr|bundestag|bundesrat|opposition|koalition)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sprecher|sprecherin|ministerpräsident|ministerpräsidentin|bundeskanzler|kanzler|bundesminister|bundesministerin|minister|ministerin|bürgermeister|bürgermeisterin|präsident|präsidentin|vorsitzende|vorsitzender|angeklagte|angeklagten|verdächtige|verdächtigen|tatverdächtige|tatverdächtigen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Time and numbers ---------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(am|seit|bis|von|vom|ab|zum) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend)(abend|morgen|mittag|nachmittag|vormittag)?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])in der nacht (zu|zum|auf) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(im vergangenen|im vorigen|im laufenden|im kommenden) (jahr|monat|quartal|halbjahr)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])\d+([,.]\d+)? (prozent|millionen|milliarden|tonnen|kilometer)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
