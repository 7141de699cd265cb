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

  /** One sentence per source a, b, c, d (sources 1–4), aligned as given; no dates or entities. */
  private static List<Brief.CorroboratedClaim> claims(List<String> texts, List<Map<Integer, Integer>> support,
      List<Map<Integer, Double>> scores) {
    return claims(texts, support, scores, texts.stream().map(t -> SentenceFacts.NONE).toList());
  }

  /**
   * Sentences of sources a, b, c, d (sources 1–4) in order, then more of d's (unaligned) when {@code facts}
   * is longer: a story needs some size before an entity is rare in it.
   */
  private static List<Brief.CorroboratedClaim> claims(List<String> texts, List<Map<Integer, Integer>> support,
      List<Map<Integer, Double>> scores, List<SentenceFacts> facts) {
    List<String> ids = List.of("a", "b", "c", "d").subList(0, Math.min(4, facts.size()));
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(ids.stream().map(ClaimOtherWordingsTest::article)
        .toList(), Map.of());
    List<Sentence> sentences = new ArrayList<>();
    List<Map<Integer, Integer>> allSupport = new ArrayList<>(support);
    List<Map<Integer, Double>> allScores = new ArrayList<>(scores);
    for (int i = 0; i < facts.size(); i++) {
      String text = i < texts.size() ? texts.get(i) : "Rain kept falling over the coast during the night number " + i + ".";
      sentences.add(new Sentence(ids.get(Math.min(i, 3)), Math.max(0, i - 3), 0, text));
      if (i >= support.size()) {
        allSupport.add(Map.of());
        allScores.add(Map.of());
      }
    }
    List<List<String>> terms = sentences.stream().map(s -> Terms.of(s.text())).toList();
    TfIdf tfidf = TfIdf.fit(terms);
    List<BriefBuilder.SentenceNode> nodes = new ArrayList<>();
    int[] independent = new int[facts.size()];
    List<Map<Integer, Integer>> contradicted = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      independent[i] = Math.min(i, 3) + 1;
      nodes.add(new BriefBuilder.SentenceNode(sentences.get(i), independent[i], tfidf.vector(terms.get(i))));
      contradicted.add(Map.of());
    }
    ClaimAligner.Alignment alignment = new ClaimAligner.Alignment(allSupport, allScores, new double[facts.size()],
        independent, contradicted);
    return ClaimList.toBrief(ClaimList.groups(nodes, alignment), nodes, sources,
        new WordingWitnesses(nodes, alignment, facts, new OtherWordingFeatures(nodes, null, facts,
            nodes.stream().map(n -> java.util.Set.<String>of()).toList(), tfidf, sources.entries()), sources));
  }

  /** Tarnow and Monday, named in a main clause: the same facts for the shown words and the talks. */
  private static final SentenceFacts TARNOW_MONDAY = new SentenceFacts(java.util.Set.of("tarnow"), java.util.Set.of(),
      java.util.Set.of("2026-03-09"), java.util.Set.of());

  /**
   * [1] {@code shown} ↔ [2] led the talks; [2] ↔ [3] talks in Tarnow on Monday, one hop from [1] ([2]'s
   * sentence is too short to be a claim of its own); [1] and [3] both name Tarnow (rare: in 2 of 14
   * sentences) and Monday. The one claim, shown by [1].
   */
  private static Brief.CorroboratedClaim tarnowClaim(String shown, SentenceFacts shownFacts) {
    List<SentenceFacts> facts = new ArrayList<>(List.of(shownFacts, SentenceFacts.NONE, TARNOW_MONDAY));
    while (facts.size() < 14) {
      facts.add(SentenceFacts.NONE);
    }
    List<Brief.CorroboratedClaim> claims = claims(
        List.of(shown, "Ilves led the harbour talks.",
            "The city and the ministry narrowed no differences in talks in Tarnow on Monday, officials said."),
        List.of(Map.of(2, 1), Map.of(1, 0, 3, 2), Map.of(2, 1)),
        List.of(Map.of(2, 0.5), Map.of(1, 0.5, 3, 0.45), Map.of(2, 0.45)), facts);
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).text()).isEqualTo(shown);
    return claims.get(0);
  }

  @Test
  void aSentenceOneHopAwayStaysWhenItTellsOfTheSameOccasionAsTheShownWords() {
    Brief.CorroboratedClaim claim = tarnowClaim("Mayor Ilves and Minister Andrade met in Tarnow on Monday.", TARNOW_MONDAY);
    assertThat(claim.otherWordings()).extracting(w -> w.sources().get(0)).containsExactly(2, 3);
  }

  @Test
  void aDayTheShownWordsNameOnlyInARelativeClauseIsNoSameOccasion() {
    // the shown words tell of Monday's meeting only in passing, in a clause on Ilves: the sentence about
    // Monday's talks, one hop away, is another fact
    SentenceFacts inPassing = new SentenceFacts(java.util.Set.of("tarnow"), java.util.Set.of(),
        java.util.Set.of("2026-03-09"), java.util.Set.of(), java.util.Set.of());
    Brief.CorroboratedClaim claim = tarnowClaim(
        "Mayor Ilves, who met Minister Andrade in Tarnow on Monday, said the harbour would stay open.", inPassing);
    assertThat(claim.otherWordings()).extracting(w -> w.sources().get(0)).containsExactly(2);
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
