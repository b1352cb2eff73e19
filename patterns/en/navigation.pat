# Navigation and page chrome: menus and section names, skip links, breadcrumbs,
# account links (sign in, log in, register), pagination and slideshow counters,
# advertisement markers, tags and topics lines, reading-time and date stamps,
# browser and player error messages.
#
# Almost all of these are short whole paragraphs; the structural signals already
# make a one-to-three-word line suspect, and these patterns make it certain. Section
# names ("Politics", "Health") are kept weak because long articles use one-word
# subheadings. Regex conventions: see appeal.pat.
@category navigation
@weight +4

# --- Advertisement markers -----------------------------------------------------------------
+7 ^advertisement$
+7 ^advertisements$
+7 ^advertisment$
+7 ^advert$
+6 ^ad$
+6 ^ads$
+7 ^sponsored$
+7 ^sponsor$
+7 ^promoted$
+7 ^paid post$
+7 ^paid partnership$
+5 ^advertising$
+7 ^ad feedback$
+7 ^report this ad$
+7 ^report ad$
+7 ^close ad$
+7 ^skip ad$
+7 ^hide ad$
+7 ^ad loading$
+7 ^advertisement - scroll to continue$
+7 ^scroll to continue with content$
+7 ^story continues below advertisement$
+7 ^article continues below advertisement$
+7 ^continue reading below$
+7 /^[^a-z0-9]*(advertisement|advert|ad|sponsored)[^a-z0-9]+(scroll|continue|story|article|content)[a-z ]{0,40}[^a-z0-9]*$/
+6 /(?-u:\b)(story|article|content|reading) (continues|continue) (below|after) (this |the )?(ad|advertisement|advert|sponsor message)(?-u:\b)/
+6 /(?-u:\b)scroll (down )?to continue (with content|reading)(?-u:\b)/
+5 /(?-u:\b)ads? by (google|teads|taboola|outbrain)(?-u:\b)/
+4 /(?-u:\b)(why (this|am i seeing this) ad|about this ad|ad choices|adchoices)(?-u:\b)/
+2 /(?-u:\b)(remove|hide|block|turn off) (all )?ads(?-u:\b)/
+2 /(?-u:\b)(ad[- ]?blocker|adblock|ad blocking software)(?-u:\b)/
+5 /(?-u:\b)(please )?(disable|turn off|pause|whitelist) (your )?(ad[- ]?blocker|adblock)(?-u:\b)/
+5 /(?-u:\b)(it looks like|we notice|we've noticed|we noticed|looks like) you('re| are) using an ad[- ]?blocker(?-u:\b)/

# --- Menus, skip links, site chrome ----------------------------------------------------------
+8 ^skip to content$
+8 ^skip to main content$
+8 ^skip to navigation$
+8 ^skip to main navigation$
+8 ^skip to search$
+8 ^skip to footer$
+8 ^skip to main menu$
+8 ^skip to article$
+8 ^skip navigation$
+8 ^skip to primary navigation$
+8 ^skip to secondary menu$
+6 ^jump to$
+7 ^jump to content$
+7 ^jump to navigation$
+6 /(?-u:\b)skip to (main |primary |secondary )?(content|navigation|search|footer|menu|article|sidebar)(?-u:\b)/
+7 ^toggle navigation$
+7 ^toggle menu$
+7 ^toggle search$
+7 ^open menu$
+7 ^close menu$
+7 ^open navigation$
+7 ^close navigation$
+7 ^main menu$
+7 ^main navigation$
+7 ^primary menu$
+7 ^primary navigation$
+7 ^secondary menu$
+7 ^footer menu$
+7 ^site navigation$
+7 ^mobile menu$
+6 ^navigation$
+6 ^menu$
+6 ^sections$
+6 ^all sections$
+6 ^search$
+7 ^search for$
+7 ^search site$
+7 ^search the site$
+7 ^search this site$
+7 ^search our site$
+7 ^search news$
+7 ^search articles$
+7 ^search query$
+7 ^submit search$
+7 ^type your search$
+7 ^enter search term$
+7 ^enter keywords$
+7 ^press enter to search$
+7 /^[^a-z0-9]*(type|enter|start typing)[a-z ,]{0,20} (and )?(press|hit) (enter|return)( to search)?[^a-z0-9]*$/
+6 ^close$
+6 ^close window$
+6 ^close search$
+6 ^close this$
+5 ^open$
+5 ^expand$
+5 ^collapse$
+5 ^dismiss$
+5 ^cancel$
+5 ^submit$
+5 ^go$
+5 ^done$
+5 ^back$
+5 ^next$
+5 ^previous$
+6 /^[^a-z0-9]*(previous|prev|older) (post|article|story|entry)[^a-z0-9]*((next|newer) (post|article|story|entry))?[^a-z0-9]*$/
+6 /^[^a-z0-9]*(next|newer) (post|article|entry)[^a-z0-9]*$/
+6 /^[^a-z0-9]*back to (the )?(gallery|slideshow|photo gallery|photos|video)[^a-z0-9]*$/
+6 ^blog stats$
+5 /^[^a-z0-9]*[0-9][0-9,.]* (hits|page ?views|visits|visitors)[^a-z0-9]*$/
+5 ^prev$
+5 ^more$
+5 ^less$
+6 ^show more$
+6 ^show less$
+6 ^read less$
+6 ^load more$
+6 ^load more stories$
+6 ^load more articles$
+6 ^view more$
+6 ^view less$
+6 ^more options$
+5 ^top$
+7 ^back to top$
+7 ^to top$
+7 ^go to top$
+7 ^scroll to top$
+7 ^return to top$
+7 ^back to top of page$
+6 ^back to home$
+6 ^back to homepage$
+6 ^return to homepage$
+6 ^go to homepage$
+6 ^go to home page$
+6 ^back to news$
+6 ^back to article$
+6 ^back to story$
+6 ^back to previous page$
+6 ^home page$
+6 ^front page$
+6 ^sitemap$
+6 ^site map$
+6 ^site index$
+6 ^index$
+5 ^archive$
+5 ^archives$
+6 ^rss feed$
+6 ^rss feeds$
+6 ^contact$
+6 ^contact us$
+6 ^about$
+6 ^about us$
+6 ^about the author$
+5 ^about this site$
+5 ^our team$
+5 ^our staff$
+5 ^staff$
+5 ^masthead$
+6 ^careers$
+6 ^work with us$
+6 ^work for us$
+6 ^jobs$
+6 ^advertise$
+6 ^advertise with us$
+6 ^media kit$
+5 ^help$
+5 ^help centre$
+5 ^help center$
+5 ^faq$
+5 ^faqs$
+5 ^accessibility$
+5 ^corrections$
+5 ^feedback$
+5 ^send feedback$
+5 ^send us a tip$
+5 ^submit a tip$
+5 ^got a tip$
+5 ^contact the newsroom$
+5 ^letters to the editor$
+5 ^submit a letter$
+5 ^customer service$
+5 ^customer support$
+5 ^today's paper$
+5 ^today's print edition$
+5 ^print edition$
+5 ^digital edition$
+5 ^newsletters and alerts$
+5 ^podcasts and video$
+5 ^live tv$
+5 ^watch live$
+5 ^listen live$
+5 ^live$
+5 ^edition$
+6 ^change edition$
+6 ^select edition$
+6 ^choose edition$
+6 /^[^a-z0-9]*(us|u\.s\.|uk|international|europe|europe edition|asia|australia|australian|canada|india|africa|middle east|global) edition[^a-z0-9]*$/
+6 /^[^a-z0-9]*(english|español|espanol|français|deutsch|русский|українська|中文|日本語|العربية)([^a-z0-9]+(english|español|espanol|français|deutsch|русский|українська|中文|日本語|العربية))+[^a-z0-9]*$/
+4 /^[^a-z0-9]*(english|español|espanol|français|deutsch)[^a-z0-9]*$/
+5 ^language$
+5 ^select language$
+5 ^choose language$
+5 ^change language$
+5 ^translate$
+5 ^weather$
+4 ^local weather$
+5 ^traffic$
+5 ^lottery$
+5 ^horoscopes$
+5 ^horoscope$
+5 ^crossword$
+5 ^crosswords$
+5 ^puzzles$
+5 ^games$
+5 ^classifieds$
+5 ^obituaries$
+5 ^obits$
+5 ^events$
+5 ^shop$
+5 ^shopping$
+5 ^store$
+5 ^deals$
+5 ^coupons$
+5 ^marketplace$
+5 ^real estate$
+5 ^autos$
+5 ^cars$
+5 ^jobs board$
+5 ^notices$
+5 ^public notices$
+5 ^place an ad$
+5 ^place an obituary$

# Section names: weak, since long articles use one-word subheadings.
+2 /^[^a-z0-9]*(news|world|world news|us news|u\.s\. news|uk news|local|local news|national|national news|politics|business|markets|money|personal finance|tech|technology|science|health|wellness|climate|environment|education|sport|sports|culture|arts|books|music|film|movies|tv|television|tv & radio|entertainment|style|fashion|lifestyle|food|food & drink|travel|home & garden|opinion|opinions|editorials|columnists|columns|commentary|letters|investigations|features|magazine|photos|photography|pictures|video|videos|podcast|latest|breaking news|science & tech|tech & science)[^a-z0-9]*$/
+6 /^[^a-z0-9]*((home|news|world|us|uk|u\.s\.|politics|business|markets|economy|money|tech|technology|science|health|climate|environment|education|sport|sports|culture|arts|books|music|film|movies|tv|entertainment|style|lifestyle|life|food|travel|opinion|video|videos|photos|podcasts?|audio|live|latest|local|national|weather|obituaries|crime|features|magazine|investigations?|more|menu|search|subscribe|sign in|log in|newsletters?|about|contact|jobs|shop|games|puzzles|crossword|real estate|cars|autos|events|lifestyle|travel|e-edition|today's paper)[^a-z0-9]+){3,}(home|news|world|us|uk|u\.s\.|politics|business|markets|economy|money|tech|technology|science|health|climate|environment|education|sport|sports|culture|arts|books|music|film|movies|tv|entertainment|style|lifestyle|life|food|travel|opinion|video|videos|photos|podcasts?|audio|live|latest|local|national|weather|obituaries|crime|features|magazine|investigations?|more|menu|search|subscribe|sign in|log in|newsletters?|about|contact|jobs|shop|games|puzzles|crossword|real estate|cars|autos|events|lifestyle|travel|e-edition|today's paper)[^a-z0-9]*$/

# --- Breadcrumbs ----------------------------------------------------------------------------------
+6 /^[^a-z0-9]*you are here[^a-z0-9]/
+6 /^[^a-z0-9]*(home|news)\s*(>|»|›|→|/|\|)\s*[a-z]/
+4 /^[^.!?]{1,40}\s(>|»|›|→)\s[^.!?]{1,40}\s(>|»|›|→)\s[^.!?]{1,60}$/

# --- Accounts -------------------------------------------------------------------------------------------
+6 ^sign in$
+6 ^sign out$
+6 ^signin$
+6 ^log in$
+6 ^log out$
+6 ^log-in$
+6 ^sign-in$
+6 ^register$
+6 ^create account$
+6 ^create an account$
+6 ^create a free account$
+6 ^create your account$
+6 ^my account$
+6 ^your account$
+5 ^account$
+5 ^profile$
+5 ^my profile$
+5 ^settings$
+5 ^account settings$
+5 ^my news$
+5 ^for you$
+5 ^saved$
+5 ^my saved articles$
+5 ^reading list$
+5 ^my reading list$
+6 ^forgot password$
+6 ^forgot your password$
+6 ^reset password$
+6 ^reset your password$
+6 ^password$
+5 ^username$
+6 ^remember me$
+6 ^keep me signed in$
+6 ^keep me logged in$
+6 ^show password$
+7 /^[^a-z0-9]*(sign in|log in|login)\s*(/|\||or|·)\s*(register|sign up|create (an )?account|join)[^a-z0-9]*$/
+7 /^[^a-z0-9]*(register|sign up|join)\s*(/|\||or|·)\s*(sign in|log in|login)[^a-z0-9]*$/
+5 /(?-u:\b)(don't|do not) have an account\?/
+5 /(?-u:\b)(forgot|forgotten|lost) (your |my )?password\?/
+4 /(?-u:\b)(sign|log) (in|up) with (google|facebook|apple|email|twitter|x|microsoft|linkedin)(?-u:\b)/
+5 /^[^a-z0-9]*continue with (google|facebook|apple|email|twitter|microsoft|linkedin)[^a-z0-9]*$/
+3 /(?-u:\b)continue with (google|facebook|apple|email)(?-u:\b)/
+4 /(?-u:\b)(welcome back|you('re| are) (now )?(signed|logged) (in|out))(?-u:\b)/
+3 /(?-u:\b)(sign|log) in to (your account|save|bookmark|follow|manage|personali[sz]e|access your)(?-u:\b)/
+4 /^[^a-z0-9]*(already registered|not registered( yet)?|new to [a-z' .]{2,30}|new here)\?/
+3 /^[^a-z0-9]*hi,? [a-z]+[^a-z0-9]*$/

# --- Pagination, slideshows, counters ---------------------------------------------------------------
+5 /^[^a-z0-9]*([0-9]{1,3} ?(s|m|h|d|w)\.? ago )?[0-9]+ (photos|images|pictures|slides)[^a-z0-9]*$/
+7 /^[^a-z0-9]*page [0-9]+ (of|/) [0-9]+[^a-z0-9]*$/
+3 /(?-u:\b)page [0-9]+ of [0-9]+(?-u:\b)/
+5 /^[^a-z0-9]*(image|photo|slide|picture|item|video|story|gallery) [0-9]+ (of|/) [0-9]+[^a-z0-9]*$/
+4 /^[^a-z0-9]*[0-9]+ (of|/) [0-9]+[^a-z0-9]*$/
+3 /(?-u:\b)(image|photo|slide|picture) [0-9]+ of [0-9]+(?-u:\b)/
+5 /^[^a-z0-9]*([0-9]+\s*){2,}(next|last|»|›|>)?[^a-z0-9]*(next|last)[^a-z0-9]*$/
+5 /^[^a-z0-9]*(first|previous|prev|«|‹)[^a-z0-9]+([0-9]+[^a-z0-9]+){1,}(next|last|»|›)[^a-z0-9]*$/
+6 /^[^a-z0-9]*(next|previous|prev|older|newer) (article|story|post|posts|page|slide|image|photo|gallery|entries|stories|articles|chapter|episode)[^a-z0-9]*$/
+6 /^[^a-z0-9]*(older|newer) (posts|entries|articles|stories)[^a-z0-9]*$/
+5 /^[^a-z0-9]*(view|open|see|launch|enter|start) (the )?(gallery|slideshow|photo gallery|image gallery|full gallery|all photos|photos|image)[^a-z0-9]*$/
+5 /^[^a-z0-9]*(view|open|see) (image|photo|picture) in (gallery|full ?screen|lightbox)[^a-z0-9]*$/
+6 /(?-u:\b)open image in gallery(?-u:\b)/
+6 /(?-u:\b)view image in fullscreen(?-u:\b)/
+5 /^[^a-z0-9]*(enlarge|expand|zoom|full ?screen|fullscreen|enter full screen|exit full screen|exit fullscreen)( (image|photo|this image|video))?[^a-z0-9]*$/
+4 /(?-u:\b)(click|tap) (here |on the image |the image )?to (enlarge|expand|zoom|view full|see full|open the gallery)(?-u:\b)/
+3 /(?-u:\b)(click|tap) (here )?to (view|play|watch|listen|load|open|close|unmute|show|hide|see|read|download|continue)(?-u:\b)/
+2 click here

# --- Tags, topics, categories, metadata lines ---------------------------------------------------
+5 ^tags:
+5 ^tagged:
+5 ^tagged with:
+5 ^tagged in:
+5 ^filed under:
+5 ^filed in:
+5 ^posted in:
+5 ^categories:
+5 ^category:
+5 ^topics:
+5 ^topics$
+5 ^keywords:
+6 ^categories$
+6 /^[^a-z0-9]*(popular|top|all|browse|blog) (categories|tags|topics)[^a-z0-9]*$/
# A category or archive-month link with its post count, "Travel (212)": a sidebar line.
# One or two digits are weaker evidence: "Chapter (3)", a name with an age "Anna (34)";
# a line opened by a dash is an attribution ("- Anna (34)"), not a link.
+5 /^[^a-z0-9-]*[a-z][a-z &'-]{1,30} \([0-9]{3,6}\)$/
+2.5 /^[^a-z0-9-]*[a-z][a-z &'-]{1,30} \([0-9]{1,2}\)$/
+5 /^[^a-z0-9]*word ?count:? [0-9][0-9,.]*[^a-z0-9]*$/
+5 ^sections:
+5 ^section:
+5 ^subjects:
+6 ^related topics:
+5 ^follow topics:
+4 /^[^a-z0-9]*(tags|topics|filed under|posted in|categories|keywords)[^a-z0-9]+[^.!?]{1,200}$/
# The same list where extraction glued the label to the first tag ("Tagscar racing, …"):
# three or more commas and no sentence punctuation, so "Tagsüber …" prose never matches.
+4 /^tags[a-z][^.!?:]{0,80}(, [^,.!?:]{1,80}){3,}$/
+5 /^[^a-z0-9]*[0-9]+ ?(min|mins|minute|minutes)( read| reading time| to read)[^a-z0-9]*$/
+4 /(?-u:\b)[0-9]+ ?(min|mins|minute|minutes) (read|reading time)(?-u:\b)/
+4 /^[^a-z0-9]*(reading time|estimated reading time|read time):? [0-9]+/
+6 ^listen to this article$
+6 ^listen to article$
+6 ^listen to this story$
+6 ^audio version$
+5 /^[^a-z0-9]*listen( to (this|the) (article|story))?[^a-z0-9]*[0-9]+:[0-9][0-9]( min(utes)?)?[^a-z0-9]*$/
+4 /^[^a-z0-9]*[0-9]{1,2}:[0-9][0-9](:[0-9][0-9])?[^a-z0-9]*$/
+4 /^[^a-z0-9]*(listen|watch|play)[^a-z0-9]+[0-9]{1,2}:[0-9][0-9][^a-z0-9]*$/
+5 /^[^a-z0-9]*([0-9]+|an?) (sec|secs|second|seconds|min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|weeks|month|months|year|years)s? ago[^a-z0-9]*$/
+4 /^[^a-z0-9]*(last )?(updated|published|posted|modified|first published|originally published|updated on|published on)( on| at)?:?\s*((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|[0-9]{1,4}(st|nd|rd|th)?|a\.?m\.?|p\.?m\.?|gmt|bst|utc|cet|cest|msk|ist|aest|[ecmp][sd]?t|at|on|ago|hours?|minutes?|mins?|days?|[,:./| -])+$/

# A bare date line, with weekday and time if any: "Monday, May 4, 2026, 9:05 am ET", "4 May 2026 • 9:05pm".
+4 /^[^a-z0-9]*(((mon|tues|wednes|thurs|fri|satur|sun)day|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)[ ,]+)?((jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?,? [0-9]{1,2}(st|nd|rd|th)?\.?,? (19|20)[0-9]{2}|[0-9]{1,2}(st|nd|rd|th)?\.? (jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?,? (19|20)[0-9]{2})([^a-z0-9]+(at )?[0-9]{1,2}[:.][0-9]{2}( ?(am|pm|a\.m\.|p\.m\.))?( ?([ecmp][sd]t|et|pt|gmt|bst|utc|cet|cest|ist|hkt|sgt|aest))?( \([0-9]{1,2}[:.][0-9]{2}( ?(am|pm|a\.m\.|p\.m\.))?( ?([ecmp][sd]t|et|pt|gmt|bst|utc|cet|cest|ist|hkt|sgt|aest))?\))?)?[^a-z0-9]*$/
# A comment's or a teaser's time stamp alone: "32M ago", "2 days ago at 07:52 am",
# "November 19, 2019 at 6:34 am", "19 November 2019, 18:05".
+4 /^[^a-z0-9]*[0-9]{1,3} ?(s|m|h|d|w|mo|y|min|mins|hr|hrs)\.? ago[^a-z0-9]*$/
+4 /^[^a-z0-9]*([0-9]+|an?) (sec|secs|second|seconds|min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|weeks|month|months|year|years) ago,? (at )?[0-9]{1,2}:[0-9]{2}( ?[ap]\.?m\.?)?[^a-z0-9]*$/
+4 /^[^a-z0-9]*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? [0-9]{1,2}(st|nd|rd|th)?,? [0-9]{4},? (at |- )?[0-9]{1,2}[:.][0-9]{2}( ?[ap]\.?m\.?)?( [a-z]{2,4})?$/
+4 /^[^a-z0-9]*[0-9]{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*,? [0-9]{4},? (at |- )?[0-9]{1,2}[:.][0-9]{2}( ?[ap]\.?m\.?)?( [a-z]{2,4})?$/

# --- Browser, script and player messages -----------------------------------------------------------
+7 /(?-u:\b)your browser (does not|doesn't|can't|cannot) (support|play|display)(?-u:\b)/
+6 /(?-u:\b)(please )?(enable|turn on|activate) javascript(?-u:\b)/
+6 /(?-u:\b)javascript (is|must be|needs to be) (disabled|enabled|turned on|required)(?-u:\b)/
+6 /(?-u:\b)(requires|need|needs) javascript(?-u:\b)/
+4 /(?-u:\b)(please )?(upgrade|update|switch) (to )?(your|a (newer|modern|supported|different)) (web )?browser(?-u:\b)/
+6 /(?-u:\b)(you('re| are) using|this is) an (outdated|unsupported|older) (web )?browser(?-u:\b)/
+7 /(?-u:\b)media playback is (not supported|unsupported) on (this|your) device(?-u:\b)/
+5 /^[^a-z0-9]*(sorry,? )?this (video|audio|media|player|content|embed|interactive|graphic|chart|map|page) (is|has been)? ?(not available|unavailable|no longer available|cannot be (played|displayed|loaded)|could not be (played|displayed|loaded)|failed to load)(?-u:\b)/
+2 /(?-u:\b)this (video|audio|media|player|embed|interactive|graphic) (is|has been)? ?(not available|unavailable|no longer available|cannot be (played|displayed|loaded)|could not be (played|displayed|loaded)|failed to load)(?-u:\b)/
+3 /(?-u:\b)(video|audio|image|content) (unavailable|not available|failed to load|could not be loaded)(?-u:\b)/
+5 /(?-u:\b)(this|the) (video|content) is not available in your (country|region|location)(?-u:\b)/
+5 /^[^a-z0-9]*(sorry,? )?(something went wrong|an error (has )?occurred|oops|page not found|error 404|404 error|404)(?-u:\b)[^.]{0,80}\.?[^a-z0-9]*$/
+6 /^[^a-z0-9]*(loading|please wait|loading comments|loading video|loading\.\.\.)[^a-z0-9]*$/
+5 /(?-u:\b)(if you are|you're) (having trouble|unable) (viewing|seeing|to (view|see|play)) (this|the)/
+5 /(?-u:\b)(view|see|watch) (it|this|the (video|graphic|interactive|content|chart|map)) (on|in) (the original (site|article|website)|our website|a browser|the web version)(?-u:\b)/
+5 /(?-u:\b)(embedded|external) content( is)? (not available|unavailable|from)(?-u:\b)/
+6 /^[^a-z0-9]*(skip|end of) (twitter|x|youtube|instagram|facebook|tiktok|bluesky|threads|linkedin|reddit|spotify) (post|content|video)( [0-9]+)?( by [^.!?]{1,40})?[^a-z0-9]*$/
+5 /(?-u:\b)(skip|end of) (twitter|youtube|instagram|facebook|tiktok|bluesky) (post|content|video)(?-u:\b)/
+5 /^[^a-z0-9]*(view|see) this post on (instagram|facebook|x|twitter|tiktok|threads|bluesky)[^a-z0-9]*$/
+5 /^[^a-z0-9]*a post shared by [^.!?]{1,60}$/
+4 /(?-u:\b)(was this|is this|did you find this) (article|story|page|information|answer|content) (helpful|useful)\??/
+5 /^[^a-z0-9]*(yes|no)[^a-z0-9]+(yes|no)[^a-z0-9]*$/
+5 /^[^a-z0-9]*(print|print this page|printer[- ]friendly( version)?|text size|font size|aa|a a a|a\+ a-|increase text size|decrease text size|reset text size)[^a-z0-9]*$/
# Recipe-card buttons of food blogs, alone or in a row.
+6 /^[^a-z0-9]*(jump to recipe|print recipe|pin recipe|rate (this )?recipe|save recipe|jump to video)([^a-z0-9]+(jump to recipe|print recipe|pin recipe|rate (this )?recipe|save recipe|jump to video))*[^a-z0-9]*$/
+5 /^[^a-z0-9]*print this (article|story|page|post)[^a-z0-9]*(share (it|this) with (friends|a friend))?[^a-z0-9]*$/
