# Dutch and Flemish site chrome: menus and section lists, skip links, login/account links,
# pagers, reading-time and audio-player lines (« Leestijd 3 minuten », « Beluister dit
# artikel »), « Gepubliceerd op … » meta, error-report prompts, and advertising labels
# (« Advertentie », « Gesponsord », « In samenwerking met »).
#
# Almost everything here is a whole paragraph. Regex conventions: see appeal.pat.
@lang nl
@category navigation
@weight +5

# --- Menus, skip links, account -------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(home|homepage|voorpagina|naar de voorpagina|terug naar home|terug naar de homepage|menu|menu openen|menu sluiten|sluiten|sluit|terug|zoeken|zoek|zoekterm|secties|rubrieken|alle rubrieken|alle secties|sitemap|archief|krant|de krant|digitale krant|e-paper|epaper|de krant van vandaag|kiosk|puzzels|puzzel|weer|het weer|verkeer|tv-gids|horoscoop|familieberichten|overlijdensberichten|shop|webwinkel|vacatures|podcasts|video's|fotoseries)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(inloggen|log in|uitloggen|log uit|mijn account|mijn profiel|account|profiel|mijn abonnement|abonnement beheren|mijn gegevens|mijn nieuws|mijn leeslijst|abonnementen|abonneeservice|klantenservice|service)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ga|spring|direct) (naar|naar de) (inhoud|hoofdinhoud|content|navigatie|zoeken|footer|menu)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(naar de inhoud|naar hoofdinhoud|direct naar de inhoud|overslaan en naar de inhoud)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(terug naar boven|naar boven|terug naar het begin|omhoog)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(meer laden|laad meer|toon meer|meer tonen|bekijk meer|bekijk alles|alles bekijken|bekijk alle|meer resultaten|volgende|vorige|volgende pagina|vorige pagina|meer artikelen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*pagina \d+ (van|uit) \d+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(home|voorpagina) ?(›|>|/|\|)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(je bent hier|u bent hier)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:/

# Section lists: three or more section names in a row.
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((binnenland|buitenland|politiek|economie|financiën|cultuur|sport|opinie|wetenschap|tech|media|wonen|gezondheid|reizen|video|video's|podcasts|regio|amsterdam|rotterdam|den haag|utrecht|nieuws|achtergrond|columns|puzzels|klimaat|onderwijs|geld|lifestyle|uit|boeken|film|muziek|voetbal|wielrennen|formule 1|koken|auto|mobiliteit|vlaanderen|brussel|belgië|nederland|wereld|europa|binnenland en buitenland|beurs|ondernemen|samenleving|familie)(\s*[|·•,/]\s*|\s+)){2,}(binnenland|buitenland|politiek|economie|financiën|cultuur|sport|opinie|wetenschap|tech|media|wonen|gezondheid|reizen|video|video's|podcasts|regio|amsterdam|rotterdam|den haag|utrecht|nieuws|achtergrond|columns|puzzels|klimaat|onderwijs|geld|lifestyle|uit|boeken|film|muziek|voetbal|wielrennen|formule 1|koken|auto|mobiliteit|vlaanderen|brussel|belgië|nederland|wereld|europa|beurs|ondernemen|samenleving|familie)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Reading time, audio player, meta -------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(leestijd|lees tijd|leesduur)\s*:?\s*(ca\. |circa |ongeveer )?\d+\s?(min|minuten|minuut|min\.)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(leestijd|leesduur)\s*:?\s*\d+\s?(min|minuten|minuut)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d+\s?(min|minuten|minuut) (leestijd|lezen|leesduur)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(beluister|luister naar|luister|voorlezen|lees voor|laat voorlezen)( (dit artikel|het artikel|dit verhaal|de audioversie))?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(afspelen|pauzeren|speel af|bekijk de video|bekijk video|video afspelen|audio afspelen|play)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(deze|de) video (is niet (meer )?beschikbaar|kan niet (worden )?afgespeeld)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(gepubliceerd|bijgewerkt|laatste update|laatst bijgewerkt|aangepast|geplaatst|update)( op| om)?\s*:?\s*\d{1,2}[\s/.-]?(\d{1,2}|jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec|januari|februari|maart|april|juni|juli|augustus|september|oktober|november|december)[^!?]{0,50}$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(gepubliceerd|bijgewerkt|laatst bijgewerkt|geplaatst)( op| om)\s/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(vandaag|gisteren),? \d{1,2}[:.]\d{2}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Error reports, feedback ------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(fout gezien|een fout gezien|foutje gezien|fout gevonden|fout melden|meld een fout|tip de redactie|tips voor de redactie|mail de redactie|contact met de redactie|heb je een tip)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mail ons|laat het ons weten|meld het)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(een )?(fout|foutje|taalfout|typfout) (gezien|gevonden|ontdekt) in (dit|het) (artikel|bericht)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Advertising labels ---------------------------------------------------------------------
@category other
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(advertentie|advertenties|reclame|gesponsord|gesponsorde inhoud|gesponsorde content|gesponsord artikel|sponsored|partnercontent|partner content|branded content|in samenwerking met [^,;:!?"()|0-9/]{2,30}|aangeboden door [^,;:!?"()|0-9/]{2,30}|mogelijk gemaakt door [^,;:!?"()|0-9/]{2,30}|promotie|advertorial|commerciële samenwerking)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(het artikel|het verhaal|lees) (gaat )?(verder|door) (na|onder) (de )?(advertentie|reclame|video)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(advertentie|gesponsord|advertorial|partnercontent)\s*(:|-|\|)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dit artikel|deze content|dit verhaal) (is |werd )?(gemaakt|geschreven|tot stand gekomen) (in samenwerking met|in opdracht van|door onze partner)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
