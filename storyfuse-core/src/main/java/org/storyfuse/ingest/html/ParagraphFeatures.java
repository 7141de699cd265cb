package org.storyfuse.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a learned filter may know about one paragraph the collector kept: its shape (length, links,
 * punctuation, capitals, digits), where it stands in the article (share of the words before it,
 * after the last prose), its element and the elements between it and the content root (tag kinds,
 * a fixed list of generic class and id words), its neighbours, and whether the page repeats it.
 * Nothing names a site: the class words are the ones themes everywhere use ("comment", "related",
 * "promo"), so a weight learnt on some sites says the same on others.
 */
final class ParagraphFeatures {

  private ParagraphFeatures() {}

  /** Generic words of class and id names between a paragraph and the content root. */
  static final List<String> CLASS_WORDS = List.of(
      "comment", "related", "promo", "share", "social", "author", "bio", "meta", "footer", "header",
      "sidebar", "widget", "ad", "ads", "newsletter", "subscribe", "caption", "credit", "tag", "tags",
      "category", "nav", "menu", "breadcrumb", "card", "teaser", "excerpt", "summary", "note",
      "disclaimer", "box", "callout", "quote", "toc", "faq", "review", "rating", "product", "price",
      "cta", "button", "signup", "form", "list", "item", "table", "content", "body", "article", "entry",
      "post", "text", "main", "story", "info", "title", "date", "time", "description", "intro", "lead",
      "wp", "block", "container", "wrapper", "section", "row", "col", "grid", "inner", "testimonial",
      "banner", "alert", "tip", "embed", "media", "image", "video", "gallery", "spec", "specs", "pros",
      "cons", "code", "highlight", "references", "footnote", "source", "sources", "recipe", "step");

  private static final List<String> TAGS = List.of(
      "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "div", "blockquote", "pre", "dd", "dt", "span");

  private static final List<String> ANCESTOR_TAGS = List.of(
      "li", "table", "aside", "footer", "header", "nav", "figure", "blockquote", "form", "dl", "section", "article",
      "pre", "strong", "em", "a");

  private static final Set<String> CALL_TO_ACTION = Set.of(
      "subscribe", "sign", "click", "share", "follow", "read", "download", "join", "get", "learn", "check", "see",
      "watch", "register", "contact", "buy", "shop", "call", "book", "order", "try", "discover", "explore", "visit",
      "like", "leave", "send", "tap", "view", "find", "start", "save");

  private static final Set<String> READER = Set.of("you", "your", "you're", "yours", "we", "our", "us");

  private static final Pattern TOKEN = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z]+");

  private static final List<String> NAMES = names();

  /** The features' names, in the order {@link #of} gives them. */
  static List<String> names() {
    if (NAMES != null) {
      return NAMES;
    }
    List<String> n = new ArrayList<>(List.of(
        "bias", "log_words", "link_density", "punct_per_word", "ends_sentence", "capitalised_share",
        "digit_share", "reader_share", "call_to_action", "short", "prose", "words_before_share",
        "after_last_prose", "index_share", "first", "last", "depth_below_root", "depth_off_mode",
        "repeated_on_page", "prev_prose", "next_prose", "prev_link_density", "next_link_density",
        "same_parent_prev", "same_parent_next", "own_words_share", "question", "colon_end",
        "all_caps", "quoted", "region_words_share", "region_is_largest", "region_after_largest",
        "region_before_largest", "region_prose_share"));
    for (String t : TAGS) {
      n.add("tag_" + t);
    }
    n.add("tag_other");
    for (String t : ANCESTOR_TAGS) {
      n.add("in_" + t);
    }
    for (String w : CLASS_WORDS) {
      n.add("class_" + w);
    }
    return List.copyOf(n);
  }

  /**
   * The features of {@code picked[i]}: the collector's paragraphs in reading order, {@code root} the
   * content root, {@code blocks} all of the page's blocks (to tell text the page repeats).
   */
  static List<double[]> of(List<TextBlock> picked, Element root, List<TextBlock> blocks) {
    Map<String, Integer> onPage = new HashMap<>();
    for (TextBlock b : blocks) {
      onPage.merge(b.text(), 1, Integer::sum);
    }
    int total = 0;
    int lastProse = -1;
    for (int i = 0; i < picked.size(); i++) {
      total += picked.get(i).words();
      if (picked.get(i).isProse()) {
        lastProse = i;
      }
    }
    int[] depths = new int[picked.size()];
    Map<Integer, Integer> depthCount = new HashMap<>();
    for (int i = 0; i < picked.size(); i++) {
      depths[i] = depthBelow(picked.get(i).owner(), root);
      if (picked.get(i).isProse()) {
        depthCount.merge(depths[i], picked.get(i).words(), Integer::sum);
      }
    }
    int modeDepth = depthCount.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(0);
    // the root's child each paragraph sits in: a region of the content (the body, a box after it)
    Element[] regions = new Element[picked.size()];
    Map<Element, int[]> regionWords = new java.util.IdentityHashMap<>(); // words, prose words, first index
    for (int i = 0; i < picked.size(); i++) {
      regions[i] = regionOf(picked.get(i).owner(), root);
      int[] rw = regionWords.computeIfAbsent(regions[i], r -> new int[3]);
      rw[0] += picked.get(i).words();
      rw[1] += picked.get(i).isProse() ? picked.get(i).words() : 0;
    }
    Element largest = null;
    int largestWords = -1;
    int largestFirst = 0;
    int largestLast = 0;
    for (int i = 0; i < picked.size(); i++) {
      int w = regionWords.get(regions[i])[1];
      if (w > largestWords) {
        largestWords = w;
        largest = regions[i];
      }
    }
    for (int i = 0; i < picked.size(); i++) {
      if (regions[i] == largest) {
        largestLast = i;
      }
    }
    for (int i = picked.size() - 1; i >= 0; i--) {
      if (regions[i] == largest) {
        largestFirst = i;
      }
    }
    List<double[]> out = new ArrayList<>(picked.size());
    int before = 0;
    for (int i = 0; i < picked.size(); i++) {
      TextBlock b = picked.get(i);
      TextBlock prev = i > 0 ? picked.get(i - 1) : null;
      TextBlock next = i + 1 < picked.size() ? picked.get(i + 1) : null;
      double[] f = new double[NAMES.size()];
      int k = 0;
      String text = b.text();
      String[] tokens = TOKEN.split(text.strip());
      int words = Math.max(1, b.words());
      int caps = 0;
      int digits = 0;
      int reader = 0;
      for (String t : tokens) {
        if (t.isEmpty()) {
          continue;
        }
        if (Character.isUpperCase(t.codePointAt(0))) {
          caps++;
        }
        if (Character.isDigit(t.codePointAt(0))) {
          digits++;
        }
        if (READER.contains(t.toLowerCase(Locale.ROOT))) {
          reader++;
        }
      }
      String firstWord = tokens.length == 0 ? "" : tokens[0].toLowerCase(Locale.ROOT);
      String stripped = text.strip();
      char lastChar = stripped.isEmpty() ? ' ' : stripped.charAt(stripped.length() - 1);
      f[k++] = 1;
      f[k++] = Math.log1p(b.words());
      f[k++] = b.linkDensity();
      f[k++] = Math.min(1, (double) b.punctuation() / words);
      f[k++] = ".!?\"”'’)".indexOf(lastChar) >= 0 ? 1 : 0;
      f[k++] = (double) caps / words;
      f[k++] = (double) digits / words;
      f[k++] = (double) reader / words;
      f[k++] = CALL_TO_ACTION.contains(firstWord) ? 1 : 0;
      f[k++] = b.words() < 5 ? 1 : 0;
      f[k++] = b.isProse() ? 1 : 0;
      f[k++] = total == 0 ? 0 : (double) before / total;
      f[k++] = lastProse >= 0 && i > lastProse ? 1 : 0;
      f[k++] = picked.size() <= 1 ? 0 : (double) i / (picked.size() - 1);
      f[k++] = i == 0 ? 1 : 0;
      f[k++] = i == picked.size() - 1 ? 1 : 0;
      f[k++] = Math.min(10, depths[i]) / 10.0;
      f[k++] = Math.min(5, Math.abs(depths[i] - modeDepth)) / 5.0;
      f[k++] = onPage.getOrDefault(text, 1) > 1 ? 1 : 0;
      f[k++] = prev != null && prev.isProse() ? 1 : 0;
      f[k++] = next != null && next.isProse() ? 1 : 0;
      f[k++] = prev == null ? 0 : prev.linkDensity();
      f[k++] = next == null ? 0 : next.linkDensity();
      f[k++] = prev != null && prev.owner().parent() == b.owner().parent() ? 1 : 0;
      f[k++] = next != null && next.owner().parent() == b.owner().parent() ? 1 : 0;
      f[k++] = total == 0 ? 0 : (double) b.words() / total;
      f[k++] = lastChar == '?' ? 1 : 0;
      f[k++] = lastChar == ':' ? 1 : 0;
      f[k++] = stripped.length() > 3 && stripped.equals(stripped.toUpperCase(Locale.ROOT))
          && !stripped.equals(stripped.toLowerCase(Locale.ROOT)) ? 1 : 0;
      f[k++] = stripped.startsWith("\"") || stripped.startsWith("“") ? 1 : 0;
      int[] rw = regionWords.get(regions[i]);
      f[k++] = total == 0 ? 0 : (double) rw[0] / total;
      f[k++] = regions[i] == largest ? 1 : 0;
      f[k++] = regions[i] != largest && i > largestLast ? 1 : 0;
      f[k++] = regions[i] != largest && i < largestFirst ? 1 : 0;
      f[k++] = rw[0] == 0 ? 0 : (double) rw[1] / rw[0];
      String tag = b.owner().normalName();
      int tagAt = TAGS.indexOf(tag);
      for (int t = 0; t < TAGS.size(); t++) {
        f[k++] = t == tagAt ? 1 : 0;
      }
      f[k++] = tagAt < 0 ? 1 : 0;
      Set<String> ancestorTags = new java.util.HashSet<>();
      Set<String> classWords = new java.util.HashSet<>();
      for (Element e = b.owner(); e != null; e = e.parent()) {
        if (e != b.owner()) {
          ancestorTags.add(e.normalName());
        }
        for (String w : SEPARATORS.split(CAMEL.matcher(e.className() + " " + e.id()).replaceAll(" ")
            .toLowerCase(Locale.ROOT))) {
          classWords.add(w);
        }
        if (e == root) {
          break;
        }
      }
      if (!b.owner().getElementsByTag("a").isEmpty()) {
        ancestorTags.add("a"); // "in_a": a link inside the paragraph, as well as around it
      }
      for (String t : ANCESTOR_TAGS) {
        f[k++] = ancestorTags.contains(t) ? 1 : 0;
      }
      for (String w : CLASS_WORDS) {
        f[k++] = classWords.contains(w) ? 1 : 0;
      }
      out.add(f);
      before += b.words();
    }
    return out;
  }

  /** The child of {@code root} that holds {@code el} ({@code root} itself when {@code el} is it or outside it). */
  private static Element regionOf(Element el, Element root) {
    for (Element e = el; e != null; e = e.parent()) {
      if (e.parent() == root) {
        return e;
      }
      if (e == root) {
        return root;
      }
    }
    return root;
  }

  /** Elements between {@code el} and {@code root} (0 when {@code el} is the root or outside it). */
  private static int depthBelow(Element el, Element root) {
    int d = 0;
    for (Element e = el; e != null; e = e.parent()) {
      if (e == root) {
        return d;
      }
      d++;
    }
    return 0;
  }
}
