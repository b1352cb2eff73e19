# Polish cookie and consent banners: "Używamy plików cookies", "Korzystając z serwisu,
# wyrażasz zgodę na …", "Dbamy o Twoją prywatność", the IAB TCF texts ("Przechowywanie
# informacji na urządzeniu lub dostęp do nich", "Spersonalizowane reklamy i treści"),
# RODO clauses ("Administratorem Twoich danych osobowych jest …") and the buttons
# ("Akceptuję", "Przejdź do serwisu", "Zaakceptuj wszystkie").
#
# News about cookies, RODO and privacy uses the topic words, so "cookies", "RODO",
# "zgoda" alone get nothing or +1; strong weights need the banner's own sentences or
# whole-paragraph buttons. Regex conventions: see appeal.pat.
@lang pl
@category cookie
@weight +4

# --- Buttons (whole paragraphs) -------------------------------------------------------------
+6 ^akceptuję$
+7 ^akceptuję i przechodzę do serwisu$
+7 ^akceptuję wszystkie$
+7 ^akceptuj wszystkie$
+7 ^akceptuj wszystko$
+7 ^zaakceptuj wszystkie$
+7 ^zaakceptuj wszystko$
+7 ^zaakceptuj$
+7 ^akceptuj$
+7 ^odrzuć wszystkie$
+7 ^odrzuć wszystko$
+7 ^odrzuć$
+5 ^odrzucam$
+5 ^nie akceptuję$
+7 ^przejdź do serwisu$
+7 ^przejdź do strony$
+7 ^zgadzam się i przechodzę dalej$
+7 ^tylko niezbędne$
+7 ^akceptuj niezbędne$
+7 ^tylko niezbędne pliki cookie$
+7 ^zapisz ustawienia$
+7 ^zapisz wybór$
+7 ^zapisz i zamknij$
+7 ^zapisz i wyjdź$
+7 ^ustawienia cookies$
+7 ^ustawienia cookie$
+7 ^ustawienia plików cookie$
+7 ^ustawienia prywatności$
+7 ^zarządzaj cookies$
+7 ^zarządzaj plikami cookie$
+7 ^zarządzaj zgodami$
+7 ^zarządzaj preferencjami$
+7 ^dostosuj$
+7 ^dostosuj ustawienia$
+7 ^polityka cookies$
+7 ^polityka cookie$
+7 ^polityka plików cookies$
+7 ^informacja o plikach cookies$
+7 ^dbamy o twoją prywatność$
+7 ^twoja prywatność jest dla nas ważna$
+7 ^szanujemy twoją prywatność$
+7 ^ta strona używa cookies$
+7 ^ta strona korzysta z plików cookies$
+7 ^używamy plików cookies$
+7 ^używamy cookies$
+7 ^wykorzystujemy pliki cookies$
+7 ^więcej opcji$
+7 ^pokaż cel$
+7 ^pokaż dostawców$
+7 ^lista partnerów$
+7 ^lista partnerów (dostawców)$
+7 ^uzasadniony interes$
+6 /^[\s[:punct:]…•·№]*(akceptuję|akceptuj|odrzuć|zaakceptuj|dostosuj|ustawienia|zapisz)[\s[:punct:]…•·№]+(akceptuję|akceptuj|odrzuć|zaakceptuj|dostosuj|ustawienia|zapisz|wszystkie|więcej)[\s[:punct:]…•·№]*$/

# --- Banner sentences -------------------------------------------------------------------------
+5 /(używamy|wykorzystujemy|stosujemy|korzystamy z|ta strona (używa|wykorzystuje|stosuje|korzysta z)|nasz serwis (używa|wykorzystuje|korzysta z)|nasza strona (używa|wykorzystuje|korzysta z)|ten serwis (używa|wykorzystuje|korzysta z)) (plików |pliki |technologii )?(cookie|cookies|ciasteczk)/
+5 /(korzystając|kontynuując korzystanie|dalsze korzystanie) (z )?(naszej |tej )?(strony|serwisu|witryny|portalu)[^.!?]{0,40}(wyrażasz zgodę|zgadzasz się|akceptujesz|oznacza zgodę|oznacza akceptację)/
+5 /(wyrażasz|wyrażacie) zgodę na (używanie|wykorzystywanie|stosowanie|zapisywanie|przechowywanie|przetwarzanie)[^.!?]{0,40}(cookie|cookies|ciasteczek|danych)/
+6 /przechowywanie informacji na urządzeniu (lub|i\/lub|i) dostęp do nich/
+6 /(spersonalizowane|niespersonalizowane) (reklamy|treści) i treści,? (pomiar|pomiary)/
+6 /(pomiar reklam i treści|badania odbiorców i rozwój usług|rozwój i ulepszanie usług|precyzyjne dane geolokalizacyjne|aktywne skanowanie charakterystyki urządzenia)/
+5 /(my i nasi|my oraz nasi|nasi) (zaufani )?(partnerzy|dostawcy)[^.!?]{0,40}(przechowujemy|przechowują|uzyskujemy|uzyskują|przetwarzamy|przetwarzają|wykorzystujemy|wykorzystują|używamy|używają)/
+5 /(możesz|możecie) (w każdej chwili |w dowolnym momencie )?(wycofać|zmienić|odwołać|zarządzać)[^.!?]{0,20}(zgod|ustawie|preferencj|wybór)[^.!?]{0,40}(w każdej chwili|w dowolnym momencie|w ustawieniach|klikając|w stopce|polityce)/
+4 /(ustawienia|ustawieniach) (swojej |twojej )?przeglądarki[^.!?]{0,40}(cookie|cookies|ciasteczek)/
+3 /(cookie|cookies|ciasteczk)[^.!?]{0,60} (w celu|w celach|aby|by) (zapewnienia|świadczenia|personalizacji|analizy|dopasowania|ułatwienia|poprawy|zapewnić|dostosować|świadczyć)/
+4 /(kliknij|klikając|naciśnij|naciskając) "?(akceptuję|akceptuj|zgadzam się|zaakceptuj wszystkie|przejdź do serwisu)/
+3 /(rodo|ogólnego rozporządzenia o ochronie danych)[^.!?]{0,60}(cookie|cookies|zgod[ayę]|administrator)/
+3 /(więcej informacji|szczegóły|szczegółowe informacje)[^.!?]{0,30}(w (naszej )?polityce (prywatności|cookies|plików cookies)|znajdziesz w)/
+1 /(^|[\s[:punct:]…•·№])pliki?(ów)? cookies?([\s[:punct:]…•·№]|$)/
