# "Get our app" prompts: download links, app-store badges, open-in-app banners,
# push-notification prompts.
#
# Tech and health news talk about apps ("users were told to download the NHS app",
# "the game is available on iOS and Android"), so "the ... app" is weak and the strong
# patterns say "our app", name the store badge, or are whole paragraphs.
# Regex conventions: see appeal.pat.
@category app
@weight +3

# --- Whole-paragraph banners and badges ----------------------------------------------
+7 ^get the app$
+7 ^get our app$
+7 ^download the app$
+7 ^download our app$
+7 ^download the free app$
+7 ^try the app$
+7 ^open in app$
+7 ^open the app$
+7 ^open app$
+7 ^use app$
+7 ^use the app$
+7 ^continue in app$
+7 ^continue in the app$
+7 ^read in app$
+7 ^read in the app$
+7 ^view in app$
+7 ^listen in app$
+7 ^install app$
+7 ^install the app$
+7 ^install now$
+6 ^app store$
+6 ^google play$
+7 ^apple app store$
+7 ^google play store$
+7 ^download on the app store$
+7 ^available on the app store$
+7 ^get it on google play$
+7 ^android app on google play$
+7 ^available on google play$
+6 ^download on the$
+6 ^get it on$
+5 ^ios$
+5 ^android$
+5 ^ios app$
+5 ^android app$
+5 ^mobile apps$
+5 ^our apps$
+5 ^apps$
+6 ^add to home screen$
+6 ^allow notifications$
+6 ^enable notifications$
+6 ^turn on notifications$
+6 ^turn on push notifications$
+6 ^get notifications$
+6 ^get alerts$
+7 /^[^a-z0-9]*((download|get it|available) on the )?(app store|apple app store|google play( store)?|ios|android|iphone|ipad|amazon appstore|huawei appgallery)([^a-z0-9]+(and|or|&)?[^a-z0-9]*(app store|google play( store)?|ios|android|iphone|ipad|amazon appstore))+[^a-z0-9]*$/
+4 /^[^a-z0-9]*(the )?[a-z&' .]{2,25} (news )?app[^a-z0-9]*$/

# --- Download / get our app --------------------------------------------------------------
+4 /(?-u:\b)(download|get|install|try|grab) our (free |new |official |mobile |news |redesigned )*apps?(?-u:\b)/
+1.5 /(?-u:\b)(download|get|install) the (free |new |official |mobile |redesigned )*([a-z0-9'&.+-]+ ){0,4}(news |mobile )?apps?(?-u:\b)/
+2 our app
+2 our apps
+1 news app
+4 /(?-u:\b)(news )?app for (breaking news|the latest (news|headlines|updates)|full coverage|live updates|news alerts|the best experience|a better experience|personali[sz]ed news|all the latest)(?-u:\b)/
+5 /(?-u:\b)(download|get) it (on|from) (the )?(app store|apple app store|google play)(?-u:\b)/
+3 /(?-u:\b)(download|get) (it |the app |our app )?(on|from|in) (the )?(app store|apple app store|google play|play store)(?-u:\b)/
+1 /(?-u:\b)available (now )?(on|in|from) (the )?(app store|google play|ios and android|android and ios|iphone and android|apple and android devices)(?-u:\b)/
+0.5 /(?-u:\b)(app store|apple app store) (and|or|&) (google play|play store)(?-u:\b)/
+4 /(?-u:\b)(read|continue|open|view|listen to|watch|see) (this|the|it|the full) ?(article|story|video|episode|podcast)? in (the|our) ([a-z]+ )?app(?-u:\b)/
+4 /(?-u:\b)(better|best|easier|faster) (experienced |read |viewed )?(in|on) (the|our) app(?-u:\b)/
+4 /(?-u:\b)(switch|switching) to (the|our) app(?-u:\b)/
+4 /(?-u:\b)(you('re| are)|you've been) using (the|our) (web|mobile) (site|version)/
+3 /(?-u:\b)(scan|point your (phone|camera) at) the qr code (to|and) (download|get|install|open)(?-u:\b)/
+3 /(?-u:\b)(install|add) (the |our )?(web )?app to your (home screen|phone|device)(?-u:\b)/
+3 /(?-u:\b)(download|install|update to) (the )?latest version of (the|our) app(?-u:\b)/
+2 /(?-u:\b)(on|from) (the|our) app,? (you can|available|for iphone|for android)(?-u:\b)/
+3 /(?-u:\b)our app (is|for|has|lets|gives|offers|brings) (available|free|the|you|now|iphone)(?-u:\b)/
+1 /(?-u:\b)(for|on) (iphone|ipad|ios) (and|&|or) android(?-u:\b)/

# --- Notifications -----------------------------------------------------------------------------
+3 /(?-u:\b)(turn on|enable|allow|switch on) (push |browser |desktop )?(notifications|alerts) (for|to get|to receive|to stay|from us|so you)(?-u:\b)/
+2 /(?-u:\b)(get|receive) (push |browser |instant |real-time )(notifications|alerts)(?-u:\b)/
+4 /(?-u:\b)(we'd|we would) like to (send|show) you (notifications|push notifications|alerts)(?-u:\b)/
+4 /(?-u:\b)(want|would you like) (to get |to receive )?(push )?(notifications|alerts|updates) (for|about|on|when) (breaking|the latest|top|important)(?-u:\b)/
+4 /(?-u:\b)(you can|you may) (turn off|unsubscribe from|disable) (these |push )?notifications (at any time|anytime|in your (browser|device) settings)(?-u:\b)/
+1 push notifications

# --- Other devices and channels ---------------------------------------------------------------------
+2 /(?-u:\b)(ask|tell) (alexa|google|siri|your smart speaker) to (play|open|enable)(?-u:\b)/
+2 /(?-u:\b)(on|for) your smart speaker(?-u:\b)/
+4 /(?-u:\b)(add|enable) (the |our )?[a-z' ]{1,30} flash briefing(?-u:\b)/
+2 /(?-u:\b)watch (live )?(on|with) (our|the) [a-z ]{0,20}(streaming )?app(?-u:\b)/
