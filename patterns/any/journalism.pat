# Evidence of journalism that reads the same in several languages: an amount in euros,
# a year after "in". These were alternatives of the it/, nl/, es/, fr/ and pt/ lists
# ("euro", "euros", "in 2019").
#
# Files in any/ apply to documents of every language; the files of a language's
# folder only to documents in that language (or of unknown language).
@category journalism
@weight -1

-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])\d+([.,]\d+)? euros?([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
-1 /(^|[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔])in \d{4}([ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]|$)/
