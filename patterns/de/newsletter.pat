# German newsletter sign-ups: "Zum Newsletter anmelden", "Melden Sie sich für unseren
# Newsletter an", "Abonnieren Sie den Newsletter", "jeden Morgen in Ihrem Postfach",
# form fields ("E-Mail-Adresse eingeben"), double opt-in and unsubscribe notes.
#
# A news story may mention a newsletter or an inbox; the bare word "Newsletter" is left
# to other files (it is the same in many languages) and gets nothing here. Regex
# conventions: see appeal.pat.
@lang de
@category newsletter
@weight +3

# --- Sign-up calls ------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(jetzt |hier |kostenlos |gratis )*(zum|für den|für unseren|unseren|den) ([a-z+-]+[ -])?newsletter (an)?melden([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(melden sie sich|melde dich|meldet euch|registrieren sie sich|registriere dich) (jetzt |hier |kostenlos |gratis )*(für|zu) (unseren|den|unser|das|unsere) ([a-z+-]+[ -])?(newsletter|briefing|update|morning briefing)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(abonnieren sie|abonniere|abonniert|bestellen sie|bestelle) (jetzt |hier |kostenlos |gratis )*(unseren|den|das|unser|unsere) ([a-z+-]+[ -])?(newsletter|briefing)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(jetzt |hier |kostenlos |gratis )*([a-z+-]+[ -])?newsletter (abonnieren|bestellen|anmelden|erhalten)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(zur |zu der )?newsletter-?anmeldung[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])newsletter-?(anmeldung|abo|abonnement|bestellung)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(jetzt )?(kostenlos |gratis )?(anmelden|abonnieren|eintragen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(jetzt |hier )?(kostenlos|gratis) (anmelden|abonnieren|eintragen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(unser|unseren|der|den) (kostenlose[nr]? )?(täglichen?|wöchentlichen?|morgendlichen?|abendlichen?) (newsletter|briefing|überblick)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Delivery: "in Ihr Postfach" ----------------------------------------------------------
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(direkt |bequem |kostenlos |täglich |wöchentlich |jeden (morgen|abend|tag|freitag|montag|sonntag) )*(in|ins) (ihr|dein|euer) (e-mail-)?(postfach|mailpostfach|e-mail-postfach|posteingang)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(per|als) (e-mail|mail) (direkt )?(in|ins) (ihr|dein) (postfach|posteingang)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(das wichtigste|die wichtigsten (nachrichten|news|themen)) (des tages|der woche|aus) (kompakt |kostenlos )?(per|als|in) (e-mail|mail|newsletter|ihr|dein)/

# --- Form ------------------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ihre |deine )?e-?mail-?adresse( eingeben| eintragen)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(bitte )?(geben sie|gib|tragen sie|trag) (hier )?(ihre|deine) e-?mail-?adresse (ein|an)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])mit (ihrer|deiner|der) anmeldung (akzeptieren|stimmen|erklären|bestätigen) (sie|du)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ich möchte|ja, ich möchte) (den|unseren|regelmäßig|künftig) ([a-z+-]+[ -])?(newsletter|informationen|angebote)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(die |eine )?abmeldung (vom newsletter )?ist jederzeit (möglich|kostenlos möglich)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sie können|du kannst) (sich|dich) jederzeit (wieder )?(abmelden|austragen|vom newsletter abmelden)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(den|der|dieser) newsletter (kann|lässt sich) jederzeit (wieder )?(abbestellt|gekündigt|abgemeldet)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(hinweise|informationen) zu(m)? (datenschutz|datenverarbeitung|widerruf) (und|finden sie|findest du)/

# --- Confirmation -------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(vielen dank|danke) für (ihre|deine) (anmeldung|registrierung|newsletter-anmeldung)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(bitte )?(bestätigen sie|bestätige) (ihre|deine) (anmeldung|e-mail-adresse)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sie haben|du hast) (sich|dich) erfolgreich (für den newsletter )?(angemeldet|registriert|eingetragen)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(wir haben|haben wir) (ihnen|dir) (eine )?(bestätigungs-?e-?mail|bestätigungsmail|e-mail mit einem bestätigungslink)/
+6 ^erfolgreich angemeldet$

+4 /(abonnieren sie|abonniere|bestellen sie) (unseren|unsere|den|die) [^ ]*-?newsletter/
+4 /(ich will|ich möchte) (den|unseren) [^ ]*newsletter (erhalten|abonnieren|bekommen)/
+3 /im (kostenlosen|täglichen|wöchentlichen) [^ ]*-?newsletter/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*[^ ]+ (today |daily |weekly )?newsletter[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(halten sie mich|halte mich|bleiben sie) (am|auf dem) (laufenden)/
