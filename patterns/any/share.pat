# Bare network and e-mail names as whole lines (a share bar's buttons): the same
# words on pages in every language.
#
# Files in any/ apply to documents of every language; the files of a language's
# folder only to documents in that language (or of unknown language). These lines
# were in en/share.pat.
@category share

+5 ^email$
+5 ^e-mail$
+5 ^facebook$
+5 ^twitter$
+5 ^x$
+5 ^x (formerly twitter)$
+5 ^linkedin$
+5 ^whatsapp$
+5 ^reddit$
+5 ^pinterest$
+5 ^telegram$
+5 ^tumblr$
+5 ^flipboard$
+5 ^instagram$
+5 ^youtube$
+5 ^tiktok$
+5 ^threads$
+5 ^bluesky$
+5 ^mastodon$
+5 ^messenger$
