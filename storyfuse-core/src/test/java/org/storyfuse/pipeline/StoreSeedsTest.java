package org.storyfuse.pipeline;

import org.storyfuse.store.SearchHit;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.analyze.AnalysisCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;

/** The five seed reports with the FAST analysis: the store gives the brief {@code storyfuse brief} gives. */
class StoreSeedsTest {

  @TempDir Path dir;

  @Test
  void oneBatchOfTheSeedsGivesTheSameStoryAndBriefAsThePipeline() {
    String shared = System.getProperty("storyfuse.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")), "the shared seeds are not available");
    List<Article> articles = new Ingestor().ingest(List.of(Path.of(shared, "seeds", "*.txt").toString())).articles();
    assertThat(articles).hasSize(5);
    Analyzer fast = new Analyzer(Profile.FAST);
    Map<String, AnalyzedArticle> analyses = new HashMap<>();
    for (AnalyzedArticle a : fast.analyzeAll(articles, 2)) {
      analyses.put(a.article().id(), a);
      // what the store keeps reads back as the same record tree
      assertThat(AnalysisCodec.readAnalysis(AnalysisCodec.write(a))).isEqualTo(a);
    }
    List<Brief> expected = StoryPipeline.standard(fast, SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS, 2)
        .run(articles, PipelineListener.SILENT).briefs();
    assertThat(expected).hasSize(1);

    try (StoreDesk store = StoreDesk.open(dir.resolve("seeds.db"), fast, java.time.Clock.systemUTC())) {
      IngestReport report = store.ingest(articles);
      assertThat(report.added()).isEqualTo(5);
      assertThat(report.changedStories()).hasSize(1);
      String story = report.changedStories().iterator().next();
      assertThat(store.stories(StoryQuery.all())).singleElement().satisfies(s -> {
        assertThat(s.articles()).isEqualTo(5);
        assertThat(s.headline()).isEqualTo(expected.get(0).headline());
      });
      Brief stored = store.brief(story).orElseThrow();
      assertThat(stored).isEqualTo(expected.get(0)); // same story id too: one id scheme
      assertThat(stored.entities()).isNotEmpty(); // the analysis was used, not skipped
      assertThat(store.search("Ryabkov", 20)).isNotEmpty().extracting(SearchHit::storyId).containsOnly(story);
    }
  }
}
