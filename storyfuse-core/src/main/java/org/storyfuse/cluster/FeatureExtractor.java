package org.storyfuse.cluster;

import org.storyfuse.embed.Embedder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.model.Article;
import org.storyfuse.text.Terms;

/**
 * Builds {@link ArticleFeatures} from an extracted article: term counts of title and body, entity
 * keys from capitalised names, publication time, and (when an embedder is given) the embedding of
 * the title and lead, where news puts who-did-what.
 */
public final class FeatureExtractor {

  /** Titles say what a story is about in few words: count their terms this many times. */
  static final int TITLE_WEIGHT = 2;

  /** Words of body text embedded with the title: about the first two or three sentences. */
  static final int LEAD_WORDS = 60;

  private final Embedder embedder;

  /** @param embedder the dense part, or null to cluster on terms, entities and time only */
  public FeatureExtractor(Embedder embedder) {
    this.embedder = embedder;
  }

  public ArticleFeatures extract(Article a) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : Terms.of(a.title())) {
      counts.merge(t, TITLE_WEIGHT, Integer::sum);
    }
    for (String t : Terms.of(a.text())) {
      counts.merge(t, 1, Integer::sum);
    }
    String title = a.title() == null ? "" : a.title();
    List<String> entities = EntityKeys.of(title + ".\n" + a.text());
    float[] dense = embedder == null ? null : embedder.embed(title + ". " + lead(a.paragraphs())).vector();
    return new ArticleFeatures(a.id(), time(a), dense, counts, entities);
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
