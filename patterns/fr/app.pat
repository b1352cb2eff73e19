# French app prompts: « Téléchargez l'application », « Ouvrir dans l'application »,
# « Disponible sur l'App Store et Google Play », push alerts.
#
# News about apps (TousAntiCovid, apps bancaires) names apps too; the patterns need an
# imperative, a possessive (« notre application ») or a whole paragraph.
# Regex conventions: see appeal.pat.
@lang fr
@category app
@weight +3

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(télécharger|téléchargez|installer|installez|ouvrir|découvrir|essayer|lire dans|ouvrir dans|continuer dans|passer sur) (l'application|l'appli|l'app|notre application|notre appli|notre app)( [^.,;:!?"()|0-9/]{2,30})?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(téléchargez|télécharge|installez|installe|retrouvez|découvrez) (gratuitement )?(l'application|l'appli|l'app|notre application|notre appli|notre nouvelle application)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lisez|lire|lis|retrouvez|suivez|écoutez) (cet article|l'article|toute l'actualité|l'actualité|nos articles|l'info|le journal|l'édition)( [^.,;:!?"()|0-9/]{0,20})? (sur|dans) (l'application|l'appli|l'app|notre application)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(disponible|téléchargeable|gratuite?) (gratuitement )?sur (l'app store|app store|ios|iphone|android|google play)( et (sur )?(google play|android|l'app store|ios))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sur|pour) (ios et android|android et ios|iphone et android|smartphone et tablette)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])notre application (mobile )?(gratuite |est disponible|vous permet|pour (ios|android|smartphone))/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(activer|activez|recevoir) les (notifications|alertes)( push)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(activez|active|autorisez|autorise) (les|nos) (notifications|alertes)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(recevez|reçois) (les|nos|toutes les) (alertes|notifications|infos) (en temps réel|en direct|push|importantes)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])notifications push([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ne manquez|ne ratez|ne rate) (plus )?(aucune|rien de l'|aucune info|aucune alerte)/

# --- Podcast platforms, smart speakers, QR codes ------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(écoutez|écoute|abonnez-vous à|suivez) (ce|notre|le) podcast (gratuitement |aussi )?(sur|via) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sur (toutes les|votre) plateformes? d'écoute|sur votre application de podcast préférée)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(écouter|s'abonner|suivre|écoutez) (sur|via) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dites|dis) "?(alexa|ok google|hey google)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(scannez|flashez|scanne|flashe) (ce|le) qr ?code([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(retrouvez|découvrez) (toute l'actualité|toutes nos infos|l'info) (sur|dans) (notre|l') (application|appli)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

+4 /(suivez|retrouvez|lisez) (toute l'|toutes les |les |l')(actualités?|informations?|infos?) .{0,60}avec l'(application|appli|app)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
