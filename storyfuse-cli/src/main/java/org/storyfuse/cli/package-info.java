/**
 * The {@code storyfuse} command line: one picocli command per pipeline stage
 * ({@link org.storyfuse.cli.StoryfuseCli}), output writers, and the helpers commands share
 * ({@code InputOptions}, {@code AnalysisOptions}, {@code Table}, {@code Progress}, public for commands
 * in other modules). Commands from other jars plug in as {@link org.storyfuse.cli.CommandExtension}s;
 * that is how storyfuse-eval adds {@code eval} and {@code bench}.
 *
 * <p>May import: storyfuse-core, storyfuse-web, picocli, Jackson and the progress bar. Must not
 * import the evaluation and benchmark packages ({@code org.storyfuse.eval}, {@code org.storyfuse.bench},
 * {@code org.storyfuse.web.bench}): they live in storyfuse-eval, which depends on this module.
 */
package org.storyfuse.cli;
