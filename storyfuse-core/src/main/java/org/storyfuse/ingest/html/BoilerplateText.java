package org.storyfuse.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.storyfuse.text.lexicon.NameParticles;
import org.storyfuse.text.lexicon.PageFurniture;

/** Short lines that are page furniture whatever element holds them ("Share", "Read more", "©"). */
final class BoilerplateText {

  private BoilerplateText() {}

  /** Blocks longer than this many words are never judged by their wording alone. */
  private static final int MAX_WORDS = 15;

  private static final Pattern WHOLE = Pattern.compile(
      "(?:share(?: this(?: article| story| post| page)?| on \\w+| via \\w+)?|tweet|pin(?: it)?|e-?mail|print"
          + "|copy(?: the)? link|link copied|advertisement|advertising|sponsored(?: content)?|ad"
          + "|read more|read next|(?:read|show) (?:the )?full (?:article|story)|continue reading|keep reading|show more|see more"
          // a portal's break in a syndicated story, above or below an ad slot ("Article continues after this
          // advertisement", "Continue reading the main story", "SKIP ADVERTISEMENT", "Scroll to continue with content")
          + "|(?:the )?(?:story|article) continues(?: (?:below|after)(?: (?:this |the )?(?:advert|advertisement|ad))?)?"
          + "|continue reading (?:the )?(?:main )?(?:story|article)(?: below)?|skip (?:this )?(?:advertisement|ad)"
          + "|scroll (?:down )?to continue(?: with content| reading)?"
          + "|load more|view more|related(?: posts| articles| stories| content| reading| topics)?"
          + "|see also|you (?:may|might) also like|recommended(?: for you)?|more (?:from|on|in) .{0,40}"
          + "|most (?:read|popular|viewed)|trending(?: now)?|popular posts|recent posts|latest news"
          + "|comments?|\\d+ comments?|no comments(?: yet)?|leave a (?:comment|reply)|post a comment"
          + "|reply|skip to(?: main)? content|back to top|scroll to top|table of contents|contents"
          + "|toggle(?: navigation| menu)?|menu|close|open|search|loading\\W*|tags?|topics|categories"
          + "|filed under|posted in|listen(?: to (?:this )?article)?|play|watch|next|previous"
          + "|prev|next (?:post|article|story)|previous (?:post|article|story)|follow us.{0,40}"
          + "|sign (?:up|in)|log ?in|register|subscribe(?: now| today)?|get the app|download the app"
          + "|recommended (?:stories|articles|posts|reading|for you)|related (?:reads|links|coverage)"
          + "|(?:other |more )?related (?:articles|posts|stories)(?: \\.\\.\\.)?|you (?:may|might) (?:also )?(?:like|enjoy)"
          + "|you may be interested in.{0,40}|recently by .{0,40}|more by .{0,40}|more stories|further reading"
          + "|join the (?:conversation|discussion)|add a comment|what do you think\\??|why trust us\\??"
          // an audio player's label ("Voiced by artificial intelligence", "4:32 Narrated by an AI voice")
          + "|(?:[\\d:]+\\s*)?(?:voiced|read|narrated|generated|created|produced) (?:by|with|using) (?:an? )?"
          + "(?:ai|a\\.i\\.|artificial intelligence|synthetic voice|text-to-speech)(?: voice| technology| software)?"
          // the same article in another language ("Read this article in Spanish", "Este artículo también está
          // disponible en español")
          + "|read (?:this|the) (?:article|story) in \\p{L}+|(?:this|the) (?:article|story) is (?:also )?available in \\p{L}+"
          + "|(?:este|el) artículo (?:también )?está disponible en \\p{L}+|leer en \\p{L}+"
          + "|cet article est (?:aussi |également )?disponible en \\p{L}+|lire en \\p{L}+"
          + "|(?:dieser|der) artikel ist auch auf \\p{L}+ (?:verfügbar|erhältlich)|auf \\p{L}+ lesen"
          // the page's warning that what follows is old news ("This article is more than 3 years old")
          + "|this (?:article|story|page|post|piece) (?:is|was published) (?:more|over) than (?:\\d+|one|two|three|four|five"
          + "|six|seven|eight|nine|ten) (?:years?|months?)(?: old| ago)?"
          // the page's estimate of the reader's time ("6 min read", "3 MIN. READ", "Reading Time: 8 minutes",
          // "Read time: 14 min"); a bare "10 mins" may be a recipe's step, so the word "read" must be there
          + "|(?:estimated )?(?:reading time|read time|time to read)\\W*(?:about |approx\\.? |~)?\\d+(?:\\s*[-–]\\s*\\d+)?"
          + "\\s*(?:min|mins|minutes?)\\.?(?: read)?"
          + "|(?:about |~)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:min|mins|minutes?)\\.?\\s+(?:read|reading|read time|to read)"
          + "|[\\d.,]+\\s?[km]?\\s+(?:followers?|subscribers?|likes?|shares?|comments?|responses?|claps?|views?|reads?"
          + "|reactions?))"
          + "\\W*",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern START = Pattern.compile(
      "(?:©|\\(c\\)\\s*\\d{4}|copyright\\b|all rights reserved|sign up for (?:our|the) .{0,40}newsletter"
          + "|subscribe to (?:our|the) .{0,40}newsletter|click here to|this (?:site|website) uses cookies"
          + "|we use cookies|by clicking .{0,30}accept|follow us on|share (?:this|on)|related:|read also:"
          + "|also read:|see also:|read more:|more:|related articles?:|recommended:|advertisement\\b"
          + "|photo(?:graph)?s?:|image:|credit:|source: getty|we (?:may )?earn (?:a )?(?:small )?commission"
          + "|this (?:post|article|page) (?:may )?contains? affiliate|as an amazon associate"
          + "|subscribe to |join our |sign up (?:for|to) |get our (?:free )?newsletter|get the latest"
          + "|follow (?:all of )?(?:our|the|[\\w.-]+'s) .{0,40}coverage\\b"
          // a list of the site's other stories or its mailing list ("Don't miss these stories from the Courier:", "Don't
          // miss a thing!": WCXB lists four such lines as without-snippets, its annotators keep none)
          + "|don['\u2019]?t miss (?:a thing|anything|out|these|this|our|any|the latest)\\b"
          // the writer's or the site's accounts ("Follow Ruth Okafor on Bluesky at @ruth…", "Follow me on Instagram")
          + "|follow (?:[\\p{L}\\d.'’&-]+ ){0,6}on (?:x|twitter|bluesky|instagram|threads|linkedin|facebook|mastodon"
          + "|tiktok|youtube|pinterest)\\b"
          + "|(?:published|posted|updated|last updated|last modified|modified)(?: on| at)?:? )",
      Pattern.CASE_INSENSITIVE);

  /** The small words inside a surname: "Sanne de Vries", "Jan van der Berg", "Ana da Silva", "Omar bin Saleh". */
  private static final String NAME_PARTICLES =
      "(?:(?:" + NameParticles.ALTERNATION + ")\\s+){0,3}";

  /**
   * A byline and its meta line: "By" and a capitalised name of two or more words, then anything but
   * a sentence's end ("By Anna Kestrel Updated March 10, 2026 4 min read", "By Paul Frew, Home
   * Security Expert Last Updated on Feb 27, 2026"), or a desk's name with the line's dates ("By
   * Courier reporters Updated December 18, 2026"). A sentence that starts with "By" ends like one
   * ("By Tuesday the water had gone."), and a heading such as "By Audience" names no one. The same
   * in German, Italian, Spanish and Portuguese, French and Polish ("di Giulia Ferraris 4 giugno 2026",
   * "Autor: Katarzyna Nowicka"); the Italian "di" only in lower case, as bylines write it ("Di Maio e
   * Salvini" is a surname), and not the Dutch "Door" ("Door County Sheriff's Office").
   */
  private static final Pattern BYLINE = Pattern.compile(
      "(?:By|BY|[Vv]on|di|[Pp]or|[Pp]ar|[Pp]rzez|Autor:|Autorka:)\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:,?\\s+" + NAME_PARTICLES
          + "\\p{Lu}[\\p{L}.'\u2019-]*(?:[,\\s].*)?"
          + "|(?:\\s+\\S+){1,4}\\s+(?:Updated|Published|Posted|Last updated)\\b.*)(?<![.!?:;\"\u201d])",
      Pattern.DOTALL);

  /** Bylines with their roles and dates run longer than other furniture lines. */
  private static final int MAX_BYLINE_WORDS = 25;

  /** Whether {@code text} is a byline line (see {@link #BYLINE}): who wrote the article, not the article. */
  static boolean isBylineLine(String text) {
    String t = text.strip();
    return TextNormalizer.countWords(t) <= MAX_BYLINE_WORDS && BYLINE.matcher(t).matches();
  }

  /**
   * What a newsroom prints about the article or itself rather than the story, at any length: the
   * print-edition note ("A version of this article appears in print on …"), and the disclosure of
   * who funds a desk ("… receives financial support from … foundations", "… is solely responsible
   * for all content"). News about a newsroom's funding reports it (said, told) and is not matched.
   */
  private static final Pattern PRINT_NOTE = Pattern.compile(
      "(?:a version of )?this (?:article|story) (?:appears|appeared|was published|ran) in (?:print|the print edition)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FUNDING_NOTE = Pattern.compile(
      "\\bis solely responsible for (?:all |the |its |this )?content\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The page's request to stop blocking its ads ("If you use an ad blocker, please turn it off for our site and reload
   * the page", "Please whitelist us in your ad-blocking software"): a review that says a VPN "has a built-in ad blocker"
   * asks nothing of the reader.
   */
  private static final Pattern AD_BLOCKER_NOTE = Pattern.compile(
      "\\b(?:disable|turn off|pause|whitelist|allowlist|deactivate)\\b[^.]{0,40}\\bad[- ]?block(?:er|ers|ing)?\\b"
          + "|\\bad[- ]?block(?:er|ers|ing)?\\b.{0,60}?\\b(?:disable|turn (?:it |them )?off|pause|whitelist|allowlist)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * The newsroom's note on how a machine helped make the piece or a version of it: "This summary was produced with the
   * help of an AI tool and checked by our editors", "This audio version is read by a synthetic voice", "This article
   * was written by our reporters. An AI tool helped to transcribe interviews", "Editor's note: This story was produced
   * with the assistance of AI tools", "Summaries are generated by artificial intelligence". It names the piece first and
   * then the making by a machine; a story that mentions AI ("This newsletter was once called The Guide to AI") makes
   * nothing.
   */
  private static final Pattern MACHINE_NOTE = Pattern.compile(
      "(?:(?:editor'?s'? note|note|disclosure)\\s*[:—-]\\s*)?"
          + "(?:(?:this|the) (?:article|story|summary|audio(?: version)?|recording|transcript|translation|narration|video"
          + "|audio version of this (?:article|story))|(?:these |the |our )?(?:summaries|transcripts|translations))\\b"
          + ".{0,240}?(?:\\b(?:generated|produced|created|written|read|voiced"
          + "|narrated|translated|summari[sz]ed|transcribed|assisted|made)\\b[^.]{0,60}?\\b(?:AI|A\\.I\\.|artificial intelligence"
          + "|synthetic voice|(?:large )?language model|automated voice|text-to-speech|machine translation)\\b"
          + "|\\b(?:AI|A\\.I\\.) (?:tools?|models?|systems?|voices?|software)\\b|\\bAI-(?:generated|assisted|read|voiced|narrated)\\b)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * A copyright notice at any length: "Copyright 2026 The Gazette. All rights reserved. This
   * material may not be published, broadcast, rewritten or redistributed." A year right after the
   * mark, or the reserved rights, tell it from prose that starts with the word ("Copyright lawyers
   * said …").
   */
  private static final Pattern COPYRIGHT_NOTE = Pattern.compile(
      "(?:©|\\(c\\)|copyright\\b\\s*(?:©|\\(c\\))?)\\s*(?:\\d{4}\\b|.{0,80}\\ball rights reserved\\b)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Words that report: text with them tells news about a notice or a note, rather than being one. */
  private static final Pattern REPORTS = Pattern.compile("(?i)\\b(?:said|says|told|according)\\b");

  /** Whether {@code text} reports something ("said", "told", "according to"). */
  static boolean reports(String text) {
    return REPORTS.matcher(text).find();
  }

  /**
   * Whether {@code text} is a note about the article, its funding, its copyright, the machine that helped make it or
   * the reader's ad blocker, not part of the story. Not {@link #isBoilerplate}: such a note is long and stands in the
   * article's own container, which should not pay for it as it pays for furniture; the collector leaves it out.
   */
  static boolean isAboutTheArticle(String text) {
    String t = text.strip();
    return TextNormalizer.countWords(t) <= MAX_BYLINE_WORDS * 3
        && (PRINT_NOTE.matcher(t).lookingAt() || FUNDING_NOTE.matcher(t).find()
            || COPYRIGHT_NOTE.matcher(t).lookingAt() || MACHINE_NOTE.matcher(t).lookingAt()
            || AD_BLOCKER_NOTE.matcher(t).find()) && !reports(t);
  }

  /**
   * A key combination ("Ctrl+Enter", "Strg + C", "⌘+K") in any language: a short line that names one
   * tells the reader how to work the page ("Found a mistake? Select the text and press Ctrl+Enter").
   */
  private static final Pattern KEY_COMBINATION = Pattern.compile(
      "(?i)(?:\\bctrl|\\bstrg|\\bcmd|\\bshift|\\balt|⌘)\\s*\\+\\s*(?:\\p{L}+|\\d)\\b");

  /** A writer's account line without "Follow": "Ruth Okafor is on X as @ruth_echo and on Threads." */
  private static final Pattern ACCOUNT_LINE = Pattern.compile(
      "(?:[\\p{L}.,'’-]+ ){1,8}(?:is|are) on (?:x|twitter|bluesky|instagram|threads|linkedin|facebook|mastodon|tiktok)"
          + "(?: (?:as|at))? @\\S+.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Where a share bar sends the page: services' names, the same in every language. */
  private static final java.util.Set<String> SHARE_TARGETS = java.util.Set.of(
      "facebook", "x", "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "messenger", "threads",
      "bluesky", "mastodon", "tumblr", "xing", "vk", "flipboard", "pocket", "email", "e-mail", "mail", "e-posta", "sms");

  /** A share bar's separators and a label before a colon ("Condividi:", "Partilhar:", "Udostępnij:"). */
  private static final Pattern SHARE_SEPARATORS = Pattern.compile("[\\s·•|/,]+");
  private static final Pattern LABEL_PREFIX = Pattern.compile("^[^:]{1,30}:\\s*");

  /**
   * A share bar in any language: after at most a short label and its colon, nothing but the names
   * of two or more services ("Condividi: Facebook · X · WhatsApp · Email", "Delen: Facebook | X").
   */
  static boolean isShareBar(String text) {
    String rest = LABEL_PREFIX.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
    int targets = 0;
    for (String token : SHARE_SEPARATORS.split(rest)) {
      if (token.isEmpty()) {
        continue;
      }
      if (!SHARE_TARGETS.contains(token)) {
        return false;
      }
      targets++;
    }
    return targets >= 2;
  }

  /** True for a short block that reads as furniture ("Share on Facebook", "© 2025 Example Inc."). */
  static boolean isBoilerplate(String text) {
    if (text.isEmpty()) {
      return true;
    }
    if (isBylineLine(text)) {
      return true;
    }
    if (TextNormalizer.countWords(text) > MAX_WORDS) {
      return false;
    }
    if (KEY_COMBINATION.matcher(text).find()) {
      return true;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    return WHOLE.matcher(t).matches() || START.matcher(t).lookingAt()
        || t.contains("all rights reserved") || ACCOUNT_LINE.matcher(t).matches()
        || PageFurniture.isAdLabel(t) || PageFurniture.isRelatedOrComments(t)
        || isShareBar(t);
  }
}
