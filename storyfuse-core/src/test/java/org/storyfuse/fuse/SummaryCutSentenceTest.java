package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.Terms;
import org.storyfuse.text.TfIdf;

/**
 * Made-up sentences of one article: the tail of a sentence cut before it (it opens in lower case)
 * is no summary sentence, however central; an article written all in lower case keeps its sentences.
 */
class SummaryCutSentenceTest {

  private static Article article(String id) {
    return new Article(id, id + ".txt", null, "Wire " + id, "Tarnow bridge", null,
        PublicationDate.stated(LocalDate.parse("2026-03-10"), "2026-03-10"), "en", List.of("x"));
  }

  private static List<String> summary(String... texts) {
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(List.of(article("a")), Map.of());
    List<BriefBuilder.SentenceNode> nodes = new ArrayList<>();
    List<List<String>> terms = java.util.Arrays.stream(texts).map(Terms::of).toList();
    TfIdf tfidf = TfIdf.fit(terms);
    List<Map<Integer, Integer>> none = new ArrayList<>();
    List<Map<Integer, Double>> noScores = new ArrayList<>();
    List<Map<Integer, Integer>> noContradictions = new ArrayList<>();
    int[] independent = new int[texts.length];
    double[] centrality = new double[texts.length];
    for (int i = 0; i < texts.length; i++) {
      nodes.add(new BriefBuilder.SentenceNode(new Sentence("a", i, 0, texts[i]), 1, tfidf.vector(terms.get(i))));
      none.add(Map.of());
      noScores.add(Map.of());
      noContradictions.add(Map.of());
      independent[i] = 1;
      centrality[i] = i == 1 ? 0.9 : 0.2; // the second sentence ranks first
    }
    ClaimAligner.Alignment alignment =
        new ClaimAligner.Alignment(none, noScores, centrality, independent, noContradictions);
    return new SummarySelector(sources, nodes, 120, 0, alignment, BriefBuilder.Ranking.DEFAULT,
        ClaimList.groups(nodes, alignment)).select().stream().map(Brief.SummarySentence::text).toList();
  }

  @Test
  void theTailOfACutSentenceIsNoSummarySentence() {
    assertThat(summary("Police stopped the truck on the old bridge near Tarnow at about 7 p.",
        "on the Vell road, said Officer Ida Svensk of the city police in Tarnow.",
        "The driver of the truck was taken to the police station in Tarnow for questioning."))
        .noneMatch(s -> s.startsWith("on the Vell road"));
  }

  @Test
  void anArticleWrittenInLowerCaseKeepsItsSentences() {
    assertThat(summary("police stopped the truck on the old bridge near tarnow on monday night.",
        "the driver of the truck was taken to the police station in tarnow for questioning."))
        .contains("the driver of the truck was taken to the police station in tarnow for questioning.");
  }

  @Test
  void aWordWithACapitalInsideOpensNoCutTail() {
    assertThat(Standalone.opensInLowerCase("on state Route 52 in San Diego, said the officer.")).isTrue();
    assertThat(Standalone.opensInLowerCase("iPhone sales in Tarnow rose by a third in March.")).isFalse();
    assertThat(Standalone.opensInLowerCase("“on the Vell road,” she said.")).isTrue();
    assertThat(Standalone.opensInLowerCase("Police stopped the truck.")).isFalse();
  }
}
