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
    /** Page furniture: navigation, sharing, related links, comments, ads, footers, cookie banners. */
    FURNITURE
  }

  private BoilerplateHints() {}

  /** Class/id tokens that mark furniture when a token starts with them. */
  private static final List<String> FURNITURE_PREFIXES = List.of(
      "nav", "menu", "breadcrumb", "footer", "sidebar", "widget", "related", "recommend",
      "share", "sharing", "social", "comment", "disqus", "respond", "cookie", "consent", "gdpr",
      "newsletter", "subscri", "signup", "promo", "sponsor", "advert", "adsense", "adslot",
      "adunit", "banner", "popup", "modal", "pagination", "pager", "outbrain", "taboola",
      "toolbar", "masthead", "topbar", "trending", "popular", "mostread", "morestories",
      "byline", "dateline", "skip", "login", "signin", "paywall", "offer", "cta", "jumplink",
      "breaking", "ticker", "carousel", "tagcloud", "taglist", "tags", "author", "bio",
      "disclaimer", "disclosure", "affiliate", "copyright", "print", "rating", "reaction",
      "follow", "meta", "postmeta", "entrymeta", "header", "searchform", "search", "adsby",
      "toc", "tableofcontents", "crumbs", "caption", "credit", "prevnext", "pagenav",
      "utility", "utilities", "notification", "alert", "feedback", "survey", "lightbox",
      "overlay", "dropdown", "sitemap", "legal", "subnav", "flyout");

  /** Tokens that mark furniture only when they are the whole token. */
  private static final Set<String> FURNITURE_TOKENS = Set.of(
      "ad", "ads", "adv", "dfp", "gpt", "tag", "tools", "more", "prev", "next", "foot", "aside",
      "side", "links", "extra", "extras", "community", "shop", "shopping", "popover", "tooltip",
      "teaser", "teasers", "cards", "video", "player", "audio", "podcast", "gallery",
      "slideshow", "slider", "similar", "reading", "readmore", "embed", "buttons");

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

  private static final Set<String> FURNITURE_TAGS = Set.of(
      "nav", "aside", "footer", "header", "menu", "dialog", "select", "button");

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
    List<String> tokens = tokens(describingClasses(el.className()) + " " + el.id());
    if (tokens.isEmpty()) {
      if (FURNITURE_ROLES.contains(role) || FURNITURE_TAGS.contains(tag)) {
        return Hint.FURNITURE;
      }
      return tag.equals("article") || tag.equals("main") || role.equals("main")
          ? Hint.POSITIVE : Hint.NEUTRAL;
    }
    boolean body = false;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (BODY_WHOLE.contains(t)) {
        body = true;
      }
      if (i + 1 < tokens.size() && BODY_FIRST.contains(t) && BODY_SECOND.contains(tokens.get(i + 1))
          && !(t.equals(tokens.get(i + 1)))) {
        body = true;
      }
    }
    boolean furniture = FURNITURE_ROLES.contains(role) || FURNITURE_TAGS.contains(tag);
    for (int i = 0; i < tokens.size() && !furniture; i++) {
      String t = tokens.get(i);
      if (FURNITURE_TOKENS.contains(t)) {
        furniture = true;
        break;
      }
      for (String p : FURNITURE_PREFIXES) {
        if (t.startsWith(p) && !t.startsWith("commentar")) {
          furniture = true;
          break;
        }
      }
      if (i + 1 < tokens.size()) {
        String pair = t + tokens.get(i + 1);
        if (pair.equals("signup") || pair.equals("readmore") || pair.equals("mostread")
            || pair.equals("seealso") || pair.equals("alsoread") || pair.equals("youmay")
            || pair.equals("morestories") || pair.equals("keepreading") || pair.equals("postnav")) {
          furniture = true;
        }
      }
    }
    if (body && !furniture) {
      return Hint.BODY;
    }
    if (furniture) {
      // a wrapper that names itself the body wins over incidental furniture words ("entry-content
      // has-share-buttons"), but only for containers, not for the furniture tags themselves
      return body && !FURNITURE_TAGS.contains(tag) ? Hint.BODY : Hint.FURNITURE;
    }
    if (tag.equals("article") || tag.equals("main") || role.equals("main")) {
      return Hint.POSITIVE;
    }
    for (String t : tokens) {
      for (String p : POSITIVE_PREFIXES) {
        if (t.startsWith(p)) {
          return Hint.POSITIVE;
        }
      }
    }
    return Hint.NEUTRAL;
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
      if ((postClass && TAXONOMY_CLASS.matcher(lower).matches())
          || lower.startsWith("has-") || lower.startsWith("is-")) {
        continue;
      }
      out.append(c).append(' ');
    }
    return out.toString();
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
