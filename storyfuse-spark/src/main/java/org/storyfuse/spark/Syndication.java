package org.storyfuse.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.storyfuse.ingest.dedup.DuplicateGroup;
import org.storyfuse.ingest.dedup.NearDuplicateDetector;
import scala.Tuple2;

/**
 * Syndicated copies at scale with the product's {@code NearDuplicateDetector}: identical texts
 * meet on their digest, near copies on a shared MinHash LSH band (a Spark join on band keys, not a
 * collect), and a pair that meets becomes an edge when the detector's own test accepts it. The
 * detector then groups each connected set of texts as it groups any set: it only ever joins texts
 * along such edges, so a connected set groups inside the whole input as it does alone.
 */
final class Syndication {

  /** A band bucket this large (one text syndicated to hundreds of outlets) is linked as a star. */
  private static final int MAX_BUCKET_PAIRS = 200;

  private Syndication() {}

  /** Edges between articles that may be copies of each other (both directions not needed). */
  static JavaPairRDD<Long, Long> edges(JavaPairRDD<Long, Records.Features> features) {
    JavaPairRDD<Long, NearDuplicateDetector.Fingerprint> prints = features.mapValues(Records.Features::fingerprint);
    // identical texts: a star from the first to the others (the detector groups them by digest anyway)
    JavaPairRDD<String, Long> byDigest = prints.filter(t -> t._2().digest() != null)
        .mapToPair(t -> new Tuple2<>(t._2().digest(), t._1()));
    JavaPairRDD<Long, Long> exact = byDigest.groupByKey().flatMapToPair(g -> star(g._2()).iterator());
    // near copies: one text per digest, candidates from shared bands, checked with the detector's test
    JavaPairRDD<Long, NearDuplicateDetector.Fingerprint> texts = byDigest.reduceByKey(Math::min)
        .mapToPair(t -> new Tuple2<>(t._2(), true)).join(prints).mapValues(Tuple2::_2);
    JavaPairRDD<Long, Long> candidates = texts
        .flatMapToPair(t -> {
          List<Tuple2<Long, Long>> keys = new ArrayList<>();
          for (long k : NearDuplicateDetector.bandKeys(t._2())) {
            keys.add(new Tuple2<>(k, t._1()));
          }
          return keys.iterator();
        })
        .groupByKey()
        .flatMapToPair(b -> pairs(b._2()).iterator())
        .distinct();
    JavaPairRDD<Long, Long> near = candidates.join(prints)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(prints)
        .filter(t -> Engines.duplicates().mayCopy(t._2()._1()._2(), t._2()._2()))
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), t._1()));
    return exact.union(near);
  }

  /**
   * The articles that are copies (not their group's representative), from each connected set of
   * copy edges grouped by the detector.
   */
  static JavaRDD<Long> copies(JavaPairRDD<Long, Records.Features> features, JavaPairRDD<Long, Long> components) {
    return features.join(components)
        .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1().fingerprint())))
        .groupByKey()
        .flatMap(part -> {
          Map<String, Long> orderOf = new HashMap<>();
          List<NearDuplicateDetector.Fingerprint> prints = new ArrayList<>();
          for (Tuple2<Long, NearDuplicateDetector.Fingerprint> m : part._2()) {
            orderOf.put(m._2().id(), m._1());
            prints.add(m._2());
          }
          List<Long> copies = new ArrayList<>();
          for (DuplicateGroup g : Engines.duplicates().groupFingerprints(prints)) {
            for (String id : g.memberIds()) {
              if (!id.equals(g.representativeId())) {
                copies.add(orderOf.get(id));
              }
            }
          }
          return copies.iterator();
        });
  }

  private static List<Tuple2<Long, Long>> star(Iterable<Long> members) {
    List<Long> all = new ArrayList<>();
    members.forEach(all::add);
    long first = all.stream().mapToLong(Long::longValue).min().orElse(0);
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    for (long m : all) {
      if (m != first) {
        out.add(new Tuple2<>(first, m));
      }
    }
    return out;
  }

  private static List<Tuple2<Long, Long>> pairs(Iterable<Long> members) {
    List<Long> all = new ArrayList<>();
    members.forEach(all::add);
    if (all.size() < 2) {
      return List.of();
    }
    if ((long) all.size() * (all.size() - 1) / 2 > MAX_BUCKET_PAIRS) {
      return star(all);
    }
    all.sort(null);
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        out.add(new Tuple2<>(all.get(i), all.get(j)));
      }
    }
    return out;
  }
}
