#!/usr/bin/env python3
"""Writes the own-pages extraction benchmark: made-up news pages that reproduce the ways a main-block
chooser goes wrong on real sites (a cookie-consent panel with a "Privacy Overview", a
comment-moderation notice, a newsletter box, a customer-service footer, a cookie banner), in the
WCXB layout (html/NNNN.html + ground-truth/NNNN.json), so `storyfuse eval extraction DIR` scores them.

Everything here is invented for Storyfuse (GPL-3.0-or-later): the articles are the made-up ones of
storyfuse-core's hard-wrapped corpus, the sites, their markup and their furniture texts were written
for this file, after the patterns of common CMS themes and consent plugins, without copying any page.
The ground truth is the article's headline-less body, exactly the paragraphs put in the page; the
`without` snippets are the first words of each trap. Pages 0025-0030 (a magazine theme with a writer's
box, a grid of teaser cards under "More from the Courier" and a credited caption in a plain paragraph)
were added with the second extraction round of issue 14; pages 0031-0046 (a newsroom CMS with "Read more:" lines, a pull
quote, advertisement labels, a video box, an inline newsletter promo and a "Most read" list with excerpts; a publisher
whose paragraphs are <div> text components, with a metered-paywall prompt and recommended stories with excerpts) in
session 25, and pages 0047-0064 (a story body in companion columns with a figure, a print-edition line and
related cards; a broadcaster's text blocks with image source and caption lines, a links block and a "get in touch"
appeal; a news agency's body with promo cards, a "follow our coverage" line and a funding disclaimer) right after.
Pages 0065-0080: short reports with readers' comments under them (named, "reactions" and hashed class names) and a
question-and-answer interview, some with a hidden second rendering. Pages 0123-0155 (session 26, scored before any rule
was written for them): a local paper's old table layout (bold headline, <br>-separated paragraphs, a labelled date line,
print/e-mail links, a copyright notice, a classifieds column and a weather box), an AMP page, a photo gallery inside the
story with "RELATED:" lines and a trending bar, and regional pages in German, Spanish and French (invented articles and
furniture in each language). Pages 0156-0174 (the same session, also scored first): a WordPress theme with Jetpack's
sharing, liking and related boxes inside the post, a link-heavy aggregator post, Russian regional pages and Chinese portal
pages. Pages 0175-0192 (also scored first): a publisher's web components (custom elements), blocks named only by
data-block attributes under hashed class names, and an opinion page with the writer's box above the piece and a table and
a quoted report in it. Pages 0193-0212 (also scored first): blogging platforms' post pages, a Medium-like story, a
Blogger post, a Ghost post and a Substack-like post, each with its platform's furniture. Pages 0213-0274 (session 27,
also scored first): news formats — a live blog, a live-updates feed, a match report with its scoreboard, line-ups and
ratings, a press release on a distribution wire, a question-and-answer explainer, an article republished under a Creative
Commons licence, news in brief, a timeline, a reader poll in the story, a business story under a ticker strip and a story
under a video player; pages 0275-0292: a data story with charts as chart tools embed them, a wire story on a portal,
a story whose second half is collapsed behind "Continue reading" (0290-0292 with the JSON-LD body that states it,
written after the rule for it); pages 0293-0303: letters to the editor with their signatures, an obituary with its
service details, an advice column answering a reader's letter. Pages 0304-0347 (session 28, scored first): an arts
review with its star rating, credits box and "where to watch" box; a fact-check with its rating scale and "Share the
Facts" box; a podcast episode's page; a newsletter's web version in e-mail tables; a wire story with its copyright tail
under a breaking-news bar; an explainer with a table of contents, gift buttons and a document viewer; a crime report
ending in a police appeal (the article's); a story of a series; a local TV station's story page; a government
department's press release with its page-feedback form; a wiki news page with sources, categories and licence lines;
pages 0348-0357: a nonprofit newsroom's donate box, its long appeal for support after the story and a membership prompt
between paragraphs, and data widgets beside a story (an election-results box, a league table); pages 0358-0365: the
newsroom's calls to the reader between a story's paragraphs (its podcast, its WhatsApp channel, a live event, its social
accounts), as italic paragraphs or in boxes of their own; pages 0366-0373: the newsroom's plain paragraphs at a story's
end — a "free to read" note with its call to subscribe (the page's), a question for the comments, a reader survey, a tip
line (the article's: WCXB's annotators keep such calls, its tuning pages 0331 and 4846). Pages 0374-0437 (session 29,
scored first): the newest article pages' extras — a summary box made with a language model and its note, an audio
version in a synthetic voice, an old-article warning, a newsletter sign-up's privacy notice, topics to follow, the
reporter's accounts, a notifications prompt, a note on the newsroom's use of AI (0374-0397); the same kinds in other
words and another publisher's markup (0398-0413); the words of widgets in their other states (0414-0425); a wire-fed
site's lines in a story's flow (0426-0437); with the article's own corrections, credits and notes as controls; the
newsroom's asks in words no earlier batch used, as the story's own paragraphs (0438-0449, mostly known misses).
Run from this folder:
python3 make_pages.py
"""
import html, json, os, re, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "../../../../../../../../storyfuse-core/src/test/resources/org/storyfuse/ingest/text/hardwrap/articles.txt")


def articles():
    out = []
    for block in re.split(r"(?m)^=== ", open(ARTICLES, encoding="utf-8").read()):
        if not block.strip() or block.startswith("#"):
            continue
        parts = block.split("\n\n")
        head = parts[0].split("\n")
        fields = dict(l.split(": ", 1) for l in head[1:])
        paras = [p.strip().replace("\n", " ") for p in parts[1:] if p.strip()]
        if "DATELINE" in fields:
            paras[0] = fields["DATELINE"] + " " + paras[0]
        out.append(dict(id=head[0].strip(), title=fields["TITLE"], byline=fields.get("BYLINE", "").replace("By ", ""),
                        date=fields.get("DATE", ""), paras=paras))
    return out


# --- traps: furniture written as running prose, which is why it can outweigh a short article ---

PRIVACY_OVERVIEW = [
    "This website uses cookies to improve your experience while you navigate through the website. Out of these, the cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic functionalities of the website.",
    "We also use third-party cookies that help us analyze and understand how you use this website. These cookies will be stored in your browser only with your consent. You also have the option to opt-out of these cookies. But opting out of some of these cookies may affect your browsing experience.",
    "Necessary cookies are absolutely essential for the website to function properly. This category only includes cookies that ensure basic functionalities and security features of the website. These cookies do not store any personal information.",
    "Any cookies that may not be particularly necessary for the website to function and are used specifically to collect user personal data via analytics, ads, other embedded contents are termed as non-necessary cookies. It is mandatory to procure user consent prior to running these cookies on your website.",
    "Functional cookies help to perform certain functionalities like sharing the content of the website on social media platforms, collect feedbacks, and other third-party features.",
    "Performance cookies are used to understand and analyze the key performance indexes of the website which helps in delivering a better user experience for the visitors.",
    "Analytical cookies are used to understand how visitors interact with the website. These cookies help provide information on metrics the number of visitors, bounce rate, traffic source, etc.",
    "Advertisement cookies are used to provide visitors with relevant ads and marketing campaigns. These cookies track visitors across websites and collect information to provide customized ads.",
]

COMMENT_NOTICE = [
    "Comments on this site are moderated before they are published. We welcome lively debate and a range of views, but we ask that you keep your comments civil, relevant to the article and free of personal attacks, and that you do not post the same comment more than once.",
    "Our moderators read every comment and may remove any that break these rules, are abusive, contain links to spam or advertising, or that they consider off-topic. Repeat offenders will have their commenting privileges withdrawn without notice.",
    "Comments are open for seven days after an article is published and are closed at weekends. We cannot reply to every comment, and we do not discuss individual moderation decisions. If you believe a comment breaks the law, please report it using the link beside it.",
    "By posting a comment you agree that we may edit it for length or clarity and publish it in print and online. Please read our community guidelines and our terms of use before you join the conversation.",
]

CUSTOMER_SERVICE = [
    "Our customer service team is here to help with your subscription, your delivery and your account. You can reach us by phone from Monday to Friday between 8 a.m. and 6 p.m., and on Saturdays between 9 a.m. and 1 p.m., except on public holidays.",
    "If your newspaper has not arrived by 7 a.m., please tell us before 10 a.m. and we will do our best to deliver a replacement copy the same day. Subscribers can also read the full digital edition at no extra cost while they wait.",
    "To change your address, pause your delivery while you are on holiday, update your payment details or cancel your subscription, log in to your account or write to our customer service team. Please allow up to five working days for changes to take effect.",
    "For questions about advertising, reprints, syndication or corrections, please use the contact form, and a member of the relevant team will get back to you as soon as possible.",
]

NEWSLETTER = [
    "Get our morning briefing in your inbox every weekday. The day's most important stories, handpicked by our editors, with analysis you will not find anywhere else and a crossword to finish with your coffee.",
    "Sign up now, it is free, and you can unsubscribe at any time with a single click. We will never share your email address with third parties; read our privacy notice to find out how we use your data.",
]

COOKIE_BANNER = [
    "We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, to provide social media features and to analyse our traffic. With your permission we and our partners may use precise geolocation data and identification through device scanning.",
    "You may click to consent to our and our partners' processing as described above, or access more detailed information and change your preferences before consenting or refuse to consent. Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing.",
]

ABOUT_US = [
    "The Courier has been published in the valley since 1889 and is owned by an independent trust whose only purpose is to keep quality local journalism alive. We do not take money from political parties, and our editors decide what we publish without interference from our owners or our advertisers.",
    "Our newsroom of thirty-two reporters, photographers and editors covers local government, courts, schools, business and sport in every town of the region, and we correct our mistakes openly.",
]


AUTHOR_BIO = [
    "{name} covers local government, transport and the environment for the Courier. Before joining the paper in 2019 {first} reported on farming and rural affairs for a regional radio station for nine years.",
    "{first} lives in the valley with a family, two bicycles and a vegetable plot that rarely survives the slugs. Story ideas are welcome at the newsroom address below.",
]

TEASERS = [
    ("Ferry fares to rise in spring", "Fares on the river ferry will go up by forty cents from April, the operator said, the first rise in six years, blaming fuel and the new landing stage.", "May 30, 2026"),
    ("Allotment waiting list passes two hundred", "More than two hundred households are now waiting for an allotment in the valley, and some have waited for six years, the council said at its monthly meeting.", "May 28, 2026"),
    ("Quarry road reopens after culvert repairs", "The old quarry road opened again on Monday after six weeks of repairs to the culvert that collapsed in the January storms, ending a long detour.", "May 25, 2026"),
    ("Library extends weekend opening hours", "The central library will open on Sunday afternoons from June, after a trial last winter drew more visitors than the council had expected.", "May 21, 2026"),
]

CAPTION = "Volunteers clear branches from the riverside path after the storm on Tuesday morning. Photo: Ines Marlow"


# --- furniture of the third batch (pages 0031-0046): what news sites put *inside* and around an article ---

READ_MORE = [("Read more", "Council approves new budget for harbour works"), ("Related", "Storm warning issued for the weekend"),
             ("Also read", "Rail line to close for summer repairs")]

INLINE_PROMO = ("Sign up for The Morning Courier, our free daily newsletter, and get the day's top stories from the valley "
                "in your inbox before breakfast.")

PAYWALL = ["You have read three of your five free articles this month.",
           "Subscribe today for unlimited access to award-winning local journalism, the daily digital edition and our "
           "puzzles, from just one crown a week. Cancel at any time."]

VIDEO = ("Watch: residents describe the night the water came in",
         "People who live by the river told our reporter how the water rose within minutes and what they managed to "
         "save. Video: Courier TV, two minutes.")

MOST_READ = TEASERS


# --- furniture of the fourth batch (pages 0047-0064): three more ways big newsrooms mark up a story ---

FIGURE_CAPTION = "Sandbags stacked outside the harbour office on Monday evening, hours before the river crested."

PRINT_LINE = ("A version of this article appears in print on June 3, 2026, Section A, Page 12 of the Valley edition "
              "with the headline: {title}.")

GET_IN_TOUCH = [
    "Have you been affected by the issues raised in this story? Share your experiences by emailing yourstory@example.org.",
    "Please include a contact number if you are willing to speak to a journalist. You can also get in touch by "
    "WhatsApp or by filling in the form on this page; if you cannot see the form, open the mobile version of the page.",
]

FOLLOW_LINE = "Follow the Wire's coverage of the region at https://wire.example/hub/region"

FUNDING = ("The Wire's climate and environment coverage receives financial support from several private "
           "foundations. The Wire is solely responsible for all content. Find its standards for working with "
           "philanthropies, a list of supporters and the areas they fund at wire.example.")


# --- furniture of the fifth batch (pages 0065-0080): readers' comments under a short report ---

READER_COMMENTS = [
    ("Hal Brandt", "3 hours ago", "I have lived by that stretch of the river for forty years and I have never seen the council "
     "act this slowly. Every spring we are told the money is coming, and every spring we fill the same sandbags ourselves."),
    ("mira_k", "2 hours ago", "With respect to the previous commenter, the council cannot do everything at once. The budget "
     "was cut twice in five years, and people who complain loudest are often the ones who voted for the cuts."),
    ("Old Quay Resident", "2 hours ago", "Does anyone know whether the footbridge will be open at the weekend? My daughter "
     "walks to work across it and the detour through the industrial estate adds almost forty minutes each way."),
    ("Tomasz W.", "1 hour ago", "Great reporting as always. It would be good to hear from the engineers themselves next time "
     "rather than only the officials, because they are the ones who actually know what state the walls are in."),
    ("Greta", "45 minutes ago", "My insurance went up by a third this year and the letter blamed the floods. I wonder how many "
     "other households here have had the same letter, and whether anyone is keeping track of it."),
    ("J. Okafor", "20 minutes ago", "Remember that the same promises were made in 2019 and again in 2022. I will believe it "
     "when I see the diggers, not before, and I suspect most of my neighbours feel exactly the same way."),
]

INTERVIEW = dict(id="ferry-captain-interview", title="\"The river tells you when to go\": a ferry captain on forty winters",
                 byline="Lena Marsh", date="January 12, 2026", paras=[
    "Ingrid Solberg has taken the Amsel ferry across the river more than 60,000 times since 1986. As she prepares to "
    "retire in March, she talked to the Courier about ice, fog and the passengers she will miss.",
    "Q: What was the hardest crossing you ever made?",
    "A: The winter of 1996. The ice came down in plates as big as a car, and we had to wait for a gap and then go "
    "straight through it. We carried a doctor to a woman in labour on the other side. She named the boy after the boat.",
    "Q: Has the river changed in forty years?",
    "A: The water is higher in spring and lower in summer, and the fog comes later in the year. The old captains read "
    "the river by the colour of the water at the pier. I still do, but it tells me different things now.",
    "Q: What will you do when you retire?",
    "A: Sit on the bank and watch somebody else do it, and shout advice they will not take.",
])


# --- furniture of the sixth batch (pages 0081-0092): what embeds leave in a story when they do not load ---

EMBED_CONSENT = ("Allow content from SocialSite? This article includes content provided by SocialSite. We ask for your "
                 "permission before anything is loaded, as they may be using cookies and other technologies. You may want "
                 "to read the SocialSite cookie policy and privacy policy before accepting. To view this content choose "
                 "'accept and continue'.")

VIDEO_FALLBACK = "This video can not be played. To play this video you need to enable JavaScript in your browser."

MEDIA_CAPTION = "Media caption, Boat owners on the quay describe the night the water rose"

POST_TEXT = "Water is over the quay wall at the fish market now. Stay away from the river path tonight, please."


# --- the sixth new batch (pages 0103-0110): a long read's own structure, which must all stay ---

SUBHEADS = ["What happens next", "The cost of waiting"]
FACTS = ["The work needs a permit that has not yet been granted.",
         "Officials expect the first phase to take about eleven weeks.",
         "Residents can follow the schedule on the council's noticeboard."]
STEPS = ["Check the notice posted at the town hall for your street.",
         "Move vehicles parked on the marked stretch before seven in the morning.",
         "Report any damage to the council's works office within a week."]
LISTEN_BAR = "Listen to this article 5 min"


# --- the seventh new batch (pages 0111-0122): the next story under this one, sponsored text in the flow ---

SPONSORED = ("Discover the valley's finest kitchens at the Nordhaus showroom this weekend: solid oak worktops, "
             "German fittings and free design advice from our team, with ten percent off every order placed before Sunday.")


# --- control articles: news about the very things the traps are made of, which must stay articles ---

CONTROLS = [
    dict(id="cookie-fines", title="Regulator fines five retailers over misleading cookie banners", byline="Lena Marsh",
         date="June 2, 2026", paras=[
             "LINDHOLM, June 2 (Valley Courier) - The national data protection regulator on Tuesday fined five online retailers a total of 4.2 million crowns for cookie banners that it said pushed visitors into accepting tracking they did not want.",
             "The regulator said the banners made the button to accept all cookies large and bright, while the option to refuse was hidden behind two further clicks, which breaks the rule that refusing consent must be as easy as giving it.",
             "\"If you want to say no, you should not have to hunt for it,\" the regulator's director, Agnes Wold, told reporters. \"Our message to every website is simple: ask clearly, and take no for an answer.\"",
             "The largest fine, 1.9 million crowns, went to the electronics chain Voltmarkt, which the regulator said had also set advertising cookies before visitors made any choice at all.",
             "Voltmarkt said it would appeal. \"We have always respected our customers' privacy and we changed our website as soon as the regulator raised its concerns,\" a spokesman said.",
             "Consumer groups welcomed the decision. They said a survey of 200 popular websites last year found that fewer than one in five offered a refuse button on the first screen.",
         ]),
    dict(id="comments-closed", title="Newspaper closes comment sections after wave of abuse", byline="Tomas Reyes-Holt",
         date="August 19, 2026", paras=[
             "The Arnstad Herald said on Monday that it would close the comment sections under its articles from next month, after its moderators were overwhelmed by abusive and threatening posts.",
             "Editor-in-chief Marta Sollen said the paper's five moderators had removed more than 40,000 comments in the first half of the year, twice as many as a year earlier, and that several reporters had received threats.",
             "\"We believe in debate with our readers, but we cannot ask our staff to read this every day,\" Sollen said in a letter to subscribers. \"You will still be able to write to us, and we will publish the best letters every weekend.\"",
             "Media researchers said the Herald was the third large newspaper in the region to close its comments this year. Dr. Olav Brekke of the University of Arnstad said most readers never posted but that a small number of commenters had come to dominate the discussion.",
             "Some readers criticised the decision online, saying it would leave the paper without a place for readers to correct its mistakes. The Herald said it would add a form for reporting errors to every article.",
         ]),
]


CONTROLS.append(INTERVIEW)

NEXT_STORY = dict(id="library-hours", title="Library extends weekend opening hours after winter trial", byline="",
                  date="May 21, 2026", paras=[
    "The central library will open on Sunday afternoons from June, the council said on Thursday, after a trial last "
    "winter drew almost twice as many visitors as officials had expected.",
    "Head librarian Ruth Okafor said families and students had asked for the change for years, and that the extra "
    "hours would be covered by two new part-time posts rather than by volunteers.",
    "The council will review the Sunday opening after a year."])


def p(text, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{html.escape(text, quote=False)}</p>"


def nav():
    items = ["Home", "News", "Business", "Sport", "Opinion", "Culture", "Weather", "Contact"]
    return "<ul>" + "".join(f'<li><a href="/{i.lower()}">{i}</a></li>' for i in items) + "</ul>"


def related(n=4):
    heads = ["Council approves new budget for harbour works", "Storm warning issued for the weekend",
             "Local team wins regional cup final", "New library opens in the old town hall",
             "Rail line to close for summer repairs", "Schools report record exam results"]
    return "<ul>" + "".join(f'<li><a href="/story/{k}">{h}</a></li>' for k, h in enumerate(heads[:n])) + "</ul>"


# --- site templates: each a different way of marking up an article page ---

def site_wordpress(a, traps):
    body = "".join(p(x) for x in a["paras"])
    modal = ""
    if "privacy" in traps:
        modal = ('<div id="cliSettingsPopup" class="cli-modal" tabindex="-1" role="dialog" style="display:none">'
                 '<div class="cli-modal-dialog"><div class="cli-modal-content cli-bar-popup">'
                 '<div class="cli-container-fluid cli-tab-container"><div class="cli-row"><div class="cli-col-12">'
                 '<div class="cli-privacy-overview"><h4>Privacy Overview</h4><div class="cli-privacy-content">'
                 '<div class="cli-privacy-content-text">' + "<br/>".join(html.escape(x) for x in PRIVACY_OVERVIEW[:2]) +
                 '</div></div></div>' + "".join(
                     f'<div class="cli-tab-section"><div class="cli-tab-header">Category {k}</div>'
                     f'<div class="cli-tab-content"><div class="cli-tab-pane">{html.escape(x)}</div></div></div>'
                     for k, x in enumerate(PRIVACY_OVERVIEW[2:])) +
                 '</div></div></div></div></div></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} &#8211; Valley Courier</title>
<meta property="og:title" content="{html.escape(a['title'])}"><meta property="og:site_name" content="Valley Courier"></head>
<body class="post-template-default single single-post"><div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Valley Courier</a></p></div>
<nav id="site-navigation" class="main-navigation">{nav()}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4411" class="post-4411 post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h1 class="entry-title">{html.escape(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on">{html.escape(a['date'])}</span> <span class="byline">by {html.escape(a['byline'] or 'Staff')}</span></div></header>
<div class="entry-content">{body}</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/news">News</a></span></footer></article>
<nav class="navigation post-navigation"><a href="/prev">Previous post</a> <a href="/next">Next post</a></nav>
</main></div><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>{related()}</section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 Valley Courier</div></footer></div>
<div id="cookie-law-info-bar"><span>This website uses cookies to improve your experience. <a role="button" class="cli_settings_button">Cookie settings</a> <a role="button" class="cli_action_button">Accept</a></span></div>
{modal}</body></html>"""


def site_cssmodules(a, traps):
    # hashed class names, the article's paragraphs in several wrappers with ad slots between them
    chunks = []
    for k, x in enumerate(a["paras"]):
        chunks.append(f'<div class="sc-7f2a1 hQxRt"><p class="sc-9b1e0 gTzPq">{html.escape(x)}</p></div>')
        if k % 2 == 1:
            chunks.append('<div class="sc-aa31 kLmNo"><div class="sc-aa32">Advertisement</div></div>')
    notice = ""
    if "comments" in traps:
        notice = ('<div class="sc-4d8e2 pWvXy"><h3 class="sc-4d8e3">About comments</h3>' +
                  "".join(f'<p class="sc-4d8e4">{html.escape(x)}</p>' for x in COMMENT_NOTICE) + "</div>")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Metro Ledger</title>
<meta property="og:title" content="{html.escape(a['title'])}"><meta property="og:site_name" content="Metro Ledger"></head>
<body><div id="__next"><div class="sc-1a2b3 aBcDe"><div class="sc-1a2b4">{nav()}</div></div>
<div class="sc-2b3c4 fGhIj"><div class="sc-2b3c5"><span class="sc-k1">News</span><h1 class="sc-2b3c6 kKlLm">{html.escape(a['title'])}</h1>
<div class="sc-2b3c7"><span>{html.escape(a['byline'] or 'Metro Ledger staff')}</span> <time>{html.escape(a['date'])}</time></div>
<div class="sc-3c4d5">{''.join(chunks)}</div>
<div class="sc-3c4d6"><a href="/share/fb">Facebook</a> <a href="/share/x">X</a> <a href="/share/mail">Email</a></div>
{notice}
<div class="sc-5e6f7"><h3>More news</h3>{related(5)}</div></div></div>
<div class="sc-9z8y7"><p>&copy; Metro Ledger 2026. All rights reserved.</p></div></div></body></html>"""


def site_sections(a, traps):
    # the article in several text blocks separated by boxes; a long customer-service block in the page footer
    half = (len(a["paras"]) + 1) // 2
    first = "".join(p(x) for x in a["paras"][:half])
    second = "".join(p(x) for x in a["paras"][half:])
    service = ""
    if "service" in traps:
        service = ('<div class="col col-wide"><h4>Customer service</h4>' + "".join(p(x) for x in CUSTOMER_SERVICE) + "</div>")
    about = '<div class="col"><h4>About us</h4>' + "".join(p(x) for x in ABOUT_US) + "</div>" if "about" in traps else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title>
<meta name="description" content="{html.escape(a['paras'][0][:150])}"></head><body>
<div class="wrap"><div class="top"><a class="logo" href="/">The Daily Courier</a>{nav()}</div>
<div class="main"><div class="story"><h1>{html.escape(a['title'])}</h1><div class="info">{html.escape(a['byline'] or 'Courier staff')} &middot; {html.escape(a['date'])}</div>
<div class="text-block">{first}</div>
<div class="box"><b>Read also</b>{related(2)}</div>
<div class="text-block">{second}</div></div>
<div class="col-side"><h3>Most read</h3>{related(6)}</div></div>
<div class="bottom"><div class="row">{service}{about}<div class="col"><h4>Sections</h4>{nav()}</div></div>
<div class="small">&copy; 2026 The Daily Courier Ltd</div></div></div></body></html>"""


def site_plain(a, traps):
    # a visible cookie banner first; paragraphs as text with <br><br>; a newsletter box in the article's container
    banner = ""
    if "banner" in traps:
        banner = '<div class="notice-top"><div class="inner">' + "".join(p(x) for x in COOKIE_BANNER) + \
                 '<a href="#" class="btn">Accept all</a> <a href="#" class="btn">Manage options</a></div></div>'
    letter = ""
    if "newsletter" in traps:
        letter = '<div class="boxed"><h3>The morning briefing</h3>' + "".join(p(x) for x in NEWSLETTER) + \
                 '<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>'
    paras = a["paras"]
    body = "<br><br>\n".join(html.escape(x) for x in paras[:3])
    rest = "<br><br>\n".join(html.escape(x) for x in paras[3:])
    return f"""<html><head><title>{html.escape(a['title'])} - Harbour Times</title></head><body>
{banner}<table width="100%"><tr><td class="left">{nav()}</td><td class="center">
<div class="wrapper"><h2>{html.escape(a['title'])}</h2><i>{html.escape(a['date'])}</i><br><br>
{body}<br><br>{letter}{rest}
</div></td><td class="right"><b>Links</b>{related(4)}</td></tr></table>
<div>Harbour Times, 12 Quay Street. Tel 555 0100.</div></body></html>"""


def site_portal(a, traps):
    # a portal page: mega-menus and link lists all around a short article, the trap in a box of its own
    menu = "".join(f'<div class="mcol"><b>Section {k}</b>{related(6)}</div>' for k in range(5))
    trap = ""
    for name in sorted(traps):
        trap += f'<div class="box-{len(trap) % 7}"><h3>{TRAP_HEADINGS[name]}</h3>' + "".join(p(x) for x in TRAP_TEXT[name]) + "</div>"
    body = "".join(p(x) for x in a["paras"])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Portal News</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body>
<div class="mega">{menu}</div>
<div class="grid"><div class="col-8"><h1>{html.escape(a['title'])}</h1><div class="when">{html.escape(a['date'])}</div>{body}</div>
<div class="col-4"><b>Latest</b>{related(6)}<b>Popular</b>{related(6)}</div></div>
<div class="strip">{menu}</div>
<div class="grid"><div class="col-12">{trap}</div></div>
<div class="mega">{menu}</div></body></html>"""


def site_magazine(a, traps):
    # a magazine theme: a credited caption in a plain paragraph inside the body; after the article a
    # writer's box with no heading, and a "More from the Courier" heading over a grid of teaser cards
    paras = [p(x) for x in a["paras"]]
    if "caption" in traps:
        paras.insert(1, '<div class="wp-block-image"><img src="/img/path.jpg" alt="">' + p(CAPTION, "has-small-font-size") + "</div>")
    writer = a["byline"] or "Ines Marlow"
    box = ""
    if "authorbox" in traps:
        first = writer.split()[0]
        box = ('<div class="writer-card"><div class="writer-card__name"><a href="/staff/x">' + html.escape(writer) + '</a></div>'
               '<div class="writer-card__role">Staff reporter</div><div class="writer-card__text">'
               + "".join(p(x.format(name=writer, first=first)) for x in AUTHOR_BIO) + "</div></div>")
    cards = ""
    if "teasers" in traps:
        cards = ('<section class="more-grid"><h2 class="more-grid__title">More from the Courier</h2><div class="cards">' + "".join(
            f'<div class="card"><h3 class="card__title"><a href="/story/t{k}">{html.escape(t)}</a></h3>'
            f'<div class="card__excerpt">{html.escape(e)}</div><div class="card__date">{html.escape(d)}</div></div>'
            for k, (t, e, d) in enumerate(TEASERS)) + "</div></section>")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Courier Magazine</title>
<meta property="og:title" content="{html.escape(a['title'])}"><meta name="author" content="{html.escape(writer)}"></head>
<body><div class="shell"><header class="bar">{nav()}</header>
<main class="layout"><article class="story"><h1 class="story__title">{html.escape(a['title'])}</h1>
<div class="story__meta">By {html.escape(writer)} | {html.escape(a['date'])}</div>
<div class="story__body">{''.join(paras)}</div>
{box}{cards}</article></main>
<footer class="foot"><p>&copy; 2026 Valley Courier Magazine</p></footer></div></body></html>"""


def site_newsroom(a, traps):
    # a newsroom CMS: breadcrumbs, share tools and reading time around the headline; inside the body a
    # pull quote repeating a sentence, "Read more:" lines, advertisement labels, a video box and an
    # inline newsletter promo; after it tags and a "Most read" list whose items carry excerpts
    paras = [p(x) for x in a["paras"]]
    inserts = []
    if "readmore" in traps:
        for k, (label, head) in enumerate(READ_MORE[:max(1, len(paras) - 2)]):
            inserts.append((1 + 2 * k, f'<p class="inline-link"><strong>{label}:</strong> <a href="/story/r{k}">{html.escape(head)}</a></p>'))
    if "ads" in traps:
        inserts.append((2, '<div class="ad-slot ad-slot--inline"><span class="ad-label">Advertisement</span><div id="ad-2"></div></div>'))
        inserts.append((4, '<p class="ad-continue">Story continues below advertisement</p>'))
    if "pullquote" in traps:
        quoted = a["paras"][-1].split(". ")[0].strip().rstrip(".") + "."
        inserts.append((1, f'<aside class="pull-quote"><blockquote><p>{html.escape(quoted)}</p></blockquote></aside>'))
    if "video" in traps:
        inserts.append((3, f'<div class="video-embed"><div class="player" data-id="v81"></div><p class="video-embed__title">{html.escape(VIDEO[0])}</p>'
                           f'<p class="video-embed__caption">{html.escape(VIDEO[1])}</p></div>'))
    if "promo" in traps:
        inserts.append((len(paras) - 1, f'<p class="promo"><em>{html.escape(INLINE_PROMO)}</em> <a href="/newsletters">Sign up here</a></p>'))
    # inserted from the back so earlier positions stay valid; equal positions keep their order
    for at, markup in sorted(inserts, key=lambda x: -x[0]):
        paras.insert(min(at, len(paras)), markup)
    most = ""
    if "mostread" in traps:
        most = ('<section class="most-read"><h2>Most read</h2><ol>' + "".join(
            f'<li><a href="/story/m{k}"><h3>{html.escape(t)}</h3><p>{html.escape(e)}</p></a></li>'
            for k, (t, e, d) in enumerate(MOST_READ)) + "</ol></section>")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | The Valley Courier</title>
<meta property="og:type" content="article"><meta property="og:title" content="{html.escape(a['title'])}"></head>
<body><header class="masthead"><a class="brand" href="/">The Valley Courier</a>{nav()}<a class="btn-subscribe" href="/subscribe">Subscribe</a></header>
<main id="main"><nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; <a href="/news/region">Region</a></nav>
<article class="article"><h1 class="article__headline">{html.escape(a['title'])}</h1>
<div class="article__meta"><span class="article__byline">By {html.escape(a['byline'] or 'Courier reporters')}</span>
<span class="article__updated">Updated {html.escape(a['date'] or 'today')}</span> <span class="article__readtime">4 min read</span></div>
<div class="share-tools"><span>Share this article</span> <button>Copy link</button> <a href="/share/fb">Facebook</a> <a href="/share/x">X</a></div>
<div class="article__body">{''.join(paras)}</div>
<div class="article__tags">Topics: <a href="/topic/region">Region</a> <a href="/topic/news">News</a></div>
</article>{most}</main>
<footer class="site-footer">{nav()}<p>&copy; 2026 The Valley Courier</p></footer></body></html>"""


def site_divtext(a, traps):
    # a publisher whose paragraphs are div text components, not <p>; a metered-paywall prompt between
    # them, "Story continues below advertisement" lines, a comment count and recommended stories with excerpts
    chunks = []
    for k, x in enumerate(a["paras"]):
        chunks.append(f'<div class="text-component" data-component="paragraph">{html.escape(x)}</div>')
        if k == 1 and "paywall" in traps:
            chunks.append('<div class="meter-prompt"><h3>Keep reading for free</h3>' + "".join(
                f'<div class="meter-prompt__text">{html.escape(t)}</div>' for t in PAYWALL) + '<a class="btn" href="/subscribe">Subscribe</a></div>')
        if k % 2 == 0 and k + 1 < len(a["paras"]) and "ads" in traps:
            chunks.append('<div class="ad-wrapper"><div class="ad-note">Story continues below advertisement</div><div class="ad"></div></div>')
    rec = ""
    if "recommended" in traps:
        rec = ('<div class="recommended"><div class="recommended__title">Recommended for you</div>' + "".join(
            f'<div class="rec-item"><a href="/story/c{k}"><div class="rec-item__head">{html.escape(t)}</div></a>'
            f'<div class="rec-item__dek">{html.escape(e)}</div></div>' for k, (t, e, d) in enumerate(TEASERS)) + "</div>")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Northern Post</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><div id="root">
<div class="top-nav">{nav()}</div>
<div class="story-wrapper"><div class="story-header"><div class="kicker">Region</div><h1>{html.escape(a['title'])}</h1>
<div class="byline-block"><span>{html.escape(a['byline'] or 'The Canadian Wire')}</span> <span>{html.escape(a['date'])}</span> <a href="#comments">32 comments</a></div></div>
<div class="story-content">{''.join(chunks)}</div>{rec}
<div id="comments" class="comments-teaser"><a href="/comments">Read 32 comments</a> <a href="/comments/new">Join the conversation</a></div></div>
<div class="footer-links">{related(6)}<div>&copy; Northern Post Media 2026</div></div></div></body></html>"""


def site_chunked(a, traps):
    # a newsroom whose story body is several companion columns with ads and a figure between them;
    # after the body a print-edition line with reprint links and "Related Content" cards with summaries
    paras = [f'<p class="css-at9mc1 evys1bk0">{html.escape(x)}</p>' for x in a["paras"]]
    cols = []
    for k in range(0, len(paras), 2):
        cols.append('<div class="StoryBodyCompanionColumn"><div class="css-53u6y8">' + "".join(paras[k:k + 2]) + "</div></div>")
        if k == 0 and "ads" in traps:
            cols.append('<div id="story-ad-1" class="ad"><div class="ad-header">Advertisement</div><div class="ad-slot"></div></div>')
        if k == 0 and "figure" in traps:
            cols.append('<figure class="img-sz-medium"><div><img src="/img/sandbags.jpg" alt=""></div><figcaption>'
                        f'<span class="css-16f3y1r">{html.escape(FIGURE_CAPTION)}</span><span class="css-cnj6d5">'
                        '<span class="sr-only">Credit...</span><span>Ana Lind for The Courier</span></span></figcaption></figure>')
    bottom = ""
    if "printline" in traps:
        bottom = ('<div class="bottom-of-article"><div class="css-1jp38cr"><p>' + html.escape(PRINT_LINE.format(title=a["title"]))
                  + ' <a href="/reprints">Order Reprints</a> | <a href="/paper">Today\'s Paper</a> | <a href="/subscribe">Subscribe</a></p></div></div>')
    cards = ""
    if "cards" in traps:
        cards = ('<section class="related-links"><h2>Related Content</h2>' + "".join(
            f'<div class="css-card"><a href="/story/k{k}"><h3>{html.escape(t)}</h3><p class="summary">{html.escape(e)}</p></a></div>'
            for k, (t, e, d) in enumerate(TEASERS[1:])) + "</section>")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - The Valley Times</title>
<meta property="og:title" content="{html.escape(a['title'])}"><meta property="og:type" content="article"></head>
<body><div id="app"><header class="css-masthead">{nav()}</header><main id="site-content"><article id="story">
<header class="css-header"><h1 data-testid="headline">{html.escape(a['title'])}</h1>
<div class="css-byline"><p>By <a href="/by/x">{html.escape(a['byline'] or 'Times staff')}</a></p><time>{html.escape(a['date'])}</time></div></header>
<section name="articleBody" class="meteredContent">{''.join(cols)}</section>{bottom}</article>{cards}</main>
<footer class="css-footer">{nav()}<p>&copy; 2026 The Valley Times Company</p></footer></div></body></html>"""


def site_blocks(a, traps):
    # a broadcaster's story page: every paragraph in its own text block; image blocks with "Image source"
    # and "Image caption" lines, a links block mid-story, a "get in touch" appeal written as a text block,
    # related topics and "More on this story" after it
    blocks = []
    for k, x in enumerate(a["paras"]):
        inner = f"<b>{html.escape(x)}</b>" if k == 0 else html.escape(x)
        blocks.append(f'<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><p class="ssrcss-1q0x1qg-Paragraph">{inner}</p></div>')
        if k == 0 and "image" in traps:
            blocks.append('<div data-component="image-block"><figure><div><span>Image source, </span><span>Valley Photo Agency</span></div>'
                          f'<img src="/img/river.jpg" alt=""><figcaption><span>Image caption, </span>{html.escape(FIGURE_CAPTION)}</figcaption></figure></div>')
        if k == 2 and "links" in traps:
            blocks.append('<div data-component="links-block"><ul><li><a href="/news/l1">Storm warning issued for the weekend</a></li>'
                          '<li><a href="/news/l2">Rail line to close for summer repairs</a></li></ul></div>')
    if "getintouch" in traps:
        blocks.append('<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper">' + "".join(
            f'<p class="ssrcss-1q0x1qg-Paragraph">{html.escape(x)}</p>' for x in GET_IN_TOUCH) + "</div>")
    more = ""
    if "moreonstory" in traps:
        more = ('<section data-component="see-alsos"><h2>More on this story</h2><ul>' + "".join(
            f'<li><a href="/news/s{k}">{html.escape(t)}</a><time>{html.escape(d)}</time></li>' for k, (t, e, d) in enumerate(TEASERS))
            + "</ul></section>")
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Valley Broadcasting</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><header>{nav()}</header>
<div id="main-content"><main><article><header><h1 id="main-heading">{html.escape(a['title'])}</h1></header>
<div data-component="byline-block"><div><span>By {html.escape(a['byline'] or 'Valley Broadcasting reporters')}</span><span>Valley Broadcasting News</span></div></div>
<div data-component="timestamp-block"><time>{html.escape(a['date'])}</time></div>
{''.join(blocks)}
<div data-component="topic-list"><h2>Related topics</h2><ul><li><a href="/t/floods">Floods</a></li><li><a href="/t/region">Region</a></li></ul></div>
</article>{more}</main></div><footer>{nav()}<p>&copy; 2026 Valley Broadcasting</p></footer></body></html>"""


def site_wire(a, traps):
    # a news agency's story: promo cards (headline and description) inside the body, and after the last
    # paragraph a "follow our coverage" line and a funding disclaimer, each a plain <p> of the body
    paras = [f"<p>{html.escape(x)}</p>" for x in a["paras"]]
    if "promocard" in traps:
        paras.insert(2, '<div class="Enhancement"><div class="PagePromo"><div class="PagePromo-title"><a href="/article/p1"><span>'
                     + html.escape(TEASERS[3][0]) + '</span></a></div><div class="PagePromo-description"><a href="/article/p1">'
                     + html.escape(TEASERS[3][1]) + "</a></div></div></div>")
    if "follow" in traps:
        paras.append(f'<p>{html.escape(FOLLOW_LINE)}</p>')
    if "funding" in traps:
        paras.append(f'<p>{html.escape(FUNDING)}</p>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | The Wire</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><div class="Page-header">{nav()}</div>
<main class="Page-main"><div class="Page-content"><h1 class="Page-headline">{html.escape(a['title'])}</h1>
<div class="Page-authors">By {html.escape((a['byline'] or 'Wire reporters').upper())}</div>
<bsp-timestamp>Updated 3:21 PM GMT, {html.escape(a['date'] or 'today')}</bsp-timestamp>
<div class="RichTextStoryBody RichTextBody">{''.join(paras)}</div></div>
<div class="Page-below"><h2>Most read</h2>{related(5)}</div></main><footer>{nav()}</footer></body></html>"""


def comment_list(style):
    # readers' comments as a site renders them: named, timed, with reply links; class names by style
    if style == "named":
        item = ('<li class="comment"><div class="comment-author">{n}</div><div class="comment-meta">{t}</div>'
                '<div class="comment-content"><p>{c}</p></div><div class="reply"><a href="#r">Reply</a></div></li>')
        head, tail = '<section id="comments" class="comments-area"><h2 class="comments-title">6 thoughts on this story</h2><ol class="comment-list">', "</ol></section>"
    elif style == "reactions":
        item = ('<div class="reaction-card"><div class="reaction-card__who"><b>{n}</b> <span>{t}</span></div>'
                '<div class="reaction-card__text">{c}</div><div class="reaction-card__tools"><a href="#">Reply</a> '
                '<a href="#">Like</a> <a href="#">Report</a></div></div>')
        head, tail = '<div class="reader-reactions"><h3>Join the conversation</h3>', "</div>"
    else:  # hashed class names: only the structure tells
        item = ('<div class="x8a2"><div class="k1p"><span class="q7">{n}</span><span class="z3">{t}</span></div>'
                '<div class="t9m">{c}</div><div class="w2"><button>Reply</button><button>Share</button></div></div>')
        head, tail = '<div class="f4r"><div class="h2b">Conversation</div>', "</div>"
    return head + "".join(item.format(n=html.escape(n), t=html.escape(t), c=html.escape(c)) for n, t, c in READER_COMMENTS) + tail


def site_discussion(a, traps):
    # a short report with the readers' comments under it, in one of three renderings
    style = next((t.split("-")[1] for t in traps if t.startswith("comments-")), None)
    body = "".join(p(x) for x in a["paras"])
    thread = comment_list(style) if style else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Riverside Gazette</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><header class="hdr">{nav()}</header>
<div class="page"><div class="main-col"><div class="post"><h1 class="post-title">{html.escape(a['title'])}</h1>
<div class="post-info">{html.escape(a['date'])}</div><div class="post-text">{body}</div></div>
{thread}</div><div class="side-col"><h3>Latest</h3>{related(5)}</div></div>
<footer class="ftr"><p>&copy; 2026 Riverside Gazette</p></footer></body></html>"""


def site_interview(a, traps):
    # a question-and-answer interview: short bold questions, long answers; every line is the article's
    paras = [f"<p><strong>{html.escape(x)}</strong></p>" if x.startswith("Q:") else p(x) for x in a["paras"]]
    hidden = ""
    if "hiddencopy" in traps:
        # a second rendering of the same text for another layout, hidden (the product must read it once)
        hidden = '<div class="print-version" style="display:none" aria-hidden="true">' + "".join(p(x) for x in a["paras"]) + "</div>"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Valley Courier</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><header>{nav()}</header>
<main><article class="feature"><h1>{html.escape(a['title'])}</h1><p class="byline">By {html.escape(a['byline'])}, {html.escape(a['date'])}</p>
<div class="feature-body">{''.join(paras)}</div>{hidden}</article><aside><h3>Features</h3>{related(4)}</aside></main>
<footer><p>&copy; 2026 Valley Courier</p></footer></body></html>"""


def site_embeds(a, traps):
    # a story whose embeds did not load: a social post between "Skip … post" / "End of … post" lines
    # with the platform's consent prompt, a video's fallback message and its media caption
    blocks = []
    for k, x in enumerate(a["paras"]):
        blocks.append(f'<div data-component="text-block"><p>{html.escape(x)}</p></div>')
        if k == 0 and "socialpost" in traps:
            blocks.append('<div data-component="social-embed"><a href="#end-1" class="skip">Skip SocialSite post, 1</a>'
                          f'<div class="consent"><p>{html.escape(EMBED_CONSENT)}</p><button>Accept and continue</button></div>'
                          f'<div class="fallback"><p>{html.escape(POST_TEXT)}</p><p>&mdash; Harbour Watch (@harbourwatch)</p></div>'
                          '<p id="end-1" class="skip-end">End of SocialSite post, 1</p></div>')
        if k == 1 and "videofallback" in traps:
            blocks.append('<div data-component="media-block"><div class="player-placeholder">'
                          f'<p>{html.escape(VIDEO_FALLBACK)}</p></div><p class="media-caption">{html.escape(MEDIA_CAPTION)}</p></div>')
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Valley Broadcasting</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><header>{nav()}</header>
<main id="main-content"><article><h1>{html.escape(a['title'])}</h1>
<div data-component="byline-block"><span>{html.escape(a['byline'] or 'Valley Broadcasting')}</span></div>
{''.join(blocks)}</article><section><h2>Top stories</h2>{related(5)}</section></main>
<footer>{nav()}<p>&copy; 2026 Valley Broadcasting</p></footer></body></html>"""


def site_split(a, traps):
    # one article in several containers: the first paragraph in a "lede" box of its own, the rest of
    # the body split in two parts by a box of related teasers (title and excerpt) or by a newsletter box
    paras = [p(x) for x in a["paras"]]
    lede = paras[0] if "lede" in traps else ""
    rest = paras[1:] if "lede" in traps else paras
    half = (len(rest) + 1) // 2
    between = ""
    if "teaserbox" in traps:
        between = ('<div class="inline-related"><h4>More on this</h4>' + "".join(
            f'<div class="inline-related__item"><a href="/s/{k}">{html.escape(t)}</a><p>{html.escape(e)}</p></div>'
            for k, (t, e, d) in enumerate(TEASERS[:3])) + "</div>")
    elif "newsbox" in traps:
        between = '<div class="boxed"><h3>The morning briefing</h3>' + "".join(p(x) for x in NEWSLETTER) + "</div>"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Lakeside Daily</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><header>{nav()}</header>
<main class="page"><h1 class="headline">{html.escape(a['title'])}</h1><div class="meta">{html.escape(a['date'])}</div>
<div class="article-lede">{lede}</div>
<div class="article-body-part">{''.join(rest[:half])}</div>{between}
<div class="article-body-part">{''.join(rest[half:])}</div>
<div class="share-row"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a></div></main>
<aside class="rail"><h3>Most popular</h3>{related(6)}</aside><footer><p>&copy; 2026 Lakeside Daily</p></footer></body></html>"""


def longform_lines(a):
    # the article's lines in reading order, as (markup, texts): sub-headings and lists in its body
    paras = a["paras"]
    out = [(p(paras[0]), [paras[0]]), (f"<h2>{SUBHEADS[0]}</h2>", [SUBHEADS[0]])]
    out.append(("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in FACTS) + "</ul>", list(FACTS)))
    out += [(p(x), [x]) for x in paras[1:3]]
    out.append((f"<h2>{SUBHEADS[1]}</h2>", [SUBHEADS[1]]))
    out.append(("<ol>" + "".join(f"<li>{html.escape(x)}</li>" for x in STEPS) + "</ol>", list(STEPS)))
    out += [(p(x), [x]) for x in paras[3:]]
    return out


def site_longform(a, traps):
    # a long read: sub-headings, a bulleted list of facts and numbered steps in the body, an audio bar
    lines = longform_lines(a)
    listen = f'<div class="audio-bar"><p>{LISTEN_BAR}</p></div>' if "listen" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Review</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><header>{nav()}</header>
<main><article class="longread"><h1>{html.escape(a['title'])}</h1>{listen}
<div class="longread__body">{''.join(m for m, _ in lines)}</div></article>
<aside><h3>More long reads</h3>{related(4)}</aside></main><footer><p>&copy; 2026 Valley Review</p></footer></body></html>"""


def site_scroll(a, traps):
    # an endless-scroll story page: under the article, the next story already loaded (its headline and
    # first paragraphs in an <article> of its own); in the body, a sponsored box written as prose
    nxt = dict(NEXT_STORY)
    paras = [p(x) for x in a["paras"]]
    if "sponsored" in traps:
        paras.insert(2, f'<div class="pb-7x"><span class="pb-7x__label">Sponsored</span><p>{html.escape(SPONSORED)}</p></div>')
    following = ""
    if "nextstory" in traps:
        following = (f'<article class="story story--next"><h2 class="story__headline">{html.escape(nxt["title"])}</h2>'
                     f'<div class="story__meta">{html.escape(nxt["date"])}</div><div class="story__body">'
                     + "".join(p(x) for x in nxt["paras"][:2]) + '</div><a class="story__more" href="/next">Continue reading</a></article>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Valley Herald</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><header>{nav()}</header>
<main class="stream"><article class="story"><h1 class="story__headline">{html.escape(a['title'])}</h1>
<div class="story__meta">{html.escape(a['date'])}</div><div class="story__body">{''.join(paras)}</div></article>
{following}</main><footer><p>&copy; 2026 Valley Herald</p></footer></body></html>"""


# --- the eighth new batch (pages 0123-): a table-layout local paper, an AMP page, a photo gallery in the
# story, and news pages in German, Spanish and French with their own furniture (session 26) ---

GALLERY = [
    ("1 of 4", "Water stands a foot deep on Harbour Street as shopkeepers carry stock to the upper floors.", "Photo: Ines Marlow / Valley Photo Agency"),
    ("2 of 4", "Firefighters from three towns pump out the basement of the old customs house on Monday night.", "Photo: Ines Marlow / Valley Photo Agency"),
    ("3 of 4", "A resident wades back to her house to fetch her cat after the evacuation order was lifted.", "Photo: Tom Adeyemi / Courier"),
    ("4 of 4", "Council workers stack sandbags along the quay wall before the second high tide.", "Photo: Tom Adeyemi / Courier"),
]

TRENDING = ["Storm warning issued for the weekend", "Ferry fares to rise in spring", "Local team wins regional cup final"]

AMP_WRITER_BIO = ("{name} is a senior reporter at the Coastal Daily who has covered the harbour, the river towns and the "
              "regional council since 2014. Contact her at newsdesk@coastaldaily.example or follow her on social media.")

AMP_CAPTION = "Boats moored in the inner harbour on Tuesday, a day after the storm. (Photo: Coastal Daily)"

COPYRIGHT_LINE = ("Copyright 2026 The Harbour Gazette. All rights reserved. This material may not be published, "
                  "broadcast, rewritten or redistributed.")

WEATHER = "Today: showers, high 14. Tonight: clearing, low 6. Tomorrow: sunny spells, high 17."

CLASSIFIEDS = ["Classifieds", "Jobs", "Obituaries", "Real estate", "Place an ad", "Legal notices", "Archives"]

FOREIGN = [
    dict(id="de-faehre", lang="de", title="Neue Fähre für Quellbach soll im Herbst fahren", byline="Katrin Ebeling",
         date="3. Juni 2026", paras=[
        "QUELLBACH. Die Gemeinde Quellbach bekommt eine neue Fähre über die Auel. Der Gemeinderat stimmte am Dienstagabend mit 14 zu 3 Stimmen dafür, das Schiff für rund 2,4 Millionen Euro bei einer Werft in Ostermoor zu bestellen.",
        "Die alte Fähre ist seit 1978 in Betrieb und musste im vergangenen Winter zweimal wegen Motorschäden stillgelegt werden. Pendler mussten in dieser Zeit einen Umweg von mehr als 30 Kilometern über die Brücke bei Ostermoor fahren.",
        "„Wir können uns einen weiteren Winter mit dem alten Schiff nicht leisten“, sagte Bürgermeisterin Anja Riedel nach der Sitzung. Die neue Fähre soll mit einem Hybridantrieb fahren und bis zu zwölf Autos und 80 Fahrgäste befördern.",
        "Kritik kam von der Fraktion der Freien Wähler. Sie hält den Preis für zu hoch und hatte vorgeschlagen, zunächst die alte Fähre zu überholen. Ein Gutachten im Auftrag der Gemeinde kam jedoch zu dem Ergebnis, dass eine Reparatur fast die Hälfte eines Neubaus kosten würde.",
        "Das Land übernimmt 60 Prozent der Kosten aus einem Programm für den ländlichen Nahverkehr. Den Rest will die Gemeinde über einen Kredit finanzieren, den sie in zwanzig Jahren zurückzahlen will.",
        "Wenn die Werft den Zeitplan hält, soll die neue Fähre im Oktober den Betrieb aufnehmen. Die alte Fähre wird danach verkauft; ein Verein aus dem Nachbarort hat bereits Interesse angemeldet.",
    ]),
    dict(id="de-brand", lang="de", title="Feuer in Lagerhalle: Polizei sucht Zeugen", byline="", date="17. März 2026", paras=[
        "OSTERMOOR. Bei einem Brand in einer Lagerhalle im Gewerbegebiet Nord ist in der Nacht zu Montag ein Schaden von mehreren hunderttausend Euro entstanden. Verletzt wurde nach Angaben der Polizei niemand.",
        "Ein Anwohner hatte gegen 2.30 Uhr Rauch bemerkt und die Feuerwehr alarmiert. Als die ersten Einsatzkräfte eintrafen, stand das Dach der Halle bereits in Flammen. Rund 70 Feuerwehrleute aus vier Orten waren bis in den Morgen im Einsatz.",
        "In der Halle lagerte ein Getränkehändler Leergut und Paletten. Ein Übergreifen der Flammen auf ein benachbartes Bürogebäude konnte die Feuerwehr verhindern, wie ein Sprecher sagte.",
        "Die Brandursache ist noch unklar. Die Kriminalpolizei schließt Brandstiftung nicht aus und bittet Zeugen, die in der Nacht verdächtige Personen oder Fahrzeuge im Gewerbegebiet gesehen haben, sich unter der Telefonnummer 04421 942-0 zu melden.",
        "Die Straße Am Kanal blieb bis zum Mittag gesperrt.",
    ]),
    dict(id="de-schule", lang="de", title="Schulzentrum Auelwiesen: Sanierung dauert ein Jahr länger", byline="Jonas Petersen",
         date="9. September 2026", paras=[
        "Die Sanierung des Schulzentrums Auelwiesen wird nicht wie geplant im kommenden Sommer fertig. Das teilte der Landkreis am Mittwoch im Schulausschuss mit. Grund seien Schadstoffe in den Deckenplatten, die erst beim Abriss entdeckt worden seien.",
        "Nach Angaben des Bauamtes müssen in drei Gebäudeteilen die Decken vollständig entfernt werden. Die Arbeiten dürfen nur von Fachfirmen ausgeführt werden und sind aufwendiger als erwartet. Die Kosten steigen dadurch um etwa 1,8 Millionen Euro.",
        "Für die rund 900 Schülerinnen und Schüler bedeutet das ein weiteres Jahr in den Containern auf dem Sportplatz. „Das ist für alle eine Belastung, aber die Gesundheit der Kinder geht vor“, sagte Schulleiter Martin Hobbe.",
        "Elternvertreter zeigten sich enttäuscht. Sie fordern, dass der Landkreis die Container im Winter besser heizt und zusätzliche Räume für den Ganztag anmietet. Der Kreis sagte zu, beides zu prüfen.",
        "Der Schulausschuss soll im November über die zusätzlichen Mittel entscheiden.",
    ]),
    dict(id="es-aparcamiento", lang="es", title="El Ayuntamiento de Valdemora aprueba el nuevo plan de aparcamiento", byline="Lucía Ferrer",
         date="12 de mayo de 2026", paras=[
        "VALDEMORA. El pleno del Ayuntamiento de Valdemora aprobó el martes el nuevo plan de aparcamiento del casco antiguo, que convertirá en zona peatonal cuatro calles del centro a partir de septiembre y creará un aparcamiento disuasorio junto a la estación.",
        "El plan salió adelante con los votos del equipo de gobierno y la abstención de la oposición, que reprochó al alcalde, Andrés Molina, no haber consultado a los comerciantes antes de presentar el proyecto.",
        "«Queremos un centro para las personas, no para los coches», defendió Molina durante el debate. Según el Ayuntamiento, por las cuatro calles pasan cada día unos 6.000 vehículos, la mayoría en busca de aparcamiento.",
        "La asociación de comerciantes del casco antiguo teme perder clientes. Su presidenta, Carmen Ruiz, pidió que el aparcamiento de la estación sea gratuito durante las dos primeras horas y que se refuerce la línea de autobús que lo une con la plaza Mayor.",
        "El nuevo aparcamiento tendrá 420 plazas y costará 3,1 millones de euros, de los que la mitad procede de fondos europeos. Las obras comenzarán en junio y deberán terminar antes del inicio del curso escolar.",
    ]),
    dict(id="es-rescate", lang="es", title="Rescatados dos senderistas en la sierra de Aldara", byline="", date="3 de agosto de 2026", paras=[
        "Dos senderistas de 24 y 27 años fueron rescatados en la madrugada del domingo en la sierra de Aldara, después de pasar varias horas desorientados a casi 1.800 metros de altitud, según informó el servicio de emergencias regional.",
        "Los jóvenes, vecinos de Valdemora, habían salido el sábado por la mañana para subir al pico del Cuervo. A última hora de la tarde llamaron al 112 porque la niebla les impedía encontrar el sendero de bajada y uno de ellos se había torcido un tobillo.",
        "Un equipo de rescate de montaña y un helicóptero participaron en la búsqueda, que se vio dificultada por la escasa visibilidad. Los rescatadores localizaron a los senderistas gracias a la ubicación de su teléfono móvil poco antes de las tres de la madrugada.",
        "Ambos fueron trasladados al centro de salud de Aldara con síntomas de hipotermia leve y recibieron el alta horas después. El servicio de emergencias recordó que conviene consultar la previsión meteorológica y llevar ropa de abrigo incluso en verano.",
    ]),
    dict(id="es-aceituna", lang="es", title="La cosecha de aceituna caerá un 30 % por la sequía", byline="Pablo Serrano",
         date="21 de octubre de 2026", paras=[
        "La cosecha de aceituna de la comarca caerá este año alrededor de un 30 % respecto a la media de la última década, según las previsiones presentadas el lunes por la cooperativa agrícola de Valdemora.",
        "La falta de lluvias durante la primavera y las altas temperaturas del verano han reducido el tamaño del fruto y, en muchas fincas de secano, la floración apenas llegó a cuajar, explicó el gerente de la cooperativa, Tomás Vidal.",
        "«Llevamos tres campañas seguidas por debajo de lo normal y muchos agricultores pequeños están al límite», advirtió Vidal, que pidió a la administración regional adelantar el pago de las ayudas por sequía.",
        "La menor producción ya se nota en los precios. El aceite de oliva virgen extra se paga en origen a más de siete euros el litro, casi el doble que hace cuatro años, lo que ha reducido el consumo en los hogares.",
        "La recogida comenzará a principios de noviembre, una semana antes de lo habitual, para evitar que el fruto pierda más peso en los árboles.",
    ]),
    dict(id="fr-piscine", lang="fr", title="Belrive rouvre sa piscine municipale après deux ans de travaux", byline="Claire Dumas",
         date="28 juin 2026", paras=[
        "BELRIVE. Après deux ans de travaux et plusieurs mois de retard, la piscine municipale de Belrive rouvrira ses portes le samedi 4 juillet, a annoncé lundi la mairie.",
        "Le bassin de 25 mètres a été entièrement rénové et un second bassin, destiné à l'apprentissage de la natation, a été construit à côté. Le chantier a coûté 6,2 millions d'euros, dont un tiers financé par la région.",
        "« Les enfants de la commune vont enfin pouvoir apprendre à nager ici, et non plus à quarante minutes de bus », s'est félicitée la maire, Sophie Garnier, lors d'une visite du chantier.",
        "Les travaux avaient pris du retard en raison de la faillite d'une entreprise chargée de la toiture, puis de la hausse du prix des matériaux. L'opposition municipale a dénoncé un dépassement de près d'un million d'euros par rapport au budget initial.",
        "Les horaires d'été seront publiés sur le site de la commune. L'entrée restera gratuite pour les moins de six ans.",
    ]),
    dict(id="fr-incendie", lang="fr", title="Un incendie détruit un entrepôt à Saint-Aulaire", byline="", date="14 avril 2026", paras=[
        "SAINT-AULAIRE. Un violent incendie a détruit dans la nuit de mardi à mercredi un entrepôt de matériaux de construction dans la zone artisanale de Saint-Aulaire. Aucun blessé n'est à déplorer, selon les pompiers.",
        "L'alerte a été donnée vers 1 heure du matin par un voisin. À l'arrivée des secours, le bâtiment de 2 000 mètres carrés était déjà embrasé. Une cinquantaine de sapeurs-pompiers ont lutté pendant plus de six heures pour maîtriser le feu.",
        "Par précaution, les habitants de trois maisons voisines ont été évacués pendant la nuit en raison des fumées. Ils ont pu regagner leur domicile en début de matinée.",
        "Une enquête a été ouverte pour déterminer l'origine de l'incendie. Le gérant de l'entreprise, qui emploie douze salariés, a indiqué qu'il espérait reprendre son activité dans un local provisoire d'ici à la fin du mois.",
    ]),
]

# each language's furniture, written for these pages after the patterns of regional news sites
LOCAL = {
    "de": dict(site="Auel-Zeitung", home="Startseite", sections=["Lokales", "Region", "Politik", "Sport", "Kultur", "Service"],
               ad="Anzeige", readalso="Lesen Sie auch", related="Mehr zum Thema", by="Von",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anzubieten und die Zugriffe auf unsere Website zu analysieren. Mit einem Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu. Ihre Einwilligung können Sie jederzeit in den Datenschutzeinstellungen widerrufen.",
               accept="Alle akzeptieren",
               newsletter_head="Der Morgen-Newsletter",
               newsletter="Jeden Morgen die wichtigsten Nachrichten aus der Region kostenlos in Ihrem Postfach. Jetzt anmelden und keine Meldung mehr verpassen.",
               comments_head="Kommentare",
               comments="Kommentare werden vor der Veröffentlichung von unserer Redaktion geprüft. Bitte bleiben Sie sachlich und respektvoll; beleidigende, rassistische oder werbliche Beiträge werden nicht freigeschaltet. Die Kommentarfunktion wird nach drei Tagen geschlossen.",
               teasers=[("Radweg an der Auel wird verbreitert", "Der Landkreis will den Radweg zwischen Quellbach und Ostermoor bis zum Sommer auf drei Meter verbreitern und neu asphaltieren."),
                        ("Wochenmarkt zieht auf den Kirchplatz", "Wegen Bauarbeiten am Rathaus findet der Wochenmarkt ab April für ein halbes Jahr auf dem Kirchplatz statt.")],
               links=["Radweg an der Auel wird verbreitert", "Wochenmarkt zieht auf den Kirchplatz"]),
    "es": dict(site="Diario de Valdemora", home="Portada", sections=["Local", "Provincia", "Economía", "Deportes", "Cultura", "Opinión"],
               ad="Publicidad", readalso="Lee también", related="Te puede interesar", by="Por",
               cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios, elaborar información estadística y mostrarle publicidad relacionada con sus preferencias mediante el análisis de sus hábitos de navegación. Si continúa navegando, consideramos que acepta su uso. Puede cambiar la configuración u obtener más información en nuestra política de cookies.",
               accept="Aceptar",
               newsletter_head="Boletín diario",
               newsletter="Recibe cada mañana en tu correo las noticias más importantes de la provincia con nuestro boletín gratuito. Suscríbete ahora, solo te llevará un minuto.",
               comments_head="Comentarios",
               comments="Los comentarios están sujetos a moderación. No se publicarán mensajes que contengan insultos, descalificaciones personales o publicidad. El periódico no se hace responsable de las opiniones vertidas por los lectores.",
               teasers=[("La feria de septiembre tendrá un día más", "El Ayuntamiento ampliará la feria de septiembre hasta el lunes para que coincida con la fiesta local y el mercado de ganado."),
                        ("Cortes de agua en el barrio de la estación", "Los vecinos del barrio de la estación sufrirán cortes de agua el jueves por la mañana por obras en la red de abastecimiento.")],
               links=["La feria de septiembre tendrá un día más", "Cortes de agua en el barrio de la estación"]),
    "fr": dict(site="Le Courrier de Belrive", home="Accueil", sections=["Local", "Région", "Économie", "Sports", "Loisirs", "Services"],
               ad="Publicité", readalso="À lire aussi", related="Sur le même sujet", by="Par",
               cookie="Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site, mesurer l'audience et vous proposer des publicités adaptées à vos centres d'intérêt. En poursuivant votre navigation, vous acceptez l'utilisation de ces cookies.",
               accept="J'accepte",
               newsletter_head="Notre newsletter",
               newsletter="Recevez chaque matin l'essentiel de l'actualité de votre département en vous inscrivant gratuitement à notre lettre d'information.",
               comments_head="Réactions",
               comments="Les commentaires sont modérés a priori. Merci de rester courtois et de respecter la charte de modération ; les propos injurieux, diffamatoires ou hors sujet ne seront pas publiés.",
               teasers=[("Le marché nocturne revient cet été", "Le marché nocturne du vendredi reviendra sur la place de la Halle de juillet à fin août, avec une quarantaine d'exposants."),
                        ("Travaux sur la route départementale", "La route départementale sera fermée la nuit pendant deux semaines pour des travaux de réfection de la chaussée.")],
               links=["Le marché nocturne revient cet été", "Travaux sur la route départementale"]),
}


def writer_of(a):
    """The one writer a biography is about: the byline's first name, or a staff writer's."""
    return (a["byline"] or "Lena Marsh").split(" and ")[0]


def site_legacy(a, traps):
    # a local paper's old table layout: no <p>, the story's paragraphs separated by <br><br> in one table
    # cell with <font> tags; a classifieds column and a weather box beside it; print/e-mail links and a
    # copyright line under the story
    body = "<br><br>\n".join(html.escape(x) for x in a["paras"])
    left = "".join(f'<a href="/{s.lower().replace(" ", "-")}"><font size="1">{s}</font></a><br>' for s in
                   ["Home", "Local news", "Sports", "Opinion", "Business", "Lifestyle", "Contact us"])
    right = ""
    if "classifieds" in traps:
        right += "<b>Classifieds</b><br>" + "".join(f'<a href="/c/{k}">{c}</a><br>' for k, c in enumerate(CLASSIFIEDS))
    if "weather" in traps:
        right += f'<table class="wx"><tr><td><b>Weather</b><br><font size="1">{html.escape(WEATHER)}</font></td></tr></table>'
    tools = ('<br><br><font size="1"><a href="/print?id=5512">Printer-friendly version</a> | '
             '<a href="/email?id=5512">E-mail this story to a friend</a></font>') if "printemail" in traps else ""
    copyright_ = f'<br><br><font size="1"><i>{html.escape(COPYRIGHT_LINE)}</i></font>' if "copyright" in traps else ""
    byline = f"By {html.escape(a['byline'].upper())}, Gazette Staff Writer<br>" if a["byline"] else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>The Harbour Gazette - {html.escape(a['title'])}</title></head>
<body bgcolor="#ffffff"><table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="3"><img src="/img/masthead.gif" alt="The Harbour Gazette"></td></tr>
<tr><td width="140" valign="top" bgcolor="#e8e8e8">{left}</td>
<td width="460" valign="top"><font face="Arial" size="5"><b>{html.escape(a['title'])}</b></font><br>
<font face="Arial" size="1">{byline}Story posted: {html.escape(a['date'] or 'today')}</font><br><br>
<font face="Georgia" size="2">{body}{tools}{copyright_}</font></td>
<td width="160" valign="top">{right}</td></tr>
<tr><td colspan="3" align="center"><font size="1">&copy; 2026 The Harbour Gazette | <a href="/privacy">Privacy</a> | <a href="/advertise">Advertise</a></font></td></tr></table></body></html>"""


def site_amp(a, traps):
    # an AMP story page: the menu in an <amp-sidebar>, share buttons, an <amp-img> figure with a
    # credited caption, <amp-ad> slots with an "Advertisement" fallback in the body, tags, the writer's
    # bio and an accordion of related stories after it
    paras = [p(x) for x in a["paras"]]
    if "ampad" in traps:
        for at in (4, 2):
            if at < len(paras):
                paras.insert(at, '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/news/inline">'
                                 '<div placeholder></div><div fallback>Advertisement</div></amp-ad>')
    figure = ""
    if "caption" in traps:
        figure = ('<figure><amp-img src="/img/harbour.jpg" width="1200" height="800" layout="responsive" alt="Harbour"></amp-img>'
                  f'<figcaption>{html.escape(AMP_CAPTION)}</figcaption></figure>')
    tags = ('<div class="tags"><span>Tags:</span> <a href="/tag/floods">Floods</a>, <a href="/tag/harbour">Harbour</a>, '
            '<a href="/tag/council">Council</a></div>') if "tags" in traps else ""
    bio = ""
    if "authorbio" in traps:
        name = writer_of(a)
        bio = (f'<div class="author-bio"><amp-img src="/img/author.jpg" width="64" height="64"></amp-img>'
               f'<p>{html.escape(AMP_WRITER_BIO.format(name=name))}</p></div>')
    menu = "".join(f'<li><a href="/s/{k}">{s}</a></li>' for k, s in enumerate(
        ["News", "Local", "Harbour", "Politics", "Business", "Sport", "Weather", "Opinion", "Obituaries", "Events",
         "Jobs", "Homes", "Motors", "Puzzles", "Podcasts", "Newsletters", "E-edition", "Contact"]))
    return f"""<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Coastal Daily</title>
<link rel="canonical" href="https://coastal.example/news/{a['id']}"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{{font-family:serif}}</style></head>
<body><amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav><ul>{menu}</ul></nav></amp-sidebar>
<header class="top"><button on="tap:sidebar.toggle">Menu</button><a href="/">Coastal Daily</a></header>
<main><article><h1>{html.escape(a['title'])}</h1>
<div class="meta"><span class="author">By {html.escape(a['byline'] or 'Coastal Daily staff')}</span> <time>{html.escape(a['date'] or 'today')}</time></div>
<div class="share"><amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
{figure}<div class="article-body">{''.join(paras)}</div>{tags}{bio}
<amp-accordion><section><h4>Related stories</h4><ul>{''.join(f'<li><a href="/r/{k}">{html.escape(t)}</a></li>' for k, (t, e, d) in enumerate(TEASERS[:3]))}</ul></section></amp-accordion>
</article></main><footer><p>&copy; 2026 Coastal Daily</p></footer></body></html>"""


def site_gallery(a, traps):
    # a story with a photo gallery in it (slide counters, captions written as sentences, credits), "RELATED:"
    # lines between paragraphs, a "Trending" bar above the headline and a share bar with counts under it
    paras = [p(x) for x in a["paras"]]
    if "relatedcaps" in traps:
        for k, at in enumerate((3, 1)):
            if at < len(paras):
                head = READ_MORE[k][1]
                paras.insert(at, f'<p><strong>RELATED:</strong> <a href="/story/x{k}">{html.escape(head.upper())}</a></p>')
    if "gallery" in traps:
        slides = "".join(f'<div class="gallery__slide"><img src="/img/g{k}.jpg" alt=""><div class="gallery__count">{c}</div>'
                         f'<p class="gallery__text">{html.escape(t)}</p><span class="gallery__credit">{html.escape(cr)}</span></div>'
                         for k, (c, t, cr) in enumerate(GALLERY))
        paras.insert(min(2, len(paras)), f'<div class="gallery"><button class="gallery__prev">Previous</button>{slides}'
                                         '<button class="gallery__next">Next</button></div>')
    trending = ('<div class="trending-bar"><span class="trending-bar__label">Trending</span>' +
                "".join(f'<a href="/t/{k}">{html.escape(t)}</a>' for k, t in enumerate(TRENDING)) + "</div>") if "trending" in traps else ""
    share = ('<div class="share-bar"><span class="share-bar__count">1.2K Shares</span> <a href="/s/fb">Share on Facebook</a> '
             '<a href="/s/x">Share on X</a> <a href="/s/mail">Email</a></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley News 8</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><header>{nav()}</header>{trending}
<div class="container"><div class="row"><div class="col-md-8"><h1 class="headline">{html.escape(a['title'])}</h1>
<p class="dateline">Posted: {html.escape(a['date'] or 'today')}</p>{share}
<div class="story-text">{''.join(paras)}</div>{share}</div>
<div class="col-md-4"><h3>Latest news</h3>{related(5)}</div></div></div><footer>{nav()}<p>&copy; 2026 Valley News 8</p></footer></body></html>"""


def site_regional(a, traps):
    # a regional paper in the article's own language: cookie banner, breadcrumbs, "read also" lines and ad
    # labels in the body, a newsletter box after the third paragraph, related teasers with excerpts and the
    # comment rules after the article
    t = LOCAL[a["lang"]]
    paras = [p(x) for x in a["paras"]]
    if "ads" in traps:
        for at in (3, 1):
            if at < len(paras):
                paras.insert(at, f'<div class="ad-container"><span class="ad-label">{t["ad"]}</span><div class="ad-slot"></div></div>')
    if "readalso" in traps:
        paras.insert(min(2, len(paras)), f'<p class="read-also"><strong>{t["readalso"]}:</strong> <a href="/a/1">{html.escape(t["links"][0])}</a></p>')
    if "newsletter" in traps:
        paras.insert(min(4, len(paras)), f'<div class="newsletter-box"><h3>{t["newsletter_head"]}</h3><p>{html.escape(t["newsletter"])}</p>'
                                         '<form><input type="email" placeholder="E-Mail"><button>OK</button></form></div>')
    if "typo" in traps:
        paras.append(f'<p class="typo-hint">{html.escape(TYPO_LINE)}</p>')
    teasers = ""
    if "teasers" in traps:
        teasers = (f'<section class="related"><h2>{t["related"]}</h2>' + "".join(
            f'<div class="teaser"><a href="/t/{k}"><h3>{html.escape(h)}</h3><p>{html.escape(e)}</p></a></div>'
            for k, (h, e) in enumerate(t["teasers"])) + "</section>")
    comments = (f'<section class="comments"><h2>{t["comments_head"]}</h2><p class="comments-rules">{html.escape(t["comments"])}</p>'
                '<button>+</button></section>') if "comments" in traps else ""
    cookie = (f'<div class="consent-layer" role="dialog"><p>{html.escape(t["cookie"])}</p><button>{t["accept"]}</button></div>'
              if "cookie" in traps else "")
    navs = "".join(f'<li><a href="/{k}">{s}</a></li>' for k, s in enumerate(t["sections"]))
    byline = f'<span class="author">{t["by"]} {html.escape(a["byline"])}</span> ' if a["byline"] else ""
    return f"""<!DOCTYPE html><html lang="{a['lang']}"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | {t['site']}</title>
<meta property="og:title" content="{html.escape(a['title'])}"><meta property="og:site_name" content="{t['site']}"></head>
<body>{cookie}<header><a class="logo" href="/">{t['site']}</a><nav><ul>{navs}</ul></nav></header>
<main><nav class="breadcrumb"><a href="/">{t['home']}</a> / <a href="/0">{t['sections'][0]}</a></nav>
<article class="article"><h1>{html.escape(a['title'])}</h1><div class="article-meta">{byline}<time>{html.escape(a['date'])}</time></div>
<div class="article-body">{''.join(paras)}</div></article>{teasers}{comments}</main>
<footer><p>&copy; 2026 {t['site']}</p></footer></body></html>"""


# --- the ninth new batch (pages 0156-): a WordPress theme with Jetpack's boxes inside the post, a
# link-heavy aggregator post, Russian regional pages and Chinese portal pages (session 26) ---

FOREIGN += [
    dict(id="ru-most", lang="ru", title="В Верхнеречье построят новый мост через Ивушку", byline="Анна Соколова",
         date="12 мая 2026", paras=[
        "ВЕРХНЕРЕЧЬЕ. Власти Верхнеречья объявили во вторник о строительстве нового автомобильного моста через реку Ивушку. Работы начнутся в июле и должны завершиться к концу следующего года.",
        "Старый мост, построенный в 1964 году, уже три года закрыт для грузовиков. Из-за этого машины с продуктами и стройматериалами вынуждены делать крюк почти в сорок километров через соседний район.",
        "«Новый мост нужен городу как воздух, и мы больше не можем откладывать этот вопрос», — заявил глава города Сергей Миронов на встрече с жителями.",
        "Стоимость проекта оценивается в 1,2 миллиарда рублей. Большую часть расходов возьмёт на себя областной бюджет, остальное выделит город.",
        "Жители прибрежных улиц опасаются, что стройка на два года лишит их тишины. Администрация пообещала ограничить шумные работы дневным временем и проложить временную дорогу в обход жилых кварталов.",
    ]),
    dict(id="ru-pozhar", lang="ru", title="Пожар на складе в промзоне потушили за шесть часов", byline="", date="3 марта 2026", paras=[
        "Крупный пожар на складе строительных материалов в северной промзоне Верхнеречья удалось потушить только к утру среды. Пострадавших нет, сообщили в региональном управлении МЧС.",
        "Сообщение о возгорании поступило около двух часов ночи. Когда первые расчёты прибыли на место, огнём была охвачена кровля здания площадью около двух тысяч квадратных метров.",
        "В тушении участвовали более пятидесяти пожарных и двенадцать единиц техники. Огонь не перекинулся на соседние здания, в том числе на автозаправочную станцию.",
        "Причины пожара выясняют специалисты. Владелец склада оценил ущерб в несколько десятков миллионов рублей.",
    ]),
    dict(id="zh-daqiao", lang="zh", title="青河市新建跨江大桥预计明年通车", byline="王丽", date="2026年5月12日", paras=[
        "本报讯 青河市交通局周二宣布，连接城市南北两岸的新跨江大桥主体工程已经完工，预计明年六月正式通车。",
        "据介绍，新大桥全长一千二百米，双向六车道，总投资约十八亿元。大桥建成后，从城南到火车站的车程将由目前的四十分钟缩短到十五分钟左右。",
        "“老桥已经使用了四十多年，早晚高峰经常堵车，”家住城南的市民张先生说，“新桥通车以后，上下班就方便多了。”",
        "交通局表示，大桥下半年将进行路面铺装和照明安装，并同步建设两端的公交换乘站。施工期间，部分路段将实行夜间交通管制。",
        "此外，老桥将在新桥通车后进行全面检修，预计检修期为一年。",
    ]),
    dict(id="zh-huozai", lang="zh", title="工业园区仓库夜间起火 无人员伤亡", byline="", date="2026年3月3日", paras=[
        "本报讯 周三凌晨，青河市北部工业园区一座建材仓库发生火灾，消防部门经过六个多小时扑救，将大火完全扑灭。事故没有造成人员伤亡。",
        "据消防部门介绍，凌晨两点左右接到报警后，共调派十二辆消防车、五十多名消防员赶赴现场。到达时，仓库屋顶已经被大火包围。",
        "由于处置及时，火势没有蔓延到附近的加油站和居民区。起火原因正在进一步调查中。",
    ]),
]

LOCAL["ru"] = dict(site="Верхнереченские вести", home="Главная", sections=["Город", "Область", "Экономика", "Спорт", "Культура", "Происшествия"],
                   ad="Реклама", readalso="Читайте также", related="Новости партнёров", by="Автор:",
                   cookie="Мы используем файлы cookie, чтобы сделать сайт удобнее для вас. Продолжая пользоваться сайтом, вы соглашаетесь с обработкой файлов cookie и политикой конфиденциальности.",
                   accept="Принять",
                   newsletter_head="Наш Telegram-канал",
                   newsletter="Подпишитесь на наш Telegram-канал, чтобы первыми узнавать главные новости города и области.",
                   comments_head="Комментарии",
                   comments="Комментарии публикуются после проверки модератором. Запрещены оскорбления, реклама, спам и призывы к насилию. Редакция не несёт ответственности за мнения читателей.",
                   teasers=[("В парке Победы открылась новая детская площадка", "На обновлённой площадке установили качели, горку и спортивный комплекс для подростков."),
                            ("Автобус № 12 изменит маршрут с понедельника", "Из-за ремонта улицы Ленина автобусы пойдут в объезд через Заводскую улицу до конца лета.")],
                   links=["В парке Победы открылась новая детская площадка", "Автобус № 12 изменит маршрут с понедельника"])

TYPO_LINE = "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter."

CN = dict(site="青河日报", share="分享到：微信 微博 QQ空间", related="相关阅读", ad="广告",
          editor="责任编辑：李明", copyright="版权声明：本文为青河日报原创稿件，未经授权不得转载，违者必究。",
          follow="扫码关注青河日报微信公众号，获取更多本地新闻和便民信息。",
          comments="网友评论", rules="文明上网，理性发言。评论仅代表网友个人观点，不代表本站立场。",
          teasers=["城南新建三所幼儿园 秋季开学投入使用", "青河市地铁二号线开工建设", "市区部分路段周末临时交通管制"])

LINK_SOURCES = ["https://wire.example/", "https://harbour-times.example/", "https://valley-radio.example/",
                "https://regional-gazette.example/"]


def site_jetpack(a, traps):
    # a WordPress theme whose post carries Jetpack's boxes *inside* the entry content: "Share this:" with
    # "(Opens in new window)" links, "Like this:" with "Loading...", "Related" posts with dates and "In
    # "News""; a drop cap around the first letter; a photo credit in its own paragraph after an image
    paras = [p(x) for x in a["paras"]]
    if "dropcap" in traps:
        first = a["paras"][0]
        paras[0] = f'<p><span class="dropcap">{html.escape(first[0])}</span>{html.escape(first[1:])}</p>'
    if "photocredit" in traps:
        paras.insert(min(2, len(paras)), f'<figure class="wp-block-image"><img src="/wp-content/uploads/harbour.jpg" alt=""></figure>'
                                         f'<p>{html.escape(PHOTO_CREDIT)}</p>')
    boxes = ""
    if "jetpack" in traps:
        buttons = "".join(f'<li class="share-{n.lower()}"><a class="share-{n.lower()} sd-button" href="/?share={n.lower()}" title="Click to share on {n}">'
                          f'<span>{n}</span><span class="sharing-screen-reader-text">(Opens in new window)</span></a></li>'
                          for n in ["Facebook", "X", "Email", "Print"])
        boxes = ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
                 f'<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>{buttons}<li class="share-end"></li></ul></div></div></div>'
                 '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3>'
                 '<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> '
                 '<span class="loading">Loading...</span></div></div>'
                 '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
                 '<div class="jp-relatedposts-items jp-relatedposts-items-visual">' + "".join(
                     f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/r{k}">{html.escape(t)}</a></h4>'
                     f'<time class="jp-relatedposts-post-date">{html.escape(d)}</time><p class="jp-relatedposts-post-context">In "News"</p></div>'
                     for k, (t, e, d) in enumerate(TEASERS[:3])) + "</div></div>")
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{html.escape(a['title'])} &#8211; The Quayside Blog</title></head>
<body class="post-template-default single single-post"><div id="page" class="hfeed site"><header id="masthead" class="site-header">
<p class="site-title"><a href="/">The Quayside Blog</a></p><nav class="main-navigation">{nav()}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry"><header class="entry-header"><h1 class="entry-title">{html.escape(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on">Posted on {html.escape(a['date'] or 'today')}</span></div></header>
<div class="entry-content">{''.join(paras)}{boxes}</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/news">News</a></span> <span class="tags-links">Tagged <a href="/t/harbour">harbour</a></span>
<span class="comments-link"><a href="#respond">Leave a comment</a></span></footer></article></main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Archives</h2><ul><li><a href="/2026/06">June 2026</a></li><li><a href="/2026/05">May 2026</a></li></ul></section></aside></div>
<footer class="site-footer"><p>Proudly powered by WordPress</p></footer></div></body></html>"""


PHOTO_CREDIT = "(Photo by Ines Marlow/Valley Photo Agency)"


def linked(text, k):
    """A paragraph with every other run of six words linked to another outlet: about half its words are links."""
    words = text.split(" ")
    out = []
    for i in range(0, len(words), 6):
        run = html.escape(" ".join(words[i:i + 6]))
        if (i // 6) % 2 == 1:
            out.append(f'<a href="{LINK_SOURCES[(k + i) % len(LINK_SOURCES)]}story/{k}-{i}">{run}</a>')
        else:
            out.append(run)
    return " ".join(out)


def site_linkheavy(a, traps):
    # a news-aggregator post: the story retold with about half of each paragraph's words linked to the
    # outlets that reported it, a blogroll beside it
    body = "".join(f"<p>{linked(x, k)}</p>" for k, x in enumerate(a["paras"]))
    roll = "".join(f'<li><a href="{u}">{u.split("//")[1].strip("/")}</a></li>' for u in LINK_SOURCES)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Valley Roundup</title></head>
<body><div class="wrap"><div class="header"><a href="/">Valley Roundup</a>{nav()}</div>
<div class="main"><div class="post"><h1>{html.escape(a['title'])}</h1><div class="post-meta">{html.escape(a['date'] or 'today')}</div>
<div class="post-body">{body}</div></div></div>
<div class="sidebar"><h3>Blogroll</h3><ul>{roll}</ul><h3>Archive</h3>{related(4)}</div></div></body></html>"""


def site_cn(a, traps):
    # a Chinese portal's article page: paragraphs indented with two ideographic spaces, a share line, an ad
    # label, the editor's and the copyright line at the body's end, a QR-code follow line, related
    # headlines and the comment rules
    paras = [f'<p style="text-indent:2em">\u3000\u3000{html.escape(x)}</p>' for x in a["paras"]]
    if "ads" in traps:
        paras.insert(min(2, len(paras)), f'<div class="adv"><span>{CN["ad"]}</span></div>')
    tail = ""
    if "editor" in traps:
        tail += f'<p class="editor">{CN["editor"]}</p>'
    if "copyright" in traps:
        tail += f'<p class="copyright-note">{CN["copyright"]}</p>'
    follow = f'<div class="qr"><p>{CN["follow"]}</p></div>' if "follow" in traps else ""
    relatedl = (f'<div class="xgyd"><h3>{CN["related"]}</h3><ul>' + "".join(
        f'<li><a href="/n/{k}">{html.escape(t)}</a></li>' for k, t in enumerate(CN["teasers"])) + "</ul></div>") if "related" in traps else ""
    comments = (f'<div class="pl"><h3>{CN["comments"]}</h3><p class="pl-rules">{CN["rules"]}</p></div>') if "comments" in traps else ""
    meta = f'来源：{CN["site"]}　作者：{html.escape(a["byline"])}　{html.escape(a["date"])}' if a["byline"] else f'来源：{CN["site"]}　{html.escape(a["date"])}'
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(a['title'])}_{CN['site']}</title></head>
<body><div class="top"><a href="/">{CN['site']}</a><a href="/news">新闻</a><a href="/local">本地</a><a href="/finance">财经</a><a href="/sports">体育</a></div>
<div class="container"><div class="left"><h1>{html.escape(a['title'])}</h1><div class="info">{meta}</div><div class="share">{CN['share']}</div>
<div class="TRS_Editor">{''.join(paras)}{tail}</div>{follow}{relatedl}{comments}</div>
<div class="right"><h3>热点排行</h3><ul>{''.join(f'<li><a href="/h/{k}">{html.escape(t)}</a></li>' for k, t in enumerate(CN['teasers']))}</ul></div></div>
<div class="footer">{CN['site']} 版权所有</div></body></html>"""


# --- the tenth new batch (pages 0175-): custom elements, blocks named only by data attributes, an
# opinion page with the writer's box above the piece, a table and a quoted report in it (session 26) ---

TOP_BIO = ("{name} is the Courier's transport correspondent. She has reported on the valley's roads, railways "
           "and ferries for eleven years and writes a weekly column on getting around.")

QUOTED_REPORT = ("\"The eastern channel silts up faster than any other stretch of the estuary, and without dredging "
                 "every third winter it will be closed to vessels of more than four metres' draught within a decade,\" "
                 "the engineers wrote in their report to the authority.")

TABLE_ROWS = [("Ferry", "Crossing now", "With new vessels"), ("Islands line", "55 min", "40 min"),
              ("Harbour shuttle", "20 min", "15 min")]


def site_custom(a, traps):
    # a publisher's web components: the body in <story-body> of <story-paragraph>s, ads in <ad-slot>, a
    # <newsletter-signup> written as prose, <related-stories> with excerpts, a <comment-count>
    paras = [f"<story-paragraph>{html.escape(x)}</story-paragraph>" for x in a["paras"]]
    if "adslot" in traps:
        for at in (3, 1):
            if at < len(paras):
                paras.insert(at, '<ad-slot data-size="300x250"><span>Advertisement</span></ad-slot>')
    if "signup" in traps:
        paras.insert(min(4, len(paras)), f"<newsletter-signup><h3>Morning briefing</h3><p>{html.escape(NEWSLETTER[0])}</p>"
                                         "<button>Sign up</button></newsletter-signup>")
    rel = ""
    if "relatedstories" in traps:
        rel = "<related-stories>" + "".join(f'<story-card><a href="/s/{k}">{html.escape(t)}</a><p>{html.escape(e)}</p></story-card>'
                                            for k, (t, e, d) in enumerate(TEASERS[:3])) + "</related-stories>"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Now</title></head>
<body><site-header><a href="/">Valley Now</a>{nav()}</site-header><main><story-page>
<story-headline><h1>{html.escape(a['title'])}</h1></story-headline><story-byline>By {html.escape(a['byline'] or 'Valley Now staff')}</story-byline>
<story-body>{''.join(paras)}</story-body><comment-count>12 comments</comment-count>{rel}</story-page></main>
<site-footer><p>&copy; 2026 Valley Now</p></site-footer></body></html>"""


def site_datablocks(a, traps):
    # blocks named only by data attributes, class names hashed: data-block="text|ad|newsletter|related|bio"
    blocks = [f'<section class="x9f2k" data-block="text"><p class="a81q">{html.escape(x)}</p></section>' for x in a["paras"]]
    if "datad" in traps:
        for at in (4, 2):
            if at < len(blocks):
                blocks.insert(at, '<section class="k2j7d" data-block="ad"><div class="m3n1">Advertisement</div></section>')
    if "datanewsletter" in traps:
        blocks.insert(min(3, len(blocks)), f'<section class="p0w8e" data-block="newsletter"><p class="a81q">{html.escape(NEWSLETTER[0])}</p>'
                                           f'<p class="a81q">{html.escape(NEWSLETTER[1])}</p></section>')
    after = ""
    if "databio" in traps:
        name = writer_of(a)
        after += f'<section class="z7y1" data-block="bio"><p class="a81q">{html.escape(TOP_BIO.format(name=name))}</p></section>'
    if "datarelated" in traps:
        after += ('<section class="r5t2" data-block="related"><h2 class="h7u1">Read next</h2>' + "".join(
            f'<div class="c1v4"><a href="/s/{k}">{html.escape(t)}</a><p class="a81q">{html.escape(e)}</p></div>'
            for k, (t, e, d) in enumerate(TEASERS[:3])) + "</section>")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - The Valley Post</title></head>
<body><div class="q1w2"><div class="e3r4">{nav()}</div><div class="t5y6"><h1 class="u7i8">{html.escape(a['title'])}</h1>
<div class="o9p0">{html.escape(a['date'] or 'today')}</div>{''.join(blocks)}{after}</div>
<div class="a1s2">&copy; 2026 The Valley Post</div></div></body></html>"""


def site_opinion(a, traps):
    # an opinion page: the writer's box with her photo and a short biography *above* the piece, a table and
    # a quoted report in the body (both the article's), a pager under it
    paras = [p(x) for x in a["paras"]]
    if "table" in traps:
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in TABLE_ROWS)
        paras.insert(min(2, len(paras)), f'<table class="data-table">{rows}</table>')
    if "quoted" in traps:
        paras.insert(min(3, len(paras)), f"<blockquote><p>{html.escape(QUOTED_REPORT)}</p></blockquote>")
    box = ""
    if "topbio" in traps:
        name = writer_of(a)
        box = (f'<div class="writer"><img src="/img/w.jpg" alt=""><div class="writer__name">{html.escape(name)}</div>'
               f'<p class="writer__text">{html.escape(TOP_BIO.format(name=name))}</p></div>')
    pager = ('<div class="pager"><span>Page 1 of 2</span> <a href="?page=2">2</a> <a href="?page=2">Next page &raquo;</a></div>'
             if "pager" in traps else "")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Opinion | The Courier</title></head>
<body><header>{nav()}</header><main><div class="kicker">Opinion</div><h1>{html.escape(a['title'])}</h1>{box}
<div class="body">{''.join(paras)}</div>{pager}</main><footer><p>&copy; 2026 The Courier</p></footer></body></html>"""


def opinion_lines(a, traps):
    """An opinion page's ground truth: its body's items in the order site_opinion lays them out."""
    items = [[x] for x in a["paras"]]
    if "table" in traps:
        items.insert(min(2, len(items)), [" ".join(r) for r in TABLE_ROWS])
    if "quoted" in traps:
        items.insert(min(3, len(items)), [QUOTED_REPORT])
    return [line for item in items for line in item]


# --- the eleventh new batch (pages 0193-): blogging platforms' post pages — a Medium-like story, a
# Blogger post, a Ghost post and a Substack-like newsletter post, with their own furniture (session 26) ---

MEDIUM_WRITER = ("{name} is a freelance reporter covering ports, shipping and the towns that depend on them. "
                 "Her newsletter on the coast goes out every Friday.")

BLOGGER_ABOUT = ("I piloted ships into the harbour for thirty-one years and now write about the coast, its boats and "
                 "the people who work on the water. Opinions are my own.")

GHOST_CTA = ("Sign up for more like this. Get every new story from The Quay Report in your inbox, free, "
             "and support independent reporting on the coast.")

SUBSTACK_THANKS = ("Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support "
                   "my work.")


def site_medium(a, traps):
    # a Medium-like story: "Member-only story", the writer's line with Follow, reading time and date,
    # clap and response counts, "Written by" with followers and a bio, "More from" and "Recommended" cards
    name = writer_of(a)
    body = "".join(f'<p class="pw-post-body-paragraph kx ky lz">{html.escape(x)}</p>' for x in a["paras"])
    tail = ""
    if "writtenby" in traps:
        tail += (f'<div class="ab cb"><div><h2 class="pw-author-name"><span>Written by {html.escape(name)}</span></h2>'
                 '<p class="be b">1.2K Followers</p>'
                 f'<p class="be b lg">{html.escape(MEDIUM_WRITER.format(name=name))}</p><button>Follow</button></div></div>')
    if "morefrom" in traps:
        tail += (f'<div class="ab"><h2>More from {html.escape(name)}</h2>' + "".join(
            f'<div class="cq"><a href="/p/{k}"><h2>{html.escape(t)}</h2><p>{html.escape(e)}</p></a><span>{html.escape(d)}</span>'
            '<span>4 min read</span></div>' for k, (t, e, d) in enumerate(TEASERS[:3])) +
            '<a href="/more">See all from the writer</a></div>')
    member = '<div class="ab"><span>Member-only story</span></div>' if "member" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | by {html.escape(name)} | Medium</title></head>
<body><div id="root"><div class="a b c"><nav class="ab"><a href="/">Medium</a><a href="/write">Write</a><a href="/signin">Sign in</a></nav>
<article><div class="l"><section><div class="gn go"> {member}
<h1 class="pw-post-title">{html.escape(a['title'])}</h1>
<div class="ab"><a href="/@w">{html.escape(name)}</a><span> · </span><button>Follow</button></div>
<div class="ab"><span>5 min read</span><span> · </span><span>{html.escape(a['date'] or 'Jan 1, 2026')}</span></div>
<div class="ab"><span class="pw-multi-vote-count">342</span><span class="pw-responses-count">12</span></div>
{body}</div></section></div></article>
<div class="ab"><span>342</span><span>12</span></div>{tail}</div></div></body></html>"""


def site_blogger(a, traps):
    # a Blogger post: the body's paragraphs separated by <br><br> in one div, "Posted by … at 10:32 AM",
    # "Labels:", "No comments:", "Post a Comment", the pager, "Subscribe to: Post Comments (Atom)", and
    # an "About Me" sidebar with a profile written as prose
    body = "<br /><br />".join(html.escape(x) for x in a["paras"])
    name = a["byline"] or "Harbour Pilot"
    about = (f'<div class="widget Profile"><h2>About Me</h2><div class="widget-content"><a class="profile-name-link">{html.escape(name)}</a>'
             f'<div class="profile-textblock">{html.escape(BLOGGER_ABOUT)}</div><a class="profile-link">View my complete profile</a></div></div>'
             if "aboutme" in traps else "")
    feeds = ('<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/posts">Post Comments (Atom)</a></div></div>'
             if "feeds" in traps else "")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Pilot's Log: {html.escape(a['title'])}</title></head>
<body><div class="content"><div class="header"><h1 class="title">The Pilot's Log</h1><p class="description">Notes from the coast</p></div>
<div class="main-inner"><div class="main"><div class="date-outer"><h2 class="date-header"><span>{html.escape(a['date'] or 'Tuesday, June 2, 2026')}</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">{html.escape(a['title'])}</h3>
<div class="post-body entry-content">{body}<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">{html.escape(name)}</span></span>
<span class="post-timestamp">at <a class="timestamp-link" href="/p">10:32 AM</a></span> <span class="post-comment-link"><a href="#c">No comments:</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/l/harbour">harbour</a>, <a href="/l/news">news</a></span></div></div></div>
<div class="comments" id="comments"><h4>No comments:</h4><p class="comment-footer"><a href="/c">Post a Comment</a></p></div></div>
<div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link" href="/n">Newer Post</a> <a class="blog-pager-older-link" href="/o">Older Post</a> <a class="home-link" href="/">Home</a></div>
{feeds}</div></div><div class="sidebar"><div class="widget BlogArchive"><h2>Blog Archive</h2><ul><li><a href="/2026">2026 (14)</a></li><li><a href="/2025">2025 (31)</a></li></ul></div>{about}</div></div></body></html>"""


def site_ghost(a, traps):
    # a Ghost post: tag, headline, author and reading time, the body in a "gh-content" section with a
    # call-to-action card in it, a sign-up section and "Read more" cards with excerpts after it
    paras = [p(x) for x in a["paras"]]
    if "ghostcta" in traps:
        paras.insert(min(3, len(paras)), f'<div class="kg-card kg-cta-card"><div class="kg-cta-content"><p>{html.escape(GHOST_CTA)}</p>'
                                         '<a class="kg-cta-button" href="#/portal/signup">Subscribe</a></div></div>')
    signup = ('<section class="footer-cta"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>'
              '<a class="footer-cta-button" href="#/portal"><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>'
              if "ghostsignup" in traps else "")
    more = ('<aside class="read-more-wrap"><div class="read-more inner">' + "".join(
        f'<article class="post-card"><a class="post-card-content-link" href="/r{k}"><header class="post-card-header"><h2 class="post-card-title">{html.escape(t)}</h2></header>'
        f'<div class="post-card-excerpt">{html.escape(e)}</div></a><footer class="post-card-meta"><time>{html.escape(d)}</time></footer></article>'
        for k, (t, e, d) in enumerate(TEASERS[:3])) + "</div></aside>") if "ghostmore" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title>
<meta property="og:site_name" content="The Quay Report"></head><body class="post-template"><div class="viewport">
<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">The Quay Report</a><nav class="gh-head-menu">{nav()}</nav></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post">
<header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/news/">News</a></section><h1 class="article-title">{html.escape(a['title'])}</h1>
<div class="article-byline"><span class="author-name">{html.escape(a['byline'] or 'The Quay Report')}</span> <time>{html.escape(a['date'] or 'today')}</time> <span class="byline-reading-time">4 min read</span></div></header>
<section class="gh-content gh-canvas">{''.join(paras)}</section></article></main>{signup}{more}</div>
<footer class="site-footer"><div class="inner">The Quay Report &copy; 2026 &bull; Powered by Ghost</div></footer></div></body></html>"""


def site_substack(a, traps):
    # a Substack-like post: title, writer and date, the body with a "Thanks for reading … Subscribe" widget
    # in it, like/comment/share counts, "Discussion about this post" and "Ready for more?"
    paras = [p(x) for x in a["paras"]]
    if "thanks" in traps:
        paras.insert(min(2, len(paras)), f'<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">'
                                         f'<div class="preamble"><p class="cta-caption">{html.escape(SUBSTACK_THANKS)}</p></div>'
                                         '<form class="subscription-widget-subscribe"><input type="email"><input type="submit" value="Subscribe"></form></div></div>')
    discussion = ('<div class="comments-section"><h4>Discussion about this post</h4><div class="comments-page"><p>No posts</p></div></div>'
                  if "discussion" in traps else "")
    ready = ('<div class="footer-wrap"><div class="subscribe-footer"><h3>Ready for more?</h3><form><input type="email"><button>Subscribe</button></form></div></div>'
             if "ready" in traps else "")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - by {html.escape(a['byline'] or 'Ines Marlow')}</title>
<meta property="og:site_name" content="The Harbour Letter"></head><body><div id="entry"><div class="main-menu"><a href="/">The Harbour Letter</a><a href="/subscribe">Subscribe</a><a href="/signin">Sign in</a></div>
<div class="single-post-container"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title">{html.escape(a['title'])}</h1>
<div class="byline-wrapper"><a href="/p/profile">{html.escape(a['byline'] or 'Ines Marlow')}</a><div class="pencraft">{html.escape(a['date'] or 'Jun 02, 2026')}</div></div>
<div class="post-ufi"><a class="like-button">42</a><a class="comment-button">7</a><a class="share-button">Share</a></div></div>
<div class="available-content"><div class="body markup" dir="auto">{''.join(paras)}</div></div>
<div class="post-footer"><div class="post-ufi"><a class="like-button">42</a><a class="comment-button">7</a><a class="share-button">Share</a></div></div></article>
{discussion}</div>{ready}</div></body></html>"""


TRAP_HEADINGS = {"privacy": "Privacy Overview", "comments": "Comment policy", "service": "Customer service",
                 "newsletter": "Our newsletters", "banner": "Your privacy", "about": "About us"}


# --- the twelfth new batch (pages 0213-): news *formats* rather than markups — a live blog, a live-updates
# feed, a match report with its scoreboard, line-ups and ratings, a press release on a distribution wire, a
# question-and-answer explainer and an article republished under a Creative Commons licence (session 27) ---

LIVE_HEADS = ["Harbour master gives an update", "What we know so far", "Residents gather at the quay",
              "Council to meet on Thursday", "Police close the coast road", "Insurers open a helpline"]
LIVE_TIMES = ["16.05 BST", "15.41 BST", "15.12 BST", "14.47 BST", "14.20 BST", "13.58 BST", "13.31 BST", "13.02 BST"]
RATINGS = [("Okafor", 8, "Took both goals well and led the line all afternoon, never giving the centre-backs a moment's rest."),
           ("Brandt", 7, "Solid at the back until the late penalty, which he conceded with a clumsy challenge in the box."),
           ("Marlow", 6, "Busy in midfield but too often gave the ball away when the home side needed to keep it.")]
LINEUP = [("Hale", "Voss"), ("Brandt", "Teller"), ("Quist", "Amundsen"), ("Reyes", "Kowal"), ("Marlow", "Finch"),
          ("Sandoval", "Dunmore"), ("Okafor", "Lindqvist"), ("Pereira", "Stroud"), ("Nakamura", "Bell"),
          ("Ibsen", "Carvalho"), ("Holt", "Maddox")]
QUESTIONS = ["What happened?", "Why does it matter?", "Who is affected?", "What happens next?"]
DISCLOSURE = ("{first} does not work for, consult, own shares in or receive funding from any company or organisation "
              "that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.")
REPUBLISH = ("Republish our articles for free, online or in print, under a Creative Commons licence. We ask that you "
             "credit the author and the outlet, and link back to the original article.")
REPUBLISHED_NOTE = "This article is republished from The Ledger Review under a Creative Commons license. Read the original article."
RELEASE_CONTACT = "Questions about a distribution? Call our customer team from 8 a.m. to 10 p.m. Eastern, Monday to Friday, or write to us through the help centre."


def live_entries(a):
    # the article's paragraphs in entries of one or two, every other entry with its own headline
    paras, out, k = a["paras"], [], 0
    while k < len(paras):
        n = 2 if (len(out) % 3 == 1 and k + 1 < len(paras)) else 1
        head = LIVE_HEADS[len(out) % len(LIVE_HEADS)] if len(out) % 2 == 1 else None
        out.append((LIVE_TIMES[len(out) % len(LIVE_TIMES)], head, paras[k:k + n]))
        k += n
    return out


def live_lines(a):
    return [t for _, head, ps in live_entries(a) for t in ([head] if head else []) + ps]


def site_liveblog(a, traps):
    # a newspaper's live blog: a "Key events" box linking to entries, each entry a timed block with its
    # own share button and "Updated at" line, a "Load more updates" pager under them
    entries = live_entries(a)
    key = ""
    if "keyevents" in traps:
        key = ('<div class="key-events"><h2>Key events</h2><ul>' + "".join(
            f'<li><a href="#block-{k}"><time>{t}</time> {html.escape(h)}</a></li>' for k, (t, h, _) in enumerate(entries) if h)
            + '</ul><button class="toggle">Show key events only</button></div>')
    blocks = []
    for k, (t, head, ps) in enumerate(entries):
        foot = (f'<footer class="block-footer"><button class="share">Share</button><span class="updated">Updated at {t.replace(".", ":")}</span></footer>'
                if "blockfoot" in traps else "")
        blocks.append(f'<article class="block" id="block-{k}"><header class="block-header"><time datetime="2026-06-02">{t}</time></header>'
                      + (f'<h2 class="block-title">{html.escape(head)}</h2>' if head else "")
                      + '<div class="block-elements">' + "".join(p(x) for x in ps) + f'</div>{foot}</article>')
    more = ('<div class="liveblog-pagination"><a href="?page=2">Load more updates</a> <a href="?page=last">Oldest</a></div>'
            if "loadmore" in traps else "")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} – live | The Valley Ledger</title>
<meta property="og:title" content="{html.escape(a['title'])} – live"></head><body><header class="masthead"><a href="/">The Valley Ledger</a>{nav()}</header>
<main><div class="liveblog-header"><span class="badge">LIVE</span><h1>{html.escape(a['title'])}</h1>
<div class="byline">{html.escape(a['byline'] or 'Ledger staff')}</div><div class="timestamp">{html.escape(a['date'])}</div></div>
{key}<div id="liveblog-body" class="liveblog-body">{''.join(blocks)}</div>{more}</main>
<footer><p>&copy; 2026 The Valley Ledger</p></footer></body></html>"""


def site_liveposts(a, traps):
    # a broadcaster's live-updates feed: posts with the writer's name and "N min ago", a copy-link button
    # and its "Link copied!" note, advertisement slots between posts
    entries = live_entries(a)
    posts = []
    for k, (t, head, ps) in enumerate(entries):
        meta = (f'<div class="post-meta"><img src="/a/{k}.jpg" alt=""><span class="post-author">{html.escape(a["byline"] or "Ruth Okafor")}</span>'
                f'<span class="post-time">{5 + 17 * k} min ago</span></div>') if "postmeta" in traps else ""
        share = ('<div class="post-share"><button>Copy link</button><span class="sr-status" aria-live="polite">Link copied!</span></div>'
                 if "copylink" in traps else "")
        posts.append(f'<div class="live-post" data-post-id="p{k}">{meta}'
                     + (f'<h3 class="post-headline">{html.escape(head)}</h3>' if head else "")
                     + '<div class="post-body">' + "".join(p(x) for x in ps) + f'</div>{share}</div>')
        if "livead" in traps and k % 2 == 1:
            posts.append('<div class="ad-slot ad-slot--inline"><span class="ad-label">Advertisement</span></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Live updates: {html.escape(a['title'])} | VBC News</title>
</head><body><div class="site-header">{nav()}</div>
<main><div class="live-header"><span data-testid="live-status">Live updates</span><h1 data-testid="headline">{html.escape(a['title'])}</h1></div>
<div class="live-feed" data-testid="live-feed">{''.join(posts)}</div></main>
<footer><p>&copy; 2026 VBC</p><p>The VBC is not responsible for the content of external sites.</p></footer></body></html>"""


def site_match(a, traps):
    # a match report: a scoreboard above the story (teams, score, scorers and minutes, venue and crowd),
    # the line-ups table, match statistics and player ratings written as sentences under it
    board = ""
    if "scoreboard" in traps:
        board = ('<div class="scoreboard"><div class="team home"><span class="team-name">Valley Rovers</span><span class="score">2</span></div>'
                 '<div class="status">FT</div><div class="team away"><span class="team-name">Harbour Athletic</span><span class="score">1</span></div>'
                 "<ul class=\"scorers\"><li>Okafor 23', 67'</li><li>Lindqvist 88' (pen)</li></ul>"
                 '<div class="venue">Kessel Park, attendance 8,412</div></div>')
    lineups = ""
    if "lineups" in traps:
        lineups = ('<section class="lineups"><h2>Line-ups</h2><table><tr><th>Valley Rovers</th><th>Harbour Athletic</th></tr>'
                   + "".join(f"<tr><td>{h}</td><td>{w}</td></tr>" for h, w in LINEUP)
                   + '</table><p>Subs not used: Dalby, Frey, Oyelaran. Referee: M. Castell.</p></section>')
    stats = ""
    if "stats" in traps:
        stats = ('<section class="match-stats"><h2>Match stats</h2><dl><dt>Possession</dt><dd>54%</dd><dd>46%</dd>'
                 '<dt>Shots on target</dt><dd>7</dd><dd>3</dd><dt>Corners</dt><dd>6</dd><dd>4</dd></dl></section>')
    ratings = ""
    if "ratings" in traps:
        ratings = ('<section class="player-ratings"><h2>Player ratings</h2><ol>' + "".join(
            f"<li><strong>{n} {s}</strong> – {html.escape(t)}</li>" for n, s, t in RATINGS) + '</ol></section>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Sport</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><header>{nav()}</header>
<main class="match-page">{board}<article class="match-report"><h1>{html.escape(a['title'])}</h1>
<p class="byline">{html.escape(a['byline'] or 'Sports desk')} · {html.escape(a['date'])}</p><div class="report-body">{''.join(p(x) for x in a['paras'])}</div></article>
{lineups}{stats}{ratings}<aside><h3>Latest sport</h3>{related(3)}</aside></main><footer><p>&copy; 2026 Valley Sport</p></footer></body></html>"""


def site_release(a, traps):
    # a press release on a distribution wire: "News provided by", a share bar, the release, then "Also
    # from this source" cards with excerpts, "Explore" topic links and the wire's own contact box
    provided = '<div class="provided">News provided by <a href="/news/nordlys">Nordlys Group</a></div>' if "provided" in traps else ""
    share = ('<div class="share-bar">Share this article <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>'
             if "sharebar" in traps else "")
    also = ""
    if "alsofrom" in traps:
        also = ('<section class="also-from"><h2>Also from this source</h2>' + "".join(
            f'<div class="card"><a href="/r/{k}"><h3>{html.escape(h)}</h3></a><p>{html.escape(x)}</p><span>{d}</span></div>'
            for k, (h, x, d) in enumerate(TEASERS[:3])) + '</section>')
    explore = ""
    if "explore" in traps:
        explore = ('<section class="explore"><h2>Explore</h2><p>More news releases in similar topics</p><ul>'
                   + "".join(f'<li><a href="/t/{t.lower()}">{t}</a></li>' for t in ["Insurance", "Transportation", "Local Government"]) + '</ul></section>')
    contact = (f'<div class="wire-contact"><h3>Contact the wire</h3><p>{RELEASE_CONTACT}</p></div>' if "wirecontact" in traps else "")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title>
<meta property="og:site_name" content="Valley Newswire"></head><body><header class="wire-header"><a href="/">Valley Newswire</a>{nav()}</header>
<main><div class="release-header">{provided}<h1>{html.escape(a['title'])}</h1><p class="release-date">{html.escape(a['date'] or 'Jun 02, 2026')}, 08:00 ET</p></div>
{share}<section class="release-body"><div class="col-lg-10 col-lg-offset-1">{''.join(p(x) for x in a['paras'])}</div></section>
{also}{explore}</main>{contact}<footer><p>&copy; 2026 Valley Newswire. All rights reserved.</p></footer></body></html>"""


def explainer_lines(a):
    # questions as sub-headings between the paragraphs, in reading order: they belong to the article
    paras, out, q = a["paras"], [], 0
    for k, x in enumerate(paras):
        if k % 2 == 0 and q < len(QUESTIONS) and k > 0:
            out.append(("h2", QUESTIONS[q]))
            q += 1
        out.append(("p", x))
    return out


def site_explainer(a, traps):
    # a question-and-answer explainer: short questions as <h2>, "Related Topics" tags, a "Share page" bar
    body = "".join(f"<h2>{html.escape(t)}</h2>" if kind == "h2" else p(t) for kind, t in explainer_lines(a))
    share = '<div class="share-tools"><span>Share page</span><a href="#">Copy link</a><a href="#">About sharing</a></div>' if "sharepage" in traps else ""
    topics = ('<div class="related-topics"><h2>Related Topics</h2><ul>' + "".join(
        f'<li><a href="/topics/{t}">{t}</a></li>' for t in ["Flooding", "Valley Council", "Transport"]) + '</ul></div>') if "topics" in traps else ""
    more = ('<section class="more-on-story"><h2>More on this story</h2>' + "".join(
        f'<div class="promo"><a href="/m/{k}">{html.escape(h)}</a><p>{html.escape(x)}</p></div>' for k, (h, x, _) in enumerate(TEASERS[1:3]))
            + '</section>') if "moreon" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}: what we know - VBC News</title>
</head><body><header>{nav()}</header><main id="main-content"><article><header><h1 id="main-heading">{html.escape(a['title'])}</h1>
<div class="meta"><time>{html.escape(a['date'])}</time>{share}</div></header><div class="article-body">{body}</div>{topics}</article>{more}</main>
<footer><p>&copy; 2026 VBC</p></footer></body></html>"""


def site_republished(a, traps):
    # an article republished from another outlet under a Creative Commons licence: the republication note
    # under the piece, the author's disclosure statement and a "Republish this article" box beside it
    note = f'<p class="republish-note"><em>{html.escape(REPUBLISHED_NOTE)}</em></p>' if "republished" in traps else ""
    disclosure = (f'<div class="disclosure"><h3>Disclosure statement</h3><p>{html.escape(DISCLOSURE.format(first=(a["byline"] or "Ruth Okafor")))}</p></div>'
                  if "disclosure" in traps else "")
    box = (f'<aside class="republish-box"><h3>Republish this article</h3><p>{html.escape(REPUBLISH)}</p><button>Republish</button></aside>'
           if "republishbox" in traps else "")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Coastal Commons</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><header>{nav()}</header><main><div class="grid">
<article class="entry"><h1>{html.escape(a['title'])}</h1><p class="author">{html.escape(a['byline'] or 'Ruth Okafor')}, The Ledger Review</p>
<div class="entry-body">{''.join(p(x) for x in a['paras'])}{note}</div>{disclosure}</article>{box}</div></main>
<footer><p>Coastal Commons shares public-interest journalism from partner outlets.</p></footer></body></html>"""


# --- the thirteenth new batch (pages 0250-): more news formats — a "news in brief" page of several short items,
# a "things to know" list, a timeline whose entries are list items, a reader poll inside the story, a business
# story under a ticker strip with its market-data notice, and a story under a video player's "Up next" list ---

POLL_NOTE = ("Polls are not scientific and reflect only the opinions of the readers who choose to take part. "
             "You can vote once a day, and results are updated every hour.")
MARKET_NOTE = ("Market data provided by Valley Quotes. Prices are delayed by at least 15 minutes and are shown for "
               "information only; they are not an offer to buy or sell any security.")
TICKERS = [("DOW", "38,112.40", "+0.42%"), ("S&P 500", "5,214.08", "+0.31%"), ("NASDAQ", "16,302.76", "-0.12%"),
           ("GOLD", "2,331.10", "+0.85%"), ("OIL", "78.64", "-1.20%")]
PLAYLIST = [("Storm batters the coast road", "2:31"), ("Harbour master on the dredging plan", "4:05"),
            ("Budget vote: what it means for you", "3:12"), ("Rail line to close for repairs", "1:48")]


def brief_items(a, arts, numbered):
    # three short items: this article's first paragraphs and the next two articles', each under its headline
    k = arts.index(next(x for x in arts if x["id"] == a["id"])) if any(x["id"] == a["id"] for x in arts) else 0
    items = [a] + [arts[(k + j) % len(arts)] for j in (1, 2)]
    return [((f"{n + 1}. " if numbered else "") + it["title"], it["paras"][:2]) for n, it in enumerate(items)]


def site_briefs(a, traps):
    # a "news in brief" page: several short items, each with its own <h2>, one after another in one
    # container; or "Five things to know" with numbered headings; a "Most read" list beside them
    numbered = "numbered" in traps
    items = brief_items(a, articles(), numbered)
    a["title"] = "Three things to know this morning" if numbered else "News in brief: the valley on Tuesday"
    a["paras"] = [t for head, ps in items for t in [head] + ps]
    body = "".join(f"<h2>{html.escape(head)}</h2>" + "".join(p(x) for x in ps) + ("<hr>" if not numbered else "")
                   for head, ps in items)
    most = (f'<aside class="most-read"><h3>Most read</h3><ol>' + "".join(
        f'<li><a href="/m/{k}">{html.escape(h)}</a></li>' for k, (h, _, _) in enumerate(TEASERS)) + '</ol></aside>') if "briefsmost" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Echo</title></head>
<body><header>{nav()}</header><div class="layout"><main><article class="roundup"><h1>{html.escape(a['title'])}</h1>
<p class="dek-meta">{html.escape(a['date'] or 'June 2, 2026')}</p><div class="roundup-body">{body}</div></article></main>{most}</div>
<footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


def timeline_entries(a):
    # each paragraph's first sentence as a dated entry, the first paragraph as the intro
    dates = ["March 3", "March 9", "March 14", "March 21", "April 2", "April 10", "April 18"]
    out = []
    for k, x in enumerate(a["paras"][1:]):
        first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", x)[0]
        out.append((dates[k % len(dates)], first))
    return out


def site_timeline(a, traps):
    # a timeline story: an intro, then the events as list items that start with their date
    entries = timeline_entries(a)
    a["paras"] = [a["paras"][0]] + [f"{d} – {t}" for d, t in entries]
    a["title"] = "Timeline: " + a["title"]
    items = "".join(f"<li><strong>{d}</strong> – {html.escape(t)}</li>" for d, t in entries)
    share = '<div class="share-row"><a href="#">Share</a><a href="#">Tweet</a><a href="#">Email</a></div>' if "sharerow" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head><body><header>{nav()}</header><main><article>
<h1>{html.escape(a['title'])}</h1>{share}<div class="story-text">{p(a['paras'][0])}<ul class="timeline">{items}</ul></div></article>
<aside><h3>More timelines</h3>{related(3)}</aside></main><footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


def site_poll(a, traps):
    # a reader poll in the middle of the story: its question, answers, a vote button and a note on
    # what polls are worth
    paras = [p(x) for x in a["paras"]]
    if "poll" in traps:
        paras.insert(min(3, len(paras)), '<div class="poll-widget"><p class="poll-question">Should the council pay for the repairs?</p>'
                     '<form><label><input type="radio" name="v"> Yes</label><label><input type="radio" name="v"> No</label>'
                     '<label><input type="radio" name="v"> Not sure</label><button>Vote</button></form><a href="#">View results</a>'
                     f'<p class="poll-note">{html.escape(POLL_NOTE)}</p></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Valley Echo</title></head>
<body><header>{nav()}</header><main><article class="story"><h1>{html.escape(a['title'])}</h1><p class="byline">By {html.escape(a['byline'] or 'Echo staff')}</p>
<div class="story-body">{''.join(paras)}</div></article></main><footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


def site_markets(a, traps):
    # a business story under a ticker strip, with a quotes box beside it and the market-data notice
    strip = ('<div class="ticker-strip">' + "".join(f'<span class="tick"><b>{n}</b> {v} <i>{c}</i></span>' for n, v, c in TICKERS)
             + '</div>') if "ticker" in traps else ""
    quotes = ('<aside class="quotes-box"><h3>Markets</h3><table>' + "".join(
        f"<tr><td>{n}</td><td>{v}</td><td>{c}</td></tr>" for n, v, c in TICKERS) + f'</table><p class="data-note">{html.escape(MARKET_NOTE)}</p></aside>'
              ) if "quotes" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Business</title></head>
<body><header>{nav()}</header>{strip}<div class="wrap"><main><article><h1>{html.escape(a['title'])}</h1>
<div class="meta">{html.escape(a['byline'] or 'Business desk')} | {html.escape(a['date'])}</div><div class="article-text">{''.join(p(x) for x in a['paras'])}</div>
</article></main>{quotes}</div><footer><p>&copy; 2026 Valley Business</p></footer></body></html>"""


def site_video(a, traps):
    # a story under a video player: "Watch", the clip's duration, an "Up next" playlist and an autoplay switch
    player = ""
    if "player" in traps:
        player = ('<div class="video-player"><div class="vp-screen"></div><div class="vp-caption">Watch: ' + html.escape(PLAYLIST[0][0])
                  + ' <span class="vp-duration">2:31</span></div><div class="vp-upnext"><h4>Up next</h4><ul>' + "".join(
                      f'<li><a href="/v/{k}">{html.escape(t)}</a> <span>{d}</span></li>' for k, (t, d) in enumerate(PLAYLIST[1:]))
                  + '</ul><label><input type="checkbox" checked> Autoplay</label></div></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley 7 News</title></head>
<body><header>{nav()}</header><main><div class="story-wrap"><h1 class="headline">{html.escape(a['title'])}</h1>{player}
<div class="story-content">{''.join(p(x) for x in a['paras'])}</div></div></main><footer><p>&copy; 2026 Valley 7 News</p></footer></body></html>"""


# --- the fourteenth new batch (pages 0275-): a data story with charts embedded the way chart tools publish them
# (title, notes, "Chart: … • Source: … • Get the data • Created with …"), a wire story syndicated on a portal
# ("Story continues", the original outlet's line and its "More from …" links), and a story whose second half
# is collapsed behind "Continue reading" (session 27) ---

CHART = ("Ferry passengers by month, 2025", "Passengers in thousands; the service was suspended in February.",
         "Chart: Valley Echo data desk • Source: Harbour Authority • Get the data • Created with Chartwell")
PORTAL_LINE = "Read the original article on The Valley Ledger."


def site_datastory(a, traps):
    # a data story: charts between the paragraphs, each with its title, a note, a fallback table and the
    # chart tool's credit line
    paras = [p(x) for x in a["paras"]]
    if "chart" in traps:
        chart = (f'<figure class="chart-embed"><div class="dw-chart"><h3 class="dw-chart-title">{html.escape(CHART[0])}</h3>'
                 f'<p class="dw-chart-notes">{html.escape(CHART[1])}</p><table class="dw-fallback"><tr><td>Jan</td><td>41</td></tr>'
                 '<tr><td>Feb</td><td>0</td></tr><tr><td>Mar</td><td>38</td></tr></table>'
                 f'<div class="dw-chart-footer">{html.escape(CHART[2])}</div></div></figure>')
        paras.insert(min(2, len(paras)), chart)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Echo</title></head>
<body><header>{nav()}</header><main><article><h1>{html.escape(a['title'])}</h1><p class="byline">By {html.escape(a['byline'] or 'Echo data desk')}</p>
<div class="article-body">{''.join(paras)}</div></article></main><footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


def site_portal_wire(a, traps):
    # a story syndicated on a news portal: the original outlet's name and logo line above it, "Story
    # continues" breaks with ad slots, "Read the original article on …" and the outlet's own links under it
    paras = [p(x) for x in a["paras"]]
    if "continues" in traps:
        paras.insert(min(3, len(paras)), '<div class="caas-da"><div class="ad"></div><span class="caas-readmore">Story continues</span></div>')
    origin = '<div class="caas-attr-provider">The Valley Ledger</div>' if "provider" in traps else ""
    original = f'<p class="caas-original">{PORTAL_LINE}</p>' if "original" in traps else ""
    more = ('<div class="caas-more"><h3>More from The Valley Ledger</h3><ul>' + "".join(
        f'<li><a href="/l/{k}">{html.escape(h)}</a></li>' for k, (h, _, _) in enumerate(TEASERS[:3])) + '</ul></div>') if "morefrom14" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title>
<meta property="og:site_name" content="Valley Portal News"></head><body><header>{nav()}</header><main><div class="caas-container">
<header class="caas-header"><h1>{html.escape(a['title'])}</h1>{origin}<div class="caas-attr-time">{html.escape(a['date'])}</div></header>
<div class="caas-body">{''.join(paras)}{original}</div>{more}</div></main><footer><p>&copy; 2026 Valley Portal</p></footer></body></html>"""


def site_collapsed(a, traps):
    # the second half of the story collapsed behind a "Continue reading" button (hidden until clicked)
    paras = a["paras"]
    cut = max(1, len(paras) // 2)
    shown = "".join(p(x) for x in paras[:cut])
    rest = "".join(p(x) for x in paras[cut:])
    button = '<button class="expand">Continue reading</button><p class="expand-note">Show full article</p>' if "expand" in traps else ""
    # the page's metadata states the whole story (pages 0290-0292, written after session 27's rule for it)
    ld = ("<script type=\"application/ld+json\">" + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": a["title"], "articleBody": "\n\n".join(paras)}).replace("</", "<\\/") + "</script>") if "jsonld" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Valley Echo</title>{ld}</head>
<body><header>{nav()}</header><main><article class="story"><h1>{html.escape(a['title'])}</h1>
<div class="story-body"><div class="story-visible">{shown}</div>{button}<div class="story-rest" hidden>{rest}</div></div></article></main>
<footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


# --- the fifteenth new batch (pages 0293-): the reader's own pages of a paper — letters to the editor with their
# signatures, an obituary with its service details, an advice column answering a reader's letter (session 27) ---

LETTERS = [
    ("Keep the ferry running in winter",
     ["The council's plan to stop the river ferry from November to March would cut the east bank off from the "
      "clinic and the market for five months. Many of us on the east bank do not drive, and the bus detour over "
      "the Kessel bridge takes forty minutes each way.",
      "If the service loses money in winter, run it every hour instead of every twenty minutes. Half a ferry is "
      "better than none."], "Hal Brandt, Orth"),
    ("Fix the quay before the regatta",
     ["Every spring visitors to the regatta trip over the same broken stones on the eastern quay. This year the "
      "harbour authority has money for dredging; surely it can find a little for the paving as well."],
     "Mira Kowal, Valmora"),
    ("Thank you to the flood volunteers",
     ["When the water came into our street in March, a dozen strangers arrived with sandbags before the fire "
      "brigade did. We never learned most of their names, and I would like to thank them here.",
      "Our house dried out in six weeks. Without them it would have taken months."], "Ruth Ibsen, Halvern"),
]
LETTERS_NOTE = ("Write to us at letters@valleyecho.example. Letters must include your full name, address and a daytime "
                "phone number; we may edit them for length and clarity, and we publish a selection every Saturday.")
OBITUARY = dict(id="obit-varga", title="Ilse Varga, orchard keeper who saved the Orth pippin, dies at 91", byline="Tomas Reyes-Holt",
                date="June 3, 2026", paras=[
    "Ilse Varga, who kept her family's orchard near the village of Orth for more than sixty years and saved an old apple "
    "variety from dying out, died on May 28 at her home. She was 91.",
    "Her son, Peter Varga, said the cause was heart failure.",
    "Born in 1935 in a farmhouse a few miles from the orchard, she took it over from her father in 1961, when most of "
    "the valley's growers were replacing their old trees with higher-yielding kinds.",
    "She kept the Orth pippin, a small, sharp apple that few buyers wanted, and handed out grafts to anyone who asked. "
    "By the 1990s her trees were the last of the variety in the valley; today it grows in more than forty orchards.",
    "She is survived by her son, two daughters, five grandchildren and a great-grandson.",
    "A funeral service will be held at St. Anna's church in Orth at 11 a.m. on Saturday, June 7. The family asks that "
    "instead of flowers, donations be made to the valley's seed library."])
GUESTBOOK = "Share a memory or offer condolences to the family in the online guest book. Entries are reviewed before they appear."
FLOWERS = "Send flowers to the family of Ilse Varga. Order from a local florist and have them delivered to the service."
ADVICE = dict(id="advice-neighbour", title="My neighbour's hedge blocks all my light. What can I do?", byline="Ana Lindqvist",
              date="June 5, 2026", paras=[
    "Dear Ana: For three years my neighbour's hedge has grown taller, and it now blocks the sun from my kitchen and half "
    "my garden from noon on. I have asked him twice to trim it, politely, and he says he likes his privacy. I do not want "
    "a feud, but I miss the light. Is there anything I can do? — In the Shade in Brenmoor",
    "Dear In the Shade: You are right not to want a feud; you will live next to him for years. But you are not without "
    "options, and you have already done the first thing right by asking twice, politely.",
    "Write to him once more, this time with a suggestion: a height you would both accept, and an offer to share the cost "
    "of the first trim. A letter is harder to brush off than a word over the fence, and it shows you mean it.",
    "If that fails, the council's mediation service settles disputes like yours for free, and most hedge cases end there. "
    "Going to court should be the very last step, for both your sakes."])
ADVICE_NOTE = "Have a question for Ana? Send it to ask.ana@valleyecho.example. Questions may be edited, and we cannot answer every letter personally."


def letters_lines(letters):
    return [t for head, paras, sig in letters for t in [head] + paras + ["— " + sig]]


def site_letters(a, traps):
    # letters to the editor: each under its own heading and signed; the paper's note on how to write in
    letters = LETTERS[:{"valmora-port": 3, "orchard-frost": 2}.get(a["id"], 1)]
    a["title"] = "Letters: the ferry, the quay and the flood volunteers"
    a["byline"] = ""
    a["paras"] = letters_lines(letters)
    body = "".join(f"<h3>{html.escape(h)}</h3>" + "".join(p(x) for x in ps) + f'<p class="letter-signature">— {html.escape(s)}</p>'
                   for h, ps, s in letters)
    note = f'<div class="letters-info"><p>{html.escape(LETTERS_NOTE)}</p></div>' if "writein" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Echo</title></head>
<body><header>{nav()}</header><main><article class="opinion letters"><span class="kicker">Letters</span><h1>{html.escape(a['title'])}</h1>
<div class="letters-body">{body}</div>{note}</article><aside><h3>More opinion</h3>{related(3)}</aside></main>
<footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


def site_obituary(a, traps):
    # an obituary: the life, the survivors and the service details, a guest-book box and a florist's offer
    a.update(OBITUARY)
    guest = (f'<div class="guestbook-cta"><h3>Guest book</h3><p>{html.escape(GUESTBOOK)}</p><a href="/guestbook">Sign the guest book</a></div>'
             if "guestbook" in traps else "")
    flowers = (f'<div class="sympathy-promo"><p>{html.escape(FLOWERS)}</p><a href="/flowers">Send flowers</a></div>' if "flowers" in traps else "")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Valley Echo</title></head>
<body><header>{nav()}</header><main><article class="obituary"><h1>{html.escape(a['title'])}</h1><p class="byline">By {html.escape(a['byline'])} · {html.escape(a['date'])}</p>
<div class="obit-body">{''.join(p(x) for x in a['paras'])}</div>{flowers}{guest}</article></main><footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


def site_advice(a, traps):
    # an advice column: the reader's letter (signed with a pen name), the answer, the columnist's call for questions
    a.update(ADVICE)
    letter, answer = a["paras"][0], a["paras"][1:]
    ask = f'<p class="column-cta"><em>{html.escape(ADVICE_NOTE)}</em></p>' if "askus" in traps else ""
    quoted = f"<blockquote class=\"reader-letter\"><p>{html.escape(letter)}</p></blockquote>" if "blockletter" in traps else p(letter)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Ask Ana | Valley Echo</title></head>
<body><header>{nav()}</header><main><article class="advice-column"><div class="column-name">Ask Ana</div><h1>{html.escape(a['title'])}</h1>
<p class="byline">By {html.escape(a['byline'])}</p><div class="column-body">{quoted}{''.join(p(x) for x in answer)}{ask}</div></article></main>
<footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


# --- the sixteenth new batch (pages 0304-): more kinds of page a newsroom publishes — an arts review with its star
# rating, credits box and "where to watch" buttons; a fact-check with its rating scale and "Share the Facts" box; a
# podcast episode's page (player, "subscribe on" buttons, show notes); a newsletter's web version in e-mail tables;
# a wire story with its copyright tail under a breaking-news bar; an explainer with a table of contents, gift and save
# buttons and a document viewer (session 28, scored before any rule was written for them) ---

REVIEW_INFO = [("Director", "Lena Marsh"), ("Starring", "Ivo Brandt, Sara Quell, Tom Eyre"), ("Running time", "1 hr 52 min"),
               ("Rating", "12A"), ("Release", "In cinemas from Friday")]
WATCH_NOTE = "Where to watch: Stream on Valley+ · Rent from £3.49 · Buy from £7.99. Prices may vary."
RATING_SCALE = ("How we rate claims: True · Mostly true · Half true · Misleading · False · Pants on fire. "
                "Read more about our methodology and how we choose what to check.")
SHARE_FACTS = "Share The Facts widget: embed this fact-check on your site. Copy the code below."
PODCAST_PLAYER = "Listen · 24:13 · Download the episode (MP3, 22 MB)"
PODCAST_SUBSCRIBE = ["Apple Podcasts", "Spotify", "Pocket Casts", "RSS feed"]
EMAIL_TOP = "Having trouble reading this email? View it in your browser."
EMAIL_FOOT = ("You are receiving this email because you signed up for the Valley Echo Morning Briefing. "
              "Unsubscribe · Update your preferences · Privacy")
EMAIL_FORWARD = "Was this forwarded to you? Sign up here to get the Morning Briefing every weekday."
WIRE_COPYRIGHT = ("Copyright 2026 Valley Press. All rights reserved. This material may not be published, broadcast, "
                  "rewritten or redistributed without permission.")
BREAKING_BAR = "Breaking: Storm warning issued for the coast as winds reach 90 km/h"
APP_ALERTS = "Get breaking news alerts on your phone. Download the Valley Echo app."
DOC_VIEWER = "Page 1 of 24 · Zoom in · Zoom out · Download PDF · Open full screen"
GIFT_BAR = "Gift this article · Save · Share full article"


def site_review(a, traps):
    # an arts review: the star rating under the headline, a credits box beside the text, the streaming buttons
    stars = '<div class="review-rating" aria-label="3 out of 5 stars">★★★☆☆</div>' if "stars" in traps else ""
    info = ('<aside class="review-info"><dl>' + "".join(f"<dt>{k}</dt><dd>{html.escape(v)}</dd>" for k, v in REVIEW_INFO)
            + "</dl></aside>") if "infobox" in traps else ""
    watch = (f'<div class="where-to-watch"><h3>Where to watch</h3><p>{html.escape(WATCH_NOTE)}</p>'
             '<a class="btn" href="/w/1">Stream</a><a class="btn" href="/w/2">Rent</a><a class="btn" href="/w/3">Buy</a></div>'
             if "wheretowatch" in traps else "")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} review | Culture | Valley Echo</title></head>
<body><header>{nav()}</header><main><article class="review"><p class="kicker">Film review</p><h1>{html.escape(a['title'])}</h1>{stars}
<p class="byline">By {html.escape(a['byline'] or 'Echo culture desk')}</p>{info}
<div class="review-body">{''.join(p(x) for x in a['paras'])}</div>{watch}</article></main>
<footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


def site_factcheck(a, traps):
    # a fact-check: the article, then the rating scale and the "Share the Facts" box a fact-checking site shows
    scale = (f'<div class="rating-scale"><h3>Our ratings</h3><p>{html.escape(RATING_SCALE)}</p></div>' if "ratingscale" in traps else "")
    share = (f'<div class="share-the-facts"><p>{html.escape(SHARE_FACTS)}</p><textarea readonly>&lt;iframe src="https://sharethefacts.example/e/8812"&gt;&lt;/iframe&gt;</textarea></div>'
             if "sharefacts" in traps else "")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fact check: {html.escape(a['title'])}</title></head>
<body><header>{nav()}</header><div class="container"><article class="factcheck"><h1>{html.escape(a['title'])}</h1>
<div class="meta">By {html.escape(a['byline'] or 'Echo fact-check team')} · {html.escape(a['date'])}</div>
<section class="fc-body">{''.join(p(x) for x in a['paras'])}</section>{scale}{share}</article>
<aside class="sidebar"><h3>Latest fact-checks</h3>{related(4)}</aside></div><footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


def site_podcast(a, traps):
    # a podcast episode: the player bar, the "subscribe on" buttons, the show notes (the article)
    player = (f'<div class="episode-player"><button>Play</button><span>{html.escape(PODCAST_PLAYER)}</span></div>' if "podplayer" in traps else "")
    sub = ('<div class="subscribe"><span>Subscribe on</span><ul>' + "".join(f'<li><a href="/p/{k}">{x}</a></li>'
           for k, x in enumerate(PODCAST_SUBSCRIBE)) + "</ul></div>") if "subscribe" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | The Valley Podcast</title></head>
<body><header>{nav()}</header><main><div class="episode"><p class="show-name">The Valley Podcast · Episode 212</p><h1>{html.escape(a['title'])}</h1>
{player}{sub}<div class="show-notes">{''.join(p(x) for x in a['paras'])}</div></div>
<section class="more-episodes"><h2>More episodes</h2>{related(4)}</section></main><footer><p>&copy; 2026 Valley Echo Audio</p></footer></body></html>"""


def site_emailweb(a, traps):
    # a newsletter's web version: nested layout tables with inline styles, as e-mail builders write them
    td = 'style="font-family:Georgia,serif;font-size:17px;line-height:26px;color:#222;padding:0 24px 16px"'
    rows = "".join(f"<tr><td {td}>{html.escape(x, quote=False)}</td></tr>" for x in a["paras"])
    top = f'<tr><td style="font-size:11px;color:#888;text-align:center">{html.escape(EMAIL_TOP)}</td></tr>' if "viewinbrowser" in traps else ""
    fwd = f'<tr><td style="font-size:13px;background:#f3f3f3;padding:12px">{html.escape(EMAIL_FORWARD)}</td></tr>' if "forwarded" in traps else ""
    foot = f'<tr><td style="font-size:11px;color:#888;padding:24px">{html.escape(EMAIL_FOOT)}</td></tr>' if "unsubscribe" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title></head>
<body style="margin:0;background:#eee"><table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff">{top}
<tr><td style="padding:24px;font-size:13px;letter-spacing:2px">VALLEY ECHO · MORNING BRIEFING</td></tr>{fwd}
<tr><td style="font-family:Georgia,serif;font-size:28px;padding:0 24px 12px"><b>{html.escape(a['title'])}</b></td></tr>
{rows}{foot}</table></td></tr></table></body></html>"""


def site_wirecopy(a, traps):
    # a wire story on a member site: a breaking-news bar over the page, an app-alerts prompt, the wire's copyright tail
    bar = f'<div class="breaking-bar"><a href="/b/1"><strong>Breaking:</strong> {html.escape(BREAKING_BAR[10:])}</a></div>' if "breakingbar" in traps else ""
    alerts = f'<div class="app-promo"><p>{html.escape(APP_ALERTS)}</p></div>' if "appalerts" in traps else ""
    tail = f'<p class="wire-copyright">{html.escape(WIRE_COPYRIGHT)}</p>' if "wirecopyright" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Echo</title></head>
<body>{bar}<header>{nav()}</header><main><article><h1>{html.escape(a['title'])}</h1><p class="dateline">Valley Press · {html.escape(a['date'])}</p>
<div class="story">{''.join(p(x) for x in a['paras'][:2])}{alerts}{''.join(p(x) for x in a['paras'][2:])}</div>{tail}</article></main>
<footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


def site_contents(a, traps):
    # a long explainer: a table of contents of jump links, gift/save buttons, a document viewer's controls
    heads = [f"Part {k + 1}" for k in range(len(a["paras"]))]
    toc = ('<nav class="toc"><p>In this article</p><ol>' + "".join(f'<li><a href="#s{k}">{h}</a></li>' for k, h in enumerate(heads))
           + "</ol></nav>") if "toc" in traps else ""
    gift = f'<div class="article-tools"><button>{html.escape(GIFT_BAR)}</button></div>' if "gift" in traps else ""
    viewer = (f'<figure class="document-embed"><div class="doc-frame"></div><div class="doc-controls">{html.escape(DOC_VIEWER)}</div>'
              '<figcaption>The harbour authority\'s report</figcaption></figure>') if "docviewer" in traps else ""
    body = "".join(p(x) for x in a["paras"][:2]) + viewer + "".join(p(x) for x in a["paras"][2:])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Echo</title></head>
<body><header>{nav()}</header><main><article><h1>{html.escape(a['title'])}</h1><p class="byline">By {html.escape(a['byline'] or 'Echo staff')}</p>
{gift}{toc}<div class="article-body">{body}</div></article></main><footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


APPEAL = ("Anyone with information is asked to contact the Valley Police on 101, quoting reference 4417 of March 9, "
          "or to call the independent charity Crimestoppers anonymously on 0800 555 111.")
SERIES = ["Part 1: The river rises", "Part 2: The night the quay flooded", "Part 3: Counting the cost", "Part 4: What comes next"]
ERROR_LINE = "Spotted a mistake in this article? Report an error or read our corrections policy and editorial standards."


def site_police(a, traps):
    # a crime report: the police appeal closes the story (the article's), a "most wanted" box of the site's beside it
    paras = a["paras"] + [APPEAL]
    wanted = ('<aside class="police-box"><h3>Wanted in the valley</h3><ul><li><a href="/w/1">Have you seen these men?</a></li>'
              '<li><a href="/w/2">Appeal after bike thefts</a></li></ul></aside>') if "wanted" in traps else ""
    err = f'<p class="report-error">{html.escape(ERROR_LINE)}</p>' if "errorreport" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Echo</title></head>
<body><header>{nav()}</header><main><article><h1>{html.escape(a['title'])}</h1><p class="byline">By {html.escape(a['byline'] or 'Echo crime desk')}</p>
<div class="body">{''.join(p(x) for x in paras)}</div>{err}{wanted}</article></main><footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


def site_series(a, traps):
    # a story of a series: the series' navigation box above and under it, the current part marked
    nav_box = ('<nav class="series-nav"><p class="series-title">This article is part of the series "After the flood"</p><ol>'
               + "".join(f'<li>{html.escape(x)}</li>' if k == 1 else f'<li><a href="/s/{k}">{html.escape(x)}</a></li>'
                         for k, x in enumerate(SERIES)) + "</ol></nav>") if "series" in traps else ""
    nxt = f'<div class="series-next"><a href="/s/2">Next in the series: {html.escape(SERIES[2])} →</a></div>' if "seriesnext" in traps else ""
    err = f'<p class="report-error">{html.escape(ERROR_LINE)}</p>' if "errorreport" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Echo</title></head>
<body><header>{nav()}</header><main><article><h1>{html.escape(a['title'])}</h1>{nav_box}
<div class="body">{''.join(p(x) for x in a['paras'])}</div>{nxt}{err}</article></main><footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


# --- the seventeenth new batch (pages 0336-): a local TV station's story page (a weather alert written as a sentence
# above the headline, "Watch live", the video's description, the station group's copyright), a government
# department's news page ("From:", "Published", a page-feedback form in prose, related content) and a wiki news
# page (sources, categories, the licence and "last edited" lines) (session 28, scored before any rule) ---

WEATHER_ALERT = ("Weather alert: A winter storm warning is in effect for the valley until 6 p.m. Friday, with up to "
                 "20 centimetres of snow expected on higher ground.")
STATION_VIDEO = ("Watch: Valley 7's Dana Ortiz reports from the scene. Video runs 2 minutes 14 seconds; captions are "
                 "available in the player settings.")
STATION_COPYRIGHT = ("Copyright 2026 Valley Broadcasting Group. All rights reserved. This material may not be published, "
                     "broadcast, rewritten, or redistributed.")
GOV_FEEDBACK = ("Help us improve this website. Don't include personal or financial information like your National "
                "Insurance number or credit card details. This field is for questions about the page only; we cannot "
                "reply to you.")
WIKI_LICENCE = ("Text is available under the Creative Commons Attribution 2.5 License; additional terms may apply. "
                "This page was last edited on 12 March 2026, at 09:41.")


def site_broadcast(a, traps):
    # a local TV station: an alert bar above everything, "Watch live" and the video's description, a short story,
    # the station group's copyright line
    alert = f'<div class="alert-bar"><p>{html.escape(WEATHER_ALERT)}</p><a href="/weather">Full forecast</a></div>' if "weatheralert" in traps else ""
    video = (f'<div class="video-module"><div class="player"></div><p class="video-desc">{html.escape(STATION_VIDEO)}</p></div>'
             if "videodesc" in traps else "")
    live = '<div class="watch-live"><a href="/live">WATCH LIVE</a> <span>Valley 7 News at 6</span></div>' if "watchlive" in traps else ""
    copy = f'<p class="copyright">{html.escape(STATION_COPYRIGHT)}</p>' if "stationcopyright" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley 7 News</title></head>
<body>{alert}<header>{nav()}{live}</header><main><div class="story-page"><h1>{html.escape(a['title'])}</h1>
<div class="byline">By {html.escape(a['byline'] or 'Valley 7 staff')}</div>{video}<div class="story-text">{''.join(p(x) for x in a['paras'])}</div>
{copy}</div><aside class="rail"><h3>Top stories</h3>{related(5)}</aside></main><footer><p>&copy; 2026 Valley 7</p></footer></body></html>"""


def site_govrelease(a, traps):
    # a government department's news page: the "From:" and "Published" lines, the page's contents, the release,
    # the "Is this page useful?" feedback form with its prose, related content
    meta = ('<dl class="metadata"><dt>From:</dt><dd><a href="/dept">Department for Transport and Ports</a></dd>'
            f'<dt>Published</dt><dd>{html.escape(a["date"])}</dd></dl>') if "govmeta" in traps else ""
    feedback = ('<div class="feedback"><h2>Is this page useful?</h2><button>Yes</button><button>No</button>'
                '<a href="/problem">Report a problem with this page</a><form><label>What were you doing?</label><textarea></textarea>'
                f'<p class="hint">{html.escape(GOV_FEEDBACK)}</p><button>Send</button></form></div>') if "govfeedback" in traps else ""
    relc = ('<aside class="related"><h2>Related content</h2>' + related(3) + '<h2>Explore the topic</h2><ul><li><a href="/t/ports">Ports'
            '</a></li><li><a href="/t/transport">Transport</a></li></ul></aside>') if "govrelated" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - GOV.VALLEY</title></head>
<body><header><a href="/">GOV.VALLEY</a></header><div class="breadcrumbs"><a href="/">Home</a> › <a href="/transport">Transport</a></div>
<main id="content"><span class="caption">Press release</span><h1>{html.escape(a['title'])}</h1>{meta}
<div class="govspeak">{''.join(p(x) for x in a['paras'])}</div>{relc}</main>{feedback}<footer><p>All content is available under the Open Government Licence</p></footer></body></html>"""


def site_wikinews(a, traps):
    # a wiki news page: the article, its sources list, share links, categories, the licence and "last edited" lines
    sources = ('<h2>Sources</h2><ul class="sources">' + "".join(f'<li><a href="https://source{k}.example/">{html.escape(h)}</a> — '
               f'<i>Valley Ledger</i>, March {k + 9}, 2026</li>' for k, (h, _, _) in enumerate(TEASERS[:3])) + "</ul>") if "sources" in traps else ""
    cats = ('<div class="catlinks">Categories: <a href="/c/1">March 9, 2026</a> | <a href="/c/2">Valley</a> | '
            '<a href="/c/3">Transport</a> | <a href="/c/4">Published</a></div>') if "categories" in traps else ""
    lic = f'<div class="footer-info"><p>{html.escape(WIKI_LICENCE)}</p></div>' if "licence" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Valley Wikinews</title></head>
<body><div id="mw-page"><div id="content"><h1 id="firstHeading">{html.escape(a['title'])}</h1><div id="bodyContent"><div class="mw-parser-output">
<p><strong>{html.escape(a['date'])}</strong></p>{''.join(p(x) for x in a['paras'])}{sources}</div>{cats}</div></div>
<div id="mw-panel"><ul><li><a href="/main">Main page</a></li><li><a href="/write">Write an article</a></li></ul></div>{lic}</div></body></html>"""


# --- the eighteenth new batch (pages 0348-): reader-revenue appeals as newsrooms write them — a nonprofit's
# "donate" box and a long appeal in the first person after the story, a membership prompt between paragraphs — and
# data widgets beside a story: an election-results box over it, a league table under a match preview (session 28,
# scored before any rule) ---

DONATE_BOX = ("Support independent local journalism. The Valley Echo is a nonprofit newsroom, and readers like you make "
              "our reporting possible. Give today and your gift will be matched, up to 50,000 crowns.")
EPIC = ["Before you go: we have a small favour to ask. More people are reading the Valley Echo than ever, but far fewer "
        "are paying for it. Unlike many others, we have no owner telling us what to write, and we keep our reporting "
        "open to everyone, whatever they can afford.",
        "If you value what we do, please consider supporting us with a contribution of any size. It takes a minute, "
        "and every gift, big or small, keeps our journalism going. Thank you."]
MEMBER_PROMPT = "Enjoying this story? Become a member for 5 crowns a month and help us keep our newsroom independent."
ELECTION = [("Marta Ilves", "Green", "52.1%"), ("Jonas Reinholt", "Liberal", "47.9%")]
STANDINGS = [("1", "Kessel Rovers", "24", "52"), ("2", "Orth United", "24", "49"), ("3", "Valmora Athletic", "24", "45"),
             ("4", "Brenmoor Town", "24", "41")]


def site_donate(a, traps):
    # a nonprofit newsroom: a donate box after the story, a long appeal in the first person, a member prompt inside
    paras = [p(x) for x in a["paras"]]
    if "memberprompt" in traps:
        paras.insert(min(3, len(paras)), f'<div class="inline-member"><p>{html.escape(MEMBER_PROMPT)} <a href="/join">Join now</a></p></div>')
    box = (f'<div class="donate-box"><p>{html.escape(DONATE_BOX)}</p><a class="button" href="/donate">Donate now</a></div>'
           if "donatebox" in traps else "")
    epic = ('<div class="kx8-epic"><h2>Before you go</h2>' + "".join(p(x) for x in EPIC) + '<a class="button" href="/support">'
            'Support us</a></div>') if "epic" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Echo</title></head>
<body><header>{nav()}</header><main><article><h1>{html.escape(a['title'])}</h1><p class="byline">By {html.escape(a['byline'] or 'Echo staff')}</p>
<div class="article-body">{''.join(paras)}</div>{epic}{box}</article></main><footer><p>&copy; 2026 Valley Echo, a nonprofit newsroom</p></footer></body></html>"""


def site_widgets(a, traps):
    # data widgets beside a story: an election-results box above it, a league table under it
    results = ('<div class="results-widget"><h3>Valmora mayor: results</h3><table>' + "".join(
        f"<tr><td>{n}</td><td>{party}</td><td>{share}</td></tr>" for n, party, share in ELECTION)
        + '</table><p class="results-note">98% of precincts reporting · Updated 11:42 p.m.</p><a href="/results">Full results</a></div>'
        ) if "results" in traps else ""
    table = ('<div class="standings-widget"><h3>League table</h3><table><tr><th>Pos</th><th>Team</th><th>P</th><th>Pts</th></tr>'
             + "".join(f"<tr><td>{k}</td><td>{t}</td><td>{pl}</td><td>{pts}</td></tr>" for k, t, pl, pts in STANDINGS)
             + '</table><a href="/table">Full table</a></div>') if "standings" in traps else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Echo</title></head>
<body><header>{nav()}</header><main><article><h1>{html.escape(a['title'])}</h1><p class="byline">By {html.escape(a['byline'] or 'Echo staff')}</p>
{results}<div class="article-body">{''.join(p(x) for x in a['paras'])}</div>{table}</article></main><footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


# --- the nineteenth new batch (pages 0358-): the newsroom's promotions for its other products, written as sentences
# between a story's paragraphs — its daily podcast, its WhatsApp channel, a live event with its reporters, its social
# accounts — as an italic paragraph or in a box of their own (session 28, scored before any rule) ---

PROMOS = {
    "podpromo": "Listen to our daily news podcast, The Valley Briefing, on Apple Podcasts, Spotify or wherever you get your podcasts.",
    "whatsapp": "Join our WhatsApp channel to get the day's top stories from the valley sent straight to your phone.",
    "eventpromo": ("Join our reporters for a live discussion of the valley's housing crisis on March 12 at 7 p.m. "
                   "Register now: it is free for subscribers."),
    "socialprose": "Follow the Valley Echo on Facebook, Instagram and X for the latest news from the region.",
}


def valley_echo_page(a, body):
    """The Valley Echo's article page (batches 19, 20 and 25): the story's body under its headline and byline, a
    "Most read" rail beside it."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Echo</title></head>
<body><header>{nav()}</header><main><article><h1>{html.escape(a['title'])}</h1><p class="byline">By {html.escape(a['byline'] or 'Echo staff')}</p>
<div class="article-body">{body}</div></article><aside class="rail"><h3>Most read</h3>{related(4)}</aside></main>
<footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""


def site_promos(a, traps):
    # the promotions between paragraphs: italic paragraphs inside the body, or boxes of their own when the page says so
    boxed = "boxed" in traps
    paras = [p(x) for x in a["paras"]]
    at = 1
    for name in ("podpromo", "whatsapp", "eventpromo", "socialprose"):
        if name in traps:
            text = html.escape(PROMOS[name])
            promo = f'<aside class="promo-inline"><p>{text}</p></aside>' if boxed else f"<p><em>{text}</em></p>"
            paras.insert(min(at, len(paras)), promo)
            at += 2
    return valley_echo_page(a, ''.join(paras))


# --- the twentieth new batch (pages 0366-): the newsroom talking to the reader in plain paragraphs at the end of a story —
# a question for the comments, a "free to read" note with its call to subscribe, a reader survey, a tip line (session 28,
# scored before any rule; only the call to pay is furniture, the others are the article's by WCXB's convention) ---

TALK = {
    "askcomments": "What do you think about the plan? Let us know in the comments below.",
    "freetoread": ("We have made this story free to read because it is in the public interest. Please consider subscribing "
                   "to support our journalism."),
    "survey": "Take our reader survey: tell us what you think of our local coverage and what we should report on next.",
    "tipline": "Got a story tip? Email news@valleyecho.example or call 0800 555 0100, and our reporters will look into it.",
}


def site_talk(a, traps):
    # plain paragraphs at the end of the story's own container, in the newsroom's voice
    tail = "".join(p(TALK[name]) for name in ("freetoread", "askcomments", "survey", "tipline") if name in traps)
    return valley_echo_page(a, ''.join(p(x) for x in a['paras']) + tail)

# --- the twenty-first new batch (pages 0374-): what the newest article pages add around a story — a summary box made
# with a language model and its note, an audio version read by a synthetic voice and its note, a warning that the
# article is years old, an inline newsletter sign-up with its privacy notice in prose, topics with "Follow" buttons, the
# reporter's social accounts under the story, a prompt to turn on notifications, a note on the newsroom's use of AI
# tools; and, the article's own, a correction at the end and bold "Why it matters" leads (session 29, scored before any
# rule; the summary box's bullets are the article's, as WCXB's annotators keep "Key takeaways" boxes: its tuning pages
# 0002, 0044, 0056 and many more) ---

AI_SUMMARY_NOTE = ("This summary was produced with the help of an AI tool and checked by our editors before publication. "
                   "Read more about how we use AI.")
AI_VOICE = ("This audio version is read by a synthetic voice. Our editors check every recording, but some words may be "
            "mispronounced. Tell us what you think of it.")
AGE_WARNING = "This article is more than 3 years old"
PRIVACY_PROMO = ["Sign up to The Valley Morning", "Free daily newsletter",
                 "Our morning email takes you through the day's main stories from the valley, telling you what is "
                 "happening and why it matters.",
                 ("Privacy note: our newsletters may include information about charities, online advertising and content "
                  "paid for by third parties. Our privacy policy tells you more. This form is protected by a spam filter, "
                  "whose provider's privacy policy and terms of service apply."),
                 "End of newsletter sign-up"]
REPORTER_SOCIAL = "Follow {name} on Bluesky at @{handle}.valleyecho.example and on Instagram."
PUSH_PROMPT = ("Turn on notifications to get breaking news from the Valley Echo the moment it happens. You can change "
               "this at any time in your browser's settings.")
AI_POLICY = ("This article was written by our reporters. An AI tool helped to transcribe interviews; every quotation was "
             "checked against the recording by a journalist. Read our standards for using AI.")
CORRECTION = ("Correction: an earlier version of this article gave the wrong date for the council's vote. It takes place "
              "on Thursday, not Wednesday.")
LEADS = ["Why it matters:", "The big picture:", "What's next:"]


def summary_bullets(a):
    # the summary box restates the story in short: the first clause of each of three of its paragraphs' first
    # sentences (a box never repeats a paragraph whole; first written so, the page's repeated-text rule rightly kept one
    # copy of each, and the bullets were abridged before any rule was written for this batch)
    out = []
    for text in a["paras"][:3]:
        first = re.split(r"(?<=[.!?])\s+", text)[0]
        if len(first.split()) < 5 and " - " in text:
            # a dateline's abbreviated month ("OSTRA CITY, Dec. 18 - ...") is no sentence's end: a box starts after it
            first = re.split(r"(?<=[.!?])\s+", text.split(" - ", 1)[1])[0]
        words = first.split()
        cut = next((k + 1 for k in range(5, len(words) - 1) if words[k].endswith(",")), min(len(words), 12))
        out.append(" ".join(words[:cut]).strip("\"“”").rstrip(",.;:") + ".")
    return out


def modern_paragraphs(a, traps):
    # the body's paragraphs as the page shows them: bold "Why it matters" leads on the first ones when asked
    paras = list(a["paras"])
    if "whyitmatters" in traps:
        for k, lead in enumerate(LEADS[:min(3, len(paras))]):
            paras[k] = lead + " " + paras[k]
    return paras


def modern_lines(a):
    traps = a.get("traps", set())
    lines = []
    if "aisummary" in traps:
        lines += ["Key points"] + summary_bullets(a)
    lines += modern_paragraphs(a, traps)
    if "correction" in traps:
        lines.append(CORRECTION)
    return lines


def site_modern(a, traps):
    handle = (a["byline"] or "Echo staff").split()[0].lower()
    name = a["byline"] or "our reporter"
    top = []
    if "agewarning" in traps:
        top.append(f'<div class="article-age" role="note"><span>{AGE_WARNING}</span></div>')
    if "aivoice" in traps:
        top.append(f'<div class="audio-article"><button type="button">Listen to this article</button><span>6:12</span>'
                   f'<p class="audio-note">{html.escape(AI_VOICE)}</p></div>')
    if "aisummary" in traps:
        bullets = "".join(f"<li>{html.escape(b)}</li>" for b in summary_bullets(a))
        top.append(f'<section class="story-summary"><h2>Key points</h2><ul>{bullets}</ul>'
                   f'<p class="story-summary__note"><small>{html.escape(AI_SUMMARY_NOTE)}</small></p></section>')
    paras = modern_paragraphs(a, traps)
    body = []
    for k, text in enumerate(paras):
        if "whyitmatters" in traps and k < len(LEADS) and text.startswith(LEADS[k]):
            rest = text[len(LEADS[k]) + 1:]
            body.append(f"<p><strong>{html.escape(LEADS[k])}</strong> {html.escape(rest)}</p>")
        else:
            body.append(p(text))
        if k == 1 and "privacynote" in traps:
            promo = PRIVACY_PROMO
            body.append('<aside class="newsletter-signup" data-component="newsletter"><a href="#after-signup" class="skip">'
                        'Skip past newsletter sign-up</a>'
                        f'<p class="newsletter-signup__name">{promo[0]}</p><p class="newsletter-signup__kind">{promo[1]}</p>'
                        f'<p>{html.escape(promo[2])}</p><form><input type="email" placeholder="Enter your email address">'
                        f'<button>Sign up</button></form><p class="newsletter-signup__privacy">{html.escape(promo[3])}</p>'
                        f'<p id="after-signup" class="newsletter-signup__end">{promo[4]}</p></aside>')
    if "correction" in traps:
        body.append(f'<p class="correction"><em>{html.escape(CORRECTION)}</em></p>')
    if "reportersocial" in traps:
        body.append(p(REPORTER_SOCIAL.format(name=name, handle=handle)))
    if "aidisclosure" in traps:
        body.append(f'<p class="ai-note"><em>{html.escape(AI_POLICY)}</em></p>')
    after = []
    if "followtopics" in traps:
        topics = ["Floods", "Valley council", "Transport", "Weather"]
        after.append('<div class="topics"><h3>Explore more on these topics</h3><ul>'
                     + "".join(f'<li><a href="/topic/{t.lower().replace(" ", "-")}">{t}</a><button>Follow</button></li>'
                               for t in topics) + "</ul></div>")
    if "pushprompt" in traps:
        after.append(f'<div class="push-prompt" role="dialog" aria-label="Notifications"><p>{html.escape(PUSH_PROMPT)}</p>'
                     '<button>Allow</button><button>Not now</button></div>')
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Valley Echo</title></head>
<body><header>{nav()}</header><main><article><h1>{html.escape(a['title'])}</h1><p class="byline">By {html.escape(name)}</p>
{''.join(top)}<div class="article-body">{''.join(body)}</div>{''.join(after)}</article>
<aside class="rail"><h3>Most read</h3>{related(4)}</aside></main>
<footer><p>&copy; 2026 Valley Echo</p></footer></body></html>"""
    if "plain" in traps:
        # the same page as a framework renders it: hashed class names, the notes without <em> or <small>
        page = re.sub(r'class="[^"]*"', lambda m: 'class="c' + format(zlib.crc32(m.group(0).encode()) % 10**6, "06d") + '"', page)
        page = re.sub(r"</?(?:em|small)>", "", page)
    return page


# --- the twenty-second new batch (pages 0398-): the same kinds of extra in other words and another publisher's markup,
# to see whether the rules written for the twenty-first batch read them (session 29, scored with that batch's rules
# before any change for this one) — an audio version "voiced by artificial intelligence", a summary box with its
# disclaimer, an editor's note on AI assistance, a writer's account line without "Follow", a note that the article is
# also in Spanish, a newsletter's "You're reading" line, a reactions bar; and, the article's own, a "Contributing:"
# credit and a call for readers' stories ---

AI_VOICE2 = ["Voiced by artificial intelligence.",
             "The audio version of this article is generated by text-to-speech software. Mispronunciations may occur."]
SUMMARY_DISCLAIMER = ("Summaries are generated by artificial intelligence and may contain errors. Read the full story "
                      "for context.")
AI_EDITOR_NOTE = ("Editor's note: This story was produced with the assistance of AI tools and reviewed by Valley Echo "
                  "editors before publication.")
ACCOUNT_LINE = "{name} is on X as @{handle}_echo and on Threads."
SPANISH_NOTE = ["Read this article in Spanish", "Este artículo también está disponible en español."]
NL_READING = "You're reading The Valley Morning newsletter. Sign up to get it in your inbox every weekday."
REACTIONS = ["How did this story make you feel?", "Happy 12", "Sad 31", "Angry 8", "Surprised 4"]
CONTRIBUTING = "Contributing: Maria Vidal in Port Kestrel and Tomas Berg in Valmora."
SHARE_STORY = ("Have you been affected by the floods? Share your story with us at stories@valleyecho.example or "
               "message us on WhatsApp.")


def with_closing_notes(a, notes):
    """The article's paragraphs and, in order, the closing notes of its own (name, text) that the page has."""
    traps = a.get("traps", set())
    return list(a["paras"]) + [text for name, text in notes if name in traps]


def modern2_lines(a):
    head = ["Summary", summary_bullets(a)[0]] if "summary2" in a.get("traps", set()) else []
    return head + with_closing_notes(a, [("contributing", CONTRIBUTING), ("sharestory", SHARE_STORY)])


def site_modern2(a, traps):
    # another publisher's article page: blocks named by data-testid, the body in a section of text components
    name = a["byline"] or "Echo staff"
    handle = name.split()[0].lower()
    top = []
    if "nlreading" in traps:
        top.append(f'<div data-testid="newsletter-banner"><p>{html.escape(NL_READING)}</p></div>')
    if "spanish" in traps:
        top.append(f'<div data-testid="language-switch"><a href="/es/story">{SPANISH_NOTE[0]}</a>'
                   f'<p>{html.escape(SPANISH_NOTE[1])}</p></div>')
    if "aivoice2" in traps:
        top.append(f'<div data-testid="audio-player"><button aria-label="Play">Play</button><span>4:32</span>'
                   f'<span>{AI_VOICE2[0]}</span><p>{html.escape(AI_VOICE2[1])}</p></div>')
    if "summary2" in traps:
        top.append(f'<div data-testid="summary"><h2>Summary</h2><p>{html.escape(summary_bullets(a)[0])}</p>'
                   f'<p>{html.escape(SUMMARY_DISCLAIMER)}</p></div>')
    body = [f'<div data-testid="text-block"><p>{html.escape(x, quote=False)}</p></div>' for x in a["paras"]]
    if "contributing" in traps:
        body.append(f'<div data-testid="text-block"><p><i>{html.escape(CONTRIBUTING)}</i></p></div>')
    if "sharestory" in traps:
        body.append(f'<div data-testid="text-block"><p>{html.escape(SHARE_STORY)}</p></div>')
    if "account" in traps:
        body.append(f'<div data-testid="text-block"><p><i>{html.escape(ACCOUNT_LINE.format(name=name, handle=handle))}</i></p></div>')
    if "aieditor" in traps:
        body.append(f'<div data-testid="text-block"><p><i>{html.escape(AI_EDITOR_NOTE)}</i></p></div>')
    after = []
    if "reactions" in traps:
        after.append(f'<div data-testid="reactions"><p>{REACTIONS[0]}</p>'
                     + "".join(f"<button>{r}</button>" for r in REACTIONS[1:]) + "</div>")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - The Valley Echo</title></head>
<body><div id="root"><header data-testid="masthead">{nav()}</header><main><article data-testid="story">
<h1 data-testid="headline">{html.escape(a['title'])}</h1><div data-testid="byline">By {html.escape(name)}</div>
{''.join(top)}<section data-testid="story-body">{''.join(body)}</section>{''.join(after)}</article>
<aside data-testid="most-read"><h3>Most read</h3>{related(4)}</aside></main>
<footer data-testid="footer"><p>&copy; 2026 The Valley Echo</p></footer></div></body></html>"""


# --- the twenty-third new batch (pages 0414-): the words of a page's widgets in their other states, which sit in the
# HTML whether shown or not — a newsletter form's legal line, its thanks, its error and its check of the address, a
# video player's error, a comments widget that failed to load — and a contributor network's disclaimer above the
# piece; and, the article's own, a colleague's "contributed to this report" line and an update note (session 29,
# scored before any rule) ---

FORM_TEXTS = ["Get the Morning Courier", "The day's top stories from the valley, in your inbox before breakfast.",
              ("By signing up, you agree to our Terms of Use and acknowledge the data practices in our Privacy "
               "Policy. You may unsubscribe at any time."),
              "Thanks for signing up! Check your inbox to confirm your subscription.",
              "Something went wrong. Please try again.",
              "Please enter a valid email address."]
VIDEO_ERROR = ["Video unavailable",
               ("This video cannot be played in your browser. If you use an ad blocker, please turn it off for our "
                "site and reload the page.")]
COMMENTS_ERROR = "We are having trouble loading the comments right now. Please try again later."
CONTRIBUTOR_NOTE = "Opinions expressed by Courier contributors are their own."
CONTRIBUTED = "Courier writer Maria Vidal in Port Kestrel contributed to this report."
UPDATE_NOTE = "This story has been updated with the council's response."


def forms_lines(a):
    return with_closing_notes(a, [("contributed", CONTRIBUTED), ("updatenote", UPDATE_NOTE)])


def site_forms(a, traps):
    # a news site's article page whose widgets carry every state's words in the HTML (CSS shows one)
    name = a["byline"] or "Courier staff"
    top = []
    if "contributor" in traps:
        top.append(f'<div class="contributor-label"><span>Contributor</span><p class="disclaimer">{CONTRIBUTOR_NOTE}</p></div>')
    body = []
    for k, text in enumerate(a["paras"]):
        body.append(p(text))
        if k == 0 and "videoerror" in traps:
            body.append('<figure class="video-embed"><div class="player" data-state="error">'
                        f'<p class="player__title">{VIDEO_ERROR[0]}</p><p class="player__message">{html.escape(VIDEO_ERROR[1])}</p>'
                        '</div><figcaption></figcaption></figure>')
        if k == 1 and "formstates" in traps:
            f = FORM_TEXTS
            body.append(f'<div class="nl-signup"><h3>{f[0]}</h3><p>{html.escape(f[1])}</p><form><input type="email">'
                        f'<button>Sign up</button></form><p class="nl-signup__legal">{html.escape(f[2])}</p>'
                        f'<div class="nl-signup__success"><p>{html.escape(f[3])}</p></div>'
                        f'<div class="nl-signup__error"><p>{html.escape(f[4])}</p></div>'
                        f'<p class="nl-signup__invalid">{html.escape(f[5])}</p></div>')
    if "contributed" in traps:
        body.append(f"<p><em>{html.escape(CONTRIBUTED)}</em></p>")
    if "updatenote" in traps:
        body.append(f"<p><em>{html.escape(UPDATE_NOTE)}</em></p>")
    after = []
    if "commentserror" in traps:
        after.append(f'<section class="comments"><h2>Comments</h2><div class="comments__error"><p>{COMMENTS_ERROR}</p>'
                     '</div></section>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | The Courier</title></head>
<body><header>{nav()}</header><div class="page"><article class="story"><h1>{html.escape(a['title'])}</h1>
<p class="byline">By {html.escape(name)}</p>{''.join(top)}<div class="story__body">{''.join(body)}</div>{''.join(after)}</article>
<aside class="sidebar"><h3>Most read</h3>{related(5)}</aside></div>
<footer><p>&copy; 2026 The Courier</p></footer></body></html>"""


# --- the twenty-fourth new batch (pages 0426-): a wire-fed news site's lines in the flow of a story — a "Don't miss
# these stories" list, a "WATCH:" line to a video, the "Our standards" line and a syndication link "Read the original
# article on …" at the end; and, the article's own, "This is a developing story", the wire's "(Reporting by …; Editing
# by …)" credit and a "contributed to this report" line (session 29, scored before any rule; WCXB lists four "Don't
# miss …" lines as without-snippets: its pages 0459, 0487, 4123, 4673) ---

DONT_MISS = "Don't miss these stories from the Courier:"
WATCH_LINE = "WATCH: Floodwater sweeps through the Marnet district"
STANDARDS_LINE = "Our standards: The Courier's editorial principles."
ORIGINAL_ON = "Read the original article on The Valley Courier"
DEVELOPING = "This is a developing story and will be updated."
REPORTING_BY = "(Reporting by Maria Vidal in Port Kestrel; Editing by Tomas Berg)"
CONTRIBUTED_DASH = "\u2014 The Courier's Ana Lind contributed to this report."


WIRE2_NOTES = [("developing", DEVELOPING), ("contributedto", CONTRIBUTED_DASH), ("reportingby", REPORTING_BY)]


def wire2_lines(a):
    return with_closing_notes(a, WIRE2_NOTES)


def site_wire2(a, traps):
    # a portal that runs wire copy and its own: the story's lines and the site's lines are alike <p>s in one container
    name = a["byline"] or "Courier staff"
    heads = ["Council approves new budget for harbour works", "Storm warning issued for the weekend",
             "Rail line to close for summer repairs"]
    body = []
    for k, text in enumerate(a["paras"]):
        body.append(p(text))
        if k == 1 and "dontmiss" in traps:
            body.append(f"<p><strong>{html.escape(DONT_MISS)}</strong></p><ul>"
                        + "".join(f'<li><a href="/story/{i}">{h}</a></li>' for i, h in enumerate(heads)) + "</ul>")
        if k == 2 and "watchline" in traps:
            body.append(f'<p><strong>WATCH:</strong> <a href="/video/marnet-floods">{WATCH_LINE[7:]}</a></p>')
    for name_, text in WIRE2_NOTES:
        if name_ in traps:
            body.append(p(text))
    if "standards" in traps:
        body.append(f'<p>Our standards: <a href="/standards">The Courier\'s editorial principles.</a></p>')
    if "originalon" in traps:
        body.append(f'<p><a href="https://valleycourier.example/story">{ORIGINAL_ON}</a></p>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Courier Online</title></head>
<body><header>{nav()}</header><main><div class="content"><h1>{html.escape(a['title'])}</h1>
<div class="meta">By {html.escape(name)} | Courier Online</div><div class="text">{''.join(body)}</div></div>
<div class="side"><h3>Latest</h3>{related(5)}</div></main><footer><p>&copy; 2026 Courier Online</p></footer></body></html>"""


# --- the twenty-fifth new batch (pages 0438-): the newsroom asking the reader for money, attention or an address in
# words no earlier batch used, as plain paragraphs in the story's own container — an appeal to "chip in", a paywall's
# limit reached, its app, a membership line, a newsletter line; and, the article's own, a news paragraph about a food
# bank's appeal for donations (session 29, scored with this session's rules before any change for this batch: how far
# the wording rules of sessions 28-29 reach) ---

ASKS = {
    "chipin": ["A note to readers: local news costs money to produce. Our nine reporters answer to readers, not to "
               "billionaires. If our work matters to you, chip in today: even $5 helps keep the Valley Echo free for "
               "everyone.", "Give now"],
    "limit": ["You've reached your limit of free articles this month. Subscribe now for unlimited access, or log in if you "
              "already have an account."],
    "appnote": ["Stay informed wherever you are: get the Valley Echo app for iPhone and Android and never miss a local "
                "headline."],
    "members2": ["Members make this reporting possible. Join them today for less than the price of a coffee a week."],
    "newsletter3": ["Like what you're reading? Get stories like this in your inbox every Friday with our free weekend "
                    "newsletter."],
}
FOOD_BANK = ("The Marnet food bank appealed for donations on Tuesday, saying demand had doubled since the floods, and asked "
             "residents to give tinned food, nappies or money at its hall on Quay Street.")


def asks_lines(a):
    return with_closing_notes(a, [("foodbank", FOOD_BANK)])


def site_asks(a, traps):
    # the asks as the story's own <p>s: one after the second paragraph, the rest after the last
    body = [p(x) for x in a["paras"]]
    inline = [name for name in ("appnote", "members2", "newsletter3") if name in traps]
    for k, name in enumerate(inline):
        body.insert(min(2 + 2 * k, len(body)), p(ASKS[name][0]))
    if "foodbank" in traps:
        body.append(p(FOOD_BANK))
    for name in ("limit", "chipin"):
        if name in traps:
            body.extend(p(x) for x in ASKS[name])
    return valley_echo_page(a, ''.join(body))


# --- the twenty-sixth new batch (pages 0450-): regional news in Italian, Portuguese, Dutch, Polish and Turkish, with
# each language's own furniture (a cookie notice, "read also" and "related" lines, an ad label, a newsletter box, a
# share line, tags, the comment rules) in a markup that names nothing: numbered utility classes only (session 30,
# scored before any rule was written for it) ---

FOREIGN += [
    dict(id="it-traghetto", lang="it", title="Nuovo traghetto per l'isola di Sarvo dal prossimo autunno", byline="Giulia Ferraris",
         date="4 giugno 2026", paras=[
        "SARVO. L'isola di Sarvo avrà un nuovo traghetto a partire da ottobre. Lo ha deciso martedì sera il consiglio comunale, che ha approvato con 15 voti favorevoli e 4 contrari l'acquisto della nave per circa 3,1 milioni di euro.",
        "Il vecchio traghetto è in servizio dal 1981 e lo scorso inverno è rimasto fermo due volte per guasti al motore. In quei giorni gli abitanti dell'isola hanno dovuto affidarsi a piccole barche private per raggiungere la terraferma.",
        "«Non possiamo permetterci un altro inverno con la vecchia nave», ha detto il sindaco, Marco Bellandi, al termine della seduta. La nuova unità avrà una propulsione ibrida e potrà trasportare fino a quindici auto e cento passeggeri.",
        "L'opposizione ha criticato il costo dell'operazione e avrebbe preferito una revisione completa del vecchio traghetto. Secondo una perizia commissionata dal Comune, però, la riparazione sarebbe costata quasi la metà di una nave nuova.",
        "La Regione coprirà il sessanta per cento della spesa con un fondo per i trasporti nelle isole minori; il resto sarà finanziato con un mutuo ventennale.",
    ]),
    dict(id="pt-ponte", lang="pt", title="Ponte sobre o rio Lima fica fechado durante três meses para obras", byline="Rita Carvalhal",
         date="12 de março de 2026", paras=[
        "A ponte velha sobre o rio Lima, em Vilar de Moura, vai estar encerrada ao trânsito automóvel a partir de segunda-feira e durante cerca de três meses, para obras de reforço da estrutura, anunciou a câmara municipal.",
        "A intervenção, orçada em 1,4 milhões de euros, inclui a substituição dos apoios metálicos e a reparação do tabuleiro, onde uma inspeção realizada no ano passado detetou fissuras e sinais de corrosão.",
        "«Não havia alternativa. A segurança das pessoas está em primeiro lugar», afirmou o presidente da câmara, Joaquim Sarmento, que reconheceu os transtornos para quem atravessa a ponte todos os dias.",
        "Durante as obras, o trânsito será desviado pela ponte nova, cerca de quatro quilómetros a jusante. Os peões e os ciclistas poderão continuar a usar um corredor protegido do lado norte da ponte velha.",
        "Os comerciantes da margem sul temem perder clientes e pediram à autarquia estacionamento gratuito junto ao mercado enquanto durarem os trabalhos.",
    ]),
    dict(id="nl-dijk", lang="nl", title="Dijkversterking bij Oosterwaard kost tien miljoen meer", byline="Sanne de Vries",
         date="9 september 2026", paras=[
        "De versterking van de dijk bij Oosterwaard wordt ruim tien miljoen euro duurder dan begroot. Dat heeft het waterschap woensdag bekendgemaakt tijdens een bijeenkomst voor omwonenden in het dorpshuis.",
        "Volgens het waterschap is de ondergrond op twee plaatsen zwakker dan bij het eerste onderzoek werd aangenomen. Daar moeten extra damwanden de grond worden in, wat meer materiaal en meer tijd kost.",
        "„We hadden liever goed nieuws gebracht, maar veiligheid gaat voor alles”, zei dijkgraaf Pieter Hoekstra. Het werk zal naar verwachting een half jaar langer duren en pas in het voorjaar van 2028 klaar zijn.",
        "Bewoners van de Dijkstraat maken zich zorgen over trillingen en vrachtverkeer. Het waterschap belooft de huizen vooraf te laten inspecteren en het zware verkeer via een tijdelijke bouwweg om het dorp heen te leiden.",
        "Het Rijk betaalt het grootste deel van de extra kosten uit het hoogwaterbeschermingsprogramma.",
    ]),
    dict(id="pl-most", lang="pl", title="Nowa kładka nad Wisłoką gotowa przed terminem", byline="Katarzyna Nowicka",
         date="21 października 2026", paras=[
        "Nowa kładka pieszo-rowerowa nad Wisłoką w Dębinie została oddana do użytku we wtorek, prawie miesiąc przed terminem zapisanym w umowie. Przejście ma 180 metrów długości i łączy osiedle Zielone z centrum miasta.",
        "Budowa kosztowała 14 milionów złotych, z czego połowę pokryły fundusze unijne. Wcześniej mieszkańcy osiedla musieli nadkładać ponad dwa kilometry drogi, by dostać się do szkół i dworca.",
        "„To jedna z najbardziej oczekiwanych inwestycji ostatnich lat” – powiedział burmistrz Tomasz Kowalczyk podczas otwarcia. Dodał, że miasto planuje w przyszłym roku przedłużyć ścieżkę rowerową wzdłuż rzeki.",
        "Radni opozycji zwracają uwagę, że kładka nie ma oświetlenia na całej długości. Urząd odpowiada, że brakujące lampy zostaną zamontowane do końca listopada.",
    ]),
    dict(id="tr-baraj", lang="tr", title="Karaçay Barajı'nda su seviyesi yüzde 20'nin altına düştü", byline="Elif Yıldırım",
         date="18 Ağustos 2026", paras=[
        "Kentin içme suyunu sağlayan Karaçay Barajı'nda doluluk oranı yüzde 20'nin altına düştü. Su ve kanalizasyon idaresi, yağış olmazsa ekim ayından itibaren bazı mahallelerde gece saatlerinde su kesintisi uygulanabileceğini açıkladı.",
        "İdarenin verilerine göre geçen yılın aynı döneminde baraj yüzde 46 doluydu. Uzmanlar, kurak geçen kışın ve yaz boyunca süren yüksek sıcaklıkların etkili olduğunu belirtiyor.",
        "Genel Müdür Ahmet Kaya, „Vatandaşlarımızdan suyu tasarruflu kullanmalarını rica ediyoruz” dedi. Kaya, bahçe sulama ve araç yıkamada şebeke suyu kullanımının sınırlandırılacağını da söyledi.",
        "Çiftçiler ise sulama suyunun da azaltılmasından endişe ediyor. Ziraat Odası, üreticilere damla sulamaya geçiş için destek verilmesini istedi.",
    ]),
]

NEUTRAL = {
    "it": dict(site="Gazzetta di Sarvo", sections=["Cronaca", "Provincia", "Economia", "Sport", "Cultura", "Servizi"],
               ad="Pubblicità", readalso="Leggi anche", related="Potrebbe interessarti", share="Condividi: Facebook · X · WhatsApp · Email",
               tags="Argomenti: traghetto, trasporti, isole", by="di",
               cookie="Questo sito utilizza cookie tecnici e di profilazione, propri e di terze parti, per migliorare la tua esperienza e inviarti pubblicità in linea con le tue preferenze. Chiudendo questo banner o proseguendo la navigazione acconsenti all'uso dei cookie.",
               accept="Accetta",
               newsletter_head="La newsletter del mattino",
               newsletter="Ogni mattina le notizie più importanti della provincia direttamente nella tua casella di posta. Iscriviti gratis e non perderti nulla.",
               comments="I commenti sono moderati. Non saranno pubblicati messaggi offensivi, razzisti o pubblicitari; la redazione si riserva di rimuovere i contenuti che violano il regolamento.",
               links=["Lavori al porto, chiusa la banchina nord fino a luglio", "Torna la festa del mare: il programma completo"]),
    "pt": dict(site="Jornal do Lima", sections=["Região", "Concelho", "Economia", "Desporto", "Cultura", "Opinião"],
               ad="Publicidade", readalso="Leia também", related="Veja também", share="Partilhar: Facebook · X · WhatsApp · Email",
               tags="Etiquetas: ponte, obras, trânsito", by="Por",
               cookie="Utilizamos cookies para melhorar a sua experiência de navegação, analisar o tráfego do site e mostrar publicidade personalizada. Ao continuar a navegar, está a consentir a utilização de cookies de acordo com a nossa política de privacidade.",
               accept="Aceitar",
               newsletter_head="Newsletter diária",
               newsletter="Receba todas as manhãs no seu email as notícias mais importantes da região. Subscreva gratuitamente a nossa newsletter.",
               comments="Os comentários são moderados. Não serão publicados comentários com linguagem ofensiva, insultos ou publicidade. As opiniões expressas são da inteira responsabilidade dos seus autores.",
               links=["Feira semanal muda de local durante o verão", "Câmara aprova orçamento para o próximo ano"]),
    "nl": dict(site="Waardbode", sections=["Regio", "Gemeente", "Economie", "Sport", "Cultuur", "Service"],
               ad="Advertentie", readalso="Lees ook", related="Meer over dit onderwerp", share="Delen: Facebook · X · WhatsApp · E-mail",
               tags="Tags: dijk, waterschap, Oosterwaard", by="Door",
               cookie="Wij gebruiken cookies en vergelijkbare technieken om onze website te verbeteren, het gebruik te analyseren en advertenties af te stemmen op jouw interesses. Door op akkoord te klikken ga je hiermee akkoord. Je kunt je toestemming altijd intrekken via de privacy-instellingen.",
               accept="Akkoord",
               newsletter_head="De ochtendnieuwsbrief",
               newsletter="Elke ochtend het belangrijkste nieuws uit de regio gratis in je mailbox. Meld je nu aan en mis niets meer.",
               comments="Reacties worden vooraf gemodereerd. Beledigende, discriminerende of commerciële berichten worden niet geplaatst. De reactiemogelijkheid sluit na drie dagen.",
               links=["Veerpont vaart weer na winterstop", "Gemeente zoekt vrijwilligers voor dorpsfeest"]),
    "pl": dict(site="Gazeta Dębińska", sections=["Region", "Miasto", "Gospodarka", "Sport", "Kultura", "Ogłoszenia"],
               ad="Reklama", readalso="Przeczytaj także", related="Zobacz również", share="Udostępnij: Facebook · X · WhatsApp · E-mail",
               tags="Tagi: kładka, Wisłoka, inwestycje", by="Autor:",
               cookie="Używamy plików cookies, aby ułatwić korzystanie z serwisu, analizować ruch oraz dopasowywać reklamy do Twoich zainteresowań. Dalsze korzystanie z serwisu oznacza zgodę na ich zapisywanie w pamięci urządzenia.",
               accept="Akceptuję",
               newsletter_head="Poranny newsletter",
               newsletter="Codziennie rano najważniejsze wiadomości z regionu w Twojej skrzynce. Zapisz się za darmo i bądź na bieżąco.",
               comments="Komentarze są moderowane. Nie publikujemy wpisów obraźliwych, wulgarnych ani reklamowych. Redakcja nie odpowiada za treść komentarzy użytkowników.",
               links=["Remont dworca potrwa do wiosny", "Miasto rozdaje sadzonki drzew mieszkańcom"]),
    "tr": dict(site="Karaçay Haber", sections=["Gündem", "Yerel", "Ekonomi", "Spor", "Kültür", "Yaşam"],
               ad="Reklam", readalso="Bunu da okuyun", related="İlginizi çekebilir", share="Paylaş: Facebook · X · WhatsApp · E-posta",
               tags="Etiketler: baraj, kuraklık, su kesintisi", by="",
               cookie="Sitemizde deneyiminizi geliştirmek, trafiği analiz etmek ve size özel reklamlar göstermek için çerezler kullanıyoruz. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz.",
               accept="Kabul et",
               newsletter_head="Günlük bülten",
               newsletter="Bölgenin en önemli haberleri her sabah e-posta kutunuzda. Ücretsiz abone olun, hiçbir gelişmeyi kaçırmayın.",
               comments="Yorumlar editör onayından sonra yayınlanır. Hakaret, küfür veya reklam içeren yorumlar yayınlanmaz. Yorumlardaki görüşler okurlarımıza aittir.",
               links=["Şehir merkezinde yeni otopark açıldı", "Belediye meyve fidanı dağıtacak"]),
}


def site_neutral(a, traps):
    # a regional paper whose markup names nothing (numbered utility classes, as a page builder writes them), in the
    # article's own language: a cookie dialog, the ad label and a "read also" line in the body, a newsletter box, the
    # share line and the tags under the story, related links and the comment rules after it
    t = NEUTRAL[a["lang"]]
    paras = [f'<p class="t-2 m-4">{html.escape(x)}</p>' for x in a["paras"]]
    if "ads" in traps:
        paras.insert(min(2, len(paras)), f'<div class="b-7"><span class="t-1">{t["ad"]}</span><div class="h-250"></div></div>')
    if "readalso" in traps:
        paras.insert(min(1, len(paras)), f'<p class="t-2 m-4"><b>{t["readalso"]}:</b> <a href="/a/1">{html.escape(t["links"][0])}</a></p>')
    if "newsletter" in traps:
        paras.insert(min(3, len(paras)), f'<div class="b-3 p-4"><div class="t-5">{t["newsletter_head"]}</div><div class="t-2">{html.escape(t["newsletter"])}</div>'
                                         '<form><input type="email"><button>OK</button></form></div>')
    tail = ""
    if "share" in traps:
        tail += f'<div class="t-1 m-2">{html.escape(t["share"])}</div>'
    if "tags" in traps:
        tail += f'<div class="t-1 m-2">{html.escape(t["tags"])}</div>'
    related = (f'<div class="m-8"><div class="t-5">{t["related"]}</div>' + "".join(
        f'<div class="t-3"><a href="/r/{k}">{html.escape(x)}</a></div>' for k, x in enumerate(t["links"])) + "</div>") if "related" in traps else ""
    comments = f'<div class="m-8"><div class="t-2">{html.escape(t["comments"])}</div><button>+</button></div>' if "comments" in traps else ""
    cookie = (f'<div class="f-9" role="dialog"><div class="t-2">{html.escape(t["cookie"])}</div><button>{t["accept"]}</button></div>'
              if "cookie" in traps else "")
    navs = "".join(f'<a class="n-1" href="/{k}">{x}</a>' for k, x in enumerate(t["sections"]))
    byline = f'<span class="t-1">{t["by"]} {html.escape(a["byline"])}</span> ' if a["byline"] and t["by"] else (
        f'<span class="t-1">{html.escape(a["byline"])}</span> ' if a["byline"] else "")
    return f"""<!DOCTYPE html><html lang="{a['lang']}"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - {t['site']}</title></head>
<body>{cookie}<div class="w-1"><a class="t-9" href="/">{t['site']}</a><div class="n-0">{navs}</div></div>
<div class="w-2"><div class="c-8"><h1 class="t-7">{html.escape(a['title'])}</h1><div class="t-1">{byline}{html.escape(a['date'])}</div>
<div class="c-6">{''.join(paras)}</div>{tail}{related}{comments}</div></div>
<div class="w-3"><div class="t-1">&copy; 2026 {t['site']}</div></div></body></html>"""


PLAN = [
    # (site, article index (negative: a control article), traps[, paragraphs kept: a short news item])
    (site_wordpress, 0, {"privacy"}),
    (site_wordpress, 6, {"privacy"}),
    (site_wordpress, 2, set()),
    (site_cssmodules, 1, {"comments"}),
    (site_cssmodules, 7, {"comments"}),
    (site_cssmodules, 3, set()),
    (site_sections, 2, {"service", "about"}),
    (site_sections, 6, {"service"}),
    (site_sections, 5, {"about"}),
    (site_plain, 3, {"banner", "newsletter"}),
    (site_plain, 4, {"banner"}),
    (site_plain, 0, {"newsletter"}),
    (site_wordpress, 0, {"privacy"}, 2),
    (site_cssmodules, 5, {"comments"}, 2),
    (site_sections, 1, {"service"}, 2),
    (site_plain, 7, {"banner", "newsletter"}, 2),
    (site_wordpress, -1, {"privacy"}),
    (site_cssmodules, -2, {"comments"}),
    (site_sections, -1, set()),
    (site_plain, -2, {"newsletter"}),
    (site_portal, 4, {"privacy"}, 2),
    (site_portal, 1, {"comments"}, 3),
    (site_portal, 5, {"service"}, 2),
    (site_portal, 3, {"newsletter", "banner"}, 2),
    # added with the second extraction round (issue 14): furniture after the article that reads as prose
    (site_magazine, 2, {"authorbox", "teasers"}),
    (site_magazine, 5, {"authorbox", "teasers", "caption"}),
    (site_magazine, 7, {"teasers"}, 2),
    (site_magazine, 0, {"authorbox", "caption"}, 3),
    (site_magazine, -1, {"authorbox", "teasers"}),
    (site_magazine, 4, {"caption"}),
    # the third batch (issue 14, session 25): furniture news sites put inside and around the article
    (site_newsroom, 0, {"readmore", "ads", "pullquote", "video", "promo", "mostread"}),
    (site_newsroom, 1, {"readmore", "promo"}),
    (site_newsroom, 2, {"ads", "video", "mostread"}),
    (site_newsroom, 3, {"pullquote", "promo", "mostread"}),
    (site_newsroom, 4, {"readmore", "ads", "pullquote", "video", "promo", "mostread"}, 2),
    (site_newsroom, 5, {"mostread", "promo"}, 3),
    (site_newsroom, 6, set()),
    (site_newsroom, -1, {"readmore", "mostread"}),
    (site_divtext, 7, {"paywall", "ads", "recommended"}),
    (site_divtext, 0, {"paywall"}),
    (site_divtext, 1, {"ads", "recommended"}),
    (site_divtext, 2, {"paywall", "ads", "recommended"}, 2),
    (site_divtext, 3, {"recommended"}, 3),
    (site_divtext, 5, set()),
    (site_divtext, -2, {"paywall", "recommended"}),
    (site_divtext, 6, {"paywall", "ads", "recommended"}, 4),
    # the fourth batch (issue 14, session 25): three more newsroom markups
    (site_chunked, 0, {"ads", "figure", "printline", "cards"}),
    (site_chunked, 3, {"figure", "printline"}),
    (site_chunked, 5, {"ads", "cards"}),
    (site_chunked, 6, {"ads", "figure", "printline", "cards"}, 2),
    (site_chunked, 7, set()),
    (site_chunked, -2, {"figure", "printline", "cards"}),
    (site_blocks, 1, {"image", "links", "getintouch", "moreonstory"}),
    (site_blocks, 2, {"image", "getintouch"}),
    (site_blocks, 4, {"links", "moreonstory"}),
    (site_blocks, 0, {"image", "links", "getintouch", "moreonstory"}, 2),
    (site_blocks, 5, set()),
    (site_blocks, -1, {"image", "getintouch"}),
    (site_wire, 2, {"promocard", "follow", "funding"}),
    (site_wire, 4, {"follow"}),
    (site_wire, 6, {"promocard", "funding"}),
    (site_wire, 7, {"promocard", "follow", "funding"}, 2),
    (site_wire, 3, set()),
    (site_wire, -2, {"funding"}),
    # the fifth batch (issue 14, session 25): readers' comments under short reports, an interview
    (site_discussion, 0, {"comments-named"}, 2),
    (site_discussion, 1, {"comments-reactions"}, 2),
    (site_discussion, 2, {"comments-hashed"}, 2),
    (site_discussion, 3, {"comments-named"}, 3),
    (site_discussion, 4, {"comments-reactions"}, 3),
    (site_discussion, 5, {"comments-hashed"}, 3),
    (site_discussion, 6, {"comments-named"}),
    (site_discussion, 7, {"comments-reactions"}),
    (site_discussion, 1, {"comments-hashed"}),
    (site_discussion, -2, {"comments-hashed"}),
    (site_discussion, 2, set(), 2),
    (site_interview, -3, set()),
    (site_interview, -3, {"hiddencopy"}),
    (site_interview, 0, set()),
    (site_interview, 4, {"hiddencopy"}),
    (site_interview, 6, {"hiddencopy"}, 3),
    # the sixth batch (issue 14, session 25): embeds that did not load
    (site_embeds, 0, {"socialpost", "videofallback"}),
    (site_embeds, 1, {"socialpost"}),
    (site_embeds, 2, {"videofallback"}),
    (site_embeds, 3, {"socialpost", "videofallback"}, 2),
    (site_embeds, 4, {"socialpost", "videofallback"}, 3),
    (site_embeds, 5, {"videofallback"}, 2),
    (site_embeds, 6, {"socialpost"}, 2),
    (site_embeds, 7, {"socialpost", "videofallback"}),
    (site_embeds, -1, {"socialpost", "videofallback"}),
    (site_embeds, -2, {"socialpost"}),
    (site_embeds, -3, {"videofallback"}),
    (site_embeds, 2, set()),
    # the fifth new batch (issue 14, session 25): one article in several containers
    (site_split, 0, {"lede", "teaserbox"}),
    (site_split, 1, {"lede"}),
    (site_split, 2, {"teaserbox"}),
    (site_split, 3, {"lede", "newsbox"}),
    (site_split, 4, {"newsbox"}),
    (site_split, 5, {"lede", "teaserbox"}, 3),
    (site_split, 6, {"lede", "newsbox"}, 3),
    (site_split, 7, {"teaserbox"}, 4),
    (site_split, -1, {"lede", "teaserbox"}),
    (site_split, -3, {"lede", "newsbox"}),
    # the sixth new batch (issue 14, session 25): a long read's structure stays
    (site_longform, 0, {"listen"}),
    (site_longform, 1, set()),
    (site_longform, 2, {"listen"}),
    (site_longform, 3, set()),
    (site_longform, 4, {"listen"}),
    (site_longform, 5, set()),
    (site_longform, 6, {"listen"}),
    (site_longform, 7, set()),
    # the seventh new batch (issue 14, session 25): the next story under this one, sponsored prose
    (site_scroll, 0, {"nextstory", "sponsored"}),
    (site_scroll, 1, {"nextstory"}),
    (site_scroll, 2, {"sponsored"}),
    (site_scroll, 3, {"nextstory"}, 2),
    (site_scroll, 4, {"nextstory", "sponsored"}, 3),
    (site_scroll, 5, {"nextstory"}, 3),
    (site_scroll, 6, {"sponsored"}, 3),
    (site_scroll, 7, {"nextstory", "sponsored"}),
    (site_scroll, -1, {"nextstory"}),
    (site_scroll, -2, {"nextstory", "sponsored"}),
    (site_scroll, -3, {"nextstory"}),
    (site_scroll, 2, set()),
    # the eighth new batch (issue 14, session 26): written and scored before any rule was written for it
    (site_legacy, 0, {"classifieds", "weather", "printemail", "copyright"}),
    (site_legacy, 1, {"classifieds", "printemail"}),
    (site_legacy, 2, {"weather", "copyright"}),
    (site_legacy, 3, {"classifieds", "weather", "printemail", "copyright"}, 2),
    (site_legacy, 4, {"classifieds", "weather", "printemail", "copyright"}, 3),
    (site_legacy, 5, set()),
    (site_legacy, -1, {"classifieds", "weather", "printemail", "copyright"}),
    (site_amp, 6, {"ampad", "caption", "tags", "authorbio"}),
    (site_amp, 7, {"ampad", "authorbio"}),
    (site_amp, 0, {"caption", "tags"}),
    (site_amp, 1, {"ampad", "caption", "tags", "authorbio"}, 2),
    (site_amp, 2, {"ampad", "caption", "tags", "authorbio"}, 3),
    (site_amp, 3, set()),
    (site_amp, -2, {"ampad", "caption", "authorbio"}),
    (site_gallery, 4, {"gallery", "relatedcaps", "trending"}),
    (site_gallery, 5, {"gallery"}),
    (site_gallery, 6, {"relatedcaps", "trending"}),
    (site_gallery, 7, {"gallery", "relatedcaps", "trending"}, 2),
    (site_gallery, 0, {"gallery", "relatedcaps"}, 3),
    (site_gallery, 1, set()),
    (site_gallery, -1, {"gallery", "relatedcaps", "trending"}),
    (site_regional, 100, {"cookie", "ads", "readalso", "newsletter", "teasers", "comments"}),
    (site_regional, 101, {"cookie", "ads", "teasers"}),
    (site_regional, 102, {"readalso", "newsletter", "comments"}),
    (site_regional, 101, {"cookie", "ads", "readalso", "newsletter", "teasers", "comments"}, 2),
    (site_regional, 103, {"cookie", "ads", "readalso", "newsletter", "teasers", "comments"}),
    (site_regional, 104, {"cookie", "teasers", "comments"}),
    (site_regional, 105, {"ads", "readalso", "newsletter"}),
    (site_regional, 104, {"cookie", "ads", "readalso", "newsletter", "teasers", "comments"}, 2),
    (site_regional, 106, {"cookie", "ads", "readalso", "newsletter", "teasers", "comments"}),
    (site_regional, 107, {"cookie", "teasers", "comments"}),
    (site_regional, 107, {"cookie", "ads", "readalso", "newsletter", "teasers", "comments"}, 2),
    (site_regional, 100, set()),
    # the ninth new batch (issue 14, session 26): written and scored before any rule was written for it
    (site_jetpack, 0, {"jetpack", "dropcap", "photocredit"}),
    (site_jetpack, 1, {"jetpack"}),
    (site_jetpack, 2, {"dropcap", "photocredit"}),
    (site_jetpack, 3, {"jetpack", "dropcap", "photocredit"}, 2),
    (site_jetpack, 4, {"jetpack", "dropcap"}, 3),
    (site_jetpack, -1, {"jetpack", "dropcap", "photocredit"}),
    (site_linkheavy, 5, set()),
    (site_linkheavy, 6, set()),
    (site_linkheavy, 7, set(), 2),
    (site_linkheavy, -2, set()),
    (site_regional, 108, {"cookie", "ads", "readalso", "newsletter", "teasers", "comments", "typo"}),
    (site_regional, 109, {"cookie", "ads", "teasers", "typo"}),
    (site_regional, 108, {"readalso", "newsletter", "comments"}, 2),
    (site_regional, 109, {"cookie", "ads", "readalso", "newsletter", "teasers", "comments", "typo"}, 2),
    (site_cn, 110, {"ads", "editor", "copyright", "follow", "related", "comments"}),
    (site_cn, 111, {"ads", "editor", "copyright", "related"}),
    (site_cn, 110, {"editor", "follow", "comments"}, 2),
    (site_cn, 111, {"ads", "editor", "copyright", "follow", "related", "comments"}, 2),
    (site_cn, 110, set()),
    # the tenth new batch (issue 14, session 26): written and scored before any rule was written for it
    (site_custom, 5, {"adslot", "signup", "relatedstories"}),
    (site_custom, 6, {"adslot"}),
    (site_custom, 7, {"signup", "relatedstories"}),
    (site_custom, 0, {"adslot", "signup", "relatedstories"}, 2),
    (site_custom, 1, {"adslot", "signup", "relatedstories"}, 3),
    (site_custom, -1, {"adslot", "signup", "relatedstories"}),
    (site_datablocks, 2, {"datad", "datanewsletter", "databio", "datarelated"}),
    (site_datablocks, 3, {"datad", "datarelated"}),
    (site_datablocks, 4, {"datanewsletter", "databio"}),
    (site_datablocks, 5, {"datad", "datanewsletter", "databio", "datarelated"}, 2),
    (site_datablocks, 6, {"datad", "datanewsletter", "databio", "datarelated"}, 3),
    (site_datablocks, -2, {"datad", "datanewsletter", "datarelated"}),
    (site_opinion, 7, {"topbio", "table", "quoted", "pager"}),
    (site_opinion, 0, {"topbio", "pager"}),
    (site_opinion, 1, {"table", "quoted"}),
    (site_opinion, 2, {"topbio", "table", "quoted", "pager"}, 3),
    (site_opinion, 3, {"topbio"}, 2),
    (site_opinion, 4, set()),
    # the eleventh new batch (issue 14, session 26): blogging platforms, written and scored before any rule
    (site_medium, 0, {"member", "writtenby", "morefrom"}),
    (site_medium, 3, {"writtenby"}),
    (site_medium, 5, {"member", "morefrom"}),
    (site_medium, 7, {"member", "writtenby", "morefrom"}, 2),
    (site_medium, -1, {"writtenby", "morefrom"}),
    (site_blogger, 1, {"aboutme", "feeds"}),
    (site_blogger, 2, {"feeds"}),
    (site_blogger, 4, {"aboutme"}),
    (site_blogger, 6, {"aboutme", "feeds"}, 2),
    (site_blogger, -2, {"aboutme", "feeds"}),
    (site_ghost, 2, {"ghostcta", "ghostsignup", "ghostmore"}),
    (site_ghost, 4, {"ghostmore"}),
    (site_ghost, 6, {"ghostcta", "ghostsignup"}),
    (site_ghost, 0, {"ghostcta", "ghostsignup", "ghostmore"}, 3),
    (site_ghost, -1, {"ghostcta", "ghostmore"}),
    (site_substack, 3, {"thanks", "discussion", "ready"}),
    (site_substack, 5, {"thanks"}),
    (site_substack, 7, {"discussion", "ready"}),
    (site_substack, 1, {"thanks", "discussion", "ready"}, 2),
    (site_substack, -2, {"thanks", "ready"}),
    (site_liveblog, 0, {"keyevents", "blockfoot", "loadmore"}),
    (site_liveblog, 2, {"keyevents"}),
    (site_liveblog, 4, {"blockfoot", "loadmore"}),
    (site_liveblog, 6, {"keyevents", "blockfoot"}),
    (site_liveblog, 1, set()),
    (site_liveblog, -1, {"keyevents", "blockfoot", "loadmore"}),
    (site_liveblog, 3, {"keyevents", "loadmore"}, 3),
    (site_liveposts, 1, {"postmeta", "copylink", "livead"}),
    (site_liveposts, 3, {"postmeta"}),
    (site_liveposts, 5, {"copylink", "livead"}),
    (site_liveposts, 7, {"postmeta", "copylink"}),
    (site_liveposts, 0, {"postmeta", "copylink", "livead"}, 3),
    (site_liveposts, -2, {"postmeta", "livead"}),
    (site_match, 2, {"scoreboard", "lineups", "stats", "ratings"}),
    (site_match, 4, {"ratings"}),
    (site_match, 6, {"scoreboard", "lineups"}),
    (site_match, 0, {"stats", "ratings"}),
    (site_match, 5, {"scoreboard", "lineups", "stats", "ratings"}, 2),
    (site_match, -3, {"scoreboard", "ratings"}),
    (site_release, 7, {"provided", "sharebar", "alsofrom", "explore", "wirecontact"}),
    (site_release, 1, {"alsofrom"}),
    (site_release, 3, {"provided", "explore"}),
    (site_release, 5, {"sharebar", "wirecontact"}),
    (site_release, 2, {"provided", "sharebar", "alsofrom", "explore", "wirecontact"}, 2),
    (site_release, -1, {"alsofrom", "wirecontact"}),
    (site_explainer, 0, {"sharepage", "topics", "moreon"}),
    (site_explainer, 2, {"topics"}),
    (site_explainer, 4, {"moreon"}),
    (site_explainer, 6, {"sharepage", "topics"}),
    (site_explainer, 3, {"sharepage", "topics", "moreon"}),
    (site_explainer, -2, {"topics", "moreon"}),
    (site_republished, 1, {"republished", "disclosure", "republishbox"}),
    (site_republished, 3, {"disclosure"}),
    (site_republished, 5, {"republished"}),
    (site_republished, 7, {"republishbox"}),
    (site_republished, 4, {"republished", "disclosure", "republishbox"}, 3),
    (site_republished, -3, {"republished", "disclosure"}),
    (site_briefs, 0, {"briefsmost"}),
    (site_briefs, 2, set()),
    (site_briefs, 4, {"numbered", "briefsmost"}),
    (site_briefs, 6, {"numbered"}),
    (site_briefs, 1, {"briefsmost"}),
    (site_timeline, 0, {"sharerow"}),
    (site_timeline, 3, set()),
    (site_timeline, 5, {"sharerow"}),
    (site_timeline, 7, set()),
    (site_timeline, 2, {"sharerow"}),
    (site_poll, 1, {"poll"}),
    (site_poll, 3, {"poll"}),
    (site_poll, 6, {"poll"}),
    (site_poll, 4, {"poll"}, 3),
    (site_poll, -1, {"poll"}),
    (site_markets, 7, {"ticker", "quotes"}),
    (site_markets, 5, {"quotes"}),
    (site_markets, 1, {"ticker"}),
    (site_markets, 3, {"ticker", "quotes"}, 2),
    (site_markets, -2, {"ticker", "quotes"}),
    (site_video, 2, {"player"}),
    (site_video, 4, {"player"}),
    (site_video, 0, {"player"}, 2),
    (site_video, 6, set()),
    (site_video, -3, {"player"}),
    (site_datastory, 0, {"chart"}),
    (site_datastory, 3, {"chart"}),
    (site_datastory, 5, {"chart"}),
    (site_datastory, 7, {"chart"}, 3),
    (site_datastory, -1, {"chart"}),
    (site_portal_wire, 1, {"continues", "provider", "original", "morefrom14"}),
    (site_portal_wire, 2, {"continues", "provider"}),
    (site_portal_wire, 4, {"original", "morefrom14"}),
    (site_portal_wire, 6, {"continues", "provider", "original", "morefrom14"}, 3),
    (site_portal_wire, -2, {"continues", "morefrom14"}),
    (site_collapsed, 0, {"expand"}),
    (site_collapsed, 2, {"expand"}),
    (site_collapsed, 5, set()),
    (site_collapsed, 6, {"expand"}, 3),
    (site_collapsed, -3, {"expand"}),
    (site_collapsed, 1, {"expand", "jsonld"}),
    (site_collapsed, 4, {"expand", "jsonld"}),
    (site_collapsed, 7, {"expand", "jsonld"}, 3),
    (site_letters, 0, {"writein"}),
    (site_letters, 1, set()),
    (site_letters, 2, {"writein"}),
    (site_obituary, 0, {"guestbook", "flowers"}),
    (site_obituary, 1, {"guestbook"}),
    (site_obituary, 2, {"flowers"}),
    (site_obituary, 3, set()),
    (site_advice, 0, {"askus"}),
    (site_advice, 1, {"askus", "blockletter"}),
    (site_advice, 2, {"blockletter"}),
    (site_advice, 3, set()),
    (site_review, 0, {"stars", "infobox", "wheretowatch"}),
    (site_review, 3, {"stars", "infobox"}),
    (site_review, 5, {"wheretowatch"}, 2),
    (site_review, 6, set()),
    (site_factcheck, 1, {"ratingscale", "sharefacts"}),
    (site_factcheck, 4, {"ratingscale"}),
    (site_factcheck, 7, {"sharefacts"}, 3),
    (site_factcheck, 2, set()),
    (site_podcast, 2, {"podplayer", "subscribe"}),
    (site_podcast, 5, {"subscribe"}),
    (site_podcast, 0, {"podplayer"}, 2),
    (site_podcast, 3, set()),
    (site_emailweb, 3, {"viewinbrowser", "forwarded", "unsubscribe"}),
    (site_emailweb, 6, {"unsubscribe"}),
    (site_emailweb, 1, {"viewinbrowser", "forwarded", "unsubscribe"}, 2),
    (site_emailweb, 4, set()),
    (site_wirecopy, 4, {"breakingbar", "appalerts", "wirecopyright"}),
    (site_wirecopy, 7, {"wirecopyright"}),
    (site_wirecopy, 2, {"breakingbar", "appalerts"}, 3),
    (site_wirecopy, -1, {"breakingbar", "wirecopyright"}),
    (site_contents, 5, {"toc", "gift", "docviewer"}),
    (site_contents, 1, {"toc"}),
    (site_contents, 6, {"gift", "docviewer"}),
    (site_contents, -2, {"toc", "gift"}),
    (site_police, 3, {"wanted", "errorreport"}),
    (site_police, 7, {"errorreport"}),
    (site_police, 0, set(), 2),
    (site_police, 5, {"wanted"}),
    (site_series, 0, {"series", "seriesnext", "errorreport"}),
    (site_series, 6, {"series"}),
    (site_series, 2, {"seriesnext"}, 3),
    (site_series, 1, {"series", "errorreport"}),
    (site_broadcast, 2, {"weatheralert", "watchlive", "videodesc", "stationcopyright"}),
    (site_broadcast, 6, {"weatheralert", "stationcopyright"}, 2),
    (site_broadcast, 3, {"videodesc"}),
    (site_broadcast, 1, {"weatheralert"}),
    (site_govrelease, 5, {"govmeta", "govfeedback", "govrelated"}),
    (site_govrelease, 0, {"govfeedback"}),
    (site_govrelease, 7, {"govmeta", "govfeedback"}, 2),
    (site_govrelease, 4, set()),
    (site_wikinews, 0, {"sources", "categories", "licence"}),
    (site_wikinews, 3, {"licence"}),
    (site_wikinews, 6, {"sources", "categories"}, 2),
    (site_wikinews, 2, set()),
    (site_donate, 1, {"donatebox"}),
    (site_donate, 4, {"epic"}),
    (site_donate, 6, {"epic", "memberprompt", "donatebox"}),
    (site_donate, 0, {"epic"}, 2),
    (site_donate, 7, {"memberprompt"}),
    (site_donate, 3, set()),
    (site_widgets, 5, {"results"}),
    (site_widgets, 2, {"standings"}),
    (site_widgets, 1, {"results", "standings"}, 3),
    (site_widgets, 6, {"standings"}),
    (site_promos, 0, {"podpromo"}),
    (site_promos, 2, {"whatsapp", "socialprose"}),
    (site_promos, 4, {"eventpromo"}),
    (site_promos, 6, {"podpromo", "whatsapp", "eventpromo", "socialprose"}),
    (site_promos, 1, {"podpromo", "boxed"}),
    (site_promos, 3, {"whatsapp", "eventpromo", "boxed"}),
    (site_promos, 5, {"socialprose", "boxed"}, 3),
    (site_promos, 7, {"podpromo", "eventpromo"}, 3),
    (site_talk, 0, {"askcomments"}),
    (site_talk, 2, {"freetoread"}),
    (site_talk, 4, {"survey"}),
    (site_talk, 6, {"tipline"}),
    (site_talk, 1, {"freetoread", "askcomments"}),
    (site_talk, 3, {"survey", "tipline"}, 3),
    (site_talk, 5, {"freetoread", "askcomments", "survey", "tipline"}),
    (site_talk, 7, {"askcomments", "tipline"}, 2),
    (site_modern, 0, {"aisummary"}),
    (site_modern, 2, {"aivoice"}),
    (site_modern, 4, {"agewarning"}),
    (site_modern, 6, {"privacynote"}),
    (site_modern, 1, {"followtopics"}),
    (site_modern, 3, {"reportersocial"}),
    (site_modern, 5, {"pushprompt"}),
    (site_modern, 7, {"aidisclosure"}),
    (site_modern, 0, {"correction"}),
    (site_modern, 2, {"whyitmatters"}),
    (site_modern, 4, {"aisummary", "aivoice", "agewarning"}),
    (site_modern, 6, {"privacynote", "reportersocial", "followtopics"}),
    (site_modern, 1, {"pushprompt", "aidisclosure", "correction"}),
    (site_modern, 3, {"aisummary", "privacynote", "whyitmatters"}),
    (site_modern, 5, {"aivoice", "reportersocial", "correction"}, 3),
    (site_modern, 7, {"agewarning", "followtopics", "pushprompt"}, 2),
    (site_modern, 0, {"aisummary", "aivoice", "agewarning", "privacynote", "followtopics", "reportersocial",
                      "pushprompt", "aidisclosure", "correction", "whyitmatters"}),
    (site_modern, 2, {"privacynote", "aidisclosure"}, 3),
    (site_modern, 4, {"aisummary", "plain"}),
    (site_modern, 6, {"aivoice", "agewarning", "plain"}),
    (site_modern, 1, {"privacynote", "followtopics", "plain"}),
    (site_modern, 3, {"reportersocial", "pushprompt", "plain"}),
    (site_modern, 5, {"aidisclosure", "correction", "plain"}),
    (site_modern, 7, {"whyitmatters", "aisummary", "reportersocial", "plain"}, 3),
    (site_modern2, 0, {"aivoice2"}),
    (site_modern2, 2, {"summary2"}),
    (site_modern2, 4, {"aieditor"}),
    (site_modern2, 6, {"account"}),
    (site_modern2, 1, {"spanish"}),
    (site_modern2, 3, {"nlreading"}),
    (site_modern2, 5, {"reactions"}),
    (site_modern2, 7, {"contributing"}),
    (site_modern2, 0, {"sharestory"}),
    (site_modern2, 2, {"aivoice2", "summary2", "nlreading"}),
    (site_modern2, 4, {"account", "aieditor", "contributing"}),
    (site_modern2, 6, {"spanish", "reactions", "sharestory"}),
    (site_modern2, 1, {"aivoice2", "account", "reactions"}, 3),
    (site_modern2, 3, {"summary2", "aieditor", "spanish", "contributing"}, 2),
    (site_modern2, 5, {"aivoice2", "summary2", "aieditor", "account", "spanish", "nlreading", "reactions",
                       "contributing", "sharestory"}),
    (site_modern2, 7, {"nlreading", "sharestory"}, 3),
    (site_forms, 0, {"formstates"}),
    (site_forms, 2, {"videoerror"}),
    (site_forms, 4, {"commentserror"}),
    (site_forms, 6, {"contributor"}),
    (site_forms, 1, {"contributed"}),
    (site_forms, 3, {"updatenote"}),
    (site_forms, 5, {"formstates", "videoerror", "commentserror"}),
    (site_forms, 7, {"contributor", "contributed", "formstates"}),
    (site_forms, 0, {"videoerror", "updatenote"}, 3),
    (site_forms, 2, {"formstates", "commentserror", "contributed"}, 2),
    (site_forms, 4, {"contributor", "videoerror", "formstates", "commentserror", "contributed", "updatenote"}),
    (site_forms, 6, {"formstates"}, 3),
    (site_wire2, 0, {"dontmiss"}),
    (site_wire2, 2, {"watchline"}),
    (site_wire2, 4, {"standards"}),
    (site_wire2, 6, {"originalon"}),
    (site_wire2, 1, {"developing"}),
    (site_wire2, 3, {"reportingby"}),
    (site_wire2, 5, {"contributedto"}),
    (site_wire2, 7, {"dontmiss", "watchline", "developing"}),
    (site_wire2, 0, {"standards", "reportingby"}, 3),
    (site_wire2, 2, {"originalon", "contributedto", "dontmiss"}, 3),
    (site_wire2, 4, {"dontmiss", "watchline", "standards", "originalon", "developing", "reportingby", "contributedto"}),
    (site_wire2, 6, {"watchline", "originalon"}, 3),
    (site_asks, 0, {"chipin"}),
    (site_asks, 2, {"limit"}),
    (site_asks, 4, {"appnote"}),
    (site_asks, 6, {"members2"}),
    (site_asks, 1, {"newsletter3"}),
    (site_asks, 3, {"foodbank"}),
    (site_asks, 5, {"chipin", "appnote", "foodbank"}),
    (site_asks, 7, {"limit", "members2", "newsletter3"}),
    (site_asks, 0, {"appnote", "members2", "newsletter3", "chipin"}, 3),
    (site_asks, 2, {"foodbank", "members2"}, 2),
    (site_asks, 4, {"chipin", "limit", "appnote", "members2", "newsletter3", "foodbank"}),
    (site_asks, 6, {"newsletter3", "chipin"}, 3),
    # the twenty-sixth new batch (issue 14, session 30): five more languages in a markup that names nothing, scored
    # before any rule was written for it
    (site_neutral, 112, {"cookie", "ads", "readalso", "newsletter", "share", "tags", "related", "comments"}),
    (site_neutral, 113, {"cookie", "ads", "readalso", "newsletter", "share", "tags", "related", "comments"}),
    (site_neutral, 114, {"cookie", "ads", "readalso", "newsletter", "share", "tags", "related", "comments"}),
    (site_neutral, 115, {"cookie", "ads", "readalso", "newsletter", "share", "tags", "related", "comments"}),
    (site_neutral, 116, {"cookie", "ads", "readalso", "newsletter", "share", "tags", "related", "comments"}),
    (site_neutral, 112, {"readalso", "share", "related"}, 3),
    (site_neutral, 113, {"cookie", "newsletter", "comments"}, 3),
    (site_neutral, 114, {"ads", "tags", "related"}, 2),
    (site_neutral, 115, {"readalso", "newsletter", "share"}, 2),
    (site_neutral, 116, {"cookie", "tags", "comments"}, 2),
]

TRAP_TEXT = {"privacy": PRIVACY_OVERVIEW, "comments": COMMENT_NOTICE, "service": CUSTOMER_SERVICE,
             "newsletter": NEWSLETTER, "banner": COOKIE_BANNER, "about": ABOUT_US,
             # the first words of what must not come along (the bio's start depends on the writer's name)
             "authorbox": ["covers local government, transport and the environment for the Courier"],
             "teasers": [TEASERS[0][1]], "caption": [CAPTION],
             "readmore": ["Council approves new budget for harbour works"], "promo": [INLINE_PROMO],
             "video": [VIDEO[1]], "mostread": [MOST_READ[1][1]], "paywall": [PAYWALL[1]],
             "recommended": [TEASERS[2][1]], "ads": ["Story continues below advertisement"],
             # a pull quote repeats the article's own words: nothing to look for that the article lacks
             "pullquote": [],
             "figure": [FIGURE_CAPTION], "printline": ["A version of this article appears in print"],
             "cards": [TEASERS[1][1]], "image": [FIGURE_CAPTION], "links": ["Storm warning issued for the weekend"],
             "getintouch": GET_IN_TOUCH, "moreonstory": [TEASERS[0][0]], "promocard": [TEASERS[3][1]],
             "follow": [FOLLOW_LINE], "funding": [FUNDING],
             "comments-named": [READER_COMMENTS[0][2]], "comments-reactions": [READER_COMMENTS[1][2]],
             "comments-hashed": [READER_COMMENTS[3][2]],
             # a hidden second rendering repeats the article: nothing the article lacks to look for
             "hiddencopy": [],
             "socialpost": [EMBED_CONSENT, POST_TEXT], "videofallback": [VIDEO_FALLBACK, MEDIA_CAPTION],
             "lede": [], "teaserbox": [TEASERS[0][1]], "newsbox": NEWSLETTER, "listen": [LISTEN_BAR],
             "sponsored": [SPONSORED], "nextstory": [NEXT_STORY["paras"][0]],
             "classifieds": ["Place an ad"], "weather": [WEATHER], "printemail": ["Printer-friendly version"],
             "copyright": [COPYRIGHT_LINE], "ampad": ["Advertisement"],
             "tags": ["Tags:"], "authorbio": ["is a senior reporter at the Coastal Daily"],
             "gallery": [g[1] for g in GALLERY], "relatedcaps": ["RELATED:"], "trending": ["Trending"]}

BATCH12_TRAPS = {"keyevents": ["Show key events only"], "blockfoot": ["Updated at"], "loadmore": ["Load more updates"],
                 "postmeta": ["min ago"], "copylink": ["Link copied!"], "livead": ["Advertisement"],
                 "scoreboard": ["Kessel Park, attendance 8,412"], "lineups": ["Subs not used"], "stats": ["Possession"],
                 "ratings": [RATINGS[0][2]], "provided": ["News provided by"], "sharebar": ["Share this article"],
                 "alsofrom": [TEASERS[0][1]], "explore": ["More news releases in similar topics"], "wirecontact": [RELEASE_CONTACT],
                 "sharepage": ["Share page"], "topics": ["Related Topics"], "moreon": [TEASERS[1][1]],
                 "republished": [], "disclosure": ["does not work for, consult, own shares"],
                 "republishbox": [REPUBLISH], "briefsmost": [TEASERS[0][0]], "numbered": [], "sharerow": ["Tweet"],
                 "poll": [POLL_NOTE], "ticker": ["NASDAQ 16,302.76"], "quotes": [MARKET_NOTE], "player": ["Up next"],
                 "chart": [CHART[2]], "continues": ["Story continues"], "provider": [], "original": [],
                 "morefrom14": [TEASERS[0][0]], "expand": ["Continue reading"], "jsonld": [],
                 "writein": [LETTERS_NOTE], "guestbook": [GUESTBOOK], "flowers": [FLOWERS], "askus": [], "blockletter": [],
                 "stars": [], "infobox": ["Running time"], "wheretowatch": [WATCH_NOTE], "ratingscale": [RATING_SCALE],
                 "sharefacts": [SHARE_FACTS], "podplayer": [PODCAST_PLAYER], "subscribe": ["Subscribe on"],
                 "viewinbrowser": [EMAIL_TOP], "forwarded": [EMAIL_FORWARD], "unsubscribe": [EMAIL_FOOT],
                 "breakingbar": [BREAKING_BAR[10:]], "appalerts": [APP_ALERTS], "wirecopyright": [WIRE_COPYRIGHT],
                 "toc": ["In this article"], "gift": [GIFT_BAR], "docviewer": [DOC_VIEWER],
                 "wanted": ["Wanted in the valley"], "errorreport": [ERROR_LINE], "series": ["This article is part of the series"],
                 "seriesnext": ["Next in the series"], "weatheralert": [WEATHER_ALERT], "watchlive": ["WATCH LIVE"],
                 "videodesc": [STATION_VIDEO], "stationcopyright": [STATION_COPYRIGHT], "govmeta": ["Department for Transport and Ports"],
                 "govfeedback": [GOV_FEEDBACK], "govrelated": ["Explore the topic"], "sources": [TEASERS[0][0]],
                 "categories": ["Categories:"], "licence": [WIKI_LICENCE],
                 "donatebox": [DONATE_BOX], "epic": [EPIC[0], EPIC[1]], "memberprompt": [MEMBER_PROMPT],
                 "results": ["98% of precincts reporting"], "standings": ["League table"],
                 "podpromo": [PROMOS["podpromo"]], "whatsapp": [PROMOS["whatsapp"]], "eventpromo": [PROMOS["eventpromo"]],
                 "socialprose": [PROMOS["socialprose"]], "boxed": [],
                 # a question for the comments, a survey and a tip line end the article's text, as WCXB's annotators keep
                 # such calls (tuning pages 0331, 4846); the appeal to pay is the page's, as on WCXB's 4511
                 "askcomments": [], "freetoread": [TALK["freetoread"]], "survey": [], "tipline": [],
                 # the newest pages' extras; a correction and bold leads are the article's own text
                 "aisummary": [AI_SUMMARY_NOTE], "aivoice": [AI_VOICE], "agewarning": [AGE_WARNING],
                 "privacynote": [PRIVACY_PROMO[3], PRIVACY_PROMO[2]], "followtopics": ["Explore more on these topics"],
                 "reportersocial": ["on Bluesky at @"], "pushprompt": [PUSH_PROMPT], "aidisclosure": [AI_POLICY],
                 "correction": [], "whyitmatters": [], "plain": [],
                 "aivoice2": [AI_VOICE2[1], AI_VOICE2[0]], "summary2": [SUMMARY_DISCLAIMER], "aieditor": [AI_EDITOR_NOTE],
                 "account": ["is on X as @"], "spanish": [SPANISH_NOTE[1], SPANISH_NOTE[0]], "nlreading": [NL_READING],
                 "reactions": [REACTIONS[0]], "contributing": [], "sharestory": [],
                 "formstates": [FORM_TEXTS[2], FORM_TEXTS[3], FORM_TEXTS[4], FORM_TEXTS[5]], "videoerror": [VIDEO_ERROR[1]],
                 "commentserror": [COMMENTS_ERROR], "contributor": [CONTRIBUTOR_NOTE], "contributed": [], "updatenote": [],
                 "dontmiss": [DONT_MISS], "watchline": [WATCH_LINE[7:]], "standards": [STANDARDS_LINE],
                 "originalon": [ORIGINAL_ON], "developing": [], "reportingby": [], "contributedto": [],
                 "chipin": ASKS["chipin"], "limit": ASKS["limit"], "appnote": ASKS["appnote"], "members2": ASKS["members2"],
                 "newsletter3": ASKS["newsletter3"], "foodbank": []}


def trap_text(name, a):
    """The snippets a page must not keep for one trap; a regional page's are in its own language."""
    if a.get("lang") in NEUTRAL:
        t = NEUTRAL[a["lang"]]
        return {"cookie": [t["cookie"]], "ads": [t["ad"]], "readalso": [t["links"][0]], "newsletter": [t["newsletter"]],
                "share": [t["share"]], "tags": [t["tags"]], "related": [t["links"][1]], "comments": [t["comments"]]}[name]
    if name == "caption" and a.get("site") == "amp":
        return [AMP_CAPTION]
    if a.get("lang") == "zh":
        return {"ads": [CN["ad"]], "editor": [CN["editor"]], "copyright": [CN["copyright"]], "follow": [CN["follow"]],
                "related": [CN["teasers"][0]], "comments": [CN["rules"]]}[name]
    if name == "typo":
        return [TYPO_LINE]
    if name in ("adslot", "signup", "relatedstories", "datad", "datanewsletter", "databio", "datarelated",
                "topbio", "table", "quoted", "pager"):
        return {"adslot": ["Advertisement"], "signup": NEWSLETTER, "relatedstories": [TEASERS[0][1]], "datad": ["Advertisement"],
                "datanewsletter": NEWSLETTER, "databio": ["is the Courier's transport correspondent"],
                "datarelated": [TEASERS[1][1]], "topbio": ["is the Courier's transport correspondent"], "table": [],
                "quoted": [], "pager": ["Next page"]}[name]
    if name in ("member", "writtenby", "morefrom", "aboutme", "feeds", "ghostcta", "ghostsignup", "ghostmore", "thanks",
                "discussion", "ready"):
        return {"member": ["Member-only story"], "writtenby": ["is a freelance reporter covering ports"],
                "morefrom": [TEASERS[0][1]], "aboutme": [BLOGGER_ABOUT], "feeds": ["Post Comments (Atom)"],
                "ghostcta": [GHOST_CTA], "ghostsignup": ["Sign up for more like this"], "ghostmore": [TEASERS[1][1]],
                "thanks": [SUBSTACK_THANKS], "discussion": ["Discussion about this post"], "ready": ["Ready for more?"]}[name]
    if name in BATCH12_TRAPS:
        return BATCH12_TRAPS[name]
    if name in ("jetpack", "dropcap", "photocredit"):
        return {"jetpack": ["Like this:"], "dropcap": [], "photocredit": [PHOTO_CREDIT]}[name]
    if "lang" in a:
        t = LOCAL[a["lang"]]
        local = {"cookie": [t["cookie"]], "ads": [t["ad"]], "readalso": [t["links"][0]], "newsletter": [t["newsletter"]],
                 "teasers": [t["teasers"][1][1]], "comments": [t["comments"]]}
        return local[name]
    return TRAP_TEXT[name]


def lines_of(site, a):
    """The ground truth's lines: the article's paragraphs, or a long read's lines in reading order."""
    if site is site_longform:
        return [t for _, texts in longform_lines(a) for t in texts]
    if site is site_opinion:
        return opinion_lines(a, a.get("traps", set()))
    if site in (site_liveblog, site_liveposts):
        return live_lines(a)
    if site is site_explainer:
        return [t for _, t in explainer_lines(a)]
    if site is site_talk:
        # the reader addressed at the end of a story: a question for the comments, a survey, a tip line are the article's
        # text by WCXB's convention (its tuning pages 0331, 4846 keep such calls); the appeal to pay is not (its 4511)
        return a["paras"] + [TALK[n] for n in ("askcomments", "survey", "tipline") if n in a.get("traps", set())]
    if site is site_modern:
        return modern_lines(a)
    if site is site_modern2:
        return modern2_lines(a)
    if site is site_forms:
        return forms_lines(a)
    if site is site_wire2:
        return wire2_lines(a)
    if site is site_asks:
        return asks_lines(a)
    if site is site_police:
        # a police appeal ends a crime report: the reporter's text, however it addresses the reader
        return a["paras"] + [APPEAL]
    if site is site_advice and "askus" in a.get("traps", set()):
        # a call for readers' questions at the end of the body is the article's: WCXB's annotators keep such calls
        # (its tuning pages 0331, 4846: "What are your thoughts …? … email …")
        return a["paras"] + [ADVICE_NOTE]
    if site is site_portal_wire and "original" in a.get("traps", set()):
        # the syndication credit is the article's, as the republication note is (WCXB's page 0345)
        return a["paras"] + [PORTAL_LINE]
    if site is site_republished and "republished" in a.get("traps", set()):
        # the republication note is the article's: WCXB's annotators keep it (its page 0345, republished from another outlet)
        return a["paras"] + [REPUBLISHED_NOTE]
    return a["paras"]


def main():
    arts = articles()
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "ground-truth"), exist_ok=True)
    for k, (site, idx, traps, *short) in enumerate(PLAN, start=1):
        a = dict(FOREIGN[idx - 100] if idx >= 100 else arts[idx] if idx >= 0 else CONTROLS[-idx - 1])
        if site is site_amp:
            a["site"] = "amp"
        a["traps"] = traps
        if short:
            a["paras"] = a["paras"][:short[0]]
        page = site(a, traps)
        pid = f"{k:04d}"
        with open(os.path.join(HERE, "html", pid + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        without = [" ".join(t[0].split()[:8]) for name in sorted(traps) for t in [trap_text(name, a)] if t]
        truth = {"url": f"https://{site.__name__.replace('_', '-')}.example/{a['id']}",
                 "ground_truth": {"title": a["title"], "author": a["byline"] or None, "publish_date": None,
                                  "main_content": "\n".join(lines_of(site, a)),
                                  "with": [" ".join(a["paras"][0].split()[:8]), " ".join(a["paras"][-1].split()[:8])],
                                  "without": without},
                 "made_by": "make_pages.py: " + site.__name__ + ", traps " + (", ".join(sorted(traps)) or "none")
                            + (f", short item ({short[0]} paragraphs)" if short else "") + (", control article" if idx < 0 else "")}
        with open(os.path.join(HERE, "ground-truth", pid + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
