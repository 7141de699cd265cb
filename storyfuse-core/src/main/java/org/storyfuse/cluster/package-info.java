/**
 * Story clustering: groups articles (originals, syndicated copies excluded) into stories from their
 * terms, entity keys, publication time and optional embeddings. {@link
 * org.storyfuse.cluster.StoryClusterer} groups a set in an order-independent way; {@link
 * org.storyfuse.cluster.IncrementalStoryClusterer} is the streaming engine it drives (HNSW and
 * inverted-index candidates, reciprocal-best merging). Clusters carry no ids: the pipeline names stories.
 *
 * <p>May import: model, text, embed. Never analyze, fuse, store, render or pipeline.
 */
package org.storyfuse.cluster;
