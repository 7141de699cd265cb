/**
 * Summarizers compared by the ROUGE evaluation: the Lead, LexRank and Centroid baselines and
 * Storyfuse's own brief ranking behind one {@link org.storyfuse.eval.summarizers.Summarizer}
 * interface, choosing from one shared sentence pool and cut to one word budget.
 *
 * <p>May import: the JDK and storyfuse-core's packages (the Storyfuse summarizer runs the product's
 * {@code BriefBuilder}). Must not import {@link org.storyfuse.eval} (which imports this package),
 * storyfuse-web or storyfuse-cli. Never imported by production code.
 */
package org.storyfuse.eval.summarizers;
