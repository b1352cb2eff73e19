# Polish copyright and legal lines: "Wszelkie prawa zastrzeżone", reuse terms ("Dalsze
# rozpowszechnianie artykułu tylko za zgodą wydawcy"), the text-and-data-mining
# reservations Polish publishers now print (art. 26 z 2 ustawy o prawie autorskim),
# "Redakcja nie ponosi odpowiedzialności", policy and imprint links.
#
# News writes about copyright law, RODO and regulations, so in-sentence forms need the
# fixed wording. Regex conventions: see appeal.pat.
@lang pl
@category legal
@weight +4

# --- Copyright and reuse ------------------------------------------------------------------
+7 ^wszelkie prawa zastrzeżone$
+7 ^wszystkie prawa zastrzeżone$
+5 /(^|[\s[:punct:]…•·№])(wszelkie|wszystkie) prawa zastrzeżone([\s[:punct:]…•·№]|$)/
+5 /dalsze rozpowszechnianie (artykułu|tekstu|materiału|materiałów)[^.!?]{0,40}(tylko|wyłącznie) za (zgodą|zezwoleniem) (wydawcy|redakcji|autora)/
+5 /(kopiowanie|powielanie|rozpowszechnianie|przedruk|wykorzystywanie|publikowanie)[^.!?]{0,60}(bez (pisemnej |uprzedniej )?(zgody|zezwolenia) (wydawcy|redakcji|autora|właściciela)|(jest )?zabronione|wymaga (pisemnej |uprzedniej )?zgody)/
+6 /(eksploracj[ia] tekstu i danych|text and data mining|tdm)[^.!?]{0,80}(zastrzega|zastrzeżenie|zabronion|bez zgody|art\. 26)/
+5 /(art\. ?26 ?(z|\^?1)|art\. ?25 ust\. ?1 pkt ?1 lit\. ?b)[^.!?]{0,40}ustawy o prawie autorskim/
+5 /(treści|materiały|artykuły|zdjęcia)[^.!?]{0,30}(są )?(chronione prawem autorskim|objęte ochroną prawa autorskiego)/
+4 /redakcja nie (ponosi odpowiedzialności|odpowiada) (za|prawnej za) (treść|treści|komentarz|opinie|wypowiedzi|ogłoszeń|reklam)/
+4 /(opinie|poglądy) (wyrażone|prezentowane)[^.!?]{0,40}(nie (muszą|zawsze) (odzwierciedlać|być zgodne)|są wyłącznie (opiniami|poglądami)) /
+4 /(tekst|artykuł|materiał) (wyraża|przedstawia) (wyłącznie |jedynie )?(opinię|poglądy|stanowisko) (autora|autorki)/

# --- Imprint -----------------------------------------------------------------------------------
+6 /^[\s[:punct:]…•·№]*(wydawca|redaktor naczelny|redaktorka naczelna|adres redakcji|siedziba redakcji|nip|regon|krs)\s?:/
+5 /sąd rejonowy[^.!?]{0,60}(wydział gospodarczy krajowego rejestru sądowego|krs)[^.!?]{0,40}(kapitał zakładowy|nip|krs)/
+5 /kapitał zakładowy:? [\d\s.,]+ (zł|pln)/

# --- Policies ------------------------------------------------------------------------------------
+7 ^regulamin$
+7 ^regulamin serwisu$
+7 ^regulamin komentowania$
+7 ^polityka prywatności$
+7 ^polityka prywatności i cookies$
+7 ^nota prawna$
+7 ^zastrzeżenia prawne$
+7 ^informacje prawne$
+7 ^ochrona danych osobowych$
+7 ^rodo$
+7 ^deklaracja dostępności$
+7 ^zasady etyki$
+7 ^standardy redakcyjne$
+7 ^prawa autorskie$
+7 ^licencje$
+7 ^warunki korzystania$
+7 ^warunki korzystania z serwisu$
+6 /^[\s[:punct:]…•·№]*((regulamin|polityka prywatności|polityka cookies|kontakt|o nas|reklama|praca|kariera|mapa serwisu|redakcja|nota prawna|rodo|pomoc|deklaracja dostępności)[\s[:punct:]…•·№]*){3,}$/
+6 /^[\s[:punct:]…•·№]*(©|\(c\)|copyright)\s?(\d{4}(\s?-\s?\d{4})?)?[^.!?]{0,60}(wszelkie|wszystkie) prawa zastrzeżone[\s[:punct:]…•·№]*$/
+5 /^[\s[:punct:]…•·№]*(©|\(c\))\s?(\d{4}\s?)?(agora|ringier axel springer|wirtualna polska|wp|interia|grupa interia|polska press|gremi media|tvn|polityka|onet|infor|bonnier|pap|polsat|rmf|tvp)[^.!?]{0,40}[\s[:punct:]…•·№]*$/
