# Polish photo captions and credits: "Fot. PAP/Leszek Szymański", "fot. Shutterstock",
# "Źródło zdjęcia głównego: …", "Zdjęcie ilustracyjne", "Autor zdjęcia:", "materiały
# prasowe", "Agencja Wyborcza.pl", gallery chrome ("Zdjęcie 3 z 12").
#
# "Foto:" is in de/caption.pat (shared by several languages) and the generic agency
# credit lines (Reuters, AP, Getty …) are in ru/ and de/, so they count once. Captions
# are often full sentences that read like news, so weights stay low (+1..+3) except for
# pure gallery buttons. Regex conventions: see appeal.pat.
@lang pl
@category caption
@weight +2

+3 /^[\s[:punct:]…•·№]*fot\.\s?:?\s?\S/
+2 /(^|[\s[:punct:]…•·№])fot\.\s?:?\s?[^\s/|][^/|!?]{1,40}(/|\|)\s?[^\s/|]/
+2 /^[\s[:punct:]…•·№]*(zdjęcie|zdjęcia|ilustracja|grafika|infografika|mapa|wideo|zrzut ekranu|kadr|okładka|rysunek|fotografia|fotografie)\s?:/
+3 /^[\s[:punct:]…•·№]*(źródło zdjęcia( głównego)?|źródło zdjęć|autor zdjęcia|autorka zdjęcia|autor zdjęć|autorka zdjęć|zdjęcia wykonał|zdjęcia wykonała|fotograf|fotografka|zdjęcie główne)\s?:/
+2 /\((fot\.?|zdjęcie|ilustracja|zrzut ekranu|kadr)\s?:?\s?[^()]{2,60}\)[\s[:punct:]…•·№]*$/
+3 /(^|[\s[:punct:]…•·№])(pap|pap\/epa|pap\/dpa|east news|forum|reporter|agencja wyborcza\.pl|agencja gazeta|newspix\.pl|newspix|kfp|fotonews)\s?(/|\|)\s?[^\s/|!?][^/|!?]{1,40}$/
+3 /^[\s[:punct:]…•·№]*(fot\.\s?|zdjęcie:?\s?|źródło:?\s?)?(materiały prasowe|materiały promocyjne|archiwum prywatne|archiwum rodzinne|domena publiczna|shutterstock|adobe stock|getty images|istock|agencja wyborcza\.pl|east news|newspix\.pl|pap)[\s[:punct:]…•·№]*$/
+3 /(^|[\s[:punct:]…•·№])(zdjęcie|zdjęcia|fotografia|fot\.?) (ilustracyjne|ilustracyjna|poglądowe|poglądowa|archiwalne|archiwalna|z archiwum)([\s[:punct:]…•·№]|$)/
+2 /(^|[\s[:punct:]…•·№])(zrzut ekranu|screen|screenshot|kadr) (z|ze) (filmu|nagrania|wideo|transmisji|serwisu|mediów społecznościowych|portalu|youtube|x|twittera|facebooka)([\s[:punct:]…•·№]|$)/
+2 /(^|[\s[:punct:]…•·№])(zdjęcie|zdjęcia|nagranie) (z|ze) (mediów społecznościowych|sieci|internetu|archiwum|monitoringu)([\s[:punct:]…•·№]|$)/
+6 /^[\s[:punct:]…•·№]*(zdjęcie|slajd|fotografia) \d+ (z|/) \d+[\s[:punct:]…•·№]*$/
+6 /^[\s[:punct:]…•·№]*\d+ (zdjęć|zdjęcia|fotografii)[\s[:punct:]…•·№]*$/
+6 /^[\s[:punct:]…•·№]*(otwórz galerię|zobacz galerię|galeria zdjęć|fotogaleria|wszystkie zdjęcia|zobacz zdjęcia|zobacz wszystkie zdjęcia|powiększ|powiększ zdjęcie|pełny ekran|tryb pełnoekranowy|następne zdjęcie|poprzednie zdjęcie|przejdź do galerii)[\s[:punct:]…•·№]*$/
+3 /^[\s[:punct:]…•·№]*(zobacz|obejrzyj|przejdź do) (galerię|galerii|zdjęcia|więcej zdjęć)([\s[:punct:]…•·№]|$)/
+2 /^[\s[:punct:]…•·№]*(podpis pod zdjęciem|podpis)\s?:/
