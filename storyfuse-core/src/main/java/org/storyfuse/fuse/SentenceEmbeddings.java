package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Embedding;
import org.storyfuse.analyze.SentenceEmbedder;

/**
 * One sentence vector per sentence node, for claim alignment. The FULL analysis profile computes
 * them already; for sentences it did not embed (FAST profile, no analysis, a text cut short) the
 * vectors come from an embedder — by default one shared, cached {@link SentenceEmbedder}, loaded
 * on first use, so a story's sentences are embedded once per JVM even across repeated briefs.
 */
final class SentenceEmbeddings {

  /** Embeds texts, one vector per text, in order. */
  interface Embedder extends Function<List<String>, List<Embedding>> {}

  private SentenceEmbeddings() {}

  /** The shared MiniLM embedder, loaded on first use (the ONNX model takes about a second). */
  static Embedder shared() {
    return texts -> Shared.INSTANCE.embedAll(texts);
  }

  private static final class Shared {
    static final SentenceEmbedder INSTANCE = new SentenceEmbedder();
  }

  /** Unit vectors (float[384]) parallel to {@code nodes}: the analysis' where it has one, else computed. */
  static float[][] of(List<BriefBuilder.SentenceNode> nodes, Map<String, AnalyzedArticle> analyses, Embedder embedder) {
    float[][] out = new float[nodes.size()][];
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      BriefBuilder.SentenceNode n = nodes.get(i);
      AnalyzedArticle a = analyses.get(n.sentence().articleId());
      int index = n.sentence().index();
      if (a != null && index < a.embeddings().size()) {
        out[i] = unit(a.embeddings().get(index).vector());
      } else {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      List<Embedding> computed = embedder.apply(missing.stream().map(i -> nodes.get(i).sentence().text()).toList());
      for (int k = 0; k < missing.size(); k++) {
        out[missing.get(k)] = unit(computed.get(k).vector());
      }
    }
    return out;
  }

  /** Scaled to unit length, so that a dot product is the cosine. */
  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return v;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * scale;
    }
    return out;
  }
}
