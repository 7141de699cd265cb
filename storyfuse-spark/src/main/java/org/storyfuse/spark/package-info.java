/**
 * Storyfuse as one Apache Spark job ({@link org.storyfuse.spark.SparkBriefJob}): the stages of
 * {@code storyfuse brief} — read and extract, find syndicated copies, group into stories, fuse —
 * over inputs on any Hadoop file system, for corpora one machine cannot hold. Per-article work runs
 * in executors with models loaded once per JVM ({@link org.storyfuse.spark.Engines}); candidate
 * pairs come from Spark joins on keys (MinHash LSH bands for copies, rare terms and names for
 * stories) and are scored with the product's own detector and join model; the connected parts of
 * the candidate graph are then grouped and fused one by one by the product's {@code StoryPipeline},
 * given the whole collection's document frequencies for their articles' own keys (joined to each
 * article, never collected: {@link org.storyfuse.spark.KeyCounts}), so each part groups as it would
 * inside a single-machine run over everything.
 *
 * <p>May import: storyfuse-core (every package), Spark, Hadoop, Jackson. The product's logic stays
 * in core: this package decides only what runs where.
 */
package org.storyfuse.spark;
