# Cookie and consent notices: "this website uses cookies", the IAB consent-framework
# purposes, consent buttons, "do not sell my personal information", and the
# per-embed consent boxes ("Allow Twitter content?").
#
# Stories about cookie law, tracking or GDPR use the same vocabulary, so topic words
# ("cookies", "consent", "third-party cookies", "privacy policy") are weak; the strong
# patterns address the reader ("we use cookies", "by continuing ... you agree") or
# are whole-paragraph buttons. Regex conventions: see appeal.pat.
@category cookie
@weight +3

# --- Buttons and headings (whole paragraphs) --------------------------------------------
+7 ^accept all$
+7 ^accept all cookies$
+7 ^accept cookies$
+7 ^accept and close$
+7 ^accept and continue$
+7 ^agree and close$
+7 ^agree and continue$
+7 ^agree and proceed$
+7 ^reject all$
+7 ^reject all cookies$
+7 ^reject cookies$
+7 ^decline all$
+7 ^decline cookies$
+7 ^deny all$
+7 ^refuse all$
+7 ^allow all$
+7 ^allow all cookies$
+7 ^allow cookies$
+7 ^allow selection$
+7 ^only necessary$
+7 ^only essential cookies$
+7 ^necessary only$
+7 ^essential only$
+7 ^use necessary cookies only$
+7 ^accept necessary cookies$
+7 ^accept essential cookies$
+7 ^accept only essential cookies$
+7 ^manage cookies$
+7 ^manage cookie settings$
+7 ^manage cookie preferences$
+7 ^manage consent$
+7 ^manage options$
+7 ^manage preferences$
+7 ^manage my preferences$
+6 ^manage settings$
+7 ^cookie settings$
+7 ^cookies settings$
+7 ^cookie preferences$
+7 ^cookie policy$
+7 ^cookie notice$
+7 ^cookie consent$
+7 ^cookie declaration$
+6 ^cookies policy$
+6 ^privacy settings$
+6 ^privacy preferences$
+7 ^privacy preference center$
+7 ^privacy preference centre$
+7 ^privacy manager$
+7 ^consent preferences$
+7 ^customise settings$
+7 ^customize settings$
+7 ^customise choices$
+7 ^customize choices$
+7 ^customise cookies$
+7 ^customize cookies$
+7 ^confirm my choices$
+7 ^save my choices$
+7 ^save my preferences$
+7 ^save preferences$
+7 ^save settings$
+7 ^save and exit$
+7 ^save and close$
+6 ^show purposes$
+6 ^show vendors$
+6 ^vendor list$
+4 ^partners$
+7 ^list of partners$
+7 ^list of partners (vendors)$
+7 ^view our partners$
+7 ^strictly necessary$
+7 ^strictly necessary cookies$
+7 ^necessary cookies$
+7 ^essential cookies$
+7 ^performance cookies$
+7 ^functional cookies$
+7 ^functionality cookies$
+7 ^targeting cookies$
+7 ^analytics cookies$
+7 ^analytical cookies$
+7 ^marketing cookies$
+7 ^advertising cookies$
+7 ^social media cookies$
+7 ^statistics cookies$
+7 ^preference cookies$
+6 ^legitimate interest$
+6 ^object to legitimate interest$
+5 ^i accept$
+5 ^i agree$
+5 ^i understand$
+5 ^accept$
+5 ^agree$
+5 ^decline$
+5 ^reject$
+4 ^cookies$
+6 ^got it$
+5 ^ok, got it$
+5 ^okay$
+4 ^ok$
+8 ^do not sell or share my personal information$
+8 ^do not sell my personal information$
+8 ^do not sell my info$
+8 ^do not sell my information$
+7 ^your privacy choices$
+7 ^your privacy rights$
+7 ^california privacy rights$
+7 ^your california privacy rights$
+7 ^ad choices$
+7 ^adchoices$
+6 ^we value your privacy$
+6 ^we care about your privacy$
+6 ^your privacy$
+6 ^privacy and cookies$

# --- We use cookies ---------------------------------------------------------------------------
+5 /(?-u:\b)(we|we and our ([0-9]+ )?partners|this (site|website)|our (site|website|partners)|these sites) (use|uses|may use|set|sets|place|store|and our partners use)( essential| necessary| our own and third-party| first- and third-party| third-party)? cookies/
+5 /(?-u:\b)(this|our) (site|website|service) (uses|employs|relies on) (cookies|local storage|tracking technologies)(?-u:\b)/
+2 /(?-u:\b)uses cookies(?-u:\b)/
+2 /(?-u:\b)(cookies|similar technologies|tracking technologies) (to|that help us) (improve|enhance|personali[sz]e|analy[sz]e|understand|remember|give you|provide you|offer you|measure) (your|our|how you|you|the use of our|site|website|traffic)(?-u:\b)/
+3 /(?-u:\b)(to )?(give|provide|offer|ensure|bring) you (with )?(the best|a better|a personali[sz]ed|the most relevant) (possible )?(browsing |online |user |website )?(experience|content|ads|advertising)(?-u:\b)/
+3 /(?-u:\b)(improve|enhance|personali[sz]e) your (browsing|user|site|website|online) experience(?-u:\b)/
+5 /(?-u:\b)by (continuing to (use|browse|visit|navigate)|using|browsing|clicking|visiting|navigating|scrolling|staying on|remaining on)( (on|through))? (this|our|the) (site|website|page|service)(?-u:\b)[^.!?]{0,50}(?-u:\b)(you )?(agree|consent|accept|acknowledge)(?-u:\b)/
+5 /(?-u:\b)(agree|consent) to (our use of cookies|our cookie policy|our cookies|the storing of cookies)(?-u:\b)/
+4 /(?-u:\b)(click|tap|select|press) ['"]?(accept|accept all|agree|i agree|i accept|ok|allow|allow all|reject all|manage|manage settings|customi[sz]e|continue)['"]?,? (to|if you)(?-u:\b)/
+4 /(?-u:\b)(you can|you may|you're able to) (change|withdraw|manage|update|review|adjust|modify) (your|this) (consent|cookie (settings|preferences|choices))(?-u:\b)/
+2 /(?-u:\b)(you can|you may) (change|manage|update|review|adjust|modify) (your|these) (choices|preferences)(?-u:\b)/
+4 /(?-u:\b)(at any time|anytime) (by|via|in|through) (clicking|visiting|the) (on )?(the )?(cookie|privacy|consent|manage|['"])/
+3 /(?-u:\b)(read|see|view|visit|consult|review) (our|the) (cookie|cookies|privacy and cookie) (policy|notice|statement)(?-u:\b)/
+2 /(?-u:\b)for more information,? (please )?(see|read|visit|review|consult|check) our(?-u:\b)/
+6 /(?-u:\b)(we|we and our ([0-9]+ )?partners) (store|access|process|collect|use) (and/or access )?(information|personal data|data) on (a|your) device/
+6 store and/or access information on a device
+6 /(?-u:\b)personali[sz]ed (ads|advertising) and content,? (ad|advertising) and content measurement/
+6 audience insights and product development
+6 /(?-u:\b)actively scan(ning)? device characteristics for identification/
+5 /(?-u:\b)use (precise|limited) (geolocation data|data to select (advertising|content))/
+4 /(?-u:\b)(create|build) (a )?(personali[sz]ed (ads|advertising|content) profile|profiles? for personali[sz]ed (ads|advertising|content))/
+5 /(?-u:\b)use profiles to select personali[sz]ed (ads|advertising|content)/
+3 /(?-u:\b)measure (advertising|content|ad) performance(?-u:\b)/
+3 /(?-u:\b)develop and improve (products|services)(?-u:\b)/
+6 understand audiences through statistics
+3 /(?-u:\b)we and our ([0-9]+ )?(partners|vendors|third parties|advertising partners)(?-u:\b)/
+2 /(?-u:\b)(on the basis of|based on) (your )?(consent|legitimate interests?)(?-u:\b)/
+3 /(?-u:\b)your (cookie|consent|privacy) (preferences|settings|choices) (at any time|anytime)(?-u:\b)/
+2 /(?-u:\b)(cookie|consent) (banner|notice|settings|preferences|preference center|preference centre|choices)(?-u:\b)/
+1 cookie policy
+1 /(?-u:\b)(essential|strictly necessary|non-essential|functional|performance|analytics|analytical|advertising|marketing|targeting|tracking) cookies(?-u:\b)/
+1.5 /(?-u:\b)(accept|reject|manage|decline|allow|refuse|block|disable) (all |our |the use of |non-essential |optional |these )?cookies(?-u:\b)/
+3 /(?-u:\b)(we|this site) (value|respect|care about|take) your privacy( seriously)?(?-u:\b)/
+3 /(?-u:\b)your privacy (is important to us|matters to us|matters)(?-u:\b)/
+3 /(?-u:\b)opt(-| )out of (the )?(sale|sharing|selling) of (your )?personal (information|data)(?-u:\b)/
+1.5 /(?-u:\b)(sale|sharing) of (your )?personal information(?-u:\b)/
+3 /(?-u:\b)(you have|you've) (the right|a right) to (object|withdraw|opt out)(?-u:\b)/

# --- Cookie categories as consent managers describe them ---------------------------------------
# "Necessary cookies are absolutely essential for the website to function properly",
# "Analytical cookies are used to understand how visitors interact with the website":
# the category, then what it does for "the website" or its "visitors". A story about
# tracking says what cookies do for advertisers, not for "the website".
+7 /(?-u:\b)(necessary|essential|strictly necessary|required) cookies are (absolutely |strictly )?(essential|necessary|required|needed) (for|to) (the|this|our) (website|site|web ?site)(?-u:\b)/
+6 /(?-u:\b)this category (only )?includes cookies that(?-u:\b)/
+6 /(?-u:\b)these cookies (do not|don't) store any personal (information|data)(?-u:\b)/
+6 /(?-u:\b)any cookies that may not be (particularly )?necessary for (the|this) (website|site)(?-u:\b)/
+4 /(?-u:\b)(are )?termed as non-necessary cookies(?-u:\b)/
+6 /(?-u:\b)(procure|obtain|get) (the )?(user|your|visitor) consent (prior to|before) (running|using|setting|placing|enabling) these cookies(?-u:\b)/
+5 /^[^a-z0-9]*(functional|functionality|performance|analytics|analytical|advertisement|advertising|marketing|targeting|preference|preferences|statistics|statistical|other uncategori[sz]ed|uncategori[sz]ed|necessary|essential|strictly necessary) cookies (are used to|help|help to|allow|enable|are those|collect|track)( us)? [^.]{0,100}(?-u:\b)(the website|our website|this website|visitors|a website|the site|our site|this site)(?-u:\b)/
+3 /(?-u:\b)these cookies (track|help|collect|ensure|allow|enable) (visitors|us|the website|information)(?-u:\b)/
+4 /(?-u:\b)(have|has) not been classified into a category( as yet)?(?-u:\b)/

# --- Per-embed consent boxes (BBC, Guardian and others) ------------------------------------
+6 /^[^a-z0-9]*allow [a-z.+ ]{1,25} content[^a-z0-9]*$/
+6 /(?-u:\b)this (article|page|site) contains content provided by(?-u:\b)/
+7 /(?-u:\b)we ask for your permission before anything is loaded/
+5 /(?-u:\b)(you may want to|please) read [a-z.+ ]{1,25}('s)? (cookie policy|privacy policy)/
+6 /(?-u:\b)to view this content(,)? (choose|click|select|you (need|will need|must|have) to)(?-u:\b)/
+5 /(?-u:\b)(to|in order to) (view|see|load|display|watch|play) this (content|video|embed|post|tweet|media|element)(,)? (you (need|will need|must|have) to|please) (accept|enable|allow|change|update|give|consent|manage)(?-u:\b)/
+5 /(?-u:\b)(this|the) (content|embed|video|element|media) (is|was|has been) (not (displayed|shown|available|loaded)|blocked) (because|due to|as) (of )?(your|you have|you've) ?(cookie|privacy|consent|not)/
+4 /(?-u:\b)(content|video|embed) (is )?(blocked|hidden|not available|unavailable) (because of|due to) (your )?(cookie|privacy|consent)(?-u:\b)/
+4 /(?-u:\b)(may|might) (be using|use|set) cookies and other technologies(?-u:\b)/
