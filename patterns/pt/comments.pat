# Portuguese comment-section chrome, Brazilian and European: « Comentários », « Deixe seu
# comentário », « Os comentários não representam a opinião do site », « Para comentar, é
# preciso ser assinante », community rules, sort and reply buttons.
#
# Regex conventions: see appeal.pat.
@lang pt
@category comments
@weight +4

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(comentários|comentar|comente|comenta|ver comentários|mostrar comentários|ocultar comentários|esconder comentários|ler comentários|carregar comentários|carregar mais comentários|ver mais comentários|ir para os comentários|deixe seu comentário|deixe o seu comentário|deixe um comentário|escreva um comentário|escreva seu comentário|escreva o seu comentário|adicionar comentário|publicar comentário|enviar comentário|participe|participe da conversa|o que você acha|o que achou|qual a sua opinião|qual é a sua opinião|dê a sua opinião|dê sua opinião|sua opinião|a sua opinião|opine|regras|regras da comunidade|conversa)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 ^responder$
+7 ^respostas$
+7 ^ver respostas$
+7 ^ocultar respostas$
+7 ^denunciar$
+7 ^denunciar abuso$
+7 ^reportar$
+7 ^curtir$
+7 ^gostei$
+7 ^não gostei$
+7 ^mais recentes$
+7 ^mais antigos$
+7 ^mais votados$
+7 ^mais curtidos$
+7 ^mais relevantes$
+7 ^ordenar por$
+7 ^cancelar$
+7 ^enviar$
+7 ^publicar$
+7 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ver )?\d+ (comentários?|respostas?)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(comentários|respostas) \(\d+\)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(os )?comentários (estão|foram|são) (encerrados|fechados|desativados|desabilitados|moderados|suspensos)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])os comentários (não representam|não refletem|são de (inteira|exclusiva) responsabilidade)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])a responsabilidade (é|pelos comentários é) do autor da mensagem([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])para (comentar|poder comentar|deixar um comentário|participar)[^.]{0,30}(é preciso|é necessário|você precisa|precisa|tem de|tem que|deve) (ser assinante|estar logad[oa]|fazer login|iniciar sessão|ser subscritor|registar-se|cadastrar-se|entrar)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(faça login|entre|inicie sessão|assine|cadastre-se|registe-se) (para|e) (comentar|participar da conversa|deixar (um|seu) comentário)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(regras|normas|política|termos) (de moderação|da comunidade|de participação|dos comentários|de uso dos comentários)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(o )?(seu|teu) comentário (será|foi|está|ficará) (publicado|moderado|enviado|em análise|aguardando)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*deixe (sua|seu|o seu|a sua|um) (opinião|comentário)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /os comentários (aqui )?(postados|publicados) (expressam|refletem|são de responsabilidade)/
# House rules of a comment form: "Comentários ofensivos não serão aprovados pelo moderador".
+4 /comentários? [^.!?]{0,100}não (serão|será) (aprovados?|publicados?|aceitos?|liberados?)/
+3 /(responsáveis|responsabilidade) (por seu|pelo seu|pelo) teor/
# WordPress's comment form in Portuguese: "Deixe uma resposta Cancelar resposta", "O seu
# endereço de e-mail não será publicado. Campos obrigatórios são marcados com *".
+7 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(o )?(seu|teu) endereço de e-?mail não será publicado([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])campos obrigatórios (são|estão) marcados com([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*deixe (uma|a sua|sua) resposta( cancelar resposta)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(salvar|guardar) (os )?(meus dados|o meu nome, e-?mail e site) neste navegador para a próxima vez que eu comentar([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
# "12 comentários em “Título”", "3 respostas para “Título”": the head of a comment list.
+7 role=thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d[\d.,]* (comentários?|respostas?|pensamentos?) (em|para|sobre|a) ".{1,250}$/
