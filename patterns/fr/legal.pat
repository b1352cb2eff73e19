# French legal and imprint lines: « Tous droits réservés », « Reproduction interdite »,
# footer links (Mentions légales, CGU, CGV, Politique de confidentialité, Charte), agency
# credit lines (« Le Monde avec AFP »), affiliate disclosures.
#
# News about copyright, the CNIL or terms of service uses the words too; strong weights
# are for whole paragraphs and fixed formulas. Regex conventions: see appeal.pat.
@lang fr
@category legal
@weight +4

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mentions légales|cgu|cgv|cgu/cgv|conditions générales|conditions générales d'utilisation|conditions générales de vente|conditions d'utilisation|politique de confidentialité|charte de confidentialité|confidentialité|données personnelles|protection des données|vos données personnelles|gestion des cookies|cookies|politique cookies|politique de cookies|accessibilité|accessibilité : non conforme|accessibilité : partiellement conforme|déclaration d'accessibilité|contact|contacts|nous contacter|qui sommes-nous|qui sommes nous|à propos|a propos|la rédaction|charte|charte déontologique|charte éditoriale|charte de déontologie|publicité|annonceurs|recrutement|nous rejoindre|aide|faq|centre d'aide|service client|résilier|résiliation|résilier mon abonnement|gérer mon abonnement|tarifs|flux rss|rss|index|archives|plan du site|droits de reproduction|licences|crédits|presse|newsletters)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(mentions légales|cgu|cgv|conditions générales|politique de confidentialité|données personnelles|gestion des cookies|accessibilité|contact|qui sommes-nous|charte|publicité|recrutement|plan du site|faq)(\s*[|·•,/-]\s*|\s+)(mentions légales|cgu|cgv|conditions générales|politique de confidentialité|données personnelles|gestion des cookies|accessibilité|contact|qui sommes-nous|charte|publicité|recrutement|plan du site|faq)(\s*[|·•,/-]\s*|\s+)/

+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])tous droits réservés([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(toute )?(reproduction|représentation|diffusion|rediffusion)( ou (reproduction|représentation|diffusion|rediffusion))?,? (même partielle,? |totale ou partielle,? )?(est |sont )?(interdite|strictement interdite|interdites|soumise à autorisation)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(sans|sauf) (autorisation|accord) (préalable|écrite|expresse)( et écrite)? (de|du|des) (l'éditeur|la rédaction|l'auteur|la société)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(© |©1|©2|\(c\)|copyright)\s*((19|20)\d\d\s*)?[^,;:!?"()|0-9]{0,60}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(le monde|le figaro|libération|libé|l'express|le point|le parisien|ouest-france|l'obs|20 minutes|les échos|la croix|franceinfo|le huffpost|l'humanité|marianne|challenges|la dépêche|sud ouest|le progrès|la voix du nord|le dauphiné|[^.,;:!?"()|0-9/]{2,30}) avec (l'afp|afp|reuters|ap|l'ap|agences|ats|belga|l'agence france-presse)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(avec|source|sources|d'après|selon) (afp|l'afp|reuters|ap|ats|belga|agences|l'agence france-presse)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(afp|reuters|ats|belga|afp/reuters|afp et reuters|agences|rédaction|la rédaction)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^ap$
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(cet article|ce texte|cette tribune) (a été|est) (initialement|d'abord|originellement) (publié|publiée|paru|parue) (dans|sur|par)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(cet article|ce texte) (a été|est) (traduit|rédigé|généré) (automatiquement|avec l'aide de|à l'aide d'une|par une) (intelligence artificielle|ia|outil)/

+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(cet article|cette page|ce contenu) contient des liens (d'affiliation|affiliés|commerciaux|sponsorisés)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])liens (d'affiliation|affiliés)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(nous|le média|la rédaction) (pouvons|peut|pourrons|pourrait|percevons|perçoit|touchons|touche) (percevoir |toucher )?une (commission|rémunération)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])sans (que cela|que ça) (ne )?(change|modifie|impacte) (le prix|quoi que ce soit)/
