package org.storyfuse.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.IncrementalStoryClusterer;
import org.storyfuse.cluster.JoinModel;
import scala.Tuple2;

/**
 * Candidate story pairs among originals and their scores. Blocking: every original offers its
 * rarest keys — the terms and names with the highest tf-idf under the whole input's counts — and
 * two originals that share one are a candidate pair (a Spark join on keys). A key held by more
 * than {@code maxKeyDocuments} originals blocks nothing: it is too common to say two reports are
 * of one story, and its pairs would grow as its square. Scoring: the product's join model, on the
 * features the clusterer itself computes for two one-article groups under the whole input's
 * statistics ({@link IncrementalStoryClusterer#pairFeatures}), those statistics from the counts of the
 * pair's own keys ({@link KeyCounts}). A pair whose logit comes within
 * {@code margin} of either level's threshold is an edge: two groups join only when their mean
 * pair logit reaches the threshold, so some pair across them reaches it, and an edge links them.
 */
final class StoryPairs {

  /** Keys each original offers per kind (terms, names): the clusterer's own candidate keys per article. */
  static final int KEYS_PER_ARTICLE = 16;
  /** Pairs scored under one set of statistics at a time (bounds an executor's memory). */
  private static final int CHUNK = 2_000;

  private StoryPairs() {}

  /**
   * @param keyCounts per article, the document frequencies of its keys ({@link KeyCounts})
   * @param documents the input's originals
   */
  static JavaPairRDD<Long, Long> edges(JavaPairRDD<Long, Records.Features> originals,
      JavaPairRDD<Long, KeyCounts> keyCounts, long documents, int maxKeyDocuments, double margin) {
    JavaPairRDD<Long, Tuple2<ArticleFeatures, KeyCounts>> features =
        originals.mapValues(Records.Features::features).join(keyCounts);
    JavaPairRDD<Long, Long> candidates = features
        .flatMapToPair(t -> {
          List<Tuple2<String, Long>> out = new ArrayList<>();
          Counts own = Counts.of(documents, List.of(t._2()._2()));
          for (String key : rareKeys(t._2()._1(), own, maxKeyDocuments)) {
            out.add(new Tuple2<>(key, t._1()));
          }
          return out.iterator();
        })
        .groupByKey()
        .flatMapToPair(bucket -> {
          List<Long> members = new ArrayList<>();
          bucket._2().forEach(members::add);
          members.sort(null);
          List<Tuple2<Long, Long>> pairs = new ArrayList<>();
          for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
              pairs.add(new Tuple2<>(members.get(i), members.get(j)));
            }
          }
          return pairs.iterator();
        })
        .distinct();
    return candidates.join(features)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(features)
        .mapPartitionsToPair(pairs -> score(pairs, documents, margin));
  }

  /** The keys an original offers: its top terms and names by tf-idf, shared with at least one other, not common. */
  static List<String> rareKeys(ArticleFeatures f, Counts counts, int maxKeyDocuments) {
    double logN = Math.log1p(counts.documents());
    Map<String, Double> terms = new HashMap<>();
    f.terms().forEach((t, c) -> {
      int df = counts.termDocuments(t);
      if (df >= 2 && df <= maxKeyDocuments) {
        terms.put(Counts.key(Counts.TERM, t), (1 + Math.log(c)) * (logN - Math.log1p(df) + 1));
      }
    });
    Map<String, Double> names = new HashMap<>();
    for (String e : f.entities()) {
      int df = counts.entityDocuments(e);
      if (df >= 2 && df <= maxKeyDocuments) {
        names.put(Counts.key(Counts.ENTITY, e), logN - Math.log1p(df) + 1);
      }
    }
    List<String> out = new ArrayList<>(top(terms));
    out.addAll(top(names));
    return out;
  }

  private static List<String> top(Map<String, Double> weights) {
    return weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(KEYS_PER_ARTICLE).map(Map.Entry::getKey).toList();
  }

  /**
   * Scores pairs chunk by chunk: one clusterer's statistics per chunk, over the chunk's articles
   * and the counts of their keys.
   */
  private static Iterator<Tuple2<Long, Long>> score(
      Iterator<Tuple2<Long, Tuple2<Tuple2<Long, Tuple2<ArticleFeatures, KeyCounts>>, Tuple2<ArticleFeatures, KeyCounts>>>> pairs,
      long documents, double margin) {
    JoinModel model = Engines.clusterer().params().model();
    List<Tuple2<Long, Long>> edges = new ArrayList<>();
    while (pairs.hasNext()) {
      Map<Long, Tuple2<ArticleFeatures, KeyCounts>> articles = new LinkedHashMap<>();
      List<long[]> chunk = new ArrayList<>();
      while (pairs.hasNext() && chunk.size() < CHUNK) {
        var p = pairs.next();
        long a = p._2()._1()._1();
        long b = p._1();
        articles.put(a, p._2()._1()._2());
        articles.put(b, p._2()._2());
        chunk.add(new long[] {a, b});
      }
      Counts counts = Counts.of(documents, articles.values().stream().map(Tuple2::_2).toList());
      List<Long> orders = new ArrayList<>(articles.keySet());
      orders.sort(Comparator.naturalOrder());
      Map<Long, Integer> index = new HashMap<>();
      List<ArticleFeatures> list = new ArrayList<>();
      for (long o : orders) {
        index.put(o, list.size());
        list.add(articles.get(o)._1());
      }
      IncrementalStoryClusterer c = new IncrementalStoryClusterer(Engines.clusterer().params());
      c.observeCounts(counts, list);
      IncrementalStoryClusterer.PairFeatures pf = c.pairFeatures(list);
      for (long[] pair : chunk) {
        double[] f = pf.of(index.get(pair[0]), index.get(pair[1]));
        if (model.event().logit(f) >= model.event().threshold() - margin
            || model.storyline().logit(f) >= model.storyline().threshold() - margin) {
          edges.add(new Tuple2<>(pair[0], pair[1]));
        }
      }
    }
    return edges.iterator();
  }
}
