package org.storyfuse.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyfuse.model.Brief;

/** The Markdown brief never passes a source's HTML or link syntax through to a Markdown renderer. */
class BriefMarkdownTest {

  @Test
  void sourceMarkupIsEscapedInEverySection() {
    Brief brief = HostileBriefs.brief();
    String md = BriefMarkdown.write(brief);
    assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg");
    assertThat(md).contains("&lt;script&gt;").contains("&lt;img src=x onerror=");
    // every section is still there, with its text
    assertThat(md).contains("# Floods close the port &lt;script&gt;")
        .contains("## Summary").contains("## Also corroborated").contains("## Key quotes")
        .contains("## Timeline").contains("## Discrepancies").contains("## Entities").contains("## Sources");
  }

  @Test
  void linkSyntaxAndNewlinesCannotForgeStructure() {
    assertThat(BriefMarkdown.oneLine("see [here](javascript:alert(1))")).isEqualTo("see \\[here\\](javascript:alert(1))");
    assertThat(BriefMarkdown.oneLine("a\n# Forged heading\n- forged item")).isEqualTo("a # Forged heading - forged item");
    assertThat(BriefMarkdown.oneLine("AT&T <b>")).isEqualTo("AT&amp;T &lt;b&gt;");
  }

  @Test
  void aUrlCannotCloseItsCodeSpan() {
    String md = BriefMarkdown.write(HostileBriefs.brief());
    String sources = md.substring(md.indexOf("## Sources"));
    assertThat(sources.lines().filter(l -> l.startsWith("["))).allSatisfy(l ->
        assertThat(l.chars().filter(c -> c == '`').count()).as(l).isEqualTo(2));
  }

  @Test
  void reportedSpeechIsShownAsSaidWithoutQuotationMarksAndDirectWordsAsAQuote() {
    String md = BriefMarkdown.write(HostileBriefs.brief());
    assertThat(md).contains("- **Jonas Reinholt** said the water had risen faster than forecast [2]\n");
    assertThat(md).doesNotContain("“the water had risen");
    assertThat(md).contains(": “We will not reopen ");
  }

  @Test
  void backgroundYearsAreTheirOwnListPrintedAsTheYear() {
    String md = BriefMarkdown.write(HostileBriefs.brief());
    assertThat(md).contains("## Background\n\n- **1998** The last great flood was in 1998 ");
    assertThat(md.substring(md.indexOf("## Timeline"), md.indexOf("## Background"))).doesNotContain("1998");
  }

  @Test
  void aStorylineOfSeveralEventsListsThemWithTheirDaysAndSources() {
    String md = BriefMarkdown.write(HostileBriefs.brief());
    assertThat(md).contains("## Events")
        .contains("- **2026-03-09 – 2026-03-10** River bursts its banks")
        .contains("- **2026-03-11** Inquiry opens");
    assertThat(md.indexOf("## Events")).isLessThan(md.indexOf("## Timeline"));
  }

  @Test
  void aStoryWithoutASummarySentenceSaysSoInsteadOfAnEmptySection() {
    Brief full = HostileBriefs.brief();
    Brief none = new Brief(full.storyId(), full.headline(), full.timeSpan(), full.sources(), java.util.List.of(),
        full.claims(), full.quotes(), full.timeline(), full.background(), full.entities(), full.discrepancies(),
        full.events());
    assertThat(BriefMarkdown.write(none)).contains("## Summary\n\n" + BriefMarkdown.NO_SUMMARY + "\n");
    assertThat(BriefHtml.write(none, HostileBriefs.texts())).contains(BriefMarkdown.NO_SUMMARY);
    assertThat(BriefMarkdown.write(full)).doesNotContain(BriefMarkdown.NO_SUMMARY);
  }
}
