package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entity step alone, on a doc RAPID's CoreNLP reader made once for the class. */
class EntityAnnotatorTest {

  static AnalysisContext context;

  @BeforeAll
  static void annotate() {
    context = Analyzers.read(article("entities", "2022-01-13",
        "Valmora's Deputy Interior Minister Elena Marsh said the dams held.",
        "Marsh told reporters in Tarsk that she would meet the Organization for Security and Co-operation "
            + "in Europe (OSCE) on Friday. The OSCE did not comment."), Profile.RAPID);
    new EntityAnnotator().annotate(context);
  }

  @Test
  void mentionsInSentenceCoordinatesLinkedToTheFullName() {
    assertThat(context.mentions()).filteredOn(m -> m.text().equals("Marsh")).singleElement()
        .satisfies(m -> {
          assertThat(m.name()).isEqualTo("Elena Marsh");
          assertThat(m.key()).isEqualTo("elena marsh");
          assertThat(m.sentence()).isEqualTo(1);
          assertThat(m.begin()).isZero();
          assertThat(m.end()).isEqualTo("Marsh".length());
        });
    assertThat(context.mentions()).noneMatch(m -> m.text().equalsIgnoreCase("she"));
  }

  @Test
  void rolesAndEntities() {
    assertThat(context.rolesByKey()).containsEntry("elena marsh", "Deputy Interior Minister");
    assertThat(context.entities()).filteredOn(e -> e.key().equals("elena marsh")).singleElement()
        .satisfies(e -> {
          assertThat(e.roles()).containsExactly("Deputy Interior Minister");
          assertThat(e.mentions()).isEqualTo(2);
          assertThat(e.articleIds()).containsExactly("entities");
        });
    // the long name is merged into its acronym
    assertThat(context.entities()).anyMatch(e -> e.name().equals("OSCE"));
    assertThat(context.resolvedMentions()).hasSameSizeAs(context.mentions());
  }
}
