package org.storyfuse.ingest.dedup;

import java.util.Objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

/**
 * Finds syndicated copies: articles whose bodies are the same text, exactly or nearly (another
 * headline, an added credit or copyright line, a reworded sentence). Only the body counts:
 * headlines are what syndicating outlets rewrite first.
 *
 * <p>First an exact pass groups identical normalised bodies. Then one representative of each
 * exact group gets a MinHash signature over word 5-shingles; LSH banding proposes candidate pairs
 * (no all-pairs comparison), and a candidate joins a group when its estimated Jaccard similarity
 * to the group's representative reaches the threshold and neither text states a detail the other
 * lacks ({@link CopyFacts}: an altered copy is its own source, so its change shows as a discrepancy). Groups form leader-first in publication
 * order, so every member is checked against the representative itself (no chains of "similar to
 * something similar") and the result does not depend on input order. Stateless and thread-safe.
 */
public final class NearDuplicateDetector {

  /**
   * The default similarity threshold. One reworded 25-word sentence in a 300-word story changes
   * about 29 of its ~300 word 5-shingles and so costs about 0.1 of Jaccard similarity; an outlet
   * that also trims a closing paragraph costs as much again. Independent reports of the same event
   * share names, numbers and short quotes but rarely runs of five identical words and stay below
   * about 0.2. 0.7 keeps lightly edited copies of even short stories together with room for the
   * estimate's error (about ±0.04 with 128 hash functions), far above independent reports.
   */
  public static final double DEFAULT_THRESHOLD = 0.7;

  private final double threshold;

  public NearDuplicateDetector() {
    this(DEFAULT_THRESHOLD);
  }

  /** @param threshold the estimated Jaccard similarity at which a copy joins a group, in (0, 1] */
  public NearDuplicateDetector(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * What grouping needs of one article: its publication date, a digest of its normalised body
   * (the exact pass) and its MinHash signature (the near pass). A pure function of the article,
   * so a caller that groups a growing collection again and again computes it once per article.
   *
   * @param digest    SHA-256 of the normalised body words; null for a body without words (which
   *                  says nothing about being a copy: it stays a group of its own)
   * @param signature MinHash signature over word 5-shingles (of no words, for a wordless body)
   * @param facts     the body's checkable details ({@link CopyFacts}): a near copy must not change them
   */
  public record Fingerprint(String id, PublicationDate published, String digest, long[] signature, String[] facts)
      implements java.io.Serializable {
    public Fingerprint {
      Objects.requireNonNull(id, "id");
    }

    boolean wordless() {
      return digest == null;
    }
  }

  /** The article's fingerprint (thread-safe; a few hundred microseconds for a news article). */
  public Fingerprint fingerprint(Article a) {
    List<String> words = TextNormalizer.words(a.paragraphs());
    if (words.isEmpty()) {
      return new Fingerprint(a.id(), a.published(), null, MinHasher.signature(words), new String[0]);
    }
    return new Fingerprint(a.id(), a.published(), digest(String.join(" ", words)), MinHasher.signature(words),
        CopyFacts.of(a.paragraphs()));
  }

  /**
   * The near pass's LSH band keys of a fingerprint, one per band (band number mixed in): two texts
   * are compared only when they share one. None for a wordless body. For engines that find
   * candidate pairs by grouping on keys (storyfuse-spark) instead of with an in-memory index.
   */
  public static long[] bandKeys(Fingerprint f) {
    if (f.wordless()) {
      return new long[0];
    }
    long[] keys = new long[LshIndex.BANDS];
    for (int band = 0; band < LshIndex.BANDS; band++) {
      long h = 0x9E3779B97F4A7C15L * (band + 1);
      for (int r = band * LshIndex.ROWS; r < (band + 1) * LshIndex.ROWS; r++) {
        h = (h ^ f.signature()[r]) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
      }
      keys[band] = h;
    }
    return keys;
  }

  /**
   * Whether the near pass could put one of the two in a group the other leads: the same text, or
   * similar enough with no detail changed. Symmetric. {@link #groupFingerprints} joins texts only
   * along such pairs that share a band, so a set closed under them groups as it would inside any
   * larger set.
   */
  public boolean mayCopy(Fingerprint a, Fingerprint b) {
    if (a.wordless() || b.wordless()) {
      return false;
    }
    return a.digest().equals(b.digest())
        || (MinHasher.similarity(a.signature(), b.signature()) >= threshold && CopyFacts.nested(a.facts(), b.facts()));
  }

  /**
   * Groups the articles; every article is in exactly one group. Groups are ordered by their
   * representative, earliest published first.
   *
   * @throws IllegalArgumentException if two articles share an id
   */
  public List<DuplicateGroup> group(List<Article> articles) {
    return groupFingerprints(articles.parallelStream().map(this::fingerprint).toList());
  }

  /** As {@link #group}, over fingerprints computed already; the same answer in any input order. */
  public List<DuplicateGroup> groupFingerprints(List<Fingerprint> fingerprints) {
    List<Fingerprint> ordered = new ArrayList<>(fingerprints);
    ordered.sort(FINGERPRINT_ORDER);
    Set<String> seen = new HashSet<>();
    for (Fingerprint f : ordered) {
      if (!seen.add(f.id())) {
        throw new IllegalArgumentException("two articles share the id " + f.id());
      }
    }

    // Exact pass: each article maps to its distinct text; distinct texts are numbered in
    // publication order, so a text's number follows its earliest article.
    Map<String, Integer> textIndex = new HashMap<>();
    int[] textOf = new int[ordered.size()];
    List<long[]> texts = new ArrayList<>();
    List<Boolean> wordless = new ArrayList<>();
    List<String[]> facts = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      Fingerprint f = ordered.get(i);
      // Wordless bodies (only symbols) say nothing about being copies: each stays its own text.
      String key = f.wordless() ? "\0" + i : f.digest();
      Integer text = textIndex.get(key);
      if (text == null) {
        text = texts.size();
        textIndex.put(key, text);
        texts.add(f.signature());
        wordless.add(f.wordless());
        facts.add(f.facts());
      }
      textOf[i] = text;
    }

    NearPass near = new NearPass(texts, wordless, facts, threshold);
    Map<Integer, List<String>> members = new HashMap<>();
    Map<Integer, Double> minSimilarity = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) { // publication order: members come out earliest first
      int leader = near.leaderOf[textOf[i]];
      members.computeIfAbsent(leader, k -> new ArrayList<>()).add(ordered.get(i).id());
      minSimilarity.merge(leader, near.similarity[textOf[i]], Math::min);
    }
    List<DuplicateGroup> groups = new ArrayList<>();
    for (int t = 0; t < texts.size(); t++) { // leaders in publication order too
      if (near.leaderOf[t] == t) {
        List<String> ids = members.get(t);
        groups.add(new DuplicateGroup(ids.get(0), ids, minSimilarity.get(t)));
      }
    }
    return groups;
  }

  /** Earliest published first (exact time where stated); undated last; ties by id. */
  private static final Comparator<Fingerprint> FINGERPRINT_ORDER =
      Comparator.comparing(Fingerprint::published, Comparator.nullsLast(
              Comparator.comparing(PublicationDate::date)
                  .thenComparing(PublicationDate::instant, Comparator.nullsLast(Comparator.naturalOrder()))))
          .thenComparing(Fingerprint::id);

  private static String digest(String text) {
    return org.storyfuse.model.Digests.sha256Hex(text);
  }

  /**
   * Leader clustering of distinct texts (in publication order): each text not yet in a group
   * leads a new one, and its LSH candidates that are still free join it when similar enough.
   */
  private static final class NearPass {
    final int[] leaderOf;
    final double[] similarity;

    NearPass(List<long[]> signatures, List<Boolean> wordless, List<String[]> facts, double threshold) {
      LshIndex index = new LshIndex(signatures);
      leaderOf = new int[signatures.size()];
      similarity = new double[signatures.size()];
      Arrays.fill(leaderOf, -1);
      for (int t = 0; t < signatures.size(); t++) {
        if (leaderOf[t] >= 0) {
          continue; // joined an earlier leader
        }
        leaderOf[t] = t;
        similarity[t] = 1.0;
        if (wordless.get(t)) {
          continue;
        }
        BitSet candidates = index.candidates(t, signatures.get(t));
        // Earlier candidates are leaders themselves or joined an earlier group: start after t.
        for (int c = candidates.nextSetBit(t + 1); c >= 0; c = candidates.nextSetBit(c + 1)) {
          if (leaderOf[c] < 0 && !wordless.get(c)) {
            double s = MinHasher.similarity(signatures.get(t), signatures.get(c));
            // similar text that changes a detail (a number, name, day, quoted word) is no copy
            if (s >= threshold && CopyFacts.nested(facts.get(t), facts.get(c))) {
              leaderOf[c] = t;
              similarity[c] = s;
            }
          }
        }
      }
    }
  }
}
