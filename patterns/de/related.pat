# German read-more and related-content lines: "Weiterlesen", "Lesen Sie auch", "Mehr zum
# Thema", "Das könnte Sie auch interessieren", "Meistgelesen", teaser lists.
#
# Most are whole paragraphs or paragraph starts ("Lesen Sie auch: <Titel>"); "lesen Sie"
# inside a sentence is not enough. Regex conventions: see appeal.pat.
@lang de
@category related
@weight +4

# --- Whole paragraphs ---------------------------------------------------------------------
+7 ^weiterlesen$
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(artikel|beitrag|text|hier|mehr) (weiterlesen|lesen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(zum|zur|zu den|zum ganzen|zum vollständigen) (artikel|beitrag|text|bericht|interview|liveblog|live-blog|ticker|dossier|thema|themenseite|spezial)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mehr|alles|weitere artikel|weitere beiträge|weitere nachrichten|aktuelle artikel|neueste artikel|alle artikel|alle beiträge|mehr artikel|mehr nachrichten|mehr news) (zum thema|zu diesem thema|aus dem ressort|aus der rubrik|aus diesem ressort|von [a-zäöüß .-]{2,30}|über [a-zäöüß .-]{2,30})[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(meistgelesen|meistgelesene artikel|meistgelesene|am meisten gelesen|meistgeklickt|meistgesehen|meistkommentiert|meistgeteilt|beliebte artikel|beliebteste artikel|top-artikel|top-themen|topthemen|top-nachrichten|die wichtigsten nachrichten|aktuelle nachrichten|neueste nachrichten|neueste artikel|verwandte artikel|verwandte themen|ähnliche artikel|ähnliche themen|weitere artikel|weitere themen|weitere meldungen|empfehlungen|empfehlungen der redaktion|unsere empfehlungen|redaktionsempfehlung|lesetipp|lesetipps|leseempfehlung|leseempfehlungen|auch interessant|auch lesenswert|dazu passend|passend zum thema|zum thema|mehr zum thema|themen|schlagworte|dossier|hintergrund|mehr lesen|mehr dazu)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(das|dies|diese artikel|diese themen|diese beiträge|folgende artikel) (könnte|könnten) (sie|dich|euch) (auch |ebenfalls )?interessieren[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(auch|ebenfalls|außerdem) (interessant|lesenswert|spannend)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Paragraph starts ("Lesen Sie auch: …") ------------------------------------------------
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(lesen sie|lies|lest) (auch|außerdem|dazu|hier|mehr|weiter)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mehr zum thema|mehr dazu|mehr darüber|mehr zu|auch interessant|auch lesenswert|lesetipp|lese-tipp|leseempfehlung|passend dazu|passend zum thema|dazu passend|zum thema|siehe auch|weitere infos|weitere informationen|hier lesen sie|hier geht es zum|hier geht's zum)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(:|-|\|)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(das|dies) (könnte|könnten) (sie|dich|euch) (auch |ebenfalls )?interessieren([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mehr|alles|alle infos|alle informationen|hintergründe) (zum thema|dazu|darüber|zu [a-zäöüß -]{2,40}) (lesen sie|finden sie|findest du|gibt es|erfahren sie|erfährst du) (hier|in unserem|in unserer|auf unserer|bei uns)/

# --- Inside a paragraph -------------------------------------------------------------------
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(mehr|weitere|alle) (infos|informationen|hintergründe|details|nachrichten) (dazu |darüber |zum thema )?(lesen sie|finden sie|findest du|gibt es) (hier|in unserem (liveblog|newsblog|ticker|dossier|überblick)|auf unserer themenseite)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])hier (lesen sie|erfahren sie|findest du|liest du|erfährst du) (mehr|alles|weitere|die wichtigsten|alle)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(alle|die) (aktuellen )?(entwicklungen|ereignisse|news|nachrichten) (im|in unserem) (liveblog|newsblog|live-ticker|liveticker|ticker)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(klicken sie|klick) (hier|auf den link|auf diesen link)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])hier klicken([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
