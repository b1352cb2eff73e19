# Spanish newsletter sign-ups: « Suscríbete a nuestra newsletter », « Apúntate al boletín »,
# « Recibe cada mañana en tu correo », form fields (« Introduce tu email »), privacy
# checkboxes, confirmations and unsubscribe notes. Voseo forms (« suscribite ») included.
#
# The bare words « newsletter » and « boletín » are left to weak or no weight: « boletín »
# is also the Boletín Oficial del Estado. Regex conventions: see appeal.pat.
@lang es
@category newsletter
@weight +3

# --- Sign-up calls ------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(suscríbete|suscribete|suscríbase|suscribite|apúntate|apuntate|apúntese|anótate|regístrate|date de alta|inscríbete|recibe|recibí|reciba) (gratis |gratuitamente |ya |ahora |aquí )?(a|al|en) (nuestr[oa]s? |la |el |las |los )?(newsletters?|boletín|boletines|boletín diario|boletín semanal|resumen diario|newsletter de)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(suscríbete|suscribete|suscríbase|suscribite|apúntate|apuntate|apúntese|recibe|reciba) (gratis )?(nuestr[oa]s?|la|el|las) (newsletters?|boletín|boletines)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(suscríbete|suscribete|suscríbase|suscribite|apúntate|apuntate|suscripción|suscribirse|suscribirme|quiero suscribirme|inscribirse|darme de alta|alta) (a|al|en) (la |el |nuestr[oa] |las |nuestras )?(newsletters?|boletín|boletines)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(newsletters?|boletines|nuestras newsletters|todas las newsletters|todas nuestras newsletters|recibe nuestras newsletters|apúntate|apuntate|apúntate gratis)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(la|nuestra|una) newsletter (diaria|semanal|gratuita|de [^.,;:!?"()|0-9/]{2,30})([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cada|todas las|todos los) (mañana|mañanas|tarde|tardes|noche|noches|día|días|semana|semanas|lunes|martes|miércoles|jueves|viernes|sábado|sábados|domingo|domingos)[^.]{0,30} (en tu (correo|email|e-mail|bandeja)|en su (correo|email|bandeja))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])en tu (correo( electrónico)?|e-?mail|bandeja de entrada|buzón( de correo)?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])en su (bandeja de entrada|correo electrónico)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(recibe|recibí|reciba|te enviamos|le enviamos) (las|la|lo|nuestras|nuestra|una selección|un resumen|el resumen)[^.]{0,40}(noticias|claves|información|informaciones|historias|lo más)[^.]{0,30}(correo|email|e-mail|bandeja|buzón)/

# --- Form ----------------------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((tu|su) )?(dirección de )?(correo( electrónico)?|e-?mail)( \*)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(introduce|introducí|introduzca|escribe|escriba|ingresa|ingresá|ingrese|indica|deja) (tu|su) (dirección de )?(correo( electrónico)?|e-?mail)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(he leído y acepto|acepto|al suscribirte,? aceptas|al suscribirse,? acepta|al registrarte,? aceptas|al hacer clic)[^.]{0,40}(política de privacidad|aviso legal|condiciones|términos)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(puedes|podés|puede) (darte|darse|darte de) (de )?baja (en cualquier momento|cuando quieras|cuando quiera|fácilmente|con un clic)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(darte de baja|darse de baja|cancelar (la|tu|su) suscripción) (en cualquier momento|cuando quieras|cuando quiera)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(enlace|link) (para darte de baja|de baja|para cancelar la suscripción)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Confirmation ----------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])gracias por (suscribirte|suscribirse|registrarte|registrarse|apuntarte|apuntarse|tu suscripción|su suscripción)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ya estás|ya está|te has|se ha) (suscrit[oa]|apuntad[oa]|registrad[oa])[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(confirma|confirme|confirmá) (tu|su) (suscripción|correo|email|dirección)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(te hemos|le hemos) enviado un (correo|email|e-mail) (de confirmación|para confirmar)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

+4 /(inscríbase|inscríbete|inscribite|suscribite|suscríbete|suscríbase) y (recibí|recibe|reciba)/
+3 /(recibí|recibe|reciba) (cada día|cada semana|en (tu|su) correo|en (tu|su) email|gratis)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*newsletter /
