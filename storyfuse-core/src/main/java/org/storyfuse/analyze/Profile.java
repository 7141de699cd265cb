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
   * FAST's 3-class CRF without SUTime and the numeric classifiers: time expressions come from
   * {@link TimeRules} (the forms news uses, resolved against the publication date, anchored by tense)
   * and quantities from {@link QuantityParser}, as in every profile. Gives up SUTime's rarer forms
   * (undated references such as "at the time", bare parts of days, ordinal days, movable holidays
   * such as Easter); docs/EVALUATION.md measures the agreement with FAST on real
   * articles, docs/BENCHMARKS.md the speed.
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
