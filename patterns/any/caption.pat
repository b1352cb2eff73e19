# Stock-photo and agency credits: names, not words of a language.
#
# Files in any/ apply to documents of every language; the files of a language's
# folder only to documents in that language (or of unknown language). These lines
# were in en/caption.pat.
@category caption

+2 /(?-u:\b)(on|via|from) (unsplash|pexels|pixabay|wikimedia commons|flickr|shutterstock|istock|istockphoto|adobe stock|dreamstime)(?-u:\b)/
+2 /(?-u:\b)(shutterstock|istockphoto|alamy stock photo|alamy|gettyimages|dreamstime|adobe stock)(?-u:\b)/
+1 getty images
+3 /[a-z.)]\s?/\s?(getty( images)?|ap|afp|reuters|epa|efe|epa-efe|shutterstock|alamy( stock photo| live news)?|bloomberg( via getty images)?|pool|sipa( usa| press)?|zuma( press| wire)?|rex( features| shutterstock)?|pa( wire| images| media| archive)?|anadolu( agency| via getty images)?|nurphoto|abaca( press)?|imago( images)?|dpa|corbis|istock(photo)?|the associated press|associated press|tass|ria novosti|sputnik|xinhua|ians|pti|aap|the canadian press|cp|kyodo|yonhap|the guardian|the new york times|the washington post|the times|the observer|eyevine|redux|magnum( photos)?|panos|polaris|contributor|handout|supplied|file|ap photo)[^a-z0-9]*$/
+2 /(?-u:\b)(via|for) (getty images|the associated press|reuters|afp|the new york times|the washington post|bloomberg|the guardian|the observer|the times|shutterstock|sipa usa|zuma press|nurphoto|anadolu)[^a-z0-9]*$/
+2 /(?-u:\b)(afp|ap|reuters|epa|anadolu|nurphoto|sopa images|lightrocket|bloomberg|pool|corbis|wireimage|filmmagic) via getty( images)?(?-u:\b)/
