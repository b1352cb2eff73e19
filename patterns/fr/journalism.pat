# Negative evidence: French news narration. Reported speech with inversion (« a-t-il
# déclaré », « a-t-elle ajouté »), passé composé of declaration verbs, attribution
# (« selon », « d'après », « a-t-on appris »), agency datelines (« Paris (AFP) - »),
# institutions and the days of the week.
#
# Weak one by one (-1..-3); an appeal rarely uses them. Regex conventions: see appeal.pat.
@lang fr
@category journalism
@weight -1

# --- Datelines ----------------------------------------------------------------------------
-3 /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*[^,;:!?"()|0-9]{2,40} (\((afp|reuters|ats|belga|afp/reuters)|\(ap)\)\s?-/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(a|ont|avait|avaient) (indiqué|déclaré|précisé|confirmé|affirmé|annoncé|expliqué|rapporté) (à l'afp|à l'agence france-presse|à reuters|à l'ap)/
-3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])a-t-on appris (auprès|de source|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)/

# --- Reported speech ---------------------------------------------------------------------
-3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(a|ont|avait|avaient)-t-(il|elle|ils|elles|on) (déclaré|dit|ajouté|expliqué|affirmé|souligné|indiqué|précisé|assuré|estimé|confié|poursuivi|lancé|martelé|insisté|rappelé|averti|dénoncé|regretté|reconnu|détaillé|annoncé|répondu|jugé|fait valoir|raconté|insisté|tranché|résumé|plaidé|admis|concédé)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(a|ont) (déclaré|indiqué|annoncé|affirmé|précisé|expliqué|souligné|estimé|assuré|confirmé|dénoncé|rappelé|ajouté|reconnu|démenti|averti|fait savoir|fait valoir) (le|la|les|l'|un|une|dans|lors|à|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|devant|sur|que)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(déclare|explique|affirme|souligne|précise|assure|estime|confie|raconte|ajoute|poursuit|indique|rappelle) (le|la|l')([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /[",] (explique|affirme|souligne|précise|assure|estime|confie|raconte|ajoute|poursuit|indique|rappelle|déclare|dit|lance|martèle|insiste|résume|tranche|reconnaît|admet)(-t)?-(il|elle|ils|elles|on)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /" ?,? (a|ont|avait|avaient) (déclaré|dit|lancé|ajouté|expliqué|affirmé|souligné|indiqué|précisé|assuré|estimé|confié|martelé|insisté|rappelé|averti|dénoncé|reconnu|répondu|jugé|fait valoir|raconté|tranché|résumé|plaidé|admis|tweeté|écrit)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Attribution ---------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(selon|d'après) (le|la|les|l'|un|une|des|plusieurs|nos|ses|leurs|[^\s.,;:!?"()|0-9/]+)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])selon (le parquet|la police|les enquêteurs|une source|des sources|nos informations|les informations|le ministère|la préfecture|les autorités|un communiqué|un bilan|les chiffres|l'insee|un sondage|une étude|le rapport)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dans un communiqué|dans un entretien (au|à la|accordé)|dans une interview (au|à la|accordée)|dans un message publié|a rapporté|rapporte (le|la|l'))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Institutions and actors -----------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(le|la|les|du|des) (parquet|procureur|procureure|enquêteurs|gendarmes|gendarmerie|policiers|préfecture|préfet|préfète|ministre|gouvernement|élysée|matignon|assemblée nationale|sénat|tribunal|cour d'appel|conseil constitutionnel|porte-parole|députés?|sénateurs?|syndicats?)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Time and numbers ------------------------------------------------------------------------
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)( (soir|matin|après-midi|midi|dernier|prochain))?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(l'an dernier|l'année dernière|l'an passé|en \d{4}|depuis \d{4})([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])\d+([.,]\d+)? (millions|milliards|personnes|morts|victimes|blessés|habitants)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
