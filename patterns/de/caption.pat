# German photo captions and credits: "Foto: dpa", "Bild: Getty Images", "(Foto: …)",
# "© picture alliance / dpa | Name", "Symbolbild", gallery chrome ("Bild 3 von 12",
# "Bild vergrößern").
#
# The generic start "Foto:" / "Fotos:" is shared by de, es, it, pt and nl and lives only
# here, so that it is counted once. Captions are often full sentences that read like
# news, so weights stay low (+1..+3) except for pure gallery buttons.
# Regex conventions: see appeal.pat.
@lang de
@category caption
@weight +2

+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(foto|fotos)\s?:/
+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(bild|bilder|bildquelle|bildnachweis|bildrechte|grafik|illustration|infografik|karte|quelle|montage|archivfoto|archivbild|symbolfoto|symbolbild|titelbild|titelfoto|aufmacherbild)\s?:/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(bildnachweis|bildquelle|bildrechte|fotonachweis|fotocredit|fotocredits|bildcredit)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /\((foto|fotos|bild|bilder|archivbild|archivfoto|symbolbild|symbolfoto|grafik|illustration|quelle)\s?:\s?[^()]{2,60}\)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(symbolbild|symbolfoto|archivbild|archivfoto)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])picture[ -]alliance([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])imago( images)?\s?(/|\|)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(foto|bild)\s?:?\s?(dpa|afp|reuters|epa|imago|getty images|ddp|keystone|apa|istock|shutterstock|unsplash|pixabay|privat|archiv|picture alliance|zvg)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dpa|afp|reuters|epa|imago|getty images|ddp|keystone|apa|ipon|sven simon|fotostand|eibner|kyodo|xinhua|sputnik|anadolu|pool|ap photo|foto: pool)\s?(/|\|)\s?[^\s.,;:!?"()|/0-9][^,;:!?"()|0-9/]{2,40}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(foto|fotos|bild|bilder)\s?:\s?[^,;:!?"()|0-9/]{2,40}\s?(/|\|)\s?(dpa|afp|ap|reuters|epa|imago|getty images|ddp|keystone|apa|picture alliance|imago images|sven simon|pool)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(© |©1|©2|\(c\))\s?[a-z].{2,60}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(bild|foto) \d+ (von|aus|/) \d+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d+ (von|aus|/) \d+ (bildern|fotos|bilder)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(bild|foto|grafik|karte) (vergrößern|verkleinern|öffnen|herunterladen|in voller größe anzeigen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(vergrößern|verkleinern|vollbild|vollbildmodus|bildergalerie|fotostrecke|fotogalerie|galerie|zur bildergalerie|zur fotostrecke|bildergalerie öffnen|alle bilder|alle fotos|bilder ansehen|fotos ansehen|nächstes bild|vorheriges bild)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(in|zur|zu unserer) (bildergalerie|fotostrecke|fotogalerie)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(bildunterschrift|foto-?text)\s?:/
