/**
 * Evaluation harnesses: score the product's own pipeline classes on labelled data (the seeds'
 * gold.json, MultiLing 2011, the WCXB extraction benchmark) — extraction, analysis, clustering,
 * ROUGE of briefs against reference summaries and against baseline summarizers, profile agreement,
 * threshold and ranking tuning. Results are in docs/EVALUATION.md.
 *
 * <p>May import: the JDK, storyfuse-core's packages (the code under test, run as production runs
 * it), {@link org.storyfuse.eval.summarizers} and the libraries storyfuse-core already uses. Must not
 * import storyfuse-web or storyfuse-cli. Never imported by production code: this module is not a
 * dependency of storyfuse-core, storyfuse-web or storyfuse-cli, and their jars ship without it.
 */
package org.storyfuse.eval;
