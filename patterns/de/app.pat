# German app prompts: "Laden Sie unsere App herunter", "Jetzt die App holen", "In der App
# öffnen", "Im App Store und bei Google Play", push alerts ("Eilmeldungen per Push").
#
# News about apps (Corona-Warn-App, Bahn-App) names apps too, so "App" alone gets nothing;
# the patterns need an imperative, a possessive ("unsere App") or a whole paragraph.
# Regex conventions: see appeal.pat.
@lang de
@category app
@weight +3

+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(jetzt )?(die |unsere )?(kostenlose )?([a-z+-]+-)?app (herunterladen|laden|downloaden|installieren|holen|öffnen|testen|entdecken)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(in|mit) der app (öffnen|lesen|weiterlesen|ansehen|anhören)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(zur|zu unserer|zur kostenlosen) ([a-z+-]+-)?app[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(laden sie|lade|ladet|holen sie|hol|holt|installieren sie|installiere) (sich |dir |euch )?(jetzt )?(die|unsere) (kostenlose |neue )?([a-z+-]+-)?(app|nachrichten-app|news-app)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(jetzt |hier )?(die|unsere) (kostenlose )?([a-z+-]+-)?app (herunterladen|laden|downloaden|installieren|holen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lesen sie|lies|hören sie|hör) (diesen artikel |den artikel |alle artikel |mehr )?(in|mit) (der|unserer) ([a-z+-]+-)?app([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(besser|bequemer|schneller|komfortabler|werbefrei) (lesen|informiert) (in|mit) (der|unserer) ([a-z+-]+-)?app([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(im|aus dem) app store (und|oder|sowie) (bei|im|auf|über) google play/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(verfügbar|erhältlich|kostenlos) (für|im|auf) (ios und android|android und ios|iphone und android|app store und google play)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(in|mit) unserer (kostenlosen |neuen )?([a-z+-]+-)?app (erhalten|bekommen|können|lesen|finden) (sie|du)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Push alerts --------------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(push-?(benachrichtigungen|mitteilungen|nachrichten)|benachrichtigungen) (aktivieren|einschalten|erlauben|zulassen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(aktivieren sie|aktiviere|erlauben sie|erlaube) (jetzt )?(die |unsere )?(push-?(benachrichtigungen|mitteilungen|nachrichten|meldungen)|benachrichtigungen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(eilmeldungen|breaking news|die wichtigsten nachrichten) (direkt |sofort |kostenlos )*(per push|als push-?(nachricht|mitteilung|benachrichtigung)|aufs (handy|smartphone))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])per push-?(benachrichtigung|mitteilung|nachricht)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(sie|du) (möchtest|möchten) (keine|die wichtigsten) (nachrichten|news|eilmeldungen) (mehr )?verpassen[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Podcast platforms, smart speakers, QR codes ------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(hören|abonnieren|folgen) sie (den|unseren|diesen) ([a-z+-]+-)?podcast (auch |kostenlos )?(auf|bei|in|über) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(hör|abonnier|folge) (den|unseren|diesen) ([a-z+-]+-)?podcast (auch |kostenlos )?(auf|bei|in|über) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(überall,? wo es podcasts gibt|in jeder podcast-app|in allen podcast-apps)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(jetzt )?(anhören|abonnieren|folgen|hören) (auf|bei) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sagen sie|sag) "?(alexa|hey google|ok google)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(scannen sie|scanne) (den|diesen) qr-?code([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
