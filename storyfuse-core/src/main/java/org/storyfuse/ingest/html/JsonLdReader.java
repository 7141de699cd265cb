package org.storyfuse.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the schema.org article facts a page states in {@code <script type="application/ld+json">}:
 * headline, authors, dates, body, publisher. Lenient about the JSON pages really write (comments,
 * trailing commas, raw newlines in strings), and bounded: so many scripts, so many characters, so
 * many nodes.
 */
final class JsonLdReader {

  static final int MAX_SCRIPTS = 30;
  static final int MAX_SCRIPT_CHARS = 1_000_000;
  static final int MAX_TOTAL_CHARS = 3_000_000;
  static final int MAX_NODES = 20_000;

  /** What the JSON-LD says about the article; every field may be null, lists may be empty. */
  record Facts(
      String headline,
      List<String> authors,
      String datePublished,
      String dateModified,
      String articleBody,
      String publisher,
      String siteName,
      boolean isArticle) {

    static final Facts NONE = new Facts(null, List.of(), null, null, null, null, null, false);
  }

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
          JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(200).maxStringLength(MAX_SCRIPT_CHARS).build());
    MAPPER.getFactory().disable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
  }

  private static final Set<String> ARTICLE_TYPES = Set.of(
      "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
      "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
      "techarticle", "scholarlyarticle", "liveblogposting", "report", "socialmediaposting",
      "medicalscholarlyarticle", "satiricalarticle", "advertisercontentarticle", "posting",
      "discussionforumposting", "review", "howto", "recipe", "creativework", "medicalwebpage");

  private static final Set<String> PAGE_TYPES = Set.of(
      "webpage", "itempage", "aboutpage", "faqpage", "qapage", "collectionpage", "profilepage");

  private JsonLdReader() {}

  static Facts read(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    int total = 0;
    int scripts = 0;
    for (Element script : doc.getElementsByTag("script")) {
      if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
        continue;
      }
      if (++scripts > MAX_SCRIPTS) {
        break;
      }
      String data = script.data();
      if (data.length() > MAX_SCRIPT_CHARS || total + data.length() > MAX_TOTAL_CHARS) {
        continue;
      }
      total += data.length();
      try {
        JsonNode root = MAPPER.readTree(data.strip());
        if (root != null) {
          collectObjects(root, objects);
        }
      } catch (Exception | StackOverflowError e) {
        // broken JSON-LD is common; the page's other metadata still counts
      }
    }
    if (objects.isEmpty()) {
      return Facts.NONE;
    }
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode o : objects) {
      String id = text(o.get("@id"));
      if (id != null) {
        byId.putIfAbsent(id, o);
      }
    }
    JsonNode article = null;
    JsonNode page = null;
    String siteName = null;
    String orgName = null;
    for (JsonNode o : objects) {
      Set<String> types = types(o);
      if (article == null && types.stream().anyMatch(ARTICLE_TYPES::contains)
          && (o.has("headline") || o.has("articleBody") || o.has("datePublished") || o.has("author"))) {
        article = o;
      } else if (page == null && types.stream().anyMatch(PAGE_TYPES::contains)) {
        page = o;
      } else if (siteName == null && types.contains("website")) {
        siteName = text(o.get("name"));
      } else if (orgName == null && (types.contains("organization") || types.contains("newsmediaorganization"))) {
        orgName = text(o.get("name"));
      }
    }
    JsonNode main = article != null ? article : page;
    if (main == null) {
      return new Facts(null, List.of(), null, null, null, null, siteName != null ? siteName : orgName, false);
    }
    String headline = text(main.get("headline"));
    if (headline == null && article != null) {
      headline = text(main.get("name"));
    }
    List<String> authors = names(main.get("author"), byId);
    if (authors.isEmpty()) {
      authors = names(main.get("creator"), byId);
    }
    if (authors.isEmpty() && article != null && page != null) {
      authors = names(page.get("author"), byId);
    }
    String published = firstText(main, "datePublished", "dateCreated", "uploadDate");
    if (published == null && article != null && page != null) {
      published = firstText(page, "datePublished", "dateCreated");
    }
    String modified = text(main.get("dateModified"));
    String body = text(main.get("articleBody"));
    List<String> publishers = names(main.get("publisher"), byId);
    String publisher = publishers.isEmpty() ? orgName : publishers.get(0);
    return new Facts(headline, authors, published, modified, body, publisher, siteName, article != null);
  }

  /** Every object in the tree, breadth first, at most {@link #MAX_NODES} nodes visited. */
  private static void collectObjects(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int visited = 0;
    while (!queue.isEmpty() && visited++ < MAX_NODES) {
      JsonNode n = queue.poll();
      if (n.isObject()) {
        if (n.has("@type")) {
          out.add(n);
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
          JsonNode child = it.next();
          if (child.isContainerNode()) {
            queue.add(child);
          }
        }
      } else if (n.isArray()) {
        for (JsonNode child : n) {
          if (child.isContainerNode()) {
            queue.add(child);
          }
        }
      }
    }
  }

  private static Set<String> types(JsonNode o) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode t = o.get("@type");
    if (t == null) {
      return out;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (x.isTextual()) {
          out.add(simpleType(x.asText()));
        }
      }
    } else if (t.isTextual()) {
      out.add(simpleType(t.asText()));
    }
    return out;
  }

  private static String simpleType(String type) {
    String t = type.strip();
    int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
    return t.substring(cut + 1).toLowerCase(Locale.ROOT);
  }

  private static List<String> names(JsonNode node, Map<String, JsonNode> byId) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else {
      items.add(node);
    }
    for (JsonNode item : items) {
      String name = null;
      if (item.isTextual()) {
        name = item.asText();
      } else if (item.isObject()) {
        JsonNode resolved = item;
        if (!item.has("name") && item.has("@id")) {
          resolved = byId.getOrDefault(item.get("@id").asText(), item);
        }
        name = text(resolved.get("name"));
        if (name == null) {
          String given = text(resolved.get("givenName"));
          String family = text(resolved.get("familyName"));
          if (given != null || family != null) {
            name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
          }
        }
      }
      if (name != null) {
        name = TextNormalizer.normalize(name);
        if (!name.isEmpty() && !name.startsWith("http") && !out.contains(name) && out.size() < 20) {
          out.add(name);
        }
      }
      if (out.size() >= 20) {
        break;
      }
    }
    return out;
  }

  private static String firstText(JsonNode o, String... fields) {
    for (String f : fields) {
      String t = text(o.get(f));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** A field's text: the string itself, the first string of an array, or an object's "@value". */
  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        String t = text(x);
        if (t != null) {
          return t;
        }
      }
      return null;
    }
    if (n.isObject()) {
      return n.has("@value") ? text(n.get("@value")) : null;
    }
    if (n.isValueNode()) {
      String s = n.asText();
      return s == null || s.isBlank() ? null : s.strip();
    }
    return null;
  }
}
