# Dutch and Flemish cookie and consent banners (AP / TCF texts, « Alles accepteren »,
# « Akkoord », « Wij en onze partners »), DPG Media and Mediahuis consent walls, and the
# placeholders for embedded content (« Om deze content te zien, moet je cookies accepteren »).
#
# News about cookies, the Autoriteit Persoonsgegevens or the AVG uses the topic words, so
# « cookies », « toestemming », « persoonsgegevens » alone get nothing; strong weights need
# the banner's own sentences or whole-paragraph buttons. Regex conventions: see appeal.pat.
@lang nl
@category cookie
@weight +4

# --- Buttons (whole paragraphs) -----------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(alles|alle cookies|cookies) (accepteren|weigeren|toestaan|afwijzen|aanvaarden)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accepteer|weiger|sta toe|aanvaard) (alles|alle cookies|cookies)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(akkoord|accepteren|accepteer|weigeren|weiger|toestaan|afwijzen|aanvaarden|ja, ik accepteer|ja, akkoord|ik ga akkoord|ga akkoord|ok, akkoord)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(akkoord|accepteren|weigeren|afwijzen) en (doorgaan|sluiten|verder|verder lezen|verdergaan)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(doorgaan zonder (te )?accepteren|verder zonder (te )?accepteren|weigeren en sluiten|alleen noodzakelijke cookies|alleen functionele cookies|alleen noodzakelijke)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(instellingen|voorkeuren|cookie-instellingen|cookievoorkeuren|privacy-instellingen|privacyinstellingen|cookies) (aanpassen|beheren|wijzigen|instellen|opslaan|bekijken)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(keuze|keuzes|selectie|voorkeuren|instellingen) (opslaan|bevestigen|bewaren)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(meer opties|meer informatie|details tonen|toon details|bekijk partners|bekijk onze partners|partners bekijken|instellingen|voorkeuren|cookie-instellingen|cookievoorkeuren)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Banner sentences -------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(wij|we|deze (website|site)|onze (website|site)) (gebruiken|gebruikt|plaatsen|plaatst|maken gebruik van|maakt gebruik van) (functionele |analytische |tracking |)?(cookies|cookies en vergelijkbare technieken|vergelijkbare technieken)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(wij|we) en onze (\d+ )?(partners|leveranciers) (gebruiken|slaan|verwerken|plaatsen|hebben toegang)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(wij|we) en onze (\d+ )?(partners|leveranciers)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])informatie op een apparaat (opslaan en/of openen|opslaan en openen|opslaan of openen)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])gepersonaliseerde advertenties en content,? advertentie- en contentmeting/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(precieze geolocatiegegevens|identificatie via apparaatscans|actief scannen van apparaatkenmerken)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(door|als je|als u) (op )?"?(akkoord|accepteren|alles accepteren|ja)"? (te klikken|klikt)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(je kunt|u kunt|je kan) (je|uw) (toestemming|voorkeuren|keuze|instellingen) (altijd|op elk moment|op ieder moment|later) (intrekken|wijzigen|aanpassen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cookiebeleid|cookieverklaring|cookie-instellingen|cookievoorkeuren|privacy- en cookiebeleid|cookiestatement)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])gerechtvaardigd belang([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(functionele|analytische|tracking|marketing|noodzakelijke|sociale media) ?-?cookies([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Embedded content and pay or consent ----------------------------------------------------
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])om (deze|de|dit) (content|inhoud|video|post|tweet|inhoud van [^.,;:!?"()|0-9/]{2,20}) te (zien|bekijken|tonen|laden),? (moet|dien) (je|u)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(deze|de) (content|inhoud|video) (kan niet worden (getoond|weergegeven|geladen)|is (geblokkeerd|niet beschikbaar))[^.]{0,60}(cookies|toestemming|voorkeuren|instellingen)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(content (laden|tonen|bekijken)|inhoud (laden|tonen)|externe content|externe inhoud|toon externe content|sociale media (toestaan|laden)|video (laden|tonen))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(accepteer|sta) (de )?(sociale media-?cookies|cookies van derden|alle cookies) (toe )?(om|en)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
