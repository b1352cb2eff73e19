# French paywall and subscription prompts: « Cet article est réservé aux abonnés », « Il
# vous reste 80 % de cet article à lire », « Déjà abonné ? Se connecter », « Abonnez-vous
# pour lire la suite », offers (« 1 € le premier mois, sans engagement »), metered and
# multi-device walls (Le Monde, Le Figaro, Libération, Mediapart, L'Express, Le Point,
# Les Échos, Le Parisien, Ouest-France, L'Obs, Le Temps, La Presse …).
#
# News about subscriptions (nombre d'abonnés, hausse des tarifs, plateformes) uses the
# same nouns, so « abonnés », « abonnement » alone get nothing; strong patterns address
# the reader or are whole paragraphs. Regex conventions: see appeal.pat.
@lang fr
@category paywall
@weight +3

# --- Le Monde / Le Figaro walls ------------------------------------------------------------
+7 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])il vous reste \d+([.,]\d+)? ?% (de cet article |de l'article )?à (lire|découvrir)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])la suite (de cet article )?est réservée (aux|à nos) (abonnés|abonnées|abonné·e·s|membres)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])lecture du monde en cours sur un autre (appareil|support|écran)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])vous (ne )?pouvez (ne )?lire le monde (que )?sur un (seul )?appareil/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ce message|cette page) s'affichera sur l'autre appareil/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(découvrez|découvrir) les offres multicomptes/

# --- Réservé aux abonnés -----------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(article |contenu |édition )?(réservé|réservée|réservés) (aux|à nos) (abonnés|abonnées|abonné·e·s|membres|lecteurs abonnés)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(abonnés|abonné|premium|exclusif abonnés|exclusivité abonnés|pour les abonnés|offert|article offert|contenu abonné|réservé abonnés|édition abonnés|abonnés seulement)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(cet article|ce contenu|cet entretien|cette enquête|ce reportage|cette chronique|cette tribune|cet épisode|ce podcast|l'article|la suite) (est |vous est )?(réservé|réservée|accessible|disponible) (uniquement |exclusivement |seulement )?(aux|à nos|pour les) (abonnés|abonnées|abonné·e·s|membres|lecteurs abonnés)[^.,;:!?"()|0-9/]{0,30}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cet article|ce contenu|cet entretien|cette enquête|ce reportage|cette chronique|cette tribune|cet épisode|ce podcast|l'article|la suite) (est |vous est )?(réservé|réservée|accessible|disponible) (uniquement |exclusivement |seulement )?(aux|à nos|pour les) (abonnés|abonnées|abonné·e·s|membres|lecteurs abonnés)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])réservée?s? (aux|à nos) (abonnés|abonnées|abonné·e·s)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])article (réservé|offert|abonné)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Déjà abonné ? / se connecter ----------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(vous êtes |tu es )?déjà (abonnée?|abonné·e|abonné\(e\)|inscrite?|client|cliente|membre)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(\?|$|se connecter|connectez-vous|je me connecte|identifiez-vous|connexion)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])déjà (abonnée?|abonné·e|abonné\(e\)) ?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(\?|se connecter|connectez-vous|je me connecte|identifiez-vous)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(connectez-vous|identifiez-vous|inscrivez-vous gratuitement|créez (un|votre) compte( gratuit(ement)?)?) (pour|afin de) (lire|continuer|poursuivre|accéder|débloquer|découvrir)/

# --- Abonnez-vous ------------------------------------------------------------------------------
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(s'abonner|je m'abonne|abonnez-vous|abonne-toi|m'abonner|s'abonner maintenant|je m'abonne maintenant|abonnez-vous maintenant|je profite de l'offre|j'en profite|profiter de l'offre|voir les offres|découvrir les offres|découvrir nos offres|toutes nos offres|nos offres|choisir (mon|une) offre|je choisis cette offre|s'abonner à [^,;:!?"()|0-9/]{2,30})[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(abonnez-vous|abonne-toi|je m'abonne)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(abonnez-vous|abonne-toi|s'abonner|je m'abonne) (pour|afin de) (lire|continuer|poursuivre|accéder|découvrir|débloquer|soutenir)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(pour|afin de) lire la suite( de cet article| de l'article)?[ ,:.!-]*(abonnez|connectez|inscrivez|identifiez|je m'abonne|s'abonner|créez|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(pour|afin de) lire la suite([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(pour|afin de) (découvrir|consulter) la suite (de cet article|de l'article)?/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(débloquez|débloquer|déverrouillez) (cet|l'|cet )?(article|contenu|accès)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])accédez (à|aux|en illimité à) (tous |l'ensemble de |l'intégralité de |l'intégralité des |tous les )?(nos |des |de nos )?(articles|contenus|enquêtes|éditions)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])accéder (à|aux|en illimité à) (tous |l'ensemble de |l'intégralité de |tous )?(nos|de nos) (articles|contenus|enquêtes|éditions)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])accès (illimité|intégral|complet) (à|aux|au site|sur tous)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lisez|lire) (sans limite|en illimité|sans publicité|tous nos articles)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Offers --------------------------------------------------------------------------------------
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])sans engagement([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])résiliable (à tout moment|en ligne|en quelques clics|en 1 clic|à tout instant)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])\d+([.,]\d+)? ?€ (le|pour le|les) (premier|\d+ premiers) (mois|ans?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])puis \d+([.,]\d+)? ?€ ?(/|par) ?(mois|an|semaine)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(offre (spéciale|découverte|d'essai|de bienvenue|numérique|intégrale|100 ?% numérique|limitée)|essai gratuit|période d'essai)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(profitez|profitez-en|profite) (de (notre|l'|cette|nos) offre|d'un accès|dès maintenant)/

# --- Limits and gifts --------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])vous avez (atteint|épuisé|consulté) (la limite|votre limite|le nombre (maximum|maximal)|vos articles gratuits|\d+ articles?)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(vos|tes) (\d+ )?articles gratuits (de ce mois|du mois|sont épuisés)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cet article|ce contenu) (vous )?est offert (par|grâce à|en accès libre)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(offrez|offrir) (cet|l') article([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Pay or consent ----------------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accepter et continuer|refuser et s'abonner|accepter les cookies|refuser et m'abonner|je m'abonne sans cookies|s'abonner sans publicité)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(accepter les cookies|accepter le dépôt de cookies|accepter les traceurs) ou (s'abonner|vous abonner|souscrire|payer)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(vous abonner|s'abonner|l'offre) (sans (publicité|pub|cookies|traceurs)|pour (naviguer|lire) sans (publicité|pub|cookies))/

# Metered paywalls and account prompts.
+5 /vous avez (lu|consulté) \d+ (des|de vos|sur) \d+ articles? (gratuits|offerts)/
+4 /\d+ articles? (gratuits|offerts) (de plus )?(par mois|ce mois-ci)/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(créez-vous|créez) un compte pour (consulter|lire|accéder)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*se connecter s'abonner[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
