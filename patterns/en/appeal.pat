# Donation and membership appeals: "support our journalism", "become a member",
# "every contribution, however big or small", donation forms and their buttons.
#
# Appeals speak to the reader in the first and second person ("we", "our", "you",
# "your support"); the regexes lean on that, so that news paragraphs ABOUT donations
# (a charity drive, a fundraiser, a quoted plea) are not pushed out by these alone.
# Bare topic words ("donation", "donate", "member") get little or no weight.
#
# Conventions of the regexes in this folder:
# - word boundaries are written (?-u:\b): a Unicode \b makes the whole regex set fall
#   back to a slow engine on every paragraph with a non-ASCII character;
# - no Unicode \w, \W or \d: each compiles to a ~17 KB automaton and the regex set has
#   a size limit; [a-z0-9], [^a-z0-9] and [0-9] do the same job on folded English text;
# - openers start with ^[^a-z0-9"']* (edge punctuation allowed, but not an opening
#   quote: a quoted plea in a news story must not open a block).
@category appeal
@weight +3

# --- Openers: the first paragraph of an appeal block ------------------------------
+4 role=opener /^[^a-z0-9"']*a (personal |short |quick )?(message|note|letter|word) (from|to) (the|our) (editors?|editor-in-chief|publisher|founders?|ceo|newsroom|team|readers|staff)[^a-z0-9]*$/
+3 role=opener /^[^a-z0-9"']*a (personal )?(message|note) from [^.!?"]{2,50}$/
+4 role=opener /^[^a-z0-9"']*(a )?(note|message|letter) to (our )?readers[^a-z0-9]*$/
+5 role=opener /^[^a-z0-9"']*an? (word|note|message|letter|request) (to|for) (all )?(our|you,? our) (loyal|valued|dear|faithful|regular|wonderful|amazing) (readers|supporters|members|audience|listeners)[^a-z0-9]*$/
+3 role=opener /^[^a-z0-9"']*an? (urgent|important|special|personal) (message|appeal|note|request) (from|to) [^.!?"]{2,50}$/
+3 role=opener /^[^a-z0-9"']*dear (reader|readers|friend|friends|supporter|supporters|subscriber|subscribers|listener|listeners|member|members|community|[a-z]+ readers)[^a-z0-9]*($|,|:|-|!)/
+3 role=opener /^[^a-z0-9"']*to our (readers|subscribers|members|supporters|community)[^a-z0-9]*($|,|:|-)/
+4 role=opener /^[^a-z0-9"']*before you (go|leave|close this tab|scroll (on|away)|move on)( today)?[^a-z0-9]*$/
+4 role=opener /^[^a-z0-9"']*before you (go|leave|close this tab|move on)( today)?\s*(,|\.\.\.|…|:| -)/
+4 role=opener /^[^a-z0-9"']*before you (keep|continue|start) reading( this)?[^a-z0-9]*$/
+5 role=opener /(?-u:\b)we have a (small |quick |big |tiny |simple )?(favou?r|request) to ask/
+4 role=opener /(?-u:\b)(can|could|may|might) (we|i) ask (you )?(a (small |quick )?favou?r|for your (help|support))/
+4 role=opener /^[^a-z0-9"']*(we|i) need your (help|support)( today| now| more than ever)?[^a-z0-9]*$/
+3 role=opener /^[^a-z0-9"']*(we|i) (urgently |really |truly )?need your (help|support)( today| now| more than ever)?[.!:]/
+3 role=opener /^[^a-z0-9"']*(help|support) us (keep|continue|protect|fund|sustain) (our|independent|this|free|local|quality)/
+3 role=opener /^[^a-z0-9"']*you('ve| have) (read|enjoyed|been reading) [0-9]+ (articles|stories|pieces)/

# --- Support us / our journalism ----------------------------------------------------
+3 /(?-u:\b)(please )?support (us|our (work|journalism|reporting|newsroom|mission|coverage))(?-u:\b)/
+2 /(?-u:\b)support (independent|local|quality|nonprofit|non-profit|public-interest|fearless|trusted|accountability|investigative|reader-funded|ad-free) (journalism|news|reporting|media)(?-u:\b)/
+5 /^[^a-z0-9"']*support (us|our (work|journalism|reporting|newsroom)|independent journalism|local journalism|local news|journalism|the guardian|the moscow times|meduza|propublica|mother jones|the texas tribune|the tribune|the conversation|the independent|novaya gazeta|the kyiv independent)( today| now)?[^a-z0-9]*$/
+4 /(?-u:\b)please consider (supporting|donating|making a|giving|becoming a|a (small |one-time |monthly |recurring )?(donation|gift|contribution)|subscribing|joining|chipping in|support(ing)? us)/
+3 /(?-u:\b)if you (value|enjoy(ed)?|appreciate[ds]?|like[ds]?|found value in|rely on|believe in|care about|want more of|benefit from) (what you('ve| have)? (just )?read|this (article|story|piece|post|reporting|newsletter|work|kind of (journalism|reporting))|our (work|journalism|reporting|coverage|mission|content|newsletter|articles|stories)|independent journalism|journalism like this|reporting like this)/
+3 /(?-u:\b)if you (can|are able to),? (please )?(consider )?(support|donat|contribut|chip in|become a)/
+3 /(?-u:\b)(will|would|can|could) you (chip in|pitch in|donate|contribute|give [$£€]|support (us|our|independent|local journalism)|join (us|our|[0-9]))/
+2 /(?-u:\b)(will|can) you help (us|keep|fund|support|sustain)(?-u:\b)/
+3 /(?-u:\b)help (us )?(keep|continue|fund|sustain|power|grow|expand|protect|support|deliver|produce|do)(?-u:\b)[^.!?]{0,40}(?-u:\b)(our|this|independent) (journalism|reporting|newsroom|coverage|work|mission)(?-u:\b)/
+3 /(?-u:\b)helps? us (to )?(keep|continue) (reporting|publishing|investigating|going|doing (this|our|what we do)|telling (these|the) stories|bringing you)(?-u:\b)/
+4 /(?-u:\b)(we|we're|we are) (can't|cannot|couldn't|could not|won't be able to) do (it|this|this work|what we do|any of this|our work) without (your (support|help|generosity|contributions?|donations?)|readers|our readers|our members|our supporters|readers like you|the support of (readers|our readers))/
+2 /(?-u:\b)(we|we're|we are) (can't|cannot|couldn't|could not) do (it|this|this work|what we do|any of this|our work) without you(?-u:\b)/
+4 /(?-u:\b)(we|this newsroom|our newsroom) (rel(y|ies)|depends?|count|are counting) on (readers|your (support|generosity|help|donations?)|the (support|generosity) of (readers|our readers|people like you|our members)|reader (support|donations|contributions)|our readers|our members|our supporters|contributions from readers|readers like you)/
+1.5 /(?-u:\b)we (rely|depend) on (you|donations|the generosity)(?-u:\b)/
+4 /(?-u:\b)(we're|we are|we've been|this (work|newsroom|site|publication) is|our (work|journalism|reporting) is) (funded|supported|powered|sustained|made possible) (by|through|thanks to) (readers|our readers|you|our members|reader donations|donations from readers|our audience|readers like you|supporters like you|your support)/
+1 /(?-u:\b)(is|are) (primarily |entirely |mostly |largely |proudly )?(funded|supported|powered|sustained) by (its |our )?(readers|members|listeners|viewers|reader donations|readers like you)(?-u:\b)/
+3 /(?-u:\b)(readers|members|supporters|listeners|viewers|donors|subscribers) like you(?-u:\b)/
+3 /(?-u:\b)(thanks to|because of|with) (the support of |the generosity of )?(readers|members|supporters|donors|listeners) like you/
+5 /(stories|journalism|reporting|coverage|articles|investigations?) like this (is|are|was|were) (only )?(made )?possible (by|because of|thanks to|with)/
+2 /(?-u:\b)made possible (by|thanks to|through) (readers|our readers|our members|supporters|your support|the support of (readers|our readers|members))(?-u:\b)/
+3 /(?-u:\b)(journalism|reporting) like (this|ours) (is|isn't|is not|costs|takes|needs|depends|relies|requires|can't|cannot)(?-u:\b)/
+3 /(?-u:\b)(quality|independent|good|local|investigative) (journalism|reporting) (isn't|is not|doesn't come) (free|cheap)/
+3 /(?-u:\b)(quality|independent|good|local|investigative) (journalism|reporting) (costs|takes|requires) (money|time and money|resources)/
+4 /(?-u:\b)(independent journalism|quality journalism|local journalism|journalism|our journalism|our reporting|our newsroom|our work) needs? your (support|help)(?-u:\b)/
+3 /(?-u:\b)help (us )?(keep|stay) (independent|free and independent|ad-free|paywall-free|the lights on)(?-u:\b)/
+3 /^[^a-z0-9"']*[a-z' .]{2,30} needs your (help|support)[^a-z0-9]*$/
+3 /^[^a-z0-9"']*want to support (us|our|independent|local|this|[a-z' .]{2,30}\?)/
+4 /^[^a-z0-9"']*(support|help|join) (us|[a-z0-9' .&-]{2,30}) (and|to) make a (real )?difference(?-u:\b)/
+3 /(?-u:\b)make a (real )?difference for (readers|our readers|journalism|independent journalism|local news|the communities we serve)(?-u:\b)/
+4 /(?-u:\b)(it|this|that|our (work|journalism|reporting|content|coverage)|(quality |good |independent |local |investigative )?journalism|news)( is|'s| isn't| is not) (far from|not|anything but|never|certainly not|by no means) free to (produce|make|create|publish)(?-u:\b)/
+4 /(?-u:\b)free (for you )?to read,? (but|yet) (it's |it is |they're |they are )?(not|far from|never|anything but) free to (produce|make|create|run)(?-u:\b)/
+4 /(?-u:\b)(we|our (team|staff|journalists|reporters|editors|newsroom)) (do|does|publish|produce|provide|offer|make) (this|it|all (of )?this|our (work|journalism|reporting|fact-checks|articles|content))( work)?( every day| each day| daily)? (at no cost|free of charge|for free) to you(?-u:\b)/
+2 /(?-u:\b)at no (extra |additional )?cost to you(?-u:\b)/

# --- Donate / give / contribute -------------------------------------------------------
+2 /(?-u:\b)(donate|contribute) (today|now|here|online|monthly|once|securely|what you can)(?-u:\b)/
+2 /(?-u:\b)give (today|now|monthly|securely)(?-u:\b)/
+3 /(?-u:\b)(make|making) a (tax-deductible |one-time |one-off |single |recurring |monthly |yearly |annual |small |year-end |secure )?(donation|gift|contribution) (today|now|to (us|support (us|our)|our))(?-u:\b)/
+1.5 /(?-u:\b)(make|making) a (tax-deductible |one-time |one-off |recurring |monthly |year-end )(donation|gift|contribution)/
+4 /(?-u:\b)(click|tap) (here|below|the button) to (donate|support|give|contribute|become a member|join)/
+4 /(?-u:\b)(every|any|each|your) (contribution|donation|gift|dollar|pound|amount)s?,? (however|no matter how|no matter the (size|amount)|big or small|large or small|of any size)/
+2 /(?-u:\b)(however|no matter how) (big or small|large or small)(?-u:\b)/
+3 /(?-u:\b)(your|every) (support|donation|gift|contribution|membership|pledge)s? (today )?(helps|help|makes|keeps|allows|enables|powers|sustains|ensures|means|will help|will make|goes|funds|fuels|protects|matters|counts|makes a difference)(?-u:\b)/
+4 /(?-u:\b)(your|every) (gift|donation|contribution|dollar)s? (will be|is|are|can be|gets) (matched|doubled|tripled)/
+4 /(?-u:\b)(double|triple|doubling|tripling|maximi[sz]e) (your|the) (impact|gift|donation|contribution|support)(?-u:\b)/
+3 /(?-u:\b)(your|all) (donations?|gifts?|contributions?) (is|are) (fully |100% )?tax[- ]deductible/
+1 tax-deductible
+2 /(?-u:\b)from as little as [$£€]\s?[0-9]/
+3 /(?-u:\b)(it )?(only|just) takes (just |only )?(a minute|a moment|[0-9]+ seconds|seconds)(?-u:\b)/
+3 /(?-u:\b)takes (just|only) (a minute|a moment|[0-9]+ seconds|seconds)(?-u:\b)/
+4 /(?-u:\b)(a )?regular amount each (month|year)/
+1.5 /(?-u:\b)(regular|recurring|monthly|annual|yearly|one-time|one-off) (donation|gift|contribution|donor|supporter)s?(?-u:\b)/
+4 /(?-u:\b)(only|just|fewer than|less than) (a (small )?fraction|[0-9]+(\.[0-9]+)? ?(%|percent|per cent)|one in [0-9]+) of (our|your fellow) (readers|listeners|viewers|audience)/
+5 /(?-u:\b)if (everyone|every reader|each of you|everyone reading this|all (of )?our readers|just [0-9]+% of (our )?readers) (who (reads|read|reads this)[a-z ]{0,20} )?(gave|donated|contributed|chipped in|supported)/
+2 /(?-u:\b)(price|cost) of (a|one) (cup of )?(coffee|latte|sandwich)/
+3 /(?-u:\b)chip in (today|now|[$£€]|what you can|to (support|help|keep))/
+2 /(?-u:\b)pitch in (today|now|[$£€])/
+1 chip in
+4 /(?-u:\b)(we('re| are)|i('m| am)) (asking|appealing to) (you|readers|our readers|every reader|you, our readers),? (today,? )?(for (your )?(support|help|a (donation|contribution|gift))|to (support|donate|give|contribute|chip in|become|join|make a|consider))/
+4 /(?-u:\b)our ([a-z0-9]+ )?(fundraising|fundraiser|membership|donation|giving|year-end|end-of-year) (drive|campaign|appeal|goal|match|deadline|challenge)(?-u:\b)/
+3 /(?-u:\b)our (fundraising|donation|membership|year-end|end-of-year|funding|[$£€][0-9,.]+k?) (goal|target)(?-u:\b)/
+1.5 /(?-u:\b)(giving tuesday|newsmatch|year-end giving|end-of-year giving|matching gift)(?-u:\b)/

# --- Membership ------------------------------------------------------------------------
+4 /(?-u:\b)(become|join( us)? as|sign up as) an? (supporter|patron|sustaining member|founding member|paying (member|supporter)|monthly (donor|supporter|member|giver|sustainer)|sustainer|member today|member now|member of our|member of the [a-z]+ (community|club|family))/
+1.5 /(?-u:\b)become a member(?-u:\b)/
+4 /(?-u:\b)join ([0-9][0-9,.]*k?|thousands of|millions of|hundreds of|more than [0-9,.]+) (other |fellow |loyal |like-minded )?(readers|supporters|members|donors|subscribers|listeners)( who| in| and|[^a-z0-9]*$)/
+3 /(?-u:\b)(members|supporters) (get|receive|enjoy|also get)(?-u:\b)[^.!?]{0,40}(exclusive|ad-free|early access|behind-the-scenes|members-only|bonus|perks)/
+1.5 /(?-u:\b)(membership|member) (benefits|perks)(?-u:\b)/
+3 /(?-u:\b)as a (member|supporter|patron|subscriber),? you('ll| will)? (get|receive|enjoy|help|support)/
+4 /(?-u:\b)thank you for (being|becoming) (a|one of our) (member|supporter|subscriber|reader|patron|donor)s?/
+4 /(?-u:\b)(thanks to|thank you to) (all )?our (members|supporters|donors|patrons|readers) who (make|made|help|support)/
+3 /(?-u:\b)support (us|me|[a-z]+) on (patreon|ko-fi|buy me a coffee)/
+1.5 /(?-u:\b)(patreon|ko-fi|buymeacoffee|buy me a coffee)(?-u:\b)/

# --- Self-descriptions of reader-funded outlets ----------------------------------------
+2 /(?-u:\b)(reader|member|listener|viewer|audience)-(funded|supported|powered|driven)(?-u:\b)/
+3 /(?-u:\b)(we're|we are) (a|an) ((small|independent|nonprofit|non-profit|not-for-profit|reader-funded|reader-supported|member-supported|nonpartisan|local|investigative),? )+(newsroom|news organi[sz]ation|news outlet|publication|media outlet|media organi[sz]ation|news site)(?-u:\b)/
+1 /(?-u:\b)(no|without a?) (shareholders|billionaire owners?|corporate owners?|corporate (backers|parent)|paywall)(?-u:\b)/
+3 /(?-u:\b)free from (commercial|political|corporate|shareholder)( and (political|commercial|corporate))? (influence|interference|pressure|bias)/
+3 /(?-u:\b)(keep|keeps|keeping) (our (journalism|reporting|content|articles|stories|coverage|news|website|site|work)|(this|the) (journalism|reporting|newsletter)|journalism|reporting) (free|open|accessible|paywall-free)(?-u:\b)/
+3 /(?-u:\b)(keep|keeps|keeping) (it|the site|the website|this site|this website) (free|open) (to|for) (all|everyone|every)(?-u:\b)/
+3 /(?-u:\b)(open|free|available|accessible) (to|for) (all|every|everyone,?) (readers?|of our readers|regardless)/
+3 /(?-u:\b)regardless of (where (they|you) live|(their|your) ability to pay|what (they|you) can afford)/
+3 /(?-u:\b)(we|we've|we have) (chosen|decided|made (a|the) (different )?choice) (not )?to (keep|put|make) (our|this|the) (journalism|reporting|content|articles|site|website|work) /
+4 /(?-u:\b)(we|we'll) (don't|do not|will never|won't|never) (put|have|lock|hide) (up )?(a paywall|our (journalism|articles|content|reporting|work|stories) behind)/
+5 financial supporters play no role
+5 /(?-u:\b)financial supporters? of the texas tribune/
+5 find a complete list of them here
+1.5 /(?-u:\b)(is|are) funded in part by (donations|members|readers)(?-u:\b)/
+1.5 /(?-u:\b)(nonprofit|non-profit),? (nonpartisan|independent) (news|media|journalism)(?-u:\b)/
+1.5 /(?-u:\b)(the )?(independent|free) press (needs|depends on|relies on)(?-u:\b)/
+1 now more than ever
+1 independent journalism
+1.5 /(?-u:\b)(we|our newsroom|our journalists|our reporters) (will )?(never stop|keep|continue to|won't stop|will not stop) (holding (power|the powerful)|reporting|digging)(?-u:\b)/

# --- Donation form and buttons (short whole paragraphs) ---------------------------
+7 role=closer ^remind me later$
+7 role=closer /^[^a-z0-9]*remind me (in|next) (january|february|march|april|may|june|july|august|september|october|november|december|a (week|month|few (days|weeks))|[0-9]+ (days|weeks|months)|week|month|year)[^a-z0-9]*$/
+6 role=closer ^maybe later$
+5 role=closer ^not now$
+5 role=closer ^no thanks$
+5 role=closer ^no, thanks$
+5 role=closer /^[^a-z0-9]*no,? thank(s| you),? (i'm|i am|i'll|i will|maybe|not)[^.]{0,40}$/
+6 role=closer ^donate$
+7 role=closer ^donate now$
+7 role=closer ^donate today$
+7 role=closer ^donate here$
+6 role=closer ^give$
+6 role=closer ^give now$
+6 role=closer ^give today$
+6 role=closer ^contribute$
+7 role=closer ^contribute now$
+7 role=closer ^contribute today$
+6 role=closer ^support us$
+6 role=closer ^support now$
+6 role=closer ^support today$
+4 role=closer ^support$
+7 role=closer ^make a donation$
+7 role=closer ^make a gift$
+7 role=closer ^make a contribution$
+6 role=closer ^become a member$
+6 role=closer ^become a supporter$
+6 role=closer ^become a patron$
+7 role=closer ^become a member today$
+6 role=closer ^join today$
+5 role=closer ^join now$
+4 role=closer ^join us$
+6 role=closer ^i'll support$
+6 role=closer /^[^a-z0-9"']*yes,? i('ll| will|'d like to| want to| would like to)? ?(support|donate|give|help|contribute|chip in|become a member|join)[a-z ]{0,30}[^a-z0-9]*$/
+6 role=closer /^[^a-z0-9]*(support|give|donate|contribute|pay) (monthly|once|annually|yearly|every month|one time)[^a-z0-9]*$/
+6 role=closer /^[^a-z0-9]*(donate|give|support|contribute|continue|proceed) (with|via) (card|credit card|debit card|paypal|apple pay|google pay|venmo|bank transfer|direct debit)[^a-z0-9]*$/
+5 role=closer /^[^a-z0-9"']*(support|donate to|give to|join) [a-z' .]{2,30} (today|now)[^a-z0-9]*$/
+4 role=closer /^[^a-z0-9"']*donate to [a-z' .]{2,40}[^a-z0-9]*$/
+5 /^[^a-z0-9]*(single|one[- ]time|once|one-off|monthly|annual|annually|yearly|every month|every year)[^a-z0-9]*$/
+5 /^[^a-z0-9]*[$£€]\s?[0-9]{1,4}([.,][0-9][0-9])?( ?(\/|per|a|every|each) ?(month|mo|year|yr|week))?( (monthly|annually|per month|a month))?[^a-z0-9]*$/
+4 /^[^a-z0-9]*other( amount)?[^a-z0-9]*$/
+3 /(?-u:\b)(select|choose|pick|enter) (an|your|a custom|your own|a) (amount|contribution|donation|gift amount|donation amount)(?-u:\b)/
+2 /(?-u:\b)(secure|safe) (checkout|donation|donation form)(?-u:\b)/
+7 ^accepted payment methods
+1 /(?-u:\b)(visa|mastercard),? (mastercard|visa|american express|amex|paypal)(,| and| or)/
+7 ^support the guardian$
+4 support the guardian
+6 /(?-u:\b)the guardian is editorially independent/
+6 /(?-u:\b)(millions|readers in [0-9]+ countries)[a-z ]{0,40} (are turning to|now support us|support us financially)/
+4 /(?-u:\b)thank you for (considering|your (generous )?(donation|gift|contribution|pledge))(?-u:\b)/

# --- Closers ------------------------------------------------------------------------------
+4 role=closer /^[^a-z0-9"']*thanks? (you )?(so much |very much )?for (your|all your) (support|generosity|help|contribution|donation|loyalty|readership)[^a-z0-9]*$/
+3 role=closer /(?-u:\b)thank you (so much |very much |in advance )?for (your|all your) (ongoing |continued |generous |invaluable )?(support|generosity|contribution|donation)(?-u:\b)/
+3 role=closer ^thank you$
+2 role=closer ^thanks$
+3 role=closer /(?-u:\b)thanks? (you )?for supporting (us|our|independent|local|nonprofit|quality|journalism|this newsletter|my work)(?-u:\b)/
+3 role=closer ^thank you for reading$
+2 /^[^a-z0-9"']*thanks? (you )?for reading(?-u:\b)/
+2 role=closer /^[^a-z0-9]*(with gratitude|gratefully|in gratitude|with thanks|many thanks|thank you again)[^a-z0-9]*$/
