# Paywall and subscription prompts: "subscribe to continue reading", "you have reached
# your free article limit", offers and plans, "already a subscriber? log in", Substack's
# paid-post walls, print-edition and e-edition lines.
#
# News about subscriptions (subscriber numbers, price rises, a paper erecting a
# paywall) uses the same nouns, so bare words ("subscribers", "paywall", "a month")
# are absent or weak; the strong patterns address the reader ("you", "your") or are
# whole paragraphs. Regex conventions: see appeal.pat.
@category paywall
@weight +3

# --- Whole-paragraph buttons and headings -------------------------------------------
+6 ^subscribe$
+7 ^subscribe now$
+7 ^subscribe today$
+6 ^subscribe here$
+7 ^subscribe for free$
+7 ^subscribe to read$
+7 ^subscribe to continue$
+7 ^subscribe to continue reading$
+7 ^subscribe to read more$
+7 ^subscribe to unlock$
+6 ^subscribe and save$
+6 ^subscribe or log in$
+6 ^subscriber only$
+6 ^subscribers only$
+6 ^subscriber exclusive$
+6 ^for subscribers$
+6 ^subscriber content$
+6 ^premium content$
+6 ^premium article$
+4 ^premium$
+5 ^exclusive to subscribers$
+5 ^continue reading$
+5 ^keep reading$
+6 ^read the full (story|article)$
+6 ^see subscription options$
+6 ^subscription options$
+6 ^view subscription offers$
+6 ^choose your plan$
+6 ^see all plans$
+6 ^view offers$
+6 ^see offers$
+5 ^upgrade$
+6 ^upgrade now$
+6 ^upgrade to paid$
+6 ^upgrade to premium$
+6 ^unlock this article$
+6 ^unlock full access$
+6 ^start free trial$
+6 ^start your free trial$
+6 ^start my free trial$
+6 ^try it free$
+6 ^get access$
+6 ^get full access$
+6 ^get unlimited access$
+6 ^get digital access$
+6 ^already a subscriber$
+6 ^already a member$
+6 ^already have an account$
+6 ^already subscribed$
+6 ^e-edition$
+6 ^eedition$
+6 ^todays e-edition$
+6 ^today's e-edition$
+6 ^manage subscription$
+6 ^manage my subscription$
+6 ^my subscription$
+6 ^subscriber services$
+6 ^activate digital access$
+6 ^activate your account$
+6 ^gift subscriptions?$
+7 /^[^a-z0-9]*(subscribe|sign in|log in|login|register|sign up)\s*(or|/|\||·)\s*(subscribe|sign in|log in|login|register|sign up)[^a-z0-9]*$/
+6 /^[^a-z0-9]*(special|limited[- ]time|exclusive|introductory|holiday|black friday|cyber monday|flash) (offer|sale|deal)[^a-z0-9]*$/
+6 /^[^a-z0-9]*(subscribe|sign up|get access|unlock|upgrade|start) (now )?(for|from) (just |only )?[$£€]\s?[0-9]+([.,][0-9][0-9])?( ?(\/|a|per|every) ?(week|wk|month|mo|year|yr))?[^a-z0-9]*$/

# --- "Subscribe to continue" -------------------------------------------------------------
+5 /(?-u:\b)(subscribe|sign in|log in|register|create (a free |an |your )?account|become a (subscriber|member)) (now |today |for free )?(to|and) (continue reading|keep reading|read (the full|the rest|this|more|on)|finish reading|unlock (this|the|full|unlimited)|access (this|the full|all|unlimited|premium)|view (this|the full)|enjoy (unlimited|full)|get (unlimited|full) access)(?-u:\b)/
+5 /(?-u:\b)(to|and) (continue|keep) reading,? (please )?(subscribe|sign in|log in|register|create|become|start|choose|select|upgrade)/
+5 /(?-u:\b)(to|and) (read|access|view|unlock) (the (full|rest of the|complete) (article|story)|this (article|story|content|post)|the rest of (this|the) (article|story|post)|more (articles|stories)),? (please )?(subscribe|sign in|log in|register|create|become|start|you (need|must|will need))/
+5 /(?-u:\b)(this|the) (article|story|content|post|piece|rest of this post|rest of this article) is (only |exclusively )?(available|reserved|exclusive|accessible|for) (only |exclusively )?(to|for)? ?(paid |paying |premium |digital |our )?(subscribers|members|premium members|supporters)/
+5 /(?-u:\b)(continue|keep) reading (this|your|the) (article|story|post) with (a|an|our)/
+5 /(?-u:\b)(continue|keep) reading with (a|an) ([0-9]+-day )?(free trial|subscription|membership|account)/
+6 keep reading with a 7-day free trial
+6 /(?-u:\b)(this|the) (post|article|episode) is for (paid |paying )?(subscribers|members)/
+6 /(?-u:\b)subscribe to [^.!?]{1,40} to (keep reading|read|unlock|get (full )?access to) (this|the (rest|full))/
+4 /(?-u:\b)want to (keep|continue) reading\?/
+4 /(?-u:\b)want to read (more|the (full|whole|rest of the) (story|article)|this (article|story))\?/
+4 /(?-u:\b)(read|access|unlock) (the rest of )?this (article|story|post) (for free|now|with|by)(?-u:\b)/
+4 /(?-u:\b)to continue,? please (log|sign) in(?-u:\b)/
+2 /(?-u:\b)(only )?(available|accessible) (only |exclusively )?to (paid |paying |premium |digital )?subscribers(?-u:\b)/

# --- Metered limits -----------------------------------------------------------------------
+6 /(?-u:\b)you('ve| have)? (reached|hit|used( up)?|exceeded) (your|the) (free |monthly |weekly )?(article |story |page |view |reading )?(limit|allowance|allotment)(?-u:\b)/
+6 /(?-u:\b)you('ve| have)? (read|used( up)?|run out of|enjoyed) (all )?(of )?(your|the) ([0-9]+ |monthly |weekly )*free (articles|stories|reads|previews)(?-u:\b)/
+6 /(?-u:\b)you('ve| have)? ([0-9]+|one|two|three|four|five|no|zero) (free |more free |remaining free )?(articles?|stories|story|page views|reads) (left|remaining)(?-u:\b)/
+5 /(?-u:\b)([0-9]+|one|two|three|four|five) (free )?(articles?|stories) (left|remaining) (this|per) (month|week)/
+6 /(?-u:\b)(this is|you('re| are) reading) your (last|final|first|second|third|[0-9]+(st|nd|rd|th)) free (article|story|read)/
+5 /(?-u:\b)(your|the) (last|final) free (article|story)(?-u:\b)/
+5 /(?-u:\b)free (articles?|stories|reads) (left|remaining)(?-u:\b)/
+5 /(?-u:\b)(we hope you('ve| have)? enjoy(ed)?|thanks for reading) (your|this|these) (free )?(article|articles|preview|trial)/

# --- Already a subscriber? -------------------------------------------------------------------
+5 /(?-u:\b)(if )?you('re| are) (seeing|reading) this (message|notice)[^.!?]{0,20}(already a (subscriber|member)|already subscribe)/
+4 /(?-u:\b)(log|sign) in for (immediate|full|instant|unlimited) access(?-u:\b)/
+5 /(?-u:\b)already (a|an existing) (subscriber|member|print subscriber|digital subscriber|paying (member|subscriber))\?/
+4 /(?-u:\b)already (a|an existing) (subscriber|member|print subscriber)(,|\.| -) (please )?(log|sign) in/
+5 /(?-u:\b)already have an account\?/
+4 /(?-u:\b)already subscribed\?/
+5 /(?-u:\b)(print|home delivery|newspaper) subscribers?,? (can )?(activate|get|claim|unlock|register for) (your |their )?(free |included |unlimited )?(digital|online|website) (access|account|subscription)/
+4 /(?-u:\b)activate (your )?(free |included )?(digital|online) (access|subscription|account)/
+4 /(?-u:\b)(log|sign) in (to|with) your (subscriber|subscription|digital|times|premium) (account|access)/

# --- Offers, plans, prices ---------------------------------------------------------------------
+4 /(?-u:\b)(get|enjoy|start|try) unlimited (digital |online |web )?access(?-u:\b)/
+2 unlimited digital access
+4 /(?-u:\b)(complete|full|unrestricted|premium) digital access (to|for)(?-u:\b)/
+3 /(?-u:\b)(subscribe|sign up|join|get access|start|try it) (for|from) (just |only |as little as |less than )[$£€]?\s?[0-9]/
+2 /(?-u:\b)for (just |only |as little as |less than )[$£€]?\s?[0-9]+([.,][0-9][0-9])?(p|¢|c)? (a|per|/|each) ?(week|wk|month|mo|day)(?-u:\b)/
+3 /[$£€]\s?[0-9]+([.,][0-9][0-9])? for (your first |the first |)[0-9]+ (weeks?|months?|days?|years?)(?-u:\b)/
+3 /(?-u:\b)then [$£€]\s?[0-9]+([.,][0-9][0-9])? (a|per|every|/) ?(week|month|year|4 weeks)(?-u:\b)/
+2 /(?-u:\b)(first|1st) (month|[0-9]+ (weeks|months)) (free|for [$£€]\s?[0-9])/
+3 /(?-u:\b)cancel (anytime|any time|at any time)(?-u:\b)/
+4 /(?-u:\b)cancel (anytime|any time) during your (free )?trial/
+3 /(?-u:\b)(start|begin|claim|activate) (your|a|my) ([0-9]+-day |[0-9]+ day |risk-free |free )+(trial|subscription)(?-u:\b)/
+3 /(?-u:\b)(see|view|explore|compare|choose|browse|check out) (all |our |the )?(subscription|membership|digital|pricing|subscriber) (options|plans|offers|packages|deals)(?-u:\b)/
+3 /(?-u:\b)(best|introductory|limited[- ]time|exclusive|special) (subscription |digital |subscriber )?(offer|rate|deal|value)(:| -|!)/
+2 /(?-u:\b)(save|get) [0-9]+% (off|on) (your |a |an |our )?(subscription|digital|first year|annual|membership)(?-u:\b)/
+2 /(?-u:\b)(purchase|buy) (a |an )?(subscription|day pass|week pass|digital pass|single article)(?-u:\b)/
+3 /(?-u:\b)(subscribe|subscription) to (our|the) (e-edition|digital edition)(?-u:\b)/
+2 /(?-u:\b)(a|your) subscription (gets|gives|includes|unlocks|includes unlimited)(?-u:\b)/
+3 /(?-u:\b)(subscribe|subscribing) (to|and) (support|help)(?-u:\b)[^.!?]{0,30}(journalism|reporting|newsroom|our (work|writers|team))/
+4 /(?-u:\b)(by|when you) (subscribe|subscribing|become a subscriber),? you('re| are)? (support|help|supporting|helping|will)/
+4 /(?-u:\b)(your|a) subscription (supports|helps|makes|funds|keeps|sustains|powers) (our|independent|local|quality|this|the)(?-u:\b)/
+4 /(?-u:\b)(thanks|thank you) for (subscribing|being a (paid |paying |loyal |valued )?subscriber|your subscription)(?-u:\b)/
+3 /(?-u:\b)(become|becoming) a (paid |paying |premium |digital )subscriber(?-u:\b)/
+2 /(?-u:\b)become a subscriber(?-u:\b)/
+3 /(?-u:\b)(get|go) ad-free(?-u:\b)/
+2 /(?-u:\b)(subscriber|subscribers)[- ](only|exclusive)(?-u:\b)/
+1 /(?-u:\b)(paid|paying|premium) subscribers(?-u:\b)/
+2 /(?-u:\b)subscribers? (can|get to) (read|access|listen|download|comment|unlock|enjoy)(?-u:\b)/
+2 /(?-u:\b)(your|the) (subscription|membership|trial) (has expired|expired|expires|will renew|renews automatically|auto-renews)(?-u:\b)/
+5 /(?-u:\b)please (log|sign) in,? or (sign up|register|subscribe)/
+5 /(?-u:\b)(purchase|buy|start|choose) a subscription to (continue|read|keep reading|access)/
+5 /(?-u:\b)(log|sign) in or (subscribe|register|create)(?-u:\b)/
+5 /(?-u:\b)(subscribe|register) or (log|sign) in(?-u:\b)/
+2 /(?-u:\b)(create|register for) (a|your) free account(?-u:\b)/
+2 /(?-u:\b)register for free(?-u:\b)/
+3 /(?-u:\b)(the|our) (best|smartest|most trusted|award-winning)[a-z ]{0,30} journalism[a-z ]{0,20} (for (just|only|less than)|delivered)(?-u:\b)/

# --- Magazine and sister-title pitches ----------------------------------------------------------
# "Need more science? Subscribe to our sister title …", "Subscribe to The Ledger and stay
# smart with more of your favourite writers", "… Subscribe to The Ledger Magazine."
+6 /(?-u:\b)subscribe to (our|its) sister (title|publication|magazine|site|paper)(?-u:\b)/
+3 /^[^a-z0-9"']*need more [a-z0-9' &-]{2,30}\? (subscribe|sign up|check out|try|get)(?-u:\b)/
+4 /^[^a-z0-9"']*subscribe to [a-z0-9.' &-]{2,40} (and|to) (stay|get|keep|never|enjoy|read|support)(?-u:\b)/
+3 /(?-u:\b)subscribe to [a-z0-9.' &-]{2,30} magazine[^a-z0-9]*$/

# --- Known site strings ----------------------------------------------------------------------
+7 thank you for your patience while we verify access
+6 /(?-u:\b)if you are in reader mode please exit and/
+6 /(?-u:\b)want all of the times\?/
+5 /(?-u:\b)subscribe for all of the times(?-u:\b)/
+6 before it's here, it's on the bloomberg terminal
+5 /(?-u:\b)(continue|keep) reading your article with a/
+5 /(?-u:\b)(view|see) membership options(?-u:\b)/
+5 /(?-u:\b)get the full experience(\.|,| -)? ?choose your plan/
+5 /(?-u:\b)(subscribe to|try) (the )?(ft|financial times|economist|wsj|the times|the telegraph)[a-z ]{0,20}(today|now|for)(?-u:\b)/
+5 /(?-u:\b)(subscribe|subscribing) (now )?to (get|receive|access) (full |unlimited |instant )?access to (the|this|our|all)/
+6 /(?-u:\b)(subscribe|sign up) (now )?to (get|unlock) (full )?access to (the full post|this post|the archive|the full archive)/
+2 /(?-u:\b)a (paid )?subscription (is|will be) (required|needed)(?-u:\b)/
+3 /(?-u:\b)(you|you'll) (need|must have|must|will need) (a|an) (active |valid |paid |digital )?(subscription|subscriber account|account|membership) to (read|view|access|continue|keep reading|see)/
+3 /(?-u:\b)pledge your support(?-u:\b)/
+1.5 /(?-u:\b)(your|this) (digital )?(subscription|membership) (to|with) (the|our) /

# Subscription offers that name the paper or the price.
+4 /^[^a-z0-9]*subscribe to (the|our) [a-z][a-z .'-]{1,40}[^a-z0-9]*$/
+4 /^[^a-z0-9]*subscribe (today|now)[^a-z0-9]*(all access|digital|unlimited|offer|just|only|$)/
+4 /(all access|all-access|unlimited) digital (access|offer|subscription)/
+3 /(you're|you are) reading a free article/
