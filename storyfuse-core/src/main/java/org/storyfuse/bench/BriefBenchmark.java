package org.storyfuse.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;
import org.storyfuse.model.Story;

/**
 * Times {@link BriefBuilder} on one story of N articles, warm: the same story is fused repeatedly
 * after warm-up iterations, and the per-brief times are reported as percentiles.
 */
public final class BriefBenchmark {

  /** One measured configuration. */
  public record Row(int articles, int sentences, int iterations, double p50Millis, double meanMillis, double maxMillis) {}

  private BriefBenchmark() {}

  public static Row run(List<Article> story, int warmup, int iterations) {
    Map<String, Article> byId = new HashMap<>();
    story.forEach(a -> byId.put(a.id(), a));
    Story s = new Story("bench", story.stream().map(Article::id).toList());
    BriefBuilder builder = new BriefBuilder();
    int sentences = 0;
    for (int i = 0; i < warmup; i++) {
      sentences = builder.build(s, byId, Map.of()).sources().size();
    }
    double[] millis = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      builder.build(s, byId, Map.of());
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    double mean = Arrays.stream(millis).average().orElse(0);
    int totalSentences = story.stream().mapToInt(a -> a.paragraphs().size()).sum();
    return new Row(story.size(), totalSentences, iterations, millis[iterations / 2], mean, millis[iterations - 1]);
  }
}
