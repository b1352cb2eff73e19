# Copyright and legal lines: ©, "all rights reserved", wire-service redistribution
# notices, footer link rows (terms, privacy, cookies, accessibility), reCAPTCHA lines,
# republishing and syndication notes, affiliate and opinion disclaimers, company
# registration lines.
#
# News covers copyright suits, terms-of-service changes and privacy policies, so the
# bare terms are weak; the strong patterns are the fixed formulas and footer rows.
# Regex conventions: see appeal.pat.
@category legal
@weight +4

# --- Copyright ---------------------------------------------------------------------------------
+6 all rights reserved
+3 /(?-u:\b)some rights reserved(?-u:\b)/
+8 this material may not be published, broadcast, rewritten
+6 /(?-u:\b)may not be (re)?published, broadcast,? (rewritten|redistributed)/
+6 /(?-u:\b)(published|broadcast|rewritten|redistributed),? or redistributed( in any (form|medium|way))?( without (prior )?(written )?permission)?/
+5 /(?-u:\b)(reproduction|redistribution|republication|copying|reuse|retransmission) (of (this|the|any|our) (content|material|article|site|website|story)s? )?(in whole or in part )?(is )?(strictly )?(prohibited|forbidden|not permitted)(?-u:\b)/
+4 /(?-u:\b)without (the )?(express|prior|explicit) (written )?(permission|consent|authori[sz]ation) (of|from) (the )?(publisher|copyright (owner|holder)|[a-z]+ (media|news|publishing|group|inc|ltd))/
+4 /(?-u:\b)(no part of this|none of this) (publication|material|content|article|website) may be (reproduced|republished|copied)(?-u:\b)/
+2 /(?-u:\b)without (the )?(prior )?(express )?written (permission|consent) of(?-u:\b)/
# "The material on this site may not be reproduced, distributed, transmitted, cached or
# otherwise used, except with the prior written permission of …"
+6 /(?-u:\b)may not be (reproduced|copied|republished),? (distributed|transmitted|published|republished),? [^.]{0,60}(cached|or otherwise used)(?-u:\b)/
+4 /(?-u:\b)apply to all content you (upload|post|submit)(?-u:\b)/
+3 /(?-u:\b)(content|material|comments) you (upload|post|submit) (or otherwise (submit|post|upload) )?to this (site|website)(?-u:\b)/

# --- Footer link rows and single footer links ---------------------------------------------------
+7 ^terms of use$
+7 ^terms of service$
+7 ^terms and conditions$
+7 ^terms & conditions$
+7 ^terms of sale$
+7 ^terms$
+7 ^privacy policy$
+7 ^privacy notice$
+7 ^privacy statement$
+7 ^privacy center$
+7 ^privacy centre$
+7 ^privacy$
+7 ^legal$
+7 ^legal notice$
+7 ^legal notices$
+7 ^imprint$
+7 ^disclaimer$
+7 ^user agreement$
+7 ^subscriber agreement$
+7 ^subscriber terms$
+7 ^community guidelines$
+7 ^code of conduct$
+7 ^editorial guidelines$
+7 ^editorial standards$
+7 ^editorial policy$
+7 ^ethics policy$
+7 ^corrections policy$
+7 ^accessibility statement$
+7 ^modern slavery statement$
+5 ^complaints$
+7 ^reprints$
+7 ^reprints and permissions$
+7 ^reprints & permissions$
+7 ^permissions$
+7 ^licensing$
+7 ^syndication$
+7 ^reuse this content$
+7 ^republish this story$
+7 ^republish this article$
+7 ^republish$
+7 ^republishing guidelines$
+7 ^copyright policy$
+7 ^copyright notice$
+7 /^[^a-z0-9]*((terms( of (use|service|sale))?|terms (&|and) conditions|privacy( policy| notice| statement| settings| center| centre| preferences| manager)?|cookies?( policy| settings| preferences| notice)?|manage cookies|accessibility( statement| help)?|contact( us)?|about( us)?|sitemap|site map|careers|jobs|advertise( with us)?|help|faqs?|corrections|ethics( policy)?|code of conduct|do not sell( or share)? my (personal )?(info|information)|your privacy choices|ad ?choices|licensing|permissions|reprints( (and|&) permissions)?|rss|newsletters?|subscribe|log ?in|sign in|manage subscription|work (with|for) us|press|media|investors|legal( notice)?|imprint|impressum|disclaimer|community guidelines|subscriber agreement|user agreement|copyright( policy)?|modern slavery statement|complaints|syndication|archive|feedback|e-edition|contributors|editorial (guidelines|standards|policy)|our team|masthead|site index|cookie settings|accessibility|terms)[^a-z0-9]*){3,}$/
+5 /^[^a-z0-9]*(terms( of (use|service))?|privacy( policy)?|cookie policy|legal)[^a-z0-9]+(terms( of (use|service))?|privacy( policy)?|cookie policy|legal|cookies|accessibility|contact( us)?|about( us)?)[^a-z0-9]*$/

# --- Agreeing to terms ---------------------------------------------------------------------------
+4 /(?-u:\b)(read|review|see|agree to|accept|consent to) (our|the site's|this site's) (terms|privacy policy|terms of (use|service)|terms and conditions|cookie policy|user agreement|privacy notice|privacy statement|community guidelines)(?-u:\b)/
+3 /(?-u:\b)our (privacy policy|privacy notice|privacy statement|terms of (use|service)|terms and conditions|user agreement|cookie policy)(?-u:\b)/
+4 /(?-u:\b)(use of|by using|access to) this (site|website|service) (constitutes|is subject to|signifies|means)(?-u:\b)/
+4 /(?-u:\b)(constitutes|indicates) (your )?acceptance of (our|the|these) (terms|user agreement|privacy policy)(?-u:\b)/
+8 /(?-u:\b)this site is protected by recaptcha/
+8 google privacy policy and terms of service apply
+1 terms of service
+1 terms of use
+1 privacy policy

# --- Wire and syndication lines ------------------------------------------------------------------------
+8 distributed by tribune content agency
+5 /(?-u:\b)(distributed|syndicated|licensed) by (tribune content agency|tribune media services|andrews mcmeel|king features|creators syndicate|washington post writers group|the new york times (syndicate|licensing group)|universal uclick)(?-u:\b)/
+7 /^[^a-z0-9]*a version of this (article|story) (appears|appeared) in print on/
+7 /(?-u:\b)of the new york edition with the headline(?-u:\b)/
+6 /(?-u:\b)this article appeared in the [a-z &',-]{1,60} section of the print edition/
+4 /(?-u:\b)this (article|story|piece|post|essay|content) (was|is|has been) (originally |first )?(published|posted|republished|syndicated|reproduced) (by|on|in|with permission (from|of)|from|under|courtesy of) /
+6 /(?-u:\b)(this article|it) is republished from (the conversation|[a-z ]{2,40}) under a creative commons/
+3 /(?-u:\b)(under|with) a creative commons (license|licence)(?-u:\b)/
+2 creative commons
+3 /(?-u:\b)cc[- ]by(-nc)?(-nd)?(-sa)?( [0-9]\.[0-9])?(?-u:\b)/
+5 /(?-u:\b)(republish|reprint|reuse) (this|our) (article|story|stories|articles|content|work) (for free|under|with|online or in print|by|using)(?-u:\b)/
+5 /(?-u:\b)(you may|you can|feel free to) (republish|reprint|reuse|share) (this|our|the) (article|story|stories|articles|content)(?-u:\b)/
+3 /(?-u:\b)(republished|reprinted|reproduced) (here )?with (the )?(kind )?permission(?-u:\b)/
+4 /(?-u:\b)for (reprint|reprints|licensing|syndication) (and|or|&) (licensing|permissions|reprint|syndication) (requests|inquiries|queries|information|rights)(?-u:\b)/
+4 /(?-u:\b)(to|for) (inquire|enquire|inquiries|enquiries) about (licensing|reprints|syndication|republishing)(?-u:\b)/

# --- Disclaimers ------------------------------------------------------------------------------------------
+5 /(?-u:\b)(quotes|quote data|stock quotes|market data|data|prices) (are |is )?delayed (by )?(at least |up to )?[0-9]+ (minutes|mins)(?-u:\b)/
+6 /(?-u:\b)(these|this) statements? (have|has) not been evaluated by the (food and drug administration|fda)(?-u:\b)/
+6 /(?-u:\b)not intended to diagnose, treat, cure,? or prevent any disease/
+4 /(?-u:\b)(the )?(views|opinions) (and opinions )?expressed (in this (article|column|piece|post|commentary|op-ed|blog|video)|here(in)?|above|below) (are|is|do|belong)(?-u:\b)/
+4 /(?-u:\b)(the )?(views|opinions) expressed (are|is) (those|solely those|the author's|the writer's|the authors') (own|of)(?-u:\b)/
+3 /(?-u:\b)(do|does) not (necessarily )?(reflect|represent) (the )?(views|opinions|position|policy|positions) of (this|the) (publication|website|site|newspaper|editorial board|outlet|station|network)(?-u:\b)/
+2 /(?-u:\b)(the )?(author|writer|columnist|contributor)'?s? (own )?(views|opinions) (and|are|do)(?-u:\b)/
+5 /(?-u:\b)(this|the) (article|content|information|story|material|site|website|column|post) (is|was) (provided |intended )?(for|as) (general |informational |educational |entertainment )+(information|purposes)( only)?(?-u:\b)/
+3 /(?-u:\b)(does not|do not|doesn't|should not be construed as|is not intended to|not intended to) (constitute|serve as|replace) (financial|legal|medical|investment|tax|professional)( or (financial|legal|medical|investment|tax))? advice(?-u:\b)/
+3 /(?-u:\b)not intended as (professional )?(medical|legal|financial|investment) (advice|diagnosis)(?-u:\b)/
# A regulator or a doctor in a story says an app "is not a substitute for professional
# medical advice" too: weak unless the disclaimer says what is "not intended" (below).
+1.5 /(?-u:\b)not a substitute for (professional )?(medical|legal|financial|investment) (advice|diagnosis)(?-u:\b)/

# Health, fitness and results disclaimers: "not intended as a substitute for professional
# medical advice", "consult your physician before beginning any exercise program",
# "results vary depending on starting point, goals and effort". A health story may quote
# a doctor's advice in the third person ("patients should consult their doctor"); these
# address the reader ("your physician") or speak of "this website".
+4 /(?-u:\b)not (intended|meant) (as|to be) (a )?(substitute|replacement) for (professional |qualified |expert )?(medical |health |legal |financial )?(advice|diagnosis|care|treatment)(?-u:\b)/
+4 /(?-u:\b)(consult|check with|talk to|talk with|speak with|speak to|ask) (with )?your (physician|doctor|health ?care (provider|professional)|medical (professional|provider))[^.]{0,80}(?-u:\b)before (beginning|starting|undertaking|you (begin|start)|making|using)( any| a| this| the)? (new )?(exercise|fitness|diet|dietary|nutrition|workout|weight[- ]loss|supplement|training)(?-u:\b)/
+4 /(?-u:\b)(always )?(seek|consult) the advice of (your|a) (physician|doctor|qualified health)(?-u:\b)/
+4 /(?-u:\b)not intended to (diagnose|treat|cure|prevent) any (medical )?(condition|disease|illness)(?-u:\b)/
+3 /(?-u:\b)for (general )?(informational|educational|information|entertainment) purposes only(?-u:\b)/
+5 /(?-u:\b)(individual )?results (may |will |can )?vary (depending on|from person to person|by individual|based on) (your |each |the )?(individual|person|starting point|effort|goals|body|diet|adherence)(?-u:\b)/
+5 /(?-u:\b)individual results (may|will|can) vary(?-u:\b)/
+5 /(?-u:\b)(exercise|physical activity) and (a )?proper (diet|nutrition) are (necessary|required|needed) to (achieve|maintain)(?-u:\b)/
+3 /(?-u:\b)(the )?testimonials (featured|shown|on this (site|website|page))(?-u:\b)/

# --- Affiliate disclosures --------------------------------------------------------------------------
+6 /(?-u:\b)(not|been) (provided|commissioned|reviewed|approved|endorsed)[a-z ,]{0,40} by the (bank|card|credit card) (advertiser|issuer)/
+6 /(?-u:\b)(we|this site|the publisher|[a-z]+ news) (may|might|will|can) (earn|receive) (a |an )?(small )?(commission|affiliate commission|compensation|share of (the )?(sales|revenue))(?-u:\b)/
+5 /(?-u:\b)(when|if) you (buy|purchase|shop)( something| products| items)? (through|via|using|from) (links|our links|a link|affiliate links|the links|retail links|links on (this|our) (site|page))(?-u:\b)/
+4 /(?-u:\b)(when|if) you click (on )?(our|affiliate|retail) links(?-u:\b)/
+2 /(?-u:\b)(when|if) you (buy|purchase) (something|anything|a product|an item) (through|via|from) (this|our|one of (our|the)) (post|article|page|site|links?)(?-u:\b)/
+4 /(?-u:\b)(products|items|deals|everything|all products|picks|product) (we feature )?(are|were|is) (independently|editorially) (selected|chosen|curated|picked|reviewed)(?-u:\b)/
+4 /(?-u:\b)independently (selected|chosen) by (our )?(editors|journalists|writers)(?-u:\b)/
+2 /(?-u:\b)affiliate (links?|partnerships?|commissions?|program)(?-u:\b)/
+4 /(?-u:\b)(contains|includes|may contain) affiliate links(?-u:\b)/
+4 /(?-u:\b)(prices|availability) (are |is )?(accurate|correct) (as of|at the time of) (publication|publishing|posting|writing)(?-u:\b)/
+4 /(?-u:\b)(our|the) (editors|journalists|writers|team) (independently )?(research|test|select|choose|review|recommend)[a-z ,]{0,30} (products|items|deals|services)(?-u:\b)/

# --- Company, regulation and site-credit lines -------------------------------------------------------
+5 /(?-u:\b)registered in england (and|&) wales(?-u:\b)/
+4 /(?-u:\b)(company|registration|registered|vat) (registration )?(no|number|reg)\.? ?:? ?(gb)?[0-9]{5,}/
+2 /(?-u:\b)registered office(:|,| at| is)/
+3 /(?-u:\b)(is |are )?(regulated by|a member of|members of) (ipso|impress|the independent press standards organisation|the press council|the news media council|the australian press council)(?-u:\b)/
+3 /(?-u:\b)(is|are) (a )?(registered )?(trademarks?|trade marks?) of(?-u:\b)/
# A site's description of itself in the footer: "ledger.example features the latest news,
# reviews and events". ("The Ledger is the essential source of information …" was tried and
# dropped: a study's finding says the same of an encyclopedia.)
+3 /^[^a-z0-9]*[a-z0-9-]+(\.[a-z]{2,6}){1,2} (features|brings you) (the latest|all the latest)(?-u:\b)/
+5 /^[^a-z0-9]*(proudly )?powered by [a-z0-9 .&-]{2,30}[^a-z0-9]*$/
+4 /(?-u:\b)powered by (wordpress|wordpress\.com vip|arc xp|ghost|substack|squarespace|wix|drupal|newspack|blox cms|townnews|brightspot|disqus)(?-u:\b)/
+5 /^[^a-z0-9]*(site|website|web site|theme) (design|designed|developed|built|created|design and development)( and (developed|built|hosted))? by [^.!?]{1,40}$/
+4 /^[^a-z0-9]*(a|an) [a-z0-9 .&-]{2,40} (company|publication|property|brand)[^a-z0-9]*$/
+3 /^[^a-z0-9]*(a |proudly )?part of (the )?[a-z0-9 .&-]{2,30} (group|network|media group|family of (sites|brands|publications))[^a-z0-9]*$/
