# Dutch and Flemish legal and imprint lines: « Alle rechten voorbehouden », « Niets uit deze
# uitgave mag worden verveelvoudigd », footer links (Privacyverklaring, Algemene
# voorwaarden, Colofon, Over ons, Klantenservice), agency credit lines (« ANP », « Belga »),
# affiliate disclosures.
#
# News about copyright or privacy law uses the words too; strong weights are for whole
# paragraphs and fixed formulas. Regex conventions: see appeal.pat.
@lang nl
@category legal
@weight +4

+7 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(privacyverklaring|privacybeleid|privacy|privacy statement|cookieverklaring|cookiebeleid|cookie-instellingen|algemene voorwaarden|gebruiksvoorwaarden|voorwaarden|disclaimer|colofon|contact|contactgegevens|over ons|wie zijn wij|redactie|de redactie|klantenservice|veelgestelde vragen|faq|help|toegankelijkheid|toegankelijkheidsverklaring|vacatures|werken bij|adverteren|adverteren bij [^,;:!?"()|0-9/]{2,25}|journalistieke code|redactiestatuut|klachten|tips|rss|abonnementsvoorwaarden|tekst- en datamining|auteursrecht|copyright)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(privacyverklaring|privacybeleid|privacy|cookieverklaring|cookiebeleid|algemene voorwaarden|disclaimer|colofon|contact|over ons|klantenservice|vacatures|adverteren|toegankelijkheid)(\s*[|·•,/-]\s*|\s+)(privacyverklaring|privacybeleid|privacy|cookieverklaring|cookiebeleid|algemene voorwaarden|disclaimer|colofon|contact|over ons|klantenservice|vacatures|adverteren|toegankelijkheid)(\s*[|·•,/-]\s*|\s+)/

+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])alle rechten voorbehouden([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+6 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])niets uit deze (uitgave|publicatie|website) mag (worden )?(verveelvoudigd|gereproduceerd|overgenomen)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(overname|verveelvoudiging|reproductie|hergebruik) (van (dit|de) (artikel|artikelen|inhoud) )?(is )?(alleen |uitsluitend )?(toegestaan )?(met|na) (voorafgaande |schriftelijke |uitdrukkelijke )*(toestemming|goedkeuring)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(uitgever|dpg media|mediahuis|nrc media) (behoudt zich|maakt) (uitdrukkelijk )?(alle rechten|voorbehoud)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+5 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(© |©1|©2|\(c\)|copyright)\s*((19|20)\d\d\s*)?[^,;:!?"()|0-9]{0,60}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+4 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dpg media|mediahuis|nrc media|ndc mediagroep|persgroep|de persgroep|roularta)( b\.?v\.?| nv)?[^,;:!?"()|0-9/]{0,40}[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(bron|bronnen|met informatie van|met dank aan|via)\s*:?\s*(anp|belga|reuters|afp|ap|dpa|nos|hln|agentschappen)([\s,/en]+(anp|belga|reuters|afp|ap|dpa|nos))*[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(anp|belga|reuters|afp|anp/afp|anp/reuters|belga/afp|redactie|red\.|nu\.nl|novum)[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
+6 ^ap$
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dit artikel|dit stuk|deze column) (verscheen|is) (eerder|eerst|oorspronkelijk) (verschenen )?(in|op|bij)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(dit artikel|deze tekst) (is|werd) (automatisch|machinaal|met behulp van ai|met hulp van ai|met behulp van kunstmatige intelligentie) (vertaald|gegenereerd|geschreven)/

+5 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dit artikel|deze pagina|deze content) bevat (affiliate ?links|affiliatelinks|gesponsorde links)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(affiliate ?links|affiliatelinks)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+4 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(we|wij|de redactie) (ontvangen|krijgen|kunnen) (mogelijk |eventueel )?(een )?(kleine )?(commissie|vergoeding)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
+3 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])(dit|het) kost (jou|je|u) (niets|niks) extra([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
