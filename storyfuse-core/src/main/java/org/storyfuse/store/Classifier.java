package org.storyfuse.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyfuse.model.Article;

/**
 * Sorts a batch into articles already stored (same content hash and URL, in the file or earlier
 * in the batch) and fresh ones, and gives each fresh one an id no other stored article has. The
 * extraction's id is kept when free, so a batch stored in an empty file cites the same article
 * ids as {@code storyfuse brief}; when taken (an edited file at the same path), the content hash
 * is appended.
 */
final class Classifier {

  private final Connection c;

  Classifier(Connection c) {
    this.c = c;
  }

  /** One batch item: its stored id, and the id of the article it repeats when a duplicate. */
  record Item(String id, String duplicateOf) {}

  record Classified(List<Item> items, List<Article> fresh, Map<String, String> hashOf) {}

  Classified classify(List<Article> batch) throws SQLException {
    List<Item> items = new ArrayList<>();
    List<Article> fresh = new ArrayList<>();
    Map<String, String> hashOf = new HashMap<>();
    Map<String, String> seen = new HashMap<>(); // hash + url → id, within the batch
    Set<String> usedIds = new HashSet<>();
    for (Article a : batch) {
      String hash = ContentHash.of(a);
      String key = hash + "\n" + ArticleRows.urlKey(a);
      String earlier = seen.get(key);
      Optional<String> stored = earlier != null ? Optional.of(earlier)
          : ArticleRows.idOf(c, hash, ArticleRows.urlKey(a));
      if (stored.isPresent()) {
        items.add(new Item(null, stored.get()));
        continue;
      }
      String id = freeId(a.id(), hash, usedIds);
      usedIds.add(id);
      seen.put(key, id);
      hashOf.put(id, hash);
      fresh.add(id.equals(a.id()) ? a : a.withId(id));
      items.add(new Item(id, null));
    }
    return new Classified(items, fresh, hashOf);
  }

  private String freeId(String wanted, String hash, Set<String> usedInBatch) throws SQLException {
    String id = wanted;
    for (int n = 0; usedInBatch.contains(id) || ArticleRows.idTaken(c, id); n++) {
      id = wanted + "-" + hash.substring(0, 8) + (n == 0 ? "" : "-" + n);
    }
    return id;
  }
}
