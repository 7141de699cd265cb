package org.storyfuse.spark;

import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph given as an RDD of edges, in plain Spark: every
 * vertex takes the smallest label among itself and its neighbours until no label changes (label
 * propagation with joins; as many rounds as the longest shortest path in a component). Only
 * vertices that have an edge get a label: the caller treats the others as parts of one. Nothing is
 * collected on the driver but one count per round.
 */
final class ConnectedComponents {

  /** Rounds between cuts of the lineage, which otherwise grows by two joins a round. */
  private static final int CHECKPOINT_EVERY = 8;

  private ConnectedComponents() {}

  /** The component of every vertex with an edge: its smallest vertex. Also reports the rounds taken. */
  static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> edges, int[] rounds) {
    // One partitioner for edges and labels: joins then need no shuffle of the edges, and the
    // partition count stays fixed (a union would otherwise double it every round).
    Partitioner partitioner = new HashPartitioner(Math.max(edges.getNumPartitions(), edges.context().defaultParallelism()));
    JavaPairRDD<Long, Long> both = edges
        .flatMapToPair(e -> List.of(e, e.swap()).iterator())
        .filter(e -> !e._1().equals(e._2()))
        .distinct()
        .partitionBy(partitioner)
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> labels = both
        .mapToPair(t -> new Tuple2<>(t._1(), Math.min(t._1(), t._2())))
        .reduceByKey(partitioner, Math::min)
        .persist(StorageLevel.MEMORY_AND_DISK());
    int round = 1;
    while (true) {
      JavaPairRDD<Long, Long> current = labels;
      JavaPairRDD<Long, Long> next = both.join(current, partitioner)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
          .union(current)
          .reduceByKey(partitioner, Math::min)
          .persist(StorageLevel.MEMORY_AND_DISK());
      if (++round % CHECKPOINT_EVERY == 0) {
        next.rdd().localCheckpoint(); // marks it: cut at its first materialisation
      }
      long changed = next.join(current, partitioner).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      current.unpersist(false);
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    both.unpersist(false);
    rounds[0] += round;
    return labels;
  }
}
