# Portuguese photo captions and credits, Brazilian and European: « Foto: Divulgação »,
# « Imagem: Reprodução/Instagram », « Arquivo pessoal », « Foto de arquivo », « Folhapress
# », « LUSA/… », gallery chrome (« Ampliar »).
#
# The generic start « Foto: » lives in de/caption.pat and « Crédito(s): » and « Foto N de M »
# in es/caption.pat (spelled the same in Portuguese), so they are counted once. Captions
# often read like news, so weights stay low (+1..+3) except for gallery buttons.
# Regex conventions: see appeal.pat.
@lang pt
@category caption
@weight +2

+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(fotografia|imagem|imagens|ilustração|infografia|infográfico|gráfico|arte|legenda)\s?:/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(foto|imagem|fotografia)\s?:?\s?(divulgação|reprodução|arquivo|arquivo pessoal|acervo|redes sociais|instagram|x|twitter|facebook|youtube|tv globo|globonews|agência brasil|folhapress|estadão conteúdo|reuters|afp|ap|lusa|getty images|shutterstock)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(-|\||/)\s?(divulgação|reprodução|arquivo pessoal)(\s?/\s?[^.,;:!?"()|0-9/]{2,30})?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(divulgação|reprodução)\s?/\s?(instagram|x|twitter|facebook|youtube|tv globo|globonews|redes sociais|[^\s.,;:!?"()|0-9/]+)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(foto|imagem|fotografia) (de arquivo|de ilustração|ilustrativa|meramente ilustrativa)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])arquivo pessoal([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(folhapress|estadão conteúdo|agência o globo|agência brasil|lusa|reuters|afp|epa|getty images|global imagens|nfactos|ap photo)\s?/\s?[^,;:!?"()|0-9/]{2,40}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])[^,;:!?"()|0-9/]{2,40}\s?/\s?(folhapress|estadão conteúdo|agência o globo|agência brasil|lusa|global imagens|nfactos|afp|reuters)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^ampliar$
+6 ^ampliar imagem$
+6 ^ampliar foto$
+6 ^ver imagem$
+6 ^ver galeria$
+6 ^ver fotos$
+6 ^ver todas as fotos$
+6 ^galeria de fotos$
+6 ^galeria$
+6 ^fotogaleria$
+6 ^ecrã inteiro$
+6 ^tela cheia$
+6 ^próxima foto$
+6 ^foto anterior$
+6 ^imagem seguinte$
+6 ^imagem anterior$
+6 ^fechar galeria$
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(galeria|fotogaleria|em fotos|em imagens|veja as fotos|veja fotos)\s?(:|-)/
