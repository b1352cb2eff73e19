# Newsletter and e-mail sign-ups: "sign up for our newsletter", "delivered to your
# inbox", the sign-up form (labels, consent line, confirmation), and newsletter
# chrome inside e-mailed articles ("view in browser", "you are receiving this e-mail").
#
# News mentions newsletters too ("the newsletter reported", "residents can sign up for
# alerts"), so the word alone is weak and the strong patterns say "our", "your inbox"
# or are whole paragraphs. Regex conventions: see appeal.pat.
@category newsletter
@weight +3

# --- Whole-paragraph form strings -----------------------------------------------------
+6 ^sign up$
+7 ^sign up now$
+7 ^sign up today$
+7 ^sign up here$
+7 ^sign up for free$
+7 ^sign me up$
+6 ^signup$
+7 ^get the newsletter$
+7 ^get our newsletter$
+7 ^newsletter sign-up$
+7 ^newsletter signup$
+7 ^newsletter sign up$
+7 ^sign up for our newsletter$
+7 ^sign up for our newsletters$
+7 ^sign up to our newsletter$
+7 ^subscribe to our newsletter$
+7 ^subscribe to our newsletters$
+7 ^subscribe to the newsletter$
+7 ^join our mailing list$
+7 ^join our newsletter$
+7 ^join the newsletter$
+6 ^more newsletters$
+6 ^see all newsletters$
+6 ^explore newsletters$
+6 ^browse all newsletters$
+7 ^email address$
+7 ^e-mail address$
+7 ^your email$
+7 ^your email address$
+7 ^enter your email$
+7 ^enter your email address$
+7 ^type your email$
+7 ^invalid email address$
+7 ^please enter a valid email address$
+6 ^thank you for subscribing$
+6 ^thanks for subscribing$
+6 ^thanks for signing up$
+6 ^thank you for signing up$
+6 ^you're subscribed$
+6 ^you're signed up$
+6 ^you're all set$
+5 ^check your inbox$
+5 ^check your email$
+4 ^success$
+6 ^view in browser$
+6 ^view this email in your browser$
+6 ^view online$
+6 ^unsubscribe$
+6 ^update preferences$
+6 ^update your preferences$
+6 ^manage your subscriptions$
+6 ^manage email preferences$
+6 ^forward to a friend$
+5 ^no spam$
+6 /^[^a-z0-9]*(sign up|subscribe|register)[^a-z0-9]+(it's|it is) free[^a-z0-9]*$/
+5 /^[^a-z0-9"']*(sign up|subscribe) (to|for) [a-z0-9' &.:-]{2,40}[^a-z0-9]*$/

# The consent box under a sign-up form: "I agree that The Ledger can send me the Morning newsletter".
+5 /^[^a-z0-9"']*i agree that [a-z0-9 .&'-]{2,40} (can|may|will) (send|email|e-mail|contact) me(?-u:\b)/

# --- Sign up for / subscribe to our newsletter ----------------------------------------
+4 /(?-u:\b)(sign up|signup|subscribe|register|opt in|sign-up) (for|to) our (free |daily |weekly |morning |evening |nightly |email |e-mail |monthly |new |breaking news |[a-z'&-]+ ){0,4}(newsletters?|briefings?|digests?|bulletins?|email list|mailing list|emails?|e-mails?|updates|alerts|roundups?|edition)(?-u:\b)/
+1.5 /(?-u:\b)(sign up|signup|subscribe|register|sign-up) (for|to) (the|this|my|his|her|their|a) (free |daily |weekly |morning |evening |nightly |email |e-mail |monthly |new |[a-z'&-]+ ){0,4}(newsletters?|briefing newsletter|digest|email list|mailing list)(?-u:\b)/
+2 /(?-u:\b)(sign up|signup|sign-up)(?-u:\b).{0,60}(?-u:\b)newsletters?(?-u:\b)/
+5 /(?-u:\b)sign up (for|to) (it|this newsletter|this email|that newsletter|[a-z' ]{0,30}newsletter) here(?-u:\b)/
+3 /(?-u:\b)(sign up|subscribe) (here|below|now|today|for free)(?-u:\b)/
+3 /(?-u:\b)(sign up|subscribe|register) to (receive|get) (our|the) (biggest|best|top|latest|most important|must-read|weekly|daily)(?-u:\b)/
+2 /(?-u:\b)as soon as (they're|they are|it's|it is) published(?-u:\b)/
+4 /(?-u:\b)(subscribe|sign up) for free (to|and) (receive|get)(?-u:\b)/
+4 /^[^a-z0-9"']*(want|looking for|craving|hungry for) (more|even more) (stories|articles|news|content|posts|reads|coverage|of (our|the) (best|top) (stories|reporting)) like (this|these)[^a-z0-9]*$/
+5 /(?-u:\b)(every|each) (day|week|weekday|morning|evening|friday|sunday|monday) (we|we'll) (send|email|e-mail|deliver) (you )?(an? |our )?(free )?(email|e-mail|newsletter|digest|roundup|round-up|briefing)(?-u:\b)/
+6 /(?-u:\b)subscribe for free to receive new posts/
+4 /(?-u:\b)to receive new posts(?-u:\b)/
+3 /(?-u:\b)our (free )?([a-z'&-]+ ){0,3}(newsletter|newsletters|email newsletter|e-newsletter)(?-u:\b)/
+2 /(?-u:\b)(daily|weekly|morning|evening|nightly|monthly|free|email) (newsletter|e-newsletter|email digest)(?-u:\b)/
+0.5 newsletter
+0.5 newsletters
+1 e-newsletter
+2 /(?-u:\b)(join|subscribe to|get on) (our|the) (mailing|email|e-mail) list(?-u:\b)/
+4 /(?-u:\b)join ([0-9][0-9,.]*k?|thousands of|millions of|hundreds of|more than [0-9,.]+) (other |fellow )?(subscribers|readers) (who|and|getting|receiving|already)(?-u:\b)/

# --- Your inbox ---------------------------------------------------------------------------------
+3 /(?-u:\b)delivered (to you )?(every |each )?(weekday|weekend|sunday|saturday|friday|monday|daily|morning|evening) ?(mornings?|evenings?|afternoons?)?(?-u:\b)/
+5 /^[^a-z0-9]*breaking news (emails|alerts|e-mails|newsletter)[^a-z0-9]*$/
+3 /(?-u:\b)get breaking news alerts(?-u:\b)/
+3 /(?-u:\b)(delivered|sent|straight|direct|directly|right) (straight |directly |right )?(to|into|in) your (inbox|email|mailbox)(?-u:\b)/
+2 /(?-u:\b)(to|in|into|hit|hits|land in|lands in) your inbox(?-u:\b)/
+4 /(?-u:\b)in your inbox (every|each|on|twice|once|daily|weekly|weekday|morning|evening|friday|monday|sunday)(?-u:\b)/
+2 /(?-u:\b)(get|receive) (the|our) (best|latest|top|biggest|most important|day's|week's|essential|must-read)[a-z' ]{0,40} (delivered|sent|in your|to your|every|each)(?-u:\b)/
+3 /(?-u:\b)(the|our) (best|latest|top|biggest|most important)[a-z' ,]{0,40}(straight|directly|delivered) to you(?-u:\b)/
+3 /(?-u:\b)never miss (a|an|the|another) (story|thing|headline|update|post|issue|episode|deal|newsletter)(?-u:\b)/
+3 /(?-u:\b)(stay|keep) (informed|in the know|up[- ]to[- ]date|updated|ahead|connected|current)( with| on)? (our|the [a-z]+ newsletter|the latest (news|headlines|from us))(?-u:\b)/
+3 /(?-u:\b)(a|your) (quick|short|daily|weekly|free|essential|smart|curated) (guide|roundup|digest|briefing|summary|dose|email)[a-z' ,]{0,40} (delivered|every|each) (weekday|morning|evening|day|week|friday|sunday|monday)/

# --- The form: consent, privacy, confirmation ------------------------------------------------
+6 /(?-u:\b)by clicking "?(submit|sign up|subscribe|register|continue|join)"?,? (i|you) (consent|agree|acknowledge)(?-u:\b)/
+3 /(?-u:\b)as (picked|chosen|selected|handpicked|hand-picked) by (the|our) editors(?-u:\b)/
+3 /(?-u:\b)(enter|type|add|provide|submit) (your|an|a valid) (e-?mail|email address|e-mail address)(?-u:\b)/
+5 /(?-u:\b)(please )?(enter|provide|use) a valid (e-?mail|email address|e-mail address)(?-u:\b)/
+5 /(?-u:\b)by (signing up|subscribing|clicking|submitting|registering|entering your (e-?mail|email address)|providing your (e-?mail|email))(?-u:\b)[^.!?]{0,60}you (agree|acknowledge|consent|confirm|accept|understand)(?-u:\b)/
+5 /(?-u:\b)(you can|you may|you're free to|feel free to|easily) (unsubscribe|opt out|opt-out) (at any time|any time|anytime|whenever)(?-u:\b)/
+3 /(?-u:\b)unsubscribe (at any time|any time|anytime)(?-u:\b)/
+1 unsubscribe
+5 /(?-u:\b)(we|we'll) (will |promise to |promise we'll )?(never|not|won't|don't|will never|do not) ((share|sell|rent|pass on|give away) your (e-?mail|email address|e-mail address|address)|spam you|send you spam)(?-u:\b)/
+2 /(?-u:\b)(we|we'll) (will |promise to )?(never|won't|will never|do not) (share|sell|rent) your (data|details|information)(?-u:\b)/
+3 /(?-u:\b)no spam(,|\.|!| ever| -|[^a-z0-9]*$)/
+3 /(?-u:\b)(we|we'll) (respect|value|protect) your inbox(?-u:\b)/
+5 /(?-u:\b)newsletters? may contain (info|information|advertising|ads|offers|promotions|partner content)(?-u:\b)/
+5 /(?-u:\b)(thank you|thanks) for (signing up|subscribing|registering)(?-u:\b)/
+3 /(?-u:\b)you('re| are| have been| have| 've)( now)? (all )?(successfully )?(signed up|subscribed|on the list)(?-u:\b)/
+2 /(?-u:\b)(please )?(check|look in) your (inbox|email|e-mail|spam folder|junk folder)(?-u:\b)/
+4 /(?-u:\b)(a |an )?(confirmation|verification) (email|e-mail|link) (has been|was|will be) sent/
+2 /(?-u:\b)(an |a )?e-?mail has been sent to/
+3 /(?-u:\b)(confirm|verify) your (e-?mail|email address|subscription|sign-up|signup)(?-u:\b)/
+3 /(?-u:\b)(something went wrong|there was (a|an) (problem|error)),? (please )?(try again|with your (sign-?up|submission|subscription))/
+2 /(?-u:\b)(manage|update|change) (your |my )?(newsletter|email|e-mail|subscription|communication) (preferences|subscriptions|settings)(?-u:\b)/

# --- Chrome of e-mailed newsletters ------------------------------------------------------------
+6 /(?-u:\b)you('re| are) receiving this (e-?mail|email|newsletter|message) because/
+6 /(?-u:\b)(was this|did someone|this) (e-?mail|email|newsletter) (forwarded|forward) (to you|it to you)/
+5 /(?-u:\b)(forwarded|forward) this (e-?mail|email|newsletter)(?-u:\b)/
+4 /(?-u:\b)(view|read|open) (this (e-?mail|email|newsletter)|it|this) (in|on) (your|a|the) (browser|web)(?-u:\b)/
+4 /(?-u:\b)(don't|do not) want (to receive )?(these|this|our) (emails|e-mails|newsletter|messages)(?-u:\b)/
+4 /(?-u:\b)(add|whitelist) (us|[a-z0-9._-]+@[a-z0-9.-]+) to your (address book|contacts|safe senders)(?-u:\b)/
+5 /^[^a-z0-9"']*you('re| are) reading (the |our )?[^.!?]{0,40}newsletter/
+4 /^[^a-z0-9"']*this (is an edition of|article (first |originally )?appeared in|story (first |originally )?appeared in|was (first |originally )?published in) (the |our )?[^.!?]{0,40}newsletter/
+4 /(?-u:\b)(this|the) (article|story|piece|post) (is|was) (adapted|taken|excerpted) from [^.!?]{0,40}newsletter/
+4 /(?-u:\b)if you('re| are) not (yet |already )?(subscribed|a subscriber|signed up)(?-u:\b)/
+3 /(?-u:\b)get (this|the) newsletter (in your inbox|every|each|delivered)(?-u:\b)/
+3 /(?-u:\b)(want|like) (this|the [a-z ]{1,30}) (newsletter|email|briefing) (in|delivered to) your inbox/
+3 /(?-u:\b)(breaking news|news) (alerts|emails|e-mails|notifications) (delivered|sent|straight|to your)(?-u:\b)/
+3 /(?-u:\b)(get|receive|sign up for) our (breaking news |text |news )?(alerts|text alerts|email alerts|news alerts)(?-u:\b)/

+4 /^[^a-z0-9]*(get|sign up for|subscribe to) (our|the) [a-z0-9 .'&-]{0,40}newsletter[^a-z0-9]*$/

# Newsletter buttons alone on a line: "Get personalised newsletters", "Receive our free
# newsletters".
+4 /^[^a-z0-9]*(get|receive) (our |the |your )?(free |personali[sz]ed |daily |weekly |email |e-mail )*newsletters?[^a-z0-9]*$/
