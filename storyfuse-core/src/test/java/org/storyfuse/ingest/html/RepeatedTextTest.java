package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paragraph printed twice is read once; a table's repeated cells are the table's, and so are the
 * short lines a plan or a roundup repeats among different ones.
 */
class RepeatedTextTest {

  private static final String P1 = "The new training plan builds up over eight weeks, from short walks with a few"
      + " minutes of running to a steady half hour, with two rest days every week.";
  private static final String P2 = "Coaches at the club say most beginners who follow it finish the town's five"
      + " kilometre run in the spring without walking.";

  @Test
  void repeatedCellsStayAndRepeatedParagraphsGo() {
    String cell = "Walk two minutes, run one minute, eight times";
    StringBuilder table = new StringBuilder("<table><tr><th>Week</th><th>Monday</th><th>Thursday</th></tr>");
    for (int week = 1; week <= 3; week++) {
      table.append("<tr><td>").append(week).append("</td><td>").append(cell).append("</td><td>")
          .append(cell).append("</td></tr>");
    }
    table.append("</table>");
    List<String> out = new HtmlArticleExtractor().extract("<article><h1>From walking to running</h1><p>" + P1
        + "</p>" + table + "<p>" + P2 + "</p><blockquote><p>" + P2 + "</p></blockquote></article>", null).paragraphs();
    assertThat(Collections.frequency(out, cell)).isEqualTo(6);
    assertThat(Collections.frequency(out, P2)).isEqualTo(1);
    assertThat(out).startsWith(P1);
  }

  private static final String WARM_UP = "Warm up: ten minutes of easy jogging and a few strides";
  private static final String COOL_DOWN = "Cool down: ten minutes of walking and stretching";

  private static String day(String name, String session) {
    return "<h3>" + name + "</h3><ul><li>" + WARM_UP + "</li><li>" + session + "</li><li>" + COOL_DOWN + "</li></ul>";
  }

  @Test
  void shortLinesThatRecurAmongDifferentOnesStay() {
    String html = "<article><h1>A ten-week plan</h1><p>" + P1 + "</p>"
        + day("Monday", "Run three kilometres at an easy pace without stopping")
        + day("Wednesday", "Run six intervals of two minutes at a harder effort")
        + day("Saturday", "Run for forty minutes on a flat route at a chatty pace")
        + "<p>" + P2 + "</p></article>";
    List<String> out = new HtmlArticleExtractor().extract(html, null).paragraphs();
    assertThat(Collections.frequency(out, WARM_UP)).isEqualTo(3);
    assertThat(Collections.frequency(out, COOL_DOWN)).isEqualTo(3);
  }

  @Test
  void aSectionRenderedTwiceAndHeadingsAfterTheirContentsEntryAreReadOnce() {
    String h1 = "Why the plan starts with walking breaks";
    String h2 = "How to know you are ready for the race";
    String a = "Short walking breaks let tendons and joints adapt more slowly than the heart and lungs do";
    String b = "Most runners can move on once they finish two easy half-hour runs in one week";
    String c = "A race entry booked for week eleven gives the last fortnight a clear purpose";
    String html = "<article><h1>A ten-week plan</h1><p>" + P1 + "</p>"
        + "<ul class=\"toc\"><li>" + h1 + "</li><li>" + h2 + "</li></ul>"
        + "<h2>" + h1 + "</h2><p>" + a + "</p><p>" + b + "</p><h2>" + h2 + "</h2><p>" + c + "</p>"
        + "<div class=\"mobile\"><p>" + a + "</p><p>" + b + "</p></div>"
        + "<p>" + P2 + "</p></article>";
    List<String> out = new HtmlArticleExtractor().extract(html, null).paragraphs();
    assertThat(Collections.frequency(out, h1)).isEqualTo(1);
    assertThat(Collections.frequency(out, h2)).isEqualTo(1);
    assertThat(Collections.frequency(out, a)).isEqualTo(1);
    assertThat(Collections.frequency(out, b)).isEqualTo(1);
    assertThat(out).containsSubsequence(a, b, c, P2);
  }
}
