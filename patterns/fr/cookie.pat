# French cookie and consent banners (CNIL / TCF texts, « Tout accepter », « Continuer sans
# accepter »), pay-or-consent walls, and the placeholders that replace embedded posts and
# videos (« Ce contenu est bloqué car vous n'avez pas accepté les cookies »).
#
# News about cookies, the CNIL or the RGPD uses the topic words, so « cookies »,
# « consentement », « données personnelles » alone get nothing; strong weights need the
# banner's own sentences or whole-paragraph buttons. Regex conventions: see appeal.pat.
@lang fr
@category cookie
@weight +4

# --- Buttons (whole paragraphs) -----------------------------------------------------------
+7 ^tout accepter$
+7 ^tout refuser$
+7 ^continuer sans accepter$
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(tout|tous les cookies|les cookies) (accepter|refuser)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accepter|refuser|autoriser) (tout|tous|tous les cookies|les cookies|et fermer|et continuer|et poursuivre)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(accepter|refuser|j'accepte|je refuse|autoriser|interdire|ok pour moi|j'accepte tout|je refuse tout)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(paramétrer|personnaliser|gérer|configurer|modifier) (les cookies|mes cookies|mes choix|vos choix|mes préférences|vos préférences|les paramètres|les traceurs|mes paramètres)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(paramètres|préférences|gestion|réglages) (des|de) (cookies|confidentialité|consentement|traceurs)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(en savoir plus et (paramétrer|personnaliser|gérer)|personnaliser mes choix|enregistrer (mes|vos) choix|valider (mes|vos) choix|confirmer (mes|vos) choix|voir nos partenaires|voir nos \d+ partenaires)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(personnaliser|paramétrer|plus d'options|afficher les détails|afficher les finalités|voir les finalités)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Banner sentences -------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(nous|ce site|notre site|ce site web|le site) (utilisons|utilise|déposons|dépose|employons|emploie) (des )?(cookies|traceurs|cookies et traceurs|cookies ou technologies similaires)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(avec votre accord,? )?nous et nos (\d+ )?(partenaires|fournisseurs) (utilisons|stockons|traitons|accédons|collectons|déposons|pouvons|avons besoin)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])nous et nos (\d+ )?(partenaires|fournisseurs)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])stocker (et/ou|et|ou) accéder à des informations (sur un appareil|sur votre appareil|personnelles)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])publicités? et contenu personnalisés?,? mesure de performance/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(données de géolocalisation précises|identification par analyse du terminal|analyse active des caractéristiques de l'appareil)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])en poursuivant (votre navigation|la navigation|sur ce site)[^.]{0,60}(acceptez|consentez|l'utilisation|le dépôt)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])en (cliquant sur|acceptant)[ "«]*(tout accepter|accepter|j'accepte|ok)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(vous pouvez|tu peux) (retirer|modifier|changer) (votre|ton|vos|tes) (consentement|choix|préférences) (à tout moment|à tout instant|en cliquant)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(votre|ton) consentement (à tout moment|est libre|peut être retiré)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(politique|charte|gestion|paramétrage) (des|de|relative aux) (cookies|traceurs)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])intérêt légitime([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cookies|traceurs) (strictement nécessaires|de mesure d'audience|publicitaires|de personnalisation)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Pay or consent, embedded content placeholders ----------------------------------------
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ce contenu|cette vidéo|ce tweet|ce post|ce module|ce contenu externe) (est bloqué|a été bloqué|ne peut pas (être affiché|s'afficher)|n'est pas disponible)[^.]{0,60}(cookies|traceurs|consentement|paramètres)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(vous n'avez pas accepté|vous avez refusé) (le dépôt de |les )?(cookies|traceurs)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(pour (afficher|voir|lire|visionner|accéder à) (ce|cette|le) (contenu|vidéo|tweet|post)),? (vous devez|veuillez|il (vous )?faut) (accepter|autoriser|activer)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(afficher|voir|charger|autoriser) (le|ce) contenu( externe)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*contenu (externe|tiers|bloqué|non disponible)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])ce contenu (est |a été )?(fourni|hébergé) par (un tiers|une plateforme tierce|un service tiers|des tiers)/

# Consent-manager choices and the "advertising pays for journalism" plea behind them.
+5 /(modifier|gérer|paramétrer|personnaliser) (mes|vos|les) (choix|préférences|paramètres) (de |des |en matière de )?cookies/
+5 /vous avez (choisi|décidé) de refuser les cookies/
+4 /(bouton|lien) .{0,3}(paramétrer|gérer) les cookies/
+3 /la publicité personnalisée (est|permet|nous permet)/
