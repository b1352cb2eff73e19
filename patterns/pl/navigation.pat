# Polish navigation and page chrome: advertisement markers ("Reklama", "Artykuł
# sponsorowany", "Dalsza część artykułu pod materiałem wideo"), menus and section names,
# skip links, account links, pagination, "Do góry", tags and topics lines, reading time
# and update stamps, player and browser messages.
#
# Almost all of these are short whole paragraphs. Section names ("Kraj", "Sport") are
# kept weak because long articles use one-word subheadings.
# Regex conventions: see appeal.pat.
@lang pl
@category navigation
@weight +4

# --- Advertisement markers -------------------------------------------------------------------
+7 ^reklama$
+7 ^reklamy$
+7 ^ogłoszenie$
+7 ^artykuł sponsorowany$
+7 ^materiał sponsorowany$
+7 ^materiał promocyjny$
+7 ^materiał reklamowy$
+7 ^tekst sponsorowany$
+7 ^treść sponsorowana$
+7 ^partner serwisu$
+7 ^partner materiału$
+7 ^zamknij reklamę$
+7 ^pomiń reklamę$
+7 ^ukryj reklamę$
+7 ^reklama się zakończy za$
+7 /^[\s[:punct:]…•·№]*(dalsza część|dalszy ciąg|ciąg dalszy) (artykułu|tekstu|materiału) (pod|poniżej) (materiałem wideo|reklamą|wideo|materiałem|galerią|zdjęciem)[\s[:punct:]…•·№]*$/
+6 /(dalsza część|dalszy ciąg|ciąg dalszy) (artykułu|tekstu|materiału) (pod|poniżej) (materiałem wideo|reklamą|wideo|materiałem|galerią)/
+7 /^[\s[:punct:]…•·№]*reklama[\s[:punct:]…•·№]+(przewiń|artykuł|tekst|treść|dalsza)[^.!?]{0,40}$/
+5 /(wyłącz|wyłączcie|dezaktywuj) (swój |twój )?(adblock|ad block|blokad[aęy] reklam|program blokujący reklamy)/
+4 /(używasz|korzystasz z|masz włączon[ąy]) (adblock|ad block|blokad[ęy] reklam|programu blokującego reklamy)/
+3 /(^|[\s[:punct:]…•·№])(reklama|ogłoszenie) (pod|poniżej)([\s[:punct:]…•·№]|$)/

# --- Menus, skip links, site chrome ----------------------------------------------------------
+8 ^przejdź do treści$
+8 ^przejdź do głównej treści$
+8 ^przejdź do zawartości$
+8 ^przejdź do nawigacji$
+8 ^przejdź do menu$
+8 ^przejdź do stopki$
+8 ^przejdź do wyszukiwarki$
+8 ^pomiń nawigację$
+7 ^strona główna$
+7 ^wróć na stronę główną$
+7 ^na stronę główną$
+7 ^otwórz menu$
+7 ^zamknij menu$
+7 ^nawigacja$
+7 ^szukaj$
+7 ^wyszukaj$
+7 ^wyszukiwarka$
+7 ^szukaj w serwisie$
+7 ^zamknij$
+7 ^do góry$
+7 ^na górę$
+7 ^wróć do góry$
+7 ^przewiń do góry$
+7 ^wróć$
+7 ^powrót$
+7 ^dalej$
+7 ^następny$
+7 ^następna$
+7 ^poprzedni$
+7 ^poprzednia$
+7 ^następna strona$
+7 ^poprzednia strona$
+7 ^zaloguj$
+7 ^zaloguj się$
+7 ^wyloguj$
+7 ^wyloguj się$
+7 ^zarejestruj się$
+7 ^rejestracja$
+7 ^logowanie$
+7 ^moje konto$
+7 ^mój profil$
+7 ^profil$
+5 ^konto$
+7 ^nie pamiętasz hasła$
+7 ^zapomniałeś hasła$
+5 ^hasło$
+7 ^wersja mobilna$
+7 ^pełna wersja serwisu$
+7 ^wszystkie działy$
+7 ^działy$
+7 ^kategorie$
+7 ^tematy$
+7 ^archiwum$
+7 ^kontakt$
+7 ^o nas$
+7 ^redakcja$
+4 ^zespół$
+4 ^praca$
+7 ^kariera$
+7 ^reklama w serwisie$
+7 ^dla reklamodawców$
+7 ^mapa serwisu$
+7 ^mapa strony$
+5 ^pomoc$
+7 ^na żywo$
+7 ^transmisja na żywo$
+7 ^ładowanie$
+7 ^wczytywanie$
+7 ^trwa ładowanie$
+7 ^twoja przeglądarka nie obsługuje wideo$
+7 ^wideo niedostępne$
+6 ^wideo$
+6 ^zdjęcia$
+6 ^galeria$
+6 ^podcasty$
+6 ^opinie$
+6 ^felietony$
+6 ^blogi$
+2 ^kraj$
+2 ^świat$
+2 ^polska$
+2 ^polityka$
+2 ^gospodarka$
+2 ^biznes$
+2 ^sport$
+2 ^kultura$
+2 ^nauka$
+2 ^technologie$
+2 ^zdrowie$
+2 ^region$
+2 ^regiony$
+2 ^wiadomości$
+2 ^społeczeństwo$
+2 ^warszawa$
+2 ^wojna w ukrainie$

# --- Lines with a label or a counter ----------------------------------------------------------
+5 /^[\s[:punct:]…•·№]*(tagi|tematy|temat|kategoria|kategorie|dział|działy|słowa kluczowe|etykiety)\s?:/
+6 /^[\s[:punct:]…•·№]*(czas czytania|czytanie)\s?:?\s?(około |ok\. )?\d+ (min|minut|minuty|minuta)\.?[\s[:punct:]…•·№]*$/
+6 /^[\s[:punct:]…•·№]*\d+ (min|minut|minuty|minuta)\.? (czytania|lektury)[\s[:punct:]…•·№]*$/
+6 /^[\s[:punct:]…•·№]*(aktualizacja|zaktualizowano|data publikacji|opublikowano|data aktualizacji|ostatnia aktualizacja)\s?:?\s?\d{1,2}[:. ][^.!?]{0,30}$/
+6 /^[\s[:punct:]…•·№]*(strona|str\.) \d+ (z|/) \d+[\s[:punct:]…•·№]*$/
+6 /^[\s[:punct:]…•·№]*(\d+ ){2,}(\.\.\. |… )?\d+( (dalej|następna|>>))?[\s[:punct:]…•·№]*$/
+6 /^[\s[:punct:]…•·№]*(wyświetleń|wyświetlenia|odsłon)\s?:?\s?\d[\d\s]*[\s[:punct:]…•·№]*$/
+5 /(twoja przeglądarka|przeglądarka) (nie obsługuje|jest przestarzała)[^.!?]{0,60}(wideo|html5|javascript|zaktualizuj)/
+5 /(włącz|włączcie) (obsługę )?javascript/
+5 /(zauważyłeś|zauważyłaś|znalazłeś|znalazłaś) (błąd|literówkę)[^.!?]{0,20}\?/
