# French comment-section chrome: « Commentaires », « Réagir », « Voir les 12 commentaires »,
# « Les commentaires sont fermés », moderation charters, sort and reply buttons.
#
# « Commentaire » is also a genre label; strong weights are for whole paragraphs and fixed
# notices. Regex conventions: see appeal.pat.
@lang fr
@category comments
@weight +4

+7 role=maybe-thread ^commentaires$
+7 ^commenter$
+7 ^réagir$
+7 ^réagissez$
+7 ^réagir à cet article$
+7 role=maybe-thread ^réactions$
+7 ^vos réactions$
+7 ^vos commentaires$
+7 ^les commentaires$
+7 ^voir les commentaires$
+7 ^afficher les commentaires$
+7 ^lire les commentaires$
+7 ^masquer les commentaires$
+7 ^ajouter un commentaire$
+7 ^laisser un commentaire$
+7 ^écrire un commentaire$
+7 ^publier un commentaire$
+7 ^poster un commentaire$
+7 ^publier$
+7 ^envoyer$
+7 ^répondre$
+7 ^signaler$
+7 ^signaler un abus$
+7 ^signaler ce commentaire$
+7 ^j'aime$
+7 ^recommander$
+7 ^trier par$
+7 ^les plus récents$
+7 ^les plus anciens$
+7 ^les plus appréciés$
+7 ^les plus populaires$
+7 ^plus récents$
+7 ^plus anciens$
+7 ^voir plus de commentaires$
+7 ^charger plus de commentaires$
+7 ^voir les réponses$
+7 ^afficher les réponses$
+7 ^le courrier des lecteurs$
+7 ^courrier des lecteurs$
+7 ^forum$
+7 ^le forum$
+7 ^participer au débat$
+7 ^donnez votre avis$
+7 ^votre avis$
+7 ^votre avis nous intéresse$
+7 ^et vous$
+7 ^et vous, qu'en pensez-vous$
+7 ^qu'en pensez-vous$
+7 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(voir (les |tous les )?)?\d+ (commentaires?|réactions?|réponses?|contributions?)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=maybe-thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(commentaires|réactions) \(\d+\)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])les (commentaires|réactions|contributions) (sont|ont été) (fermés|fermées|désactivés|désactivées|clos|closes|suspendus|suspendues)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cet article|ce contenu|cette page) (n'est plus ouvert|est fermé|n'est pas ouvert) aux (commentaires|réactions)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cet espace|l'espace|les commentaires|la possibilité de commenter|réagir) (de (contribution|commentaires) )?(est |sont )?(réservée?s?|accessible|ouvert) (aux|à nos) (abonnés|abonnées|membres|utilisateurs inscrits)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(connectez-vous|identifiez-vous|abonnez-vous|inscrivez-vous) (pour|afin de) (commenter|réagir|participer|publier un commentaire|laisser un commentaire)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(charte|règles) (de modération|des commentaires|de participation|de bonne conduite|du forum)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(votre|ton) (commentaire|contribution|réaction) (sera|est) (publiée?|soumise?|modérée?|en attente)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(donnez|partagez|dites)-(nous )?(votre|ton) (avis|opinion)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
# "12 réflexions sur « Titre »", "3 commentaires sur « Titre »": the head of a comment list.
+7 role=thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d[\d.,]* (réflexions?|commentaires?|réponses?) (sur|à) ".{1,250}$/
