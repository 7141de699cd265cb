package org.storyfuse.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Brief;

class BeyondSummaryTest {

  private static final Brief.SentenceRef A0 = new Brief.SentenceRef(1, 0);
  private static final Brief.SentenceRef B1 = new Brief.SentenceRef(2, 1);
  private static final Brief.SentenceRef A4 = new Brief.SentenceRef(1, 4);
  private static final Brief.SentenceRef B5 = new Brief.SentenceRef(2, 5);

  @Test
  void aClaimTheSummaryStatesInTheOtherSourcesWordsIsNotListedAgain() {
    Brief brief = brief(
        List.of(new Brief.SummarySentence("“We will reopen soon,” said harbour master Ana Ruiz on Monday.", List.of(1, 2), 1,
            List.of(B1, A0))),
        List.of(
            new Brief.CorroboratedClaim("“We will reopen soon,” harbour master Ana Ruiz said.", List.of(1, 2), 1,
                List.of(A0, B1)),
            new Brief.CorroboratedClaim("Damage was put at millions.", List.of(1, 2), 1, List.of(A4, B5))));

    assertThat(BeyondSummary.claims(brief)).extracting(Brief.CorroboratedClaim::text)
        .containsExactly("Damage was put at millions.");
    assertThat(BriefMarkdown.write(brief)).doesNotContain("harbour master Ana Ruiz said.")
        .contains("## Also corroborated").contains("Damage was put at millions.");
  }

  @Test
  void aClaimRestingOnASentenceTheSummaryDoesNotCiteIsListed() {
    Brief brief = brief(
        List.of(new Brief.SummarySentence("The port closed.", List.of(1), 1, List.of(A0))),
        List.of(new Brief.CorroboratedClaim("Officials closed the port on Monday.", List.of(1, 2), 1, List.of(A0, B1))));

    assertThat(BeyondSummary.claims(brief)).hasSize(1);
  }

  @Test
  void theSummaryShowsTheOtherWordingsOfTheClaimItTellsThatItsListWouldHaveShown() {
    Brief.SentenceRef c2 = new Brief.SentenceRef(3, 2);
    Brief brief = brief(
        List.of(new Brief.SummarySentence("The port closed all five terminals on Monday.", List.of(1, 2), 1, List.of(A0, B1))),
        List.of(new Brief.CorroboratedClaim("The port closed all five terminals on Monday.", List.of(1, 2), 1,
            List.of(A0, B1), List.of(
                new Brief.Claim("…suspended all operations on Monday <b>as water</b> flooded its quays.", List.of(3),
                    List.of(c2)),
                // a source the summary already cites is not shown again
                new Brief.Claim("Its terminals shut.", List.of(2), List.of(B5))))));

    assertThat(BeyondSummary.claims(brief)).isEmpty();
    assertThat(BeyondSummary.otherWordings(brief, brief.summary().get(0))).extracting(Brief.Claim::sources)
        .containsExactly(List.of(3));
    assertThat(BriefMarkdown.write(brief)).doesNotContain("## Also corroborated").contains(
        "- The port closed all five terminals on Monday. [1][2]\n"
            + "  - in other words: …suspended all operations on Monday &lt;b&gt;as water&lt;/b&gt; flooded its quays. [3]\n")
        .doesNotContain("Its terminals shut.");
    assertThat(BriefHtml.write(brief, SourceTexts.NONE)).contains("suspended all operations on Monday &lt;b&gt;as water")
        // three outlets report it, two in the summary's words
        .contains("title=\"independent sources reporting this (in these words: 2)\">3 sources</span>");
  }

  private static Brief brief(List<Brief.SummarySentence> summary, List<Brief.CorroboratedClaim> claims) {
    return new Brief("s1", "Port", new Brief.TimeSpan("2026-03-09", "2026-03-09"),
        List.of(new Brief.Source(1, "a1", "a.txt", "A", "Port", null, "2026-03-09", false, null),
            new Brief.Source(2, "a2", "b.txt", "B", "Port", null, "2026-03-09", false, null)),
        summary, claims, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
