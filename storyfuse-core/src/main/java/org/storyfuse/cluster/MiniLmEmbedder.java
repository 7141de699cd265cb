package org.storyfuse.cluster;

import org.storyfuse.text.Vectors;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantised, 384-d) run in-process by langchain4j's ONNX runtime. The model loads
 * once (weights in native memory, about 250 MB RSS); ONNX Runtime unpacks its native library into
 * {@code java.io.tmpdir}, which must be writable. Thread-safe.
 */
public final class MiniLmEmbedder implements TextEmbedder {

  private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  @Override
  public float[] embed(String text) {
    float[] v = model.embed(text.isBlank() ? "." : text).content().vector();
    return Vectors.normalised(v);
  }

  @Override
  public int dimension() {
    return 384;
  }
}
