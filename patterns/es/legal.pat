# Spanish legal and imprint lines: « Todos los derechos reservados », « Queda prohibida la
# reproducción », footer links (Aviso legal, Política de privacidad, Condiciones de uso,
# Quiénes somos), agency credit lines (« Con información de EFE »), affiliate disclosures.
#
# News about copyright or privacy law uses the words too; strong weights are for whole
# paragraphs and fixed formulas. Regex conventions: see appeal.pat.
@lang es
@category legal
@weight +4

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aviso legal|avisos legales|política de privacidad|política de cookies|condiciones de uso|condiciones generales|términos y condiciones|términos de uso|términos de servicio|condiciones de contratación|privacidad|protección de datos|quiénes somos|sobre nosotros|acerca de|contacto|contáctanos|contacte con nosotros|publicidad|anúnciate|anúnciese|trabaja con nosotros|empleo|accesibilidad|declaración de accesibilidad|mapa web|libro de estilo|principios editoriales|código ético|canal ético|canal de denuncias|transparencia|rss|faq|preguntas frecuentes|ayuda|atención al cliente|atención al suscriptor|servicio de atención|gestionar suscripción|darse de baja|baja)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aviso legal|política de privacidad|política de cookies|cookies|condiciones de uso|términos y condiciones|privacidad|quiénes somos|contacto|publicidad|trabaja con nosotros|accesibilidad|mapa web|transparencia)(\s*[|·•,/-]\s*|\s+)(aviso legal|política de privacidad|política de cookies|cookies|condiciones de uso|términos y condiciones|privacidad|quiénes somos|contacto|publicidad|trabaja con nosotros|accesibilidad|mapa web|transparencia)(\s*[|·•,/-]\s*|\s+)/

+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])todos los derechos reservados([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(queda|está) (prohibida|terminantemente prohibida|expresamente prohibida) (la|toda) (reproducción|distribución|copia|difusión)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(reproducción|distribución|comunicación pública)( total o parcial)?,? (sin (la )?(autorización|permiso) (previa|expresa|escrita)|está prohibida)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(© |©1|©2|\(c\)|copyright)\s*((19|20)\d\d\s*)?[^,;:!?"()|0-9]{0,60}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ediciones el país|unidad editorial|vocento|prensa ibérica|grupo godó|henneo|atresmedia|mediaset españa|prisa)[^,;:!?"()|0-9/]{0,40}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(con información de|con información|información de|con datos de|fuente|fuentes|con agencias|agencias)\s*:?\s*(efe|europa press|ep|afp|reuters|ap|agencias|notimex|télam|dpa)([\s,/y]+(efe|europa press|ep|afp|reuters|ap|agencias|notimex|télam|dpa))*[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(efe|europa press|agencias|afp|reuters|efe/ep|redacción|la redacción)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^ap$
+6 ^ep$
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(este artículo|este texto|esta columna) (se publicó|fue publicado|apareció) (originalmente|primero|por primera vez) (en|por)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(esta noticia|este artículo|este texto) (ha sido|fue) (traducid[oa]|elaborad[oa]|generad[oa]) (automáticamente|con (ayuda de )?(inteligencia artificial|ia))/

+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(este artículo|esta página|este contenido) (contiene|incluye) (enlaces|links) (de afiliados|de afiliación|afiliados|patrocinados)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(enlaces|links) de (afiliados|afiliación)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(podemos|puede que) (recibir|recibamos|obtener|obtengamos|llevarnos) una (comisión|compensación)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])sin (ningún )?(coste|costo) (adicional|extra) para (ti|usted|el lector)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
