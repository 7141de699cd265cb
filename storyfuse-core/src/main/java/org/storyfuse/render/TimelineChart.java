package org.storyfuse.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyfuse.model.Brief;

/**
 * Draws a brief's timeline as inline SVG: a date axis with one marker per event, placed by date
 * (month- and year-precision events at the start of their period, drawn hollow), numbered to match
 * the event list under it. No script, no external assets.
 *
 * <p>The axis is <b>broken</b> where the story is silent for long: a gap between two consecutive
 * dates that is longer than {@link #MIN_BREAK_DAYS} days and longer than {@link #BREAK_FACTOR} times
 * the median gap is drawn with a fixed short width ({@link #BREAK_SHARE} of the axis) and a break
 * mark ("//"), the rest of the axis linear in days; the break is labelled with the dates
 * on both sides. So one early date (a month before the talks, a recalled year) does not squeeze the
 * days the story happens on into one corner. Dates print as the events state them: "1962",
 * "2021-12", "2022-01-10", never the first day of a year or month.
 */
final class TimelineChart {

  private static final int WIDTH = 760;
  private static final int HEIGHT = 110;
  private static final int MARGIN = 40;
  private static final int AXIS_Y = 60;
  /** A gap must be at least this long (days) to be broken. */
  static final int MIN_BREAK_DAYS = 14;
  /** … and this many times the median gap between consecutive dates. */
  static final double BREAK_FACTOR = 3.0;
  /** The share of the axis one break takes. */
  static final double BREAK_SHARE = 0.1;

  private TimelineChart() {}

  /** Where each date sits on the axis, in [0, 1], and the breaks (as positions) between them. */
  record Axis(TreeMap<LocalDate, Double> position, List<Double> breaks) {
    double at(LocalDate d) {
      return position.get(d);
    }
  }

  static Axis axis(List<LocalDate> dates) {
    List<LocalDate> distinct = new ArrayList<>(new TreeSet<>(dates));
    TreeMap<LocalDate, Double> position = new TreeMap<>();
    List<Double> breaks = new ArrayList<>();
    if (distinct.size() == 1) {
      position.put(distinct.get(0), 0.0);
      return new Axis(position, breaks);
    }
    long[] gaps = new long[distinct.size() - 1];
    for (int i = 1; i < distinct.size(); i++) {
      gaps[i - 1] = ChronoUnit.DAYS.between(distinct.get(i - 1), distinct.get(i));
    }
    long[] sorted = gaps.clone();
    java.util.Arrays.sort(sorted);
    double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    double cap = Math.max(MIN_BREAK_DAYS, BREAK_FACTOR * Math.max(1, median));
    boolean[] broken = new boolean[gaps.length];
    int breaksCount = 0;
    double unbroken = 0;
    for (int i = 0; i < gaps.length; i++) {
      broken[i] = gaps[i] > cap;
      if (broken[i]) {
        breaksCount++;
      } else {
        unbroken += gaps[i];
      }
    }
    // a break takes a fixed share of the axis (at most half for all of them); the rest is linear
    double share = Math.min(BREAK_SHARE, 0.5 / Math.max(1, breaksCount));
    double breakWidth = unbroken == 0 ? 1 : share * unbroken / (1 - share * breaksCount);
    double[] width = new double[gaps.length];
    double total = 0;
    for (int i = 0; i < gaps.length; i++) {
      width[i] = broken[i] ? breakWidth : gaps[i];
      total += width[i];
    }
    double x = 0;
    position.put(distinct.get(0), 0.0);
    for (int i = 0; i < gaps.length; i++) {
      if (broken[i]) {
        breaks.add((x + width[i] / 2) / total);
      }
      x += width[i];
      position.put(distinct.get(i + 1), x / total);
    }
    return new Axis(position, breaks);
  }

  static String svg(List<Brief.TimelineEvent> events) {
    return svg(events, "");
  }

  /** @param anchorPrefix the prefix of the event list's anchors ("st2-" on a page of several briefs) */
  static String svg(List<Brief.TimelineEvent> events, String anchorPrefix) {
    if (events.isEmpty()) {
      return "";
    }
    List<LocalDate> starts = events.stream().map(TimelineChart::start).toList();
    Axis axis = axis(starts);
    // each axis date's label: the date as its events state it ("2021-12", "1962")
    TreeMap<LocalDate, String> labelOf = new TreeMap<>();
    for (int i = 0; i < events.size(); i++) {
      labelOf.putIfAbsent(starts.get(i), events.get(i).date());
    }
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg class=\"timeline-chart\" role=\"img\" aria-label=\"Timeline of %d events\" viewBox=\"0 0 %d %d\" "
            + "width=\"100%%\" xmlns=\"http://www.w3.org/2000/svg\">",
        events.size(), WIDTH, HEIGHT));
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", MARGIN, AXIS_Y, WIDTH - MARGIN, AXIS_Y));
    LocalDate first = labelOf.firstKey();
    LocalDate last = labelOf.lastKey();
    svg.append(label(MARGIN, labelOf.get(first), "start"));
    if (!last.equals(first)) {
      svg.append(label(WIDTH - MARGIN, labelOf.get(last), "end"));
    }
    List<int[]> placed = new ArrayList<>(); // [from, to] pixels of the labels drawn on the second row
    for (double b : axis.breaks()) {
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"axis-break\">//</text>", px(b), AXIS_Y + 5));
    }
    // the dates on both sides of each break, on a second row where they fit, so the reader sees the jump
    for (double b : axis.breaks()) {
      for (LocalDate d : List.of(axis.position().floorEntry(dateBefore(axis, b)).getKey(),
          axis.position().ceilingKey(dateAfter(axis, b)))) {
        String text = labelOf.get(d);
        int x = px(axis.at(d));
        int[] span = {x - textWidth(text) / 2 - 4, x + textWidth(text) / 2 + 4};
        if (!d.equals(first) && !d.equals(last) && placed.stream().noneMatch(q -> span[0] < q[1] && q[0] < span[1])) {
          placed.add(span);
          svg.append(label(Math.max(MARGIN + textWidth(text) / 2, x), AXIS_Y + 36, text, "middle"));
        }
      }
    }
    int[] stack = new int[WIDTH];
    for (int i = 0; i < events.size(); i++) {
      Brief.TimelineEvent e = events.get(i);
      int x = px(axis.at(starts.get(i)));
      int level = stack[x]++; // events on the same day stack upwards
      int y = AXIS_Y - 14 - level * 16;
      boolean exact = "day".equals(e.precision());
      svg.append(String.format(Locale.ROOT,
          "<a href=\"#%sevent-%d\"><circle cx=\"%d\" cy=\"%d\" r=\"6\" class=\"%s\"><title>%s</title></circle>"
              + "<text x=\"%d\" y=\"%d\" class=\"marker\">%d</text></a>",
          Html.escape(anchorPrefix), i + 1, x, y, exact ? "event" : "event approx",
          Html.escape(e.date() + " — " + e.event()), x, y + 4, i + 1));
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static LocalDate dateBefore(Axis axis, double at) {
    return axis.position().entrySet().stream().filter(e -> e.getValue() < at).reduce((p, q) -> q).orElseThrow()
        .getKey();
  }

  private static LocalDate dateAfter(Axis axis, double at) {
    return axis.position().entrySet().stream().filter(e -> e.getValue() > at).findFirst().orElseThrow().getKey();
  }

  /** Roughly how wide a 12px label is, in pixels. */
  private static int textWidth(String text) {
    return 7 * text.length();
  }

  private static int px(double position) {
    return (int) Math.round(MARGIN + position * (WIDTH - 2 * MARGIN));
  }

  private static String label(int x, String text, String anchor) {
    return label(x, AXIS_Y + 20, text, anchor);
  }

  private static String label(int x, int y, String text, String anchor) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" class=\"axis-label\">%s</text>",
        x, y, anchor, Html.escape(text));
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
