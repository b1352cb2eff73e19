# German legal and imprint lines: "Alle Rechte vorbehalten", "© dpa", footer links
# (Impressum, Datenschutz, AGB, "Verträge hier kündigen"), reprint notices, syndication
# and agency credit lines ("Mit Material von dpa"), affiliate-link disclosures.
#
# News about copyright or terms of service uses the words too; strong weights are for
# whole paragraphs and for the fixed legal formulas. Regex conventions: see appeal.pat.
@lang de
@category legal
@weight +4

# --- Footer links (whole paragraphs) ------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(impressum|datenschutz|datenschutzerklärung|datenschutzhinweise|datenschutzeinstellungen|agb|allgemeine geschäftsbedingungen|nutzungsbedingungen|nutzungsbasierte online-werbung|kontakt|kontaktformular|barrierefreiheit|erklärung zur barrierefreiheit|barrierefreiheitserklärung|mediadaten|hilfe|faq|häufige fragen|über uns|wir über uns|redaktion|leserservice|presse|karriere|stellenangebote|verträge hier kündigen|vertrag kündigen|abo kündigen|kündigen|widerrufsbelehrung|netiquette|transparenz|rss|rss-feeds|newsletter|cookies|cookie-einstellungen|utiq verwalten|chiffre-anzeigen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(impressum|datenschutz|datenschutzerklärung|agb|nutzungsbedingungen|kontakt|barrierefreiheit|mediadaten|hilfe|faq|über uns|karriere|verträge hier kündigen)(\s*[|·•,/]\s*|\s+)(impressum|datenschutz|datenschutzerklärung|agb|nutzungsbedingungen|kontakt|barrierefreiheit|mediadaten|hilfe|faq|über uns|karriere|verträge hier kündigen)(\s*[|·•,/]\s*|\s+)/

# --- Copyright and reprint formulas -------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])alle rechte vorbehalten([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(© |©1|©2|\(c\)|copyright)\s*((19|20)\d\d\s*)?[a-z0-9äöüß .&,/-]{0,60}(gmbh|verlag|ag|kg|mediengruppe|medien|zeitung|dpa|afp|reuters|kna|epd|sid)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(nachdruck|vervielfältigung|verbreitung|weiterverbreitung|weiterverwendung|veröffentlichung) (nur |ausschließlich )?(mit|nach) (vorheriger |schriftlicher |ausdrücklicher )*(genehmigung|zustimmung|erlaubnis)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(die|alle) (nutzungs|verwertungs)rechte (liegen|an diesem)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(nutzungsrechte|artikelrechte|lizenzrechte|verlagsrechte|rechte) (erwerben|anfragen|kaufen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(artikel|text|beitrag) (nutzungsrechte|rechte) (erwerben|anfragen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(diesen|den) (artikel|text|beitrag) (lizenzieren|nachdrucken|weiterverwenden)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Agency, syndication and origin credits -----------------------------------------------
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mit material (von|der|des)|mit informationen (von|der|des)|mit agenturmaterial|material (von|der)|quelle[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:?)\s*[a-z0-9 ,/.&-]{0,30}(dpa|afp|reuters|ap|epd|kna|sid|dts|apa|rtr|nachrichtenagentur(en)?|agenturen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])mit material (von|der|des) (dpa|afp|reuters|ap|epd|kna|sid|dts|apa|nachrichtenagentur)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dpa|afp|reuters|epd|kna|sid|dts|apa|rtr|afp/dpa|dpa/afp|dpa/ap|dpa/reuters|ots|red|sda|agenturen)(\s*[/,]\s*(dpa|afp|reuters|epd|kna|sid|dts|apa|rtr|ots|red|sda|[a-z]{2,4}))*[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^ap$
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dieser|der) (artikel|text|beitrag|kommentar|gastbeitrag) (erschien|ist) (zuerst|erstmals|ursprünglich) (in|bei|im|auf)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dieser|der) (artikel|text|beitrag) (wurde|ist) (mit hilfe|mithilfe|mit unterstützung) (von )?(künstlicher intelligenz|einer ki|ki)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dieser|der) (artikel|text|beitrag) wurde (automatisch|maschinell) (übersetzt|erstellt)/

# --- Affiliate and ad disclosures ---------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dieser artikel|dieser beitrag|diese seite|der artikel) enthält (sogenannte )?(affiliate-?links|werbelinks|provisionslinks|partnerlinks)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(affiliate-?links|werbelinks|provisions-?links|partnerlinks)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(erhalten wir|bekommen wir|verdienen wir) (gegebenenfalls |ggf\. |unter umständen |möglicherweise |eventuell )?(eine )?(provision|vergütung|kleine provision)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])mit (einem )?(\*|sternchen|symbol) (gekennzeichnete|markierte) links/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])für (sie|dich) (entstehen|ändert sich) (dabei |dadurch )?(keine|nichts)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])am preis ändert sich (für (sie|dich) )?(dadurch )?nichts([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
