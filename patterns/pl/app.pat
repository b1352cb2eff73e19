# Polish "get our app" prompts: "Pobierz naszą aplikację", "Czytaj w aplikacji",
# store badges ("Pobierz z Google Play", "Pobierz w App Store"), push-notification
# prompts ("Włącz powiadomienia").
#
# Tech news writes about apps (mObywatel, IKO, bank apps), so "aplikacja" alone is not
# evidence; the strong patterns say "nasza", are imperatives, or whole paragraphs.
# Store names alone are in en/app.pat. Regex conventions: see appeal.pat.
@lang pl
@category app
@weight +3

# --- Whole-paragraph banners ---------------------------------------------------------------
+7 ^pobierz aplikację$
+7 ^pobierz naszą aplikację$
+7 ^pobierz aplikację mobilną$
+7 ^ściągnij aplikację$
+7 ^zainstaluj aplikację$
+7 ^otwórz w aplikacji$
+7 ^otwórz aplikację$
+7 ^czytaj w aplikacji$
+7 ^oglądaj w aplikacji$
+7 ^słuchaj w aplikacji$
+7 ^kontynuuj w aplikacji$
+7 ^przejdź do aplikacji$
+6 ^nasza aplikacja$
+6 ^nasze aplikacje$
+6 ^aplikacja mobilna$
+6 ^aplikacje mobilne$
+6 ^aplikacja na ios$
+6 ^aplikacja na androida$
+7 ^pobierz z google play$
+7 ^pobierz w app store$
+7 ^pobierz z app store$
+7 ^dostępne w google play$
+7 ^dostępne w app store$
+7 ^pobierz w google play$
+6 ^włącz powiadomienia$
+6 ^zezwól na powiadomienia$
+6 ^zezwalaj$
+6 ^nie zezwalaj$
+6 ^otrzymuj powiadomienia$
+6 ^nie, dziękuję$
+6 /^[\s[:punct:]…•·№]*(pobierz|ściągnij|zainstaluj|dostępn[ea]|dostępny|czytaj|oglądaj) (z|w|na|ze) (app store|google play|appgallery|huawei appgallery|sklepu google play|sklepie google play)( (i|oraz|lub) (z |w |na )?(app store|google play|appgallery))*[\s[:punct:]…•·№]*$/

# --- Download / read in our app ------------------------------------------------------------
+4 /(^|[\s[:punct:]…•·№])(pobierz|pobierzcie|ściągnij|zainstaluj|wypróbuj|zaktualizuj) (naszą|darmową|bezpłatną|nową|oficjalną|mobilną) (mobilną |darmową |bezpłatną |nową )?aplikacj/
+4 /(^|[\s[:punct:]…•·№])(pobierz|ściągnij|zainstaluj) aplikację "?[^ ]{2,25}"? (na|z|w|dla|-)/
+2 /(^|[\s[:punct:]…•·№])(nasza|naszą|naszej|naszych) (nowa |nową |nowej |darmowa |darmową |mobilna |mobilną |mobilnej )?aplikacj/
+4 /(czytaj|oglądaj|słuchaj|śledź|bądź na bieżąco|otrzymuj wiadomości)[^.!?]{0,20} (w|przez|z) (naszej|naszą|nasza) (mobilnej |nowej |darmowej )?aplikacj/
+4 /(wygodniej|szybciej|lepiej) (czytać|oglądać|słuchać|się czyta) (w|przez) (naszej |nasza )?(mobilnej )?aplikacji/
+3 /aplikacj[aeę] (na|dla) (ios|androida|android|iphone'a|iphone|smartfony) (i|oraz|lub) (androida|android|ios)/
+3 /dostępn[aey] (w|na) (app store|google play|appgallery) (i|oraz|lub) (w |na )?(app store|google play|appgallery)/

# --- Notifications ------------------------------------------------------------------------------
+4 /(^|[\s[:punct:]…•·№])(włącz|włączcie|zezwól na|aktywuj|subskrybuj) (powiadomienia|notyfikacje|alerty)( push)?( od| o| z| aby| i|[\s[:punct:]…•·№]*$)/
+4 /(chcesz|czy chcesz) (otrzymywać|dostawać|jako pierwszy dowiadywać się|dowiadywać się jako pierwszy)[^.!?]{0,20}(powiadomienia|najważniejsze|najnowsze|pilne)/
+3 /(otrzymuj|dostawaj|bądź pierwszy)[^.!?]{0,30}(powiadomienia push|powiadomień push|powiadomieniach push)/
+4 /(chcielibyśmy|chcemy) (wysyłać|przesyłać|pokazywać) (ci )?(powiadomienia|powiadomienia push)/
+1 /(^|[\s[:punct:]…•·№])powiadomie(nia|ń) push([\s[:punct:]…•·№]|$)/

+4 /w (naszych |nowych )?aplikacj(ach|i) (mobilnej |mobilnych )?(publikujemy|znajdziesz|udostępniamy|czytasz)/
+3 /(ios i android|android i ios)([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
