package org.storyfuse.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.model.Article;

/**
 * Measures what a cheaper analysis profile gives up against a reference profile on real text:
 * both read every article, and their outputs are compared as sets of keys per article (see
 * {@link Measure}), counting what both found, what only the reference found and what only the
 * candidate found. Also times both, per article, in thread CPU.
 */
public final class ProfileAgreement {

  /** Articles analysed by both profiles before timing: the JIT needs them, and so do the models' caches. */
  public static final int DEFAULT_WARMUP = 10;

  /** What is compared: each analysis reduced to a set of keys; two keys agree when they are equal. */
  public enum Measure {
    TIMES("time mentions (sentence, text, type, value)",
        a -> keySet(a.times(), m -> m.sentence() + ":" + m.text() + "|" + m.type() + "|" + m.value())),
    DATED_TIMES("dated time mentions (sentence, text, date)",
        a -> keySet(a.times().stream().filter(m -> m.date() != null).toList(),
            m -> m.sentence() + ":" + m.text() + "|" + m.date())),
    // What the timeline keys on: however two readers cut a span ("12:00 noon BST" or "12:00 noon"
    // and "BST"), a sentence dated to the same calendar day, month or year agrees.
    DATED_SENTENCES("dated sentences (sentence, calendar date)",
        a -> keySet(a.times().stream().filter(m -> m.isCalendarDate()).toList(),
            m -> m.sentence() + ":" + m.date())),
    ENTITIES("entity mentions (sentence, offset, text, kind)",
        a -> keySet(a.mentions(), m -> m.sentence() + ":" + m.begin() + ":" + m.text() + "|" + m.kind())),
    QUOTES("quotes (text, speaker)", a -> keySet(a.quotes(), q -> q.text() + "|" + q.speaker()));

    private final String label;
    private final Function<AnalyzedArticle, Set<String>> keys;

    Measure(String label, Function<AnalyzedArticle, Set<String>> keys) {
      this.label = label;
      this.keys = keys;
    }

    public String label() {
      return label;
    }

    /** The article's keys for this measure, sorted. */
    public Set<String> keys(AnalyzedArticle a) {
      return keys.apply(a);
    }
  }

  private ProfileAgreement() {}

  /**
   * Analyses every article with both profiles, one article after the other on the calling thread
   * (so thread CPU time is each profile's own), after {@code warmup} untimed articles.
   *
   * @param done called with the number of articles read so far, for progress
   */
  public static AgreementReport run(
      List<Article> articles, Analyzer reference, Analyzer candidate, int warmup, IntConsumer done) {
    for (Article a : articles.subList(0, Math.min(Math.max(warmup, 0), articles.size()))) {
      reference.analyze(a);
      candidate.analyze(a);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    AgreementTally tally = new AgreementTally();
    long referenceNanos = 0;
    long candidateNanos = 0;
    int n = 0;
    for (Article a : articles) {
      long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
      AnalyzedArticle x = reference.analyze(a);
      long c1 = cpu ? threads.getCurrentThreadCpuTime() : 0;
      AnalyzedArticle y = candidate.analyze(a);
      long c2 = cpu ? threads.getCurrentThreadCpuTime() : 0;
      if (tally.add(x, y)) {
        referenceNanos += c1 - c0;
        candidateNanos += c2 - c1;
      }
      done.accept(++n);
    }
    int compared = tally.compared();
    return new AgreementReport(reference.profile().name(), candidate.profile().name(), compared,
        tally.skipped(), tally.tokens(), perArticleMs(cpu, referenceNanos, compared),
        perArticleMs(cpu, candidateNanos, compared), tally.results());
  }

  private static double perArticleMs(boolean measured, long nanos, int articles) {
    return !measured || articles == 0 ? Double.NaN : nanos / 1e6 / articles;
  }

  private static <T> Set<String> keySet(List<T> items, Function<T, String> key) {
    Set<String> out = new TreeSet<>();
    items.forEach(i -> out.add(key.apply(i)));
    return out;
  }
}
