# Social, share and follow prompts: share buttons and their labels, "follow us on
# Twitter", author-bio follow lines, podcast "listen on" lines, WordPress share/like
# widgets, share and like counters.
#
# News quotes posts "on Twitter" and reports follower counts, so platform names alone
# are not evidence; the strong patterns are whole paragraphs or say "us"/"follow".
# Regex conventions: see appeal.pat.
@category share
@weight +3

# --- Whole-paragraph buttons ---------------------------------------------------------------
+6 ^share$
+6 ^shares$
+6 ^share this$
+7 ^share this article$
+7 ^share this story$
+7 ^share this post$
+7 ^share this page$
+7 ^share this video$
+7 ^share this with$
+7 ^share the story$
+7 ^share article$
+7 ^share story$
+7 ^share page$
+7 ^share full article$
+7 ^share via$
+7 ^share on$
+7 ^share with$
+7 ^share options$
+7 ^sharing options$
+7 ^more sharing options$
+7 ^share on social media$
+7 ^share your story$
+7 ^share via email$
+7 ^share by email$
+7 ^email this$
+7 ^email this article$
+7 ^email this story$
+7 ^email this page$
+7 ^email a friend$
+7 ^send to a friend$
+7 ^send this article$
+7 ^print this article$
+7 ^print this page$
+7 ^print this story$
+7 ^print article$
+7 ^gift article$
+7 ^gift this article$
+7 ^give this article$
+7 ^copy link$
+7 ^copy the link$
+7 ^copy url$
+7 ^copy article link$
+7 ^link copied$
+7 ^link copied to clipboard$
+7 ^copied to clipboard$
+6 ^copied$
+6 ^tweet$
+6 ^tweet this$
+6 ^retweet$
+6 ^pin it$
+6 ^pin this$
+6 ^save for later$
+6 ^save article$
+6 ^save story$
+6 ^saved articles$
+5 ^save$
+5 ^bookmark$
+5 ^like$
+5 ^print$
+5 ^facebook messenger$
+5 ^sms$
+5 ^viber$
+5 ^vk$
+5 ^weibo$
+5 ^wechat$
+5 ^pocket$
+5 ^hacker news$
+7 ^share on (facebook|twitter|x|linkedin|whatsapp|reddit|email|pinterest|telegram|bluesky|threads|messenger|tumblr)$
+7 /^[^a-z0-9]*(share|post|send) (on|to|via) (facebook|twitter|x|linkedin|whatsapp|reddit|e-?mail|pinterest|telegram|bluesky|threads|messenger|tumblr|flipboard|sms)( \(opens in (a )?new (window|tab)\))?[^a-z0-9]*$/
+7 /^[^a-z0-9]*((share|facebook|twitter|x|linkedin|whatsapp|reddit|e-?mail|pinterest|telegram|print|tumblr|flipboard|messenger|fb messenger|sms|copy link|copy|link|instagram|youtube|tiktok|threads|bluesky|mastodon|pocket|comments?|save|gift|more)[^a-z0-9]*){3,}$/
+6 /^[^a-z0-9]*(share|facebook|twitter|linkedin|whatsapp|reddit|e-?mail|pinterest|telegram|print|copy link)[^a-z0-9]+(share|facebook|twitter|x|linkedin|whatsapp|reddit|e-?mail|pinterest|telegram|print|copy link)[^a-z0-9]*$/
+6 /^[^a-z0-9]*[0-9][0-9,.]*k? (shares?|likes?|retweets?|reactions|reposts)[^a-z0-9]*$/
+6 /^[^a-z0-9]*this (story|article|post|page|video|photo|gallery|recipe) has been (shared|liked|tweeted|pinned|viewed) [0-9][0-9,.]*k? times(?-u:\b)/
+5 /^[^a-z0-9]*@[a-z0-9_]{2,30}[^a-z0-9]*$/

# --- WordPress / Jetpack share and like widgets ------------------------------------------------
+7 /(?-u:\b)click to (share on|email a link to a friend|print|email this|share this|pin it)(?-u:\b)/
+7 /^[^a-z0-9]*share this:?[^a-z0-9]*$/
+7 ^like this$
+7 ^like loading
+7 be the first to like this
+6 /^[^a-z0-9]*[0-9]+ (bloggers|people) like this[^a-z0-9]*$/
+6 bloggers like this
+6 ^sharing is caring$

# --- Follow us -----------------------------------------------------------------------------------------
+5 /(?-u:\b)follow us (on|at|via|@)(?-u:\b)/
+4 /(?-u:\b)(like|find|join|connect with|engage with|follow) us on (facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|telegram|whatsapp|social media|snapchat|pinterest|flipboard|google news|apple news)(?-u:\b)/
+5 /(?-u:\b)like us on facebook(?-u:\b)/
+4 /(?-u:\b)(subscribe to|follow|join) our (youtube|telegram|whatsapp|instagram|tiktok|discord|signal) (channel|page|account|group|community|server)(?-u:\b)/
+3 /(?-u:\b)(join|subscribe to|follow) (us|our channel) on (telegram|whatsapp|signal|discord)(?-u:\b)/
+4 /^[^a-z0-9"']*(you can )?follow (me|him|her|them|[a-z][a-z.' -]{1,40}) (on|at) (twitter|x|instagram|facebook|threads|tiktok|linkedin|bluesky|mastodon|substack|youtube)(?-u:\b)/
+4 /(?-u:\b)follow (me|him|her|them|us|[a-z][a-z.' -]{1,40}) (on (twitter|x|instagram|threads|bluesky|tiktok|facebook) )?(at )?@[a-z0-9_]{2,30}(?-u:\b)/
+3 /(?-u:\b)(is|are) on (twitter|x|instagram|threads|bluesky|mastodon|linkedin|facebook|tiktok|substack) (at )?@/
+3 /(?-u:\b)(follow|add) (us|[a-z][a-z' ]{1,30}) on (google news|apple news|flipboard|msn)(?-u:\b)/
+4 /(?-u:\b)(keep|stay) (up to date|up-to-date|connected|in touch) (with us )?(on|via) (social media|facebook|twitter|instagram|x|our social)(?-u:\b)/
+3 /(?-u:\b)(follow|join) (the conversation|the discussion|us) on social media(?-u:\b)/
+6 /^[^a-z0-9]*(follow|follow us|connect with us|stay connected|find us on|find us|follow us on social( media)?|join us on social media)[^a-z0-9]*$/
+3 /^[^a-z0-9]*(social media|social|socials|social links)[^a-z0-9]*$/

# --- Share this article ------------------------------------------------------------------------------
+2 /(?-u:\b)share (this|the) (article|story|post|page|link|piece|video)(?-u:\b)/
+4 /(?-u:\b)share (this|it) with (your )?(friends|family|colleagues|network|followers|someone)(?-u:\b)/
+4 /(?-u:\b)(please|feel free to|don't forget to|be sure to) share (this|it|the (article|story|post|newsletter|podcast)|our|with your)(?-u:\b)/
+4 /(?-u:\b)if you (found|find|enjoyed|liked|like) (this|it|the) ?(article|story|post|piece|newsletter)?[a-z ,]{0,30} (please )?(share|forward|pass (it|this) on)(?-u:\b)/
+2 /(?-u:\b)(share|tweet|post) (this|it) on (facebook|twitter|x|linkedin|whatsapp|reddit|social media)(?-u:\b)/
+3 /(?-u:\b)(email|e-mail) (this|it) to a friend(?-u:\b)/
+3 /(?-u:\b)send (this|it) to (a friend|someone)(?-u:\b)/
+6 /^[^a-z0-9]*(your friend's|recipient's|recipient) (e-?mail|name|e-?mail address)[^a-z0-9]*$/
+3 /(?-u:\b)know someone who would (like|enjoy|appreciate|benefit from) this/
# The privacy note under a send-to-a-friend form, and the thank-you of a feedback form.
+7 /(?-u:\b)(used only|only used) to let the recipient know who sent (the|this|it|you)(?-u:\b)/
+6 /(?-u:\b)(neither )?your (e-?mail )?address nor the recipient's (e-?mail )?address (will|is|are) (be )?used(?-u:\b)/
+4 /(?-u:\b)(will )?appear in (your|the) e-?mail message and (is|are|will) not (be )?(retained|stored|kept)(?-u:\b)/
+6 /^[^a-z0-9]*e-?mail (the|this) (story|article|post|page)[^a-z0-9]*$/
+4 /(?-u:\b)thank you for taking (your|the) time to (send|share|give|submit) (in )?(us )?your (valued )?(opinion|feedback|comments?|thoughts)(?-u:\b)/
+5 /(?-u:\b)(our )?editors (closely )?(monitor|read|review) (every|each|all) (feedback|message|comment|submission)(?-u:\b)/
+5 /(?-u:\b)(we )?(do not|don't|cannot|can't|are unable to) (guarantee|promise) (an )?individual (replies|responses|reply|response)(?-u:\b)/
+3 /(?-u:\b)your (opinions?|feedback|comments?|views) (are|is) (very )?important to us(?-u:\b)/
+3 /(?-u:\b)we want to hear your (suggestions|feedback|comments|thoughts|ideas)(?-u:\b)/
+3 /(?-u:\b)if you send us a (comment|letter|tip|message), we('ll| will) assume(?-u:\b)/
# An author bio's links: "Follow me on Twitter. Check out my website."
+3 /(?-u:\b)check out my (website|blog|site|portfolio|books?|podcast|newsletter)(?-u:\b)/
+5 /(?-u:\b)you have [0-9]+ gift articles? (left|remaining|to give)/
+4 /(?-u:\b)gift (this|an|unlimited) articles?(?-u:\b)/
+4 /(?-u:\b)(opens|open) in (a )?new (window|tab)(?-u:\b)/

# --- Podcast and video follow lines --------------------------------------------------------------
+5 /^[^a-z0-9"']*subscribe to [a-z0-9' .&-]{2,40} on youtube[^a-z0-9]*$/
+5 /(?-u:\b)subscribe to (the |our )?[a-z0-9' .&-]{2,30} youtube channel(?-u:\b)/
+6 /^[^a-z0-9]*thanks for watching[^a-z0-9]*(visit (our )?website)?[^a-z0-9]*$/
+2 /(?-u:\b)(listen|subscribe|follow)( to [^.!?]{1,40})? (on|at|via|in|from) (apple podcasts|spotify|google podcasts|stitcher|amazon music|audible|iheartradio|overcast|pocket casts|tunein|castbox|youtube music|npr one|podbean|acast|radiopublic)(?-u:\b)/
+4 /(?-u:\b)wherever you (get|listen to|find|download) (your )?podcasts(?-u:\b)/
+3 /(?-u:\b)(subscribe|like and subscribe|hit subscribe) (to|on) (our|the) (youtube )?(channel|podcast|show)(?-u:\b)/
+4 /(?-u:\b)(rate|review|rate and review|leave (us )?a review)[a-z ,]{0,20} (on|in) (apple podcasts|spotify|itunes)(?-u:\b)/
+4 /^[^a-z0-9]*(listen|subscribe|follow) (on|to|via) (apple podcasts|spotify|google podcasts|youtube|amazon music|rss|pocket casts|overcast)[^a-z0-9]*$/
