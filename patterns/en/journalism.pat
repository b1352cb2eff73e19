# Negative evidence: phrases typical of news narration that appeals and page chrome
# almost never contain. Attribution ("said in a statement", "told reporters",
# "according to"), dated reporting ("said on Monday"), quote tags ('," she said'),
# declined-to-comment formulas, anonymity formulas, court and police language.
#
# These keep a news paragraph that happens to contain an appeal-like phrase ("'We need
# your help,' the mayor said", "donations", "subscribers"). They stack with the
# third-person signal, so each weighs -1 to -3. Regex conventions: see appeal.pat.
@category journalism
@weight -2

# --- Attribution --------------------------------------------------------------------------------
-3 /(?-u:\b)(said|says|wrote|added|announced|confirmed|stated|noted|argued|warned) in (a|an|its|his|her|their|the) (written |joint |brief |emailed |e-mailed |prepared |earlier |separate |later |televised |video |radio |tv )?(statement|interview|email|e-mail|news release|press release|court filing|filing|speech|letter|post|tweet|video|memo|report|op-ed|essay|briefing|news conference|press conference|message|social media post|telegram post|podcast)(?-u:\b)/
-3 told reporters
-3 /(?-u:\b)told (the )?(associated press|ap|reuters|afp|the bbc|bbc news|cnn|nbc news|abc news|cbs news|fox news|npr|politico|axios|bloomberg|the new york times|the times|the guardian|the washington post|the post|the wall street journal|the journal|the financial times|the ft|the telegraph|the independent|sky news|al jazeera|the moscow times|meduza|interfax|tass|ria novosti|the kyiv independent|propublica|the texas tribune|local media|state media|state television|state tv|journalists|a news conference|a press conference|lawmakers|parliament|congress|the court|the jury|the committee|investigators|police|the hearing|the tribunal|the inquiry|the panel)(?-u:\b)/
-2 /(?-u:\b)told [a-z]+( [a-z]+){0,3} (in an interview|by phone|by telephone|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last week|this week|earlier this (week|month|year))(?-u:\b)/
-1.5 according to
-1.5 /(?-u:\b)according to (a|an|the|two|three|several|multiple|court|police|officials|documents|records|data|figures|sources|people|estimates|reports|witnesses|prosecutors|authorities|analysts|the latest|preliminary|local|state|federal|government|ministry|a person|one person|those|filings)(?-u:\b)/
-3 /(?-u:\b)(people|sources|a person|two people|three people|officials|an official|persons) (familiar|with knowledge|briefed) (with|of|on) the (matter|situation|plans|discussions|negotiations|investigation|talks|deal|decision|case|process|thinking)(?-u:\b)/
-3 /(?-u:\b)(spoke|speaking|who spoke|talked) on (the )?condition of anonymity(?-u:\b)/
-3 /(?-u:\b)(was|were|is|are|wasn't|weren't|not) (not )?authori[sz]ed to (speak|discuss|comment|talk) (publicly|on the record|to the media|about)(?-u:\b)/
-3 /(?-u:\b)(declined|refused) to (comment|be named|be identified|elaborate|give details|discuss|say)(?-u:\b)/
-3 /(?-u:\b)(did not|didn't|has not|hasn't|have not|haven't) (immediately )?(respond|reply|return|answer)(ed)? to (a |an |repeated |multiple |several )?(requests?|inquir(y|ies)|emails?|calls?|phone calls?|messages?|questions) (for|seeking) comment(?-u:\b)/
-3 /(?-u:\b)(did not|didn't) (immediately )?(respond|reply) to (a |an )?(request|requests|inquiry|email|message)(?-u:\b)/
-3 /(?-u:\b)could not (immediately )?be reached (for comment)?(?-u:\b)/
-2 /(?-u:\b)(a|the) (spokesperson|spokesman|spokeswoman|representative|press secretary|press officer|lawyer|attorney) for (the|a|an|his|her|their|[a-z]+)(?-u:\b)/
-2 /(?-u:\b)(officials|police|authorities|investigators|prosecutors|the company|the government|the ministry|the department|the agency|the spokesman|the spokeswoman|a spokesperson|a spokesman|a spokeswoman|witnesses|analysts|experts|economists|researchers|doctors|residents|lawyers|the statement|the report|the study|the survey|the white house|the kremlin|the pentagon|the state department|the army|the military|the ministry of defen[cs]e|the un|the united nations|the court|the judge|the firm|the group|the organi[sz]ation|the union|the campaign|the board|the council|the city|the county|the district|the school district|the hospital|the university|the airline|the bank|the fund|the charity|the foundation|the nonprofit) (said|say|says|told|added|reported|confirmed|estimated|warned|noted|announced|believe|believed|allege|alleged|contend|argued|acknowledged)(?-u:\b)/
-1.5 /(?-u:\b)(he|she|they) (said|says|added|told|noted|explained|continued|recalled|insisted|argued|acknowledged|conceded|wrote|testified|stressed|emphasi[sz]ed|warned|claimed|admitted|complained|predicted|replied|responded)(?-u:\b)/
-1.5 /(?-u:\b)(said|says|added|told|explained|recalled|wrote|testified) (mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|prof|judge|president|prime minister|minister|mayor|governor|senator|chief|officer|detective|sheriff|coach|chancellor|secretary|director|ceo|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson)(?-u:\b)/
-1.5 /(?-u:\b)(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|capt|sgt|prof)\. [a-z]+/
-1 /(?-u:\b)(reportedly|allegedly|purportedly|ostensibly)(?-u:\b)/
-1.5 /(?-u:\b)(warned|insisted|argued|acknowledged|conceded|claimed|alleged|denied|stressed|emphasi[sz]ed|asserted|maintained|contended|disputed|countered) (that|the|it|he|she|they)(?-u:\b)/
-2 /(?-u:\b)(was|were|had been|has been) (first )?reported by(?-u:\b)/
-2 /(?-u:\b)(wrote|posted|said|tweeted|announced|shared) on (x|twitter|facebook|instagram|social media|truth social|telegram|threads|bluesky|linkedin|tiktok|his (telegram|x|twitter|instagram|facebook)|her (x|twitter|instagram|facebook))(?-u:\b)/

# --- Quote tags ---------------------------------------------------------------------------------------
-2.5 /[,!?]" (he|she|they|it|we|i|[a-z]+( [a-z]+){0,3}) (said|says|added|told|asked|explained|wrote|noted|continued|recalled|insisted|argued|warned|replied|explained|admitted|conceded)(?-u:\b)/
-2.5 /[,!?]" (said|says|added|asked|wrote|explained|recalled|continued|noted|insisted|argued|warned|replied) [a-z]/
-1.5 /(?-u:\b)(he|she|they) (said|says|added|explained|wrote)[^a-z0-9]*$/
-1.5 /(?-u:\b)(said|says) [a-z]+ [a-z]+,? (a|an|the|who|whose) [a-z]/

# --- When: days, dates, times -----------------------------------------------------------------------------
-2 /(?-u:\b)(said|says|told|announced|reported|confirmed|added|wrote|tweeted|testified|ruled|voted|arrested|charged|killed|died|launched|released|signed|issued|unveiled|approved|rejected|filed|sued|met|visited|arrived|resigned|agreed|struck|attacked|fired|held|opened|closed|called|published|posted|denied|revealed) (on |late |early |last |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)/
-1 /(?-u:\b)(on|late|early|by|until|since) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)( (morning|afternoon|evening|night))?(?-u:\b)/
-1 /(?-u:\b)(on|since|by|until|from) (jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.? [0-9]{1,2}(?-u:\b)/
-1 /(?-u:\b)(on|since|by|until) (january|february|march|april|june|july|august|september|october|november|december) [0-9]{1,2}(?-u:\b)/
-2 /(?-u:\b)local time(?-u:\b)/
-1 /(?-u:\b)[0-9]{1,2}(:[0-9][0-9])? ?(a\.m\.|p\.m\.)/
-1 /(?-u:\b)(last|earlier this|later this) (week|month)(?-u:\b)/

# --- Who, where: people, places, numbers in news style -------------------------------------------------------
-2 /(?-u:\b)(a|an|the) [0-9]{1,3}-year-old(?-u:\b)/
-1.5 /[a-z], [0-9]{1,3}, (of|from|a|an|the|who|said|was|is|has|had|and|died|told)(?-u:\b)/
-1 /(?-u:\b)[0-9]+(\.[0-9]+)? (percent|per cent|percentage points)(?-u:\b)/
-1.5 /(?-u:\b)(was|were) among (the|those)(?-u:\b)/
-1 /(?-u:\b)at least [0-9]+ (people|civilians|soldiers|children|were|have|had|others|migrants|deaths|homes|buildings)(?-u:\b)/
-1 /(?-u:\b)(killed|injured|wounded|arrested|detained|evacuated|displaced|hospitali[sz]ed|rescued)(?-u:\b)/
-2 /^[a-z][a-z .'-]{1,30}(, [a-z][a-z. ]{1,20})? \((ap|reuters|afp|upi|bloomberg|cnn|dpa|xinhua|tass|ians|pti|aap|the canadian press|cp|ap photo)\) -/
-2 /^[a-z][a-z .'-]{1,30}(, [a-z][a-z. ]{1,20})?,? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? [0-9]{1,2} \((reuters|ap|afp|bloomberg)\)/

# --- Embedded posts -----------------------------------------------------------------------------------
# An embedded tweet as extractors write it: its text (with its pic.twitter.com link),
# then "— Name (@handle) November 18, 2019". A story quotes these; page chrome writes a
# feed of the site's own posts without this signature.
-3 /^- [^()]{1,80} \(@[a-z0-9_]{1,20}\) (january|february|march|april|may|june|july|august|september|october|november|december) [0-9]{1,2}, [0-9]{4}$/
-2 /(?-u:\b)pic\.twitter\.com\/[a-z0-9]+/

# --- Institutions acting: courts, police, governments, markets --------------------------------------------
-2 /(?-u:\b)(the|a) (court|judge|jury|justices|supreme court|appeals court|tribunal|panel) (ruled|found|said|ordered|sentenced|dismissed|rejected|upheld|blocked|heard|convicted|acquitted)(?-u:\b)/
-2 /(?-u:\b)pleaded (guilty|not guilty|no contest)(?-u:\b)/
-1.5 /(?-u:\b)(was|were|has been|have been|had been) (arrested|charged|indicted|sentenced|convicted|acquitted|killed|injured|wounded|detained|hospitali[sz]ed|evacuated|released on bail)(?-u:\b)/
-1.5 /(?-u:\b)(filed|brought|dismissed|settled) (a |the )?(lawsuit|suit|complaint|motion|charges|appeal)(?-u:\b)/
-1.5 /(?-u:\b)(according to|in) (court|police|charging|legal) (documents|records|filings|papers)(?-u:\b)/
-1.5 /(?-u:\b)(news|press) conference(?-u:\b)/
-1.5 /(?-u:\b)(the|a) (study|survey|poll|report|analysis|review|audit|investigation),? (published|released|conducted|commissioned) (by|in|on|last)(?-u:\b)/
-1.5 /(?-u:\b)(the|a|an) ([a-z0-9]+ )?(study|survey|poll|report|analysis|audit|census) (found|showed|shows|finds|suggests|suggested|concluded|estimated)(?-u:\b)/
-1.5 /(?-u:\b)in an interview (with|on|last|this|earlier)(?-u:\b)/
-1.5 /(?-u:\b)(the|a) (bill|law|legislation|measure|amendment|ordinance|resolution) (would|will|passed|was passed|was signed|requires|bans|allows)(?-u:\b)/
-1 /(?-u:\b)(shares|stocks|the index|the dow|the s&p 500|the nasdaq|the ftse|oil prices|the dollar|the euro|the rouble|the ruble|bond yields) (rose|fell|climbed|dropped|slid|jumped|gained|lost|surged|tumbled|closed|ended)(?-u:\b)/
-1 /(?-u:\b)(local|state|federal|regional|russian|ukrainian|chinese|israeli|iranian|turkish|indian|european) (media|officials|authorities|prosecutors|outlets|news agencies|police)(?-u:\b)/
-1 /(?-u:\b)(state|news) agency(?-u:\b)/
