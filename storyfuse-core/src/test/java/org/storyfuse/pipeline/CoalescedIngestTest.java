package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.pipeline.StoreFixtures.bridges;
import static org.storyfuse.pipeline.StoreFixtures.chesses;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;
import org.storyfuse.store.Contention;
import org.storyfuse.store.Stores;
import org.storyfuse.store.StoryQuery;

/** Batches handed over while another is being ingested go in together, each caller getting its own outcomes. */
class CoalescedIngestTest {

  @TempDir Path dir;

  @Test
  void batchesThatQueueBehindAnIngestAreIngestedInOneRoundAndEachCallerGetsItsOwnOutcomes() throws Exception {
    List<Article> articles = new ArrayList<>(bridges(0, 5));
    articles.addAll(chesses(0, 3));
    try (IncrementalPipeline pipeline = StoryPipeline.standard(null, SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS, 2)
        .attach(Stores.open(dir.resolve("s.db").toString(), Contention.DEFAULT))) {
      List<CompletableFuture<IngestReport>> calls = new ArrayList<>();
      List<Thread> callers = new ArrayList<>();
      for (Article a : articles) {
        CompletableFuture<IngestReport> call = new CompletableFuture<>();
        calls.add(call);
        callers.add(new Thread(() -> {
          try {
            call.complete(pipeline.ingestCoalesced(List.of(a)));
          } catch (RuntimeException e) {
            call.completeExceptionally(e);
          }
        }));
      }
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      synchronized (pipeline) { // an ingest holds the pipeline: the first caller's round blocks, the others queue
        callers.get(0).start();
        while (callers.get(0).getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
          Thread.sleep(5); // the first caller leads a round of its own batch and waits for the pipeline
        }
        assertThat(pipeline.queuedPosts()).isZero();
        callers.subList(1, callers.size()).forEach(Thread::start);
        while (pipeline.queuedPosts() < articles.size() - 1 && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        assertThat(pipeline.queuedPosts()).isEqualTo(articles.size() - 1);
      }
      for (int i = 0; i < articles.size(); i++) {
        IngestReport report = calls.get(i).get(1, TimeUnit.MINUTES);
        assertThat(report.outcomes()).singleElement().satisfies(o -> {
          assertThat(o.status()).isEqualTo(IngestReport.Status.NEW);
        });
        assertThat(report.outcomes().get(0).articleId()).as("caller %d's own article", i).isEqualTo(articles.get(i).id());
      }
      assertThat(pipeline.coalescedRounds()).isEqualTo(2); // the first alone, then the seven that queued
      assertThat(pipeline.store().stories(StoryQuery.all())).hasSize(2)
          .allSatisfy(s -> assertThat(s.articles()).isIn(5, 3));
      // a repeat through the same door is a duplicate, as with ingest
      assertThat(pipeline.ingestCoalesced(List.of(articles.get(0))).outcomes().get(0).status())
          .isEqualTo(IngestReport.Status.DUPLICATE);
    }
  }
}
