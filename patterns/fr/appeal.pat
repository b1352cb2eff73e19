# French donation and membership appeals: « Soutenez-nous », « Faites un don », « Chers
# lecteurs », « Nous avons besoin de vous », « 66 % de votre don est déductible »,
# donation forms and their buttons (Mediapart, Reporterre, Basta!, Politis, L'Humanité,
# Libération, The Conversation, Blast, Disclose, Le Média, Alternatives économiques …).
#
# Appeals speak as « nous / notre » to « vous / votre » (or « tu / ton »); the regexes
# lean on that so that news ABOUT donations (Téléthon, associations, dons aux partis)
# is not pushed out. Bare topic words (« don », « dons », « soutien ») get no weight.
#
# Regex conventions: Unicode classes (\w, \W, \p{L}) and Unicode \b compile to large,
# slow automata, so they are not used. The edge and boundary class is the small
# punctuation class P = [ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔] (ASCII space, punctuation and
# symbols plus a few others): ^P* / P*$ for paragraph edges, (^|P) / (P|$) as word
# boundaries (this also works next to accented letters, where an ASCII \b would not), and
# "a word" or "a name" is a negated class such as [^\s.,;:!?"()|/0-9]. No flag groups
# such as (?-u:…) are used, so every regex keeps the literals the prefilter needs.
# Openers start with P minus quotes, ^[ !#-&(-/:-@\[-`{-~¡¿…]*, so that a quoted plea in
# a news story opens no block.
@lang fr
@category appeal
@weight +3

# --- Openers ----------------------------------------------------------------------------
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(chères lectrices,? chers lecteurs|chers lecteurs,? chères lectrices|chère lectrice,? cher lecteur|cher lecteur,? chère lectrice|chers lecteurs|chères lectrices|cher lecteur|chère lectrice|chers lecteurs et lectrices|chers lecteurs et chères lectrices|chers abonnés|chères abonnées|chers amis de [^.,;:!?"()|0-9/]{2,30}|cher\.e\.s lecteur\.rice\.s|cher·e·s lecteur·rice·s|chèr·e·s lect(eur|rice)·s|lecteurs,? lectrices)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(un (petit |court )?(message|mot) de la rédaction|un message (important |urgent )?(de|à) (nos|notre|la)|(une|un) (lettre|message) (de|du) (la )?(directeur|directrice|rédaction|rédacteur en chef|fondateur|fondatrice|présidente?)|à nos lecteurs|à nos lectrices et lecteurs)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*($|:|-)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*avant (de partir|de continuer (votre|ta) lecture|que vous (ne )?(partiez|quittiez)|que tu (ne )?partes|de poursuivre (votre|ta) lecture)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(vous avez|tu as) (aimé|apprécié) (cet article|cette enquête|ce reportage|cet entretien|cette lecture|notre travail)/
+3 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(cet article|cette enquête|ce reportage) (vous a|t'a) (plu|intéressée?|été utile)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(nous avons|on a|j'ai) (une (petite |grande |faveur |requête )?(demande|faveur|requête) à vous faire|besoin de vous|besoin de votre (aide|soutien))/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(vous|tu) (avez|as) lu \d+ articles?/

# --- Soutenez-nous ----------------------------------------------------------------------
+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(soutenez|soutiens|soutenir)-(nous|le|la|les)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])soutenez (dès aujourd'hui |dès maintenant |maintenant |aujourd'hui )?(notre|nos|le|la|un|une|l'|les) ?(journalisme|presse|média|rédaction|travail|journal|information|investigation|indépendance|enquêtes?|reportages?|équipe)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])soutiens (notre|nos) (journalisme|média|rédaction|travail|journal|information|enquêtes?|reportages?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(soutenez|soutiens|soutenir) (mediapart|reporterre|basta|politis|libé|libération|l'humanité|blast|disclose|le média|the conversation|alternatives économiques|arrêt sur images|les jours|street press|streetpress)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(soutenez|soutenir|soutien à) (un|le|notre|l') (journalisme|média|presse|information) (indépendante?|libre|de qualité|d'investigation|sans (pub|publicité|actionnaire))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])nous avons besoin (de vous|de votre (soutien|aide|don|générosité|mobilisation)|de tes|de toi)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(et )?(aujourd'hui,? |plus que jamais,? |c'est pourquoi )?nous avons besoin (de vous|de votre (soutien|aide|don|générosité|mobilisation)|de toi|de ton (soutien|aide))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(nous comptons|on compte) sur (vous|toi|votre (soutien|générosité|aide))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(votre|ton) (soutien|don|aide|contribution|abonnement|adhésion|générosité) (est|nous|compte|permet|garantit|fait|rend|nous permet|est essentiel|est indispensable|est précieux|est vital)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sans|grâce à) (votre|ton|vos|tes) (soutien|dons|aide|contribution|générosité|abonnements?)(,? (nous|notre|ce|cette|rien|reporterre|mediapart)|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(grâce à|avec) (vous|toi),? (nos|notre|lecteurs|lectrices)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])notre indépendance (dépend|repose|c'est|ne tient|tient)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(financée?|financés|soutenue?) (uniquement |exclusivement |entièrement |principalement |essentiellement |à \d+ ?% )?(par|grâce à|grâce aux dons de) (nos|vos) (lecteurs|lectrices|abonnés|abonnées|donateurs|donatrices|membres)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(financée?|financés) (uniquement |exclusivement |entièrement )(par|grâce à|grâce aux dons de) ses (lecteurs|lectrices|abonnés|abonnées|donateurs|donatrices|membres)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sans|ni) (publicité|pub|actionnaires?|milliardaires?|subventions?),? (ni|sans|et sans) (publicité|pub|actionnaires?|milliardaires?|subventions?|paywall|péage)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(l'information|le journalisme|l'info|une information|un journalisme) (libre |indépendante? |de qualité |fiable )*(a un coût|a un prix|coûte|n'est pas gratuite?|a besoin de vous)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(continuer|continue|continuions) à (vous|t') (informer|proposer|offrir)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])pour que (reporterre|mediapart|notre (journal|média|rédaction|site|journalisme)|nos articles|nos enquêtes) (reste|restent|continue|continuent|puisse|puissent)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])pour que nous puissions (continuer|rester)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(en accès libre|accessibles? à toutes? et à tous|gratuits? pour toutes? et tous|ouverts? à toutes? et à tous) (grâce à|pour) (vos|vous|tes|toi|nos lecteurs)/

# --- Faire un don -----------------------------------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(faire|faites|fais) un don (à|au|pour) (notre|nos|la rédaction|reporterre|mediapart|basta|politis|soutenir (notre|nos|la rédaction|un journalisme|l'information))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(faites|fais) un (don|geste)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(chaque|tout) don,? (même (petit|modeste)|compte|quel qu'en soit le montant|aussi petit soit-il)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(un soutien|un don|une contribution),? même (modeste|petit|minime|symbolique)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])quel qu'en soit le montant([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(votre|ton) don (est |sera )?(déductible|défiscalisé|déductible des impôts)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(\d+ ?%|les deux tiers) de (votre|ton) don (est |sont )?(déductible|défiscalisé)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(un don de|votre don de|donner) \d+ ?€ (ne )?(vous )?(revient|coûtera|coûte) (en réalité |réellement |après déduction )?(à|qu'à)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cela|ça) ne prend (qu'une minute|que (\d+|quelques) (minutes?|secondes))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(par mois|mensuel|mensuellement),? (c'est|soit) (le prix d'un café|moins qu'un café)/

# --- Membership -------------------------------------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(devenez|deviens) (membre|adhérente?|sociétaire|donateur|donatrice|mécène|ami|amie|soutien|abonnée? solidaire)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(rejoignez|rejoins)(-nous)? (les |nos |la communauté des |plus de |nos )?(\d[\d  .]* )?(lecteurs|lectrices|membres|donateurs|donatrices|soutiens|abonnés|sociétaires|amis)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(adhérez|adhère) (à|au) (notre|l'association|la société des lecteurs|club)/

# --- Donation form and buttons (whole paragraphs) ---------------------------------------
+7 role=closer ^faire un don$
+7 role=closer ^je fais un don$
+7 role=closer ^je donne$
+7 role=closer ^je soutiens$
+6 role=closer ^soutenir$
+7 role=closer ^nous soutenir$
+7 role=closer ^soutenez-nous$
+7 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(je soutiens|soutenez|soutenir|faire un don à|je fais un don à|donner à) (mediapart|reporterre|basta|politis|libé|libération|l'humanité|blast|disclose|le média|the conversation|alternatives économiques|(un |le |notre )?(journalisme|rédaction|média|journal)[^.,;:!?"()|0-9/]{0,20}|nous)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(je fais|faire) un don (ponctuel|mensuel|régulier|unique)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+7 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(je )?(donne|soutiens|m'abonne) (une fois|chaque mois|tous les mois|mensuellement|ponctuellement)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(devenir|devenez|je deviens) (membre|adhérente?|donateur|donatrice|soutien|sociétaire)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(me le rappeler plus tard|rappelez-moi plus tard|rappelle-moi plus tard|me rappeler plus tard|plus tard|pas maintenant|non merci|non, merci)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(je (suis|soutiens) déjà|déjà (donateur|donatrice|membre|soutien))[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(don ponctuel|don mensuel|don régulier|une fois|mensuel|ponctuel|annuel|chaque mois|tous les mois)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(autre montant|montant libre|choisissez (un|votre) montant|saisissez (un|votre) montant|montant personnalisé)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d{1,4}([.,]\d\d)? ?€( ?(/|par) ?(mois|an|semaine))?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/

# --- Closers --------------------------------------------------------------------------------
+4 role=closer /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*merci (beaucoup |infiniment |mille fois )?(pour|de) (votre|ton|vos|tes) (soutien|don|dons|générosité|fidélité|confiance|contribution)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])merci (beaucoup |infiniment )?(pour|de) (votre|ton) (soutien|don|générosité|fidélité|contribution)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
