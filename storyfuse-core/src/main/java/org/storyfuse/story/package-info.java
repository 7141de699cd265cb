/**
 * The story as the pipeline hands it to fusion: an id, its members (article, analysis, and which
 * are syndicated copies of which) and its events; {@link org.storyfuse.story.Level} says whether a
 * story is a storyline (the default) or one event. Plain value types between grouping and fusion.
 *
 * <p>May import: model and analyze (for the analysed article). Imported by fuse and pipeline.
 */
package org.storyfuse.story;
