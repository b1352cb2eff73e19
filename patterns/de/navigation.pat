# German site chrome: menus and section lists, skip links, login/account links, pagers,
# breadcrumbs, reading-time and audio-player lines, dateline meta ("Stand: …",
# "Aktualisiert am …"), feedback prompts, and advertising labels ("Anzeige", "Werbung").
#
# Almost everything here is a whole paragraph; a sentence that merely contains "Suche"
# or "Startseite" is left alone. Regex conventions: see appeal.pat.
@lang de
@category navigation
@weight +5

# --- Menus, skip links, account -------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(startseite|zur startseite|zurück zur startseite|home|homepage|menü|hauptmenü|navigation|hauptnavigation|menü öffnen|menü schließen|menü schliessen|navigation öffnen|navigation schließen|suche|suchen|suche öffnen|suche schließen|suchbegriff eingeben|ressorts|alle ressorts|rubriken|übersicht|inhaltsverzeichnis|sitemap|schließen|schliessen|zurück|weiter|vor)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(zum|zur|direkt zum|springe zum|springe zur|springen zum|weiter zum|sprung zum) (inhalt|hauptinhalt|seiteninhalt|hauptnavigation|navigation|suche|fußbereich|footer|seitenanfang|seitenende)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(nach oben|zurück nach oben|zum seitenanfang|seitenanfang|nach oben scrollen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(anmelden|abmelden|einloggen|ausloggen|login|logout|registrieren|konto|mein konto|mein profil|profil|mein bereich|meine artikel|meine merkliste|merkliste|kundenkonto|kundenservice|abo verwalten|mein abo|e-paper|epaper|zum e-paper|digitale zeitung|zeitung digital|abo|abo-shop|aboshop|shop|jobs|immobilien|traueranzeigen|trauer|anzeigen aufgeben|kleinanzeigen|gewinnspiele|wetter|verkehr|podcasts|videos|fotos|bildergalerien|newsticker|liveticker|live)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*sie sind hier[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(startseite|home) ?(›|»|>|\/|\|)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mehr|alle|weitere) (anzeigen|laden|artikel laden|beiträge laden|ergebnisse|meldungen laden)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(weniger|mehr|alle) anzeigen[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(nächste|vorherige|vorige|erste|letzte) seite[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*seite \d+ (von|aus) \d+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(zurück|weiter|vor)( zur| zum)? (seite|artikel|übersicht|bild|startseite)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# Section lists: three or more section names in a row.
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((politik|wirtschaft|finanzen|geld|kultur|feuilleton|sport|panorama|wissen|wissenschaft|meinung|gesellschaft|reise|reisen|digital|netzwelt|auto|mobilität|regional|lokal|ausland|inland|deutschland|welt|leben|gesundheit|karriere|stil|familie|bildung|video|videos|podcast|podcasts|kolumnen|debatte|news|nachrichten|startseite|home|mehr|service|technik|klima|campus|zeitgeschehen|vermischtes)(\s*[|·•,/]\s*|\s+)){2,}(politik|wirtschaft|finanzen|geld|kultur|feuilleton|sport|panorama|wissen|wissenschaft|meinung|gesellschaft|reise|reisen|digital|netzwelt|auto|mobilität|regional|lokal|ausland|inland|deutschland|welt|leben|gesundheit|karriere|stil|familie|bildung|video|videos|podcast|podcasts|kolumnen|debatte|news|nachrichten|service|technik|klima|campus|zeitgeschehen|vermischtes|mehr)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Reading time, audio player, meta -------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(lesezeit|lesedauer)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:?\s*(ca\. |etwa |circa )?\d+\s?(min|minuten|min\.)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(lesezeit|lesedauer)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:?\s*(ca\. |etwa |circa )?\d+\s?(min|minuten)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d+\s?(min|minuten|min\.) (lesezeit|lesedauer|lesen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(artikel|text|beitrag)? ?(anhören|vorlesen|vorlesen lassen|abspielen|jetzt anhören|hören)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(diesen|den) (artikel|text|beitrag) (anhören|vorlesen lassen|vorlesen|hören)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(hören sie|hör dir|hören sie sich) (diesen|den) (artikel|text|beitrag) an([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(video|audio|podcast|player) (abspielen|starten|pausieren|laden|wird geladen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dieses|das) video (ist|kann) (leider )?(nicht mehr |nicht )?(verfügbar|abgespielt werden)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*stand[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:?\s*\d{1,2}\.\s?\d{1,2}\.(\s?\d{2,4})?,?\s*(\d{1,2}[:.]\d{2}( uhr)?)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aktualisiert|veröffentlicht|erschienen|zuletzt aktualisiert|geändert|erstellt)( am)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:?\s*\d{1,2}\.\s?(\d{1,2}\.|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aktualisiert|veröffentlicht|zuletzt aktualisiert)( am| vor)? \d/

# --- Feedback and error prompts -------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(fehler (gefunden|entdeckt)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(jetzt melden|melden)?|fehler melden|feedback|feedback geben|feedback an die redaktion|hinweis an die redaktion|kontakt zur redaktion|schreiben sie uns|schreib uns)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(haben sie|hast du) einen fehler (im text |in diesem artikel )?(gefunden|entdeckt)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(schreiben sie uns|schreib uns|schreiben sie der redaktion) (an|unter|eine (e-mail|mail|nachricht))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Advertising labels ---------------------------------------------------------------------
@category other
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(anzeige|werbung|reklame|sponsored|gesponsert|werbeanzeige|advertorial|promotion|partnerinhalt|sonderveröffentlichung|verlagsangebot|verlagssonderveröffentlichung|bezahlte partnerschaft)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(weiterlesen|weiter) nach der (anzeige|werbung|werbepause)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(artikel|text|lesen sie) (geht )?(weiter )?(nach|unter) der (anzeige|werbung)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(anzeige|werbung|sponsored|advertorial)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(:|-|\|)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(in kooperation mit|präsentiert von|unterstützt von|gefördert von|in zusammenarbeit mit) [a-z0-9äöüß .&-]{2,40}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(gesponserter|bezahlter) (inhalt|beitrag|artikel)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
