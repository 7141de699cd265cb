package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyfuse.pipeline.StoreFixtures.bridges;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;

/** Rounds of queued batches: each caller its own outcomes, and a failed round every caller's failure. */
class PostCoalescerTest {

  /** One outcome per article, in order, as the pipeline answers. */
  private static IngestReport stored(List<Article> articles) {
    return new IngestReport(articles.stream()
        .map(a -> new IngestReport.Outcome(a.id(), IngestReport.Status.NEW, "s-" + a.id())).toList());
  }

  /** Starts one caller per article once the first round is held, and waits until the rest are queued. */
  private static List<CompletableFuture<IngestReport>> callWhileTheFirstRoundIsHeld(PostCoalescer coalescer,
      List<Article> articles, CountDownLatch firstRoundEntered, CountDownLatch release) throws InterruptedException {
    List<CompletableFuture<IngestReport>> calls = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      calls.add(CompletableFuture.supplyAsync(() -> coalescer.ingest(List.of(a)), runnable -> new Thread(runnable).start()));
      if (i == 0) {
        assertThat(firstRoundEntered.await(1, TimeUnit.MINUTES)).isTrue();
      }
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (coalescer.queued() < articles.size() - 1 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(coalescer.queued()).isEqualTo(articles.size() - 1);
    release.countDown();
    return calls;
  }

  @Test
  void batchesQueuedBehindARoundGoInTheNextOneAndEachCallerGetsItsOwnOutcome() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> roundSizes = new ArrayList<>();
    Function<List<Article>, IngestReport> ingest = articles -> {
      entered.countDown();
      await(release);
      synchronized (roundSizes) {
        roundSizes.add(articles.size());
      }
      return stored(articles);
    };
    PostCoalescer coalescer = new PostCoalescer(ingest, 100);
    List<Article> articles = bridges(0, 5);
    List<CompletableFuture<IngestReport>> calls = callWhileTheFirstRoundIsHeld(coalescer, articles, entered, release);
    for (int i = 0; i < articles.size(); i++) {
      List<IngestReport.Outcome> outcomes = calls.get(i).get(1, TimeUnit.MINUTES).outcomes();
      assertThat(outcomes).hasSize(1);
      assertThat(outcomes.get(0).articleId()).as("caller %d's own article", i).isEqualTo(articles.get(i).id());
    }
    assertThat(roundSizes).containsExactly(1, 4);
    assertThat(coalescer.rounds()).isEqualTo(2);
  }

  @Test
  void aRoundThatFailsWithAnErrorFailsEveryCallerInItAndTheNextRoundStillRuns() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    Function<List<Article>, IngestReport> ingest = articles -> {
      entered.countDown();
      await(release);
      if (calls.incrementAndGet() == 2) {
        throw new StackOverflowError("the second round's"); // an Error, not an exception
      }
      return stored(articles);
    };
    PostCoalescer coalescer = new PostCoalescer(ingest, 100);
    List<Article> articles = bridges(0, 4);
    List<CompletableFuture<IngestReport>> results = callWhileTheFirstRoundIsHeld(coalescer, articles, entered, release);
    assertThat(results.get(0).get(1, TimeUnit.MINUTES).outcomes()).hasSize(1);
    for (CompletableFuture<IngestReport> queued : results.subList(1, results.size())) {
      assertThatThrownBy(() -> queued.get(1, TimeUnit.MINUTES)).isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(StackOverflowError.class).hasMessage("the second round's");
    }
    assertThat(coalescer.queued()).isZero();
    assertThat(coalescer.ingest(List.of(articles.get(1))).outcomes().get(0).articleId()).isEqualTo(articles.get(1).id());
    assertThat(coalescer.rounds()).isEqualTo(3);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
