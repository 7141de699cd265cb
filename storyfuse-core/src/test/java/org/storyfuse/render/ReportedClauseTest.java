package org.storyfuse.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportedClauseTest {

  @Test
  void aCommonWordThatOpenedTheSentenceIsLoweredAfterSaid() {
    assertThat(ReportedClause.afterSaid("Both sides will put proposals on the table"))
        .isEqualTo("both sides will put proposals on the table");
    assertThat(ReportedClause.afterSaid("The ferry would run again by the weekend"))
        .isEqualTo("the ferry would run again by the weekend");
  }

  @Test
  void namesAndOtherWordsKeepTheSourcesCase() {
    assertThat(ReportedClause.afterSaid("Russia had adapted to sanctions")).isEqualTo("Russia had adapted to sanctions");
    assertThat(ReportedClause.afterSaid("NATO would not expand")).isEqualTo("NATO would not expand");
    assertThat(ReportedClause.afterSaid("I do not see reasons")).isEqualTo("I do not see reasons");
    assertThat(ReportedClause.afterSaid("THE talks failed")).isEqualTo("THE talks failed");
    assertThat(ReportedClause.afterSaid("he expects the dams to hold")).isEqualTo("he expects the dams to hold");
    assertThat(ReportedClause.afterSaid("")).isEmpty();
  }
}
