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
 * <p>Vectors are held as bytes with one scale each (scalar quantisation, as Lucene's int8 HNSW
 * does), all in one array: a walk reads a quarter of the memory a float graph reads. At a hundred
 * thousand stories the graph no longer fits in the CPU's caches and its walks wait on memory: bytes
 * took 10% off `bench cluster`'s CPU at 100k articles and added 8% at 10k (session 22, probe runs).
 * A query stays float. The error this adds to an inner product is ~1e-3, below the gaps between the
 * candidates that matter, and the candidates are a set that the join model then scores exactly.
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
  private int dim = -1;
  /** Node n's codes are {@code codes[n · dim, (n + 1) · dim)}; its vector ≈ codes × {@code scales[n]}. */
  private byte[] codes = new byte[0];
  private float[] scales = new float[16];
  private int size;
  private int[] keys = new int[16];
  private boolean[] removed = new boolean[16];
  /** Per node and level, its neighbours, and beside them each one's similarity to the node. */
  private List<int[][]> links = new ArrayList<>();
  private List<float[][]> linkSims = new ArrayList<>();
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
    return size;
  }

  /**
   * Indexes a vector under a key. A key already present has its vector replaced in place and
   * keeps its links: callers re-index a story centroid only after it moved a little (cosine still
   * ≥ 0.98), and links chosen for the old position still lead there; relinking (or a removal plus
   * an insertion) made the graph rebuild so often that it dominated the cost. For the same reason
   * the similarities cached beside its links keep their old values: they only rank neighbours when
   * a list is full, and a move that small hardly reorders them.
   */
  void put(int key, float[] vector) {
    Integer node = nodeOfKey.get(key);
    if (node != null) {
      encode(node, vector);
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
    int node = size++;
    int level = (int) Math.floor(-Math.log(1 - random.nextDouble()) * levelMultiplier);
    if (node == keys.length) {
      keys = Arrays.copyOf(keys, node * 2);
      removed = Arrays.copyOf(removed, node * 2);
      scales = Arrays.copyOf(scales, node * 2);
    }
    encode(node, vector);
    keys[node] = key;
    int[][] nodeLinks = new int[level + 1][];
    float[][] nodeSims = new float[level + 1][];
    for (int l = 0; l <= level; l++) {
      nodeLinks[l] = new int[0];
      nodeSims[l] = new float[0];
    }
    links.add(nodeLinks);
    linkSims.add(nodeSims);
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
      List<Scored> found = searchLayer(vector, ep, efConstruction, l, 0);
      Scored[] chosen = selectNeighbours(found, maxLinks(l));
      nodeLinks[l] = new int[chosen.length];
      nodeSims[l] = new float[chosen.length];
      for (int i = 0; i < chosen.length; i++) {
        nodeLinks[l][i] = chosen[i].node;
        nodeSims[l][i] = (float) chosen[i].sim;
        connect(chosen[i].node, node, (float) chosen[i].sim, l);
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
    List<Scored> found = searchLayer(query, ep, Math.max(ef, k), 0, k);
    int[] out = new int[Math.min(k, found.size())];
    for (int i = 0; i < out.length; i++) {
      out[i] = keys[found.get(i).node];
    }
    return out;
  }

  // Live nodes are re-added in node order, so the new graph depends only on the old one's history.
  // Re-adding a decoded vector encodes it to the same codes (its largest component is 127 × scale).
  private void rebuild() {
    byte[] oldCodes = codes;
    float[] oldScales = scales;
    int oldSize = size;
    int[] oldKeys = keys;
    boolean[] oldRemoved = removed;
    keys = new int[Math.max(16, live * 2)];
    removed = new boolean[keys.length];
    scales = new float[keys.length];
    codes = new byte[keys.length * dim];
    size = 0;
    links = new ArrayList<>();
    linkSims = new ArrayList<>();
    entry = -1;
    maxLevel = -1;
    live = 0;
    float[] decoded = new float[dim];
    for (int i = 0; i < oldSize; i++) {
      if (!oldRemoved[i]) {
        for (int d = 0; d < dim; d++) {
          decoded[d] = oldCodes[i * dim + d] * oldScales[i];
        }
        nodeOfKey.put(oldKeys[i], add(oldKeys[i], decoded));
      }
    }
  }

  private void encode(int node, float[] vector) {
    if (dim < 0) {
      dim = vector.length;
    } else if (vector.length != dim) {
      throw new IllegalArgumentException("vector of " + vector.length + " dimensions in an index of " + dim);
    }
    if (codes.length < Math.multiplyExact(node + 1, dim)) {
      codes = Arrays.copyOf(codes, Math.max((node + 1) * dim, Math.multiplyExact(keys.length, dim)));
    }
    float max = 0;
    for (float x : vector) {
      max = Math.max(max, Math.abs(x));
    }
    float scale = max / 127f;
    int at = node * dim;
    for (int d = 0; d < dim; d++) {
      codes[at + d] = scale == 0 ? 0 : (byte) Math.round(vector[d] / scale);
    }
    scales[node] = scale;
  }

  /** A float query against a node's codes; four sums, as {@link Vectors#dot}, for the same reason. */
  private double sim(float[] q, int node) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int at = node * dim;
    int i = 0;
    for (; i + 3 < dim; i += 4) {
      s0 += q[i] * codes[at + i];
      s1 += q[i + 1] * codes[at + i + 1];
      s2 += q[i + 2] * codes[at + i + 2];
      s3 += q[i + 3] * codes[at + i + 3];
    }
    for (; i < dim; i++) {
      s0 += q[i] * codes[at + i];
    }
    return ((double) s0 + s1 + s2 + s3) * scales[node];
  }

  /** Two nodes' codes against each other (neighbour selection and pruning). */
  private double sim(int a, int b) {
    int s = 0;
    int atA = a * dim;
    int atB = b * dim;
    for (int i = 0; i < dim; i++) {
      s += codes[atA + i] * codes[atB + i];
    }
    return (double) s * scales[a] * scales[b];
  }

  private int maxLinks(int level) {
    return level == 0 ? 2 * m : m;
  }

  private int greedy(float[] q, int start, int level) {
    int best = start;
    double bestSim = sim(q, start);
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int n : links.get(best)[level]) {
        double s = sim(q, n);
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

  /**
   * The ef nearest nodes reachable at one level, best first; with {@code liveWanted > 0}, the ef
   * nearest live ones. Removed nodes are always walked through (they are waypoints). The walk ends
   * where plain HNSW's does, when the next candidate is farther than the ef-th nearest node visited,
   * live or removed; a walk that has not found {@code liveWanted} live nodes by then goes on until
   * it has, so a query among expired stories still gets its candidates (it used to get ef removed
   * nodes and so none).
   *
   * <p>Session 22 made every walk go on until it held ef live nodes. A graph half of whose nodes
   * were removed was then walked about twice as far (373 similarities a search at 10k articles of
   * `bench cluster`, up to 747 before a rebuild at 300k): the live ef nearest lie among the 2·ef
   * nearest of all, and the walk searched for them with an ef of twice its size.
   */
  private List<Scored> searchLayer(float[] q, int entryNode, int ef, int level, int liveWanted) {
    if (visitedMark.length < size) {
      visitedMark = Arrays.copyOf(visitedMark, Math.max(size, visitedMark.length * 2));
    }
    boolean liveOnly = liveWanted > 0;
    int gen = ++visitGeneration;
    PriorityQueue<Scored> candidates = new PriorityQueue<>(HnswIndex::compareBest);
    // the ef nearest visited (worst on top): where the walk ends
    PriorityQueue<Scored> nearest = new PriorityQueue<>((a, b) -> compareBest(b, a));
    // what it answers: the same, or only the live among everything visited
    PriorityQueue<Scored> results = liveOnly ? new PriorityQueue<>((a, b) -> compareBest(b, a)) : nearest;
    Scored first = new Scored(entryNode, sim(q, entryNode));
    visitedMark[entryNode] = gen;
    candidates.add(first);
    nearest.add(first);
    if (liveOnly && !removed[entryNode]) {
      results.add(first);
    }
    while (!candidates.isEmpty()) {
      Scored c = candidates.poll();
      boolean beyond = nearest.size() >= ef && compareBest(c, nearest.peek()) > 0;
      if (beyond && (!liveOnly || results.size() >= liveWanted)) {
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
        Scored s = new Scored(n, sim(q, n));
        boolean near = nearest.size() < ef || compareBest(s, nearest.peek()) < 0;
        if (near) {
          nearest.add(s);
          if (nearest.size() > ef) {
            nearest.poll();
          }
        }
        if (liveOnly && !removed[n] && (results.size() < ef || compareBest(s, results.peek()) < 0)) {
          results.add(s);
          if (results.size() > ef) {
            results.poll();
          }
        }
        if (near || (liveOnly && results.size() < liveWanted)) {
          candidates.add(s); // past the ef nearest only while the live wanted are not yet found
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
  private Scored[] selectNeighbours(List<Scored> sortedCandidates, int max) {
    Scored[] chosen = new Scored[Math.min(max, sortedCandidates.size())];
    boolean[] taken = new boolean[sortedCandidates.size()];
    int n = 0;
    for (int i = 0; i < sortedCandidates.size() && n < chosen.length; i++) {
      Scored c = sortedCandidates.get(i);
      boolean diverse = true;
      for (int j = 0; j < n; j++) {
        if (sim(c.node, chosen[j].node) > c.sim) {
          diverse = false;
          break;
        }
      }
      if (diverse) {
        chosen[n++] = c;
        taken[i] = true;
      }
    }
    for (int i = 0; i < sortedCandidates.size() && n < chosen.length; i++) {
      if (!taken[i]) {
        chosen[n++] = sortedCandidates.get(i);
      }
    }
    return Arrays.copyOf(chosen, n);
  }

  /**
   * Adds the back link {@code from → to} ({@code sim} apart). A full list makes room by the
   * diversity rule, applied to the pairs the newcomer forms, one similarity each: the newcomer is
   * not linked if a neighbour closer to {@code from} is closer to it than {@code from} is (it is
   * reached through that one); otherwise it replaces the least similar neighbour that it stands
   * in for (closer to the newcomer than to {@code from}); otherwise the least similar neighbour
   * goes, if it is less similar than the newcomer.
   *
   * <p>Dropping the least similar neighbour outright, as this did before session 22, cuts the few
   * links between topics first: on well-separated topics the graph fell apart into islands, and a
   * search never reached the query's topic (recall of the true ten nearest around 60 centres 0.70
   * for tight clusters and 0.64 for {@code HnswIndexTest}'s, at any ef; 0.94 and 0.99 with this rule). The full rule, every pair of
   * neighbours checked, found no more and cost 40% more of `bench cluster` at 10k articles.
   */
  private void connect(int from, int to, float sim, int level) {
    int[] current = links.get(from)[level];
    float[] sims = linkSims.get(from)[level];
    int n = current.length;
    if (n < maxLinks(level)) {
      int[] grown = Arrays.copyOf(current, n + 1);
      float[] grownSims = Arrays.copyOf(sims, n + 1);
      grown[n] = to;
      grownSims[n] = sim;
      links.get(from)[level] = grown;
      linkSims.get(from)[level] = grownSims;
      return;
    }
    // The same decisions as asking both questions of every neighbour, with fewer similarities:
    // each question goes only to the neighbours it concerns, and the second stops at its answer.
    // Is a neighbour closer to `from` than the newcomer also closer to the newcomer than `from` is?
    for (int i = 0; i < n; i++) {
      if (sims[i] > sim && sim(current[i], to) > sim) {
        return;
      }
    }
    // The least similar neighbour that the newcomer stands in for (list order among equals):
    // neighbours less similar than the newcomer, least similar first.
    long[] ascending = new long[n];
    int below = 0;
    for (int i = 0; i < n; i++) {
      if (sims[i] < sim) {
        int bits = Float.floatToIntBits(sims[i] + 0.0f); // -0.0 as 0.0, as the comparison reads it
        ascending[below++] = ((long) (bits ^ ((bits >> 31) & 0x7fffffff)) << 32) | i; // orders as the float
      }
    }
    Arrays.sort(ascending, 0, below);
    int replace = -1;
    for (int j = 0; j < below; j++) {
      int i = (int) ascending[j];
      if (sim(current[i], to) > sims[i]) {
        replace = i;
        break;
      }
    }
    if (replace < 0) {
      float worst = sim;
      for (int i = 0; i < n; i++) {
        if (sims[i] < worst) {
          worst = sims[i];
          replace = i;
        }
      }
      if (replace < 0) {
        return;
      }
    }
    current[replace] = to;
    sims[replace] = sim;
  }
}
