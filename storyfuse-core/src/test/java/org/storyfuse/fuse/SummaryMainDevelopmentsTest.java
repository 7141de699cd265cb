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
 * Made-up sentences of four outlets with a hand-made alignment: two facts three of the four state
 * (the port closed; ships wait offshore) and a single-source lead that ranks above both. The budget
 * holds the opening fact and the lead; the other main development must still be told, beyond the
 * budget — unless the summary is held to its budget (ROUGE).
 */
class SummaryMainDevelopmentsTest {

  private static final String LEAD = "Dock workers in Valmora walked out over unpaid night shifts at the container yard.";
  private static final String CLOSED = "The Port of Valmora closed all five terminals after the Tessin River flooded them.";
  private static final String CLOSED_AGAIN = "The Port of Valmora closed all five terminals after the Tessin River flooded them on Monday.";
  private static final String CLOSED_THIRD = "The Port of Valmora shut all five of its terminals after the Tessin River flooded them.";
  private static final String SHIPS = "Fourteen container ships were waiting off the coast of Valmora for the port to reopen.";
  private static final String SHIPS_AGAIN = "Fourteen container ships were waiting off the coast of Valmora on Tuesday.";
  private static final String SHIPS_THIRD = "Fourteen container ships waited off the coast of Valmora for the port to reopen.";

  private static Article article(String id) {
    return new Article(id, id + ".txt", null, "Wire " + id, "Valmora port", null,
        PublicationDate.stated(LocalDate.parse("2026-03-10"), "2026-03-10"), "en", List.of("x"));
  }

  private static List<Brief.SummarySentence> summary(int beyondBudget) {
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(
        List.of(article("a"), article("b"), article("c"), article("d")), Map.of());
    List<Sentence> sentences = List.of(
        new Sentence("a", 0, 0, LEAD), new Sentence("b", 0, 0, CLOSED), new Sentence("c", 0, 0, CLOSED_AGAIN),
        new Sentence("d", 0, 0, CLOSED_THIRD), new Sentence("a", 1, 1, SHIPS), new Sentence("b", 1, 1, SHIPS_AGAIN),
        new Sentence("c", 1, 1, SHIPS_THIRD));
    int[] source = {1, 2, 3, 4, 1, 2, 3};
    List<List<String>> terms = sentences.stream().map(s -> Terms.of(s.text())).toList();
    TfIdf tfidf = TfIdf.fit(terms);
    List<BriefBuilder.SentenceNode> nodes = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      nodes.add(new BriefBuilder.SentenceNode(sentences.get(i), source[i], tfidf.vector(terms.get(i))));
    }
    // nodes 1–3 are one claim of sources 2, 3, 4; nodes 4–6 one of sources 1, 2, 3
    List<Map<Integer, Integer>> support = List.of(Map.of(),
        Map.of(3, 2, 4, 3), Map.of(2, 1, 4, 3), Map.of(2, 1, 3, 2),
        Map.of(2, 5, 3, 6), Map.of(1, 4, 3, 6), Map.of(1, 4, 2, 5));
    List<Map<Integer, Double>> scores = support.stream()
        .map(m -> {
          Map<Integer, Double> s = new java.util.HashMap<>();
          m.keySet().forEach(k -> s.put(k, 0.9));
          return s;
        }).toList();
    ClaimAligner.Alignment alignment = new ClaimAligner.Alignment(support, scores,
        new double[] {0.5, 0.2, 0.1, 0.1, 0.01, 0.01, 0.01}, source,
        List.of(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of()));
    List<ClaimList.Group> claims = ClaimList.groups(nodes, alignment);
    // 28 words: the concise opening fact (12, ships) and the lead (14); the closure (14) does not fit
    return new SummarySelector(sources, nodes, 28, beyondBudget, alignment, BriefBuilder.Ranking.DEFAULT, claims)
        .select();
  }

  @Test
  void aMainDevelopmentTheBudgetLeftOutIsToldBeyondIt() {
    List<Brief.SummarySentence> summary = summary(BriefBuilder.MAIN_DEVELOPMENTS_BEYOND_BUDGET);
    assertThat(summary).extracting(Brief.SummarySentence::text).containsExactly(SHIPS_AGAIN, LEAD, CLOSED);
    // cited by every source whose sentence of the claim states the shown words ("shut" is "closed")
    assertThat(summary.get(2).support()).containsExactly(2, 3, 4);
  }

  @Test
  void aSummaryHeldToItsBudgetLeavesItOut() {
    assertThat(summary(0)).extracting(Brief.SummarySentence::text).containsExactly(SHIPS_AGAIN, LEAD);
  }
}
