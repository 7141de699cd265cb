package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.embed.Embedder;

/**
 * How thoroughly an {@link Analyzer} reads. All profiles keep the quote, speaker, date and quantity
 * rules identical; they differ in the CoreNLP models behind them and in the embeddings. Each
 * profile assembles its chain of {@link Annotator}s ({@link #chain}):
 *
 * <ul>
 *   <li>FULL and FAST: sentences, language, length limit, CoreNLP (with SUTime), entities, quotes,
 *       time mentions, quantities;
 *   <li>RAPID: the same with CoreNLP's 3-class recogniser without SUTime, the distilled perceptron
 *       POS tagger in place of CoreNLP's, and {@link TimeRules} right after it;
 *   <li>LEAN: RAPID's chain with CoreNLP's tokenizer only, and distilled perceptron taggers for
 *       POS tags and entities ({@link LeanReader});
 * </ul>
 * and sentence embeddings last wherever the analyzer was given an embedder.
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
   * articles, docs/BENCHMARKS.md the speed. POS tags come from the distilled perceptron tagger
   * LEAN uses, not CoreNLP's (half of the time; the CRF does not read tags), and the CRF reads only
   * the sentences LEAN's entity tagger is not sure name nothing ({@link RecogniserGate}), and of
   * those only the words around their capitals ({@link NameWindows}).
   */
  RAPID(false),

  /**
   * RAPID's rules with the 3-class recogniser replaced by an averaged-perceptron tagger as well
   * (both taggers trained on CoreNLP's own output, {@code storyfuse eval train-taggers}): CoreNLP's
   * tokenizer, then about a microsecond a token instead of ~0.15 ms. docs/EVALUATION.md measures
   * its agreement with CoreNLP's tags and what it changes in the seeds' analysis and briefs.
   */
  LEAN(false);

  private final boolean embeddings;

  Profile(boolean embeddings) {
    this.embeddings = embeddings;
  }

  /** Whether this profile computes sentence embeddings by default. */
  public boolean embeddings() {
    return embeddings;
  }

  /**
   * The annotators this profile runs, in order, with its CoreNLP pipeline (loaded here: 15-30 s).
   *
   * @param embedder the process's embedder when sentence vectors are wanted, else null
   */
  AnnotatorChain chain(Embedder embedder) {
    Annotator reader = switch (this) {
      case LEAN -> new LeanAnnotator(new LeanReader());
      // CoreNLP's tagger was half of RAPID's time; the distilled one agrees with it on 97–98% of
      // tags, and RAPID's output on 99.9% of entity mentions and quotes (docs/EVALUATION.md). The
      // distilled entity tagger spares the recogniser sentences it surely reads as nameless, and the
      // recogniser reads only the words around names (RecogniserGate, NameWindows: together −28% of
      // RAPID's CPU, 7,817 of 7,828 entity mentions the same)
      case RAPID -> new CoreNlpAnnotator(new CoreNlpReader(this,
          org.storyfuse.analyze.tag.PerceptronTagger.pos(TaggerModels.read(LeanReader.POS_MODEL)),
          RecogniserGate.shipped()));
      default -> new CoreNlpAnnotator(new CoreNlpReader(this));
    };
    return chain(reader, embedder);
  }

  /**
   * As {@link #chain(Embedder)} with the given reading step (tests pass a stand-in that loads no
   * models). The profile decides the CoreNLP configuration and whether {@link TimeRules} reads the
   * times; the other steps are the same in every profile.
   */
  AnnotatorChain chain(Annotator coreNlp, Embedder embedder) {
    List<Annotator> steps = new ArrayList<>(List.of(
        new SentenceSplitAnnotator(),
        new LanguageAnnotator(),
        new LengthLimitAnnotator(Analyzer.MAX_ANALYSED_CHARS),
        coreNlp));
    if (this == RAPID || this == LEAN) {
      steps.add(new TimeRulesAnnotator()); // no SUTime in these readers
    }
    steps.addAll(List.of(
        new EntityAnnotator(),
        new QuoteAnnotator(),
        new TimeMentionAnnotator(),
        new QuantityAnnotator()));
    if (embedder != null) {
      steps.add(new EmbeddingAnnotator(embedder));
    }
    return new AnnotatorChain(steps);
  }
}
