package org.storyfuse.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.storyfuse.model.Brief;

/**
 * Draws a brief's timeline as inline SVG: a date axis with one marker per event, placed by date
 * (month- and year-precision events at the start of their period, drawn hollow), numbered to match
 * the event list under it. No script, no external assets.
 */
final class TimelineChart {

  private static final int WIDTH = 760;
  private static final int HEIGHT = 110;
  private static final int MARGIN = 40;
  private static final int AXIS_Y = 60;

  private TimelineChart() {}

  static String svg(List<Brief.TimelineEvent> events) {
    if (events.isEmpty()) {
      return "";
    }
    LocalDate first = start(events.get(0));
    LocalDate last = start(events.get(events.size() - 1));
    for (Brief.TimelineEvent e : events) {
      LocalDate d = start(e);
      first = d.isBefore(first) ? d : first;
      last = d.isAfter(last) ? d : last;
    }
    long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg class=\"timeline-chart\" role=\"img\" aria-label=\"Timeline of %d events\" viewBox=\"0 0 %d %d\" "
            + "width=\"100%%\" xmlns=\"http://www.w3.org/2000/svg\">",
        events.size(), WIDTH, HEIGHT));
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", MARGIN, AXIS_Y, WIDTH - MARGIN, AXIS_Y));
    svg.append(label(MARGIN, first.toString(), "start"));
    if (!last.equals(first)) {
      svg.append(label(WIDTH - MARGIN, last.toString(), "end"));
    }
    int[] stack = new int[WIDTH];
    for (int i = 0; i < events.size(); i++) {
      Brief.TimelineEvent e = events.get(i);
      long offset = ChronoUnit.DAYS.between(first, start(e));
      int x = (int) (MARGIN + (double) offset / span * (WIDTH - 2 * MARGIN));
      int level = stack[x]++; // events on the same day stack upwards
      int y = AXIS_Y - 14 - level * 16;
      boolean exact = "day".equals(e.precision());
      svg.append(String.format(Locale.ROOT,
          "<a href=\"#event-%d\"><circle cx=\"%d\" cy=\"%d\" r=\"6\" class=\"%s\"><title>%s</title></circle>"
              + "<text x=\"%d\" y=\"%d\" class=\"marker\">%d</text></a>",
          i + 1, x, y, exact ? "event" : "event approx",
          Html.escape(e.date() + " — " + e.event()), x, y + 4, i + 1));
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static String label(int x, String text, String anchor) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" class=\"axis-label\">%s</text>",
        x, AXIS_Y + 20, anchor, Html.escape(text));
  }

  /** The first day of the event's period: "2021-12" → 2021-12-01, "2014" → 2014-01-01. */
  static LocalDate start(Brief.TimelineEvent e) {
    String d = e.date();
    if (d.length() == 4) {
      return LocalDate.of(Integer.parseInt(d), 1, 1);
    }
    if (d.length() == 7) {
      return LocalDate.parse(d + "-01");
    }
    return LocalDate.parse(d);
  }
}
