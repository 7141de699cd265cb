package org.storyfuse.eval.summarizers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryMember;
import org.storyfuse.cli.AnalysisOptions;
import org.storyfuse.text.SentenceSplitter;

/**
 * Our product's summary: the cluster as one story (no syndicated copies marked), fused by
 * {@link BriefBuilder} with the same word budget as the baselines, held to it; the brief's summary sentences
 * in the order BriefBuilder chose them. BriefBuilder never cuts a sentence and skips ones that
 * would overflow, so its summaries may end short of the budget.
 */
public final class StoryfuseSummarizer implements Summarizer {

  private final SentenceSplitter splitter;
  private final BriefBuilder.Ranking ranking;

  public StoryfuseSummarizer(SentenceSplitter splitter) {
    this(splitter, BriefBuilder.Ranking.DEFAULT);
  }

  public StoryfuseSummarizer(SentenceSplitter splitter, BriefBuilder.Ranking ranking) {
    this.splitter = splitter;
    this.ranking = ranking;
  }

  @Override
  public String name() {
    return "Storyfuse";
  }

  @Override
  public List<String> summarize(List<Article> cluster, int words) {
    // the gold cluster is the story: fusion alone, as the pipeline runs it on a story it formed
    Story story = new Story("eval", cluster.stream().map(a -> new StoryMember(a, null, null)).toList());
    // held to the budget, as ROUGE compares summaries of one length (the product may add a main
    // development beyond it: BriefBuilder.MAIN_DEVELOPMENTS_BEYOND_BUDGET)
    Brief brief = new BriefBuilder(splitter, words, ranking, AnalysisOptions.embedder()).withSummaryHeldToBudget()
        .build(story);
    return WordBudget.truncate(brief.summary().stream().map(Brief.SummarySentence::text).toList(), words);
  }
}
