# French site chrome: menus and section lists, skip links, login/account links, pagers,
# reading-time and audio-player lines, « Publié le … / Mis à jour le … » meta, error-report
# prompts, and advertising labels (« Publicité », « La suite après cette publicité »).
#
# Almost everything here is a whole paragraph. Regex conventions: see appeal.pat.
@lang fr
@category navigation
@weight +5

# --- Menus, skip links, account -------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accueil|retour à l'accueil|page d'accueil|retour|menu|fermer|fermer le menu|ouvrir le menu|rechercher|recherche|lancer la recherche|rubriques|toutes les rubriques|sections|plan du site|sommaire|précédent|suivant|page suivante|page précédente|voir plus|afficher plus|charger plus|plus d'articles|voir tous|tout voir|voir tout|haut de page|retour en haut|retour en haut de page|remonter|se connecter|connexion|se déconnecter|déconnexion)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mon compte|mon espace|mon profil|espace abonné|espace abonnés|espace client|mes favoris|mes articles|s'identifier|créer un compte|inscription|le journal|journal numérique|édition numérique|e-journal|kiosque|le kiosque|boutique|services|petites annonces|annonces légales|avis de décès|jeux|météo|horoscope|programme tv|vidéos|podcasts|newsletters|le direct|en direct|dernières minutes|fil info|le fil|fil d'actualité)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(aller|passer|accéder|aller directement) (au|à la) (contenu|contenu principal|navigation|recherche|pied de page|menu)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*page \d+ (sur|de) \d+[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accueil|une) ?(›|>|\/|\|)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(vous êtes ici|fil d'ariane)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*:/

# Section lists: three or more section names in a row.
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((international|politique|société|économie|culture|sport|sports|idées|opinions|débats|planète|sciences|science|santé|éducation|médias|tech|pixels|environnement|france|monde|europe|faits divers|justice|m le mag|le mag|vidéos|podcasts|régions|paris|météo|people|loisirs|voyages|auto|immobilier|emploi|argent|conso|vie quotidienne|actualité|actu|à la une|en continu|décryptages)(\s*[|·•,/]\s*|\s+)){2,}(international|politique|société|économie|culture|sport|sports|idées|opinions|débats|planète|sciences|science|santé|éducation|médias|tech|pixels|environnement|france|monde|europe|faits divers|justice|m le mag|le mag|vidéos|podcasts|régions|paris|météo|people|loisirs|voyages|auto|immobilier|emploi|argent|conso|vie quotidienne|actualité|actu|à la une|en continu|décryptages)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Reading time, audio player, meta -------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(temps de lecture|lecture|durée de lecture)\s*:?\s*(environ )?\d+\s?(min|mn|minutes?)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(temps de lecture|durée de lecture)\s*:?\s*(environ )?\d+\s?(min|mn|minutes?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d+\s?(min|mn|minutes?) de lecture[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(écouter|écoutez) (cet article|l'article|la version audio|ce contenu)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(écouter|lecture audio|version audio|lire la vidéo|lecture de la vidéo|regarder la vidéo|voir la vidéo|la vidéo|en images|en vidéo)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(cette vidéo|la vidéo) (n'est plus disponible|n'est pas disponible|ne peut pas être lue)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(publié|publiée|mis à jour|mise à jour|modifié|actualisé|posté)( le| à| aujourd'hui| hier)?\s*:?\s*\d{1,2}(er)?[\s/.](\d{1,2}|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv\.?|févr\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|déc\.?)[^!?]{0,50}$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(publié|publiée|mis à jour|mise à jour|modifié)( le| à| aujourd'hui| hier| il y a)\s/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(publié|publiée) le \d{1,2}(er)? [^\s,;:!?"()|0-9/]+ \d{4} à \d{1,2}h\d{2}/

# --- Error reports, feedback ------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(signaler une erreur|signaler un contenu|signaler un problème|une erreur \? signalez-la|vous avez repéré une erreur|contacter la rédaction|écrire à la rédaction|nous contacter)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\??[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(vous avez|tu as) (repéré|remarqué|constaté|trouvé) une (erreur|faute|coquille)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Advertising labels ---------------------------------------------------------------------
@category other
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(publicité|pub|annonce|contenu sponsorisé|contenus sponsorisés|sponsorisé|contenu partenaire|contenu de marque|proposé par [^,;:!?"()|0-9/]{2,30}|partenariat|en partenariat avec [^,;:!?"()|0-9/]{2,30}|communiqué|publi-rédactionnel|publireportage|publi-reportage|brand content)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(la suite|l'article continue|l'article se poursuit|suite de l'article) (après|sous) (cette|la|cette annonce|l'annonce|la) ?(publicité|pub|annonce|vidéo)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(publicité|contenu sponsorisé|publireportage|publi-rédactionnel)\s*(:|-|\|)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cet article|ce contenu) (a été )?(réalisé|rédigé|produit|proposé) (en partenariat avec|pour le compte de|par notre partenaire)/
