/**
 * The analysis stage: reads one article in full — entities with their roles, quotes with their
 * speakers, time expressions resolved against the publication date, quantities, sentence
 * embeddings — into an {@link org.storyfuse.analyze.AnalyzedArticle}.
 *
 * <p>Built like Lucene's analysis chain: an {@link org.storyfuse.analyze.Analyzer} runs an ordered
 * list of {@code Annotator}s over a per-article {@code AnalysisContext}, and each
 * {@link org.storyfuse.analyze.Profile} (FULL, FAST, RAPID, LEAN) assembles its own list
 * ({@code Profile.chain}): sentence splitting, language, length limit, CoreNLP reading (configured by
 * the profile) or LEAN's reading (CoreNLP's tokenizer, then the distilled taggers of
 * {@code org.storyfuse.analyze.tag}), RAPID's {@code TimeRules} (one small class per family of time expressions), entities,
 * quotes, time mentions, quantities, embeddings. The public surface is {@code Analyzer},
 * {@code Profile}, the result records ({@code AnalyzedArticle}, {@code EntityMention},
 * {@code Entity}, {@code EntityKind}, {@code Quote}, {@code TimeMention}, {@code Quantity}),
 * {@code AnalysisCodec}, and {@code QuantityParser}, {@code EntityNames}, {@code EntityLinker} and
 * {@code QuoteMatcher}, which later stages reuse; the annotators and rules are package-private.
 *
 * <p>May import: the JDK; {@code org.storyfuse.model}, {@code org.storyfuse.text} (sentences,
 * terms) and {@code org.storyfuse.text.lexicon} (month, weekday and number words),
 * {@code org.storyfuse.embed}, {@code org.storyfuse.ingest.LanguageDetector}, {@code org.storyfuse.analyze.tag}; Stanford CoreNLP
 * ({@code CoreNlpReader} and {@code LeanReader} only) and Jackson ({@code AnalysisCodec} only). Never imports cluster, fuse,
 * store, pipeline, eval, bench or render: those stages read its results.
 */
package org.storyfuse.analyze;
