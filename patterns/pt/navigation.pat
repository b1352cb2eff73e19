# Portuguese site chrome, Brazilian and European: menus and section lists, skip links,
# login/account links, pagers, reading-time and audio-player lines (« Ouvir o texto »),
# « Atualizado em … » meta, error-report prompts, and advertising labels (« Publicidade »,
# « Conteúdo patrocinado »).
#
# Almost everything here is a whole paragraph. Regex conventions: see appeal.pat.
@lang pt
@category navigation
@weight +5

# --- Menus, skip links, account -------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(início|página inicial|home|voltar para a home|voltar à página inicial|ir para a home|menu|abrir menu|fechar menu|fechar|voltar|buscar|busca|pesquisar|pesquisa|procurar|seções|secções|todas as seções|todas as secções|mapa do site|arquivo|edição impressa|edição digital|jornal digital|e-paper|epaper|banca|banca digital|quiosque|edições|capa do dia|capa|blogs|colunistas|colunas|opinião|tempo|meteorologia|horóscopo|loterias|jogos|classificados|obituário|necrologia)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(entrar|sair|login|logout|minha conta|a minha conta|meu perfil|o meu perfil|perfil|área do assinante|área de assinante|área reservada|minha assinatura|gerir assinatura|gerenciar assinatura|meus artigos|artigos guardados|artigos salvos|assinaturas|loja)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ir|pular|saltar|avançar) (para o|para a|ao|à|para) (conteúdo|conteúdo principal|menu|navegação|pesquisa|busca|rodapé)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(voltar ao topo|ir para o topo|topo|subir|voltar para o topo)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ver mais|mostrar mais|carregar mais|mais resultados|ver tudo|ver todos|ver todas|próxima|próximo|anterior|próxima página|página anterior|página seguinte|seguinte|mais notícias)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*página \d+ de \d+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(início|home|página inicial) ?(›|>|/|\|)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(você está em|está em)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:/

# Section lists: three or more section names in a row.
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((política|economia|mundo|internacional|esporte|esportes|desporto|cultura|opinião|cotidiano|ilustrada|mercado|poder|tec|tecnologia|ciência|saúde|educação|brasil|portugal|sociedade|país|vídeos|podcasts|entretenimento|famosos|política nacional|ambiente|meio ambiente|local|lisboa|porto|são paulo|rio|rio de janeiro|justiça|negócios|empresas|finanças|carros|viagem|turismo|gastronomia|estilo|moda|cinema|música|livros|televisão|fotos|colunas|blogs|ao vivo)(\s*[|·•,/]\s*|\s+)){2,}(política|economia|mundo|internacional|esporte|esportes|desporto|cultura|opinião|cotidiano|ilustrada|mercado|poder|tec|tecnologia|ciência|saúde|educação|brasil|portugal|sociedade|país|vídeos|podcasts|entretenimento|famosos|ambiente|meio ambiente|local|lisboa|porto|são paulo|rio|rio de janeiro|justiça|negócios|empresas|finanças|carros|viagem|turismo|gastronomia|estilo|moda|cinema|música|livros|televisão|fotos|colunas|blogs|ao vivo)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Reading time, audio player, meta -------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(tempo de leitura|leitura|tempo estimado de leitura)\s*:?\s*(aprox\. |cerca de )?\d+\s?(min|minutos?|min\.)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(tempo de leitura)\s*:?\s*\d+\s?(min|minutos?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d+\s?(min|minutos?) de leitura[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ouvir|ouça|ouvir o texto|ouvir texto|ouvir este artigo|ouvir a notícia|ouvir a matéria|ouça este artigo|ouça a matéria|escutar|reproduzir|reproduzir áudio|reproduzir vídeo|assistir|assista|assista ao vídeo|ver vídeo|play|pausar)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(este|o) vídeo (não está (mais )?disponível|não pode ser reproduzido)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(atualizado|atualizada|publicado|publicada|actualizado|modificado)( em| às| há| a)?\s*:?\s*\d{1,2}[\s/.-]?(\d{1,2}|jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)[^!?]{0,50}$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(atualizado|atualizada|publicado|publicada|actualizado)( em| às| há)\s/

# --- Error reports, feedback ------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(encontrou um erro|viu um erro|reportar erro|reportar um erro|comunicar erro|notifique-nos|envie uma correção|fale com a redação|fale conosco|contacte a redação)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(clique aqui|avise-nos|notifique-nos)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(você )?(encontrou|viu|detectou|detetou) (um|algum) erro([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Advertising labels ---------------------------------------------------------------------
@category other
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(publicidade|anúncio|anuncio|patrocinado|conteúdo patrocinado|conteúdo de marca|conteúdo publicitário|informe publicitário|publieditorial|publirreportagem|branded content|em parceria com [^,;:!?"()|0-9/]{2,30}|oferecido por [^,;:!?"()|0-9/]{2,30}|apresentado por [^,;:!?"()|0-9/]{2,30}|parceria|estúdio [^\s.,;:!?"()|0-9/]+)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(continua|continue|a notícia continua|o texto continua|o artigo continua|continua depois|continua após|continua a seguir) (depois|após|a seguir|abaixo)? ?(d[oa] )?(publicidade|anúncio|a publicidade|o anúncio)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(publicidade|conteúdo patrocinado|informe publicitário)\s*(:|-|\|)/
