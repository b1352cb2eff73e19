# Dutch and Flemish read-more and related-content lines: « Lees ook », « Lees verder »,
# « Meest gelezen », « Gerelateerde artikelen », « Ook interessant », « Meer over »,
# « Net binnen ».
#
# Most patterns are whole paragraphs or paragraph starts. Regex conventions: see appeal.pat.
@lang nl
@category related
@weight +4

# --- Whole paragraphs ---------------------------------------------------------------------
+7 ^lees ook$
+7 ^lees verder$
+7 ^lees meer$
+7 ^meer lezen$
+7 ^verder lezen$
+7 ^lees het hele artikel$
+7 ^lees het volledige artikel$
+7 ^lees het artikel$
+7 ^lees hier verder$
+7 ^lees hier meer$
+7 ^naar het artikel$
+7 ^bekijk ook$
+7 ^kijk ook$
+7 ^luister ook$
+7 ^zie ook$
+7 ^meer weten$
+7 ^meer informatie$
+7 ^meer info$
+7 ^lees dit ook$
+7 ^ook interessant$
+7 ^ook leuk$
+7 ^ook lezen$
+7 ^misschien ook interessant$
+7 ^dit vind je misschien ook interessant$
+7 ^dit vindt u misschien ook interessant$
+7 ^dit vind je ook interessant$
+7 ^dit moet je lezen$
+7 ^aanbevolen$
+7 ^aanbevolen voor jou$
+7 ^aanbevolen voor u$
+7 ^tip van de redactie$
+7 ^tips van de redactie$
+7 ^keuze van de redactie$
+7 ^uitgelicht$
+7 ^in de spotlight$
+7 ^gerelateerd$
+7 ^gerelateerde artikelen$
+7 ^gerelateerde berichten$
+7 ^gerelateerd nieuws$
+7 ^gerelateerde verhalen$
+7 ^meest gelezen$
+7 ^meestgelezen$
+7 ^meest bekeken$
+7 ^meest gedeeld$
+7 ^populair$
+7 ^populaire artikelen$
+7 ^net binnen$
+7 ^laatste nieuws$
+7 ^het laatste nieuws$
+7 ^meer nieuws$
+7 ^ander nieuws$
+7 ^nieuws$
+7 ^live$
+7 ^liveblog$
+7 ^volg het liveblog$
+7 ^nu live$
+7 ^nieuwsoverzicht$
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(meer|meer nieuws|meer artikelen|meer verhalen|alles) (over|uit|van|in) [^,;:!?"()|0-9/]{2,30}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Paragraph starts ---------------------------------------------------------------------
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(lees ook|lees meer|lees verder|bekijk ook|kijk ook|luister ook|zie ook|ook interessant|gerelateerd|meer over dit onderwerp|eerder verschenen)\s*(:|\||-|>)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(analyse|opinie|column|interview|reportage|achtergrond|video|podcast|fotoserie|liveblog|uitleg|commentaar|recensie|longread)\s*(\||>)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(lees ook|bekijk ook|kijk ook|luister ook|zie ook)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(meer over|onderwerpen|tags|trefwoorden|thema's)\s*:?\s/
+6 ^onderwerpen$
+6 ^tags$
+6 ^trefwoorden$
+6 ^thema's$
+6 ^meer over$

# --- Inside a paragraph -------------------------------------------------------------------
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(klik|tik) (hier|op deze link|op de link)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(volg|lees) (alle ontwikkelingen|het laatste nieuws|alles|al het nieuws) (in|via) (ons|onze|het) (liveblog|live-blog|dossier|overzicht)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])lees hier (meer|alles|verder|het hele|het volledige|ons)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
