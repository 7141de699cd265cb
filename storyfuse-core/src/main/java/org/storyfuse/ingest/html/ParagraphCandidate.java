package org.storyfuse.ingest.html;

/**
 * A paragraph the collector kept, with what {@link ParagraphFilter} reads about it (names from
 * {@link HtmlArticleExtractor#featureNames()}).
 */
public record ParagraphCandidate(String text, double[] features) {}
