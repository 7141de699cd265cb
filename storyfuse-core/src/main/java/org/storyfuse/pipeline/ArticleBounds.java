package org.storyfuse.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.model.Article;

/**
 * Bounds the text one article brings into the pipeline. News articles run to a few thousand words
 * (the longest features to ~100,000 characters); a multi-megabyte "article" is a log, a dump or a
 * table, and every stage after extraction (fingerprints, clustering terms, sentence splitting,
 * fusion) would otherwise spend time and memory in proportion to it. The cut keeps whole
 * paragraphs where it can and says so. Public for engines that compute per-article work before
 * handing articles to the pipeline (storyfuse-spark): they must see the same bounded text.
 */
public final class ArticleBounds {

  /** Characters of body text kept per article. */
  static final int MAX_CHARS = 200_000;

  private ArticleBounds() {}

  /** The article, or a copy cut to {@link #MAX_CHARS} with the listener told. */
  public static Article bound(Article a, PipelineListener listener) {
    int total = 0;
    for (String p : a.paragraphs()) {
      total += p.length();
    }
    if (total <= MAX_CHARS) {
      return a;
    }
    List<String> kept = new ArrayList<>();
    int used = 0;
    for (String p : a.paragraphs()) {
      if (used + p.length() <= MAX_CHARS) {
        kept.add(p);
        used += p.length();
        continue;
      }
      if (kept.isEmpty()) {
        // one giant paragraph: cut it at the last space before the bound
        int cut = p.lastIndexOf(' ', MAX_CHARS);
        kept.add(p.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS));
      }
      break;
    }
    listener.note(a.origin(), "text cut at " + MAX_CHARS + " characters (an article this long is not a news report;"
        + " the rest is left out)");
    return new Article(a.id(), a.origin(), a.url(), a.outlet(), a.title(), a.byline(), a.published(), a.language(),
        kept);
  }
}
