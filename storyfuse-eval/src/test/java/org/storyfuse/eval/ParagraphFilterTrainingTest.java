package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.html.HtmlArticleExtractor;
import org.storyfuse.ingest.html.ParagraphFilter;

/** The paragraph filter's training: labels, the page score it optimises, and both learners, on made-up data. */
class ParagraphFilterTrainingTest {

  @Test
  void aParagraphIsLabelledByTheShareOfItsWordPairsInTheReference() {
    String truth = "The council voted on Tuesday to close the old bridge for repairs.";
    List<String> words = ParagraphFilterTraining.words(truth);
    Set<String> pairs = new java.util.HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      pairs.add(words.get(i) + " " + words.get(i + 1));
    }
    Map<String, Integer> bag = WordOverlap.bag(truth);
    assertThat(ParagraphFilterTraining.shareFound(ParagraphFilterTraining.words("voted on Tuesday to close"), pairs,
        bag)).isEqualTo(1.0);
    // the same words in another order are not the reference's text
    assertThat(ParagraphFilterTraining.shareFound(ParagraphFilterTraining.words("the bridge voted to close on Tuesday"),
        pairs, bag)).isLessThan(0.5);
    assertThat(ParagraphFilterTraining.shareFound(List.of("bridge"), pairs, bag)).isEqualTo(1.0);
  }

  @Test
  void thePageScoreIsTheEvalsF1() {
    String truth = "one two three four";
    String predicted = "one two five";
    WordOverlap.Score s = WordOverlap.score(predicted, truth);
    assertThat(ParagraphFilterTraining.f1(WordOverlap.bag(predicted), WordOverlap.bag(truth)))
        .isCloseTo(s.f1(), within(1e-12));
    assertThat(ParagraphFilterTraining.f1(Map.of(), Map.of())).isEqualTo(1.0);
  }

  /** Made-up paragraphs: the article's have few links, the furniture's many. */
  private static List<ParagraphFilterTraining.Page> pages() {
    int d = HtmlArticleExtractor.featureNames().size();
    int links = HtmlArticleExtractor.featureNames().indexOf("link_density");
    int share = HtmlArticleExtractor.featureNames().indexOf("own_words_share");
    List<ParagraphFilterTraining.Page> out = new ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    for (int p = 0; p < 40; p++) {
      List<double[]> features = new ArrayList<>();
      double[] labels = new double[10];
      List<Map<String, Integer>> bags = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        boolean article = i < 7;
        double[] x = new double[d];
        x[0] = 1;
        x[links] = article ? 0.3 * random.nextDouble() : 0.5 + 0.5 * random.nextDouble();
        x[share] = 0.1;
        features.add(x);
        labels[i] = article ? 1 : 0;
        bags.add(Map.of((article ? "a" : "f") + p + "_" + i, 10));
      }
      Map<String, Integer> truth = new java.util.HashMap<>();
      for (int i = 0; i < 7; i++) {
        truth.put("a" + p + "_" + i, 10);
      }
      out.add(new ParagraphFilterTraining.Page("p" + p, p % 5, truth, features, labels, bags, null));
    }
    return out;
  }

  @Test
  void bothLearnersSeparateTheParagraphsAndRaiseThePageScore() {
    List<ParagraphFilterTraining.Page> pages = pages();
    double without = ParagraphFilterTraining.meanF1(pages, null, 0);
    for (ParagraphFilterTraining.Model m : ParagraphFilterTraining.MODELS) {
      ParagraphFilter f = m.fit(pages, 0.5);
      Map<ParagraphFilterTraining.Page, double[]> probs = new java.util.IdentityHashMap<>();
      for (ParagraphFilterTraining.Page p : pages) {
        double[] pr = new double[p.labels().length];
        for (int i = 0; i < pr.length; i++) {
          pr[i] = f.probability(p.features().get(i));
        }
        probs.put(p, pr);
      }
      assertThat(ParagraphFilterTraining.meanF1(pages, probs, 0.5)).as(m.name()).isGreaterThan(without)
          .isGreaterThan(0.98);
    }
  }

  @Test
  void fittingTwiceGivesTheSameFilter() {
    List<ParagraphFilterTraining.Page> pages = pages();
    for (ParagraphFilterTraining.Model m : ParagraphFilterTraining.MODELS) {
      assertThat(m.fit(pages, 0.5).toTsv("x")).isEqualTo(m.fit(pages, 0.5).toTsv("x"));
    }
  }
}
