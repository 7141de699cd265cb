package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyfuse.cluster.ClusterParams;
import org.storyfuse.embed.Embedder;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;

/**
 * The store commands' pipeline (its analyzer made only when an article needs analysing) groups with
 * the model `brief` uses: it had been given the lexical model, so `ingest` and `serve` made other
 * stories of the same articles than `brief` (MultiLing with dates: 20 stories against 16).
 */
class OnDemandPipelineTest {

  @Test
  void groupsWithTheModelOfTheBatchPipeline() {
    Embedder embedder = SharedEmbedder.get();
    StoryPipeline onDemand = StoryPipeline.standardOnDemand(() -> {
      throw new AssertionError("grouping must not need the analyzer");
    }, embedder, BriefBuilder.DEFAULT_WORDS, 2);
    StoryPipeline batch = StoryPipeline.standard(null, embedder, BriefBuilder.DEFAULT_WORDS, 2);
    assertThat(batch.stages().clusterer().params()).isSameAs(ClusterParams.DEFAULT);
    assertThat(onDemand.stages().clusterer().params()).isSameAs(batch.stages().clusterer().params());
  }
}
