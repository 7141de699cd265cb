/**
 * The one pipeline: extracted articles to stories to briefs, in two modes over the same stages —
 * a batch ({@link org.storyfuse.pipeline.StoryPipeline#run}) and batches against a store
 * ({@link org.storyfuse.pipeline.IncrementalPipeline}) — with one story-id scheme
 * ({@link org.storyfuse.pipeline.StoryIds}) and one grouping step shared by both.
 *
 * <p>May import every stage (analyze, cluster, ingest.dedup, fuse, embed, story), render (to hand
 * briefs to the store as JSON) and store. Imported by the CLI, the web module and evaluation.
 */
package org.storyfuse.pipeline;
