# Spanish share, follow and save prompts: « Compartir », « Compartir en WhatsApp », « Copiar
# enlace », « Síguenos en Instagram », « Únete a nuestro canal de WhatsApp », « Guardar »,
# « Regala este artículo ». Voseo forms included.
#
# « compartir » inside a sentence is ordinary Spanish; only buttons, imperatives and whole
# paragraphs are weighted. Regex conventions: see appeal.pat.
@lang es
@category share
@weight +4

# --- Buttons ------------------------------------------------------------------------------
+7 ^compartir$
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(compartir|comparte|compartí|enviar|envía|guardar|guarda|imprimir|copiar|regalar|regala) (este artículo|esta noticia|el artículo|la noticia|el enlace|enlace|el link|link|en [^,;:!?"()|0-9/]{1,15}|por (correo|email|e-mail|whatsapp))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 ^enlace copiado$
+7 ^link copiado$
+7 ^copiar enlace$
+7 ^copiar link$
+7 ^copiado$
+7 ^imprimir$
+7 ^guardar$
+7 ^guardado$
+7 ^guardar artículo$
+7 ^guardar para después$
+7 ^guardar para más tarde$
+7 ^leer más tarde$
+7 ^leer después$
+7 ^añadir a favoritos$
+7 ^añadir a mis favoritos$
+7 ^mis favoritos$
+7 ^enviar$
+7 ^enviar por correo$
+7 ^enviar por email$
+7 ^enviar por whatsapp$
+7 ^compartir artículo$
+7 ^compartir noticia$
+7 ^compartir en whatsapp$
+7 ^compartir en facebook$
+7 ^compartir en x$
+7 ^compartir en twitter$
+7 ^compartir en linkedin$
+7 ^regalar artículo$
+7 ^regala este artículo$
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(facebook|twitter|linkedin|whatsapp|e-?mail|correo|telegram|threads|bluesky|messenger|copiar enlace)((\s*[|·•,/]\s*|\s+)(facebook|twitter|x|linkedin|whatsapp|e-?mail|correo|telegram|threads|bluesky|messenger|copiar enlace))+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(comparte|compartí|comparta) (este artículo|esta noticia|esta información|este contenido|en (tus|sus) redes)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(regala|regalá|regale) (este artículo|esta noticia|el artículo)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Follow us ------------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(síguenos|seguinos|síganos|sigue a [^,;:!?"()|0-9/]{2,30}|sigue a|sigue toda la información|sigue la información|sigue las noticias|sigue la última hora|encuéntranos|búscanos) (también |ahora )?(en|a través de|por) (facebook|twitter|x|instagram|tiktok|youtube|linkedin|whatsapp|telegram|threads|bluesky|google news|google noticias|nuestras redes|las redes sociales|redes sociales|nuestro canal)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(síguenos|seguinos|síganos)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(únete|unite|súmate|sumate|suscríbete|suscribite) (a|al) (nuestro|el) canal (de )?(whatsapp|telegram|youtube|difusión)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(nuestro|el) canal de (whatsapp|telegram) (de [^,;:!?"()|0-9/]{2,25})?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(seguir|sigue|seguí|siga) (a|al) (autor|autora|[^,;:!?"()|0-9/]{2,30} en (x|twitter|instagram|facebook|linkedin))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^seguir$
+6 ^dejar de seguir$
+6 ^siguiendo$

+3 /(comunicarse|comunicate|comunícate|escríbenos|escribinos) (vía|por|a través de) whatsapp con (la redacción|nosotros|el equipo)/
