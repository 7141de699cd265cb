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
 * Made-up sentences about a port closure with a hand-made alignment: which of a claim's sentences
 * the brief may list beside its shown words as the same fact in other words.
 */
class ClaimOtherWordingsTest {

  private static final String CLOSED = "The Port of Valmora closed all five terminals after the Tessin River flooded them.";
  private static final String SHUT = "Floodwater from the Tessin forced Valmora's harbour to shut its five terminals.";
  private static final String STRIKE = "Dock workers at Valmora's harbour walked out over unpaid night shifts on Tuesday.";
  private static final String THREE = "Valmora's harbour closed three terminals after the Tessin River flooded them.";

  private static Article article(String id) {
    return new Article(id, id + ".txt", null, "Wire " + id, "Valmora port", null,
        PublicationDate.stated(LocalDate.parse("2026-03-10"), "2026-03-10"), "en", List.of("x"));
  }

  /** One sentence per source a, b, c, d (sources 1–4), aligned as given. */
  private static List<Brief.CorroboratedClaim> claims(List<String> texts, List<Map<Integer, Integer>> support,
      List<Map<Integer, Double>> scores) {
    List<String> ids = List.of("a", "b", "c", "d").subList(0, texts.size());
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(ids.stream().map(ClaimOtherWordingsTest::article)
        .toList(), Map.of());
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sentences.add(new Sentence(ids.get(i), 0, 0, texts.get(i)));
    }
    List<List<String>> terms = sentences.stream().map(s -> Terms.of(s.text())).toList();
    TfIdf tfidf = TfIdf.fit(terms);
    List<BriefBuilder.SentenceNode> nodes = new ArrayList<>();
    int[] independent = new int[texts.size()];
    List<Map<Integer, Integer>> contradicted = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      nodes.add(new BriefBuilder.SentenceNode(sentences.get(i), i + 1, tfidf.vector(terms.get(i))));
      independent[i] = i + 1;
      contradicted.add(Map.of());
    }
    ClaimAligner.Alignment alignment = new ClaimAligner.Alignment(support, scores, new double[texts.size()],
        independent, contradicted);
    return ClaimList.toBrief(ClaimList.groups(nodes, alignment), nodes, sources,
        new WordingWitnesses(nodes, alignment, sources));
  }

  @Test
  void onlySentencesAlignedWithTheShownWordsAreListedAsOtherWordings() {
    // [1] closed ↔ [2] shut (the same fact); [2] ↔ [3] strike (one hop from [1]: another fact);
    // [1] ↔ [4] three terminals (aligned, but other figures)
    List<Brief.CorroboratedClaim> claims = claims(List.of(CLOSED, SHUT, STRIKE, THREE),
        List.of(Map.of(2, 1, 4, 3), Map.of(1, 0, 3, 2), Map.of(2, 1), Map.of(1, 0)),
        List.of(Map.of(2, 0.7, 4, 0.7), Map.of(1, 0.7, 3, 0.53), Map.of(2, 0.53), Map.of(1, 0.7)));
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo(CLOSED);
      assertThat(c.support()).containsExactly(1);
      assertThat(c.otherWordings()).singleElement().satisfies(w -> {
        assertThat(w.sources()).containsExactly(2);
        assertThat(w.text()).isEqualTo(SHUT);
      });
    });
  }

  @Test
  void aClaimLeftWithOneSourceIsNotACorroboratedClaim() {
    // [2]'s sentence is aligned with [1]'s but gives other figures: nothing corroborates [1]
    assertThat(claims(List.of(CLOSED, THREE), List.of(Map.of(2, 1), Map.of(1, 0)),
        List.of(Map.of(2, 0.7), Map.of(1, 0.7)))).isEmpty();
  }

  @Test
  void otherFiguresAreFiguresNoneOfWhichTheTextStates() {
    assertThat(WordingWitnesses.otherFigures("At least two bodies were recovered.", "Sixteen bodies were recovered."))
        .isTrue();
    assertThat(WordingWitnesses.otherFigures("Five terminals closed on 3 March.", "The 5 terminals stay shut.")).isFalse();
    assertThat(WordingWitnesses.otherFigures("The terminals closed.", "Sixteen bodies were recovered.")).isFalse();
    assertThat(WordingWitnesses.otherFigures("Two bodies were recovered.", "Bodies were recovered.")).isFalse();
  }
}
