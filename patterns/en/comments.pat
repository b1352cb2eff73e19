# Comment-section chrome: comment counts and buttons, reply forms ("Leave a reply",
# "Your email address will not be published"), moderation and community-guideline
# notices, sort controls, "comments are closed", comment-platform credits.
#
# News writes about online comments too ("the comments drew criticism"), so the
# strong patterns are the fixed WordPress/Disqus formulas and whole paragraphs.
# Regex conventions: see appeal.pat.
@category comments
@weight +4

# --- Whole-paragraph labels and buttons ----------------------------------------------------
+6 role=maybe-thread ^comments$
+6 ^comment$
+6 role=thread ^reader comments$
+6 role=thread ^readers' comments$
+6 role=maybe-thread ^your comments$
+7 role=maybe-thread ^leave a comment$
+7 role=maybe-thread ^leave a reply$
+7 ^leave a reply cancel reply$
+7 ^cancel reply$
+7 role=maybe-thread ^post a comment$
+7 ^post comment$
+7 role=maybe-thread ^add a comment$
+7 ^add comment$
+7 ^add your comment$
+7 ^write a comment$
+7 ^submit comment$
+7 ^submit a comment$
+7 ^view comments$
+7 ^view all comments$
+7 ^show comments$
+7 ^hide comments$
+7 ^load comments$
+7 ^see comments$
+7 ^read comments$
+7 ^read all comments$
+7 ^load more comments$
+7 ^show more comments$
+7 ^view more comments$
+7 ^see all comments$
+7 ^no comments$
+7 ^no comments yet$
+7 ^0 comments$
+7 ^comments (0)$
+7 ^be the first to comment$
+7 ^start the conversation$
+7 role=maybe-thread ^join the conversation$
+7 role=maybe-thread ^join the discussion$
+7 ^join the debate$
+6 role=maybe-thread ^conversation$
+6 role=maybe-thread ^discussion$
+6 ^discuss$
+6 ^reply$
+6 ^replies$
+6 ^show replies$
+6 ^hide replies$
+6 ^view replies$
+6 ^load more replies$
+6 ^report$
+6 ^report abuse$
+6 ^report comment$
+6 ^report this comment$
+6 ^flag$
+6 ^flag as inappropriate$
+6 ^permalink$
+6 ^upvote$
+6 ^downvote$
+6 ^sort by$
+6 ^order by$
+6 ^newest$
+6 ^oldest$
+6 ^newest first$
+6 ^oldest first$
+5 ^best$
+6 ^most liked$
+6 ^most replied$
+6 ^picks$
+6 ^readers' picks$
+6 ^name$
+6 ^website$
+6 ^your name$
+6 ^nickname$
+6 ^display name$
+6 ^comment policy$
+6 ^commenting policy$
+6 ^community rules$
+6 role=maybe-thread /^[^a-z0-9]*(user|all|reader|readers'|member|members') comments[^a-z0-9]*$/
+6 role=maybe-thread ^join discussion$
+7 /^[^a-z0-9]*(your )?(name|full name|nickname|e-?mail|e-?mail address|comment|your comment|message|website|url|website url)[^a-z0-9]*\((required|optional|not required|will not be published|never published|not published|not displayed|will not be displayed|will not be shared|private)\)[^a-z0-9]*$/
+7 role=maybe-thread /^[^a-z0-9]*[0-9][0-9,.]*k? (comments?|replies|reply|responses?)[^a-z0-9]*$/
+7 role=maybe-thread /^[^a-z0-9]*(comments?|replies|responses|discussion|conversation)[^a-z0-9]*\(?[0-9][0-9,.]*k?\)?[^a-z0-9]*$/
+7 /^[^a-z0-9]*(sort|order|sorted|view) by[^a-z0-9]*(newest|oldest|best|top|most (liked|popular|recent|replied|recommended)|recommended|latest|popular|relevance|date)( first)?[^a-z0-9]*$/
+6 /^[^a-z0-9]*((reply|share|report|like|dislike|upvote|downvote|flag|edit|delete|permalink|quote|recommend)[^a-z0-9]*[0-9]*[^a-z0-9]*){3,}$/

# --- Reply form (WordPress and others) --------------------------------------------------------------
+8 your email address will not be published
+8 required fields are marked
+8 /(?-u:\b)save my name, email,? and website in this browser/
+8 /(?-u:\b)you are commenting using your [a-z.]+ account/
+8 /(?-u:\b)log in using one of these methods to post your comment/
+7 /(?-u:\b)fill in your details below or click an icon to log in/
+6 ^connecting to %s$
+6 /^[^a-z0-9]*(captcha|captcha code|anti-spam code)[^a-z0-9]*$/
+8 /(?-u:\b)notify me of (new|follow-up) (comments|posts|replies)(?-u:\b)/
+7 /(?-u:\b)you must be (logged|signed) in to (post|leave|write|add) a (comment|reply)(?-u:\b)/
+6 /(?-u:\b)(log|sign) in (or (register|sign up|create an account) )?to (comment|post a comment|leave a comment|join the (conversation|discussion)|reply|add a comment|participate|vote)(?-u:\b)/
+6 /(?-u:\b)(must|need to) be (logged|signed) in (to|before you can) (comment|post|reply)(?-u:\b)/
+6 /(?-u:\b)this site uses akismet to reduce spam/
+6 /(?-u:\b)learn how your comment data is processed/
+5 /(?-u:\b)(comment|reply) (will be|is) (visible|published|posted|shown) (after|once|when) (it is |it's )?(approved|moderated|reviewed)(?-u:\b)/
+5 /(?-u:\b)your comment is awaiting moderation/
+4 /(?-u:\b)[0-9]+ (characters|words) (remaining|left)(?-u:\b)/

# --- Comments closed, disabled, moved -------------------------------------------------------------
+7 comments are closed
+4 /(?-u:\b)(comments|commenting|the comment section|the comments section|comments for this (article|story|post)) (are|is|have been|has been) (now )?(closed|disabled|turned off|unavailable|not available|switched off|suspended)(?-u:\b)/
+5 /(?-u:\b)(comments|commenting) (is|are) (not )?(open|available|enabled|limited|restricted) (only )?(to|for) (subscribers|members|registered users|paying)(?-u:\b)/
+5 /(?-u:\b)(we('ve| have)|[a-z]+ has) (switched|moved|changed|migrated) (to )?(a )?(new )?(commenting|comment|comments) (system|platform|provider|section)(?-u:\b)/
+5 /(?-u:\b)(we have|there is) a new (commenting|comment) (system|platform)(?-u:\b)/
+5 /(?-u:\b)(comments|the comment section|the comments section) (will )?(open|reopen|close|closes) (at|on|in|after)(?-u:\b)[^.!?]{0,40}(am|pm|a\.m\.|p\.m\.|hours|days|gmt|bst|et)(?-u:\b)/

# --- Guidelines and moderation ---------------------------------------------------------------------
+5 /(?-u:\b)(we are|we're) (temporarily )?(moderating|pre-moderating|reviewing) (all )?(comments|new comments|submitted comments)(?-u:\b)/
+5 /(?-u:\b)(please )?(read|review|follow|see|abide by|adhere to) our (community|commenting|comment|comments|discussion) (guidelines|policy|policies|standards|rules|terms)(?-u:\b)/
+2 /(?-u:\b)(commenting|comment|comments) (guidelines|policy|standards|rules)(?-u:\b)/
+5 /(?-u:\b)please (keep (it|comments|the conversation|the discussion|your comments) (civil|respectful|clean|on[- ]topic|polite))(?-u:\b)/
+4 /(?-u:\b)(abusive|offensive|off-topic|defamatory|obscene|hateful|inappropriate) (comments|posts|remarks)[a-z ,]{0,40} (will be|may be) (removed|deleted|moderated)(?-u:\b)/
+3 /(?-u:\b)comments (that|which) (violate|break|do not follow|don't follow|breach) (our|these)(?-u:\b)/
+3 /(?-u:\b)(comments|posts) (are|will be|may be) (moderated|pre-moderated|reviewed before)(?-u:\b)/
+5 /(?-u:\b)(views|opinions|comments) expressed (here|below|in the comments|by (readers|commenters|users))(?-u:\b)/
+4 /(?-u:\b)(reader|user|readers'|users') comments (do not|don't) (necessarily )?(reflect|represent)(?-u:\b)/
+4 /(?-u:\b)we (reserve the right to|may) (remove|delete|edit|moderate) (comments|any comment|posts)(?-u:\b)/
+3 /(?-u:\b)(report|flag) (a |any )?(comment|comments|post) (that|you|as)(?-u:\b)/

# House rules as sites post them: "please abide by our submission guidelines and avoid
# posting profanity", "users are obliged to abide by the law", "the site's administration
# has the right to delete comments", "a comment will be deleted if it:".
+5 /(?-u:\b)(please )?(read|review|follow|see|abide by|adhere to) our (submission|posting|user|site|house|reader) (guidelines|policy|policies|standards|rules|terms)(?-u:\b)/
+4 /(?-u:\b)avoid posting (profanity|personal attacks|abusive|offensive|obscene|off-topic|defamatory)(?-u:\b)/
+4 /(?-u:\b)(should|if) you violate our (submission|posting|community|commenting|comment|user) (guidelines|rules|policy|standards|terms)(?-u:\b)/
+3 /(?-u:\b)we reserve the right to (remove|delete|edit|moderate|refuse|reject|block|ban|disable|not publish)(?-u:\b)/
+4 /(?-u:\b)users (are|shall be|will be) (obliged|required|expected|asked) to (abide by|comply with|respect|speak|refrain|follow|observe)(?-u:\b)/
+5 /(?-u:\b)(the )?(website|site|websites|sites|forum)('s|s')? administration (has|have|reserves) the right to(?-u:\b)/
+5 /(?-u:\b)(has|have|reserves?) the right to (block|ban|suspend|delete|remove) (a |the )?(users?'?s?|readers?'?s?) (access|account|comments?|posts?)(?-u:\b)/
+5 /^[^a-z0-9]*(a |any |the |your )?(user |reader )?(comments?|posts?|messages?) (will|may|can) be (deleted|removed|rejected|hidden|blocked) if (it|they)(?-u:\b)/
+6 /^[^a-z0-9]*(community|commenting|comment|house|discussion) (standards|rules|guidelines)[^a-z0-9]*$/

# --- Invitations to comment -----------------------------------------------------------------------------
+3 /(?-u:\b)(we'd|we would) (like|love) to hear (what you think|from you|your thoughts)(?-u:\b)/
+4 /(?-u:\b)(let us|tell us|let me) know (what you think|your thoughts|in the comments|below)(?-u:\b)/
+5 /(?-u:\b)(share|leave|drop|post|add) (your )?(thoughts|comments?|views|opinions?|questions|two cents)( below| in the comments( section)?| here)(?-u:\b)/
+2 /(?-u:\b)in the comments (below|section)(?-u:\b)/
+3 /(?-u:\b)(comment|sound off|chime in) below(?-u:\b)/
+1.5 /(?-u:\b)what do you think\?/
+2 /(?-u:\b)(have your say|join the conversation|join the discussion)(?-u:\b)/
+4 /(?-u:\b)(start|join) the (conversation|discussion|debate) (below|in the comments|on this (story|article))(?-u:\b)/
+5 /(?-u:\b)be the first to (comment|reply|share your thoughts)(?-u:\b)/

# --- Comment platforms ---------------------------------------------------------------------------------------
+8 comments powered by disqus
+8 please enable javascript to view the comments
+5 /(?-u:\b)(powered by|comments by|hosted by) (disqus|viafoura|openweb|spot\.im|livefyre|facebook comments)(?-u:\b)/
+3 /(?-u:\b)(disqus|viafoura|openweb|spot\.im|livefyre)(?-u:\b)/
+4 /^[^a-z0-9]*([0-9]+ )?(people|readers|users) (are )?(listening|viewing|reading|online|here)[^a-z0-9]*$/

# WordPress comment-form chrome.
+6 ^leave a comment cancel reply$
+6 ^leave a reply cancel reply$
+4 cancel reply
+5 /^[^a-z0-9]*notify me (when|of) (new )?(comments|replies|follow-up comments)/
+4 /^[^a-z0-9]*submit (your|a) letter to the editor/

# --- One comment's chrome: who, how many, how rated --------------------------------
# Blogger's comment buttons, glued to the comment text in extracted pages.
+6 /^[^a-z0-9]*replydelete/
# "username says:" above each comment (WordPress and the themes built on it).
+6 /^[^ ]{2,40}( [^ ]{1,25}){0,2} (says|said|writes|wrote|replied|commented|replies)( on [^:]{1,40})?:$/
# "34 responses to “Title”", "12 thoughts on “Title”": the head of a comment section.
+7 role=thread /^[^a-z0-9]*[0-9][0-9,]* (responses?|comments?|replies|thoughts|reactions?) (to|on) ".{1,250}$/
+6 /^rating: ?[+-]?[0-9]+ votes?$/
+5 /^[+-]?[0-9]+ (votes?|points?|likes?)$/
# The same with the count in words: "One response to “Title”".
+7 role=thread /^[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*(one|two|three) (thoughts?|comments?|responses?|replies|reply) (on|to) "[^"]{1,200}"[ -/:-@\[-`{-~¡¿«»•·›‹…€£©®°§→►▶▸✓✔]*$/
# A comment list's sort order as its heading: "Top rated comments", "Newest comments".
+6 role=thread /^[^a-z0-9]*(top|best|top rated|highest rated|most (liked|popular|recommended|recent)|newest|latest|featured|selected) comments[^a-z0-9]*$/
