# Polish "read more" and related-link lines: "Czytaj także", "Zobacz też", "Polecamy",
# "Najczęściej czytane", "Więcej na ten temat", "Może Cię zainteresować", "Więcej
# aktualnych informacji z kraju i ze świata znajdziesz na Gazeta.pl", recommendation
# widgets (Taboola, Outbrain are in en/).
#
# Mostly short lines, so whole-paragraph and start-anchored forms carry the weight.
# Regex conventions: see appeal.pat.
@lang pl
@category related
@weight +4

# --- Whole-paragraph headings ------------------------------------------------------------
+7 ^czytaj także$
+7 ^czytaj też$
+7 ^czytaj również$
+7 ^przeczytaj także$
+7 ^przeczytaj też$
+7 ^przeczytaj również$
+7 ^zobacz także$
+7 ^zobacz też$
+7 ^zobacz również$
+7 ^posłuchaj także$
+7 ^obejrzyj także$
+7 ^polecamy$
+7 ^polecamy także$
+7 ^polecamy również$
+7 ^polecane$
+7 ^polecane artykuły$
+7 ^polecane dla ciebie$
+7 ^najczęściej czytane$
+7 ^najchętniej czytane$
+7 ^najpopularniejsze$
+7 ^najpopularniejsze artykuły$
+7 ^najczęściej komentowane$
+7 ^najczęściej oglądane$
+7 ^najnowsze$
+7 ^najnowsze artykuły$
+7 ^najnowsze wiadomości$
+7 ^najnowsze informacje$
+6 ^najważniejsze$
+7 ^najważniejsze informacje$
+7 ^najważniejsze wiadomości$
+7 ^tematy dnia$
+7 ^wybór redakcji$
+7 ^redakcja poleca$
+7 ^warto przeczytać$
+7 ^warto zobaczyć$
+7 ^może cię zainteresować$
+7 ^mogą cię zainteresować$
+7 ^to może cię zainteresować$
+7 ^także może cię zainteresować$
+7 ^więcej na ten temat$
+7 ^więcej na temat$
+7 ^więcej o tym$
+7 ^więcej z kategorii$
+7 ^więcej z działu$
+7 ^więcej artykułów$
+7 ^więcej wiadomości$
+7 ^więcej informacji$
+7 ^podobne artykuły$
+7 ^powiązane artykuły$
+7 ^powiązane tematy$
+7 ^inne artykuły$
+7 ^inne wiadomości$
+7 ^pozostałe artykuły$
+7 ^czytaj więcej$
+7 ^zobacz więcej$
+7 ^pokaż więcej$
+7 ^załaduj więcej$
+7 ^wszystkie artykuły$
+7 ^wszystkie wiadomości$
+7 ^wszystkie newsy$
+7 ^materiał partnera$
+7 ^materiały partnerów$
+7 ^treści partnera$
+7 ^z ostatniej chwili$
+6 ^następny artykuł$
+6 ^poprzedni artykuł$
+6 ^następny tekst$
+6 ^relacja na żywo$

# --- Link lines -----------------------------------------------------------------------------
# A headline with a bracketed kind tag ("… [WIDEO]", "[ZDJĘCIA]", "[WYWIAD]"): how portals label
# the other stories in a list of links.
+3 /^[^\[\]]{10,200} \[(wideo|video|zdjęcia|galeria|wywiad|analiza|komentarz|mapa|raport|relacja|ranking|badanie|sondaż|quiz|opinia|felieton|lista|infografika|podcast|na żywo)\][^\p{L}\p{N}]*$/
+5 /^[\s[:punct:]…•·№]*(czytaj|przeczytaj|zobacz|sprawdź|posłuchaj|obejrzyj) (także|też|również|więcej|koniecznie)( w [^ ]{2,30})?\s*[:.-]/
+5 /^[\s[:punct:]…•·№]*(więcej na ten temat|więcej na temat|więcej o tym|polecamy|tylko u nas|przeczytaj|czytaj|zobacz|wideo|posłuchaj)\s*:/
+4 /^[\s[:punct:]…•·№]*(czytaj|przeczytaj|zobacz) (także|też|również)([\s[:punct:]…•·№]|$)/
+4 /^[\s[:punct:]…•·№]*(czytaj|przeczytaj|zobacz|posłuchaj|obejrzyj) (nasz|naszą|nasze|naszych) (tekst|artykuł|materiał|reportaż|wywiad|relację|podcast|poradnik|przewodnik|analizę|ranking|raport)([\s[:punct:]…•·№]|$)/
+5 /(więcej|wszystkie) (aktualnych |najnowszych |ważnych )?(informacji|wiadomości|newsów|artykułów)( z kraju i (ze )?świata| z (polski|regionu|kraju|świata))? (znajdziesz|przeczytasz|czytaj) (na|w) /
+4 /(więcej|wszystkie) (informacji|wiadomości|tekstów|artykułów) (na ten temat|o [^.!?]{2,40}) (znajdziesz|przeczytasz|w naszym|w naszej)/
+4 /(^|[\s[:punct:]…•·№])(śledź|śledźcie) (naszą |z nami )?(relację na żywo|relację live|relację)/
+3 /(^|[\s[:punct:]…•·№])(pisaliśmy|informowaliśmy|pisałyśmy) o tym (w (tym |naszym )?(tekście|artykule|materiale)|tutaj|tu)([\s[:punct:]…•·№]|$)/
+4 /(^|[\s[:punct:]…•·№])(artykuł|tekst) (jest )?kontynuowany (poniżej|pod)/
