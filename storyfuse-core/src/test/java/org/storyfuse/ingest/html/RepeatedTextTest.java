package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A paragraph printed twice is read once; a table's repeated cells are the table's. */
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
}
