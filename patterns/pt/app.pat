# Portuguese app prompts, Brazilian and European: « Baixe o app », « Descarregue a app »
# (PT), « Abrir no aplicativo », « Disponível na App Store e no Google Play », push alerts
# (« Ative as notificações »).
#
# News about apps names them too; the patterns need an imperative, a possessive (« nosso
# aplicativo ») or a whole paragraph. Regex conventions: see appeal.pat.
@lang pt
@category app
@weight +3

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(baixe|baixar|descarregue|descarregar|instale|instalar|abrir|abra|ler|leia|continuar|continue) (no |na |o |a |nosso |o nosso |a nossa )?(app|aplicativo|aplicação|aplicação móvel)( d[oa] [^,;:!?"()|0-9/]{2,25})?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(abrir|ver|ler) (no|na) (app|aplicativo|aplicação)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(baixe|descarregue|instale|experimente) (já |agora |grátis |gratuitamente )?(o|a|nosso|o nosso|a nossa) (app|aplicativo|aplicação|novo app|nova app|novo aplicativo)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(leia|acompanhe|siga|ouça|assista|receba) (esta notícia|esta reportagem|este artigo|todas as notícias|as notícias|as últimas notícias|a cobertura)[^.]{0,30} (no|na|pelo|pela) (nosso |nossa )?(app|aplicativo|aplicação)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(disponível|grátis|gratuito) (gratuitamente )?(na|no|para) (app store|ios|android|google play|iphone)( e (no|na|para) (google play|android|app store|ios))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(para|em) (ios e android|android e ios|iphone e android)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(nosso aplicativo|nossa app|nossa aplicação|o nosso aplicativo|a nossa app) (gratuit[oa]|está disponível|permite|para (ios|android))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ative|ativar|active|activar|permitir|receber) (as )?(notificações|alertas)( push)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ative|active|ativa|receba|recebe) (as|nossas|as nossas) (notificações|alertas)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])notificações push([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(receba|recebe) (as )?(últimas notícias|alertas|notícias em tempo real|notícias de última hora) (no seu|no teu|direto no|diretamente no) (celular|telemóvel|smartphone|telefone)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(não perca|não percas) (nada|nenhuma notícia|as últimas notícias|nenhuma atualização)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Podcast platforms, smart speakers, QR codes ------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ouça|ouve|assine|siga|acompanhe) (o|este|o nosso|nosso) podcast (grátis |também )?(no|na|pelo|pela|em) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(na sua plataforma de (áudio|podcasts?) (favorita|preferida)|em todas as plataformas de (áudio|podcast)|onde você ouve (seus )?podcasts)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ouvir|ouça|ouve|seguir|siga|assine) (no|na|pelo|pela) (apple podcasts|spotify|deezer|google podcasts|youtube music|amazon music|audible|podimo|castbox|overcast|pocket casts)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(diga|diz) "?(alexa|ok google|hey google)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(aponte a câmera para|escaneie|digitalize|leia) o (código )?qr([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(encontre|descubra|veja) (todas as notícias|as últimas notícias|toda a cobertura) (no|na) (nosso |nossa )?(app|aplicativo|aplicação)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
