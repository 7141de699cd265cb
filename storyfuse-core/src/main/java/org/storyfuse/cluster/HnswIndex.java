package org.storyfuse.cluster;

import org.storyfuse.text.Vectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * An in-memory HNSW graph (Malkov and Yashunin 2018) over unit vectors, by inner product, with
 * removal: the story centroids that candidate search looks among. Written here rather than taken
 * from Lucene because story centroids move and expire all the time, and Lucene's segment-based
 * KNN index would need a reader reopen (and eventually a graph merge) per article; here a moved
 * centroid is updated in place.
 *
 * <p>Removed nodes stay in the graph as waypoints (so it stays connected) but are never returned;
 * when they outnumber the live ones the graph is rebuilt from the live nodes, which costs
 * O(live · log live) once per that many removals, so O(log n) amortised per removal and memory
 * stays proportional to the live set. Deterministic: levels come from a seeded generator and ties
 * break on node number.
 */
final class HnswIndex {

  private static final int MIN_REBUILD = 1024;

  private final int m;
  private final int efConstruction;
  private final double levelMultiplier;
  private final SplittableRandom random;

  private final Map<Integer, Integer> nodeOfKey = new HashMap<>();
  private List<float[]> vectors = new ArrayList<>();
  private int[] keys = new int[16];
  private boolean[] removed = new boolean[16];
  private List<int[][]> links = new ArrayList<>();
  private int entry = -1;
  private int maxLevel = -1;
  private int live;
  private int[] visitedMark = new int[16];
  private int visitGeneration;

  HnswIndex(int m, int efConstruction, long seed) {
    this.m = m;
    this.efConstruction = efConstruction;
    this.levelMultiplier = 1 / Math.log(m);
    this.random = new SplittableRandom(seed);
  }

  int live() {
    return live;
  }

  int nodes() {
    return vectors.size();
  }

  /**
   * Indexes a vector under a key. A key already present has its vector replaced in place and
   * keeps its links: callers re-index a story centroid only after it moved a little (cosine still
   * ≥ 0.98), and links chosen for the old position still lead there; relinking (or a removal plus
   * an insertion) made the graph rebuild so often that it dominated the cost.
   */
  void put(int key, float[] vector) {
    Integer node = nodeOfKey.get(key);
    if (node != null) {
      vectors.set(node, vector);
    } else {
      nodeOfKey.put(key, add(key, vector));
    }
  }

  /** Removes a key's vector; nothing happens for an unknown key. */
  void remove(int key) {
    Integer node = nodeOfKey.remove(key);
    if (node != null && !removed[node]) {
      removed[node] = true;
      live--;
      if (nodes() - live > Math.max(live, MIN_REBUILD)) {
        rebuild();
      }
    }
  }

  private int add(int key, float[] vector) {
    int node = vectors.size();
    int level = (int) Math.floor(-Math.log(1 - random.nextDouble()) * levelMultiplier);
    vectors.add(vector);
    if (node == keys.length) {
      keys = Arrays.copyOf(keys, node * 2);
      removed = Arrays.copyOf(removed, node * 2);
    }
    keys[node] = key;
    int[][] nodeLinks = new int[level + 1][];
    for (int l = 0; l <= level; l++) {
      nodeLinks[l] = new int[0];
    }
    links.add(nodeLinks);
    live++;
    if (entry < 0) {
      entry = node;
      maxLevel = level;
      return node;
    }
    int ep = entry;
    for (int l = maxLevel; l > level; l--) {
      ep = greedy(vector, ep, l);
    }
    for (int l = Math.min(level, maxLevel); l >= 0; l--) {
      List<Scored> found = searchLayer(vector, new int[] {ep}, efConstruction, l);
      int[] chosen = selectNeighbours(vector, found, maxLinks(l));
      nodeLinks[l] = chosen;
      for (int other : chosen) {
        connect(other, node, l);
      }
      ep = found.get(0).node;
    }
    if (level > maxLevel) {
      maxLevel = level;
      entry = node;
    }
    return node;
  }

  /** Keys of up to {@code k} live nodes most similar to the query, most similar first. */
  int[] search(float[] query, int k, int ef) {
    if (entry < 0 || live == 0) {
      return new int[0];
    }
    int ep = entry;
    for (int l = maxLevel; l > 0; l--) {
      ep = greedy(query, ep, l);
    }
    List<Scored> found = searchLayer(query, new int[] {ep}, Math.max(ef, k), 0);
    int[] out = new int[Math.min(k, found.size())];
    int n = 0;
    for (Scored s : found) {
      if (n == out.length) {
        break;
      }
      if (!removed[s.node]) {
        out[n++] = keys[s.node];
      }
    }
    return Arrays.copyOf(out, n);
  }

  // Live nodes are re-added in node order, so the new graph depends only on the old one's history.
  private void rebuild() {
    List<float[]> oldVectors = vectors;
    int[] oldKeys = keys;
    boolean[] oldRemoved = removed;
    vectors = new ArrayList<>();
    keys = new int[Math.max(16, live * 2)];
    removed = new boolean[keys.length];
    links = new ArrayList<>();
    entry = -1;
    maxLevel = -1;
    live = 0;
    for (int i = 0; i < oldVectors.size(); i++) {
      if (!oldRemoved[i]) {
        nodeOfKey.put(oldKeys[i], add(oldKeys[i], oldVectors.get(i)));
      }
    }
  }

  private int maxLinks(int level) {
    return level == 0 ? 2 * m : m;
  }

  private int greedy(float[] q, int start, int level) {
    int best = start;
    double bestSim = Vectors.dot(q, vectors.get(start));
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int n : links.get(best)[level]) {
        double s = Vectors.dot(q, vectors.get(n));
        if (s > bestSim || (s == bestSim && n < best)) {
          bestSim = s;
          best = n;
          moved = true;
        }
      }
    }
    return best;
  }

  private record Scored(int node, double sim) {}

  private static int compareBest(Scored a, Scored b) {
    int c = Double.compare(b.sim, a.sim);
    return c != 0 ? c : Integer.compare(a.node, b.node);
  }

  /** The ef nearest nodes reachable at one level (removed ones included: they are waypoints), best first. */
  private List<Scored> searchLayer(float[] q, int[] entries, int ef, int level) {
    if (visitedMark.length < vectors.size()) {
      visitedMark = Arrays.copyOf(visitedMark, Math.max(vectors.size(), visitedMark.length * 2));
    }
    int gen = ++visitGeneration;
    PriorityQueue<Scored> candidates = new PriorityQueue<>(HnswIndex::compareBest);
    PriorityQueue<Scored> results = new PriorityQueue<>((a, b) -> compareBest(b, a));
    for (int e : entries) {
      Scored s = new Scored(e, Vectors.dot(q, vectors.get(e)));
      visitedMark[e] = gen;
      candidates.add(s);
      results.add(s);
    }
    while (!candidates.isEmpty()) {
      Scored c = candidates.poll();
      if (results.size() >= ef && compareBest(c, results.peek()) > 0) {
        break;
      }
      int[][] cl = links.get(c.node);
      if (level >= cl.length) {
        continue;
      }
      for (int n : cl[level]) {
        if (visitedMark[n] == gen) {
          continue;
        }
        visitedMark[n] = gen;
        Scored s = new Scored(n, Vectors.dot(q, vectors.get(n)));
        if (results.size() < ef || compareBest(s, results.peek()) < 0) {
          candidates.add(s);
          results.add(s);
          if (results.size() > ef) {
            results.poll();
          }
        }
      }
    }
    List<Scored> out = new ArrayList<>(results);
    out.sort(HnswIndex::compareBest);
    return out;
  }

  /**
   * The HNSW neighbour heuristic: take a candidate only if it is closer to the base than to every
   * neighbour already taken (keeps links spread across clusters), then fill up with the rest.
   */
  private int[] selectNeighbours(float[] base, List<Scored> sortedCandidates, int max) {
    int[] chosen = new int[Math.min(max, sortedCandidates.size())];
    boolean[] taken = new boolean[sortedCandidates.size()];
    int n = 0;
    for (int i = 0; i < sortedCandidates.size() && n < chosen.length; i++) {
      Scored c = sortedCandidates.get(i);
      boolean diverse = true;
      for (int j = 0; j < n; j++) {
        if (Vectors.dot(vectors.get(c.node), vectors.get(chosen[j])) > c.sim) {
          diverse = false;
          break;
        }
      }
      if (diverse) {
        chosen[n++] = c.node;
        taken[i] = true;
      }
    }
    for (int i = 0; i < sortedCandidates.size() && n < chosen.length; i++) {
      if (!taken[i]) {
        chosen[n++] = sortedCandidates.get(i).node;
      }
    }
    return Arrays.copyOf(chosen, n);
  }

  /**
   * Adds a back link; on overflow drops the least similar neighbour. (The diversity heuristic here
   * too would cost O(M²) dot products per link and dominated the insert time.)
   */
  private void connect(int from, int to, int level) {
    int[] current = links.get(from)[level];
    int[] grown = Arrays.copyOf(current, current.length + 1);
    grown[current.length] = to;
    if (grown.length > maxLinks(level)) {
      float[] base = vectors.get(from);
      int worst = 0;
      double worstSim = Double.MAX_VALUE;
      for (int i = 0; i < grown.length; i++) {
        double sim = Vectors.dot(base, vectors.get(grown[i]));
        if (sim < worstSim) {
          worstSim = sim;
          worst = i;
        }
      }
      grown[worst] = grown[grown.length - 1];
      grown = Arrays.copyOf(grown, grown.length - 1);
    }
    links.get(from)[level] = grown;
  }
}
