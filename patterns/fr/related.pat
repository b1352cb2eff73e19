# French read-more and related-content lines: « Lire aussi », « À lire aussi », « Sur le
# même sujet », « Les plus lus », « Ces articles pourraient vous intéresser », teaser
# headings. Le Monde prints « Lire aussi | <titre> » inside the article body.
#
# Most patterns are whole paragraphs or paragraph starts. Regex conventions: see appeal.pat.
@lang fr
@category related
@weight +4

+7 ^lire aussi$
+7 ^à lire aussi$
+7 ^a lire aussi$
+7 ^lire également$
+7 ^à lire également$
+7 ^voir aussi$
+7 ^à voir aussi$
+7 ^a voir aussi$
+7 ^à voir également$
+7 ^à découvrir$
+7 ^à découvrir aussi$
+7 ^à lire$
+7 ^a lire$
+7 ^lire la suite$
+7 ^lire plus$
+7 ^en savoir plus$
+7 ^pour en savoir plus$
+7 ^voir plus$
+7 ^voir la suite$
+7 ^la suite$
+7 ^lire l'article$
+7 ^lire l'article complet$
+7 ^lire l'entretien$
+7 ^voir l'article$
+7 ^aller plus loin$
+7 ^pour aller plus loin$
+7 ^sur le même sujet$
+7 ^sur le même thème$
+7 ^dans la même rubrique$
+7 ^dans la même catégorie$
+7 ^articles liés$
+7 ^articles similaires$
+7 ^contenus liés$
+7 ^nos articles$
+7 ^nos derniers articles$
+7 ^derniers articles$
+7 ^dernières actualités$
+7 ^dernières infos$
+7 ^les plus lus$
+7 ^les plus lues$
+7 ^articles les plus lus$
+7 ^les plus partagés$
+7 ^les plus commentés$
+7 ^les plus populaires$
+7 ^à la une$
+7 ^à ne pas manquer$
+7 ^à ne pas rater$
+7 ^notre sélection$
+7 ^la sélection de la rédaction$
+7 ^le choix de la rédaction$
+7 ^sélection de la rédaction$
+7 ^recommandé pour vous$
+7 ^nos recommandations$
+7 ^vous aimerez aussi$
+7 ^vous aimerez aussi lire$
+7 ^vous pourriez aussi aimer$
+7 ^vous pourriez aimer$
+7 ^vous aimerez peut-être aussi$
+7 ^découvrir$
+7 ^en ce moment$
+7 ^le direct$
+7 ^en direct$
+7 ^tous les articles$
+7 ^voir tous les articles$
+7 ^toute l'actualité$
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ces|d'autres|les) (articles|contenus|sujets) (pourraient|peuvent|devraient) (vous|t') intéresser[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(cet|ce) (article|contenu|sujet) (pourrait|peut) (aussi |également )?(vous|t') intéresser[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(lire aussi|a lire aussi|à lire aussi|lire également|à lire également|voir aussi|à voir aussi|sur le même sujet|notre dossier|notre article|notre enquête|notre entretien|notre reportage|notre décryptage|notre récit|notre analyse|notre live|notre direct|le direct|article réservé à nos abonnés|article réservé aux abonnés)\s*(\||:|>|-)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(reportage|enquête|décryptage|tribune|chronique|entretien|témoignage|vidéo|podcast|récit|analyse|portrait|éditorial|archive|archives|le récit|le décryptage|l'analyse|l'entretien|la chronique|la tribune|l'éditorial)\s*(\||>)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(lire aussi|à lire aussi|a lire aussi|lire également|à lire également|voir aussi|à voir aussi|sur le même sujet|pour aller plus loin|à découvrir|en savoir plus)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(retrouvez|découvrez|lisez|relisez|écoutez|regardez) (notre|nos|l'ensemble de nos|tous nos|toute notre|l'intégralité de notre) (dossier|article|articles|enquête|enquêtes|reportage|reportages|entretien|couverture|live|direct|décryptage|analyse|chronique|podcast|série|sélection)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(retrouvez|suivez) (toute l'actualité|l'actualité|les dernières informations|toutes les infos|l'évolution de la situation) (sur|dans|en direct sur) (notre|le) (live|direct|fil|site|dossier)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cliquez|clique) (ici|sur ce lien|sur le lien)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
