# Author bios under an article: "Jane Roe is a senior reporter for The Ledger, covering
# courts.", "Jane Roe (@handle) is a contributor at …", "Jane is The Ledger's news
# editor. Since joining in 2019, she has …", "She can be reached at …", "I am a writer,
# editor and teacher".
#
# News names journalists too ("Roe, a reporter for The Ledger, was detained on
# Monday", "Roe is a reporter for The Ledger who was arrested …"), so the subject line
# alone is weak (+3): a bio goes only when a second bio formula stands in the same
# paragraph (what the writer covers, since when, how to reach them, where their work
# appeared) or when the line is the whole paragraph. Past tense ("was a reporter", an
# obituary) never matches. Regex conventions: see appeal.pat.
@category other
@weight +3

# --- The subject line: a name, then "is a/the <role> for/at <publication>" ------------------------
+3 /^[a-z][a-z.'-]*( [a-z][a-z.'-]*){0,3}( \([^)]{1,60}\))? is (a|an|the|[a-z0-9.&-]+'s) ([a-z0-9'&/.-]+ ){0,5}(reporter|writer|editor|correspondent|contributor|columnist|journalist|producer|critic|blogger|photographer|photojournalist|reviewer|curator)(-[a-z-]+)?( and [a-z' -]{1,40})?( (for|at|with|of|on|covering|who covers|based in|living in)(?-u:\b)|[.,])/
# The same line as the whole paragraph: "Jane Roe is a reporter for The Ledger."
+4 /^[a-z][a-z.'-]*( [a-z][a-z.'-]*){0,3}( \([^)]{1,60}\))? is (a|an|the|[a-z0-9.&-]+'s) ([a-z0-9'&/.-]+ ){0,5}(reporter|writer|editor|correspondent|contributor|columnist|journalist|producer|critic|blogger|photographer|photojournalist|reviewer|curator)(-[a-z-]+)?( (for|at|with|of|on) [a-z0-9 .&'-]{2,50})?( (living|based) in [a-z .,'-]{2,40})?[.]?$/
# First person: "I am a writer, journalist and teacher" (three or more roles).
+4 /^(i am|i'm) (a|an) ([a-z-]+ ){0,2}(writer|journalist|reporter|author|blogger|editor|photographer|columnist|novelist|poet|filmmaker|professor|lecturer|teacher|consultant|entrepreneur),( (a|an) )?[a-z -]{2,40},( (a|an) )?[a-z -]{2,40}/

# --- What the writer covers, since when, where the work appeared ----------------------------------
+2.5 /(?-u:\b)(reporter|writer|editor|correspondent|contributor|columnist|journalist)s? (for|at|with) [^.;]{1,60}(,| and| where) (covering|covers|(he|she|they) covers|reporting on|writing about)(?-u:\b)/
+3 /(?-u:\b)(his|her|their) (work|writing|reporting|journalism|bylines?|articles|stories|essays|photographs) (has|have) (also )?(appeared|been published|been featured) (in|on)(?-u:\b)/
+2 /(?-u:\b)(he|she|they) (has|have) (also )?written (professionally )?for(?-u:\b)/
+2 /(?-u:\b)in addition to (his|her|their) work (for|at|with|on)(?-u:\b)/
+2 /(?-u:\b)(has|have) (also )?written professionally (for|about)(?-u:\b)/
+1.5 /(?-u:\b)holds? an? (ba|bs|bsc|ma|ms|msc|mfa|mba|phd|bachelor's|master's|masters|doctorate)( degree)? (in|from)(?-u:\b)/
# "Since joining in 2014, he's …" (a sports story says "since joining the club in 2019,
# he has scored": weak).
+1.5 /(?-u:\b)(since|after|before|prior to) joining( [a-z0-9.&'-]+){0,4} in (19|20)[0-9]{2}, (he|she|they)('s|'ve| has| have| is| was)(?-u:\b)/
+1.5 /(?-u:\b)prior to joining (the team|the staff|the newsroom|[a-z0-9.&'-]+( [a-z0-9.&'-]+){0,3}), (he|she|they) (spent|worked|was|wrote|covered|reported)(?-u:\b)/
+1.5 /(?-u:\b)(he|she|they) (previously|formerly) (wrote|worked|reported) (for|at)(?-u:\b)/
+1.5 /(?-u:\b)(he|she|they) (has|have) (also )?covered [^.]{1,60} (at|for) [a-z]/
+1.5 /(?-u:\b)who (has|have) (covered|written about|reported on) [^.]{1,100} for (more than |over |nearly |almost |about )?(a decade|two decades|[a-z0-9]+ (years|decades))(?-u:\b)/

# --- How to reach the writer ----------------------------------------------------------------------------
+3 /(?-u:\b)(contact|reach|email|e-mail) (him|her|me)( directly| direct)? (at|via|on)(?-u:\b)/
+3 /(?-u:\b)(he|she|they) can be (reached|contacted|emailed) (at|via|on|by)(?-u:\b)/
+2 /(?-u:\b)(got|have) a (news )?tip\?/
