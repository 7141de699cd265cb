/**
 * Fusion: one story in ({@link org.storyfuse.story.Story}), one {@link org.storyfuse.model.Brief}
 * out — the extractive, cited summary, corroborated claims, quotes, timeline, entities and
 * discrepancies. Entry point: {@link org.storyfuse.fuse.BriefBuilder}.
 *
 * <p>May import: model, text, analyze (the analysed articles' records), story, embed. Never
 * cluster, store, render or pipeline.
 */
package org.storyfuse.fuse;
