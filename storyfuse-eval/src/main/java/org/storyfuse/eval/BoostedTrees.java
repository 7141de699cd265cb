package org.storyfuse.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient-boosted regression trees for a logistic loss, small and exact enough to train the
 * extractor's paragraph filter: each feature cut into at most {@link #MAX_BINS} bins at its
 * quantiles, trees grown level by level to a fixed depth from gradient histograms, leaves shrunk
 * by an L2 penalty and a learning rate. Deterministic: ties between splits go to the first feature
 * and the first cut, and every sum runs in row order.
 */
final class BoostedTrees {

  static final int MAX_BINS = 32;

  /** The fitted model: a base score and the trees' nodes, as {@code ParagraphFilter} reads them. */
  record Model(double base, List<Node[]> trees) {

    double score(double[] x) {
      double z = base;
      for (Node[] t : trees) {
        int n = 0;
        while (t[n].feature() >= 0) {
          n = x[t[n].feature()] <= t[n].cut() ? t[n].left() : t[n].right();
        }
        z += t[n].value();
      }
      return z;
    }
  }

  /** A split ({@code feature >= 0}: go left when the value is at most {@code cut}) or a leaf. */
  record Node(int feature, double cut, int left, int right, double value) {}

  record Params(int rounds, int depth, double rate, double penalty, double minHessian) {}

  private BoostedTrees() {}

  static Model fit(double[][] x, double[] y, double[] weight, Params p) {
    int n = y.length;
    int d = x.length == 0 ? 0 : x[0].length;
    double[][] cuts = new double[d][];
    byte[][] bins = new byte[d][n];
    for (int f = 0; f < d; f++) {
      cuts[f] = cuts(x, f);
      for (int i = 0; i < n; i++) {
        bins[f][i] = (byte) bin(cuts[f], x[i][f]);
      }
    }
    double pos = 0;
    double all = 0;
    for (int i = 0; i < n; i++) {
      pos += weight[i] * y[i];
      all += weight[i];
    }
    double prior = Math.min(Math.max(pos / all, 1e-6), 1 - 1e-6);
    double base = Math.log(prior / (1 - prior));
    double[] score = new double[n];
    Arrays.fill(score, base);
    double[] g = new double[n];
    double[] h = new double[n];
    List<Node[]> trees = new ArrayList<>();
    for (int r = 0; r < p.rounds(); r++) {
      for (int i = 0; i < n; i++) {
        double mu = 1 / (1 + Math.exp(-score[i]));
        g[i] = weight[i] * (mu - y[i]);
        h[i] = weight[i] * Math.max(mu * (1 - mu), 1e-9);
      }
      Node[] tree = grow(bins, cuts, g, h, n, p);
      trees.add(tree);
      for (int i = 0; i < n; i++) {
        score[i] += leafValue(tree, x[i]);
      }
    }
    return new Model(base, trees);
  }

  /** The leaf {@code x} falls in (a value at most the cut is at most the cut's bin: same as binned). */
  private static double leafValue(Node[] t, double[] x) {
    int n = 0;
    while (t[n].feature() >= 0) {
      n = x[t[n].feature()] <= t[n].cut() ? t[n].left() : t[n].right();
    }
    return t[n].value();
  }

  private static Node[] grow(byte[][] bins, double[][] cuts, double[] g, double[] h, int n, Params p) {
    int d = bins.length;
    List<Node> nodes = new ArrayList<>();
    List<int[]> rows = new ArrayList<>();
    int[] allRows = new int[n];
    for (int i = 0; i < n; i++) {
      allRows[i] = i;
    }
    nodes.add(null);
    rows.add(allRows);
    List<Integer> level = List.of(0);
    for (int depth = 0; depth <= p.depth(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int id : level) {
        int[] r = rows.get(id);
        double gs = 0;
        double hs = 0;
        for (int i : r) {
          gs += g[i];
          hs += h[i];
        }
        double leaf = -p.rate() * gs / (hs + p.penalty());
        int bestF = -1;
        int bestB = -1;
        double bestGain = 1e-9;
        if (depth < p.depth()) {
          double parent = gs * gs / (hs + p.penalty());
          for (int f = 0; f < d; f++) {
            int nb = cuts[f].length + 1;
            if (nb < 2) {
              continue;
            }
            double[] gh = new double[nb];
            double[] hh = new double[nb];
            byte[] bf = bins[f];
            for (int i : r) {
              gh[bf[i]] += g[i];
              hh[bf[i]] += h[i];
            }
            double gl = 0;
            double hl = 0;
            for (int b = 0; b < nb - 1; b++) {
              gl += gh[b];
              hl += hh[b];
              double hr = hs - hl;
              if (hl < p.minHessian() || hr < p.minHessian()) {
                continue;
              }
              double gr = gs - gl;
              double gain = gl * gl / (hl + p.penalty()) + gr * gr / (hr + p.penalty()) - parent;
              if (gain > bestGain) {
                bestGain = gain;
                bestF = f;
                bestB = b;
              }
            }
          }
        }
        if (bestF < 0) {
          nodes.set(id, new Node(-1, 0, -1, -1, leaf));
          continue;
        }
        int cnt = 0;
        for (int i : r) {
          if (bins[bestF][i] <= bestB) {
            cnt++;
          }
        }
        int[] left = new int[cnt];
        int[] right = new int[r.length - cnt];
        int a = 0;
        int c = 0;
        for (int i : r) {
          if (bins[bestF][i] <= bestB) {
            left[a++] = i;
          } else {
            right[c++] = i;
          }
        }
        int li = nodes.size();
        nodes.add(null);
        rows.add(left);
        int ri = nodes.size();
        nodes.add(null);
        rows.add(right);
        Node split = new Node(bestF, cuts[bestF][bestB], li, ri, 0);
        nodes.set(id, split);
        next.add(li);
        next.add(ri);
      }
      level = next;
    }
    return nodes.toArray(new Node[0]);
  }

  /** Cut points of feature {@code f}: its distinct values when few, else its quantiles. */
  static double[] cuts(double[][] x, int f) {
    double[] v = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = x[i][f];
    }
    Arrays.sort(v);
    double[] distinct = Arrays.stream(v).distinct().toArray();
    if (distinct.length <= MAX_BINS) {
      return Arrays.copyOf(distinct, Math.max(0, distinct.length - 1));
    }
    double[] out = new double[MAX_BINS - 1];
    int k = 0;
    for (int q = 1; q < MAX_BINS; q++) {
      double c = v[(int) ((long) q * (v.length - 1) / MAX_BINS)];
      if (k == 0 || c > out[k - 1]) {
        out[k++] = c;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** The bin of {@code value}: the number of cuts below it. */
  static int bin(double[] cuts, double value) {
    int b = 0;
    while (b < cuts.length && value > cuts[b]) {
      b++;
    }
    return b;
  }
}
