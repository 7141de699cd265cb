package org.storyfuse.embed;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An embedder whose model is loaded on first use: a command that turns out to need no vectors (one
 * article per story, analysis off) never pays the model's load time or native memory.
 */
public final class LazyEmbedder implements Embedder {

  private final Supplier<? extends Embedder> loader;
  private final int dimension;
  private final java.util.function.Predicate<String> reads;
  private volatile Embedder loaded;

  /**
   * @param dimension the loaded embedder's dimension, known without loading it
   * @param reads     the loaded embedder's {@link Embedder#reads}, known without loading it
   */
  public LazyEmbedder(Supplier<? extends Embedder> loader, int dimension, java.util.function.Predicate<String> reads) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.dimension = dimension;
    this.reads = Objects.requireNonNull(reads, "reads");
  }

  /** all-MiniLM-L6-v2, loaded on first use. */
  public static LazyEmbedder miniLm() {
    return new LazyEmbedder(MiniLmEmbedder::new, MiniLmEmbedder.DIMENSION, MiniLmEmbedder::readsLanguage);
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public boolean reads(String language) {
    return reads.test(language);
  }

  @Override
  public List<Embedding> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    return model().embedAll(texts);
  }

  @Override
  public void clearCache() {
    Embedder e = loaded;
    if (e != null) {
      e.clearCache();
    }
  }

  /** Loads the model now, if it is not loaded yet (to load it while other work goes on). */
  public void load() {
    model();
  }

  /** Whether the model has been loaded (for tests and diagnostics). */
  public boolean isLoaded() {
    return loaded != null;
  }

  private Embedder model() {
    Embedder e = loaded;
    if (e == null) {
      synchronized (this) {
        e = loaded;
        if (e == null) {
          e = loader.get();
          loaded = e;
        }
      }
    }
    return e;
  }
}
