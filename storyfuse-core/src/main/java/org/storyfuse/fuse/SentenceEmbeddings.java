package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.embed.Embedding;
import org.storyfuse.embed.Embedder;
import org.storyfuse.text.Vectors;

/**
 * One sentence vector per sentence node, for claim alignment. The FULL analysis profile computes
 * them already; sentences it did not embed (FAST or RAPID profile, no analysis, a text cut short)
 * are embedded with the injected embedder, in one call per story so the model batches them.
 */
final class SentenceEmbeddings {

  private SentenceEmbeddings() {}

  /**
   * Unit vectors (float[384]) for the {@code needed} nodes, parallel to {@code nodes} (null for the
   * others): the analysis' where it has one, else computed in one call.
   */
  static float[][] of(List<BriefBuilder.SentenceNode> nodes, Map<String, AnalyzedArticle> analyses, Embedder embedder,
      java.util.BitSet needed) {
    float[][] out = new float[nodes.size()][];
    List<Integer> missing = new ArrayList<>();
    for (int i = needed.nextSetBit(0); i >= 0 && i < nodes.size(); i = needed.nextSetBit(i + 1)) {
      BriefBuilder.SentenceNode n = nodes.get(i);
      AnalyzedArticle a = analyses.get(n.sentence().articleId());
      int index = n.sentence().index();
      if (a != null && index < a.embeddings().size()) {
        out[i] = Vectors.unit(a.embeddings().get(index).vector());
      } else {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      List<Embedding> computed = embedder.embedAll(missing.stream().map(i -> nodes.get(i).sentence().text()).toList());
      for (int k = 0; k < missing.size(); k++) {
        out[missing.get(k)] = Vectors.unit(computed.get(k).vector());
      }
    }
    return out;
  }
}
