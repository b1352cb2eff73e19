# Spanish read-more and related-content lines: « Leer más », « Lee también », « Te puede
# interesar », « Noticias relacionadas », « Lo más leído », « Más información » (El País's
# heading above related links), « Archivado en » tag lists.
#
# Most patterns are whole paragraphs or paragraph starts. Regex conventions: see appeal.pat.
@lang es
@category related
@weight +4

# --- Whole paragraphs ---------------------------------------------------------------------
+7 ^leer más$
+7 ^lee más$
+7 ^leé más$
+7 ^ver más$
+7 ^seguir leyendo$
+7 ^sigue leyendo$
+7 ^continuar leyendo$
+7 ^continúa leyendo$
+7 ^leer el artículo$
+7 ^leer la noticia$
+7 ^leer artículo completo$
+7 ^leer la noticia completa$
+7 ^lee la noticia completa$
+7 ^noticia completa$
+7 ^ir a la noticia$
+7 ^ir al artículo$
+7 ^ver noticia$
+7 ^más información$
+7 ^más info$
+7 ^saber más$
+7 ^para saber más$
+7 ^más detalles$
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(noticias relacionadas|artículos relacionados|contenidos relacionados|temas relacionados|relacionado|relacionados|relacionadas|también te puede interesar|te puede interesar|te podría interesar|puede interesarte|le puede interesar|le podría interesar|podría interesarte|quizás te interese|te recomendamos|recomendamos|recomendado|recomendados|recomendado para ti|recomendaciones|nuestras recomendaciones|no te lo pierdas|no te pierdas|mira también|ver también|lea también|lee también|leé también|también|otras noticias|más noticias|más noticias de [^.,;:!?"()|0-9/]{2,30}|más de [^.,;:!?"()|0-9/]{2,30}|más sobre [^.,;:!?"()|0-9/]{2,30}|últimas noticias|lo último|última hora|lo más leído|lo más visto|lo más compartido|lo más comentado|más leídas|más leído|más vistos|más vistas|las más leídas|noticias destacadas|destacados|destacadas|en portada|portada|te recomendamos leer|sigue la última hora|en directo)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Paragraph starts ---------------------------------------------------------------------
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(lee también|leé también|lea también|lee además|lea además|leer también|te puede interesar|le puede interesar|también te puede interesar|puede interesarte|te recomendamos|mira también|mire también|ver también|ver además|relacionado|relacionada|noticia relacionada|más información|lo más leído)\s*(:|\||-|>)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(en contexto|contexto|análisis|opinión|entrevista|reportaje|en vídeo|vídeo|video|galería|podcast)\s*(\||>)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(lee también|leé también|lea también|lee además|te puede interesar|le puede interesar|mira también|te recomendamos|noticias relacionadas)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(archivado en|etiquetas|temas|tags|más sobre|sobre la firma|sigue leyendo sobre)\s*:?\s/
+6 ^archivado en$
+6 ^etiquetas$
+6 ^temas$
+6 ^tags$

# --- Inside a paragraph -------------------------------------------------------------------
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(puedes|podés|puede) (leer|consultar|ver) (aquí|acá|más|el resto|la noticia completa|todas las noticias|nuestra cobertura)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(haz|hacé|haga) (clic|click) (aquí|acá|en este enlace|en el enlace)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sigue|seguí|siga) (toda )?la (última hora|información|cobertura) (en|de) (directo|nuestro directo|nuestra web)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(toda la información|todas las noticias|toda la actualidad|la última hora) (sobre [^.,;:!?"()|0-9/]{2,30} )?(en|aquí)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(nota|noticia|artículo) relacionad[oa]s?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:/
