package org.storyfuse.cluster;

import org.storyfuse.embed.Embedder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfuse.model.Article;
import org.storyfuse.text.Terms;

/**
 * Builds {@link ArticleFeatures} from an extracted article: term counts of title and body and of
 * title and lead, entity keys from capitalised names (all of them, and those of the title and lead),
 * publication time, and (when an embedder is given) the embedding of the title and lead, where news
 * puts who-did-what.
 */
public final class FeatureExtractor {

  /** Titles say what a story is about in few words: count their terms this many times. */
  static final int TITLE_WEIGHT = 2;

  /** Words of body text that make the lead: about the first two or three sentences. */
  static final int LEAD_WORDS = 60;

  private final Embedder embedder;

  /** @param embedder the dense part (candidate search), or null for terms, entities and time only */
  public FeatureExtractor(Embedder embedder) {
    this.embedder = embedder;
  }

  public ArticleFeatures extract(Article a) {
    String title = a.title() == null ? "" : a.title();
    String body = a.text() == null ? "" : a.text();
    String lead = lead(a.paragraphs());
    // A body that only repeats the title (headline feeds) adds nothing.
    if (body.strip().equals(title.strip())) {
      body = "";
      lead = "";
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> leadCounts = new HashMap<>();
    for (String t : Terms.of(title)) {
      counts.merge(t, TITLE_WEIGHT, Integer::sum);
      leadCounts.merge(t, TITLE_WEIGHT, Integer::sum);
    }
    for (String t : Terms.of(body)) {
      counts.merge(t, 1, Integer::sum);
    }
    for (String t : Terms.of(lead)) {
      leadCounts.merge(t, 1, Integer::sum);
    }
    List<String> titleKeys = EntityKeys.ofTitle(title, body);
    Set<String> entities = new LinkedHashSet<>(titleKeys);
    entities.addAll(EntityKeys.of(body));
    Set<String> salient = new LinkedHashSet<>(titleKeys);
    salient.addAll(EntityKeys.of(lead));
    salient.retainAll(entities);
    // text the embedder does not read has no dense part: its pairs are judged by words and names
    float[] dense = embedder == null || !embedder.reads(a.language()) ? null : embedder.embed(title + ". " + lead).vector();
    return new ArticleFeatures(a.id(), time(a), dense, counts, leadCounts, new ArrayList<>(entities),
        new ArrayList<>(salient), body.isBlank());
  }

  static Instant time(Article a) {
    if (a.published() == null) {
      return null;
    }
    if (a.published().instant() != null) {
      return a.published().instant().toInstant();
    }
    // A day without a time: noon UTC keeps the day right in every zone within ±11 h.
    return a.published().date().atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  static String lead(List<String> paragraphs) {
    StringBuilder out = new StringBuilder();
    int words = 0;
    for (String p : paragraphs) {
      for (String w : p.strip().split("\\s+")) {
        if (words == LEAD_WORDS) {
          return out.toString();
        }
        if (!w.isEmpty()) {
          out.append(words == 0 ? "" : " ").append(w);
          words++;
        }
      }
    }
    return out.toString();
  }
}
