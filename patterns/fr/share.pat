# French share, follow and save prompts: « Partager », « Partager sur Facebook », « Copier
# le lien », « Suivez-nous sur Instagram », « Offrir cet article », « Lire plus tard ».
#
# « Partager » inside a sentence is ordinary French; only buttons, imperatives addressed
# to the reader and whole paragraphs are weighted. Regex conventions: see appeal.pat.
@lang fr
@category share
@weight +4

+7 ^partager$
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(partager|partagez|envoyer|offrir|sauvegarder|enregistrer|imprimer|copier) (cet article|l'article|la page|cette page|la vidéo|cette vidéo|le lien|ce lien|sur [^,;:!?"()|0-9/]{1,15}|par (e-?mail|mail|courriel|sms))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 ^lien copié$
+7 ^copier le lien$
+7 ^copier$
+7 ^imprimer$
+7 ^sauvegarder$
+7 ^enregistrer$
+7 ^ajouter à mes favoris$
+7 ^ajouter aux favoris$
+7 ^ajouter à ma liste$
+7 ^lire plus tard$
+7 ^lire ultérieurement$
+7 ^offrir$
+7 ^offrir l'article$
+7 ^envoyer$
+7 ^envoyer par e-mail$
+7 ^envoyer par email$
+7 ^envoyer par mail$
+7 ^partager l'article$
+7 ^partager par e-mail$
+7 ^partager par email$
+7 ^article sauvegardé$
+7 ^retirer de mes favoris$
+7 ^mes favoris$
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(facebook|twitter|linkedin|whatsapp|e-?mail|messenger|bluesky|threads|telegram|pinterest|flipboard)((\s*[|·•,/]\s*|\s+)(facebook|twitter|x|linkedin|whatsapp|e-?mail|messenger|bluesky|threads|telegram|pinterest|flipboard|copier le lien))+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(partagez|partage) (cet article|l'article|cette vidéo|cette enquête|ce reportage|sur (facebook|twitter|x|linkedin|whatsapp))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(offrez|offre|offrir) (cet article|l'article|cette enquête|ce contenu) (à un proche|à vos proches|gratuitement)/

# --- Follow us ---------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(suivez|rejoignez|retrouvez)(-nous|-le|-la| nous| [^.,;:!?"()|0-9/]{2,30}) (aussi |également |sur )+(facebook|twitter|x|instagram|tiktok|youtube|linkedin|whatsapp|telegram|threads|bluesky|mastodon|google (news|actualités)|snapchat|twitch|les réseaux sociaux|nos réseaux sociaux)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(suivez|retrouvez|rejoignez)-nous([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(suivre|suivez|s'abonner à) (ce sujet|ce thème|l'auteur|l'autrice|ce journaliste|cette journaliste|[^.,;:!?"()|0-9/]{2,30} sur (facebook|x|twitter|instagram|whatsapp))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(abonnez-vous|rejoignez|rejoins|suivez) (à )?(notre|la) chaîne (whatsapp|telegram|youtube)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(notre|la) chaîne whatsapp([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(pour ne rien rater|pour ne rien manquer|pour ne manquer aucune)[^.]{0,40}(suivez|abonnez|rejoignez|inscrivez)/

+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*partager (via|sur|par)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
