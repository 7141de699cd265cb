/**
 * Sentence embeddings: the {@link org.storyfuse.embed.Embedder} interface every stage takes by
 * injection, the one MiniLM implementation ({@link org.storyfuse.embed.MiniLmEmbedder}, ONNX on
 * the CPU, cached) and a lazy wrapper that loads the model only when a vector is first asked for.
 *
 * <p>May import: the JDK and langchain4j's ONNX embedding model. Imported by analyze, cluster, fuse
 * and pipeline; imports no other Storyfuse package.
 */
package org.storyfuse.embed;
