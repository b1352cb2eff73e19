# Spanish paywall and subscription prompts: « Suscríbete para seguir leyendo », « Este
# contenido es exclusivo para suscriptores », « ¿Ya eres suscriptor? Inicia sesión », « Lee
# sin límites », offers (« 1 € el primer mes »), metered and multi-device walls (El País,
# El Mundo, ABC, La Vanguardia, El Confidencial, El Correo, Clarín, La Nación, El Tiempo,
# El Comercio, El Universal …). Argentine/Uruguayan voseo (« suscribite », « accedé ») is
# covered too.
#
# News about subscriptions (plataformas, suscriptores de Netflix, precios) uses the same
# nouns, so « suscriptores », « suscripción » alone get nothing; strong patterns address
# the reader or are whole paragraphs. Regex conventions: see appeal.pat.
@lang es
@category paywall
@weight +3

# --- Whole paragraphs ----------------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(suscríbete|suscribete|suscríbase|suscribase|suscribite|suscribirse|suscribirme|suscríbete ahora|suscríbete ya|suscríbete aquí|quiero suscribirme|hazte premium|hazte suscriptor[a]?|ver planes|ver ofertas|ver suscripciones|elige tu plan|elige tu suscripción|consulta las ofertas|descubre las ofertas|conoce (nuestros planes|las ofertas|nuestras ofertas))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(exclusivo|exclusiva|contenido exclusivo|artículo exclusivo|solo|sólo|solo para|sólo para|exclusivo para|contenido para) (suscriptores|suscriptoras|abonados|socios|premium|usuarios registrados)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(premium|exclusivo suscriptores|suscriptores|para suscriptores|contenido premium|abonados)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(¿)?(ya eres|ya es|ya sos|eres|es usted) (suscriptor[a]?|suscriptor/a|abonad[oa]|soci[oa]|premium|usuario registrado)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(\?|$|inicia sesión|iniciar sesión|accede|entra|ingresa|ingresá|identifícate|conéctate)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ya soy (suscriptor[a]?|abonad[oa]|premium)|inicia sesión|iniciar sesión|inicia sesión para seguir leyendo|regístrate|registrate|regístrese|registrarse|regístrate gratis|crear cuenta|crea tu cuenta|acceder|accede|accedé|ingresar|ingresá|entrar)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Exclusive content ------------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(este|esta|el|la) (contenido|artículo|noticia|información|reportaje|entrevista|análisis|columna|podcast|newsletter|boletín) (es |está )?(exclusiv[oa]|disponible|reservad[oa]) (solo |sólo |únicamente )?(para|a) (suscriptor|abonad|soci|usuarios registrados|premium|lectores registrados)[^.,;:!?"()|0-9]{0,20}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(este|esta|el|la) (contenido|artículo|noticia|información|reportaje|entrevista|análisis|columna|podcast|newsletter|boletín) (es |está )?(exclusiv[oa]|disponible|reservad[oa]) (solo |sólo |únicamente )?(para|a) (suscriptor|abonad|soci|usuarios registrados|premium|lectores registrados)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(exclusiv[oa]|solo|sólo|reservad[oa]) (para|a) (suscriptores|suscriptoras|abonados|socios premium|usuarios premium)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(para|si quieres|si quiere) (seguir|continuar) (leyendo|disfrutando)[^.]{0,40}(suscr|regístr|registr|inicia sesión|hazte premium|accede|accedé)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(suscríbete|suscribete|suscríbase|suscribite|hazte premium|regístrate|registrate|regístrese|inicia sesión) (para|y) (seguir|continuar|leer|acceder|disfrutar|desbloquear)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(suscríbete|suscribete|suscríbase|suscribite)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lee|leé|lea|disfruta|accede|accedé|acceda) (sin límites|de forma ilimitada|a todo el contenido|a todos (los|nuestros) (contenidos|artículos)|a contenidos exclusivos|al contenido completo)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(acceso|accede|accedé) (ilimitado|completo|total|sin límites) (a|al) (todos|todo|nuestros|nuestro|los|el) (contenidos?|artículos?|noticias|periodismo)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lee|leé|lea) (la noticia|el artículo|este artículo|esta noticia) (completa|completo|entero|entera)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- El País multi-device wall --------------------------------------------------------------
+7 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])tu suscripción se está usando en otro dispositivo/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(¿)?quieres añadir otro usuario a tu suscripción/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])si continúas leyendo en este dispositivo,? no se podrá leer en el otro/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(solo|sólo) puedes acceder a [^,;:!?"()|0-9/]{2,30} desde un dispositivo a la vez/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])si quieres compartir tu cuenta,? cambia tu suscripción/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])en el caso de no saber quién está usando tu cuenta/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(¿)?por qué estás viendo esto[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(continuar leyendo aquí|seguir leyendo aquí|leer en este dispositivo|flecha)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Limits ---------------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(has|ha) (alcanzado|llegado a|agotado) (el límite|tu límite|su límite|los artículos gratuitos|tus artículos gratuitos|el máximo)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(te quedan|le quedan|te queda) (\d+|pocos|un) (artículos?|noticias?|contenidos?) (gratuitos?|gratis|este mes|por leer)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(artículos?|noticias?|contenidos?) (gratuitos?|gratis) (este mes|de este mes|al mes)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Offers ---------------------------------------------------------------------------------
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])\d+([.,]\d+)? ?(€|euros?|\$|pesos|soles) (el|los) (primer|primeros \d+) (mes|meses|año)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cancela|cancelá|cancele|date de baja) (cuando quieras|cuando quiera|en cualquier momento)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])sin (permanencia|compromiso de permanencia)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(oferta (especial|de bienvenida|de lanzamiento|limitada|exclusiva)|prueba gratis|prueba gratuita|periodo de prueba)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(después|luego|tras el primer mes),? \d+([.,]\d+)? ?(€|euros?|\$|pesos) ?(/|al|por|cada) ?(mes|año)/

# --- Pay or consent --------------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aceptar y continuar|suscribirme sin cookies|suscríbete sin cookies|navega sin cookies|rechazar y suscribirme|rechazar y suscribirse)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(acepta|aceptar|aceptas) (las )?cookies o (suscríbete|suscribirte|suscríbase|hazte suscriptor|paga)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sin cookies|sin publicidad personalizada|sin anuncios) por (solo |sólo )?\d+([.,]\d+)? ?(€|euros?)/

# Voseo and usted forms of subscription prompts.
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(suscribite|suscríbete|suscríbase|suscribirme)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /si ya (está|estás|sos|eres) (suscrito|suscriptor|suscripto|suscriptora)/
+3 /con (tu|su) suscripción (navegás|navegas|accedés|accedes|tenés|tienes|podés|puedes|obtienes)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*ver (promos|promociones|planes|ofertas) de suscripción/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(tenemos algo|tenemos una oferta|una oferta especial) para (vos|ti|usted)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*tenemos (algo|una propuesta|una oferta|un plan) (especial )?para (ofrecerte|ofrecerle|vos|ti|usted)/

# "If you already subscribe, log in here" as a whole line under a paywall, in the usted,
# tú and voseo forms.
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*si ya (está|estás|sos|eres|es) (suscrit[oa]|suscript[oa]|suscriptor[a]?|registrad[oa]|abonad[oa]|soci[oa]),? (ingrese|ingresa|ingresá|inicie sesión|inicia sesión|iniciá sesión|acceda|accede|accedé|entre|entra|entrá|identifíquese|identifícate|haga clic|hacé clic|haz clic)( aquí| acá)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
