package org.storyfuse.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;

/**
 * Speed of the analysis stage (the CLI's {@code storyfuse bench analyze}): articles and tokens per
 * second, warm, on a generated corpus of ~700-token articles made by recombining the made-up
 * sentences in {@code bench/sentences.txt}; and what each CoreNLP annotator adds.
 */
public final class AnalysisBenchmark {

  /**
   * One measured configuration.
   *
   * @param configuration what ran ("FULL", "FAST", "tokenize,ssplit,pos", ...)
   * @param cpuMsPerArticle process CPU time (all threads: workers, GC, JIT) per article, ms: less
   *                        sensitive to other load on a shared machine than the wall-clock rates
   * @param peakHeapMb    peak heap during the measured run (sum of the heap pools' peaks), MB
   * @param loadAverage   system load average (1 min) at the end of the run, -1 when unknown
   */
  public record Row(String configuration, int threads, int articles, long tokens, double seconds,
                    double articlesPerSecond, double tokensPerSecond, double cpuMsPerArticle, long peakHeapMb,
                    double loadAverage) {}

  private static final String SENTENCES = "/org/storyfuse/bench/sentences.txt";

  private AnalysisBenchmark() {}

  /**
   * {@code n} articles of about {@code tokens} tokens each (paragraphs of one to three sentences),
   * published on days of January 2022; deterministic for a seed.
   */
  public static List<Article> corpus(int n, int tokens, long seed) {
    List<String> pool = sentences();
    Random random = new Random(seed);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> paragraphs = new ArrayList<>();
      int words = 0;
      while (words * 1.2 < tokens) {
        StringBuilder p = new StringBuilder();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
          String s = pool.get(random.nextInt(pool.size()));
          p.append(p.length() == 0 ? "" : " ").append(s);
          words += s.split(" ").length;
        }
        paragraphs.add(p.toString());
      }
      LocalDate date = LocalDate.of(2022, 1, 1 + random.nextInt(28));
      out.add(new Article("bench-" + i, "bench#" + i, null, "Bench Wire", paragraphs.get(0), null,
          PublicationDate.stated(date, "generated"), "en", paragraphs));
    }
    return out;
  }

  /**
   * Analyses {@code warmup} articles first (JIT, caches; the corpus again from its start when it is
   * shorter), then times the whole corpus.
   */
  public static Row run(Analyzer analyzer, List<Article> corpus, int threads, int warmup) {
    List<Article> warm = new ArrayList<>();
    for (int i = 0; i < warmup && !corpus.isEmpty(); i++) {
      warm.add(corpus.get(i % corpus.size()));
    }
    analyzer.analyzeAll(warm, threads);
    resetPeaks();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    List<AnalyzedArticle> out = analyzer.analyzeAll(corpus, threads);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long tokens = out.stream().mapToLong(AnalyzedArticle::tokens).sum();
    String name = analyzer.profile() + (analyzer.embeddings() ? "" : " (no embeddings)");
    return row(name, threads, corpus.size(), tokens, seconds, processCpuNanos() - cpu0);
  }

  /**
   * CoreNLP alone, annotators added one at a time (each line includes the ones above it), with the
   * analyzer's settings: the difference between two lines is what an annotator costs.
   */
  public static List<Row> annotatorCosts(List<Article> corpus, int threads, int warmup) {
    Properties full = Analyzer.coreNlpProperties(Profile.FULL);
    Properties fast = Analyzer.coreNlpProperties(Profile.FAST);
    Properties rapid = Analyzer.coreNlpProperties(Profile.RAPID);
    Properties numeric = with(rapid, rapid.getProperty("annotators"));
    numeric.setProperty("ner.applyNumericClassifiers", "true");
    Properties sutime = with(full, "tokenize,ssplit,pos,lemma,sutime");
    sutime.setProperty("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator");
    List<Row> rows = new ArrayList<>();
    rows.add(coreNlp("tokenize,ssplit", with(full, "tokenize,ssplit"), corpus, threads, warmup));
    rows.add(coreNlp("tokenize,ssplit,pos", with(full, "tokenize,ssplit,pos"), corpus, threads, warmup));
    rows.add(coreNlp("tokenize,ssplit,pos,lemma", with(full, "tokenize,ssplit,pos,lemma"), corpus, threads, warmup));
    rows.add(coreNlp("+ner: 3-class CRF only (RAPID's pipeline)", rapid, corpus, threads, warmup));
    rows.add(coreNlp("+ner: 3-class CRF + numeric classifiers", numeric, corpus, threads, warmup));
    rows.add(coreNlp("+ner: FAST (3-class, numeric, SUTime on all tokens)", fast, corpus, threads, warmup));
    rows.add(coreNlp("+ner: FULL (3 models, fine-grained, SUTime)", full, corpus, threads, warmup));
    rows.add(coreNlp("tokenize..lemma + SUTime alone, all tokens", sutime, corpus, threads, warmup));
    return rows;
  }

  private static Properties with(Properties base, String annotators) {
    Properties p = new Properties();
    p.putAll(base);
    p.setProperty("annotators", annotators);
    return p;
  }

  private static Row coreNlp(String name, Properties props, List<Article> corpus, int threads, int warmup) {
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    SentenceSplitter splitter = new SentenceSplitter();
    List<String> texts = new ArrayList<>();
    for (Article a : corpus) {
      StringBuilder sb = new StringBuilder();
      for (Sentence s : splitter.split(a)) {
        sb.append(s.text()).append('\n');
      }
      texts.add(sb.toString());
    }
    annotate(pipeline, texts.subList(0, Math.min(warmup, texts.size())), corpus, threads);
    resetPeaks();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    long tokens = annotate(pipeline, texts, corpus, threads);
    return row(name, threads, texts.size(), tokens, (System.nanoTime() - t0) / 1e9, processCpuNanos() - cpu0);
  }

  private static long annotate(StanfordCoreNLP pipeline, List<String> texts, List<Article> corpus, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        String date = corpus.get(i).published().date().toString();
        futures.add(pool.submit(() -> {
          Annotation doc = new Annotation(text);
          doc.set(CoreAnnotations.DocDateAnnotation.class, date);
          pipeline.annotate(doc);
          return doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }));
      }
      long tokens = 0;
      for (Future<Integer> f : futures) {
        tokens += f.get();
      }
      return tokens;
    } catch (Exception e) {
      throw new IllegalStateException("benchmark run failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Row row(String name, int threads, int articles, long tokens, double seconds, long cpuNanos) {
    return new Row(name, threads, articles, tokens, seconds, articles / seconds, tokens / seconds,
        cpuNanos < 0 ? -1 : cpuNanos / 1e6 / articles, peakHeapMb(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** CPU time of the whole JVM so far, or a negative number when the platform does not say. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  private static List<String> sentences() {
    try (InputStream in = AnalysisBenchmark.class.getResourceAsStream(SENTENCES)) {
      if (in == null) {
        throw new IllegalStateException("benchmark sentences missing from the classpath: " + SENTENCES);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
