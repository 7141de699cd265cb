package org.storyfuse.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyfuse.eval.summarizers.CentroidSummarizer;
import org.storyfuse.eval.summarizers.LeadSummarizer;
import org.storyfuse.eval.summarizers.LexRankSummarizer;
import org.storyfuse.eval.summarizers.StoryfuseSummarizer;
import org.storyfuse.eval.summarizers.Summarizer;
import org.storyfuse.eval.summarizers.WordBudget;
import org.storyfuse.text.SentenceSplitter;

/**
 * Scores summarizers with {@link Rouge} against a multi-document set's reference summaries, all in
 * one run so the baselines and Storyfuse are measured alike: same clusters, same sentence
 * splitter, every summary cut to the same number of words. Clusters without references are skipped.
 */
public final class SummaryEvaluation {

  public static final int DEFAULT_WORDS = 250;

  private SummaryEvaluation() {}

  /** The standard comparison: Lead, LexRank, Centroid, Storyfuse. */
  public static List<Summarizer> standardSystems(SentenceSplitter splitter) {
    return List.of(
        new LeadSummarizer(splitter),
        new LexRankSummarizer(splitter),
        new CentroidSummarizer(splitter),
        new StoryfuseSummarizer(splitter));
  }

  public static SummaryReport run(Path jsonl, int words) throws IOException {
    return run(jsonl, words, null);
  }

  /**
   * @param writeDir when not null, every system's summaries and the references are written there as
   *                 plain files (see {@link #write}) for an external ROUGE-1.5.5
   */
  public static SummaryReport run(Path jsonl, int words, Path writeDir) throws IOException {
    SentenceSplitter splitter = new SentenceSplitter();
    return run(LabelledArticles.readClusters(jsonl), words, standardSystems(splitter), splitter, writeDir);
  }

  public static SummaryReport run(
      List<LabelledArticles.GoldCluster> clusters, int words, List<Summarizer> systems, SentenceSplitter splitter) {
    try {
      return run(clusters, words, systems, splitter, null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Layout of {@code writeDir}: {@code <system>/<cluster>.txt} (the summary as scored, one sentence
   * a line) and {@code reference/<cluster>.<n>.txt} (each reference summary, n from 1), UTF-8 —
   * the peer and model files ROUGE-1.5.5 takes.
   */
  public static SummaryReport run(List<LabelledArticles.GoldCluster> clusters, int words,
      List<Summarizer> systems, SentenceSplitter splitter, Path writeDir) throws IOException {
    if (words < 1) {
      throw new IllegalArgumentException("the word budget must be positive, was " + words);
    }
    List<LabelledArticles.GoldCluster> scored = clusters.stream().filter(c -> !c.summaries().isEmpty()).toList();
    List<List<List<String>>> references = new ArrayList<>();
    for (LabelledArticles.GoldCluster c : scored) {
      references.add(c.summaries().stream().map(s -> sentences(s, splitter)).toList());
    }
    if (writeDir != null) {
      for (int i = 0; i < scored.size(); i++) {
        for (int r = 0; r < references.get(i).size(); r++) {
          write(writeDir.resolve("reference"), fileName(scored.get(i).id()) + "." + (r + 1), references.get(i).get(r));
        }
      }
    }
    List<SummaryReport.SystemResult> rows = new ArrayList<>();
    for (Summarizer system : systems) {
      long start = System.nanoTime();
      List<RougeScores> perCluster = new ArrayList<>();
      double totalWords = 0;
      for (int i = 0; i < scored.size(); i++) {
        // cut again here: the budget is the harness's promise, not only each summarizer's
        List<String> summary = WordBudget.truncate(system.summarize(scored.get(i).articles(), words), words);
        totalWords += WordBudget.words(summary);
        if (writeDir != null) {
          write(writeDir.resolve(fileName(system.name())), fileName(scored.get(i).id()), summary);
        }
        perCluster.add(Rouge.score(summary, references.get(i)));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      rows.add(new SummaryReport.SystemResult(system.name(), RougeScores.mean(perCluster), scored.size(),
          scored.isEmpty() ? 0 : totalWords / scored.size(), seconds));
    }
    return new SummaryReport(words, scored.size(), rows);
  }

  private static void write(Path dir, String name, List<String> sentences) throws IOException {
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.writeString(dir.resolve(name + ".txt"),
        String.join("\n", sentences) + (sentences.isEmpty() ? "" : "\n"), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A system or cluster name as a file name: anything but letters, digits, '.', '_' and '-' becomes '_'. */
  static String fileName(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** A reference summary's sentences: its lines, each split into sentences (ROUGE-L needs them). */
  static List<String> sentences(String summary, SentenceSplitter splitter) {
    List<String> out = new ArrayList<>();
    for (String line : summary.split("\\R")) {
      out.addAll(splitter.splitParagraph(line));
    }
    return out;
  }
}
