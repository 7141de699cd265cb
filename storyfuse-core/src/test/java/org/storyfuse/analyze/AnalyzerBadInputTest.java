package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad input, in the slowest and the fastest profile: no crash, bounded work, the result says what was limited. */
class AnalyzerBadInputTest {

  static Analyzer analyzer(Profile profile) {
    return switch (profile) {
      case FULL -> Analyzers.full();
      case FAST -> Analyzers.fast();
      case RAPID -> Analyzers.rapid();
      case LEAN -> Analyzers.lean();
    };
  }

  @ParameterizedTest
  @EnumSource(value = Profile.class, names = {"FULL", "RAPID", "LEAN"})
  void oneMegabyteOfTextIsCutToABoundedAmountOfWork(Profile profile) {
    String sentence = "Engineers in Tarsk said on Monday that the levee held after 7,000 sandbags were laid. ";
    String text = sentence.repeat(1_000_000 / sentence.length() + 1);
    Analyzer analyzer = analyzer(profile);
    analyzer.analyze(article("warm", "2022-01-13", sentence));
    AnalyzedArticle a = analyzer.analyze(article("huge", "2022-01-13", text));
    assertThat(text.length()).isGreaterThan(1_000_000);
    assertThat(a.analysed()).isTrue();
    assertThat(a.notes()).anyMatch(n -> n.startsWith("text cut at"));
    assertThat(a.sentences().size()).isGreaterThan(10_000);
    assertThat(a.times()).isNotEmpty();
    // the work is bounded by the character cap, not by the input: no more tokens than the cap holds
    // (a wall-clock bound would belong in a benchmark, not in a unit test)
    assertThat(a.tokens()).isPositive().isLessThanOrEqualTo(Analyzer.MAX_ANALYSED_CHARS / 2);
  }

  @ParameterizedTest
  @EnumSource(value = Profile.class, names = {"FULL", "RAPID", "LEAN"})
  void oneMegabyteWithoutSpacesOrSentenceEnds(Profile profile) {
    AnalyzedArticle a = analyzer(profile).analyze(article("blob", "2022-01-13", "x".repeat(1_000_000)));
    assertThat(a.analysed()).isTrue();
    assertThat(a.notes()).anyMatch(n -> n.startsWith("text cut at"));
  }

  @ParameterizedTest
  @EnumSource(value = Profile.class, names = {"FULL", "RAPID", "LEAN"})
  void noSentences(Profile profile) {
    AnalyzedArticle a = analyzer(profile).analyze(article("empty", "2022-01-13", "   \n  "));
    assertThat(a.sentences()).isEmpty();
    assertThat(a.notes()).contains("no sentences");
    assertThat(a.quotes()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Profile.class, names = {"FULL", "RAPID", "LEAN"})
  void nonEnglishIsDetectedAndNotAnalysed(Profile profile) {
    AnalyzedArticle a = analyzer(profile).analyze(article("de", "2022-01-13",
        "Die Regierung in Tarsk hat am Montag angekündigt, dass die Deiche gehalten haben.",
        "„Wir werden jede Brücke wieder aufbauen“, sagte die Ministerpräsidentin am Dienstag in der Hauptstadt."));
    assertThat(a.language()).isEqualTo("de");
    assertThat(a.analysed()).isFalse();
    assertThat(a.notes()).singleElement().asString().contains("'de' is not supported");
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.entities()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Profile.class, names = {"FULL", "RAPID", "LEAN"})
  void unmatchedQuoteMarksDoNotCrash(Profile profile) {
    AnalyzedArticle a = analyzer(profile).analyze(article("marks", "2022-01-13",
        "He said “this never closes. And ‘neither does this. \"Or this, she said.",
        "”Stray closers” ” here ’ and ' there' and \" lone \" marks \" everywhere.",
        "““Nested “openers” again,” Ivo Lind said."));
    assertThat(a.analysed()).isTrue();
    assertThat(a.quotes()).allMatch(q -> !q.text().isBlank());
  }

  @ParameterizedTest
  @EnumSource(value = Profile.class, names = {"FULL", "RAPID", "LEAN"})
  void analyzeAllSurvivesABadArticleAmongGoodOnes(Profile profile) {
    var out = analyzer(profile).analyzeAll(java.util.List.of(
        article("good", "2022-01-13", "Ivo Lind said the road was open."),
        article("bad", "2022-01-13", "\u0000\u0001\uFFFF".repeat(1000)),
        article("good2", "2022-01-13", "Ana Ruiz said the bridge was open.")), 2);
    assertThat(out).extracting(x -> x.article().id()).containsExactly("good", "bad", "good2");
    assertThat(out.get(2).quotes()).isNotEmpty();
  }
}
