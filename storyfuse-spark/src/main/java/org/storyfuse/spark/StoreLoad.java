package org.storyfuse.spark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.storyfuse.model.Brief;
import org.storyfuse.pipeline.StoreLoader;
import org.storyfuse.render.BriefJson;
import org.storyfuse.store.Contention;
import org.storyfuse.store.JdbcStore;
import org.storyfuse.store.Stores;

/**
 * The job's stories loaded into a store — PostgreSQL, for a server or several processes, or a SQLite
 * file — through the product's {@link StoreLoader}: the store then holds what {@code storyfuse ingest}
 * of the same input would have left, and {@code storyfuse serve} serves it. The driver writes: the
 * stories stream to it partition by partition ({@code toLocalIterator}, never collected whole), in
 * order of their founders, a transaction per thousand articles.
 */
final class StoreLoad {

  private StoreLoad() {}

  /** Loads the stories into the (empty) store at {@code location}; returns the articles stored. */
  static long load(JavaRDD<Records.Stored> stories, String location) throws java.io.IOException {
    JavaRDD<Records.Stored> ordered = stories.sortBy(s -> s.orders().get(0), true,
        Math.max(1, stories.getNumPartitions()));
    try (JdbcStore store = Stores.open(location, Contention.DEFAULT);
        StoreLoader loader = new StoreLoader(store, Clock.systemUTC())) {
      Iterator<Records.Stored> it = ordered.toLocalIterator();
      while (it.hasNext()) {
        loader.add(loaded(it.next()));
      }
      loader.flush();
      return loader.articles();
    }
  }

  private static StoreLoader.LoadedStory loaded(Records.Stored s) throws java.io.IOException {
    List<StoreLoader.Member> members = new ArrayList<>();
    for (int i = 0; i < s.orders().size(); i++) {
      members.add(new StoreLoader.Member(s.orders().get(i), s.articles().get(i), s.copyOf().get(i),
          s.analysisJson().get(i)));
    }
    Brief brief = s.briefJson() == null ? null : BriefJson.read(s.briefJson());
    return new StoreLoader.LoadedStory(s.storyId(), s.orders().get(0), members, brief);
  }
}
