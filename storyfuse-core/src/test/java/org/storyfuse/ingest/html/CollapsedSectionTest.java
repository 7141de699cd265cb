package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Collapsed sections of a guide's body (accordion panels hidden until opened) are its text. */
class CollapsedSectionTest {

  private static final String INTRO = "Putting a heat pump into an older house takes about two months from the first"
      + " survey to the day the old boiler is carried out, and most of that time is spent waiting.";
  private static final String STEP1 = "In the first two weeks a surveyor measures every room, reads the last year of"
      + " gas bills and checks whether the radiators are large enough for water at a lower temperature.";
  private static final String STEP2 = "From the third week the installer orders the unit, applies for the grant on"
      + " your behalf and books the electrician who will fit a separate circuit for the outdoor unit.";
  private static final String OUTRO = "Once the system runs, expect the house to warm up more slowly than before: the"
      + " pump works best when it is left on at a steady, moderate setting all day.";
  private static final String FAQ_ANSWER = "No, the grant is paid to the installer directly and taken off your"
      + " invoice, so you never have to claim it back yourself from the energy office.";

  private static String page() {
    return "<html><body><nav><a href=/>Home</a> <a href=/guides>Guides</a></nav>"
        + "<main><article><h1>How a heat pump gets installed</h1><p>" + INTRO + "</p>"
        + "<div class=\"steps-accordion\">"
        + "<div class=\"item\"><button>Weeks 1-2</button>"
        + "<div id=\"step_0_content\" style=\"display:none\"><p>" + STEP1 + "</p></div></div>"
        + "<div class=\"item\"><button>Weeks 3-6</button>"
        + "<div id=\"step_1_content\" style=\"display:none\"><p>" + STEP2 + "</p></div></div>"
        + "</div><p>" + OUTRO + "</p>"
        + "<div class=\"faq-accordion\"><h2>Questions</h2><div class=\"faq-item\"><button>Do I claim the grant?</button>"
        + "<div class=\"faq-answer\" style=\"display:none\"><p>" + FAQ_ANSWER + "</p></div></div></div>"
        + "</article></main>"
        + "<div class=\"navbar-collapse\" style=\"display:none\"><a href=/a>Heat pumps explained for beginners</a>"
        + " <a href=/b>Solar panels and batteries for homes</a> <a href=/c>Insulation grants and who can apply</a></div>"
        + "</body></html>";
  }

  @Test
  void accordionPanelsOfTheBodyAreKeptInOrder() {
    List<String> paragraphs = new HtmlArticleExtractor().extract(page(), null).paragraphs();
    assertThat(paragraphs).containsSubsequence(INTRO, STEP1, STEP2, OUTRO);
  }

  @Test
  void deeplyNestedHiddenPanelsAreWeighedOnceAndQuickly() {
    // hostile nesting: every level a hidden accordion panel over the same short text; each element
    // must be read by at most one collapsed-section check
    int depth = 8_000;
    StringBuilder html = new StringBuilder("<html><body><main><article><h1>Nested</h1><p>" + INTRO + "</p>");
    html.append("<div class=\"accordion-panel\" style=\"display:none\">".repeat(depth));
    html.append("<p>").append(STEP1).append("</p>").append("</div>".repeat(depth));
    html.append("</article></main></body></html>");
    long start = System.nanoTime();
    List<String> paragraphs = new HtmlArticleExtractor().extract(html.toString(), null).paragraphs();
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    assertThat(paragraphs).contains(INTRO);
  }

  @Test
  void hiddenFaqAnswersAndFoldedMenusStayOut() {
    String text = String.join("\n", new HtmlArticleExtractor().extract(page(), null).paragraphs());
    assertThat(text).doesNotContain("the grant is paid").doesNotContain("Insulation grants");
  }
}
