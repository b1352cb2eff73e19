# German donation and membership appeals: "Unterstützen Sie unabhängigen Journalismus",
# "Werde Mitglied", "taz zahl ich", "Jetzt spenden", donation forms and their buttons
# (Zeit, SZ, taz, Krautreporter, Correctiv, netzpolitik.org, Übermedien, Freitag, nd,
# Der Standard, Republik, Tagesspiegel …).
#
# Appeals address the reader with both Sie and du/ihr ("Ihre Unterstützung", "deine
# Spende", "unterstützt uns") and talk about "wir/unser"; the regexes lean on that so
# that news ABOUT donations (Spendenaufrufe, Vereine, Parteien) is not pushed out.
# Lowercased "ihre" is also "her/their", so Sie-forms get less weight than du-forms
# unless the verb makes the address certain. Bare topic words ("Spenden", "Mitglied")
# get no weight.
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
@lang de
@category appeal
@weight +3

# --- Openers ----------------------------------------------------------------------------
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(liebe|lieber|sehr geehrte|sehr geehrter) (leserinnen und leser|leser und leserinnen|leser\*innen|leser:innen|leser_innen|leserinnen|leser|leserin|lesende|abonnentinnen und abonnenten|abonnent\*innen|abonnent:innen|abonnenten|community|unterstützerinnen und unterstützer|mitglieder)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(liebe|lieber) [a-z+-]{2,20}-(leserinnen und leser|leser\*innen|leser:innen|leser|leserinnen|community)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(eine bitte |ein hinweis |eine nachricht |ein wort )?in eigener sache[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*($|:|-)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*bevor (sie|du) (weiterlesen|weiterliest|gehen|gehst|die seite verlassen|die seite verlässt)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(wir|ich) (hätten|hätte|haben|habe) (da )?(noch )?(mal )?eine (kleine |große |wichtige )?bitte/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(schön|toll|gut), dass (sie|du|ihr) (da (sind|bist|seid)|uns lesen|uns liest|hier (sind|bist))/
+3 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(hat|haben) (ihnen|dir|euch) (dieser|der) (artikel|beitrag|text) gefallen/
+3 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(gefällt|gefallen) (ihnen|dir|euch),? was (sie|du|ihr) (hier )?(lesen|liest|lest)/
+4 role=opener /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(sie|du) (haben|hast) (in (diesem|den letzten) (monat|wochen|jahr) )?(bereits |schon )?\d+ (artikel|beiträge|texte) (gelesen|bei uns)/

# --- Unterstützen: Sie / du / ihr ------------------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])unterstützen sie (jetzt |bitte |heute )?(uns|unsere arbeit|unseren journalismus|unabhängigen|kritischen|freien|guten|lokalen|den unabhängigen|die unabhängige|qualitätsjournalismus|journalismus)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(unterstütze|unterstützt) (jetzt |bitte |heute )?(uns|unsere arbeit|unseren journalismus|unabhängigen|kritischen|freien|guten|lokalen|qualitätsjournalismus|journalismus)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(unabhängigen|kritischen|freien|lokalen) (qualitäts)?journalismus (unterstützen|stärken|ermöglichen|sichern|fördern)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(mit|durch) (ihre|deine|eure|ihrer|deiner|eurer) (unterstützung|spende|mitgliedschaft) (ermöglichen|sichern|stärken|helfen|tragen|sorgen) (sie|du|ihr)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(deine|eure) (unterstützung|spende|mitgliedschaft|hilfe) (ist|ermöglicht|hilft|sichert|macht|zählt|sorgt)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])ihre (unterstützung|spende|mitgliedschaft) (ermöglicht|hilft|sichert|zählt)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(wir sind|wir bleiben) (auf|angewiesen auf) (ihre|deine|eure) (unterstützung|hilfe|spenden?|beiträge)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(wir brauchen|wir benötigen) (jetzt )?(deine|eure|ihre) (unterstützung|hilfe|spende)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(helfen sie|hilf|helft) uns,? (dabei|weiterhin|auch in zukunft|unabhängig zu|unsere arbeit|unseren journalismus)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])ermöglichen sie (unabhängigen|kritischen|guten|freien|unseren|weiterhin|auch in zukunft)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(jeder|jede) (beitrag|euro|spende|unterstützung) (zählt|hilft)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(schon|bereits) mit (einem|einem kleinen|einem monatlichen|einem regelmäßigen|\d+ ?(euro|€)) (monatlich(en)? |regelmäßig(en)? )?(beitrag|betrag)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(schon|bereits) ab \d+([,.]\d+)? ?(euro|€) (im|pro|/) ?monat/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])damit (wir|unser journalismus|unsere artikel|unsere texte|unsere recherchen) (auch )?(weiterhin|in zukunft|künftig|langfristig) (unabhängig|kritisch|frei|kostenlos|für alle|berichten|recherchieren)/

# --- Spenden ---------------------------------------------------------------------------
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(spenden sie|spende|spendet) (jetzt|noch heute|heute noch)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])spenden sie (uns|für unsere|für unabhängigen|für den unabhängigen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])jetzt spenden([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(deine|eure) spende([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(wir|unsere arbeit|unser journalismus|unsere redaktion) (finanzieren uns|finanziert sich|wird|werden|ist|sind) (fast |nahezu |zum großen teil |größtenteils |überwiegend |ausschließlich |vor allem )*(finanziert )?(durch|über|aus) (spenden|ihre spenden|eure spenden|unsere leser|unsere mitglieder|leserinnen und leser)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(wir|unsere redaktion|unser medium) (sind|ist) (ein )?(gemeinnützig|spendenfinanziert|leserfinanziert|mitgliederfinanziert)/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(spendenfinanziert|leserfinanziert|mitgliederfinanziert|lesendenfinanziert)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])recherchen wie diese (sind|kosten|brauchen|gibt es nur|ermöglichen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(guter |unabhängiger |kritischer |freier |lokaler )?(qualitäts)?journalismus (kostet|hat seinen preis|braucht (ihre |deine |eure )?unterstützung|ist nicht umsonst|gibt es nicht umsonst|gibt es nicht gratis)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(damit|sodass|so dass) (unsere|alle unsere) (artikel|texte|inhalte|recherchen) (weiterhin )?(für alle )?(frei|kostenlos|kostenfrei) (zugänglich|lesbar|verfügbar) (bleiben|sind)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(ohne|keine) paywall,? (ohne|keine|und ohne) (werbung|bezahlschranke)/

# --- Mitglied werden / taz zahl ich ------------------------------------------------------
+4 taz zahl ich
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])freiwillig (zahlen|bezahlen)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(werden sie|werdet) (jetzt |heute )?(mitglied|unterstützer(in)?|fördermitglied|genossin|genosse|teil (unserer|der) (community|gemeinschaft|genossenschaft))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[.!?:] )werde (jetzt |heute )?(mitglied|unterstützer(in)?|fördermitglied|teil (unserer|der) (community|gemeinschaft|genossenschaft))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(schließen sie sich|schließ dich|schließt euch) (den |über |mehr als )?(\d[\d.]* )?(anderen |weiteren )?(lesern|leserinnen|mitgliedern|unterstützern|unterstützerinnen)/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])als (mitglied|unterstützer|unterstützerin) (erhalten|bekommen) (sie|du)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Donation form and buttons (whole paragraphs) ---------------------------------------
+7 role=closer ^jetzt unterstützen$
+6 role=closer ^unterstützen$
+6 role=closer ^jetzt spenden$
+6 role=closer ^spenden$
+6 role=closer ^hier spenden$
+7 role=closer ^jetzt mitglied werden$
+6 role=closer ^mitglied werden$
+6 role=closer ^unterstützer werden$
+6 role=closer ^jetzt unterstützer werden$
+6 role=closer ^zur spendenseite$
+6 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(jetzt )?(einmalig|monatlich|jährlich|regelmäßig) (unterstützen|spenden|zahlen|beitragen)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(ich (unterstütze|zahle|spende)|ich bin) (bereits|schon)( mitglied| unterstützer(in)?| abonnent(in)?)?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 role=closer /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(später erinnern|erinnere mich später|erinnern sie mich später|bitte später erinnern)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 role=closer ^vielleicht später$
+5 role=closer ^jetzt nicht$
+5 role=closer ^nein, danke$
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(einmalig|monatlich|jährlich|vierteljährlich|halbjährlich)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(anderer betrag|wunschbetrag|betrag wählen|betrag eingeben|freier betrag|eigener betrag)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*\d{1,4}([.,]\d\d)? ?(€|euro)( ?(/|pro|im) ?(monat|jahr|woche))?[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(paypal|lastschrift|sepa-lastschrift|überweisung|kreditkarte),? (paypal|lastschrift|sepa-lastschrift|überweisung|kreditkarte|apple pay)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Closers --------------------------------------------------------------------------------
+4 role=closer /^[ !#-&(-/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(vielen|herzlichen|ganz herzlichen) dank (für (ihre|deine|eure) (unterstützung|spende|hilfe|treue)|(,|!|\.)? ?dass (sie|du|ihr) uns (unterstützen|unterstützt|lesen|liest))/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])danke,? dass (sie|du|ihr) (uns )?(unterstützen|unterstützt|dabei (sind|bist|seid))([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# --- Weak, end-of-appeal phrasing ---------------------------------------------------------
+2 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(brauchen|benötigen) wir (sie|dich|euch|ihre hilfe|deine hilfe|ihre unterstützung|deine unterstützung)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])damit (das|dies|es) so bleibt([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/

# Donation asks with payment channels, and open-ended "support our ..." asks.
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(unterstützen sie|unterstütze|unterstützt) (uns|unsere|unseren|unser) /
+3 /mit einer spende([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(spende|spenden|überweisung|zahlen) (per|mit|via|über) (paypal|twint|kreditkarte|lastschrift|überweisung|bank-app)/
+3 /(gibt es|existiert|existieren wir) nur dank (ihrer |eurer |deiner |unserer )?(spenden|unterstützung|leserinnen|leser)/
+3 /spenden (kann man|können sie|sind) (bei den steuern |steuerlich )?(absetzen|abzugsfähig|in abzug bringen)/
+2 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*direkt (mit|per) (twint|paypal|bank-app|kreditkarte)/
+3 /(gibt es|existiert|existieren wir) nur dank [^.!?]{0,40}(spenden|unterstützung)/
