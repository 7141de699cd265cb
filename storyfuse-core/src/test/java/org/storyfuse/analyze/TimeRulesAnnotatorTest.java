package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import org.junit.jupiter.api.Test;

/** The TimeRules step alone, on a made-up doc (no CoreNLP). */
class TimeRulesAnnotatorTest {

  @Test
  void addsEachSentencesTimeSpansInDocumentTokenOrder() {
    AnalysisContext context = new AnalysisContext(article("t", "2022-01-13", "unused"), Profile.RAPID);
    context.setDoc(Analyzers.doc(
        "Talks/NNS were/VBD held/VBN on Monday .",
        "Elena/NNP/PERSON Marsh/NNP/PERSON will/MD visit/VB Tarsk/NNP/LOCATION next week ."));
    new TimeRulesAnnotator().annotate(context);
    Doc doc = context.doc();
    assertThat(doc.spans()).extracting(s -> doc.covered(s.start(), s.end()) + "|" + s.tag() + "|" + s.timexValue())
        .containsExactly("Monday|DATE|XXXX-WXX-1", "Elena Marsh|PERSON|null", "Tarsk|LOCATION|null",
            "next week|DATE|2022-W03");
    assertThat(doc.spans()).filteredOn(s -> s.tag().equals("DATE")).allMatch(s -> s.timexType().equals("DATE"));
  }

  @Test
  void withoutPublicationDateRelativeValuesStayNull() {
    AnalysisContext context = new AnalysisContext(article("t", null, "unused"), Profile.RAPID);
    context.setDoc(Analyzers.doc("They met last week and on 10 January 2022 ."));
    new TimeRulesAnnotator().annotate(context);
    assertThat(context.doc().spans()).extracting(NerSpan::timexValue).containsExactly(null, "2022-01-10");
  }
}
