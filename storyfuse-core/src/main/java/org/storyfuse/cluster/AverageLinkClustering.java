package org.storyfuse.cluster;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.text.TermVector;

/**
 * Average-link (UPGMA) agglomerative clustering with a stopping threshold. Merges, one pair at a
 * time, the two groups with the highest mean pairwise cosine, until that mean falls below the
 * threshold. Ties break on the lowest indices, so the result depends only on the input order,
 * which callers fix.
 */
final class AverageLinkClustering {

  private AverageLinkClustering() {}

  /** Groups of indices into {@code vectors}; every index in exactly one group. */
  static List<List<Integer>> cluster(List<TermVector> vectors, double threshold) {
    int n = vectors.size();
    // sum[i][j]: sum of pairwise similarities between group i and group j (Lance-Williams for UPGMA
    // keeps sums; the mean is sum / (size_i * size_j)).
    double[][] sum = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = vectors.get(i).cosine(vectors.get(j));
        sum[i][j] = s;
        sum[j][i] = s;
      }
    }
    int[] size = new int[n];
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      List<Integer> m = new ArrayList<>();
      m.add(i);
      members.add(m);
    }
    boolean[] alive = new boolean[n];
    java.util.Arrays.fill(alive, true);

    while (true) {
      int bestI = -1;
      int bestJ = -1;
      double best = threshold;
      for (int i = 0; i < n; i++) {
        if (!alive[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (!alive[j]) {
            continue;
          }
          double mean = sum[i][j] / ((double) size[i] * size[j]);
          if (mean > best) {
            best = mean;
            bestI = i;
            bestJ = j;
          }
        }
      }
      if (bestI < 0) {
        break;
      }
      // Merge j into i.
      for (int k = 0; k < n; k++) {
        if (alive[k] && k != bestI && k != bestJ) {
          sum[bestI][k] += sum[bestJ][k];
          sum[k][bestI] = sum[bestI][k];
        }
      }
      size[bestI] += size[bestJ];
      members.get(bestI).addAll(members.get(bestJ));
      alive[bestJ] = false;
    }
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (alive[i]) {
        groups.add(members.get(i));
      }
    }
    return groups;
  }
}
