/**
 * Speed and memory benchmarks of the pipeline stages — analysis, clustering, brief building, the
 * SQLite store — with the generators of their synthetic input ({@code SyntheticNews},
 * {@code SyntheticStories}, the made-up sentences in {@code sentences.txt}). Results are in
 * docs/BENCHMARKS.md.
 *
 * <p>May import: the JDK, storyfuse-core's packages (the code being timed),
 * {@link org.storyfuse.eval} for scoring what a run produced, and the libraries storyfuse-core
 * already uses (CoreNLP, to time its annotators one by one). Must not import storyfuse-web or
 * storyfuse-cli. Never imported by production code.
 */
package org.storyfuse.bench;
