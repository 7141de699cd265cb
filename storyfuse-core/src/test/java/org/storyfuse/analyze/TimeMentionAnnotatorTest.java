package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The time mention step alone, on made-up docs with time spans (no CoreNLP). */
class TimeMentionAnnotatorTest {

  /** "Talks were held on Monday ." / "They will meet on Wednesday ." with year-less weekday spans. */
  private static Doc talks() {
    Doc doc = Analyzers.doc("Talks/NNS were/VBD held/VBN on Monday .", "They will/MD meet/VB on Wednesday .");
    return doc.withSpans(List.of(new NerSpan(4, 5, "DATE", "DATE", "XXXX-WXX-1"),
        new NerSpan(10, 11, "DATE", "DATE", "XXXX-WXX-3")));
  }

  @Test
  void weekdaysAreAnchoredByTheTenseOfTheirClause() {
    AnalysisContext context = new AnalysisContext(article("t", "2022-01-13", "unused"), Profile.RAPID);
    context.setDoc(talks());
    new TimeMentionAnnotator().annotate(context);
    assertThat(context.times()).extracting(t -> t.text() + "|" + t.date() + "|" + t.precision() + "|" + t.sentence())
        .containsExactly("Monday|2022-01-10|day|0", "Wednesday|2022-01-19|day|1");
    assertThat(context.times().get(1).begin()).isEqualTo("They will meet on ".length());
    assertThat(context.notes()).isEmpty();
  }

  @Test
  void withoutPublicationDateTheNotesSayDatesAreUnresolved() {
    AnalysisContext context = new AnalysisContext(article("t", null, "unused"), Profile.RAPID);
    context.setDoc(talks());
    new TimeMentionAnnotator().annotate(context);
    assertThat(context.times()).hasSize(2).allMatch(t -> t.date() == null);
    assertThat(context.notes()).containsExactly(
        "no publication date: relative dates ('on Monday', 'last month') are left unresolved");
  }
}
