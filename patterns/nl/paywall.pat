# Dutch and Flemish paywall and subscription prompts: « Dit artikel is exclusief voor
# abonnees », « Al abonnee? Log in », « Lees verder met een abonnement », « Neem een
# abonnement », « Probeer 4 weken gratis », « Maandelijks opzegbaar », metered walls and
# Plus/Premium badges (NRC, de Volkskrant, Trouw, Het Parool, AD, De Telegraaf, Het
# Financieele Dagblad, De Standaard, De Morgen, Het Nieuwsblad, HLN …).
#
# News about subscriptions (abonnees van Netflix, opzegtermijnen, prijsverhogingen) uses
# the same nouns, so « abonnees », « abonnement » alone get nothing; strong patterns
# address the reader or are whole paragraphs. Regex conventions: see appeal.pat.
@lang nl
@category paywall
@weight +3

# --- Whole paragraphs ----------------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(abonneer|abonneren|abonneer nu|nu abonneren|word abonnee|abonnee worden|neem een abonnement|abonnement nemen|kies je abonnement|kies uw abonnement|bekijk (de )?abonnementen|bekijk onze abonnementen|bekijk aanbod|bekijk het aanbod|bekijk alle aanbiedingen|probeer gratis|probeer nu gratis|nu proberen|probeer (\d+|vier|twee) weken gratis|probeer het gratis|speciale aanbieding|naar het aanbod|kies je aanbod)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(alleen|exclusief|speciaal|uitsluitend|premium|plus) (voor )?(abonnees|abonnee|leden|premium-abonnees|plus-abonnees)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(premium|plus|plusartikel|plus-artikel|premium-artikel|abonnee|abonneeartikel|abo|exclusief|voor abonnees)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ben je al abonnee|bent u al abonnee|al abonnee|al een abonnement|heb je al een abonnement|heeft u al een abonnement|ben je al lid|al lid|al een account)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(\?|$|log in|log hier in|inloggen|meld je aan|meld u aan)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(log in|inloggen|log hier in|log in om verder te lezen|registreer|registreren|registreer gratis|gratis registreren|account aanmaken|maak een account aan|maak gratis een account aan)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Exclusive content ------------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dit|het) (artikel|stuk|verhaal|interview|achtergrondartikel|premiumartikel) is (exclusief |alleen |uitsluitend |speciaal )+(voor|beschikbaar voor) (abonnees|leden|premium|plus)[^.,;:!?"()|0-9/]{0,30}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dit|het) (artikel|stuk|verhaal|interview) is (exclusief |alleen |uitsluitend |speciaal )+(voor|beschikbaar voor) (abonnees|leden|premium|plus)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(exclusief|alleen|uitsluitend) (voor|beschikbaar voor) (abonnees|premium-abonnees|plus-abonnees)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lees|luister) (verder|dit artikel|het hele artikel|het volledige artikel|het artikel) (met|als) (een |je |uw )?(abonnement|abonnee|account|premium|plus|digitaal abonnement|proefabonnement)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(log in|registreer|abonneer|neem een abonnement|word abonnee) (om|en) (verder te lezen|dit artikel te lezen|het hele artikel te lezen|direct verder te lezen|onbeperkt te lezen|toegang te krijgen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])om (dit artikel|het hele artikel|dit stuk|verder) te (kunnen )?lezen,? (heb je|heeft u|moet je|moet u|log|word)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(onbeperkt|direct) (toegang tot|lezen|alle artikelen)( alle (artikelen|plusartikelen|premium-artikelen|verhalen))?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(toegang tot|lees) alle (plusartikelen|premium-artikelen|premiumartikelen|artikelen van [^.,;:!?"()|0-9/]{2,25})([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Limits ----------------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(je|u) (hebt|heeft|heb) (het maximum aantal|je gratis|uw gratis|alle gratis|het maximale aantal) (gratis )?(artikelen|verhalen)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(je|u) (kunt|kan) (deze maand )?(nog )?(\d+|één|geen) (gratis )?(artikel|artikelen) (lezen|gratis lezen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(gratis artikelen|gratis artikel) (deze maand|per maand|van deze maand)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Offers ----------------------------------------------------------------------------------
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(de )?eerste (maand|\d+ weken|\d+ maanden|weken|maanden) (gratis|voor € ?\d+|voor \d+ euro|voor slechts)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(daarna|vervolgens|nadien) (€ ?\d+([.,]\d+)?|\d+([.,]\d+)? euro) (per|p/) ?(maand|week|jaar|mnd)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(maandelijks|dagelijks|altijd|op elk moment|per maand) opzegbaar([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(geen (verplichtingen|opzegtermijn)|zonder verplichtingen|stopt automatisch)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(speciale aanbieding|proefabonnement|gratis proefperiode|kennismakingsaanbod|welkomstaanbieding)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Pay or consent --------------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(akkoord en doorgaan|accepteren en doorlezen|abonneer zonder advertenties|lees zonder tracking|nee, ik wil een abonnement)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(accepteer|accepteren) (de )?cookies of (neem|word|kies|abonneer)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
