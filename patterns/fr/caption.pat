# French photo captions and credits: « Photo : AFP », « Crédit photo », « NOM / AFP »
# (Le Monde's credit style), « Photo d'illustration », gallery chrome.
#
# The generic start « Photo : » is shared with English « Photo: »; both are weak. Captions
# often read like news, so weights stay low (+1..+3) except for gallery buttons.
# Regex conventions: see appeal.pat.
@lang fr
@category caption
@weight +2

+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(photo|photos|crédit|crédits|crédit photo|crédits photo|crédit photographique|illustration|image|images|infographie|dessin|capture d'écran|source photo|visuel)\s?:/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])crédits? (photos?|photographiques?|images?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])photo d'(illustration|archives)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(image|images) d'(illustration|archives)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /\((photo|photos|illustration|crédit|crédits|archives|image)\s?:?\s?[^()]{2,60}\)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(photo|crédit)\s?:?\s?(afp|reuters|ap|epa|maxppp|sipa|abaca|hans lucas|divergence|ip3|le monde|getty images|istock|shutterstock|unsplash|dr|d\.r\.|droits réservés)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /\s/\s(afp|reuters|epa|maxppp|sipa|sipa press|abaca|abacapress|hans lucas|divergence|ip3 press|ip3|myop|le monde|riva press|pool|via reuters|afp photo)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(photo|photographie) (de |d')?[^.,;:!?"()|0-9/]{2,40} (pour|/) (le monde|libération|le figaro|l'obs|mediapart|l'express|le point)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(photo|image|diapositive) \d+ (sur|/) \d+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^agrandir$
+6 ^agrandir l'image$
+6 ^agrandir la photo$
+6 ^voir la photo$
+6 ^voir les photos$
+6 ^voir le diaporama$
+6 ^voir la galerie$
+6 ^diaporama$
+6 ^galerie photos$
+6 ^galerie$
+6 ^en images$
+6 ^plein écran$
+6 ^fermer le diaporama$
+6 ^photo suivante$
+6 ^photo précédente$
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(notre |le |voir notre )?(diaporama|portfolio|galerie photos)\s?(:|-)/
+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(légende|légende photo)\s?:/
