package org.storyfuse.analyze;

/**
 * How thoroughly an {@link Analyzer} reads. All profiles keep the quote, speaker, date and quantity
 * rules identical; they differ in the CoreNLP models behind them and in the embeddings.
 */
public enum Profile {

  /**
   * CoreNLP tokenize, pos, lemma, ner with its three English CRF models, fine-grained classes
   * (TITLE, CITY, COUNTRY, NATIONALITY, ...) and SUTime; sentence embeddings.
   */
  FULL(true),

  /**
   * CoreNLP tokenize, pos, lemma, ner with the 3-class CRF only (PERSON, ORGANIZATION, LOCATION,
   * MISC) plus SUTime and the numeric classifiers; no fine-grained classes (roles come from the
   * title lexicon alone), no embeddings. See docs/BENCHMARKS.md for what it gains and gives up.
   */
  FAST(false),

  /**
   * FAST's 3-class CRF, but SUTime only on windows around time words ({@link TimeTagger}) instead of
   * over every token, and no numeric classifiers (quantities are {@link QuantityParser}'s anyway):
   * 2.2x FAST's speed on the benchmark. Gives up time expressions that hold no time word and the
   * numeric classifiers' "this number is not a year"; see docs/EVALUATION.md.
   */
  RAPID(false);

  private final boolean embeddings;

  Profile(boolean embeddings) {
    this.embeddings = embeddings;
  }

  /** Whether this profile computes sentence embeddings by default. */
  public boolean embeddings() {
    return embeddings;
  }
}
