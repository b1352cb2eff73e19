# "Read more" and related-link lines: related/recommended/most-popular headings,
# "Read more:" and "See also:" link lines, "More from ...", "continue reading the main
# story", "story continues below", recommendation widgets (Taboola, Outbrain).
#
# These are mostly short lines, so whole-paragraph and start-anchored forms carry the
# weight; the few in-sentence forms say "our coverage" or name the widget.
# Regex conventions: see appeal.pat.
@category related
@weight +4

# --- Whole-paragraph headings ----------------------------------------------------------------
+6 ^read more$
+6 ^read more here$
+6 ^read more stories$
+6 ^read the full story$
+6 ^read the story$
+6 ^read next$
+6 ^read this next$
+6 ^up next$
+6 ^next up$
+6 ^what to read next$
+6 ^also read$
+6 ^read also$
+6 ^see also$
+6 ^also see$
+6 ^related$
+7 ^related stories$
+7 ^related articles$
+7 ^related content$
+7 ^related coverage$
+7 ^related posts$
+7 ^related news$
+7 ^related links$
+7 ^related topics$
+7 ^related reading$
+7 ^related video$
+7 ^related videos$
+7 ^related items$
+7 ^related tags$
+7 ^related searches$
+7 ^related podcasts$
+7 ^more on this story$
+7 ^more on this topic$
+7 ^more on this$
+7 ^more like this$
+7 ^more stories$
+7 ^more news$
+7 ^more articles$
+7 ^more coverage$
+7 ^more videos$
+7 ^more to read$
+7 ^more to explore$
+7 ^more to watch$
+7 ^more reading$
+7 ^more top stories$
+7 ^more headlines$
+7 ^more in this series$
+7 ^more in this section$
+6 ^other stories$
+6 ^other news$
+6 ^top stories$
+6 ^top news$
+6 ^top headlines$
+6 ^latest stories$
+6 ^latest news$
+6 ^latest headlines$
+6 ^latest articles$
+6 ^latest posts$
+6 ^latest videos$
+6 ^recent posts$
+6 ^recent stories$
+6 ^recent articles$
+6 ^recent news$
+7 ^most popular$
+7 ^most read$
+7 ^most viewed$
+7 ^most shared$
+7 ^most emailed$
+7 ^most watched$
+7 ^most commented$
+7 ^most recent$
+7 ^popular now$
+7 ^popular stories$
+7 ^popular posts$
+7 ^popular articles$
+6 ^popular$
+6 ^trending$
+7 ^trending now$
+7 ^trending stories$
+7 ^trending news$
+7 ^trending topics$
+7 ^trending videos$
+6 ^recommended$
+7 ^recommended for you$
+7 ^recommended stories$
+7 ^recommended reading$
+7 ^recommended articles$
+7 ^recommended videos$
+7 ^editors' picks$
+7 ^editor's picks$
+7 ^editors picks$
+7 ^editor's choice$
+7 ^staff picks$
+7 ^our picks$
+7 ^you may also like$
+7 ^you might also like$
+7 ^you may like$
+7 ^you might like$
+7 ^you may be interested in$
+7 ^you might be interested in$
+7 ^you may have missed$
+7 ^you might have missed$
+7 ^don't miss$
+6 ^must read$
+6 ^must reads$
+6 ^further reading$
+6 ^suggested reading$
+6 ^explore more$
+7 ^explore more on these topics$
+6 ^discover more$
+6 ^in other news$
+6 ^in case you missed it$
+6 ^catch up$
+6 ^elsewhere$
+6 ^elsewhere on the web$
+7 ^around the web$
+7 ^from around the web$
+7 ^from the web$
+7 ^from our partners$
+7 ^from our network$
+7 ^from the archive$
+7 ^from the archives$
+7 ^sponsored stories$
+7 ^sponsored content$
+7 ^sponsored links$
+7 ^promoted stories$
+7 ^promoted content$
+7 ^promoted links$
+7 ^paid content$
+7 ^partner content$
+6 ^features$
+6 ^in focus$
+6 ^spotlight$
+6 ^featured$
+6 ^featured stories$
+6 ^featured articles$
+6 ^featured video$
+6 ^watch next$
+6 ^watch more$
+6 ^listen next$
+6 ^podcasts$
+6 ^videos$
+6 ^see more$
+6 ^see all$
+6 ^view all$
+6 ^show all$
+6 ^see all stories$
+6 ^view all stories$
+6 ^more from$
+6 ^more from this author$
+6 ^more from the author$
+6 ^more by this author$
+6 ^more by this writer$
+6 ^more from this writer$
+6 ^more from this reporter$
+6 ^more about$
+6 ^more in$
+6 ^more on$
+6 ^in this series$
+6 ^in this story$
+6 ^also in the news$
+6 ^continue reading the main story$
# A headline with a bracketed kind tag ("… after outbreak [VIDEO]", "[PICS]", "[INSIGHT]"): the
# way tabloids label the other stories of a "Don't miss" box.
+3 /^[^\[\]]{10,200} \[(video|videos|pics|pictures|photos|gallery|watch|insight|analysis|latest|news|warning|revealed|poll|live|interview|report|update|explained|quiz|opinion|comment|latest news)\][^a-z0-9]*$/

# --- Headings with a section or site name: short, no sentence punctuation --------------------
+4 /^[^a-z0-9]*(more|latest|top|best|related|recent|popular) (from|on|in|about|by) [^.!?"]{1,50}$/
+5 /^[^a-z0-9]*(more|latest) [a-z' &]{1,25} (news|stories|articles|coverage|headlines|videos|podcasts|reviews|features|opinion)[^a-z0-9]*$/
+4 /^[^a-z0-9]*(the latest|most popular|most read|most viewed|most shared) (on|from|in) [^.!?"]{1,40}$/
+5 /^[^a-z0-9]*(trending|trending now|popular now|most popular|most read|what's hot|hot right now) (on|at|in) [a-z0-9' &.-]{2,30}[^a-z0-9]*$/
+6 /^[^a-z0-9]*more (world|politics|entertainment|technology|tech|science|health|business|sports?|crime|space|money|moneywatch|opinion|lifestyle|travel|culture|arts|music|movies|tv|food|style|education|environment|climate|local|national|u\.?s\.?|uk|economy|markets|finance|video|videos|photos|weather|autos|cars|real estate|games|gaming|books|media|investigations|obituaries|religion|science & tech|health & wellness)( news| stories| headlines| coverage)?[^a-z0-9]*$/
+6 /^[^a-z0-9]*(most popular|most read|trending|latest|top stories|popular|latest news|recommended|featured|featured videos?|featured stories|latest videos?|latest galleries) (view|see|show) (all|more)[^a-z0-9]*$/
+6 /^[^a-z0-9]*(more )?(latest|recent|featured) (galleries|photo galleries|slideshows)[^a-z0-9]*$/
+6 /^[^a-z0-9]*most (read|popular|viewed|shared|emailed) (stories|articles|news|posts|today|this week|now)[^a-z0-9]*$/
+5 /^[^a-z0-9]*(elsewhere|more) (on|in|at|from) (the )?[a-z' &.]{2,25}[^a-z0-9]*$/
+4 /^[^a-z0-9]*(explore|discover|browse) (more|all|our)( [a-z' &]{1,25})?[^a-z0-9]*$/
+5 /^[^a-z0-9]*(see|view|show|load|read|browse) (more|all)( (stories|articles|news|posts|videos|photos|results|coverage|headlines|of our [a-z ]{1,25}))?[^a-z0-9]*$/
+6 /^[^a-z0-9]*(see|view|show) (all|more)[^a-z0-9]*\(?[0-9]+\)?[^a-z0-9]*$/

# --- "Read more:" and "See also:" link lines (start-anchored) ---------------------------------
+4 ^read more:
+4 ^read more -
+4 ^also read:
+4 ^read also:
+4 ^see also:
+4 ^also see:
+4 ^related:
+4 ^related reading:
+4 ^related story:
+4 ^related article:
+4 ^related content:
+4 ^related coverage:
+4 ^related video:
+4 ^related link:
+4 ^related links:
+4 ^more:
+4 ^more on:
+4 ^read:
+4 ^read next:
+4 ^up next:
+4 ^next:
+3 ^watch:
+3 ^listen:
+3 ^video:
+3 ^read more
+3 ^see also
+3 ^also read
+2 ^recommended:
+2 ^trending:
+2 ^more from
+3 /^[^a-z0-9]*(read|see|watch|listen to|click here for) (our|the) (full|complete|latest|live|related|previous|earlier) (coverage|story|report|article|analysis|explainer|live blog|updates|interview|review|guide)[^a-z0-9]*$/
+3 /^[^a-z0-9]*(read|watch|see)( more)?: [^.!?]{3,120}$/
+4 /^[^a-z0-9]*(read|see|watch) (more|also)( about| on| from| at| here)?[^a-z0-9]*[^.!?]{0,120}$/

# A teaser or bio cut short with its link: "… for... Read more".
+3 /(\.\.\.|…) ?read more[^a-z0-9]*$/
# A radio show's listen-again line: "Listen to <show> live at 12:45 weekdays - or listen back here."
+4 /^[^a-z0-9"']*listen (to )?[a-z0-9 .'&-]{2,40} live (at|on|from|every|weekdays)(?-u:\b)/
+4 /(?-u:\b)(or )?listen (back|again) (here|now|on [a-z]+)[^a-z0-9]*$/

# --- In-sentence forms -----------------------------------------------------------------------------
+4 /(?-u:\b)(continue|keep) reading (the )?(main|full) (story|article)(?-u:\b)/
+5 /(?-u:\b)(the )?(story|article|post|text) continues (below|after|beneath)(?-u:\b)/
+5 /(?-u:\b)(continue|keep) reading below(?-u:\b)/
+3 /(?-u:\b)you (may|might) (also )?(like|enjoy|be interested in|want to read|want to check out)(?-u:\b)/
+2 /(?-u:\b)(we|i) think you('ll| will)? (like|enjoy|love)(?-u:\b)/
+3 /(?-u:\b)(related|recommended|suggested) reading(?-u:\b)/
+3 /(?-u:\b)(read|see|watch|follow|get|find|catch up on|browse) (all )?(of )?our (full |complete |latest |live |ongoing |continuing |in-depth |extensive |previous |earlier |special )?(coverage|reporting|stories|updates|live blog|analysis|guide|explainer|explainers|archive|series|investigation)(?-u:\b)/
+3 /(?-u:\b)(read|see|watch|click) (more )?(here|this story|the full story|the full article|the rest of the story)(:| -|[^a-z0-9]*$)/
+3 /(?-u:\b)click here (to read|for more|for the full|to see|to watch|to learn more|to view)(?-u:\b)/
+3 /(?-u:\b)by clicking here[^a-z0-9]*$/
+3 /(?-u:\b)for more (news|stories|coverage|reporting|articles|videos|on this story|updates),? (visit|go to|see|click|check out|follow|head to|download|sign up)(?-u:\b)/
+1.5 /(?-u:\b)for more information,? (visit|go to|see|click|call|contact|email)(?-u:\b)/
+3 /(?-u:\b)(check out|explore|browse|discover) (our|more of our|all of our|more) (other )?(stories|articles|coverage|podcasts|newsletters|content|videos|archive|reporting|investigations)(?-u:\b)/
+4 /(?-u:\b)(more|other) (stories|articles|posts|columns) (by|from) (this|the) (author|writer|reporter|columnist)(?-u:\b)/
+4 /(?-u:\b)discover more from(?-u:\b)/
+5 /^[^a-z0-9]*(read|see) (the latest|more|all stories|all articles) (from|by) [a-z .'-]{2,40}$/
+4 /(?-u:\b)follow [a-z' ]{1,30}(full|complete|latest|live|continuing|ongoing) coverage of(?-u:\b)/
+3 /(?-u:\b)(this|the) (story|article|post|piece) (is|was) part of (our|a|the) (series|ongoing series|special report|project|coverage)(?-u:\b)/
+2 /(?-u:\b)(sponsored|promoted|paid) (content|stories|links|post|partner content)(?-u:\b)/
+4 /(?-u:\b)(by|from|powered by) (taboola|outbrain|revcontent|zergnet|mgid|content\.ad)(?-u:\b)/
+3 /(?-u:\b)(taboola|outbrain|revcontent|zergnet)(?-u:\b)/
+2 /(?-u:\b)(our|the) (top|biggest|most important|best) (stories|headlines|reads) (of|from) (the|this) (day|week|month|year)(?-u:\b)/
