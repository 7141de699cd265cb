/**
 * The story as the pipeline hands it to fusion: an id and its members (article, analysis, and
 * which are syndicated copies of which). A plain value type between the grouping and fusion stages.
 *
 * <p>May import: model and analyze (for the analysed article). Imported by fuse and pipeline.
 */
package org.storyfuse.story;
