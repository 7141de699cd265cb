package org.storyfuse.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import org.storyfuse.cluster.ArticleFeatures;

/**
 * A seeded stream of synthetic article features that resembles a news feed, generated lazily so a
 * million articles need not sit in memory at once:
 * <ul>
 *   <li>{@link #ARTICLES_PER_DAY} articles a day, in time order; stories start evenly over time
 *       and last longer the bigger they are (a 1-article story is one moment, a 100-article one
 *       runs about four days);
 *   <li>story sizes heavy-tailed (Pareto, α = 1.3, capped at 300): most stories have one to three
 *       articles, a few have hundreds;
 *   <li>384-d unit vectors around a story centre that itself leans towards one of 40 topic
 *       directions, so unrelated articles still have cosine ≈ 0.1–0.3 and same-story ones ≈ 0.7,
 *       as MiniLM embeddings of news do;
 *   <li>entities and terms: each story has a few core names and words drawn from Zipf
 *       vocabularies (200k names, 100k words), and each article adds background draws.
 * </ul>
 */
final class SyntheticNews implements Iterator<ArticleFeatures> {

  static final int ARTICLES_PER_DAY = 2_000;
  static final int DIM = 384;
  private static final int TOPICS = 40;
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  private final SplittableRandom random;
  private final int total;
  private final float[][] topics = new float[TOPICS][];
  private final Zipf names = new Zipf(200_000, 1.0);
  private final Zipf words = new Zipf(100_000, 1.0);
  private final PriorityQueue<Pending> pending =
      new PriorityQueue<>((a, b) -> a.second != b.second ? Long.compare(a.second, b.second) : Long.compare(a.seq, b.seq));
  private int planned;
  private int emitted;
  private int stories;
  private long seq;

  SyntheticNews(int total, long seed) {
    this.total = total;
    this.random = new SplittableRandom(seed);
    for (int t = 0; t < TOPICS; t++) {
      topics[t] = gaussianUnit();
    }
  }

  int storiesPlanned() {
    return stories;
  }

  @Override
  public boolean hasNext() {
    return emitted < total;
  }

  @Override
  public ArticleFeatures next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    // Plan stories until the earliest pending article is earlier than any story still to start.
    while (planned < total && (pending.isEmpty() || pending.peek().second > startSecond(planned))) {
      planStory();
    }
    emitted++;
    return pending.poll().build();
  }

  private long startSecond(int articleIndex) {
    return (long) articleIndex * 86_400 / ARTICLES_PER_DAY;
  }

  private void planStory() {
    int size = (int) Math.min(300, Math.floor(Math.pow(1 - random.nextDouble(), -1 / 1.3)));
    size = Math.min(size, total - planned);
    long start = startSecond(planned);
    Story story = new Story(stories++);
    double spreadSeconds = 86_400 * Math.min(4.0, 0.25 + Math.log(size));
    for (int i = 0; i < size; i++) {
      long at = start + (i == 0 ? 0 : (long) (random.nextDouble() * spreadSeconds));
      pending.add(new Pending(at, seq++, story, planned + i));
    }
    planned += size;
  }

  private final class Story {
    final int id;
    final float[] centre;
    final List<String> coreNames = new ArrayList<>();
    final List<String> coreWords = new ArrayList<>();

    Story(int id) {
      this.id = id;
      float[] noise = gaussianUnit();
      float[] topic = topics[random.nextInt(TOPICS)];
      float[] c = new float[DIM];
      for (int i = 0; i < DIM; i++) {
        c[i] = 0.45f * topic[i] + 0.9f * noise[i];
      }
      centre = unit(c);
      int nNames = 2 + random.nextInt(4);
      for (int i = 0; i < nNames; i++) {
        coreNames.add("e" + names.sample(random));
      }
      for (int i = 0; i < 15; i++) {
        coreWords.add("w" + words.sample(random));
      }
    }
  }

  private final class Pending {
    final long second;
    final long seq;
    final Story story;
    final int index;

    Pending(long second, long seq, Story story, int index) {
      this.second = second;
      this.seq = seq;
      this.story = story;
      this.index = index;
    }

    ArticleFeatures build() {
      float[] noise = gaussianUnit();
      float[] v = new float[DIM];
      for (int i = 0; i < DIM; i++) {
        v[i] = story.centre[i] + 0.75f * noise[i];
      }
      Set<String> entities = new LinkedHashSet<>();
      for (String n : story.coreNames) {
        if (random.nextDouble() < 0.8) {
          entities.add(n);
        }
      }
      int extra = 3 + random.nextInt(6);
      for (int i = 0; i < extra; i++) {
        entities.add("e" + names.sample(random));
      }
      Map<String, Integer> terms = new HashMap<>();
      for (int i = 0; i < 40; i++) {
        terms.merge(story.coreWords.get(random.nextInt(story.coreWords.size())), 1, Integer::sum);
      }
      for (int i = 0; i < 80; i++) {
        terms.merge("w" + words.sample(random), 1, Integer::sum);
      }
      return new ArticleFeatures("a" + index + "-s" + story.id, START.plusSeconds(second), unit(v), terms,
          new ArrayList<>(entities));
    }
  }

  private float[] gaussianUnit() {
    float[] v = new float[DIM];
    for (int i = 0; i < DIM; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return unit(v);
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float inv = (float) (1 / Math.sqrt(n));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }

  /** Zipf sampling by inverse CDF over a precomputed cumulative table (binary search). */
  static final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double s) {
      cumulative = new double[n];
      double sum = 0;
      for (int k = 1; k <= n; k++) {
        sum += 1 / Math.pow(k, s);
        cumulative[k - 1] = sum;
      }
      for (int k = 0; k < n; k++) {
        cumulative[k] /= sum;
      }
    }

    int sample(SplittableRandom random) {
      double u = random.nextDouble();
      int lo = 0;
      int hi = cumulative.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] < u) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
