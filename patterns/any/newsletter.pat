# "Newsletter" as a whole line: the word is the same in most languages.
#
# Files in any/ apply to documents of every language; the files of a language's
# folder only to documents in that language (or of unknown language). These lines
# were in en/newsletter.pat.
@category newsletter

+5 ^newsletter$
+5 ^newsletters$
