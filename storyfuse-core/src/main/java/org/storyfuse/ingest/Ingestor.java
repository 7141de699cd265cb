package org.storyfuse.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.storyfuse.ingest.InputResolver.InputFile;
import org.storyfuse.ingest.formats.DocumentSink;
import org.storyfuse.ingest.formats.InputFileReader;
import org.storyfuse.ingest.formats.Reasons;
import org.storyfuse.model.Article;

/**
 * The ingest stage's entry point: files, directories and glob patterns in, articles and one-line
 * problems out. Files are read and their documents extracted in parallel on a fixed pool; the
 * result order does not depend on the threading. Bad input never stops the run.
 */
public final class Ingestor {

  /** Documents waiting for a free extraction thread, per thread: bounds memory on huge crawls. */
  private static final int QUEUED_DOCUMENTS_PER_THREAD = 4;

  private final DocumentExtractor extractor;
  private final IngestOptions options;
  private final InputFileReader reader;

  /** The real extractor with default options. */
  public Ingestor() {
    this(new Extractor(), IngestOptions.defaults());
  }

  public Ingestor(DocumentExtractor extractor, IngestOptions options) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.options = Objects.requireNonNull(options, "options");
    this.reader = new InputFileReader(options.readLimits());
  }

  public IngestResult ingest(List<String> inputs) {
    return ingest(inputs, IngestProgress.NONE);
  }

  /**
   * @param inputs   files, directories (read recursively) and glob patterns ("seeds/*.txt", "**\/*.html")
   * @param progress told the number of files done so far
   * @throws CancellationException if the calling thread is interrupted while waiting
   */
  public IngestResult ingest(List<String> inputs, IngestProgress progress) {
    InputResolver.Resolved resolved = new InputResolver().resolve(inputs);
    Run run = runAll(resolved.files(), progress);
    List<IngestProblem> problems = new ArrayList<>(resolved.problems());
    problems.addAll(run.problems());
    List<IngestProblem> notices = new ArrayList<>(resolved.notices());
    notices.addAll(run.notices());
    return new IngestResult(run.articles(), problems, notices);
  }

  /**
   * Reads one file as {@link #ingest} reads each file it finds, naming it {@code origin} in
   * articles and problems (article ids depend on the origin's last path segment, so the same file
   * gets the same ids however it is named). For engines that list files themselves and hand out
   * one per task (storyfuse-spark, over any Hadoop file system): no folder walk, no glob.
   */
  public IngestResult ingestFile(Path file, String origin) {
    Run run = runAll(List.of(new InputResolver.InputFile(file, origin)), IngestProgress.NONE);
    return new IngestResult(run.articles(), run.problems(), run.notices());
  }

  /**
   * Why a file found in a folder is not read as an article ("a README file", "a .csv file: data,
   * code or configuration", "a .png file"), or null when it is read: the rule {@link #ingest} applies
   * to the files of a folder it walks (a file named on its own is always read).
   */
  public static String notAnArticle(Path file) {
    String reason = InputResolver.notArticleByName(file);
    if (reason == null && !InputResolver.looksLikeArticle(file)) {
      String name = file.getFileName().toString();
      reason = "a ." + name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) + " file";
    }
    return reason;
  }

  private Run runAll(List<InputResolver.InputFile> files, IngestProgress progress) {
    Run run = new Run(files, progress);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
    try {
      run.start(pool);
      run.await();
    } finally {
      pool.shutdownNow();
    }
    return run;
  }

  /** An article, a problem or a notice, with its place in the output order. */
  private record Outcome(int file, int seq, Article article, IngestProblem problem, IngestProblem notice) {

    Outcome(int file, int seq, Article article, IngestProblem problem) {
      this(file, seq, article, problem, null);
    }
  }

  /** The state of one ingest call. */
  private final class Run {

    private final List<InputFile> files;
    private final IngestProgress progress;
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final CountDownLatch filesLeft;
    private final Semaphore queued = new Semaphore(options.threads() * QUEUED_DOCUMENTS_PER_THREAD);
    private int filesDone;

    Run(List<InputFile> files, IngestProgress progress) {
      this.files = files;
      this.progress = progress;
      this.filesLeft = new CountDownLatch(files.size());
    }

    void start(ExecutorService pool) {
      progress.update(0, files.size());
      for (int i = 0; i < files.size(); i++) {
        int index = i;
        pool.execute(() -> read(pool, index));
      }
    }

    void await() {
      try {
        filesLeft.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("ingest interrupted");
      }
    }

    private void read(ExecutorService pool, int index) {
      InputFile file = files.get(index);
      FileState state = new FileState();
      try {
        reader.read(file.path(), file.origin(), new DocumentSink() {
          @Override
          public void document(SourceDocument document) {
            int seq = state.nextSeq();
            // Queue the document for any pool thread while few are waiting, else extract it here:
            // waiting documents stay bounded, and as the reading thread never blocks, the fixed
            // pool cannot deadlock.
            if (queued.tryAcquire()) {
              state.pending.incrementAndGet();
              pool.execute(() -> {
                try {
                  extract(document, index, seq);
                } finally {
                  queued.release();
                  state.finishOne();
                }
              });
            } else {
              extract(document, index, seq);
            }
          }

          @Override
          public void problem(IngestProblem problem) {
            outcomes.add(new Outcome(index, state.nextSeq(), null, problem));
          }

          @Override
          public void notice(IngestProblem notice) {
            outcomes.add(new Outcome(index, state.nextSeq(), null, null, notice));
          }
        });
      } catch (RuntimeException e) { // the reader reports bad input itself; this is a safety net
        outcomes.add(new Outcome(index, state.nextSeq(), null, new IngestProblem(file.origin(), Reasons.of(e))));
      } finally {
        state.finishOne();
      }
    }

    private void extract(SourceDocument document, int file, int seq) {
      String reason;
      try {
        Article article = extractor.extract(document);
        if (article != null) {
          outcomes.add(new Outcome(file, seq, article, null));
          return;
        }
        reason = "no article found";
      } catch (ExtractionException e) {
        String message = Reasons.oneLine(e.getMessage());
        reason = message.isEmpty() ? "no article found" : message;
      } catch (RuntimeException e) {
        reason = "extraction failed: " + Reasons.of(e);
      } catch (StackOverflowError e) {
        reason = "extraction failed: the document is nested too deeply";
      }
      outcomes.add(new Outcome(file, seq, null, new IngestProblem(document.origin(), reason)));
    }

    private synchronized void fileFinished() {
      filesDone++;
      try {
        progress.update(filesDone, files.size());
      } catch (RuntimeException e) {
        // a failing progress display must not lose the run's results
      } finally {
        filesLeft.countDown();
      }
    }

    /** The articles in input order; an identical file met again elsewhere gets an id of its own. */
    List<Article> articles() {
      List<Article> out = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (Outcome o : sorted()) {
        if (o.article() != null) {
          Article a = o.article();
          out.add(ids.add(a.id()) ? a : a.withId(ArticleIds.disambiguate(a.id(), a.origin())));
        }
      }
      return out;
    }

    List<IngestProblem> problems() {
      return sorted().stream().filter(o -> o.problem() != null).map(Outcome::problem).toList();
    }

    List<IngestProblem> notices() {
      return sorted().stream().filter(o -> o.notice() != null).map(Outcome::notice).toList();
    }

    private List<Outcome> sorted() {
      List<Outcome> all = new ArrayList<>(outcomes);
      all.sort(Comparator.comparingInt(Outcome::file).thenComparingInt(Outcome::seq));
      return all;
    }

    /** Counts one file's outstanding work: its reading plus every document handed to another thread. */
    private final class FileState {
      final AtomicInteger pending = new AtomicInteger(1);
      private final AtomicInteger seq = new AtomicInteger();

      int nextSeq() {
        return seq.getAndIncrement();
      }

      void finishOne() {
        if (pending.decrementAndGet() == 0) {
          fileFinished();
        }
      }
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "storyfuse-ingest-" + count.incrementAndGet());
      thread.setDaemon(true); // a stuck extraction must not keep the JVM alive after the CLI exits
      return thread;
    };
  }
}
