# Spanish donation and membership appeals: « Hazte socio/a », « Apoya el periodismo
# independiente », « Necesitamos tu apoyo », « Querido lector », donation forms and their
# buttons (elDiario.es, Público, infoLibre, El Salto, CTXT, La Marea, El Confidencial,
# Newtral, Maldita; in Latin America Animal Político, El Faro, La Silla Vacía, Ojo Público,
# Plan V, IDL-Reporteros, Chequeado …).
#
# Appeals speak as « nosotros / nuestro » to « tú / tu » (Spain, most of Latin America) or
# « usted / su » (formal, Latin America); the regexes lean on that so that news ABOUT
# donations (campañas solidarias, ONG, partidos) is not pushed out. Bare topic words
# (« donación », « socios », « apoyo ») get no weight. Lowercased « su » is also « his/
# her/their », so usted-forms get less weight unless the verb makes the address certain.
#
# Regex conventions: Unicode classes (\w, \W, \p{L}) and Unicode \b compile to large,
# slow automata, so they are not used. The edge and boundary class is the small
# punctuation class P = [ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔] (ASCII space, punctuation and
# symbols plus a few others): ^P* / P*$ for paragraph edges, (^|P) / (P|$) as word
# boundaries (this also works next to accented letters, where an ASCII \b would not), and
# "a word" or "a name" is a negated class such as [^\s.,;:!?"()|/0-9]. No flag groups
# such as (?-u:…) are used, so every regex keeps the literals the prefilter needs.
# Openers start with P minus quotes, ^[ !#-&(-/:-@\[-`{-~¡¿…]*, so that a quoted plea in
# a news story opens no block.
@lang es
@category appeal
@weight +3

# --- Openers ----------------------------------------------------------------------------
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(querid[oa]s? (lector|lectora|lectores|lectoras|lector/a|lectora/or|lectores y lectoras|amig[oa]s|soci[oa]s|suscriptor(es|a|as)?)|estimad[oa]s? (lector|lectora|lectores|lectoras|lector/a|lectores y lectoras|suscriptor(es|a|as)?|soci[oa]s)|apreciad[oa]s? (lector|lectora|lectores|lectoras))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(un mensaje (de|del) (la redacción|nuestr[oa] (director|directora|fundador|fundadora|redacción|equipo))|carta (de|del) (la )?(director|directora)|a nuestros lectores|a nuestras lectoras y lectores)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*($|:|-)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*antes de (que te vayas|irte|que se vaya|seguir leyendo|continuar|que sigas leyendo|cerrar esta página)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(¿)?(te ha gustado|te gustó|le ha gustado|le gustó|te ha resultado útil|te interesa) (este artículo|esta noticia|este reportaje|esta información|lo que has leído|lo que acabas de leer|nuestro trabajo)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(has|ha) leído \d+ (artículos|noticias)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(tenemos|queremos hacerte) una (petición|pregunta|pequeña petición)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Hazte socio ------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(hazte|hágase|hacerte|hazte ya|únete como) (soci[oa]|soci[oa]/[oa]|socix|socie|miembro|mecenas|suscriptor[a]?|suscriptor/a|amig[oa]|colaborador[a]?|cómplice|patrocinador[a]?|aliad[oa]|benefactor[a]?|donante)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(únete|súmate|únase|súmese) (a (nuestra comunidad|la comunidad|nuestros socios|los más de|las más de|miles de)|hoy|ahora|al proyecto|a \d)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])nuestr[oa]s (soci[oa]s|suscriptor[ae]s|lector[ae]s|mecenas|donantes) (hacen posible|sostienen|financian|son los que|nos permiten)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(este|nuestro) (periódico|medio|diario|proyecto) (se financia|se sostiene|existe|es posible|depende) (gracias a|con|de|por) (las cuotas de )?(sus|nuestr[oa]s|tus|vuestr[oa]s) (soci[oa]s|suscriptor[ae]s|lector[ae]s|donantes|aportaciones|cuotas)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(se financia|financiad[oa]|sostenid[oa]) (exclusivamente |principalmente |solo |únicamente |mayoritariamente )?(por|gracias a|con las cuotas de) nuestr[oa]s (soci[oa]s|suscriptor[ae]s|lector[ae]s)/

# --- Apoya / necesitamos tu apoyo ---------------------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(apoya|apoye|sostén|sostenga|defiende|defienda|financia|financie)( a)? (el|un|al) periodismo (independiente|libre|de calidad|local|crítico|que)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(apoya|apoye|sostén|sostenga|financia|financie)( a)? nuestro (trabajo|medio|proyecto|periodismo)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(apóyanos|apóyenos|sostennos|ayúdanos a (seguir|mantener|sostener|hacer|investigar|contar)|ayúdenos a (seguir|mantener|sostener|hacer|investigar|contar))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])necesitamos (tu|vuestro|vuestra) (apoyo|ayuda|colaboración|aportación|contribución|compromiso)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])necesitamos su (apoyo|ayuda|colaboración|aportación|contribución)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(por eso |hoy |ahora )?necesitamos (tu|vuestro|vuestra) (apoyo|ayuda|colaboración|aportación|contribución)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(tu|vuestro|vuestra) (apoyo|aportación|contribución|donación|suscripción|cuota) (es|nos|hace|permite|garantiza|marca) (fundamental|imprescindible|clave|esencial|vital|necesari[oa]|lo que|posible|la diferencia|seguir)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(con|gracias a) (tu|vuestro|vuestra) (apoyo|aportación|ayuda|contribución|donación|suscripción|cuota)(,? (podemos|seguimos|podremos|hacemos|nuestro)|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cada|cualquier|toda) (aportación|donación|contribución|ayuda),? (por pequeña que sea|cuenta|suma|importa|es importante|nos ayuda)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])por pequeña que sea([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])el periodismo (independiente |de calidad |libre |riguroso )*(cuesta|tiene un (coste|costo|precio)|no es gratis|necesita (tu|su) apoyo|depende de (ti|usted|sus lectores))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(si quieres que|si quiere que|para que|y que) (sigamos|podamos seguir) (haciendo|contando|investigando|publicando|informando|siendo independientes)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])sin (publicidad|anunciantes|accionistas|muros de pago),? (sin|ni) (accionistas|anunciantes|publicidad|grandes empresas|muros de pago|subvenciones)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(si valoras|si te importa|si crees en|si aprecias|si valora|si cree en) (nuestro|el|este) (periodismo|trabajo|proyecto)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(desde|por) (solo |sólo )?\d+([.,]\d+)? ?(€|euros?|dólares|pesos|soles) (al|por|cada|el) (mes|año)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Donar ----------------------------------------------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])((haz|realiza|realice|haga) (tu|su)|haz una) (donación|aportación|contribución)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dona|colabora|contribuye|aporta|done|colabore|contribuya|aporte) (ahora|ya|con nosotros|lo que puedas|lo que pueda)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(tu|vuestra) donación([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(desgravación|desgrava|deducible|deducción)(es)? (en (tu|la) (declaración|renta|irpf)|fiscal(es)? del \d+ ?%)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(solo|sólo) (te )?(lleva|toma|cuesta) (un minuto|unos segundos|\d+ (minutos|segundos))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Donation form and buttons (whole paragraphs) ---------------------------------------
+7 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dona|donar|dona ahora|donar ahora|haz una donación|hacer una donación|haz tu donación|realiza tu donación|quiero donar|colabora|colaborar|quiero colaborar|colabora ahora|aporta|aportar|contribuye|contribuir|apoya|apoyar|quiero apoyar|apoya ahora|apóyanos|únete|únete ahora|súmate|hazte soci[oa]|hazte soci[oa]/[oa]|hazte socio/a ahora|quiero ser soci[oa]|hazte miembro|hazte mecenas|suscríbete y apoya)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ya soy (soci[oa]|soci[oa]/[oa]|miembro|mecenas|donante|suscriptor[a]?)|ya (colaboro|dono|apoyo)|recuérdamelo (más tarde|luego|después)|recordármelo (más tarde|después)|más tarde|ahora no|quizás más tarde|quizá más tarde|no, gracias|no gracias)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aportación única|donación única|una vez|única vez|mensual|anual|cada mes|mensualmente|aportación mensual|donación mensual|aportación periódica)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(otra cantidad|otro importe|otro monto|importe libre|elige (tu|la|una) (cantidad|aportación|importe)|introduce (tu|la|otra) cantidad|cantidad personalizada)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(\d{1,4}([.,]\d\d)? ?(€|euros?|\$|usd|mxn|cop|pesos|soles)|(€|\$) ?\d{1,4}([.,]\d\d)?)( ?(/|al|por|cada) ?(mes|año))?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Closers --------------------------------------------------------------------------------
+4 role=closer /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(muchas )?gracias (por (tu|su|vuestro) (apoyo|aportación|ayuda|donación|confianza|compromiso)|por (apoyarnos|leernos|hacerlo posible|formar parte))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])gracias por (tu|vuestro) (apoyo|aportación|donación|compromiso)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# Membership and donation asks, including voseo (doná, sumate, unite).
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(doná|dona|donar|donación|donaciones|apoyá|apoya|apóyanos|apoyanos)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(unite|únete|sumate|súmate|únase) a (la|nuestra) (membresía|comunidad)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*nuestr[oa] (equipo|redacción|periodismo) te necesita/
+3 /no (sería|es|seria) posible sin (tu|su|el) apoyo/
+3 /(cada|tu|su) (membresía|donación|aporte) (o donación )?(que (realices|realicés|realice) )?(respalda|respaldás|nos permite|sostiene|hace posible)/
