# Negative evidence: Spanish news narration. Reported speech (« dijo », « afirmó », « ha
# asegurado », « según »), agency datelines (« Madrid, 12 mar (EFE).- », « (Europa Press)
# »), sources (« fuentes de la investigación »), institutions and the days of the week
# (« este martes »).
#
# Weak one by one (-1..-3); an appeal rarely uses them. Regex conventions: see appeal.pat.
@lang es
@category journalism
@weight -1

# --- Datelines ----------------------------------------------------------------------------
-3 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*[^,;:!?"()|0-9]{2,40},? (\d{1,2} (de )?[^\s,;:!?"()|0-9/]{3,12}( de \d{4})? )?(\((efe|europa press|afp|reuters|notimex|télam|ansa|xinhua|sputnik)|\(ep|\(ap)\)\.?\s?-/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(informa|informó|ha informado|según informa|según ha informado|recoge|ha recogido) (la agencia )?(efe|europa press|afp|reuters|ap)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Reported speech ---------------------------------------------------------------------
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dijo|afirmó|aseguró|declaró|explicó|señaló|indicó|añadió|subrayó|destacó|apuntó|manifestó|advirtió|precisó|sostuvo|reconoció|informó|detalló|agregó|aseveró|recalcó|insistió|denunció|anunció|confirmó|lamentó|admitió|comentó|relató|expresó) (el|la|los|las|este|esta|en|a|que|ante|durante|tras|hoy|ayer|un|una)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ha|han|había|habían) (dicho|afirmado|asegurado|declarado|explicado|señalado|indicado|añadido|subrayado|destacado|apuntado|manifestado|advertido|precisado|sostenido|reconocido|informado|detallado|agregado|recalcado|insistido|denunciado|anunciado|confirmado|lamentado|admitido|comentado|relatado|expresado)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /" ?,? (dijo|afirmó|aseguró|declaró|explicó|señaló|indicó|añadió|subrayó|destacó|apuntó|advirtió|precisó|sostuvo|reconoció|agregó|ha dicho|ha afirmado|ha asegurado|ha explicado|ha señalado|ha añadido|dice|afirma|asegura|explica|señala|añade|apunta|sostiene)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dijo|afirmó|aseguró|declaró|explicó|señaló|indicó|añadió|apuntó|advirtió|precisó|sostuvo|agregó)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(en declaraciones a|en una entrevista con|en una rueda de prensa|en un comunicado|a través de un comunicado|en rueda de prensa|según un comunicado)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Attribution ---------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(según|de acuerdo con|conforme a) (el|la|los|las|un|una|fuentes|datos|informa|ha informado|publica|recoge)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(según|informaron|han informado|indicaron|confirmaron) (fuentes|las fuentes) (de|del|cercanas|consultadas|policiales|judiciales|oficiales|municipales|sanitarias)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(fuentes) (de la investigación|policiales|judiciales|del ministerio|del gobierno|de la guardia civil|de la policía|próximas|consultadas por)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Institutions and actors -----------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(el|la|los|las|del) (gobierno|ministerio|ministro|ministra|fiscalía|fiscal|juez|jueza|tribunal supremo|audiencia nacional|guardia civil|policía nacional|policía|mossos|ertzaintza|ayuntamiento|alcalde|alcaldesa|congreso|senado|portavoz|presidente|presidenta|investigados?|detenidos?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Time and numbers ------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(este|el|el pasado|el próximo|esta) (lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|madrugada|semana)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(el año pasado|el pasado año|el año anterior|en \d{4}|desde \d{4})([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])\d+([.,]\d+)? (millones|millón|mil millones|por ciento|personas|muertos|fallecidos|heridos|detenidos|habitantes)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
