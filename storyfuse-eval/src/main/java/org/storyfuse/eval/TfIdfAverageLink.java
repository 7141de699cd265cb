package org.storyfuse.eval;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.model.Article;
import org.storyfuse.text.Terms;
import org.storyfuse.text.TermVector;
import org.storyfuse.text.TfIdf;

/**
 * The baseline every clustering number is shown next to: exact agglomerative average-link
 * clustering of TF-IDF cosines of title and body terms (idf over the set, sublinear tf), merging
 * while the best pair of clusters has a mean pairwise cosine of at least {@link #THRESHOLD} — the
 * first method Storyfuse had (issue 4), whose threshold was tuned on MultiLing 2011. No time, no
 * names, no learning; O(n²) memory, for evaluation sets only.
 */
public final class TfIdfAverageLink {

  /** Mean pairwise cosine at which two clusters merge (tuned on MultiLing 2011 for issue 4). */
  public static final double THRESHOLD = 0.08;

  private TfIdfAverageLink() {}

  /** A cluster label per article, in the articles' order. */
  public static List<String> cluster(List<Article> articles, double threshold) {
    int n = articles.size();
    List<List<String>> terms = new ArrayList<>();
    for (Article a : articles) {
      List<String> t = new ArrayList<>(Terms.of(a.title()));
      t.addAll(Terms.of(a.text()));
      terms.add(t);
    }
    TfIdf tfidf = TfIdf.fit(terms);
    TermVector[] v = terms.stream().map(tfidf::vector).toArray(TermVector[]::new);
    // sum[i][j]: sum of pairwise cosines between clusters i and j; size[i]: members of cluster i
    double[][] sum = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sum[i][j] = sum[j][i] = v[i].cosine(v[j]);
      }
    }
    int[] size = new int[n];
    int[] of = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      of[i] = i;
      alive[i] = true;
    }
    // best partner of each live cluster, recomputed when it goes stale
    int[] best = new int[n];
    double[] bestScore = new double[n];
    for (int i = 0; i < n; i++) {
      refresh(i, sum, size, alive, best, bestScore);
    }
    while (true) {
      int a = -1;
      for (int i = 0; i < n; i++) {
        if (alive[i] && best[i] >= 0 && (a < 0 || bestScore[i] > bestScore[a])) {
          a = i;
        }
      }
      if (a < 0 || bestScore[a] < threshold) {
        break;
      }
      int b = best[a];
      // merge b into a (Lance–Williams for average link: sums add)
      for (int k = 0; k < n; k++) {
        if (alive[k] && k != a && k != b) {
          sum[a][k] = sum[k][a] = sum[a][k] + sum[b][k];
        }
      }
      size[a] += size[b];
      alive[b] = false;
      for (int k = 0; k < n; k++) {
        if (of[k] == b) {
          of[k] = a;
        }
      }
      for (int k = 0; k < n; k++) {
        if (alive[k] && (k == a || best[k] == a || best[k] == b)) {
          refresh(k, sum, size, alive, best, bestScore);
        } else if (alive[k] && k != a) {
          double s = sum[a][k] / ((double) size[a] * size[k]);
          if (s > bestScore[k]) {
            best[k] = a;
            bestScore[k] = s;
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("c" + of[i]);
    }
    return out;
  }

  private static void refresh(int i, double[][] sum, int[] size, boolean[] alive, int[] best, double[] bestScore) {
    best[i] = -1;
    bestScore[i] = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < sum.length; k++) {
      if (k != i && alive[k]) {
        double s = sum[i][k] / ((double) size[i] * size[k]);
        if (s > bestScore[i]) {
          best[i] = k;
          bestScore[i] = s;
        }
      }
    }
  }
}
