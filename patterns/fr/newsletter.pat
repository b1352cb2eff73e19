# French newsletter sign-ups: « Inscrivez-vous à notre newsletter », « Recevez chaque matin
# l'essentiel de l'actualité », « dans votre boîte mail », form fields, confirmations and
# unsubscribe notes.
#
# The bare word « newsletter » is shared with other languages and gets nothing here.
# Regex conventions: see appeal.pat.
@lang fr
@category newsletter
@weight +3

# --- Sign-up calls ------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(inscrivez-vous|inscris-toi|abonnez-vous|abonne-toi|s'inscrire|je m'inscris|recevez|reçois|recevoir) (gratuitement |dès maintenant |maintenant |vite )?(à|aux|à la|à nos|à notre|notre|nos|la|les) (newsletters?|lettres? d'information|infolettres?|lettre quotidienne|lettre hebdomadaire|alertes? e-?mail)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(s'inscrire|je m'inscris|inscrivez-vous|inscris-toi|inscription|m'inscrire|s'abonner|je m'abonne|recevoir la newsletter|recevoir les newsletters|s'inscrire à la newsletter|inscription à la newsletter|inscription aux newsletters|s'abonner à la newsletter|gérer mes newsletters|toutes nos newsletters|découvrir nos newsletters|voir toutes nos newsletters|les newsletters)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(inscription|abonnement|s'inscrire) (gratuite? )?(à|aux) (la|les|nos|notre) (newsletters?|lettres? d'information|infolettres?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(la|les|nos|notre) (newsletters?|infolettres?) (gratuite?s? )?(de|du|des) [^.,;:!?"()|0-9/]{2,30} (arrive|arrivent|est|sont) (dans|chaque|tous)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(chaque|tous les) (matin|soir|jour|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|mois),? (recevez|retrouvez|reçois|l'essentiel de l'actu|une sélection|notre sélection)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(directement )?dans (votre|ta) boîte (mail|e-mail|email|de réception)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(l'essentiel|le meilleur|le résumé|la sélection|le récap) de l'(actualité|actu|info)( du jour| de la semaine)? (dans (votre|ta)|par (e-?mail|mail|courriel))/

# --- Form --------------------------------------------------------------------------------
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*((votre|ton|ta|votre adresse|ton adresse) )?(adresse )?(e-?mail|mail|courriel)( \*)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(saisissez|entrez|indiquez|renseignez|saisis|entre) (votre|ton|ta) (adresse )?(e-?mail|mail|courriel)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])en (vous inscrivant|vous abonnant|t'inscrivant|cliquant sur « ?je m'inscris|validant),? (vous acceptez|tu acceptes|vous reconnaissez|vous consentez)/
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(vous pouvez|tu peux) (vous|te) désinscrire (à tout moment|à chaque instant|en un clic|via le lien)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lien|liens) de désinscription([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(désinscription|désabonnement) (possible )?(à tout moment|en un clic|gratuite)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(j'accepte|j'ai lu et j'accepte|j'ai lu et accepte) (de recevoir|les conditions|la politique)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Confirmation ----------------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])merci (pour|de) (votre|ton) inscription([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(vous êtes|tu es) (bien )?(inscrite?|inscrit·e|abonnée?)( à (la|notre|nos) (newsletters?|lettres?))?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(vous êtes|tu es) (bien |désormais )?(inscrite?|inscrit·e) (à|aux) (la|notre|nos) (newsletters?|lettres?)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(confirmez|confirme|veuillez confirmer) (votre|ton) inscription([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
