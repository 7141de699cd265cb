package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CoreNLP step alone, RAPID's reader (loaded once for the test JVM). */
class CoreNlpAnnotatorTest {

  static AnalysisContext context;

  @BeforeAll
  static void read() {
    context = Analyzers.split(article("read", "2022-01-13", "Nothing happened.",
        "Elena Marsh said on Monday that the dams held.", "Ships waited."), Profile.RAPID);
    // only the last two sentences are analysed: the doc keeps the splitter's sentence indexes
    context.setAnalysed(context.sentences().subList(1, 3));
    new CoreNlpAnnotator(Analyzers.reader(Profile.RAPID)).annotate(context);
  }

  @Test
  void tokensOfTheAnalysedSentencesWithTheirSentenceIndexes() {
    Doc doc = context.doc();
    assertThat(doc.text()).isEqualTo("Elena Marsh said on Monday that the dams held.\nShips waited.\n");
    assertThat(doc.tokens()).extracting(Tok::text).startsWith("Elena", "Marsh", "said").endsWith("Ships", "waited", ".");
    assertThat(doc.tokens()).filteredOn(t -> t.text().equals("Ships")).extracting(Tok::sentence).containsExactly(2);
    assertThat(doc.tokens().get(2).pos()).isEqualTo("VBD");
    assertThat(doc.tokens().get(0).begin()).isZero();
  }

  @Test
  void namedEntitySpansWithoutSuTimeInRapid() {
    Doc doc = context.doc();
    assertThat(doc.spans()).anyMatch(s -> s.tag().equals("PERSON") && doc.covered(s.start(), s.end()).equals("Elena Marsh"));
    // RAPID's CoreNLP has no SUTime: times come from the TimeRules step after it
    assertThat(doc.spans()).noneMatch(s -> s.timexType() != null);
    assertThat(Analyzer.coreNlpProperties(Profile.RAPID).getProperty("ner.useSUTime")).isEqualTo("false");
    assertThat(Analyzer.coreNlpProperties(Profile.FAST).getProperty("ner.useSUTime")).isEqualTo("true");
    assertThat(Analyzer.coreNlpProperties(Profile.FULL).getProperty("ner.applyFineGrained")).isNull();
    assertThat(Analyzer.coreNlpProperties(Profile.FAST).getProperty("ner.applyFineGrained")).isEqualTo("false");
  }
}
