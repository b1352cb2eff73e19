# Portuguese cookie and consent banners, Brazilian (LGPD) and European (RGPD/CNPD): « Aceitar
# todos », « Rejeitar todos », « Utilizamos cookies … Ao continuar navegando, você concorda
# », « Nós e os nossos parceiros armazenamos e/ou acedemos a informações num dispositivo »,
# pay-or-consent walls, placeholders for embedded content.
#
# News about cookies, the LGPD or the RGPD uses the topic words, so « cookies »,
# « consentimento », « dados pessoais » alone get nothing; strong weights need the banner's
# own sentences or whole-paragraph buttons. Regex conventions: see appeal.pat.
@lang pt
@category cookie
@weight +4

# --- Buttons (whole paragraphs) -----------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aceitar|rejeitar|recusar|permitir|negar|aceito|concordo com) (todos|tudo|todos os cookies|os cookies|cookies|selecionados|seleção)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aceitar|rejeitar|recusar|aceito|recuso|permitir|negar|ok, entendi|ok, entendido|prosseguir|continuar)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aceitar|rejeitar|concordar|aceito|concordo) e (fechar|continuar|prosseguir|seguir)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(continuar sem aceitar|prosseguir sem aceitar|fechar sem aceitar|rejeitar e fechar)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(gerenciar|gerir|personalizar|configurar|configurações de|definições de|preferências de|política de|gestão de) (os |as )?(cookies|preferências|opções|privacidade|consentimento)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(salvar|guardar|confirmar) (as |minhas |as minhas )?(preferências|escolhas|seleção|configurações|definições)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mais opções|ver detalhes|mostrar detalhes|ver parceiros|ver os nossos parceiros|ver fornecedores|configurações|definições|personalizar|opções)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Banner sentences -------------------------------------------------------------------
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(utilizamos|usamos) cookies (essenciais )?e tecnologias semelhantes (de acordo com|conforme)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])ao (continuar|prosseguir) (navegando|a navegar|no site|a utilizar)[^.]{0,60}(concorda|aceita|consente)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(utilizamos|usamos|este site (usa|utiliza)|o nosso site (usa|utiliza)|nosso site (usa|utiliza)) (os )?cookies([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])nós e os nossos (\d+ )?(parceiros|fornecedores) (armazenamos|acedemos|acessamos|utilizamos|usamos|tratamos|processamos)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(nós e os nossos|nós e nossos) (\d+ )?(parceiros|fornecedores)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])armazenar (e/ou|e|ou) (aceder|acessar) (a )?informações (num|em um|no) dispositivo/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])anúncios e conteúdos? personalizados,? (medição|mediç)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dados de geolocalização precisos|identificação através da leitura do dispositivo|digitalizar ativamente as características do dispositivo)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(você pode|pode|podes) (alterar|retirar|revogar|modificar|gerir|gerenciar) (o seu|seu|o teu|as suas|suas) (consentimento|preferências|escolhas|configurações) (a qualquer momento|quando quiser)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])ao clicar em "?(aceitar|aceito|aceitar todos|concordo|ok)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(política|aviso|declaração) de cookies([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])interesse legítimo([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])cookies (essenciais|estritamente necessários|analíticos|de desempenho|de publicidade|de marketing|de terceiros|funcionais)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Embedded content and pay or consent ----------------------------------------------------
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])para (ver|visualizar|exibir|mostrar|carregar|aceder a|acessar) (este|esta|o) (conteúdo|vídeo|video|post|publicação|tweet),? (é necessário|precisa|você precisa|tem de|deve|aceite)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(este|o) conteúdo (não está disponível|está bloqueado|foi bloqueado|não pode ser exibido|não pode ser apresentado)[^.]{0,60}(cookies|consentimento|preferências)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(conteúdo (indisponível|bloqueado|externo|de terceiros)|mostrar conteúdo|carregar conteúdo|ver conteúdo|exibir conteúdo)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
