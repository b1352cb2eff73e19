# Negative evidence: Portuguese news narration, Brazilian and European. Reported speech
# (« disse », « afirmou », « declarou à Lusa »), attribution (« segundo », « de acordo
# com »), Lusa and agency datelines, institutions, and the days of the week (« nesta
# terça-feira » BR, « na terça-feira » PT).
#
# Weak one by one (-1..-3); an appeal rarely uses them. Regex conventions: see appeal.pat.
@lang pt
@category journalism
@weight -1

# --- Datelines ----------------------------------------------------------------------------
-3 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*[^,;:!?"()|0-9]{2,40},? (\d{1,2} [^\s.,;:!?"()|0-9/]{3,4}( \d{4})? )?(\((lusa|reuters|afp|efe|agência brasil|folhapress|estadão conteúdo)|\(ap)\)\s?-/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(disse|afirmou|declarou|adiantou|revelou|explicou|confirmou|indicou|contou) (hoje |ontem |esta [^\s.,;:!?"()|/0-9]+ |nesta [^\s.,;:!?"()|/0-9]+ )?à (lusa|agência lusa|reuters|afp|folha|bbc|cnn|rtp|sic|tvi)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(em comunicado|em nota|em entrevista (à|ao|a)|em declarações (à|ao|aos)|em conferência de imprensa|em coletiva de imprensa|em entrevista coletiva)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Reported speech ---------------------------------------------------------------------
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(disse|afirmou|declarou|explicou|acrescentou|ressaltou|destacou|informou|avaliou|apontou|relatou|contou|garantiu|frisou|sublinhou|adiantou|salientou|defendeu|criticou|admitiu|reconheceu|lamentou|alertou|anunciou|confirmou) (o|a|os|as|que|em|ao|à|nesta|neste|na|no|durante|após|um|uma)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /" ?,? (disse|afirmou|declarou|explicou|acrescentou|ressaltou|destacou|avaliou|apontou|relatou|contou|garantiu|frisou|sublinhou|adiantou|salientou|diz|afirma|explica|acrescenta|ressalta|destaca|avalia|aponta|conta|garante|sublinha)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(disse|afirmou|declarou|explicou|acrescentou|ressaltou|informou|avaliou|relatou|garantiu|frisou|sublinhou|adiantou|salientou)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Attribution ---------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(segundo|de acordo com|conforme|consoante) (o|a|os|as|um|uma|dados|fontes|informações|nota|comunicado)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(segundo|de acordo com) (a polícia|a pf|a polícia federal|a polícia militar|a psp|a gnr|a pj|o ministério público|o mp|a procuradoria|o governo|o ministério|o ibge|o ine|os dados|o relatório|a investigação|fontes)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Institutions and actors -----------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(o|a|os|as|do|da|dos|das) (governo|ministro|ministra|ministério|polícia|polícia federal|polícia militar|ministério público|procuradoria|juiz|juíza|tribunal|stf|stj|tse|congresso|câmara|senado|assembleia da república|presidente|prefeito|prefeita|governador|governadora|deputado|deputada|deputados|vereador|investigados?|suspeitos?|arguidos?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Time and numbers ------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(nesta|neste|na|no|desta|deste|da|do|esta|este|última|último|próxima|próximo) (segunda|terça|quarta|quinta|sexta)(-feira)?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(neste|no|deste|do|este|último|próximo) (sábado|domingo)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(no ano passado|o ano passado|em \d{4}|desde \d{4})([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])\d+([.,]\d+)? (milhões|milhão|mil milhões|bilhões|bilhão|reais|por cento|pessoas|mortos|feridos|habitantes)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
