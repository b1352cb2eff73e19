# Negative evidence: Dutch and Flemish news narration. Reported speech (« zei hij »,
# « zegt de minister », « aldus », « liet weten », « maakte bekend »), attribution
# (« volgens »), ANP/Belga datelines (« AMSTERDAM (ANP) - »), institutions and the days of
# the week.
#
# Weak one by one (-1..-3); an appeal rarely uses them. Regex conventions: see appeal.pat.
@lang nl
@category journalism
@weight -1

# --- Datelines ----------------------------------------------------------------------------
-3 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*[^,;:!?"()|0-9]{2,40} (\((anp|belga|afp|reuters|dpa|novum)|\(ap)\)\s?-/
-2 /\((anp|belga|novum)\)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(meldt|meldde|schrijft|schreef|bericht|berichtte) (het )?(anp|persbureau anp|belga|de nos|nos|rtl nieuws|de volkskrant|nrc|het ad|de telegraaf|het parool|trouw|hln|vrt nws|de standaard|reuters|afp|bloomberg)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(meldt|meldde|melden|schrijft|schreef|stelt|concludeert|concludeerde) (de|het) [^\s.,;:!?"()|/0-9]+([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Reported speech ---------------------------------------------------------------------
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(zei|zegt|zeiden|zeggen|verklaarde|verklaart|stelde|stelt|benadrukte|benadrukt|waarschuwde|waarschuwt|erkende|erkent|reageerde|reageert|liet weten|laat weten) (hij|zij|ze|de|het|een|dinsdag|maandag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|vandaag|tegen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])aldus (de|het|een|hij|zij|ze|[^\s.,;:!?"()|0-9/]+)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /[",] (zei|zegt|zeiden|zeggen|verklaarde|stelt|stelde|benadrukt|waarschuwt|vertelt|vertelde|schrijft|schreef|legt|aldus) (hij|zij|ze|de|het|een)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(maakte|maakt|hebben|heeft) ([^\s.,;:!?"()|0-9/]+ ){0,5}bekend(gemaakt)?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(zei|verklaarde|benadrukte|waarschuwde|erkende|reageerde|liet weten|meldde|bevestigde|ontkende)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(in een (verklaring|persbericht|reactie|interview met|gesprek met)|op een persconferentie|tegen (de )?(anp|nos|rtl nieuws|persbureau|de krant|deze krant|verslaggevers))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Attribution ---------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])volgens (de|het|een|hem|haar|hen|ingewijden|bronnen|betrokkenen|[^\s.,;:!?"()|0-9/]+)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])volgens (de politie|het om|het openbaar ministerie|justitie|het ministerie|de gemeente|de onderzoekers|ingewijden|bronnen|het cbs|het rivm|het knmi|de rechter|de rechtbank)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Institutions and actors -----------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(de|het|van de|van het) (politie|openbaar ministerie|rechtbank|rechter|kabinet|minister|premier|burgemeester|gemeente|provincie|tweede kamer|eerste kamer|kamer|regering|officier van justitie|verdachte|verdachten|woordvoerder|woordvoerster|brandweer|marechaussee|federale politie|parket)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Time and numbers ------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(avond|ochtend|middag|nacht|morgen)?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(vorig jaar|afgelopen jaar|het afgelopen jaar|sinds \d{4})([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])\d+([.,]\d+)? (miljoen|miljard|procent|mensen|doden|gewonden|inwoners)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
