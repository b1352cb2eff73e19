# Dutch and Flemish share, follow and save prompts: « Delen », « Deel dit artikel », « Link
# kopiëren », « Volg ons op Instagram », « Bewaren », « Geef dit artikel cadeau ».
#
# « delen » inside a sentence is ordinary Dutch; only buttons, imperatives and whole
# paragraphs are weighted. Regex conventions: see appeal.pat.
@lang nl
@category share
@weight +4

# --- Buttons ------------------------------------------------------------------------------
+7 ^delen$
+7 ^deel$
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(deel|delen|stuur|verstuur|bewaar|bewaren|print|printen|kopieer|kopiëren|mail|e-mail) (dit artikel|het artikel|dit verhaal|de link|link|via [^,;:!?"()|0-9/]{1,15}|op [^,;:!?"()|0-9/]{1,15}|per (e-?mail|mail|whatsapp))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(link kopiëren|kopieer link|link gekopieerd|gekopieerd|bewaren|bewaard|artikel bewaren|opslaan|opgeslagen|later lezen|lees later|bewaar voor later|toevoegen aan leeslijst|leeslijst|mijn leeslijst|afdrukken|printen|mailen|delen via whatsapp|delen via facebook|delen via x|delen via linkedin|delen via e-?mail|cadeau geven|geef cadeau|cadeau-artikel|geef dit artikel cadeau|artikel cadeau geven|deel dit artikel)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(facebook|twitter|linkedin|whatsapp|e-?mail|mail|telegram|threads|bluesky|messenger|link kopiëren)((\s*[|·•,/]\s*|\s+)(facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|telegram|threads|bluesky|messenger|link kopiëren))+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])deel (dit artikel|dit verhaal|het artikel|dit bericht|dit met)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(geef|schenk) (dit artikel|dit verhaal|het artikel) (cadeau|weg)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(je|u) (kunt|kan|mag) (dit|dit artikel|dit verhaal) (gratis )?(delen|cadeau doen|cadeau geven)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Follow us ------------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(volg ons|volg [^,;:!?"()|0-9/]{2,30}|volg het laatste nieuws|blijf op de hoogte) (ook )?(op|via) (facebook|twitter|x|instagram|tiktok|youtube|linkedin|whatsapp|telegram|threads|bluesky|google nieuws|google news|sociale media|onze socials|ons kanaal)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*volg ons([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(volg|abonneer je op|word lid van) (ons|het) (whatsapp|telegram|youtube)-?kanaal([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ons|het) (whatsapp|telegram)-?kanaal( van [^,;:!?"()|0-9/]{2,25})?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(volg|volgen|ontvolgen|volgend) ((de )?(auteur|schrijver|columnist|onderwerp)|dit onderwerp|[^,;:!?"()|0-9/]{2,30} op (x|twitter|instagram|facebook|linkedin))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^volg$
+6 ^volgen$
+6 ^ontvolgen$
+6 ^volgend$
