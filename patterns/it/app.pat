# Italian app prompts: « Scarica l'app », « Apri nell'app », « Disponibile su App Store e
# Google Play », push alerts (« Attiva le notifiche »).
#
# News about apps names them too; the patterns need an imperative, a possessive (« la
# nostra app ») or a whole paragraph. Regex conventions: see appeal.pat.
@lang it
@category app
@weight +3

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(scarica|scaricare|installa|apri|aprire|leggi|continua a leggere|prova) (l'app|l'applicazione|la nostra app|la app|nell'app|sull'app|nella app)( [^,;:!?"()|0-9/]{2,30})?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(apri|leggi|guarda|ascolta) (nell'app|sull'app|nella app|con l'app)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(scarica|scaricate|installa|installate|prova) (subito |ora |gratis |gratuitamente )?(l'app|l'applicazione|la nostra app|la nuova app|la app)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(leggi|segui|ascolta|guarda|ricevi) (questo articolo|tutte le notizie|le notizie|le ultime notizie|gli aggiornamenti|la diretta)[^.]{0,30} (sull'app|nell'app|con l'app|sulla nostra app|nella nostra app)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(disponibile|gratis|gratuita|gratuitamente) (gratis )?su (app store|l'app store|ios|android|google play)( e (su )?(google play|android|app store|ios))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(per|su) (ios e android|android e ios|iphone e android|smartphone e tablet)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])la nostra app (gratuita|è disponibile|ti permette|per (ios|android))/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(attiva|attivare|consenti|ricevi) (le )?(notifiche|notifiche push|alert|allerte)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(attiva|consenti|ricevi) (le|le nostre) (notifiche|notifiche push|allerte)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])notifiche push([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ricevi|ricevere) (le )?(ultime notizie|breaking news|notizie in tempo reale) (sul|sullo|direttamente sul) (tuo )?(smartphone|telefono|cellulare)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(non perdere|non perderti) (nessuna notizia|nulla|niente|gli aggiornamenti)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Podcast platforms, smart speakers, QR codes ------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ascolta|ascoltate|iscriviti al|segui) (il|questo|il nostro) podcast (gratis |anche )?(su|tramite) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(su tutte le piattaforme di podcast|sulla tua piattaforma (di podcast )?preferita|ovunque ascolti i tuoi podcast)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ascolta|ascoltalo|segui|iscriviti) (su|tramite) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(di'|dì|chiedi ad?) "?(alexa|ok google|hey google)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(inquadra|scansiona) (il|questo) (codice )?qr([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(scopri|trovi) (tutte le notizie|tutti gli aggiornamenti|le ultime notizie) (sulla|nella) (nostra )?app([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(scarica l'app|scarica la app|app)( gratuita)?( per (ios|android|iphone))?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
