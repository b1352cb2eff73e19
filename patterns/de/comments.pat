# German comment-section chrome: "Kommentare", "Kommentieren", "Diskutieren Sie mit",
# "Die Kommentarfunktion ist geschlossen", netiquette notes, sort and reply buttons.
#
# "Kommentar" is also an article genre (a commentary piece), so the bare singular gets
# a modest weight; the strong patterns are whole paragraphs or the fixed notices.
# Regex conventions: see appeal.pat.
@lang de
@category comments
@weight +4

# --- Whole paragraphs ---------------------------------------------------------------------
+7 role=maybe-thread ^kommentare$
+7 role=thread ^leserkommentare$
+7 ^kommentieren$
+7 ^jetzt kommentieren$
+7 ^kommentar schreiben$
+7 ^kommentar verfassen$
+7 ^kommentar abgeben$
+7 ^kommentare anzeigen$
+7 ^kommentare ausblenden$
+7 ^kommentare einblenden$
+7 ^kommentare lesen$
+7 ^kommentare laden$
+7 ^alle kommentare$
+7 ^alle kommentare anzeigen$
+7 ^alle kommentare laden$
+7 ^zu den kommentaren$
+7 ^zur diskussion$
+7 ^zum forum$
+7 ^forum$
+7 role=maybe-thread ^diskussion$
+7 ^diskutieren$
+7 ^mitdiskutieren$
+7 ^jetzt mitdiskutieren$
+7 ^leserbrief schreiben$
+7 ^leserbriefe$
+7 ^leserdebatte$
+7 ^ihre meinung$
+7 ^deine meinung$
+7 ^meinung schreiben$
+7 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d+ (kommentare?|beiträge|antworten|reaktionen|leserkommentare)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(kommentare|diskussion|forum) \(\d+\)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^antworten$
+6 ^antwort schreiben$
+6 ^melden$
+6 ^kommentar melden$
+6 ^beitrag melden$
+6 ^zitieren$
+6 ^empfehlen$
+6 ^gefällt mir$
+6 ^mehr antworten anzeigen$
+6 ^antworten anzeigen$
+6 ^weitere antworten$
+6 ^neueste zuerst$
+6 ^älteste zuerst$
+6 ^neueste$
+6 ^älteste$
+6 ^beliebteste$
+6 ^meistempfohlen$
+6 ^sortieren nach$
+6 ^sortieren$
+6 ^redaktionsempfehlungen$
+6 ^leserempfehlungen$
+6 ^abbrechen$
+6 ^absenden$
+6 ^senden$
+6 ^abschicken$
+6 ^veröffentlichen$
+3 ^kommentar$

# --- Notices ------------------------------------------------------------------------------
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(die )?kommentarfunktion (ist|wurde|bleibt) (für diesen (artikel|beitrag) )?(leider )?(deaktiviert|geschlossen|abgeschaltet|nicht verfügbar|ausgeschaltet|nicht aktiviert)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dieser|der) (artikel|beitrag|text) (kann|darf) (leider |nicht mehr )*(nicht )?(mehr )?kommentiert werden/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(kommentare|die kommentare|der kommentarbereich) (sind|ist|werden) (für diesen (artikel|beitrag) )?(geschlossen|deaktiviert|nicht (mehr )?möglich|moderiert)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])um (zu kommentieren|kommentieren zu können|kommentare zu schreiben|mitzudiskutieren|an der diskussion teilzunehmen),? (müssen|musst|melden) (sie|du)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(melden sie sich|melde dich|loggen sie sich|logge dich) (an|ein),? um (zu kommentieren|mitzudiskutieren|kommentare)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(diskutieren sie|diskutiere|diskutiert|kommentieren sie|kommentiere) (mit|hier|jetzt|gerne|gern)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(bitte )?(beachten sie|beachte|lesen sie) (unsere|die) (netiquette|diskussionsregeln|kommentarrichtlinien|community-richtlinien|forenregeln|nutzungsbedingungen)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(netiquette|diskussionsregeln|kommentarrichtlinien|forenregeln)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(was meinen sie|was denken sie|wie sehen sie das|was meinst du|wie siehst du das|ihre meinung ist gefragt|deine meinung ist gefragt|ihre meinung zählt|deine meinung zählt)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(schreiben sie|schreib) (es |ihre meinung |deine meinung )?(uns )?in die kommentare([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# Login and registration gates in front of the comment form.
+4 /(um|zum) (selbst )?(kommentare? (zu )?(verfassen|schreiben|abgeben)|(zu )?kommentieren|mitdiskutieren)(,)? (müssen|muss|musst) (sie|du)/
+4 /kommentarfunktion (ist|steht) (nur )?(registrierten|angemeldeten|eingeloggten|abonnenten)/
+3 /(probleme|fragen) (beim|zum) (kommentieren|registrieren|einloggen)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*jetzt (einen |ihren |deinen )?kommentar (schreiben|verfassen|abgeben)/
+4 role=thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d+ kommentare? zu /
+3 /(registrieren sie sich|melden sie sich an|loggen sie sich ein) und (halten sie sich|beachten sie|diskutieren sie)/
+4 /(um|zum) (selbst )?kommentare? (zu )?(verfassen|schreiben|abgeben)( zu können)?(,)? (müssen|muss|musst) (sie|du)/

# Comment calls to action and comment-count headings as whole paragraphs: the button or
# heading alone on its line ("Jetzt einen Kommentar schreiben", WordPress's
# "3 Kommentare zu „Titel“"), where the anywhere-forms above are too weak to cut one
# line out of the middle of an article.
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(jetzt |hier )?(einen |ihren |deinen |ersten )?kommentar (schreiben|verfassen|abgeben|hinterlassen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 role=thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(\d+|ein|eine|zwei|drei) (kommentare?|gedanken|antworten|reaktionen|meinungen) (zu|auf|über) "[^"]{1,200}"[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
