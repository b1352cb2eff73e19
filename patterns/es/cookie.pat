# Spanish cookie and consent banners (AEPD / TCF texts, « Aceptar todas », « Rechazar
# todas », « Configurar cookies »), pay-or-consent walls, and placeholders for embedded
# content (« Para ver este contenido, acepta las cookies »).
#
# News about cookies, the AEPD or the RGPD uses the topic words, so « cookies »,
# « consentimiento », « datos personales » alone get nothing; strong weights need the
# banner's own sentences or whole-paragraph buttons. Regex conventions: see appeal.pat.
@lang es
@category cookie
@weight +4

# --- Buttons (whole paragraphs) -----------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aceptar|rechazar|permitir|denegar) (todas|todo|todas las cookies|las cookies|cookies|seleccionadas|selección)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aceptar|rechazar|acepto|rechazo|denegar|permitir|de acuerdo, acepto|ok, entendido)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aceptar|rechazar|acepto|rechazo) y (continuar|cerrar|seguir|seguir navegando|navegar)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(continuar sin aceptar|seguir sin aceptar|rechazar y cerrar|aceptar y cerrar)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(configurar|configuración de|gestionar|personalizar|ajustes de|preferencias de|administrar|política de) (las )?(cookies|preferencias|opciones|privacidad|consentimiento)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(guardar|confirmar) (mis |las |tus )?(preferencias|selección|elección|opciones|configuración|ajustes)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(más opciones|mostrar detalles|ver detalles|ver socios|ver nuestros socios|ver proveedores|configuración|personalizar|opciones)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Banner sentences -------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(utilizamos|usamos|empleamos) (cookies|cookies propias|cookies propias y de terceros|galletas|tecnologías similares)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(este|nuestro) (sitio|sitio web|web|portal|página web) (utiliza|usa|emplea) (cookies|cookies propias)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])nosotros y nuestros (\d+ )?(socios|partners|proveedores) (utilizamos|usamos|almacenamos|tratamos|accedemos|procesamos)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])nosotros y nuestros (\d+ )?(socios|partners|proveedores)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])almacenar (o|y/o|y) acceder a información (en|de) un dispositivo/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])anuncios y contenido personalizados,? medición de anuncios/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(datos de localización geográfica precisa|identificación mediante las características de los dispositivos|escanear activamente las características del dispositivo)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])si (continúas|continúa|sigues|sigue) navegando,? (consideramos|entendemos|aceptas|acepta|se considera)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(puedes|podés|puede) (cambiar|modificar|retirar|revocar) (tu|su|tus|sus) (consentimiento|preferencias|configuración|elección) (en cualquier momento|cuando quieras|cuando quiera)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(al|haciendo) (hacer )?clic en "?(aceptar|acepto|aceptar todas|aceptar y continuar)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(política|aviso) de cookies([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])interés legítimo([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])cookies (técnicas|analíticas|de análisis|publicitarias|de personalización|estrictamente necesarias|de terceros)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Embedded content and pay or consent ----------------------------------------------------
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])para (ver|visualizar|mostrar|reproducir|acceder a) (este|esta|el) (contenido|vídeo|video|tuit|publicación|mapa|gráfico),? (es necesario|necesitas|debes|tienes que|necesita|debe|acepta|aceptá)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(este|el) contenido (no está disponible|está bloqueado|ha sido bloqueado|no se puede mostrar)[^.]{0,60}(cookies|consentimiento|preferencias)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(contenido (no disponible|bloqueado|externo|de terceros)|mostrar contenido|cargar contenido|ver contenido)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(acepta|aceptá) (las )?cookies (para|y) (ver|seguir|continuar|acceder)/
