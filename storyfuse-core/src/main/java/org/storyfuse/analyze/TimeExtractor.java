package org.storyfuse.analyze;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions from SUTime (run inside CoreNLP's NER with the publication date as reference),
 * with the absolute date each names and its precision. A bare weekday is re-anchored by the tense
 * of its clause, because SUTime guesses the direction and news needs it right: "met in Geneva on
 * Monday" in a Friday article is the Monday before, "who will meet ... on Wednesday" in a Monday
 * article the Wednesday after.
 */
final class TimeExtractor {

  private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(T.*)?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4}-\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4}-W\\d{2})$");

  private TimeExtractor() {}

  private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

  private enum Tense { PAST, FUTURE, UNKNOWN }

  static List<TimeMention> extract(Doc doc, LocalDate docDate) {
    List<TimeMention> out = new ArrayList<>();
    for (NerSpan span : doc.spans()) {
      if (span.timexType() == null) {
        continue;
      }
      Tok first = doc.tokens().get(span.start());
      Tok last = doc.tokens().get(span.end() - 1);
      int s = doc.sentenceAt(first.begin());
      String value = span.timexValue();
      DayOfWeek weekday = bareWeekday(doc, span);
      if (docDate != null && weekday != null && value != null && DAY.matcher(value).matches()) {
        value = anchor(docDate, weekday, tense(doc, span), value);
      }
      String[] date = resolve(span.timexType(), value);
      out.add(new TimeMention(doc.text().substring(first.begin(), last.end()), span.timexType(),
          value, date[0], date[1], doc.sentences().get(s).index(),
          first.begin() - doc.start(s), last.end() - doc.start(s)));
    }
    return out;
  }

  /** The weekday before (past) or after (future) the publication date, same day included. */
  static String anchor(LocalDate docDate, DayOfWeek weekday, Tense tense, String sutimeValue) {
    int diff = weekday.getValue() - docDate.getDayOfWeek().getValue();
    return switch (tense) {
      case PAST -> docDate.minusDays(((-diff) % 7 + 7) % 7).toString();
      case FUTURE -> docDate.plusDays((diff % 7 + 7) % 7).toString();
      case UNKNOWN -> sutimeValue;
    };
  }

  /** The weekday when the span is just a weekday name ("Monday", "on Monday"), else null. */
  private static DayOfWeek bareWeekday(Doc doc, NerSpan span) {
    DayOfWeek found = null;
    for (int i = span.start(); i < span.end(); i++) {
      String w = doc.tokens().get(i).lower();
      if (WEEKDAYS.containsKey(w) && found == null) {
        found = WEEKDAYS.get(w);
      } else if (!w.equals("on")) {
        return null;
      }
    }
    return found;
  }

  /**
   * Tense of the clause around the span: its left part, then its right part, then the sentence. A
   * present-tense clause counts as future ("talks resume on Monday", "we expect it by Friday").
   */
  private static Tense tense(Doc doc, NerSpan span) {
    List<Tok> toks = doc.tokens();
    int sentence = toks.get(span.start()).sentence();
    int from = span.start();
    while (from > 0 && span.start() - from < 12 && toks.get(from - 1).sentence() == sentence
        && !isClauseBreak(toks.get(from - 1))) {
      from--;
    }
    int to = span.end();
    while (to < toks.size() && to - span.end() < 12 && toks.get(to).sentence() == sentence
        && !isClauseBreak(toks.get(to))) {
      to++;
    }
    Tense left = tenseOf(toks, from, span.start(), true);
    if (left != Tense.UNKNOWN) {
      return left;
    }
    Tense right = tenseOf(toks, span.end(), to, true);
    if (right != Tense.UNKNOWN) {
      return right;
    }
    int s0 = from;
    while (s0 > 0 && toks.get(s0 - 1).sentence() == sentence) {
      s0--;
    }
    int s1 = to;
    while (s1 < toks.size() && toks.get(s1).sentence() == sentence) {
      s1++;
    }
    return tenseOf(toks, s0, s1, false);
  }

  /** FUTURE if a "will" is in tokens [from, to), else PAST if a past verb is, else (optionally) present. */
  private static Tense tenseOf(List<Tok> toks, int from, int to, boolean presentIsFuture) {
    boolean past = false;
    boolean present = false;
    for (int i = from; i < to; i++) {
      Tok t = toks.get(i);
      String w = t.lower();
      if (t.pos().equals("MD") && (w.equals("will") || w.equals("'ll") || w.equals("shall"))) {
        return Tense.FUTURE;
      }
      // "flooded villages" is an adjective; "have met", "was held" are past.
      boolean auxBefore = i > from && AUXILIARIES.contains(toks.get(i - 1).lower());
      past |= t.pos().equals("VBD") || t.pos().equals("VBN") && auxBefore;
      present |= t.pos().equals("VBP") || t.pos().equals("VBZ");
    }
    if (past) {
      return Tense.PAST;
    }
    return present && presentIsFuture ? Tense.FUTURE : Tense.UNKNOWN;
  }

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of(
      "has", "have", "had", "was", "were", "been", "is", "are");

  private static boolean isClauseBreak(Tok t) {
    return t.text().equals(",") || t.text().equals(";") || t.text().equals(":") || t.text().equals("--");
  }

  private static Map<String, DayOfWeek> weekdays() {
    Map<String, DayOfWeek> m = new HashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      String name = d.name().toLowerCase(Locale.ROOT);
      m.put(name, d);
      m.put(name.substring(0, 3), d);
      m.put(name.substring(0, 3) + ".", d);
    }
    return Map.copyOf(m);
  }

  /** {date, precision} for a TIMEX3 value, or {null, null} when it names no calendar date. */
  static String[] resolve(String type, String value) {
    if (value == null || !(type.equals("DATE") || type.equals("TIME"))) {
      return new String[] {null, null};
    }
    Matcher m = DAY.matcher(value);
    if (m.matches()) {
      return new String[] {m.group(1), "day"};
    }
    if ((m = MONTH.matcher(value)).matches()) {
      return new String[] {m.group(1), "month"};
    }
    if ((m = YEAR.matcher(value)).matches()) {
      return new String[] {m.group(1), "year"};
    }
    if ((m = WEEK.matcher(value)).matches()) {
      return new String[] {m.group(1), "week"};
    }
    return new String[] {null, null};
  }
}
