# Spanish photo captions and credits: « Fotografía: EFE », « Imagen de archivo », « (Foto:
# Europa Press) », « Crédito: … », gallery chrome (« Foto 1 de 10 », « Ampliar »).
#
# The generic start « Foto: » lives in de/caption.pat (shared by de, es, it, pt, nl) so it
# is counted once; « Foto N de M » and « Crédito(s): » live here and serve pt too.
# Captions often read like news, so weights stay low (+1..+3) except for gallery buttons.
# Regex conventions: see appeal.pat.
@lang es
@category caption
@weight +2

+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(fotografía|fotografías|imagen|imágenes|ilustración|infografía|gráfico|vídeo|video|crédito|créditos|fuente de la imagen|autor de la foto)\s?:/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(foto|fotografía|imagen) (de archivo|de recurso|de archivo de)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(imagen|foto|fotografía) (ilustrativa|de referencia|cedida|facilitada|difundida|tomada)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /\((foto|fotografía|imagen|archivo|crédito|ilustración|efe|europa press|afp|reuters)\s?:?\s?[^()]{0,60}\)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(foto|fotografía|imagen|crédito)\s?:?\s?(efe|europa press|afp|reuters|ap|getty images|cordon press|gtres|agencia efe|cuartoscuro|notimex|télam|archivo|cedida|istock|shutterstock|unsplash|redes sociales|twitter|instagram)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(efe|afp|reuters|epa|getty images|europa press|cordon press|gtres|cuartoscuro)\s?/\s?[^,;:!?"()|0-9/]{2,40}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /\s?/\s?(efe|afp|reuters|epa|getty images|europa press|cordon press|gtres|cuartoscuro|el país|el mundo)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(foto|imagen|fotografía) \d+ de \d+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^ampliar$
+6 ^ampliar imagen$
+6 ^ampliar foto$
+6 ^ver imagen$
+6 ^ver galería$
+6 ^ver fotos$
+6 ^ver todas las fotos$
+6 ^galería de fotos$
+6 ^galería$
+6 ^fotogalería$
+6 ^pantalla completa$
+6 ^imagen siguiente$
+6 ^imagen anterior$
+6 ^foto siguiente$
+6 ^foto anterior$
+6 ^cerrar galería$
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(galería|fotogalería|en imágenes|las imágenes|las fotos)\s?(:|-)/
+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(pie de foto|leyenda)\s?:/
