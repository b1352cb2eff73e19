# Polish newsletter sign-ups: "Zapisz się do naszego newslettera", "Najważniejsze
# informacje prosto na Twoją skrzynkę", e-mail fields, "Klikając „Zapisz się”,
# akceptujesz regulamin", RODO clauses of the forms ("Administratorem Twoich danych
# osobowych jest …"), "Dziękujemy za zapisanie się", "Potwierdź subskrypcję".
#
# News may mention a newsletter or an inbox; "newsletter" alone gets nothing here (the
# word is shared with other languages). Regex conventions: see appeal.pat.
@lang pl
@category newsletter
@weight +3

# --- Whole-paragraph buttons and headings ------------------------------------------------
+7 ^zapisz się$
+7 ^zapisz się do newslettera$
+7 ^zapisz się na newsletter$
+7 ^zapisz się na nasz newsletter$
+7 ^zapisz się do naszego newslettera$
+7 ^zamów newsletter$
+7 ^subskrybuj newsletter$
+7 ^nasze newslettery$
+7 ^wszystkie newslettery$
+7 ^newslettery$
+7 ^twój adres e-mail$
+7 ^twój e-mail$
+7 ^adres e-mail$
+7 ^podaj adres e-mail$
+7 ^wpisz adres e-mail$
+7 ^wpisz swój adres e-mail$
+7 ^podaj swój adres e-mail$
+7 ^dziękujemy za zapisanie się$
+7 ^dziękujemy za zapis$
+7 ^dziękujemy za subskrypcję$
+7 ^zapisano$
+7 ^sprawdź skrzynkę$
+7 ^sprawdź swoją skrzynkę$
+7 ^sprawdź swoją pocztę$
+7 ^potwierdź subskrypcję$
+7 ^potwierdź zapis$
+6 ^wypisz się$
+6 ^zrezygnuj z subskrypcji$
+7 ^zero spamu$
+7 ^żadnego spamu$
+7 /^[\s[:punct:]…•·№]*(twój |podaj |wpisz )?(adres )?e-?mail[\s[:punct:]…•·№]+(zapisz się|zapisz|wyślij|ok|subskrybuj)[\s[:punct:]…•·№]*$/

# --- Sign-up calls ---------------------------------------------------------------------------
+5 /(^|[\s[:punct:]…•·№])(zapisz się|zapiszcie się|zamów|zasubskrybuj|subskrybuj) (do |na )?(nasz |naszego |naszych |bezpłatny |bezpłatnego |darmowy |darmowego |codzienny |codziennego |cotygodniowy |cotygodniowego |poranny |porannego |wieczorny |wieczornego )*(newsletter|newslettera|newsletterów|newslettery|wysyłk|biuletyn)/
+5 /(^|[\s[:punct:]…•·№])(zapisz się|zapiszcie się) (do|na) "[^"]{2,40}"/
+2 /(^|[\s[:punct:]…•·№])zapisać się (do|na) (newslettera|newsletter|naszego newslettera)([\s[:punct:]…•·№]|$)/
+4 /(otrzymuj|otrzymujcie|dostawaj|czytaj|bądź na bieżąco z)[^.!?]{0,50}(prosto |bezpośrednio )?(na (twoją|swoją|waszą) (skrzynkę|pocztę|skrzynkę mailową)|w (twojej|swojej|waszej) skrzynce|na (twój|swój) (e-?mail|adres e-?mail))/
+4 /(najważniejsze|najciekawsze|najlepsze) (informacje|wiadomości|teksty|artykuły|newsy)[^.!?]{0,40} (-)? ?(prosto )?(na|w) (twoją|twojej|swoją|waszą|waszej) (skrzynkę|skrzynce|pocztę|poczcie)/
+4 /(raz w tygodniu|co tydzień|codziennie|każdego (ranka|wieczoru|dnia|tygodnia)|w każdy (piątek|poniedziałek|wtorek|czwartek|weekend)|co (rano|piątek|sobotę|niedzielę)) (wysyłamy|przesyłamy|będziemy (wysyłać|przesyłać)|podsyłamy|dostarczamy)/
+4 /(będziemy )?(wysyłać|wysyłamy|przesyłać|przesyłamy|prześlemy) (ci|wam) (newsletter|najważniejsze|najciekawsze|wybór|przegląd|listy?)/

# --- Form and consent -----------------------------------------------------------------------
+6 /(klikając|zapisując się|podając|wysyłając|naciskając)[^.!?]{0,40}(akceptujesz|wyrażasz zgodę|zgadzasz się|potwierdzasz|oświadczasz)[^.!?]{0,40}(regulamin|polityk|przetwarzani|warunk|zasad)/
+5 /(wyrażam zgodę|zgadzam się|akceptuję) (na |z )?(otrzymywanie|przesyłanie|przetwarzanie|regulamin|politykę prywatności)[^.!?]{0,40}(newslettera|informacji handlowych|drogą elektroniczną|danych osobowych)/
+5 /(wypisać się|zrezygnować|wypisz się|zrezygnuj)[^.!?]{0,20}(możesz |można )?(w każdej chwili|w dowolnym momencie|jednym kliknięciem|klikając w link)/
+4 /(nie (wysyłamy|będziemy wysyłać|spamujemy)|zero|żadnego|bez) spamu/
+4 /(^|[\s[:punct:]…•·№])(podaj|wpisz|zostaw) (swój |twój )?(adres )?e-?mail([\s[:punct:]…•·№]|$)/
+4 /administratorem (twoich |pani\/pana |państwa )danych osobowych (jest|będzie)/

# --- Confirmation ------------------------------------------------------------------------------
+5 /(dziękujemy|dzięki) za (zapisanie się|zapis|subskrypcję|zapisanie|zapisy)([\s[:punct:]…•·№]|$)/
+5 /(wysłaliśmy|przesłaliśmy|wysłałyśmy) (ci |wam )?(e-?mail|wiadomość|link) (z linkiem |z prośbą o )?(aktywacyjn|potwierdzając|potwierdzeni|do potwierdzenia)/
+5 /(^|[\s[:punct:]…•·№])(potwierdź|potwierdźcie|kliknij w link,? aby potwierdzić) (swój |twój )?(zapis|subskrypcję|adres e-?mail|adres)([\s[:punct:]…•·№]|$)/
+4 /(zostałeś|zostałaś|jesteś) (już )?(zapisany|zapisana|zapisan[ya]) (do|na) (newslettera|newsletter|listę)/
+4 /(sprawdź|sprawdźcie) (swoją |twoją )?(skrzynkę|pocztę|folder spam|folder "?spam)/
