package org.storyfuse.eval.summarizers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storyfuse.model.Article;
import org.storyfuse.text.SentenceSplitter;

/**
 * The Lead baseline for several documents: the earliest article's lead sentence, then each other
 * article's lead sentence in publication order, then everyone's second sentence, and so on
 * (round-robin over leads). News writes the facts first, which is why Lead is hard to beat.
 * No redundancy filter, it is the naive baseline; only a sentence already taken word for word (a
 * syndicated copy's lead) is skipped.
 */
public final class LeadSummarizer implements Summarizer {

  private final SentenceSplitter splitter;

  public LeadSummarizer(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public String name() {
    return "Lead";
  }

  @Override
  public List<String> summarize(List<Article> cluster, int words) {
    Map<Integer, List<String>> byArticle = new TreeMap<>();
    for (SentencePool.Candidate c : SentencePool.of(cluster, splitter)) {
      byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c.text());
    }
    List<String> out = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    int total = 0;
    for (int round = 0; total < words; round++) {
      boolean any = false;
      for (List<String> sentences : byArticle.values()) {
        if (round >= sentences.size()) {
          continue;
        }
        any = true;
        String s = sentences.get(round);
        if (total < words && taken.add(s)) {
          out.add(s);
          total += WordBudget.words(s);
        }
      }
      if (!any) {
        break;
      }
    }
    return WordBudget.truncate(out, words);
  }
}
