/**
 * Fast sequence taggers for the LEAN analysis profile: a greedy averaged perceptron
 * ({@link org.storyfuse.analyze.tag.PerceptronTagger}) with hashed feature templates for
 * part-of-speech tags ({@link org.storyfuse.analyze.tag.PosFeatures}) and BIO named-entity labels
 * ({@link org.storyfuse.analyze.tag.NerFeatures}).
 *
 * <p>Why: CoreNLP's POS tagger and CRF recogniser were ~85% of the analysis stage (~100 ms of CPU
 * per real article), the stage that kept the pipeline far from its speed target. The taggers here
 * are distilled from CoreNLP — trained on CoreNLP's own output over openly licensed news text
 * ({@code storyfuse eval train-taggers}) — and read a token in about a microsecond. What they give
 * up against CoreNLP is measured by {@code storyfuse eval taggers} (docs/EVALUATION.md).
 *
 * <p>May import: the JDK only. Knows nothing of articles or CoreNLP: it maps a sentence's words to
 * tags; {@code org.storyfuse.analyze.LeanReader} puts it to use.
 */
package org.storyfuse.analyze.tag;
