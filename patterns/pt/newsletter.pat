# Portuguese newsletter sign-ups, Brazilian and European: « Inscreva-se na nossa
# newsletter », « Receba no seu e-mail », « Cadastre-se », « Subscreva a newsletter » (PT),
# form fields (« Digite seu e-mail », « Introduza o seu email »), privacy checkboxes,
# confirmations and unsubscribe notes.
#
# The bare word « newsletter » is shared with other languages and gets nothing here.
# Regex conventions: see appeal.pat.
@lang pt
@category newsletter
@weight +3

+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(inscreva-se|inscreve-te|assine|subscreva|subscreve|cadastre-se|registe-se|receba|recebe|receber) (grátis |gratuitamente |já |agora |aqui )?(na|nas|em|a|as|à|às|nossa|nossas|na nossa|nas nossas|a nossa|as nossas) (newsletters?|boletim|boletins|newsletter de [^,;:!?"()|0-9/]{2,30}|newsletter gratuita)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(inscreva-se|inscrever|inscrever-me|inscreve-te|quero receber|cadastre-se|cadastrar|subscrever|subscreva|subscrever a newsletter|assinar a newsletter|inscreva-se na newsletter|receba a newsletter|receber newsletter|todas as newsletters|nossas newsletters|as nossas newsletters|conheça nossas newsletters|newsletters)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(inscrição|subscrição|cadastro|assinatura) (gratuita )?(na|nas|da|das|em) (nossa |nossas )?(newsletters?|boletim)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(toda|todas as|todo|todos os) (manhã|manhãs|tarde|tardes|noite|noites|dia|dias|semana|semanas|segunda|terça|quarta|quinta|sexta|sábado|sábados|domingo|domingos)[^.]{0,40}(no seu (e-?mail|email|correio)|no teu (e-?mail|email)|na sua caixa|na tua caixa)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(diretamente|direto) (no seu|no teu|na sua|na tua) (e-?mail|email|correio eletrónico|correio eletrônico|caixa de entrada|caixa de correio|inbox)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(no teu|na tua) (e-?mail|email|correio eletrónico|caixa de entrada|caixa de correio)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(no seu|na sua) (caixa de entrada|inbox)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(receba|recebe|enviamos|vamos enviar|você recebe|vai receber) (as|a|os|o|um|uma|nossas|nossa|uma seleção|um resumo)[^.]{0,50}(notícias|principais|análises|histórias|destaques|resumo)[^.]{0,30}(e-?mail|email|caixa de entrada|correio)/

+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((o seu |seu |o teu |teu )?(endereço de )?(e-?mail|email|correio eletrónico|correio eletrônico)( \*)?)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(digite|insira|introduza|informe|escreva|indique|deixe) (o )?(seu|teu) (melhor )?(endereço de )?(e-?mail|email|correio eletrónico|correio eletrônico)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(li e aceito|li e concordo|aceito|concordo com|ao se inscrever,? (você )?concorda|ao subscrever,? aceita|ao inscrever-se,? aceita|ao se cadastrar,? (você )?concorda)[^.]{0,40}(política de privacidade|termos|condições|política de dados)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(você pode|pode|podes) (cancelar|anular|cancelar a sua|cancelar sua) (a )?(inscrição|subscrição|assinatura) (a qualquer momento|quando quiser|quando quiseres)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(link|ligação) (para cancelar|de cancelamento|para anular) (a )?(inscrição|subscrição)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])obrigad[oa] por (se inscrever|se cadastrar|subscrever|se registar|se registrar|te inscreveres|a sua inscrição|sua inscrição)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(inscrição (feita|realizada|confirmada|concluída)|cadastro (realizado|concluído)|subscrição (confirmada|concluída)|você está inscrit[oa]|está inscrit[oa])[^.]{0,30}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(confirme|confirma) (a sua|sua|a tua) (inscrição|subscrição|assinatura|e-?mail)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(enviamos|acabámos de enviar|acabamos de enviar) (um|uma) (e-?mail|mensagem) (de confirmação|para confirmar)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
