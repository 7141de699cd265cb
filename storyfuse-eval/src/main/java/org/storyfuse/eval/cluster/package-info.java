/**
 * Training and cross-validation of story grouping's join model (issue 11): {@link
 * org.storyfuse.eval.cluster.ClusterTraining} fits the event and storyline weights and thresholds on
 * labelled sets (ECB+, MultiLing 2011 with dates, the made-up sets of {@link
 * org.storyfuse.eval.cluster.SyntheticStories}, and headline-only copies made in code) and writes the
 * {@code join-model.json} storyfuse-core ships; {@link org.storyfuse.eval.cluster.ClusterCrossValidation}
 * scores each topic fold with a model trained without it, grouping the sets through the product's
 * pipeline. Run by {@code storyfuse eval train-clustering}; method and data in docs/CLUSTERING.md.
 *
 * <p>May import: the JDK, storyfuse-core's packages (the clusterer it trains is the product's own)
 * and {@link org.storyfuse.eval}. Never imported by production code.
 */
package org.storyfuse.eval.cluster;
