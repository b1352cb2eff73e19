# Spanish site chrome: menus and section lists, skip links, login/account links, pagers,
# reading-time and audio-player lines, « Actualizado: … » meta, error-report prompts, and
# advertising labels (« Publicidad », « Contenido patrocinado »).
#
# Almost everything here is a whole paragraph. Regex conventions: see appeal.pat.
@lang es
@category navigation
@weight +5

# --- Menus, skip links, account -------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(inicio|portada|ir a la portada|volver a la portada|volver al inicio|menú|abrir menú|cerrar menú|cerrar|volver|buscar|búsqueda|buscador|secciones|todas las secciones|mapa web|mapa del sitio|hemeroteca|edición impresa|edición digital|kiosko|kiosco|quiosco|periódico digital|ediciones|elige tu edición|cambiar edición|selecciona tu edición|edición españa|edición américa|edición méxico)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(iniciar sesión|inicia sesión|cerrar sesión|salir|entrar|acceder|registrarse|regístrate|mi cuenta|mi perfil|mi suscripción|mis datos|mis noticias|mis artículos|área de suscriptores|zona de suscriptores|mi área|suscripciones|tienda|club del suscriptor|clasificados|esquelas|necrológicas|tiempo|el tiempo|loterías|horóscopo|programación tv|juegos|pasatiempos|crucigramas|sudoku)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(saltar|ir|pasar) (al|a la) (contenido|contenido principal|navegación|búsqueda|pie de página|menú)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(volver arriba|ir arriba|subir|volver al principio|arriba)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ver más|mostrar más|cargar más|más resultados|ver todo|ver todos|ver todas|siguiente|anterior|página siguiente|página anterior|más noticias)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*página \d+ de \d+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(inicio|portada|home) ?(›|>|/|\|)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(estás en|usted está en)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:/

# Section lists: three or more section names in a row.
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((españa|internacional|mundo|política|economía|opinión|sociedad|cultura|deportes|tecnología|ciencia|salud|educación|televisión|gente|estilo|vídeos|videos|madrid|cataluña|andalucía|comunidad valenciana|motor|viajes|gastronomía|clima|medio ambiente|nacional|local|méxico|américa|sucesos|tribunales|última hora|fotos|podcasts|blogs|cine|música|libros|espectáculos|negocios|finanzas|mercados)(\s*[|·•,/]\s*|\s+)){2,}(españa|internacional|mundo|política|economía|opinión|sociedad|cultura|deportes|tecnología|ciencia|salud|educación|televisión|gente|estilo|vídeos|videos|madrid|cataluña|andalucía|comunidad valenciana|motor|viajes|gastronomía|clima|medio ambiente|nacional|local|méxico|américa|sucesos|tribunales|última hora|fotos|podcasts|blogs|cine|música|libros|espectáculos|negocios|finanzas|mercados)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Reading time, audio player, meta -------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(tiempo de lectura|lectura|lectura de)\s*:?\s*(aprox\. )?\d+\s?(min|minutos?|mins?\.?)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(tiempo de lectura)\s*:?\s*\d+\s?(min|minutos?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d+\s?(min|minutos?) de lectura[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(escuchar|escucha|escuchá|escuchar (este artículo|la noticia|el artículo|noticia)|escucha (este artículo|la noticia|el artículo)|reproducir|reproducir audio|reproducir vídeo|reproducir video|ver vídeo|ver video|play)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(este|el) (vídeo|video) (no está disponible|ya no está disponible|no se puede reproducir)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(actualizado|publicado|actualización|modificado|creado)( el| a las| hace)?\s*:?\s*\d{1,2}[\s/.-]?(\d{1,2}|ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[^!?]{0,50}$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(actualizado|publicado)( el| a las| hace)\s/

# --- Error reports, feedback ------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(¿)?(has visto|ha visto|encontraste|encontró|viste) (un|algún) error[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(avísanos|escríbenos|notifícalo|repórtalo|infórmanos)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(reportar un error|notificar un error|comunicar un error|fe de errores|contacta con la redacción|contactar con la redacción|escríbenos|escribe a la redacción)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(si (has|ha) (visto|encontrado|detectado) (un|algún) error)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Advertising labels ---------------------------------------------------------------------
@category other
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(publicidad|anuncio|patrocinado|contenido patrocinado|contenido de marca|contenido promocionado|promocionado|branded content|en colaboración con [^,;:!?"()|0-9/]{2,30}|ofrecido por [^,;:!?"()|0-9/]{2,30}|presentado por [^,;:!?"()|0-9/]{2,30}|espacio patrocinado)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(la noticia|el artículo|la información|sigue|continúa) (continúa |sigue )?(después|debajo|tras) (de )?(la|la publicidad|el anuncio|esta publicidad|este anuncio)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(publicidad|patrocinado|contenido patrocinado)\s*(:|-|\|)/
