package org.storyfuse.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about it: main content, page furniture, or
 * nothing. Generic rules only, no site-specific names. Stateless and thread-safe.
 */
final class BoilerplateHints {

  /** How an element presents itself. */
  enum Hint {
    /** Names itself the article body ("article-body", "entry-content", itemprop=articleBody). */
    BODY,
    /** Looks like content ("article", "post", "story", "content"). */
    POSITIVE,
    NEUTRAL,
    /** May be furniture (a "widget", a "header", "meta"): furniture when its text is not prose. */
    WEAK_FURNITURE,
    /** Page furniture: navigation, sharing, related links, comments, ads, footers, cookie banners. */
    FURNITURE
  }

  private BoilerplateHints() {}

  /** Class/id tokens that mark furniture when a token starts with them. */
  private static final List<String> FURNITURE_PREFIXES = List.of(
      "nav", "menu", "breadcrumb", "crumbs", "footer", "sidebar", "related", "recommend", "share",
      "sharing", "social", "comment", "disqus", "respond", "cookie", "consent", "gdpr",
      "newsletter", "subscri", "signup", "promo", "sponsor", "advert", "adsense", "adslot",
      "adunit", "adsby", "popup", "modal", "pagination", "pager", "outbrain", "taboola",
      "toolbar", "masthead", "topbar", "trending", "popular", "mostread", "morestories",
      "byline", "dateline", "login", "signin", "paywall", "jumplink", "ticker", "tagcloud",
      "taglist", "tags", "disclaimer", "disclosure", "affiliate", "copyright", "searchform",
      "prevnext", "pagenav", "sitemap", "subnav", "flyout", "reaction", "follow", "authorbio",
      "authorbox", "aboutauthor", "aboutthe", "postnav", "readmore", "readnext", "seealso",
      "alsoread", "youmay");

  /** Tokens that mark furniture only when they are the whole token. */
  private static final Set<String> FURNITURE_TOKENS = Set.of(
      "ad", "ads", "adv", "dfp", "gpt", "tag", "prev", "next", "share", "related");

  /**
   * Tokens for containers that are often furniture but also wrap content ("widget" in page
   * builders, "header", "meta"): furniture only when the text inside is not prose.
   */
  private static final List<String> WEAK_PREFIXES = List.of(
      "widget", "header", "meta", "postmeta", "entrymeta", "author", "bio", "writer", "tools", "extra",
      "community", "shop", "popover", "tooltip", "teaser", "cards", "video", "player", "audio",
      "podcast", "gallery", "slideshow", "slider", "similar", "embed", "buttons", "banner",
      "offer", "cta", "breaking", "carousel", "rating", "print", "toc", "tableofcontents",
      "caption", "credit", "utility", "utilities", "notification", "alert", "feedback",
      "survey", "lightbox", "overlay", "dropdown", "legal", "search", "skip", "hidden");

  private static final Set<String> WEAK_TOKENS = Set.of(
      "more", "links", "foot", "aside", "side", "reading");

  /** First words of CSS utility classes ("margin-bottom-small", "text-center", "col-md-4"): not roles. */
  private static final Set<String> UTILITY_FIRST = Set.of(
      "m", "mt", "mb", "ml", "mr", "mx", "my", "p", "pt", "pb", "pl", "pr", "px", "py", "margin",
      "padding", "border", "rounded", "text", "font", "bg", "background", "align", "float", "flex",
      "grid", "col", "cols", "column", "row", "width", "w", "h", "height", "max", "min",
      "position", "display", "d", "justify", "items", "gap", "space", "shadow", "z", "top",
      "bottom", "left", "right", "order", "offset", "visible", "hidden", "large", "small",
      "medium", "xlarge", "xsmall", "sm", "md", "lg", "xl", "xxl", "color", "line", "leading",
      "tracking", "overflow", "opacity", "cursor", "transition", "animate", "u", "is", "has");

  /** Prefixes that look like content. */
  private static final List<String> POSITIVE_PREFIXES = List.of(
      "article", "content", "entry", "post", "story", "body", "main", "text", "prose", "blog",
      "richtext", "markdown", "hentry", "news", "page");

  /** First tokens of "X-body"/"X-content" pairs that name the article body. */
  private static final Set<String> BODY_FIRST = Set.of(
      "article", "entry", "post", "story", "blog", "news", "content", "main", "page", "rich",
      "single", "body", "td-post", "c-entry", "article__body", "itemfull");

  private static final Set<String> BODY_SECOND = Set.of(
      "body", "content", "text", "entry", "copy", "main", "article", "inner", "prose");

  private static final Set<String> BODY_WHOLE = Set.of(
      "articlebody", "articletext", "articlecontent", "entrycontent", "postcontent", "postbody",
      "storybody", "storycontent", "bodytext", "maincontent", "articlecopy", "storytext",
      "posttext", "blogpost", "blogcontent", "contentbody", "richtext", "prose", "markdown",
      "entrybody", "newsbody", "articleinner", "textcontent", "postentry", "singlecontent",
      "pagecontent", "articlebodytext");

  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "menu", "dialog", "form");

  private static final Set<String> WEAK_FURNITURE_TAGS = Set.of("aside", "header", "figcaption");

  private static final Set<String> FURNITURE_ROLES = Set.of(
      "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
      "dialog", "alertdialog", "toolbar", "tablist", "tooltip", "alert");

  /** WordPress-style post_class markers: their presence means the taxonomy classes describe the post. */
  private static final Pattern POST_CLASS_MARKER = Pattern.compile("^(type|status|format)-[a-z0-9_-]+$");
  private static final Pattern TAXONOMY_CLASS =
      Pattern.compile("^(tag|category|categories|author|format|status|type|postid|term|has|is)-.+$");

  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  /** What the element's own attributes say (ancestors are not looked at). */
  static Hint of(Element el) {
    String itemprop = el.attr("itemprop");
    if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("reviewBody")) {
      return Hint.BODY;
    }
    String role = el.attr("role").toLowerCase(Locale.ROOT);
    String tag = el.normalName();
    // component names that frameworks write where older markup wrote classes ("byline-block", "links-block")
    String classes = describingClasses(el.className()) + componentNames(el);
    String id = describingId(el);
    // a block's data name tells furniture ("ad", "newsletter", "bio"), not the body: every paragraph
    // of a body can be a block named "text"
    List<String> tokens = tokens(classes + " " + id + blockNames(el));
    boolean body = namesBody(tokens(withoutComponentParts(classes) + " " + id));
    boolean furniture = FURNITURE_ROLES.contains(role) || FURNITURE_TAGS.contains(tag);
    boolean weak = WEAK_FURNITURE_TAGS.contains(tag);
    // a custom element's tag names it only when it says furniture outright (<ad-slot>,
    // <newsletter-signup>); a <side-note> is the author's aside, not a sidebar
    if (tag.indexOf('-') > 0) {
      for (String t : tokens(tag)) {
        furniture |= FURNITURE_TOKENS.contains(t) || startsWithAny(t, FURNITURE_PREFIXES);
      }
    }
    for (int i = 0; i < tokens.size() && !furniture; i++) {
      String t = tokens.get(i);
      String pair = i + 1 < tokens.size() ? t + tokens.get(i + 1) : "";
      if (FURNITURE_TOKENS.contains(t) || startsWithAny(t, FURNITURE_PREFIXES)
          || (!pair.isEmpty() && startsWithAny(pair, FURNITURE_PREFIXES) && !startsWithAny(t, POSITIVE_PREFIXES))) {
        furniture = !t.startsWith("commentar");
      } else if (WEAK_TOKENS.contains(t) || startsWithAny(t, WEAK_PREFIXES)) {
        weak = true;
      }
    }
    if (body) {
      return furniture && FURNITURE_TAGS.contains(tag) ? Hint.FURNITURE : Hint.BODY;
    }
    if (furniture) {
      return Hint.FURNITURE;
    }
    if (weak) {
      return Hint.WEAK_FURNITURE;
    }
    if (tag.equals("article") || tag.equals("main") || role.equals("main")) {
      return Hint.POSITIVE;
    }
    for (String t : tokens) {
      if (startsWithAny(t, POSITIVE_PREFIXES)) {
        return Hint.POSITIVE;
      }
    }
    return Hint.NEUTRAL;
  }

  private static boolean namesBody(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (BODY_WHOLE.contains(t)) {
        return true;
      }
      if (i + 1 < tokens.size() && BODY_FIRST.contains(t) && BODY_SECOND.contains(tokens.get(i + 1))
          && !t.equals(tokens.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The classes without those that name a part of a component by a furniture word: in BEM and
   * CSS-module names ("ArticleContent__imageBlock_caption__x1Yz", "article-body__share-bar") the
   * component's name comes first and is repeated on every part inside it, so only what follows
   * "__" says what the element is. Such a part is not the article body because its component is.
   */
  static String withoutComponentParts(String classes) {
    if (!classes.contains("__")) {
      return classes;
    }
    StringBuilder out = new StringBuilder();
    for (String c : classes.split("\\s+")) {
      int part = c.indexOf("__");
      if (part > 0 && namesFurniture(tokens(c.substring(part + 2)))) {
        continue;
      }
      out.append(c).append(' ');
    }
    return out.toString();
  }

  private static boolean namesFurniture(List<String> tokens) {
    for (String t : tokens) {
      if (FURNITURE_TOKENS.contains(t) || startsWithAny(t, FURNITURE_PREFIXES) || WEAK_TOKENS.contains(t)
          || startsWithAny(t, WEAK_PREFIXES)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Regions that are furniture even when they are all prose: a {@code <footer>}, or an element whose
   * class or id starts with "footer", "disclaimer" or "disclosure" — what closes a page or an article
   * (legal notes, testimonials, the site's address, an adviser's regulatory notice) — or with "modal"
   * or "popup": a box the page opens over the article on demand ("Why trust us", "Fact checked",
   * a sign-up form's pitch), never part of its running text.
   */
  static boolean isProseFurniture(Element el) {
    if (el.normalName().equals("footer")) {
      return true;
    }
    for (String t : tokens(el.className() + " " + el.id())) {
      if (t.startsWith("footer") || t.startsWith("disclaimer") || t.startsWith("disclosure")
          || t.startsWith("modal") || t.startsWith("popup")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names itself the writer's box ("the-author", "author_wrapper", "BlogAuthorProfile_profile",
   * "post-author-wrapper", "writer", a block named "bio"): the writer's name and a paragraph about
   * them, prose that is not the article's. Whole tokens only ("authority", "biology" are not it).
   */
  static boolean namesTheWriter(Element el) {
    for (String t : tokens(el.className() + " " + el.id() + blockNames(el))) {
      if (t.equals("author") || t.equals("authors") || t.equals("writer") || t.equals("bio")) {
        return true;
      }
    }
    return false;
  }

  /** Names itself a comment or discussion region: furniture even when it is all prose. */
  static boolean isDiscussion(Element el) {
    for (String t : tokens(el.className() + " " + el.id())) {
      if ((t.startsWith("comment") && !t.startsWith("commentar")) || t.startsWith("disqus")
          || t.startsWith("respond") || t.startsWith("repl") || t.startsWith("discussion")
          || t.startsWith("forum")) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String token, List<String> prefixes) {
    for (String p : prefixes) {
      if (token.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The element's id, unless it is a heading's anchor: tables of contents link to headings by an id
   * made from their own words ("how-to-share-a-plan", "h-related-costs"), which say what the section
   * is about, not what role it plays on the page.
   */
  static String describingId(Element el) {
    String id = el.id();
    if (id.isEmpty() || SectionLabels.rank(el) == 0) {
      return id;
    }
    String idSlug = String.join("-", tokens(id));
    String textSlug = String.join("-", tokens(el.text()));
    if (idSlug.startsWith("h-")) {
      idSlug = idSlug.substring(2); // WordPress's block headings
    }
    return idSlug.length() >= 3 && textSlug.startsWith(idSlug) ? "" : id;
  }

  /**
   * The class attribute without the classes that describe the post rather than the element
   * ("tag-politics", "author-jane", "category-news" next to "type-post status-publish").
   */
  static String describingClasses(String className) {
    if (className == null || className.isBlank()) {
      return "";
    }
    String[] classes = className.strip().split("\\s+");
    boolean postClass = false;
    for (String c : classes) {
      if (POST_CLASS_MARKER.matcher(c.toLowerCase(Locale.ROOT)).matches()) {
        postClass = true;
        break;
      }
    }
    StringBuilder out = new StringBuilder();
    for (String c : classes) {
      String lower = c.toLowerCase(Locale.ROOT);
      if (postClass && TAXONOMY_CLASS.matcher(lower).matches()) {
        continue;
      }
      int dash = indexOfSeparator(lower);
      if (dash > 0 && UTILITY_FIRST.contains(lower.substring(0, dash))) {
        continue;
      }
      out.append(c).append(' ');
    }
    return out.toString();
  }

  private static int indexOfSeparator(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '-' || ch == '_' || ch == ':') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The names a component framework gives the element instead of (or beside) classes: the values of
   * {@code data-component} and {@code data-testid}, with a leading space, or "" when there are none.
   * (A custom element's tag, {@code <newsletter-signup>}, is read in {@link #of} when it names
   * furniture outright.)
   */
  static String componentNames(Element el) {
    return attrName(el, "data-component") + attrName(el, "data-testid");
  }

  /** The values of {@code data-block} and {@code data-module}, with a leading space, or "". */
  static String blockNames(Element el) {
    return attrName(el, "data-block") + attrName(el, "data-module");
  }

  private static String attrName(Element el, String attribute) {
    String value = el.attr(attribute);
    return value.isEmpty() ? "" : " " + value;
  }

  /** Lowercase tokens of a class/id string: "post__shareBar js-x" → post, share, bar, js, x. */
  static List<String> tokens(String names) {
    List<String> out = new ArrayList<>();
    if (names == null || names.isBlank()) {
      return out;
    }
    String s = names.length() > 400 ? names.substring(0, 400) : names;
    String spaced = CAMEL.matcher(s).replaceAll("-").toLowerCase(Locale.ROOT);
    for (String t : SEPARATORS.split(spaced)) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
