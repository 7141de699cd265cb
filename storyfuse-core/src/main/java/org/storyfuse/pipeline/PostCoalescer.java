package org.storyfuse.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.storyfuse.model.Article;

/**
 * Batches handed over by several threads at once, ingested together: while one round is being
 * ingested, the batches that arrive queue up, and the next round takes them all (up to a bound of
 * articles) in one call. Each caller gets the outcomes of its own articles, as if it had ingested
 * alone after the batches queued before it. A round that fails is every one of its callers' failure,
 * with the same exception or error; no caller is left waiting for a round that ended.
 */
final class PostCoalescer {

  /** A caller's batch waiting for a round, and what became of it. */
  private static final class Post {
    final List<Article> articles;
    IngestReport report;
    Throwable failure;

    Post(List<Article> articles) {
      this.articles = articles;
    }

    boolean finished() {
      return report != null || failure != null;
    }
  }

  private final Function<List<Article>, IngestReport> ingest;
  private final int maxArticles;
  private final ArrayDeque<Post> posts = new ArrayDeque<>();
  private boolean leading; // a caller is ingesting a round (guarded by posts)
  private long rounds; // rounds ingested (guarded by posts)

  /**
   * @param ingest ingests one round's articles, answering one outcome per article in order
   * @param maxArticles articles a round takes at most (a larger batch still goes alone)
   */
  PostCoalescer(Function<List<Article>, IngestReport> ingest, int maxArticles) {
    this.ingest = Objects.requireNonNull(ingest, "ingest");
    this.maxArticles = maxArticles;
  }

  IngestReport ingest(List<Article> batch) {
    Post mine = new Post(List.copyOf(batch));
    boolean interrupted = false;
    synchronized (posts) {
      posts.add(mine);
    }
    while (true) {
      synchronized (posts) {
        while (leading && !mine.finished()) {
          try {
            posts.wait();
          } catch (InterruptedException e) {
            interrupted = true; // the batch is queued and will be ingested: wait for its outcome all the same
          }
        }
        if (mine.finished()) {
          break;
        }
        leading = true; // nobody is ingesting and this batch is still queued: lead the next round
      }
      leadRound(); // the oldest queued batches; this one among them unless a full round is ahead of it
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (mine.failure instanceof RuntimeException e) {
      throw e;
    }
    if (mine.failure instanceof Error e) {
      throw e;
    }
    return mine.report;
  }

  private void leadRound() {
    List<Post> round = new ArrayList<>();
    synchronized (posts) {
      int articles = 0;
      while (!posts.isEmpty() && (round.isEmpty() || articles + posts.peekFirst().articles.size() <= maxArticles)) {
        Post p = posts.pollFirst();
        round.add(p);
        articles += p.articles.size();
      }
    }
    try {
      List<Article> all = new ArrayList<>();
      round.forEach(p -> all.addAll(p.articles));
      IngestReport report = ingest.apply(all);
      int from = 0;
      for (Post p : round) {
        p.report = new IngestReport(report.outcomes().subList(from, from + p.articles.size()));
        from += p.articles.size();
      }
    } catch (RuntimeException | Error e) {
      // an Error too: its round's posts were taken off the queue, and a caller whose post is neither
      // queued nor finished would lead empty rounds forever
      round.forEach(p -> p.failure = e);
    } finally {
      synchronized (posts) {
        rounds++;
        leading = false;
        posts.notifyAll(); // the finished go home; one of the still-queued leads the next round
      }
    }
  }

  /** Batches waiting for a round. */
  int queued() {
    synchronized (posts) {
      return posts.size();
    }
  }

  /** Rounds ingested so far. */
  long rounds() {
    synchronized (posts) {
      return rounds;
    }
  }
}
