# Portuguese legal and imprint lines, Brazilian and European: « Todos os direitos
# reservados », « É proibida a reprodução », company data (CNPJ, NIPC), footer links
# (Termos de uso, Política de privacidade, Expediente, Estatuto editorial, Fale conosco),
# agency credit lines (« Com Lusa », « Com informações da Reuters »), affiliate notes.
#
# News about copyright or privacy law uses the words too; strong weights are for whole
# paragraphs and fixed formulas. Regex conventions: see appeal.pat.
@lang pt
@category legal
@weight +4

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(termos de uso|termos de utilização|termos e condições|condições de uso|condições gerais|política de privacidade|privacidade|política de dados|proteção de dados|política de cookies|aviso legal|expediente|estatuto editorial|ficha técnica|quem somos|sobre nós|sobre|fale conosco|fale connosco|contato|contatos|contacto|contactos|anuncie|publicidade|trabalhe conosco|trabalhe connosco|acessibilidade|mapa do site|faq|perguntas frequentes|ajuda|central do assinante|atendimento|atendimento ao assinante|apoio ao cliente|serviço de apoio ao cliente|código de conduta|código de ética|princípios editoriais|manual da redação|livro de estilo|transparência|rss|provedor do leitor|ombudsman)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(termos de uso|termos e condições|política de privacidade|privacidade|política de cookies|expediente|estatuto editorial|ficha técnica|quem somos|fale conosco|contato|contactos|anuncie|publicidade|trabalhe conosco|acessibilidade)(\s*[|·•,/-]\s*|\s+)(termos de uso|termos e condições|política de privacidade|privacidade|política de cookies|expediente|estatuto editorial|ficha técnica|quem somos|fale conosco|contato|contactos|anuncie|publicidade|trabalhe conosco|acessibilidade)(\s*[|·•,/-]\s*|\s+)/

+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])todos os direitos reservados([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(é |fica )?(proibida|expressamente proibida|vedada) a (sua )?(reprodução|cópia|distribuição|republicação)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(reprodução|distribuição|cópia) (total ou parcial )?(sem (prévia )?autorização|não autorizada|proibida)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cnpj|c\.n\.p\.j\.)\s*:?\s*\d{2}\.?\d{3}\.?\d{3}/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(nipc|nif|n\.º de registo na erc|registo na erc|erc n\.?º?)\s*:?\s*\d{5,9}/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(© |©1|©2|\(c\)|copyright)\s*((19|20)\d\d\s*)?[^,;:!?"()|0-9]{0,60}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(grupo folha|grupo globo|grupo estado|editora globo|editora abril|impresa|global media group|cofina|medialivre|observador on time|público - comunicação social)[^,;:!?"()|0-9/]{0,40}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(com|com informações d[ae]s?|com informação d[ae]s?|com agências|fonte|fontes)\s*:?\s*(lusa|reuters|afp|ap|efe|agência brasil|agência estado|estadão conteúdo|folhapress|agências|ansa|dw|bbc news brasil)([\s,/e]+(lusa|reuters|afp|ap|efe|agência brasil|agência estado|estadão conteúdo|folhapress|agências))*[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(lusa|agência lusa|reuters|afp|efe|agência brasil|estadão conteúdo|folhapress|agências|redação|da redação|com lusa|por lusa)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^ap$
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(este artigo|este texto|esta reportagem) (foi )?(publicad[oa]|originalmente publicad[oa]) (originalmente |primeiro |inicialmente )?(no|na|em|pelo|pela)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(este (texto|artigo)|esta (matéria|reportagem)) (foi )?(traduzid[oa]|gerad[oa]|produzid[oa]) (automaticamente|com (auxílio|ajuda|apoio) de (inteligência artificial|ia))/

+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(este artigo|esta página|este conteúdo|esta matéria) (contém|inclui) (links|ligações) (de afiliados|afiliados|patrocinados)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(links|ligações) (de )?afiliados([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(podemos|poderemos) (receber|ganhar) (uma )?(comissão|pequena comissão)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])sem (nenhum )?(custo|acréscimo) (adicional|extra) para (você|si|o leitor|ti)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
