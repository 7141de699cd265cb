package org.storyfuse.analyze.tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains a {@link PerceptronModel}: the averaged perceptron (Collins 2002) over greedy left-to-right
 * decoding, the sentences in a seeded random order each epoch, so the same data gives the same model.
 * Averaging is done lazily (each weight remembers when it last changed), which keeps an update
 * proportional to the features of the token.
 */
public final class PerceptronTrainer {

  /** One training sentence: words, an earlier tagger's tags (or null) and the gold tags. */
  public record Example(String[] words, String[] context, String[] tags) {
    public Example {
      if (words.length != tags.length || context != null && context.length != words.length) {
        throw new IllegalArgumentException("words, context and tags differ in length");
      }
    }
  }

  private final FeatureTemplates templates;
  private final int epochs;
  private final long seed;
  private final boolean tagDictionary;
  private final boolean lexicon;

  /**
   * @param tagDictionary whether frequent unambiguous words get their tag without scoring
   * @param lexicon       whether the model carries a lexicon of words' usual labels
   */
  PerceptronTrainer(FeatureTemplates templates, int epochs, long seed, boolean tagDictionary, boolean lexicon) {
    this.templates = templates;
    this.epochs = epochs;
    this.seed = seed;
    this.tagDictionary = tagDictionary;
    this.lexicon = lexicon;
  }

  /**
   * A POS trainer: Honnibal's tag dictionary (frequent unambiguous words get their tag without
   * scoring), no lexicon.
   */
  public static PerceptronTrainer pos(int epochs, long seed) {
    return new PerceptronTrainer(new PosFeatures(), epochs, seed, true, false);
  }

  /**
   * An entity trainer: no tag dictionary (a word's label depends on its neighbours), a lexicon of
   * the labels words mostly had.
   */
  public static PerceptronTrainer ner(int epochs, long seed) {
    return new PerceptronTrainer(new NerFeatures(), epochs, seed, false, true);
  }

  /** One feature's weights while training. */
  private static final class Weights {
    final float[] weight;
    final double[] total;
    final long[] stamp;

    Weights(int classes) {
      weight = new float[classes];
      total = new double[classes];
      stamp = new long[classes];
    }

    void update(int c, float delta, long now) {
      total[c] += (now - stamp[c]) * (double) weight[c];
      stamp[c] = now;
      weight[c] += delta;
    }

    float[] average(long now) {
      float[] avg = new float[weight.length];
      for (int c = 0; c < weight.length; c++) {
        double t = total[c] + (now - stamp[c]) * (double) weight[c];
        avg[c] = (float) (t / now);
      }
      return avg;
    }
  }

  /**
   * Trains on the examples.
   *
   * @param minWeight averaged weights smaller than this (in absolute value) are dropped: most features
   *                  are seen once or twice and vote for nothing after averaging
   */
  public PerceptronModel train(List<Example> examples, float minWeight) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no training examples");
    }
    List<String> classes = new ArrayList<>(new TreeSet<>(examples.stream()
        .flatMap(e -> java.util.Arrays.stream(e.tags())).toList()));
    Map<String, Integer> classIndex = new HashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      classIndex.put(classes.get(i), i);
    }
    Map<String, Integer> dictionary = tagDictionary ? dictionary(examples, classIndex) : Map.of();
    Map<String, String> words = lexicon ? lexicon(examples) : Map.of();
    PerceptronModel lookup = new PerceptronModel(templates.name(), classes, Map.of(), words, Map.of());
    // the model the decoder reads while training is this map, through a live view
    Map<Long, Weights> weights = new HashMap<>();
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(seed);
    long now = 0;
    long[] features = new long[FeatureTemplates.MAX_FEATURES];
    float[] scores = new float[classes.size()];
    boolean[][] allowed = PerceptronTagger.transitions(classes);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (Example e : order) {
        Tokens tokens = Tokens.of(e.words(), e.context(), lookup, templates);
        String[] norms = tokens.norms();
        int[] tags = new int[e.words().length];
        for (int i = 0; i < tags.length; i++) {
          int gold = classIndex.get(e.tags()[i]);
          Integer fixed = dictionary.get(norms[i]);
          if (fixed != null) {
            tags[i] = fixed;
            continue;
          }
          now++;
          int count = templates.features(tokens, tags, i, features);
          java.util.Arrays.fill(scores, 0f);
          for (int f = 0; f < count; f++) {
            Weights w = weights.get(features[f]);
            if (w != null) {
              for (int c = 0; c < scores.length; c++) {
                scores[c] += w.weight[c];
              }
            }
          }
          int guess = PerceptronTagger.best(scores, allowed[i == 0 ? 0 : tags[i - 1] + 1]);
          if (guess != gold) {
            for (int f = 0; f < count; f++) {
              Weights w = weights.computeIfAbsent(features[f], k -> new Weights(classes.size()));
              w.update(gold, 1f, now);
              w.update(guess, -1f, now);
            }
          }
          // later tokens read the gold history while training would hide the decoder's own
          // mistakes; the guess is what the tagger will see when it runs
          tags[i] = guess;
        }
      }
    }
    Map<Long, float[]> averaged = new TreeMap<>();
    for (Map.Entry<Long, Weights> entry : weights.entrySet()) {
      float[] avg = entry.getValue().average(Math.max(1, now));
      boolean any = false;
      for (int c = 0; c < avg.length; c++) {
        if (Math.abs(avg[c]) < minWeight) {
          avg[c] = 0f;
        } else {
          any = true;
        }
      }
      if (any) {
        averaged.put(entry.getKey(), avg);
      }
    }
    return new PerceptronModel(templates.name(), classes, dictionary, words, averaged);
  }

  /**
   * Words as written, seen ≥ 3 times, and the entity type (or "O") they had in ≥ 2/3 of their
   * occurrences; words without such a majority are left out.
   */
  private static Map<String, String> lexicon(List<Example> examples) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Example e : examples) {
      for (int i = 0; i < e.words().length; i++) {
        String w = e.words()[i];
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
          continue;
        }
        String label = e.tags()[i];
        String type = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
        counts.computeIfAbsent(w, k -> new HashMap<>()).merge(type, 1, Integer::sum);
      }
    }
    Map<String, String> lexicon = new HashMap<>();
    counts.forEach((word, types) -> {
      int total = types.values().stream().mapToInt(Integer::intValue).sum();
      Map.Entry<String, Integer> top = types.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow();
      // lower-case words are almost never names: only capitalised ones are worth an entry
      if (total >= 3 && 3 * top.getValue() >= 2 * total && Character.isUpperCase(word.charAt(0))) {
        lexicon.put(word, top.getKey());
      }
    });
    return lexicon;
  }

  /** Words seen ≥ 20 times with one tag ≥ 97% of the time (Honnibal's thresholds). */
  private static Map<String, Integer> dictionary(List<Example> examples, Map<String, Integer> classIndex) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Example e : examples) {
      for (int i = 0; i < e.words().length; i++) {
        counts.computeIfAbsent(Words.normalise(e.words()[i]), k -> new HashMap<>())
            .merge(e.tags()[i], 1, Integer::sum);
      }
    }
    Map<String, Integer> dictionary = new HashMap<>();
    counts.forEach((word, tags) -> {
      int total = tags.values().stream().mapToInt(Integer::intValue).sum();
      Map.Entry<String, Integer> top = tags.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow();
      if (total >= 20 && top.getValue() >= 0.97 * total) {
        dictionary.put(word, classIndex.get(top.getKey()));
      }
    });
    return dictionary;
  }
}
