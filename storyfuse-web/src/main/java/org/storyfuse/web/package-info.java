/**
 * The HTTP service: a JSON API (list and search stories, read briefs and articles, post new
 * articles) and server-rendered pages, over a store written by the pipeline's incremental mode
 * ({@link org.storyfuse.pipeline.IncrementalPipeline}). Every piece of source text is escaped;
 * ids absorbed by a story merge answer with the merged story.
 *
 * <p>May import: model, ingest (to read posted documents), pipeline, store (reads), render, text.
 */
package org.storyfuse.web;
