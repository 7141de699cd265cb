package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;

class LanguageAnnotatorTest {

  private final LanguageAnnotator annotator = new LanguageAnnotator();

  @Test
  void englishGoesOn() {
    AnalysisContext context = Analyzers.split(article("en", "2022-01-13",
        "The government in Tarsk announced on Monday that the levees had held through the night."), Profile.RAPID);
    annotator.annotate(context);
    assertThat(context.language()).isEqualTo("en");
    assertThat(context.done()).isFalse();
    assertThat(context.notes()).isEmpty();
  }

  @Test
  void anotherLanguageIsRejectedWithItsSentencesKept() {
    Article german = article("de", "2022-01-13",
        "Die Regierung in Tarsk hat am Montag angekündigt, dass die Deiche gehalten haben.",
        "„Wir werden jede Brücke wieder aufbauen“, sagte die Ministerpräsidentin am Dienstag.");
    AnalysisContext context = Analyzers.split(german, Profile.RAPID);
    annotator.annotate(context);
    assertThat(context.done()).isTrue();
    AnalyzedArticle result = context.result();
    assertThat(result.analysed()).isFalse();
    assertThat(result.language()).isEqualTo("de");
    assertThat(result.notes()).containsExactly("language 'de' is not supported (English models only): sentences only");
    assertThat(result.sentences()).hasSize(2);
    assertThat(result.tokens()).isZero();
  }

  @Test
  void undetectableTextKeepsTheStatedLanguageOrEnglish() {
    AnalysisContext stated = new AnalysisContext(withLanguage("fr", "12"), Profile.RAPID);
    annotator.annotate(stated);
    assertThat(stated.language()).isEqualTo("fr");
    assertThat(stated.rejection()).startsWith("language 'fr'");
    AnalysisContext unstated = new AnalysisContext(withLanguage("und", "12"), Profile.RAPID);
    annotator.annotate(unstated);
    assertThat(unstated.language()).isEqualTo("en");
    assertThat(unstated.done()).isFalse();
  }

  private static Article withLanguage(String language, String text) {
    return new Article("x", "test:x", null, "Test Wire", "Title", null, null, language, List.of(text));
  }
}
