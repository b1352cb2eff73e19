# Spanish comment-section chrome: « Comentarios », « Ver comentarios », « Deja tu
# comentario », « Los comentarios están cerrados », « Normas de participación », sort and
# reply buttons. Voseo forms included.
#
# Regex conventions: see appeal.pat.
@lang es
@category comments
@weight +4

+7 role=maybe-thread ^comentarios$
+7 ^comentar$
+7 ^comenta$
+7 ^comentá$
+7 ^comente$
+7 ^ver comentarios$
+7 ^ver los comentarios$
+7 ^mostrar comentarios$
+7 ^ocultar comentarios$
+7 ^ir a los comentarios$
+7 ^ir a comentarios$
+7 ^cargar comentarios$
+7 ^cargar más comentarios$
+7 ^ver más comentarios$
+7 ^leer comentarios$
+7 ^escribe un comentario$
+7 ^escribí un comentario$
+7 ^escribe tu comentario$
+7 ^deja un comentario$
+7 ^deja tu comentario$
+7 ^dejá tu comentario$
+7 ^añade un comentario$
+7 ^añadir comentario$
+7 ^publicar comentario$
+7 ^enviar comentario$
+7 ^participa$
+7 ^opina$
+7 ^opiná$
+7 ^opine$
+7 ^qué opinas$
+7 ^qué opina$
+7 ^tu opinión$
+7 ^su opinión$
+7 ^tu opinión importa$
+7 ^danos tu opinión$
+7 ^normas$
+7 ^normas de participación$
+7 ^normas de la comunidad$
+7 ^conversación$
+7 ^la conversación$
+7 ^responder$
+7 ^respuestas$
+7 ^ver respuestas$
+7 ^ocultar respuestas$
+7 ^denunciar$
+7 ^reportar$
+7 ^me gusta$
+7 ^no me gusta$
+7 ^más recientes$
+7 ^más antiguos$
+7 ^más antiguas$
+7 ^más valorados$
+7 ^mejor valorados$
+7 ^más votados$
+7 ^destacados$
+7 ^ordenar por$
+7 ^cancelar$
+7 ^enviar$
+7 ^publicar$
+7 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ver )?\d+ (comentarios?|respuestas?|opiniones)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(comentarios|opiniones) \(\d+\)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(los )?comentarios (están|han sido|quedan) (cerrados|deshabilitados|desactivados|moderados|cerrados para esta noticia)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(esta noticia|este artículo|este contenido) (no admite|ya no admite|no permite) comentarios([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])para (comentar|poder comentar|participar|dejar un comentario)[^.]{0,30}(debes|tienes que|necesitas|es necesario|hay que|debe|tiene que) (estar registrad|iniciar sesión|ser suscriptor|registrarte|identificarte|acceder)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(inicia sesión|regístrate|suscríbete|hazte soci[oa]) (para|y) (comentar|participar en la conversación|dejar (un|tu) comentario)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(normas|reglas|política) (de participación|de la comunidad|de comentarios|de moderación)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(tu|su) comentario (será|ha sido|está|queda) (publicado|revisado|moderado|pendiente)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(los comentarios|las opiniones) (son|serán) (responsabilidad|de exclusiva responsabilidad) de (sus|los) autores([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# WordPress and log-in gates of comment sections.
# House rules of a comment form: "Los comentarios ofensivos no serán publicados".
+4 /comentarios? [^.!?]{0,100}no (serán|será) (aprobados?|publicados?|aceptados?)/
+6 ^deja un comentario cancelar respuesta$
+5 ^(deja|dejá|deje) (un|tu|su) comentario$
+3 cancelar respuesta
+4 /(regístrate|registrate|regístrese|inicia sesión|iniciá sesión|inicie sesión|ingresa|ingresá)( o (inicia|iniciá|inicie) sesión)? para (comentar|participar|dejar (un|tu|su) comentario)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(comparte|compartí|comparta) (tu|su) opinión[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /los comentarios (en esta sección |de esta sección )?(son exclusivos|están reservados|son solo) para (suscriptores|usuarios registrados|socios)/
+3 /(les|te|le) pedimos (que sean respetuosos|respeto)/
# "12 comentarios en «Título»", "3 respuestas a «Título»": the head of a comment list.
+7 role=thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d[\d.,]* (comentarios?|respuestas?|pensamientos?) (en|a|sobre) ".{1,250}$/
