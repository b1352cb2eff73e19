# Polish social, share and follow prompts: "Udostępnij", "Skopiuj link", "Obserwuj nas
# na Facebooku", "Polub nas na Facebooku", "Bądź na bieżąco i zostań jednym z ponad
# 200 tys. obserwujących nasz fanpage", "Obserwuj nas w Google News", reader-tip
# prompts ("Masz newsa, zdjęcie lub filmik? Prześlij nam przez dziejesie.wp.pl").
#
# News quotes posts "na platformie X" and counts followers, so platform names alone are
# not evidence; the strong patterns are whole paragraphs or say "nas/nasz" with an
# imperative. Latin platform names as whole paragraphs are in en/share.pat.
# Regex conventions: see appeal.pat.
@lang pl
@category share
@weight +3

# --- Whole-paragraph buttons --------------------------------------------------------------
+6 ^udostępnij$
+7 ^udostępnij artykuł$
+7 ^udostępnij ten artykuł$
+7 ^udostępnij tekst$
+7 ^udostępnij wpis$
+7 ^udostępnij link$
+7 ^udostępnij znajomym$
+7 ^skopiuj link$
+7 ^kopiuj link$
+7 ^link skopiowany$
+7 ^skopiowano link$
+7 ^skopiowano$
+6 ^drukuj$
+6 ^wydrukuj$
+6 ^wersja do druku$
+6 ^wyślij e-mailem$
+6 ^wyślij mailem$
+6 ^wyślij znajomemu$
+6 ^zapisz artykuł$
+6 ^zapisz na później$
+6 ^dodaj do ulubionych$
+6 ^obserwuj$
+6 ^obserwuj nas$
+6 ^śledź nas$
+6 ^znajdź nas na$
+6 ^jesteśmy w mediach społecznościowych$
+6 ^media społecznościowe$
+7 /^[\s[:punct:]…•·№]*(udostępnij|wyślij|podziel się) (na|w|przez|na platformie) (facebooku|facebook|twitterze|twitter|x|linkedinie|linkedin|whatsappie|whatsapp|messengerze|messenger|e-?mailu|e-?mail|mailu)[\s[:punct:]…•·№]*$/
+7 /^[\s[:punct:]…•·№]*((udostępnij|facebook|twitter|x|linkedin|whatsapp|messenger|e-?mail|drukuj|skopiuj link|kopiuj link|link|wykop|komentarze)[\s[:punct:]…•·№]*){3,}$/
+6 /^[\s[:punct:]…•·№]*\d[\d\s,.]*(tys\.?|k)? (udostępnień|udostępnienia|polubień|polubienia|reakcji|wyświetleń)[\s[:punct:]…•·№]*$/
+5 ^wykop$

# --- Follow us --------------------------------------------------------------------------------
+5 /(^|[\s[:punct:]…•·№])(obserwuj|obserwujcie|śledź|śledźcie|polub|polubcie|znajdź|znajdźcie|subskrybuj|subskrybujcie|dołącz do) nas (na|w|też na|również na|także na) (facebooku|fb|twitterze|x|instagramie|youtube|youtubie|tiktoku|linkedinie|threads|bluesky|telegramie|whatsappie|google news|spotify|mediach społecznościowych|social mediach)/
+5 /(^|[\s[:punct:]…•·№])(obserwuj|obserwujcie|subskrybuj|subskrybujcie|dołącz do|zasubskrybuj) (nasz|naszego|naszą) (profil|kanał|fanpage|konto|grupę|kanał na youtube|kanał na whatsappie|kanał na telegramie|fanpage na facebooku)/
+5 /(^|[\s[:punct:]…•·№])(obserwuj|obserwujcie|śledź|śledźcie) "?[^ ]{2,30}"? (w|na) (google news|facebooku|x|twitterze|instagramie|youtube|tiktoku|whatsappie)/
+5 /(zostań|zostańcie) jednym z (ponad )?[\d\s,.]+ ?(tys\.?|mln)? (obserwujących|fanów|subskrybentów)/
+4 /(^|[\s[:punct:]…•·№])(bądź|bądźcie) na bieżąco[^.!?]{0,30}(obserwuj|polub|śledź|subskrybuj|dołącz)/
+4 /(^|[\s[:punct:]…•·№])(polub|polubcie) (nas|nasz fanpage|naszą stronę) (na facebooku|na fb)?/
+3 /(^|[\s[:punct:]…•·№])(nasz|naszego|naszym) (fanpage|fanpage'u|profil(u|em)? na (facebooku|instagramie|x|twitterze)|kanał(u|em)? na (youtube|whatsappie|telegramie))/

# --- Share this, reader tips ------------------------------------------------------------------
+4 /(^|[\s[:punct:]…•·№])(udostępnij|udostępnijcie|podziel się|podzielcie się|prześlij|wyślij) (ten |tym )?(artykuł|artykułem|tekst|tekstem|materiał|materiałem|link|linkiem)? ?(ze znajomymi|znajomym|z bliskimi|z rodziną|dalej)/
+4 /(jeśli|jeżeli) (ten )?(tekst|artykuł|materiał) (ci się )?(podobał|spodobał|przydał)[^.!?]{0,40}(udostępnij|podziel się|prześlij|poleć)/
+6 /masz (newsa|news|ciekawy temat|informację|zdjęcie|film|filmik)[^.!?]{0,40}\? (prześlij|napisz|daj znać|skontaktuj się)/
+4 /(prześlij|przyślij|wyślij) (nam|do nas) (swoje )?(newsa|zdjęcie|zdjęcia|film|filmik|informację|nagranie)[^.!?]{0,40}(przez|na adres|na|e-?mailem|mailem|formularz)/
+5 /(^|[\s[:punct:]…•·№])(dziejesie\.wp\.pl|kontakt24|alert24|redakcja@|listy@)/
+3 /(^|[\s[:punct:]…•·№])(daj|dajcie) (nam )?znać w komentarz/
