# Portuguese read-more and related-content lines, Brazilian and European: « Leia mais »,
# « Leia também », « Veja também », « Saiba mais », « Mais lidas », « Notícias
# relacionadas », « Continuar a ler » (PT), « LEIA TAMBÉM » inside the body.
#
# Most patterns are whole paragraphs or paragraph starts. Regex conventions: see appeal.pat.
@lang pt
@category related
@weight +4

# --- Whole paragraphs ---------------------------------------------------------------------
+7 ^leia mais$
+7 ^leia também$
+7 ^leia ainda$
+7 ^ler mais$
+7 ^ler também$
+7 ^veja mais$
+7 ^veja também$
+7 ^veja ainda$
+7 ^ver também$
+7 ^saiba mais$
+7 ^para saber mais$
+7 ^continue lendo$
+7 ^continuar lendo$
+7 ^continuar a ler$
+7 ^continue a ler$
+7 ^ler artigo completo$
+7 ^leia a matéria completa$
+7 ^leia a reportagem completa$
+7 ^leia a íntegra$
+7 ^ver notícia$
+7 ^ir para a notícia$
+7 ^ir para o artigo$
+7 ^mais informações$
+7 ^mais informação$
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(notícias relacionadas|matérias relacionadas|artigos relacionados|conteúdos relacionados|relacionadas|relacionados|relacionado|você também pode gostar|você pode gostar|pode te interessar|pode interessar-lhe|pode interessar|pode lhe interessar|talvez você goste|recomendados para você|recomendado para você|recomendados|recomendamos|sugestões para você|mais lidas|mais lidos|os mais lidos|as mais lidas|mais vistas|mais vistos|mais compartilhadas|mais partilhadas|mais comentadas|últimas notícias|últimas|últimas do|mais notícias|outras notícias|mais sobre [^.,;:!?"()|0-9/]{2,30}|mais de [^.,;:!?"()|0-9/]{2,30}|em destaque|destaques|destaque|em alta|principais notícias|tudo sobre [^.,;:!?"()|0-9/]{2,30}|ao vivo|em direto|no ar)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Paragraph starts ---------------------------------------------------------------------
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(leia mais|leia também|leia ainda|ler mais|ler também|veja também|veja mais|veja ainda|saiba mais|relacionadas?|relacionados?|notícia relacionada|entenda|pode te interessar|pode interessar)\s*(:|\||-|>)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(análise|opinião|entrevista|reportagem|vídeo|video|galeria|podcast|infográfico|explicador)\s*(\||>)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(leia mais|leia também|leia ainda|veja também|veja mais|saiba mais|ler mais|ler também)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(tópicos|tags|temas|assuntos|palavras-chave|mais sobre)\s*:?\s/
+6 ^tópicos$
+6 ^tags$
+6 ^temas$
+6 ^assuntos$
+6 ^palavras-chave$

# --- Inside a paragraph -------------------------------------------------------------------
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(clique|clica|carregue|toque) (aqui|neste link|no link)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(acompanhe|siga|leia) (aqui|a cobertura (completa|ao vivo)|todas as notícias|o nosso direto|nosso ao vivo|em tempo real)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(todas as notícias|toda a cobertura|as últimas notícias|tudo sobre) [^.,;:!?"()|0-9/]{0,30}(aqui|no nosso direto|no ao vivo)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
