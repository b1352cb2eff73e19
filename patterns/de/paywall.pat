# German paywall and subscription prompts: "Weiterlesen mit SPIEGEL+", "Z+ (abopflichtiger
# Inhalt)", "F+", "SZ Plus", "WELTplus", "Exklusiv für Abonnenten", "Sie haben bereits
# ein Digital-Abo? Hier anmelden", trial offers ("4 Wochen gratis, danach 9,99 €"),
# metered walls, and the pay-or-consent walls ("Mit Werbung weiterlesen", "PUR-Abo").
#
# News about subscriptions (Abonnentenzahlen, Preiserhöhungen, Streamingdienste) uses the
# same nouns, so bare words ("Abonnenten", "Abo", "Paywall") get no weight; the strong
# patterns address the reader or are whole paragraphs. Regex conventions: see appeal.pat.
@lang de
@category paywall
@weight +3

# --- Brand badges and walls (whole paragraphs) ------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(spiegel|faz|welt|nzz|taz|heise|zeit|bild|stern|focus|tagesspiegel|handelsblatt|abendblatt|mopo|ksta|waz|haz|lvz|wiwo|capital|t-online|golem|kstv) ?(\+|plus|premium|pro)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^z+$
+6 ^f+$
+6 ^sz+$
+6 ^sz plus$
+6 ^rp+$
+6 ^mz+$
+6 ^ft+$
+6 ^z plus$
+6 ^f plus$
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(z|f|spiegel|welt|sz) ?(\+|plus) \(?(abopflichtiger|kostenpflichtiger|exklusiver) (inhalt|artikel)\)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(plus|premium|exklusiv|abo|abo-artikel|plus-artikel|premium-artikel|bezahlartikel)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(abopflichtiger|kostenpflichtiger|zahlungspflichtiger) (inhalt|artikel|beitrag)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(plus|premium|abo)-?(artikel|beitrag)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Weiterlesen mit … / exklusiv für Abonnenten ----------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(jetzt |hier |einfach )?weiterlesen mit (dem |einem |ihrem |deinem )?\S+/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dieser|der) (artikel|beitrag|inhalt|text|podcast|kommentar) (ist|steht) (nur |exklusiv |ausschließlich )+(für |zur verfügung für )?([a-z+]+-)?(abonnent|plus|premium|digital|abo)[^.,;:!?"()|0-9/]{0,40}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dieser|der) (artikel|beitrag|inhalt|text|podcast|kommentar) (ist|steht) (nur |exklusiv |ausschließlich )+(für |zur verfügung für )?([a-z+]+-)?(abonnent|plus|premium|digital|abo)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(exklusiv|nur|ausschließlich) für ([a-z+]+-)?(abonnent(inn)?en|abonnent\*innen|abonnent:innen|abonnentinnen und abonnenten|abonnenten und abonnentinnen|digital-?abonnent(inn)?en|plus-?(abonnent(inn)?en|nutzer(innen)?|kunden|mitglieder)|abo-?kunden|premium-?(nutzer|kunden|mitglieder))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(exklusiv|nur) für ([a-z+]+-)?(abonnent(inn)?en|abonnent\*innen|abonnent:innen|abonnentinnen und abonnenten|digital-?abonnent(inn)?en|plus-?(abonnent(inn)?en|nutzer(innen)?|kunden|mitglieder))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])um (diesen|den|den ganzen|den vollständigen|diesen ganzen) (artikel|beitrag|text|inhalt) (komplett |vollständig |ganz |weiter )?(zu lesen|lesen zu können|weiterzulesen|freizuschalten|zu hören)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lesen sie|lies|lest) (jetzt )?(den (ganzen|kompletten|vollständigen|gesamten) (artikel|beitrag|text)|weiter) mit (\S+ ?\+|\S+ ?plus|einem|ihrem|deinem|dem)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lesen sie|lies) (jetzt )?(den (ganzen|kompletten|vollständigen|gesamten) (artikel|beitrag|text))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(artikel|beitrag|inhalt|text|diesen artikel) (jetzt )?freischalten([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 ^jetzt freischalten$
+6 ^artikel freischalten$

# --- Bereits Abonnent? / anmelden ------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(sie sind |du bist )?(bereits|schon) (abonnent|abonnentin|abonnent\*in|abonnent:in|kunde|kundin|registriert|plus-kunde|mitglied)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(\?|$|hier|jetzt|anmelden|einloggen|login|zum login)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sie haben|du hast|haben sie|hast du) (bereits|schon) ein (\S+ )?(abo|abonnement|digitalabo|digital-abo|e-paper-abo|plus-abo|digital-abonnement)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(hier|jetzt|bitte) (anmelden|einloggen) und (weiterlesen|lesen|weiter)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(kostenlos|gratis|jetzt) registrieren und (weiter)?lesen([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(registrieren sie sich|registriere dich) (jetzt )?(kostenlos|gratis)/

# --- Abonnieren / Abo abschließen / testen --------------------------------------------
+6 ^jetzt abonnieren$
+5 ^abonnieren$
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(jetzt |hier )?(\S+-)?abo (abschließen|sichern|bestellen|wählen|testen|starten|holen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(jetzt )?(abonnent|abonnentin|plus-abonnent|digital-abonnent|digitalabonnent) werden[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(zum|zu den|alle) (angebot|angeboten|abo-angeboten|abos)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(angebot|abo|abonnement) (wählen|auswählen|ansehen|entdecken)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])jetzt (ein |das |ihr |dein |unser )?[a-z+-]*abo(nnement)? (abschließen|sichern|bestellen|wählen|testen|holen|starten|lesen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(testen sie|teste) (jetzt|uns) (\d+ (wochen|monate?|tage) )?(lang )?(kostenlos|gratis|für (nur )?\d+([,.]\d+)? ?(€|euro|cent))/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(testen sie|teste|lesen sie|lies) (jetzt )?\d+ (wochen|monate?|tage) (lang )?(kostenlos|gratis|für (nur )?\d+([,.]\d+)? ?(€|euro|cent))/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(jetzt|hier) (\d+ (wochen|monate?|tage) )?(kostenlos|gratis|für (nur )?\d+([,.]\d+)? ?(€|euro)) (testen|lesen|weiterlesen|sichern)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])\d+ (wochen|monate?|tage) (lang )?(für )?(gratis|kostenlos|0 ?€|1 ?€|1 euro)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])danach (nur )?\d+([,.]\d+)? ?(€|euro)( ?(/|pro|im|je) ?(monat|woche|jahr))?/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(jederzeit|monatlich) kündbar([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(voller |unbegrenzter |uneingeschränkter )?(zugang|zugriff) (zu|auf) (allen|alle|sämtlichen|sämtliche) (\S+ ?\+ |\S+-?plus-|plus-|premium-|z\+-|f\+-)?(artikeln|artikel|inhalten|inhalte|beiträgen|beiträge)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(alle|sämtliche) (\S+ ?\+ |plus-|z\+-|f\+-)?(artikel|inhalte) (lesen|frei|entdecken|freischalten)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ihr|dein) (kostenloses |monatliches |freies )?(kontingent|artikel-?limit|limit)( an (kostenlosen |freien )?artikeln)? (ist )?(erreicht|aufgebraucht|ausgeschöpft)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sie haben|du hast) (alle |ihre |deine |bereits )?(\d+ |alle )?(kostenlosen|freien|gratis-?) ?artikel (in diesem monat |diesen monat )?(gelesen|gelesen\.|verbraucht|aufgebraucht)/

# --- Pay or consent: "mit Werbung weiterlesen" ------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(weiter|weiterlesen|lesen) mit (werbung|tracking|werbung und tracking)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])mit (werbung|werbung und tracking|tracking und werbung) (weiter)?(lesen|nutzen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ohne werbung|werbefrei|ohne tracking|ohne werbetracking) (weiter)?lesen([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])pur[- ]?(abo|abonnement|abonnieren|angebot)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(werbefrei|ohne werbung) (für|ab) (nur )?\d+([,.]\d+)? ?(€|euro)/

# --- Gifted articles -------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dieser artikel|dieser text|dieser beitrag) wurde (ihnen|dir|euch) (von \S+ )?(geschenkt|freigeschaltet)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(geschenkter|geschenkten|freigeschalteter) (artikel|beitrag)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# Subscription prompts around gift articles and log-in walls.
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ein |ihr |das )?(digital-?|plus-?|online-?|e-paper-?)?abo abschließen([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(mit ihrem|mit deinem) (digital-?|plus-?)?abo (können|kannst) (sie|du)/
+4 /artikel (verschenken|zu verschenken|an freunde verschenken)/
+3 /(sie sind|du bist|aktuell sind sie|derzeit sind sie) (aktuell |derzeit )?nicht (eingeloggt|angemeldet)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(einloggen|anmelden) (und )?(abo|abonnieren|abo abschließen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /nur für [^ ]*-?(abonnenten|abonnentinnen|abonnent\*innen|plus-kunden|mitglieder)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(lesen sie|testen sie|teste) (\d+ wochen|einen monat|\d+ monate|jetzt) (lang )?(die digitale ausgabe|digital|gratis|kostenlos|für \d)/

# A members-only notice followed by a log-in invitation ("Nur für Plus-Abonnenten.
# Jetzt einloggen und …").
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(nur|exklusiv) für [^ .]*-?(abonnent(inn)?en|abonnent\*innen|abonnent:innen|mitglieder|kunden|nutzer)[.:!]? (jetzt |hier |bitte )?(einloggen|anmelden|registrieren|abonnieren|abo abschließen)/
