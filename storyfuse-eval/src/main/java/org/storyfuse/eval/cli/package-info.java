/**
 * The {@code storyfuse eval} and {@code storyfuse bench} commands: picocli commands that run the
 * harnesses of {@link org.storyfuse.eval} and {@link org.storyfuse.bench} and print their tables.
 * {@link org.storyfuse.eval.cli.EvalCommands} adds them to the command line as an
 * {@link org.storyfuse.cli.CommandExtension}, listed in
 * {@code META-INF/services/org.storyfuse.cli.CommandExtension}.
 *
 * <p>May import: anything in this module, storyfuse-core, storyfuse-web, and storyfuse-cli's public
 * helpers ({@code Table}, {@code InputOptions}, {@code AnalysisOptions}, {@code Progress},
 * {@code CommandExtension}). Never imported by production code: storyfuse-cli finds these commands
 * only through {@link java.util.ServiceLoader}.
 */
package org.storyfuse.eval.cli;
