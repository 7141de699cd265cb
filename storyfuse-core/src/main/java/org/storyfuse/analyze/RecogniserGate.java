package org.storyfuse.analyze;

import org.storyfuse.analyze.tag.PerceptronTagger;

/**
 * Which sentences CoreNLP's 3-class recogniser reads in RAPID. The recogniser (a CRF whose
 * feature strings are built token by token) is most of RAPID's time, and about half of the tokens
 * it reads are in sentences where it finds nothing. Two cheap checks pass over such a sentence:
 * {@link NamelessSentences} (no capital but a function word opening it), then the distilled entity
 * perceptron (LEAN's, trained on the recogniser's own output) when it reads every token as outside
 * any name by at least {@link #MARGIN} ("In the end it is the ball that does the talking."; a
 * heading such as "How to Choose a Pond Pump"). Sentences it is unsure of, and those it thinks name
 * something, go to the recogniser, which decides: the perceptron never adds a name, it only saves
 * the recogniser a sentence the recogniser would label all "O" — unless a capitalised word of the
 * sentence is part of a name the recogniser found elsewhere in the article, which it then reads
 * after all (one reading of a name across the article, as the recogniser would give it).
 *
 * <p>{@link #MARGIN} was chosen on the perceptron's training articles and checked on its held-out
 * ones (docs/EVALUATION.md, "RAPID's recogniser skips sentences LEAN's entity tagger surely reads as
 * nameless …"): on held-out web pages it spares the recogniser ~44% of the tokens it read and loses
 * ~0.5% of its entity spans, on held-out news ~10% and ~0.02%. Thread-safe.
 */
public final class RecogniserGate {

  /** The perceptron's "O" must beat every other class by this much (raw perceptron score) at every token. */
  public static final double MARGIN = 80;

  /** The recogniser reads every sentence that may name something ({@link NamelessSentences} only). */
  static final RecogniserGate CAPITALS_ONLY = new RecogniserGate(null);

  private final PerceptronTagger entities;
  private final double margin;

  /** @param entities the distilled entity tagger, or null for the capitals check alone */
  RecogniserGate(PerceptronTagger entities) {
    this(entities, MARGIN);
  }

  RecogniserGate(PerceptronTagger entities, double margin) {
    this.entities = entities;
    this.margin = margin;
  }

  /** RAPID's gate: the shipped entity tagger, {@link #MARGIN}. */
  public static RecogniserGate shipped() {
    return new RecogniserGate(PerceptronTagger.ner(TaggerModels.read(LeanReader.NER_MODEL)));
  }

  /** This gate's tagger with another margin ({@code storyfuse eval taggers} measures several, loading the tagger once). */
  public RecogniserGate withMargin(double otherMargin) {
    return new RecogniserGate(entities, otherMargin);
  }

  /** What the recogniser does with a sentence. */
  public enum Decision {
    /** Reads it. */
    READ,
    /** Reads it only if one of its capitalised words is part of a name found elsewhere in the article. */
    READ_IF_NAMED_ELSEWHERE,
    /** Leaves it: no capital but a function word opening it. */
    SKIP
  }

  /**
   * What the recogniser does with a sentence, and which of its tokens the entity tagger is not sure
   * lie outside any name (null without the tagger): {@link NameWindows} reads around those as well
   * as around capitals ("the navy said …", "iDefense said …").
   */
  record Reading(Decision decision, boolean[] unsure) {}

  /**
   * What the recogniser does with this sentence.
   *
   * @param words the sentence's tokens as written
   * @param tags  their POS tags (the entity perceptron reads them)
   */
  public Decision decide(String[] words, String[] tags) {
    return read(words, tags).decision();
  }

  /** {@link #decide} with the tokens the entity tagger is unsure of. */
  Reading read(String[] words, String[] tags) {
    if (!NamelessSentences.mayNameSomething(words)) {
      return new Reading(Decision.SKIP, null);
    }
    if (entities == null) {
      return new Reading(Decision.READ, null);
    }
    double[] margins = entities.outsideMargins(words, tags);
    boolean[] unsure = new boolean[margins.length];
    boolean any = false;
    for (int i = 0; i < margins.length; i++) {
      unsure[i] = margins[i] < margin;
      any |= unsure[i];
    }
    return new Reading(any ? Decision.READ : Decision.READ_IF_NAMED_ELSEWHERE, unsure);
  }

  /**
   * Whether a capitalised word of the sentence is among {@code namedWords} (the words of the names
   * the recogniser found in the article's other sentences): the perceptron reads one sentence
   * alone, and a surname that opens a sentence ("Ilves is due to …") looks to it like any opener.
   */
  public static boolean usesAny(String[] words, java.util.Set<String> namedWords) {
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && namedWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds to {@code namedWords} the words of a sentence the recogniser read that lie inside a name
   * ({@code inName} by position): what {@link #usesAny} looks for in the sentences it waits on.
   */
  public static void addNamedWords(String[] words, java.util.function.IntPredicate inName,
      java.util.Set<String> namedWords) {
    for (int i = 0; i < words.length; i++) {
      if (inName.test(i)) {
        namedWords.add(words[i]);
      }
    }
  }
}
