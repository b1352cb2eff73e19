# Portuguese donation and membership appeals, Brazilian and European: « Apoie o jornalismo
# independente », « Precisamos de você / de si », « Caro leitor », « Seja apoiador »,
# « Faça uma doação », donation forms and their buttons (Agência Pública, Intercept
# Brasil, Nexo, piauí, Brasil de Fato, Repórter Brasil, Marco Zero, Poder360, The
# Conversation Brasil; Público, Observador, Mensagem de Lisboa, Fumaça, Setenta e
# Quatro, Divergente …).
#
# Appeals speak as « nós / nosso » to « você / seu » (BR) or « si / o seu / tu / o teu »
# (PT); the regexes lean on that. Imperatives « apoie », « assine », « doe » are also the
# subjunctive of news prose (« para que o governo apoie o projeto »), so they are weighted
# only at the start of a paragraph, as whole paragraphs, or with an unmistakable object.
# « seu apoio » is also « his/her support » in news and gets no weight alone.
#
# Regex conventions: Unicode classes (\w, \W, \p{L}) and Unicode \b compile to large,
# slow automata, so they are not used. The edge and boundary class is the small
# punctuation class P = [ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔] (ASCII space, punctuation and
# symbols plus a few others): ^P* / P*$ for paragraph edges, (^|P) / (P|$) as word
# boundaries (this also works next to accented letters, where an ASCII \b would not), and
# "a word" or "a name" is a negated class such as [^\s.,;:!?"()|/0-9]. No flag groups
# such as (?-u:…) are used, so every regex keeps the literals the prefilter needs.
# Openers start with P minus quotes, ^[ !#-&(-/:-@\[-`{-~¡¿…]*, so that a quoted plea in
# a news story opens no block.
@lang pt
@category appeal
@weight +3

# --- Openers ----------------------------------------------------------------------------
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(car[oa]s? (leitor|leitora|leitores|leitoras|leitor\(a\)|leitor\(a\)|leitores e leitoras|leitoras e leitores|assinante|assinantes|apoiador|apoiadora|apoiadores|amig[oa]s?)|prezad[oa]s? (leitor|leitora|leitores|leitoras|leitor\(a\)|assinante|assinantes)|estimad[oa]s? (leitor|leitora|leitores|leitoras))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(uma mensagem (da|do) (redação|direção|diretor|diretora|editor|editora|equipa|equipe)|carta (do|da) (diretor|diretora|editor|editora)|aos nossos leitores|às nossas leitoras e leitores)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*($|:|-)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*antes de (você )?(sair|ir embora|continuar (a ler|lendo)|fechar esta página|seguir (lendo|a ler))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(você )?(gostou|gostaste) (deste|desta|do|da) (texto|reportagem|matéria|artigo|notícia|conteúdo|nosso trabalho|leitura)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(você|já) (já )?(leu|leste) \d+ (textos|reportagens|artigos|matérias|notícias)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(temos|queremos fazer) um (pedido|pedido especial|pequeno pedido|convite)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Apoie -------------------------------------------------------------------------------
+5 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(apoie|apoia|apoiem|ajude|ajuda|contribua|contribui|financie) (o|a|nosso|nossa|um|este|esta) ?(jornalismo|trabalho|redação|projeto|reportagem|[^\s.,;:!?"()|/0-9]+ independente)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(apoie|ajude|financie|sustente|fortaleça) (o|um) jornalismo (independente|livre|de qualidade|local|investigativo|crítico|sério|profissional)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(apoie|ajude|financie|sustente) (o nosso|nosso|a nossa|nossa) (jornalismo|trabalho|redação|projeto)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(apoie|apoia) (a pública|o intercept|o nexo|a piauí|o brasil de fato|a repórter brasil|a marco zero|o fumaça|o setenta e quatro|o divergente|a agência pública)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ajude-nos|ajuda-nos|apoie-nos|apoia-nos) (a|com)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])precisamos (de você|de vocês|de si|de ti|do seu apoio|do teu apoio|da sua ajuda|da tua ajuda|da sua contribuição|do vosso apoio)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(o )?(teu|vosso) apoio (é|faz|nos|garante|permite|torna) (fundamental|essencial|importante|muito importante|decisivo|vital|indispensável|a diferença|possível|que)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(o )?seu apoio (nos|faz toda a diferença|garante (a nossa|nossa)|permite que (a gente|continuemos|sigamos))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(com|graças ao) (o )?(seu|teu|vosso) (apoio|contributo|contribuição|ajuda)(,? (podemos|conseguimos|continuamos|seguimos|o nosso|nosso)|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(a )?tua (contribuição|doação|assinatura) (é|faz|nos|garante|permite|ajuda|sustenta)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(a )?sua (contribuição|doação|assinatura) (nos|faz toda a diferença|garante (a nossa|nossa)|permite que (a gente|continuemos|sigamos))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(qualquer|cada|toda) (contribuição|doação|ajuda|quantia|valor),? (por menor que seja|conta|faz (toda )?a diferença|é importante|nos ajuda|ajuda)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(o )?jornalismo (independente |de qualidade |livre |profissional |sério )*(custa|tem (um )?custo|tem um preço|não é de graça|não é gratuito|precisa de (você|si|ti))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(somos|continuamos|seremos) (independentes|livres|gratuitos) (graças a|por causa de|porque) (você|vocês|si|ti|nossos leitores|quem nos apoia|leitores como você)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sem|nem) (anunciantes|publicidade|patrocinadores|acionistas|paywall),? (sem|nem|e sem) (anunciantes|publicidade|patrocinadores|acionistas|paywall)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(financiad[oa]|mantid[oa]|sustentad[oa]) (apenas |exclusivamente |principalmente |inteiramente )?(pel[oa]s|por) (nossos|nossas) (leitores|leitoras|apoiadores|apoiadoras|assinantes|doadores|membros)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(leitores|leitoras|apoiadores|apoiadoras) como (você|tu)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(a partir de|por apenas|por só|com apenas) r\$ ?\d+([,.]\d+)? (por|ao|/) ?(mês|mes|ano)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Doe / seja apoiador -----------------------------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])faça (já |agora |hoje )?(uma|a sua|sua|o seu|um) (doação|donativo|contribuição)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(doe|doa|contribua|contribui) (agora|hoje|já|com qualquer valor|qualquer valor|a partir de)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(doe|contribua) (agora|com qualquer valor|qualquer valor)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sua|tua) doação([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(seja|torne-se|torna-te|sê|vire) (um |uma )?(apoiador|apoiadora|apoiador\(a\)|apoiante|doador|doadora|mecenas|padrinho|madrinha|assinante apoiador|parte da nossa comunidade|parte do nosso clube)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(seja|torne-se|torna-te|sê) (um |uma )?(membro|sóci[oa]|aliad[oa]|assinante)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(junte-se|junta-te) (a|à|aos|ao) (mais de |milhares de |outros )?(\d[\d.]* )?(nossa comunidade|comunidade|leitores|apoiadores|membros|assinantes|clube|rede de apoiadores|nós)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])faça parte (da nossa|do nosso) (comunidade|clube|rede)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(é )?(dedutível|dedutíveis) (no|do|em) (irs|imposto de renda|ir)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(leva|demora|só leva) (apenas |só )?(um minuto|alguns segundos|\d+ (minutos|segundos))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Donation form and buttons (whole paragraphs) ---------------------------------------
+7 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(apoie|apoiar|apoie agora|apoie já|quero apoiar|eu apoio|apoia|apoiar agora|doe|doe agora|doar|quero doar|faça uma doação|fazer uma doação|contribua|contribuir|quero contribuir|contribua agora|seja apoiador|seja apoiadora|seja apoiador\(a\)|torne-se apoiador|torna-te apoiante|junte-se|junte-se a nós|faça parte|quero fazer parte|seja membro|seja sócio|apoie a pública|apoie o intercept|apoie o nexo)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(já sou (apoiador|apoiadora|apoiador\(a\)|assinante|membro|sócio|doador|doadora)|já (apoio|contribuo|doo)|lembre-me (mais tarde|depois)|lembrar (mais tarde|depois)|lembrar-me mais tarde|mais tarde|agora não|agora nao|talvez depois|talvez mais tarde|não, obrigad[oa])[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(doação única|contribuição única|apoio único|única vez|uma vez|mensal|anual|todo mês|todos os meses|mensalmente|doação mensal|contribuição mensal|apoio mensal|recorrente)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(outro valor|outra quantia|valor livre|escolha (o|um) valor|digite (o|um) valor|insira (o|um) valor|introduza (o|um) valor|valor personalizado)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((r\$|€|us\$) ?\d{1,5}([.,]\d\d)?|\d{1,4}([.,]\d\d)? ?(€|euros|reais))( ?(/|por|ao) ?(mês|ano))?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Closers --------------------------------------------------------------------------------
+4 role=closer /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(muito )?(obrigad[oa]|agradecemos) (pelo|por) (seu|teu|vosso|o seu|o teu) (apoio|contributo|contribuição|doação|ajuda|confiança)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(obrigad[oa]|agradecemos) (pelo|por) (seu|teu|o seu|o teu|vosso) (apoio|contributo|contribuição|doação)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*apoie o [^ ]+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(a você|você) que chegou até aqui/
+3 /agradecemos (muito )?por valorizar (nosso|o nosso) (conteúdo|trabalho|jornalismo)/
+3 /ao contrário da mídia (corporativa|tradicional|comercial)/
