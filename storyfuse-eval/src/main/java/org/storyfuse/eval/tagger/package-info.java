/**
 * Training and measuring the LEAN profile's distilled taggers: {@link
 * org.storyfuse.eval.tagger.TaggerCorpus} (openly licensed news text, split into training and
 * held-out articles), {@link org.storyfuse.eval.tagger.TaggerTraining} (CoreNLP's tags as labels,
 * the averaged perceptron trained on them) and {@link org.storyfuse.eval.tagger.TaggerAgreement}
 * (what LEAN's tags agree with CoreNLP's on articles the taggers never saw).
 */
package org.storyfuse.eval.tagger;
