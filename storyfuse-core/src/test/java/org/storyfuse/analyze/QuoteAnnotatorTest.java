package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quote step alone: its input (a doc RAPID's CoreNLP reader made, the entity step's mentions
 * and roles) is prepared once for the class.
 */
class QuoteAnnotatorTest {

  static AnalysisContext context;

  @BeforeAll
  static void annotate() {
    context = Analyzers.read(article("quotes", "2022-01-13",
        "Harbour authority spokesman Tomas Greer said the port would stay closed for days.",
        "“Ships are waiting offshore. We expect the backlog to clear by Friday,” he said.",
        "“The levee held through the night,” said Ivo Lind, the mayor of Tarsk."), Profile.RAPID);
    new EntityAnnotator().annotate(context);
    new QuoteAnnotator().annotate(context);
  }

  @Test
  void reportedSpeechWithItsSpeakerAndRole() {
    Quote q = quote("port would stay closed");
    assertThat(q.kind()).isEqualTo(Quote.Kind.REPORTED);
    assertThat(q.speaker()).isEqualTo("Tomas Greer");
    assertThat(q.speakerRole()).contains("Spokesman");
    assertThat(q.sentence()).isZero();
  }

  @Test
  void directQuotesWithTheirSpeakers() {
    assertThat(quote("Ships are waiting offshore").kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(quote("Ships are waiting offshore").speaker()).isEqualTo("Tomas Greer");
    assertThat(quote("levee held through the night").speaker()).isEqualTo("Ivo Lind");
    assertThat(context.quotes()).extracting(Quote::sentence).isSorted();
  }

  private static Quote quote(String words) {
    return context.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote contains '" + words + "': " + context.quotes()));
  }
}
