package org.storyfuse.embed;

/** One MiniLM model for the whole test JVM: loading it for every test class would cost seconds each. */
public final class SharedEmbedder {

  private static final Embedder INSTANCE = LazyEmbedder.miniLm();

  private SharedEmbedder() {}

  public static Embedder get() {
    return INSTANCE;
  }
}
