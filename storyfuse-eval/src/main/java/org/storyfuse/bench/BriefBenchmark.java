package org.storyfuse.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.embed.Embedding;
import org.storyfuse.analyze.Profile;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;
import org.storyfuse.model.Article;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryMember;

/**
 * Times {@link BriefBuilder} on one story of N articles, warm: the same story is fused repeatedly
 * after warm-up iterations, and the per-brief times are reported as percentiles. The sentence
 * embeddings are part of the analysis stage (FULL profile), so they are computed once before timing
 * and handed in as analyses, as the pipeline does; the brief's claim alignment is timed.
 */
public final class BriefBenchmark {

  /** One measured configuration. */
  /** Wall-clock times, and the CPU time of the building thread (steadier on a shared machine). */
  public record Row(int articles, int sentences, int iterations, double p50Millis, double meanMillis, double maxMillis,
      double cpuP50Millis) {}

  private BriefBenchmark() {}

  public static Row run(List<Article> story, int warmup, int iterations) {
    Map<String, AnalyzedArticle> analyses = embedded(story);
    Story s = new Story("bench", story.stream().map(a -> new StoryMember(a, analyses.get(a.id()), null)).toList());
    BriefBuilder builder = new BriefBuilder(EMBEDDER);
    for (int i = 0; i < warmup; i++) {
      builder.build(s);
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    double[] millis = new double[iterations];
    double[] cpu = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      builder.build(s);
      cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    Arrays.sort(cpu);
    double mean = Arrays.stream(millis).average().orElse(0);
    int totalSentences = story.stream().mapToInt(a -> a.paragraphs().size()).sum();
    return new Row(story.size(), totalSentences, iterations, millis[iterations / 2], mean, millis[iterations - 1],
        cpu[iterations / 2]);
  }

  /** What the FULL analysis hands the brief for claim alignment: sentences and their embeddings. */
  private static Map<String, AnalyzedArticle> embedded(List<Article> story) {
    SentenceSplitter splitter = new SentenceSplitter();
    org.storyfuse.embed.Embedder embedder = EMBEDDER;
    Map<String, AnalyzedArticle> out = new HashMap<>();
    for (Article a : story) {
      List<Sentence> sentences = splitter.split(a);
      List<Embedding> vectors = embedder.embedAll(sentences.stream().map(Sentence::text).toList());
      out.put(a.id(), new AnalyzedArticle(a, Profile.FULL, "en", true, List.of(), sentences, 0,
          List.of(), List.of(), List.of(), List.of(), List.of(), vectors));
    }
    return out;
  }

  private static final org.storyfuse.embed.Embedder EMBEDDER = org.storyfuse.embed.LazyEmbedder.miniLm();
}
