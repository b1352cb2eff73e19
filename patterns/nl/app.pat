# Dutch and Flemish app prompts: « Download de app », « Open in de app », « Lees verder in
# de app », « Beschikbaar in de App Store en Google Play », push alerts (« Zet
# pushmeldingen aan »).
#
# News about apps names them too; the patterns need an imperative, a possessive (« onze
# app ») or a whole paragraph. Regex conventions: see appeal.pat.
@lang nl
@category app
@weight +3

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(download|installeer|open|lees verder|verder lezen|bekijk|probeer) (de|onze|in de|in onze|de gratis|onze gratis) (app|nieuwsapp|nieuws-app)( van [^,;:!?"()|0-9/]{2,25})?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(open|lees|bekijk|luister) in (de|onze) app[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(download|installeer|probeer) (nu |gratis |direct )?(de|onze) (gratis |nieuwe )?([^\s.,;:!?"()|0-9/]+-)?(app|nieuwsapp)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lees|volg|bekijk|luister|ontvang) (dit artikel|al het nieuws|het laatste nieuws|het nieuws|alle artikelen|de liveblog)[^.]{0,30} in (de|onze) ([^\s.,;:!?"()|0-9/]+-)?app([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(beschikbaar|gratis) (te downloaden )?(in|via) (de )?(app store|google play|play store)( en (in |via )?(de )?(google play|play store|app store))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(voor|op) (ios en android|android en ios|iphone en android)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(met|in) onze (gratis |nieuwe )?app (kun je|kunt u|mis je|ontvang je|lees je)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(zet|schakel) (de )?(pushmeldingen|pushberichten|meldingen|notificaties) aan[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(meldingen|pushmeldingen|notificaties) (aanzetten|inschakelen|toestaan|aan)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(zet|schakel) (de |onze )?(pushmeldingen|pushberichten|meldingen|notificaties) aan([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(pushmeldingen|pushberichten|pushnotificaties)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mis|mist u) (nooit meer|niets van|geen) (het belangrijkste nieuws|nieuws|belangrijk nieuws|een update)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Podcast platforms, smart speakers, QR codes ------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(luister|beluister|abonneer je op|volg) (de|deze|onze) podcast (gratis |ook )?(via|op|in) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(in je favoriete podcastapp|in (je|uw|jouw) podcastapp|overal waar je podcasts luistert|via je favoriete podcast-app)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(luister|beluister|volg|abonneer) (via|op|in) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(zeg|vraag) "?(alexa|hey google|ok google)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(scan|scant) (de|deze) qr-?code([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(al het nieuws|het laatste nieuws|alle artikelen) (lees je|vind je|volg je) in (onze|de) (gratis )?app([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
