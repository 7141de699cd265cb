/**
 * Story clustering: groups articles (originals, syndicated copies excluded) into storylines and
 * their events from their terms, entity keys, publication time and embeddings, with a learned join
 * decision ({@link org.storyfuse.cluster.JoinModel}, weights shipped as resources). {@link
 * org.storyfuse.cluster.StoryClusterer} groups a set in an order-independent way; {@link
 * org.storyfuse.cluster.IncrementalStoryClusterer} is the streaming engine it drives (HNSW and
 * inverted-index candidates, reciprocal-best merging, two levels). Clusters carry no ids: the
 * pipeline names storylines and events.
 *
 * <p>May import: model, text, embed. Never analyze, fuse, store, render or pipeline.
 */
package org.storyfuse.cluster;
