# The copyright sign and formulas, and "Impressum": the same on pages in every
# language.
#
# Files in any/ apply to documents of every language; the files of a language's
# folder only to documents in that language (or of unknown language). These lines
# were in en/legal.pat.
@category legal

+3 ©
+5 /^[^a-z0-9]*(©|\(c\) ?[0-9]{4}|copyright\s*(©|\(c\)|[0-9]{4}))/
+4 /(?-u:\b)copyright\s*(©|\(c\))?\s*[0-9]{4}(?-u:\b)/
+4 /\(c\)\s*[0-9]{4}(?-u:\b)/
+4 /©\s*[0-9]{4}/
+1 copyright
+7 ^impressum$
