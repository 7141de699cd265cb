package org.storyfuse.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.ingest.dates.DateMention;
import org.storyfuse.ingest.dates.DateTextParser;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

/**
 * Reads labelled article sets for evaluation. Two JSONL shapes, one object a line:
 * <ul>
 *   <li>cluster sets (MultiLing): {@code {cluster_id, articles:[{id, text, title?, date?}], summaries?}}
 *   <li>flat sets: {@code {id, text, title?, date?, cluster}}
 * </ul>
 * When an article has no title, its first line is the title (WikiNews dumps start with one).
 */
public final class LabelledArticles {

  /**
   * One article with its gold labels.
   *
   * @param cluster   the gold group ({@code cluster}: what {@code eval clustering} scores against)
   * @param storyline the gold storyline when the set labels both levels ({@code storyline}), else
   *                  the cluster
   * @param topic     the set's topic ({@code topic}, e.g. ECB+'s, which holds two events of one
   *                  kind), else the cluster: what cross-validation folds keep together
   */
  public record Labelled(Article article, String cluster, String storyline, String topic) {
    public Labelled(Article article, String cluster) {
      this(article, cluster, cluster, cluster);
    }

    /** The gold label to score against: the {@code field} named ("cluster", "storyline" or "topic"). */
    public String label(String field) {
      return switch (field) {
        case "cluster" -> cluster;
        case "storyline" -> storyline;
        case "topic" -> topic;
        default -> throw new IllegalArgumentException("no gold field " + field + " (cluster, storyline or topic)");
      };
    }
  }

  /** One gold cluster with its reference summaries (may be empty). */
  public record GoldCluster(String id, List<Article> articles, List<String> summaries) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** WikiNews puts its dateline right under the headline; later paragraphs are the story's. */
  private static final int DATELINE_PARAGRAPHS = 3;

  private LabelledArticles() {}

  public static List<GoldCluster> readClusters(Path file) throws IOException {
    List<GoldCluster> clusters = new ArrayList<>();
    java.util.Map<String, List<Article>> flat = new java.util.LinkedHashMap<>();
    DateTextParser dates = new DateTextParser();
    forEachLine(file, (lineNo, line) -> {
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IOException(file + ":" + lineNo + ": not JSON (" + e.getOriginalMessage() + ")");
      }
      if (node.has("articles")) {
        String id = text(node, "cluster_id");
        List<Article> articles = new ArrayList<>();
        for (JsonNode a : node.get("articles")) {
          articles.add(article(a, file, dates));
        }
        List<String> summaries = new ArrayList<>();
        node.path("summaries").forEach(s -> summaries.add(s.asText()));
        if (summaries.isEmpty() && node.hasNonNull("summary")) {
          summaries.add(node.get("summary").asText());
        }
        clusters.add(new GoldCluster(id, articles, summaries));
      } else if (node.has("cluster")) {
        flat.computeIfAbsent(text(node, "cluster"), k -> new ArrayList<>()).add(article(node, file, dates));
      } else {
        throw new IOException(file + ":" + lineNo + ": neither 'articles' nor 'cluster' field");
      }
      return true;
    });
    flat.forEach((id, articles) -> clusters.add(new GoldCluster(id, articles, List.of())));
    return clusters;
  }

  /**
   * Each record's {@code cluster} label by its line number as the product counts it in an article's
   * origin ("FILE#LINE", from 1, blank lines counted); lines without one, or not JSON, are absent.
   */
  public static Map<Integer, String> clustersByLine(Path file) throws IOException {
    Map<Integer, String> out = new HashMap<>();
    forEachLine(file, (lineNo, line) -> {
      try {
        JsonNode node = JSON.readTree(line);
        if (node.hasNonNull("cluster")) {
          out.put(lineNo, text(node, "cluster"));
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // a line the product cannot read has no article to label
      }
      return true;
    });
    return out;
  }

  /**
   * The articles of a labelled set as the product reads them. A flat set ({@code {id, text, title?,
   * date?, cluster}} a line) is a JSONL file the product reads itself: it goes through the
   * {@link Ingestor} exactly as {@code storyfuse brief FILE} would, and each article takes the label
   * of its line. A cluster set (MultiLing's nested shape, which no news tool writes) is read by
   * {@link #readClusters}. Lines the product cannot read are left out, as brief leaves them out.
   */
  public static List<Labelled> readForPipeline(Path file) throws IOException {
    Map<Integer, String[]> labelOfLine = new HashMap<>();
    boolean[] nested = {false};
    forEachLine(file, (lineNo, line) -> {
      JsonNode node = JSON.readTree(line);
      if (node.has("articles")) {
        nested[0] = true;
        return false;
      }
      if (!node.has("cluster")) {
        throw new IOException(file + ":" + lineNo + ": neither 'articles' nor 'cluster' field");
      }
      String cluster = text(node, "cluster");
      labelOfLine.put(lineNo, new String[] {cluster,
          node.hasNonNull("storyline") ? text(node, "storyline") : cluster,
          node.hasNonNull("topic") ? text(node, "topic") : cluster});
      return true;
    });
    if (nested[0]) {
      return flatten(readClusters(file));
    }
    List<Labelled> out = new ArrayList<>();
    for (Article a : new Ingestor().ingest(List.of(file.toString())).articles()) {
      int hash = a.origin().lastIndexOf('#');
      String[] label = hash < 0 ? null : labelOfLine.get(Integer.parseInt(a.origin().substring(hash + 1)));
      if (label == null) {
        throw new IOException(file + ": cannot tell which line " + a.origin() + " came from");
      }
      out.add(new Labelled(a, label[0], label[1], label[2]));
    }
    return out;
  }

  /**
   * The set stripped to its headlines, as the product reads a record with a title and no text (an
   * article whose text is its headline): the headline-only regime, for training and for scoring
   * it. Articles without a title are left out (they would have nothing left).
   */
  public static List<Labelled> headlinesOnly(List<Labelled> items) {
    return headlinesOnly(items, a -> true);
  }

  /** As {@link #headlinesOnly(List)} for the articles {@code strip} picks; the others stay whole. */
  public static List<Labelled> headlinesOnly(List<Labelled> items, java.util.function.Predicate<Article> strip) {
    List<Labelled> out = new ArrayList<>();
    for (Labelled l : items) {
      Article a = l.article();
      if (!strip.test(a)) {
        out.add(l);
        continue;
      }
      if (a.title() == null || a.title().isBlank()) {
        continue;
      }
      Article headline = new Article(a.id(), a.origin(), a.url(), a.outlet(), a.title(), a.byline(), a.published(),
          a.language(), List.of(a.title()), a.outletInferred());
      out.add(new Labelled(headline, l.cluster(), l.storyline(), l.topic()));
    }
    return out;
  }

  public static List<Labelled> flatten(List<GoldCluster> clusters) {
    List<Labelled> out = new ArrayList<>();
    for (GoldCluster c : clusters) {
      for (Article a : c.articles()) {
        out.add(new Labelled(a, c.id()));
      }
    }
    return out;
  }

  /**
   * The article dated by its dateline when it has no date yet: the first of its first three
   * paragraphs that is nothing but a full date ("Saturday, January 8, 2005", the shape of the
   * MultiLing WikiNews articles, which have no date field). Opt-in rather than part of
   * {@link #readClusters}, so the clustering and summary evaluations keep reading the sets as
   * their recorded numbers did.
   */
  public static Article datedByDateline(Article a, DateTextParser dates) {
    if (a.published() != null) {
      return a;
    }
    for (String p : a.paragraphs().subList(0, Math.min(DATELINE_PARAGRAPHS, a.paragraphs().size()))) {
      String line = p.strip();
      List<DateMention> found = dates.findAll(line);
      if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == line.length()) {
        return new Article(a.id(), a.origin(), a.url(), a.outlet(), a.title(), a.byline(),
            PublicationDate.stated(found.get(0).date(), line), a.language(), a.paragraphs());
      }
    }
    return a;
  }

  /** What to do with one line; false stops the reading. */
  private interface LineVisitor {
    boolean visit(int lineNo, String line) throws IOException;
  }

  /**
   * Each non-blank line of a JSON-lines file with its number as the product counts it in an article's
   * origin ("FILE#LINE": from 1, blank lines counted), so every reader here labels the same line the
   * same way.
   */
  private static void forEachLine(Path file, LineVisitor visitor) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (!line.isBlank() && !visitor.visit(lineNo, line)) {
          return;
        }
      }
    }
  }

  private static Article article(JsonNode a, Path file, DateTextParser dates) {
    String id = text(a, "id");
    String body = a.path("text").asText("");
    String title = a.hasNonNull("title") ? a.get("title").asText() : null;
    List<String> paragraphs = new ArrayList<>(Arrays.stream(body.split("\\n\\s*\\n|\\n"))
        .map(String::strip).filter(p -> !p.isEmpty()).toList());
    if (title == null && paragraphs.size() > 1) {
      title = paragraphs.remove(0);
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(title == null ? "" : title);
    }
    PublicationDate published = a.hasNonNull("date") ? dates.parse(a.get("date").asText()).orElse(null) : null;
    return new Article(id, file.getFileName() + "#" + id, null, null, title, null, published, "en", paragraphs);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
