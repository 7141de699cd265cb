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
 * Made-up sentences about a port closure with a hand-made alignment, so the ranking is known: after
 * the opening sentence, a single-source lead ranks a little above a sentence two sources state, and
 * the budget holds one of them.
 */
class SummaryClaimPreferenceTest {

  private static final String OPENING = "A state of emergency was declared across the coastal city of Valmora.";
  private static final String LEAD = "Dock workers in Valmora walked out over unpaid night shifts at the container yard.";
  private static final String CLAIM = "The Port of Valmora closed all five terminals after the Tessin River flooded them.";
  private static final String CLAIM_AGAIN = "The Port of Valmora closed all five terminals after the Tessin River flooded them on Monday.";

  private static Article article(String id) {
    return new Article(id, id + ".txt", null, "Wire " + id, "Valmora port", null,
        PublicationDate.stated(LocalDate.parse("2026-03-10"), "2026-03-10"), "en", List.of("x"));
  }

  /** @param claimCentrality the claim sentence's centrality: the opening's is 0.30, the lead's 0.10 */
  private static List<Brief.SummarySentence> summary(double claimCentrality) {
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(
        List.of(article("a"), article("b"), article("c"), article("d")), Map.of());
    List<Sentence> sentences = List.of(new Sentence("a", 0, 0, OPENING), new Sentence("b", 0, 0, CLAIM),
        new Sentence("c", 3, 1, CLAIM_AGAIN), new Sentence("d", 0, 0, LEAD));
    List<List<String>> terms = sentences.stream().map(s -> Terms.of(s.text())).toList();
    TfIdf tfidf = TfIdf.fit(terms);
    List<BriefBuilder.SentenceNode> nodes = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      nodes.add(new BriefBuilder.SentenceNode(sentences.get(i), i + 1, tfidf.vector(terms.get(i))));
    }
    // [2]'s and [3]'s sentences are aligned with each other: one claim of two sources
    ClaimAligner.Alignment alignment = new ClaimAligner.Alignment(
        List.of(Map.of(), Map.of(3, 2), Map.of(2, 1), Map.of()),
        List.of(Map.of(), Map.of(3, 0.9), Map.of(2, 0.9), Map.of()),
        new double[] {0.30, claimCentrality, 0.01, 0.10}, new int[] {1, 2, 3, 4},
        List.of(Map.of(), Map.of(), Map.of(), Map.of()));
    List<ClaimList.Group> claims = ClaimList.groups(nodes, alignment);
    // 26 words: the opening (12) and one of the two (14 each)
    return new SummarySelector(sources, nodes, 26, 0, alignment, BriefBuilder.Ranking.DEFAULT, claims).select();
  }

  @Test
  void aClaimSeveralSourcesStateIsTakenBeforeASingleSourceSentenceThatRanksOnlyALittleHigher() {
    // lead: 1.0 × (0.5 + 1/4) = 0.75; claim: 0.65 × (0.5 + 2/4) = 0.65, within the preference
    List<Brief.SummarySentence> summary = summary(0.065);
    assertThat(summary).extracting(Brief.SummarySentence::text).containsExactly(OPENING, CLAIM);
    assertThat(summary.get(1)).satisfies(s -> {
      assertThat(s.text()).isEqualTo(CLAIM);
      // [3]'s sentence states the shown words: cited too
      assertThat(s.support()).containsExactly(2, 3);
    });
  }

  @Test
  void theOpeningSentenceIsTheBestRankedEvenWithOneSource() {
    // opening: 3.0 × 0.75 = 2.25; claim: 2.0 × 1.0 = 2.0, within the preference, yet the opening leads
    assertThat(summary(0.20)).extracting(Brief.SummarySentence::text).startsWith(OPENING);
  }

  @Test
  void aSingleSourceSentenceThatRanksFarHigherStaysFirst() {
    // claim: 0.40 × 1.0 = 0.40, below 0.8 × 0.75
    assertThat(summary(0.040)).extracting(Brief.SummarySentence::text).containsExactly(OPENING, LEAD);
  }

  @Test
  void oneSentenceTakesAtMostFourTenthsOfAShortSummary() {
    assertThat(SummarySelector.maxWords(100)).isEqualTo(40);
    assertThat(SummarySelector.maxWords(120)).isEqualTo(48);
    assertThat(SummarySelector.maxWords(250)).isEqualTo(SummarySelector.MAX_WORDS);
    assertThat(SummarySelector.maxWords(26)).isEqualTo(SummarySelector.CONCISE_WORDS);
  }
}
