# Portuguese paywall and subscription prompts, Brazilian and European: « Conteúdo
# exclusivo para assinantes », « Já é assinante? Faça seu login », « Assine por R$ 1,90 »,
# « Assinantes podem liberar 7 acessos por dia » (Folha), « Você atingiu o limite de
# reportagens gratuitas », « Este artigo é exclusivo para assinantes » (Público,
# Observador, Expresso), « Subscreva » (PT) … (Folha, Estadão, O Globo, Valor, Veja, Zero
# Hora, piauí; Público, Observador, Expresso, Diário de Notícias, Jornal de Negócios).
#
# « assine » is also the subjunctive of « assinar » (« para que o presidente assine o
# decreto »), so it is weighted only as a whole paragraph, at a paragraph start, or with
# an unmistakable complement. Regex conventions: see appeal.pat.
@lang pt
@category paywall
@weight +3

# --- Whole paragraphs ----------------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(assine|assinar|assine já|assine agora|assine aqui|quero assinar|assinar agora|subscrever|subscreva|subscreva já|subscrever agora|torne-se assinante|seja assinante|torna-te assinante|ver planos|ver ofertas|conheça os planos|conheça nossos planos|escolha seu plano|escolha o seu plano|escolher plano|aproveite a oferta|aproveitar oferta|assine com desconto|oferta especial|assinatura digital|assine a [^,;:!?"()|0-9/]{2,25}|assine o [^,;:!?"()|0-9/]{2,25})[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(exclusivo|exclusiva|conteúdo exclusivo|artigo exclusivo|matéria exclusiva|exclusivo para|exclusivo de|só para|apenas para|conteúdo para) (assinantes|subscritores|assinante|membros|subscritor)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(exclusivo|premium|exclusivo assinantes|para assinantes|assinantes|conteúdo premium|liberado para assinantes|artigo premium|cadeado)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(já é (assinante|subscritor|subscritora|cliente|registado|registrado)|já sou (assinante|subscritor|subscritora)|já tem (uma )?(conta|assinatura))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(\?|$|faça (seu|o seu) login|faça login|entre|entrar|inicie sessão|iniciar sessão|login|acesse|aceda)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(entrar|entre|fazer login|faça login|faça seu login|faça o seu login|iniciar sessão|inicie sessão|login|cadastre-se|cadastrar|registe-se|registre-se|criar conta|crie sua conta|crie a sua conta|acessar|aceder)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Exclusive content ------------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((este|esta|o|a) )?(conteúdo|artigo|matéria|reportagem|texto|notícia|entrevista|coluna) (é |está )?(exclusiv[oa]|disponível|reservad[oa]|liberad[oa]) (apenas |só |somente |exclusivamente )?(para|a|aos) (assinantes|subscritores|membros)[^.!?]{0,30}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(este|esta|o|a) (conteúdo|artigo|matéria|reportagem|texto|notícia|entrevista|análise|coluna|podcast|newsletter) (é |está )?(exclusiv[oa]|disponível|reservad[oa]|liberad[oa]) (apenas |só |somente |exclusivamente )?(para|a|aos) (assinantes|subscritores|membros|utilizadores registados|usuários cadastrados)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(exclusiv[oa]s?|reservad[oa]s?) (para|a|aos) (assinantes|subscritores)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(para )?continuar (lendo|a ler)[^.]{0,30}(assin|subscr|faça (seu |o seu )?login|entre|inicie sessão|cadastre|registe|registre)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(assine|subscreva|cadastre-se|registe-se|registre-se|faça login|entre) (para|e) (continuar|ler|acessar|aceder|ter acesso|desbloquear|liberar)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(assine|subscreva) (já|agora|a|o|por|e|com|hoje)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(assine|subscreva) (já|agora|por r?\$|por \d|por apenas|o estadão|a folha|o globo|o valor|a veja|o público|o observador|o expresso|a piauí)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(leia|leia sem limites|tenha acesso|acesse|aceda) (sem limites|ilimitado|a todo o conteúdo|a todos os conteúdos|a todas as (reportagens|matérias|notícias)|ao conteúdo completo)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])acesso (ilimitado|completo|total|digital ilimitado) (a|ao|aos|à|às) (todo|todos|todas|conteúdo|conteúdos|site|reportagens|artigos|notícias)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Folha gift wall, limits ------------------------------------------------------------------
+7 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])assinantes podem liberar \d+ acessos/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])você (atingiu|alcançou|chegou ao|esgotou) (o )?(seu )?(limite|número máximo)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(atingiu|alcançou) o limite de (\d+ )?(reportagens|matérias|textos|artigos|conteúdos|notícias)( gratuit[oa]s| por mês)?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(restam|resta|faltam) (\d+|apenas \d+|um|uma) (artigos?|reportagens?|matérias?|textos?|conteúdos?) (gratuit[oa]s?|grátis|este mês|neste mês)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(liberar|liberou|libere) (este|o|a) (conteúdo|texto|reportagem|matéria|artigo) (para|a) (não assinantes|quem não é assinante|um amigo)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Offers ----------------------------------------------------------------------------------
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(r\$|€) ?\d+([.,]\d+)? (no|nos) (primeiro|primeiros \d+) (mês|meses|ano)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(depois|após|em seguida),? (r\$|€) ?\d+([.,]\d+)? ?(/|por|ao) ?(mês|ano)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cancele|cancela|cancelar) (quando quiser|a qualquer momento|quando quiseres|online)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])sem (fidelidade|fidelização|período de fidelização|compromisso)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(oferta (especial|exclusiva|de lançamento|limitada|de boas-vindas)|teste grátis|período de teste|experimente grátis|primeiro mês grátis)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Pay or consent --------------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aceitar e continuar|assinar sem publicidade|subscrever sem publicidade|rejeitar e assinar|rejeitar e subscrever)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(aceite|aceitar|aceita) (os )?cookies ou (assine|subscreva|assinar|subscrever|pague)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
