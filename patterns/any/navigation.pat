# Menu words that pages in every language use as they are (Home, Login, RSS, Tags).
#
# Files in any/ apply to documents of every language; the files of a language's
# folder only to documents in that language (or of unknown language). These lines
# were in en/navigation.pat.
@category navigation

+6 ^home$
+6 ^homepage$
+6 ^rss$
+6 ^login$
+6 ^logout$
+5 ^tags$
