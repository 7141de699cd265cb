package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.Terms;
import org.storyfuse.text.TfIdf;

/**
 * Made-up sentences about a harbour: the learned decision ({@link OtherWordingModel} over {@link
 * OtherWordingFeatures}) on sentences the aligner did align with a claim's shown words. Without it
 * every one of them would be listed "in other words".
 */
class OtherWordingDecisionTest {

  private static final String SHOWN = "Mayor Ilves and Minister Andrade agreed to reopen the harbour's north terminal.";
  private static final String PARAPHRASE = "The northern quay will open to ships again after a deal between Ilves and Andrade.";
  private static final String SAME_PEOPLE = "Ilves and Andrade traded accusations over the budget of the port authority.";

  /** Sentence vectors: near the shown sentence's [1, 0, 0], and away from it. */
  private static final float[] CLOSE = {0.9f, 0.1f, 0};
  private static final float[] FAR = {0, 1, 0};

  private static Article article(String id, String day) {
    return new Article(id, id + ".txt", null, "Wire " + id, "Valmora port", null,
        PublicationDate.stated(LocalDate.parse(day), day), "en", List.of("x"));
  }

  /**
   * Source a shows {@code SHOWN}; each other text is one more source (b, c, …) published on its day,
   * aligned both ways with the shown sentence, with a made-up sentence vector (the shown one's is
   * [1, 0, 0]); unaligned filler sentences without vectors give the story some size.
   */
  private static List<Brief.CorroboratedClaim> claims(List<String> others, List<String> days, List<float[]> vectors) {
    List<String> ids = new ArrayList<>(List.of("a"));
    List<Article> articles = new ArrayList<>(List.of(article("a", "2026-03-10")));
    for (int i = 0; i < others.size(); i++) {
      ids.add(String.valueOf((char) ('b' + i)));
      articles.add(article(ids.get(i + 1), days.get(i)));
    }
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(articles, Map.of());
    List<String> texts = new ArrayList<>(List.of(SHOWN));
    texts.addAll(others);
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sentences.add(new Sentence(ids.get(i), 0, 0, texts.get(i)));
    }
    for (int i = 0; i < 8; i++) {
      sentences.add(new Sentence("a", i + 1, 0, "Rain kept falling over the coast during night number " + i + "."));
    }
    List<List<String>> terms = sentences.stream().map(s -> Terms.of(s.text())).toList();
    TfIdf tfidf = TfIdf.fit(terms);
    List<BriefBuilder.SentenceNode> nodes = new ArrayList<>();
    int[] independent = new int[sentences.size()];
    List<Map<Integer, Integer>> support = new ArrayList<>();
    List<Map<Integer, Double>> scores = new ArrayList<>();
    List<Map<Integer, Integer>> contradicted = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      independent[i] = sources.independentOf(sources.numberOf(sentences.get(i).articleId()));
      nodes.add(new BriefBuilder.SentenceNode(sentences.get(i), sources.numberOf(sentences.get(i).articleId()),
          tfidf.vector(terms.get(i))));
      contradicted.add(Map.of());
    }
    Map<Integer, Integer> shownSupport = new java.util.TreeMap<>();
    Map<Integer, Double> shownScores = new java.util.TreeMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (i == 0) {
        continue;
      }
      if (i <= others.size()) {
        shownSupport.put(independent[i], i);
        shownScores.put(independent[i], 0.56);
        support.add(Map.of(independent[0], 0));
        scores.add(Map.of(independent[0], 0.56));
      } else {
        support.add(Map.of());
        scores.add(Map.of());
      }
    }
    support.add(0, shownSupport);
    scores.add(0, shownScores);
    List<SentenceFacts> facts = sentences.stream().map(s -> SentenceFacts.NONE).toList();
    ClaimAligner.Alignment alignment = new ClaimAligner.Alignment(support, scores, new double[sentences.size()],
        independent, contradicted);
    float[][] embeddings = new float[sentences.size()][];
    embeddings[0] = new float[] {1, 0, 0};
    for (int i = 0; i < others.size(); i++) {
      embeddings[i + 1] = vectors.get(i);
    }
    return ClaimList.toBrief(ClaimList.groups(nodes, alignment), nodes, sources,
        new WordingWitnesses(nodes, alignment, facts, new OtherWordingFeatures(nodes, embeddings, facts,
            nodes.stream().map(n -> Set.<String>of()).toList(), tfidf, sources.entries()), sources));
  }

  private static List<String> otherWordings(List<Brief.CorroboratedClaim> claims) {
    return claims.stream().filter(c -> c.text().equals(SHOWN))
        .flatMap(c -> c.otherWordings().stream().map(Brief.Claim::text)).toList();
  }

  @Test
  void theSamePeopleDoingSomethingElseAreNotTheSameFactInOtherWords() {
    // both aligned with the shown words (as "Ahmadinejad announced the release" / "... captured at
    // gunpoint" were): only the paraphrase is listed
    assertThat(otherWordings(claims(List.of(PARAPHRASE, SAME_PEOPLE), List.of("2026-03-10", "2026-03-10"),
        List.of(CLOSE, FAR)))).singleElement().asString().startsWith("The northern quay");
  }

  @Test
  void aReportPublishedWeeksLaterTellsOfAnotherDaysNewsRatherThanTheSameFact() {
    // the same paraphrase a month later: news that close to the claim a month on is, as a rule,
    // another development (the quay reopens again, a second deal)
    assertThat(otherWordings(claims(List.of(PARAPHRASE, SAME_PEOPLE), List.of("2026-04-10", "2026-03-10"),
        List.of(CLOSE, FAR)))).isEmpty();
  }

  @Test
  void theModelIsAWeightedSumOverNamedFeaturesThroughALogistic() {
    OtherWordingModel m = OtherWordingModel.read(new ByteArrayInputStream(
        "# made up\nbias\t-1\nthreshold\t0.5\ntfidf\t4\n".getBytes(StandardCharsets.UTF_8)));
    double[] f = new double[OtherWordingFeatures.NAMES.size()];
    f[OtherWordingFeatures.NAMES.indexOf("tfidf")] = 0.25;
    assertThat(m.probability(f)).isEqualTo(0.5);
    assertThat(m.sameFact(f)).isTrue();
    f[OtherWordingFeatures.NAMES.indexOf("tfidf")] = 0.2;
    assertThat(m.sameFact(f)).isFalse();
  }

  @Test
  void featuresOfThePair() {
    assertThat(OtherWordingFeatures.dayGap(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-10"))).isZero();
    assertThat(OtherWordingFeatures.dayGap(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-04-09"))).isEqualTo(1.0);
    assertThat(OtherWordingFeatures.dayGap(null, LocalDate.parse("2026-04-09"))).isZero();
    // names counted apart; a reporting verb is no predicate
    assertThat(OtherWordingFeatures.predicate("Ilves said the terminals reopened.")).containsExactlyInAnyOrder(
        "termin", "reopen");
    float[] c = {1, 0};
    assertThat(OtherWordingFeatures.centredCosine(new float[] {1, 1}, new float[] {1, -1}, c)).isEqualTo(-1.0);
  }
}
