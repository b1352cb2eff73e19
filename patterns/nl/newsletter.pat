# Dutch and Flemish newsletter sign-ups: « Meld je aan voor onze nieuwsbrief », « Schrijf je
# in », « Ontvang elke ochtend in je mailbox », form fields (« Vul je e-mailadres in »),
# privacy checkboxes, confirmations and unsubscribe notes.
#
# « nieuwsbrief » is specific to Dutch and gets a weak weight on its own; strong weights
# need the call to action. Regex conventions: see appeal.pat.
@lang nl
@category newsletter
@weight +3

+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(meld je|meld u|schrijf je|schrijf u|abonneer je|abonneer u|registreer je) (nu |hier |gratis |ook )*(aan|in) (voor|op) (de|onze|het|deze|onze gratis|de gratis) ([^\s.,;:!?"()|0-9/]+ )?(nieuwsbrief|nieuwsbrieven|newsletter|briefing|update)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(meld je|meld u|schrijf je|schrijf u) (nu |hier |gratis )*(aan|in)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aanmelden|inschrijven|nu aanmelden|meld je aan|meld je nu aan|schrijf je in|schrijf je nu in|abonneer|aanmelden voor de nieuwsbrief|inschrijven voor de nieuwsbrief|nieuwsbrief|nieuwsbrieven|onze nieuwsbrieven|alle nieuwsbrieven|ontvang de nieuwsbrief|gratis nieuwsbrief)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(aanmelden|inschrijven|abonneren) (voor|op) (de|onze) ([^\s.,;:!?"()|0-9/]+ )?(nieuwsbrief|nieuwsbrieven)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])nieuwsbrief([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(elke|iedere) (ochtend|avond|dag|week|werkdag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[^.]{0,40} in (je|jouw|uw) (mailbox|inbox|mail)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(direct |gratis |elke [^\s.,;:!?"()|/]+ )?in (je|jouw|uw) (mailbox|inbox)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ontvang|krijg|lees) (elke|iedere|dagelijks|wekelijks|het belangrijkste|de belangrijkste|het beste)[^.]{0,40}(nieuwsbrief|mailbox|inbox|in je mail)/

+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((je|jouw|uw) )?e-?mail(adres)?( \*)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(vul|voer) (hier )?(je|jouw|uw) e-?mail(adres)? in([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ik ga akkoord met|ik heb .{0,20}gelezen en ga akkoord|door (je|u) aan te melden,? (ga je|gaat u) akkoord)[^.]{0,40}(privacy|voorwaarden|privacyverklaring|privacybeleid)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(je kunt je|u kunt zich|je kan je) (altijd|op elk moment|op ieder moment|elk moment|eenvoudig|weer) (weer )?(afmelden|uitschrijven)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(afmelden|uitschrijven) (kan|is) (altijd|op elk moment|op ieder moment|eenvoudig)( mogelijk)?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(bedankt|dank je wel|dank u wel|dankjewel) voor (je|jouw|uw) (aanmelding|inschrijving)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(je bent|u bent) (aangemeld|ingeschreven|succesvol aangemeld|nu aangemeld)[^.]{0,30}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(bevestig|bevestigt) (je|jouw|uw) (aanmelding|inschrijving|e-?mailadres)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(we|wij) hebben (je|u) een (bevestigingsmail|e-?mail ter bevestiging|bevestigingse-?mail) (gestuurd|verstuurd)/
