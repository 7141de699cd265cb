package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.Analyzers;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.model.Article;
import org.storyfuse.render.BriefJson;

/** The same input gives byte-identical briefs whatever the number of threads (analysis on). */
class ThreadCountDeterminismTest {

  @Test
  void oneTwoAndFourThreadsWriteTheSameJson() {
    List<Article> articles = new ArrayList<>(new Ingestor().ingest(
        List.of(Path.of("..", "samples", "corpus", "*").toString())).articles());
    articles.addAll(StoreFixtures.bridges(0, 5));
    articles.addAll(StoreFixtures.chesses(0, 3));
    String one = json(articles, 1);
    assertThat(one).contains("\"story_id\"");
    assertThat(json(articles, 2)).isEqualTo(one);
    assertThat(json(articles, 4)).isEqualTo(one);
  }

  private static String json(List<Article> articles, int threads) {
    StoryPipeline pipeline = StoryPipeline.standard(Analyzers.rapid(), SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS,
        threads);
    return BriefJson.write(pipeline.run(articles, PipelineListener.SILENT).briefs());
  }
}
