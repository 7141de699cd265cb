package org.storyfuse.ingest.dedup;

import java.util.List;
import org.storyfuse.model.Article;

/** LOCAL STUB (not committed): every article is its own group. */
public final class NearDuplicateDetector {
  public List<DuplicateGroup> group(List<Article> articles) {
    return articles.stream().map(a -> new DuplicateGroup(a.id(), List.of(a.id()))).toList();
  }
}
