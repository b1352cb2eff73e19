# German share, follow and save prompts: "Teilen", "Artikel teilen", "Link kopieren",
# "Folgen Sie uns auf Instagram", "Artikel merken", "Artikel verschenken", WhatsApp-
# and Telegram-channel plugs.
#
# Whole-paragraph buttons are strong; "teilen" inside a sentence is ordinary German
# ("die Meinung teilen") and gets nothing. Regex conventions: see appeal.pat.
@lang de
@category share
@weight +4

# --- Buttons ------------------------------------------------------------------------------
+7 ^teilen$
+7 ^jetzt teilen$
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(artikel|beitrag|seite|text|video|bild|link|podcast|story) (teilen|verschenken|merken|speichern|drucken|versenden|weiterleiten|kopieren)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(diesen|den) (artikel|beitrag|text|link) (teilen|verschenken|merken|speichern|drucken|per e-?mail versenden|weiterleiten|kopieren)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(link|url) (kopieren|teilen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 ^link kopiert$
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(auf|über|bei|via|per) (facebook|x|twitter|whatsapp|linkedin|xing|telegram|threads|bluesky|mastodon|pinterest|reddit|flipboard|e-?mail|mail|sms) (teilen|senden|versenden|empfehlen|posten)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(per )?(e-?mail|mail) (versenden|senden|teilen|weiterleiten)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(merken|gemerkt|drucken|speichern|gespeichert|empfehlen|verschenken|versenden)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(zur merkliste|zu meinen artikeln|zur leseliste|zur watchlist) hinzufügen[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(artikel |text |beitrag )?(später lesen|für später speichern|zur merkliste)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(teilen sie|teile|teilt) (diesen|den) (artikel|beitrag|text|link)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(verschenken sie|verschenke) (diesen|den|einen) (artikel|beitrag|text)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Follow us ------------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(folgen sie|folge|folgt) (uns|der redaktion|unserer redaktion|dem autor|der autorin) (auch |jetzt |gern |gerne )?(auf|bei|in|im) (facebook|x|twitter|instagram|tiktok|youtube|linkedin|whatsapp|telegram|threads|bluesky|mastodon|google news|unserem|unseren|den sozialen)/
+4 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(folgen sie|folge|folgt) uns([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(autor|autorin|thema|ressort|kanal|uns) folgen[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(jetzt )?folgen[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(abonnieren sie|abonniere|abonniert|folgen sie|folge) (jetzt )?(unseren|unserem|den) ([a-z+-]+-)?(whatsapp|telegram|instagram|youtube|tiktok)-?(kanal|channel|account)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])unser(en|em)? ([a-z+-]+-)?(whatsapp|telegram|youtube|instagram|tiktok)-(kanal|channel|account)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(hier|jetzt) (geht's|geht es) zu(m|r)? (unserem |unserer )?([a-z+-]+-)?(whatsapp|telegram|instagram|youtube|tiktok)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(mehr|alle) (news|nachrichten|informationen) (aus [a-zäöüß -]{2,30} )?(gibt es )?(auf|bei|in) unserer? (facebook|instagram|whatsapp|tiktok)/
