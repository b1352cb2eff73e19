# Portuguese share, follow and save prompts, Brazilian and European: « Compartilhar » (BR),
# « Partilhar » (PT), « Copiar link », « Siga-nos no Instagram », « Entre no canal do
# WhatsApp », « Salvar para ler depois », « Presentear » (Folha's gift link).
#
# « compartilhar / partilhar » inside a sentence is ordinary Portuguese; only buttons,
# imperatives and whole paragraphs are weighted. Regex conventions: see appeal.pat.
@lang pt
@category share
@weight +4

# --- Buttons ------------------------------------------------------------------------------
+7 ^compartilhar$
+7 ^partilhar$
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(compartilhar|compartilhe|partilhar|partilhe|enviar|envie|salvar|guardar|imprimir|copiar|presentear) (esta notícia|este artigo|esta matéria|esta reportagem|o artigo|a notícia|a matéria|o link|link|no [^,;:!?"()|0-9/]{1,15}|na [^,;:!?"()|0-9/]{1,15}|por (e-?mail|whatsapp|sms)|via (e-?mail|whatsapp))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(link copiado|copiar link|copiar o link|copiado|imprimir|salvar|salvo|guardar|guardado|salvar artigo|salvar matéria|salvar para ler depois|ler depois|ler mais tarde|adicionar aos favoritos|favoritos|meus favoritos|enviar|enviar por e-?mail|presentear|presentear matéria|presentear reportagem|oferecer artigo|oferecer este artigo)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(facebook|twitter|linkedin|whatsapp|e-?mail|telegram|threads|bluesky|messenger|copiar link)((\s*[|·•,/]\s*|\s+)(facebook|twitter|x|linkedin|whatsapp|e-?mail|telegram|threads|bluesky|messenger|copiar link))+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(compartilhe|partilhe) (esta notícia|este artigo|esta matéria|esta reportagem|este conteúdo|nas (suas|tuas) redes|com (seus|os seus|teus) amigos)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(presenteie|ofereça|ofereça este) (esta matéria|este artigo|esta reportagem|a um amigo)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Follow us ------------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(siga-nos|sigam-nos|segue-nos|acompanhe-nos|siga (a|o|os|as) [^,;:!?"()|0-9/]{2,30}|acompanhe (a|o) [^,;:!?"()|0-9/]{2,30}|siga) (também )?(no|na|nas|nos|pelo|pela) (facebook|twitter|x|instagram|tiktok|youtube|linkedin|whatsapp|telegram|threads|bluesky|google news|google notícias|redes sociais|nossas redes|nosso canal)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(siga-nos|segue-nos|acompanhe-nos)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(entre|entra|participe|junte-se|inscreva-se|siga) (no|ao|o) (nosso )?canal (do |no |de )?(whatsapp|telegram|youtube)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(nosso|o nosso|o) canal (do |no |de )?(whatsapp|telegram)( d[oa] [^,;:!?"()|0-9/]{2,25})?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(seguir|siga|deixar de seguir|seguindo) ((o|a) (autor|autora|colunista|tema)|[^,;:!?"()|0-9/]{2,30} no (x|twitter|instagram|facebook|linkedin))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^seguir$
+6 ^seguindo$
+6 ^deixar de seguir$

+4 /as regras de privacidade dos grupos/
+3 /ao entrar(,)? (no grupo, )?seu número (pode|poderá) ser visto/
