# Photo captions and credits: "(AP Photo/…)", "Photograph: …/Getty Images",
# "Image source, Reuters", "FILE PHOTO:", "Photo by … on Unsplash", agency credits at
# the end of a paragraph.
#
# A caption often describes the news in a full sentence ("Firefighters battle a blaze
# in Los Angeles on Tuesday. (AP Photo/…)"), so these weigh +1 to +3 only: a credit
# tips a caption-shaped paragraph, never a long news paragraph on its own. Credits
# match on the agency formula, not on the agency's name (news cites Reuters and AP).
# Regex conventions: see appeal.pat.
@category caption
@weight +2

# --- Credit formulas -------------------------------------------------------------------------
+3 /\((ap|afp|upi|epa|epa-efe|reuters|pa|ians|pti|xinhua|anadolu|tass|getty|getty images|ap photo|afp photo|reuters photo|pool photo|photo|photos|image|images|credit|file|file photo|photo credit|image credit|illustration|video|screenshot|screengrab|handout|supplied|courtesy)( ?/ ?| by |: ?| via |, )[^)]{1,80}\)/
+3 /(?-u:\b)(ap|afp|epa|reuters|upi|pool|pa|aap|cp) photo ?/ ?[a-z]/
+2 /(?-u:\b)(ap|afp|reuters|epa|upi) photo(?-u:\b)/
+3 /\(ap\)[^a-z0-9]*$/
+3 /\((file|photo|left|right|center|centre|top|bottom|above|below|inset|pictured|file photo|ap file)\)/
+3 /(?-u:\b)photograph: [a-z]/
+3 /(?-u:\b)(composite|illustration|photo illustration|photo-illustration|photograph|photography|photos|photo|image|images|picture|pictures|video|graphic|graphics|map|chart|source|credit|credits|footage): [^.!?]{1,60}(/|(?-u:\b)(via|getty|reuters|ap|afp|epa|shutterstock|alamy|pa|handout|supplied|courtesy|for the|images)(?-u:\b))/
+3 /(?-u:\b)image source,/
+3 /(?-u:\b)image caption,/
+5 /^[^a-z0-9]*(image|media|photo|video) copyright [a-z0-9 ./&-]{1,40}$/
+3 /(?-u:\b)(media|video) caption,/
+3 /(?-u:\b)(image|photo|picture|video) (source|caption|credit)s?:/
+3 /^[^a-z0-9]*(image|photo|picture|photograph|video|footage) (source|caption|credit|courtesy|copyright)(?-u:\b)/
+3 /(?-u:\b)credit(\.\.\.|…)[a-z]/
+3 /^[^a-z0-9]*(photo|photos|photograph|photography|image|picture|illustration|graphic|video|credit|photo credit|image credit) by [a-z][^.!?]{1,60}$/
+2 /^[^a-z0-9]*(photo|photos|photograph|image|picture|illustration|graphic|credit|photo credit|image credit|source)s?: /
+3 /^[^a-z0-9]*file photo(?-u:\b)/
+2 file photo
+2 /(?-u:\b)(photo|image|picture|video) courtesy( of)?(?-u:\b)/
+2 /^[^a-z0-9]*courtesy (of )?[a-z][^.!?]{1,50}$/
+3 /(?-u:\b)(photo|image|picture) by [a-z.' -]{2,40} on unsplash(?-u:\b)/

# --- Agency credit at the end of the paragraph ------------------------------------------------------
+2 /(?-u:\b)getty images for [a-z]/
+2 /(:|/|\(|,) ?(screenshot|screengrab|screen grab|handout|supplied|file)[^a-z0-9]*$/
+2 /(?-u:\b)(handout|screenshot|screengrab|supplied) (photo|image|picture|via|/)(?-u:\b)/
+1.5 /(?-u:\b)(photographed by|photos by|photography by)(?-u:\b)/

# --- Agency production credits ---------------------------------------------------------------
# "Reporting by …; Editing by …": the wire's credit line under the story.
+4 /^[^a-z0-9]*(reporting|additional reporting|writing|compiled|research) by [^;]{2,200}; ?(additional reporting|editing|writing|graphics|compiled) by /

# --- Gallery captions ---------------------------------------------------------------------------------------
+2 /^[^a-z0-9"']*(pictured|top left|top right|from left|from left to right|l-r|left to right|clockwise from (top )?left)[^a-z0-9]*[:,]/
+2 /^[^a-z0-9"']*(above|below|left|right|top|bottom|main picture|main image|inset|pictured)[^a-z0-9]*:/
+2 /^[^a-z0-9]*(in pictures|in photos|photos|gallery|slideshow|photo gallery|photo essay|picture gallery|in pics)[^a-z0-9]*:/
+1 /(?-u:\b)(pictured|seen) (here|above|below|left|right|centre|center|at (left|right|centre|center))(?-u:\b)/
