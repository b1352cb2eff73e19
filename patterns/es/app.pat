# Spanish app prompts: « Descarga la app », « Abrir en la app », « Disponible en App Store y
# Google Play », push alerts (« Activa las notificaciones »). Voseo forms included.
#
# News about apps names them too; the patterns need an imperative, a possessive (« nuestra
# app ») or a whole paragraph. Regex conventions: see appeal.pat.
@lang es
@category app
@weight +3

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(descarga|descargá|descargue|descargar|instala|instalá|instalar|abrir|abre|abrí|leer|sigue leyendo|seguir leyendo|continuar) (en )?(la|nuestra) (app|aplicación|nueva app|app gratuita)( de [^,;:!?"()|0-9/]{2,25})?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(abrir|ver|leer) en la (app|aplicación)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(descarga|descargá|descargue|descárgate|instala|instalá|instale|prueba) (ya |ahora |gratis )?(la|nuestra) (app|aplicación|nueva app|nueva aplicación)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lee|leé|lea|sigue|seguí|siga|escucha|mira) (esta noticia|este artículo|todas las noticias|la última hora|las noticias|toda la información)( [^\s.,;:!?"()|0-9/]+){0,3} (en|desde) (la|nuestra) (app|aplicación)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(disponible|gratis|gratuita) (gratis )?en (app store|la app store|ios|android|google play)( y (en )?(google play|android|app store|ios))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(para|en) (ios y android|android y ios|iphone y android)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])nuestra (app|aplicación) (gratuita|móvil|está disponible|te permite|para (ios|android))/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(activa|activá|activar|active|permitir|recibir) (las )?(notificaciones|alertas)( push)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(activa|activá|active|recibe|recibí|reciba) (las|nuestras) (notificaciones|alertas)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])notificaciones push([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(recibe|recibí|reciba) (las )?(últimas noticias|alertas|la última hora|noticias de última hora) (en tu|en su|al) (móvil|celular|teléfono|smartphone)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(no te pierdas|no se pierda) (nada|ninguna noticia|ninguna novedad|la última hora)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Podcast platforms, smart speakers, QR codes ------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(escucha|escuchá|escuche|suscríbete a|sigue) (este|nuestro|el) podcast (gratis |también )?(en|a través de) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(en tu plataforma de podcasts favorita|en todas las plataformas de podcast|donde escuches tus podcasts)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(escuchar|escúchalo|suscribirse|seguir|escucha) (en|a través de) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(di|diga|decí) "?(alexa|ok google|hey google)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(escanea|escaneá|escanee) (el|este) (código )?qr([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(descubre|descubrí|encuentra) (todas las noticias|toda la información|la última hora) en (nuestra|la) (app|aplicación)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
