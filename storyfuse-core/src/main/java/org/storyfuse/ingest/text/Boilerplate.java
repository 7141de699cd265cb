package org.storyfuse.ingest.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.text.lexicon.PageFurniture;

/**
 * The generic vocabulary of news-page furniture, one rule per kind. Each rule looks at a whole
 * line and only fires on short lines, so a sentence that happens to start with "Share" or
 * "Photo" stays body text.
 */
final class Boilerplate {

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * The heading of the comments under the article: "244 thoughts on “…”", "59 Comments on “…”",
   * "10 comments:" (a blog's), "Comments (12)", "Join the conversation", "Leave a Reply" (the form,
   * under the comments or alone); not "6 Comments", which is also a counter beside the byline.
   */
  private static final String COMMENTS_HEADING =
      "[0-9][0-9,.]*\\s+(?:thoughts?\\s+on|comments?\\s+on|responses?\\s+to|replies)|comments?\\s*\\([0-9]+(?=\\))"
          + "|[0-9][0-9,.]*\\s+comments?(?=\\s*:\\s*$)"
          + "|(?:join|start)\\s+the\\s+(?:conversation|discussion)|leave\\s+a\\s+(?:comment|reply)";

  private static final Pattern COMMENTS = Pattern.compile("^(?:" + COMMENTS_HEADING + ")\\b", CI);

  /** Markers after which a page lists other stories, or its readers' comments: the article is over. */
  private static final Pattern CUT_OFF =
      Pattern.compile(
          "^(?:(?:previous|prev|next|older|newer)\\s+(?:story|article|post|news|item|page)"
              + "|related\\s+(?:posts?|articles?|stories|news|content|coverage|topics|reading|links)"
              + "|more\\s+(?:from|stories|news|articles|videos|to\\s+read|on\\s+this)"
              + "|(?:latest|recent)\\s+(?:from|news|stories|articles|posts|videos)"
              + "|you\\s+(?:may|might)\\s+(?:also\\s+)?(?:like|enjoy|be\\s+interested)"
              // "Recommended" heads the page's picks alone or with its own words, not "Recommended courses:"
              // over a roundup's list
              + "|recommended(?:\\s+(?:for\\s+you|stories|articles|reading|posts|videos))?(?=\\W*$|\\s*[:|»>]\\s*\\S)"
              + "|(?:most\\s+(?:read|popular|viewed|shared))|trending(?:\\s+now)?|top\\s+stories"
              + "|editor['’]?s\\s+picks?|don['’]?t\\s+miss|also\\s+on"
              + "|" + COMMENTS_HEADING + ")\\b",
          CI);

  /** Link lines: "ALSO READ: …", "Read more", "See also: …". */
  private static final Pattern SEE_ALSO =
      Pattern.compile(
          "^(?:(?:also\\s+read|read\\s+also|read\\s+more|see\\s+also|more\\s+on)\\b"
              + "|(?:read|watch|listen|related)\\s*[:|>»])",
          CI);

  /** Cut-off and link markers are short lines: a headline at most follows the marker. */
  private static final int MAX_MARKER_WORDS = 14;

  /** Words that make up share bars, counters and page controls. */
  private static final Set<String> CONTROLS =
      Set.of(
          "share", "shares", "shared", "sharing", "tweet", "tweets", "total", "email", "e-mail",
          "mail", "print", "comment", "comments", "like", "likes", "view", "views", "reaction",
          "reactions", "facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "telegram",
          "reddit", "messenger", "copy", "link", "save", "saved", "bookmark", "follow", "subscribe",
          "advertisement", "advertisment", "ad", "ads", "sponsored", "menu", "search", "home",
          "login", "logout", "sign", "register", "close", "top", "back", "to", "go", "scroll",
          "skip", "content", "main", "us", "on", "this", "article", "story", "in", "up", "leave",
          "a", "reply", "post", "tags", "continue", "reading", "loading", "listen", "audio", "toggle", "pin",
          "navigation", "site", "open", "sidebar");

  /** Filler words that alone do not make a control line ("on this", "in"). */
  private static final Set<String> FILLER = Set.of("to", "us", "on", "this", "in", "up", "a", "main");

  private static final int MAX_CONTROL_WORDS = 16;

  private static final Pattern COUNTER_NUMBER = Pattern.compile("[0-9][0-9.,]*[kKmM]?");

  private static final Pattern READ_TIME =
      Pattern.compile(
          "^(?:(?:estimated\\s+)?(?:reading|read)\\s+time\\b.{0,30}"
              + "|[0-9]+\\s*(?:-\\s*)?(?:min(?:ute)?s?|mins?)\\.?\\s*(?:read|reading|to\\s+read)?)$",
          CI);

  /** "International Desk", "Staff Reporter", "Our Correspondent": a desk, not an author. */
  private static final Pattern DESK =
      Pattern.compile(
          "^(?:[\\p{L}&.'-]+\\s+){0,3}(?:desk|bureau|correspondent|reporter|staff)(?:\\s+report)?$", CI);

  private static final int MAX_DESK_WORDS = 4;

  /** "Photo: Collected", "Image credit: Reuters", "Source: AFP": a credit line, not a caption. */
  private static final Pattern CREDIT =
      Pattern.compile(
          "^(?:file\\s+)?(?:photos?|photograph|image|picture|pic|video|graphic|illustration|source"
              + "|courtesy|credits?)(?:\\s+(?:credits?|courtesy|source))?\\s*[:|/-]\\s*\\S.{0,60}$",
          CI);

  private static final int MAX_CREDIT_WORDS = 8;

  /** "(Esta Media Network/Reuters)", "(With inputs from agencies)", "— AFP": agency credits. */
  private static final Pattern AGENCY =
      Pattern.compile(
          "^(?:\\([^()]{1,80}\\)|\\[[^\\[\\]]{1,80}\\]"
              + "|[-–—]+\\s*\\p{Lu}[\\p{L}.&'/]*(?:\\s+\\p{Lu}[\\p{L}.&'/]*){0,2})$");

  private static final int MAX_AGENCY_WORDS = 8;

  /** "Reporting by …; Editing by …" and similar production credits. */
  private static final Pattern PRODUCTION =
      Pattern.compile(
          "^\\(?(?:additional\\s+)?(?:reporting|writing|editing|edited|compiled|translated|"
              + "produced|written)\\s+by\\b",
          CI);

  /** Editorial notes about the page itself: "*This story was updated at …". */
  private static final Pattern NOTE =
      Pattern.compile(
          "^[*†]?\\s*(?:this\\s+(?:story|article|report|post|piece|page)\\s+(?:was|has\\s+been|is)"
              + "\\s+(?:(?:first|originally|last)\\s+)?(?:updated|corrected|amended|edited|published"
              + "|posted)|(?:(?:first|originally|last)\\s+)?(?:published|updated|posted|modified)\\s*:?"
              + "(?:\\s+(?:at|on)\\b|\\s*[0-9]|\\s*$)|[0-9]+\\s+(?:minutes?|hours?|days?)\\s+ago$)",
          CI);

  private static final int MAX_NOTE_WORDS = 16;

  /** Label lines: "Tags: …", "Filed under …", copyright. */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:tags?|topics?|filed\\s+under|categories|category|keywords)\\s*[:|]"
              + "|^(?:©|\\(c\\)|copyright\\s*(?:©|\\(c\\)|[0-9]|by\\b|of\\b|notice\\b|$))"
              + "|all\\s+rights\\s+reserved",
          CI);

  /**
   * A cookie-consent panel's text: its banner ("This website uses cookies…", "We use cookies to…")
   * and the descriptions of its categories ("Necessary cookies are absolutely essential…"), in the
   * words the consent plugins ship. A report about cookies words its sentences otherwise.
   */
  private static final Pattern CONSENT =
      Pattern.compile(
          "^(?:(?:this|our)\\s+(?:web\\s?site|site)\\s+uses\\s+cookies|we\\s+(?:also\\s+)?use\\s+(?:third-party\\s+)?cookies"
              + "|(?:strictly\\s+)?(?:necessary|functional|performance|analytic(?:al|s)?|advertisement|marketing|targeting"
              + "|preference|uncategori[sz]ed|other)\\s+cookies\\s+(?:are|help|include)"
              + "|any\\s+cookies\\s+that\\s+may\\s+not\\s+be)\\b",
          CI);

  /** A consent panel's paragraphs run long; an article's paragraph on cookies is no shorter, but worded otherwise. */
  private static final int MAX_CONSENT_WORDS = 120;

  /** "Story continues below advertisement", "Article continues after this ad": an ad slot's label. */
  private static final Pattern CONTINUES_BELOW =
      Pattern.compile(
          "^(?:the\\s+)?(?:story|article|text|content|post)\\s+continues\\s+(?:below|after)"
              + "(?:\\s+(?:the|this))?(?:\\s+(?:advertisement|advert|ad|ads|video))?\\.?$",
          CI);

  /** Lines with no letter or digit at all: rules, bullets, ornaments. */
  private static final Pattern HAS_WORD_CHAR = Pattern.compile("[\\p{L}\\p{N}]");

  private static final Set<String> COMPACTED_CONTROLS =
      Set.of("gototop", "backtotop", "scrolltotop", "skiptocontent", "skiptomaincontent",
          "leaveacomment", "leaveareply", "postacomment", "clickheretoreadmore");

  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s+[|>»›/▸→]\\s+");

  private static final int MAX_CRUMB_WORDS = 3;

  private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s|/•·]+");

  private Boilerplate() {}

  static boolean isCutOff(String line, int words) {
    return words <= MAX_MARKER_WORDS && cutOffMarker(line) == MarkerUse.SECTION && !Prose.isProse(line)
        // the same markers in another language, alone on their line: "Lesen Sie auch", "Kommentare (12)"
        || words <= MAX_FOREIGN_LABEL_WORDS && PageFurniture.isRelatedOrComments(line.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * A cut-off line that opens the readers' comments: what follows is never a box inside the article,
   * however much it talks about the article's topic.
   */
  static boolean opensComments(String line) {
    return COMMENTS.matcher(line).find();
  }

  static boolean isSeeAlso(String line, int words) {
    return words <= MAX_MARKER_WORDS
        && (SEE_ALSO.matcher(line).find() || cutOffMarker(line) == MarkerUse.LINK) && !Prose.isProse(line);
  }

  /** How a line uses a cut-off marker: not at all, as a section's heading, or as the label of one link. */
  private enum MarkerUse { NONE, SECTION, LINK }

  /**
   * A marker with a headline after its colon ("Recommended: Best coding bootcamps in NYC", "Don't Miss:
   * Program Management Software for …") labels one link inside the article, as "Read more: …" does;
   * alone or with its own words ("Recommended for you", "More from the Courier") it heads the page's
   * lists after the article.
   */
  private static MarkerUse cutOffMarker(String line) {
    Matcher m = CUT_OFF.matcher(line);
    if (!m.find()) {
      return MarkerUse.NONE;
    }
    return HEADLINE_AFTER_LABEL.matcher(line).region(m.end(), line.length()).lookingAt()
        ? MarkerUse.LINK : MarkerUse.SECTION;
  }

  /** A label's separator and then at least two words: a headline. */
  private static final Pattern HEADLINE_AFTER_LABEL = Pattern.compile("\\s*[:|»>]\\s*[\\p{L}\\p{N}\"“‘'][^\\s]*\\s+\\S");

  /** A cookie-consent panel's paragraph: furniture though it reads as running prose. */
  static boolean isConsentNotice(String line, int words) {
    return words <= MAX_CONSENT_WORDS && CONSENT.matcher(line).find();
  }

  /** Page furniture that is never body text, wherever it stands. */
  static boolean isFurniture(String line, int words) {
    return !HAS_WORD_CHAR.matcher(line).find()
        || isControls(line, words)
        || READ_TIME.matcher(line).matches()
        || (words <= MAX_DESK_WORDS && DESK.matcher(line).matches())
        || (words <= MAX_CREDIT_WORDS && CREDIT.matcher(line).matches())
        || (words <= MAX_AGENCY_WORDS && AGENCY.matcher(line).matches())
        || PRODUCTION.matcher(line).find()
        || (words <= MAX_NOTE_WORDS && NOTE.matcher(line).find())
        || LABEL.matcher(line).find()
        || isCompactedControl(line)
        || isBreadcrumb(line)
        || CONTINUES_BELOW.matcher(line).matches()
        || isForeignAdLabel(line, words);
  }

  /** "Home | News | Port Kestrel", "World › Europe": short items between separators. */
  private static boolean isBreadcrumb(String line) {
    String[] parts = CRUMB_SEPARATOR.split(line, -1);
    if (parts.length < 3 && !line.toLowerCase(Locale.ROOT).startsWith("home")) {
      return false;
    }
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      int words = Prose.words(part);
      if (words == 0 || words > MAX_CRUMB_WORDS) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern TRAIL_LABEL = Pattern.compile("^(?i:you\\s+are\\s+here|location)\\s*:\\s*");

  /**
   * The page's own headline where a breadcrumb trail or a tab title ends or starts with it: "Home »
   * Recipes » Beginners Sourdough Bread Recipe", "Car Talk / Car Reviews / Best EVs of 2026", "How
   * meditation rewires brains | Opinion" — the one long part between separators, when every other
   * part is a crumb's few words.
   */
  static Optional<String> headlineInATrail(String line) {
    String[] parts = CRUMB_SEPARATOR.split(TRAIL_LABEL.matcher(line).replaceFirst(""), -1);
    if (parts.length < 2 || parts.length == 2 && line.contains(" / ")) {
      // one slash is a headline's "or" ("Best Movers / Moving Companies"); a trail has more
      return Optional.empty();
    }
    String longest = null;
    int shortOnes = 0;
    for (String part : parts) {
      int words = Prose.words(part);
      if (words > 0 && words <= MAX_CRUMB_WORDS) {
        shortOnes++;
      } else if (longest == null && words > MAX_CRUMB_WORDS) {
        longest = part.strip();
      } else {
        return Optional.empty(); // an empty part, or two long ones: a list of headlines, no trail
      }
    }
    return shortOnes == parts.length - 1 ? Optional.ofNullable(longest) : Optional.empty();
  }

  /** A few words: an ad slot's label or a related-links heading in another language ("Anzeige", "Lesen Sie auch"). */
  private static final int MAX_FOREIGN_LABEL_WORDS = 6;

  /** An ad slot's label in another language ("Anzeige", "Publicidad", "Реклама"). */
  private static boolean isForeignAdLabel(String line, int words) {
    return words <= MAX_FOREIGN_LABEL_WORDS && PageFurniture.isAdLabel(line.strip().toLowerCase(Locale.ROOT));
  }

  /** Only counter numbers and control words: "Total", "0", "Share", "12 Shares", "Follow us". */
  private static boolean isControls(String line, int words) {
    if (words > MAX_CONTROL_WORDS) {
      return false;
    }
    boolean meaningful = false;
    for (String raw : TOKEN_SEPARATOR.split(line.toLowerCase(Locale.ROOT))) {
      String token = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (token.isEmpty()) {
        continue;
      }
      if (COUNTER_NUMBER.matcher(token).matches()) {
        meaningful = true;
      } else if (CONTROLS.contains(token)) {
        meaningful |= !FILLER.contains(token);
      } else {
        return false;
      }
    }
    return meaningful;
  }

  /** Controls whose spaces were lost in the capture: "Go toTop", "Backto top". */
  private static boolean isCompactedControl(String line) {
    if (line.length() > 24) {
      return false;
    }
    return COMPACTED_CONTROLS.contains(line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
  }
}
