# German cookie and consent banners (TCF/CMP texts, "Alle akzeptieren"), the consent
# placeholders German sites put in place of embedded tweets, videos and graphics
# ("Externer Inhalt", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt
# werden"), and DSGVO phrasing.
#
# News about cookies, Datenschutz or the DSGVO uses the topic words, so "Cookies",
# "Datenschutz", "Einwilligung" alone get nothing or +1; strong weights need the banner's
# own sentences or whole-paragraph buttons. Regex conventions: see appeal.pat.
@lang de
@category cookie
@weight +4

# --- Buttons (whole paragraphs) -----------------------------------------------------------
+7 ^alle akzeptieren$
+7 ^alle ablehnen$
+7 ^alles akzeptieren$
+7 ^alles ablehnen$
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(alle|alle cookies|cookies) (akzeptieren|zulassen|erlauben|annehmen|ablehnen)( und (weiter|schließen|fortfahren))?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(nur )?(notwendige|erforderliche|essenzielle|essentielle|technisch notwendige) (cookies )?(akzeptieren|zulassen|erlauben|verwenden)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(akzeptieren|zustimmen|einverstanden|annehmen|ablehnen) und (weiter|schließen|fortfahren|weiterlesen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(akzeptieren|zustimmen|ablehnen|einverstanden|alle auswählen|alle abwählen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(auswahl|einstellungen|präferenzen) (speichern|bestätigen|übernehmen|erlauben|zulassen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(cookie|datenschutz|privatsphäre|tracking)-?(einstellungen|präferenzen|center|optionen)( (anpassen|verwalten|öffnen|ändern))?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(einstellungen|optionen|präferenzen|cookies|zwecke|partner|anbieter) (anpassen|verwalten|ändern|anzeigen|festlegen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(weitere optionen|mehr optionen|details anzeigen|weitere informationen|einstellungen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cookie|datenschutz|privatsphäre)-?(einstellungen|richtlinie|richtlinien|präferenzen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])cookie-?(banner|hinweis)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Banner sentences -------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(wir|diese (website|webseite|seite)|unsere (website|webseite|seite)) (verwenden|verwendet|nutzen|nutzt|setzen|setzt|benutzen|benutzt) (cookies|cookies und ähnliche technologien|technologien wie cookies)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])wir und unsere (\d+ |ausgewählten |ausgewählte |iab-)?(partner|drittanbieter|dienstleister)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])informationen auf einem gerät (speichern und/oder abrufen|speichern und abrufen|speichern oder abrufen)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])personalisierte (anzeigen|werbung) und inhalte,? (anzeigen|werbe)- und inhaltsmessung/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(genaue standortdaten|geräteeigenschaften zur identifikation|erkenntnisse über zielgruppen|entwicklung und verbesserung von (angeboten|produkten|diensten))/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(mit|durch) (dem )?(klick|klicken) auf "?(alle akzeptieren|akzeptieren|zustimmen|einverstanden|ok|akzeptieren und weiter)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(wenn|indem) (sie|du) (diese|unsere) (website|webseite|seite) (weiter )?(nutzen|nutzt|besuchen|besuchst)[^.]{0,40}(stimmen|stimmst|erklären|erklärst|akzeptieren|akzeptierst)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sie können|du kannst) (ihre|deine) (einwilligung|zustimmung|auswahl|einstellungen) jederzeit (widerrufen|ändern|anpassen|zurückziehen)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(einwilligung|zustimmung) (jederzeit )?(widerrufen|verwalten)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])deine (einwilligung|zustimmung) (ist|kann|erfolgt|umfasst)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])ihre (einwilligung|zustimmung) (ist freiwillig|kann jederzeit|umfasst)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(unserer|der) (datenschutzerklärung|cookie-richtlinie|cookierichtlinie)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(personenbezogene )?daten (werden )?(an|in) drittstaaten (übermittelt|übertragen)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])berechtigte[ns]? interesse([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(funktionale|statistische|marketing|notwendige|essenzielle)[- ]cookies([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Embedded content placeholders ("Externer Inhalt") ------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(empfohlener |externer |empfohlener externer |empfohlener redaktioneller )?(externer )?inhalt( von [a-z0-9 .-]{2,30})?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])ich bin damit einverstanden, dass mir (externe )?inhalte/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(damit|dabei) (können|werden) personenbezogene daten an (drittplattformen|drittanbieter|dritte)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])an dieser stelle (finden sie|findest du|befindet sich|ist) (einen|ein) (externen|externer|externes) (inhalt|inhalten|video|beitrag|element)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sie|du) (können|kannst) (ihn|sie|es|diesen|dieses) (sich |dir )?mit einem klick anzeigen lassen/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(um|zum) (mit inhalten aus drittplattformen zu interagieren|externe inhalte (anzuzeigen|zu laden)|diesen inhalt (anzuzeigen|zu sehen|zu laden))/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(wir benötigen|wir brauchen|es wird) (ihre|deine) (zustimmung|einwilligung),? um (den|diesen|die|externe|inhalte)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(externe[n]? )?(inhalte?|video|karte|grafik|tweet|post|element) (laden|anzeigen|aktivieren|erlauben|zulassen|einblenden)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(externe inhalte|inhalte von drittanbietern|inhalte aus sozialen netzwerken) (immer |dauerhaft )?(anzeigen|laden|erlauben|zulassen|aktivieren)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])mehr (dazu|informationen) (in|finden sie in|findest du in) unserer datenschutzerklärung/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dieser|der) (inhalt|beitrag) (wird|kann) (erst )?(nach|mit) (ihrer|deiner) (zustimmung|einwilligung)/
