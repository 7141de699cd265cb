package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names the NER splits or invents, read on RAPID's real CoreNLP output: a long name cut at "and", a
 * title word tagged as an organisation, a place named by its adjective, a role written in lower case.
 */
class EntityReadingTest {

  static AnalysisContext context;

  @BeforeAll
  static void annotate() {
    context = Analyzers.read(article("entities", "2022-01-13",
        // seed 003's sentence, where the NER tags "Organization for Security" and stops at "and"
        "For the third round of talks, the world's largest security body, the Organization for Security and "
            + "Co-operation in Europe, is meeting in Vienna on Thursday.",
        "Deputy Secretary of State Wendy Sherman said the talks were useful.",
        "Tensions rose on the Korean peninsula after the test.",
        "Interior Minister Sofia Andrade visited the city on Tuesday.",
        "Her counterpart, Elena Marsh, the deputy interior minister, said nothing. Deputy Interior Minister "
            + "Elena Marsh left."), Profile.RAPID);
    new EntityAnnotator().annotate(context);
  }

  private static List<String> texts() {
    return context.mentions().stream().map(EntityMention::text).toList();
  }

  @Test
  void aLongNameCutAtAndIsJoinedAndTheNameInsideItAbsorbed() {
    assertThat(texts()).contains("Organization for Security and Co-operation in Europe")
        .doesNotContain("Organization for Security", "Europe");
    assertThat(context.mentions()).filteredOn(m -> m.text().startsWith("Organization")).singleElement()
        .satisfies(m -> assertThat(m.key()).isEqualTo("osce"));
  }

  @Test
  void aTitleWordAfterTitleAndOfIsNoEntity() {
    assertThat(texts()).doesNotContain("State").contains("Wendy Sherman");
    // the sample corpus' sentence: the NER tags "Interior" an organisation
    assertThat(texts()).doesNotContain("Interior").contains("Sofia Andrade");
  }

  @Test
  void aPlaceAdjectiveBeforeANounOfGeographyNamesAPlace() {
    assertThat(context.mentions()).filteredOn(m -> m.text().equals("Korean peninsula")).singleElement()
        .satisfies(m -> assertThat(m.kind()).isEqualTo(EntityKind.LOCATION));
  }

  @Test
  void aRoleHasOneCaseWhereverItIsWritten() {
    assertThat(context.entities()).filteredOn(e -> e.key().equals("elena marsh")).singleElement()
        .satisfies(e -> assertThat(e.roles()).containsExactly("Deputy Interior Minister"));
    assertThat(RoleFinder.titleCase(List.of("secretary", "of", "State"))).isEqualTo("Secretary of State");
    assertThat(RoleFinder.titleCase(List.of("CEO"))).isEqualTo("CEO");
    assertThat(RoleFinder.titleCase(List.of("secretary-general"))).isEqualTo("Secretary-General");
  }
}
