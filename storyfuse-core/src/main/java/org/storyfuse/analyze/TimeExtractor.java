package org.storyfuse.analyze;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.text.lexicon.Weekdays;

/**
 * Time expressions from SUTime (run inside CoreNLP's NER with the publication date as reference) or
 * from {@link TimeRules}, with the absolute date each names and its precision. The rules leave
 * year-less values ("XXXX-WXX-1", "XXXX-03-16") for the tense of the clause to anchor here; from
 * SUTime, a bare weekday is re-anchored by the tense
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

  enum Tense { PAST, FUTURE, UNKNOWN }

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
      if (docDate != null && value != null && value.startsWith("XXXX-")) {
        // A present clause points ahead for a weekday ("talks resume on Monday"), not for a date
        // months away ("the March 23 attacks, which ..."): there the nearest year decides.
        value = anchorYearless(value, docDate, tense(doc, span, value.startsWith("XXXX-WXX")));
      } else {
        DayOfWeek weekday = bareWeekday(doc, span);
        if (docDate != null && weekday != null && value != null && DAY.matcher(value).matches()) {
          value = anchor(docDate, weekday, tense(doc, span), value);
        }
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
    // "2022-01-10TNI": the part of the day stays
    String suffix = sutimeValue.length() > 10 ? sutimeValue.substring(10) : "";
    return switch (tense) {
      case PAST -> docDate.minusDays(((-diff) % 7 + 7) % 7) + suffix;
      case FUTURE -> docDate.plusDays((diff % 7 + 7) % 7) + suffix;
      case UNKNOWN -> sutimeValue;
    };
  }

  /**
   * The weekday when the span is just a weekday name, maybe with a part of the day ("Monday", "on
   * Monday", "Tuesday night"), else null.
   */
  private static DayOfWeek bareWeekday(Doc doc, NerSpan span) {
    DayOfWeek found = null;
    for (int i = span.start(); i < span.end(); i++) {
      String w = doc.tokens().get(i).lower();
      DayOfWeek day = weekday(w);
      if (day != null && found == null) {
        found = day;
      } else if (!w.equals("on") && !(found != null && TimeValues.PARTS_OF_DAY.containsKey(w))) {
        return null;
      }
    }
    return found;
  }

  private static final Pattern YEARLESS_WEEKDAY = Pattern.compile("^XXXX-WXX-([1-7])(.*)$");
  private static final Pattern YEARLESS_DAY = Pattern.compile("^XXXX-(\\d\\d)-(\\d\\d)(.*)$");
  private static final Pattern YEARLESS_MONTH = Pattern.compile("^XXXX-(\\d\\d)$");

  /**
   * A year-less value from {@link TimeRules} ("XXXX-WXX-1", "XXXX-03-03", "XXXX-03", with a time
   * suffix such as "TMO" or "T10:00") anchored by tense: the last one on or before the publication
   * date in a past clause, the next one after it in a future clause — unless that is most of a
   * year away and the other close — else the nearest. Unknown forms are returned as they are.
   */
  static String anchorYearless(String value, LocalDate docDate, Tense tense) {
    Matcher m = YEARLESS_WEEKDAY.matcher(value);
    if (m.matches()) {
      DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(m.group(1)));
      String nearest = nearestWeekday(docDate, weekday).toString();
      return anchor(docDate, weekday, tense, nearest) + m.group(2);
    }
    if ((m = YEARLESS_DAY.matcher(value)).matches()) {
      int month = Integer.parseInt(m.group(1));
      int day = Integer.parseInt(m.group(2));
      LocalDate before = null;
      LocalDate after = null;
      for (int y = docDate.getYear() + 1; y >= docDate.getYear() - 1; y--) {
        if (day <= java.time.YearMonth.of(y, month).lengthOfMonth()) {
          LocalDate d = LocalDate.of(y, month, day);
          if (!d.isAfter(docDate)) {
            before = before == null ? d : before;
          } else {
            after = d;
          }
        }
      }
      if (before == null || after == null) {
        // 29 February: only one candidate, if any
        return before != null ? before + m.group(3) : after != null ? after + m.group(3) : value;
      }
      long back = distance(docDate, before);
      long ahead = distance(docDate, after);
      return byTense(tense, back, ahead) ? before + m.group(3) : after + m.group(3);
    }
    if ((m = YEARLESS_MONTH.matcher(value)).matches()) {
      int month = Integer.parseInt(m.group(1));
      int now = docDate.getMonthValue();
      int back = Math.floorMod(now - month, 12);   // 0: this month
      int ahead = back == 0 ? 0 : 12 - back;
      // a month goes by tense alone: "it happened in March" in a January article is last March
      boolean past = back == 0 || switch (tense) {
        case PAST -> true;
        case FUTURE -> false;
        case UNKNOWN -> back <= ahead;
      };
      int year = past ? (month > now ? docDate.getYear() - 1 : docDate.getYear())
          : (month < now ? docDate.getYear() + 1 : docDate.getYear());
      return String.format(Locale.ROOT, "%d-%02d", year, month);
    }
    return value;
  }

  /**
   * Whether the earlier of two candidate days ({@code back} days before the publication date,
   * {@code ahead} after it) is meant: a past clause's; a future clause's later one unless it is most
   * of a year away and the earlier one days back ("will suspend the release of the sailors detained
   * on March 23" six days later); without tense the nearer.
   */
  private static boolean byTense(Tense tense, long back, long ahead) {
    return switch (tense) {
      case PAST -> true;
      case FUTURE -> ahead >= 270 && back < 90;
      case UNKNOWN -> back <= ahead;
    };
  }

  /** The weekday within three days of the publication date, as SUTime resolves a bare weekday. */
  static LocalDate nearestWeekday(LocalDate docDate, DayOfWeek weekday) {
    int ahead = Math.floorMod(weekday.getValue() - docDate.getDayOfWeek().getValue(), 7);
    return ahead <= 3 ? docDate.plusDays(ahead) : docDate.minusDays(7 - ahead);
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(b.toEpochDay() - a.toEpochDay());
  }

  /**
   * Tense of the clause around the span: its left part, then its right part, then the sentence. A
   * present-tense clause counts as future ("talks resume on Monday", "we expect it by Friday").
   */
  private static Tense tense(Doc doc, NerSpan span) {
    return tense(doc, span, true);
  }

  /**
   * As {@link #tense(Doc, NerSpan)} for a weekday; for a date ({@code weekday} false) a present
   * clause is no future, "would" points ahead as in reported plans ("the EU would not take part in
   * the meeting in January"), and the rest of the sentence does not decide ("the rainy season, which
   * starts in May" stays the nearest May however the sentence began).
   */
  private static Tense tense(Doc doc, NerSpan span, boolean weekday) {
    boolean presentIsFuture = weekday;
    boolean wouldIsFuture = !weekday;
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
    Tense left = tenseOf(toks, from, span.start(), presentIsFuture, wouldIsFuture);
    if (left != Tense.UNKNOWN) {
      return left;
    }
    Tense right = tenseOf(toks, span.end(), to, presentIsFuture, wouldIsFuture);
    if (right != Tense.UNKNOWN) {
      return right;
    }
    if (!weekday) {
      // A fronted date ("On March 11, Chile was hit ...") belongs to the clause after its comma.
      boolean fronted = from == 0 || toks.get(from - 1).sentence() != sentence
          || span.start() - from <= 1;
      if (!fronted || to >= toks.size() || !toks.get(to).text().equals(",")) {
        return Tense.UNKNOWN;
      }
      int next = to + 1;
      while (next < toks.size() && next - to < 12 && toks.get(next).sentence() == sentence
          && !isClauseBreak(toks.get(next))) {
        next++;
      }
      return tenseOf(toks, to + 1, next, false, true);
    }
    int s0 = from;
    while (s0 > 0 && toks.get(s0 - 1).sentence() == sentence) {
      s0--;
    }
    int s1 = to;
    while (s1 < toks.size() && toks.get(s1).sentence() == sentence) {
      s1++;
    }
    return tenseOf(toks, s0, s1, false, wouldIsFuture);
  }

  /** FUTURE if a "will" is in tokens [from, to), else PAST if a past verb is, else (optionally) present. */
  private static Tense tenseOf(List<Tok> toks, int from, int to, boolean presentIsFuture, boolean wouldIsFuture) {
    boolean past = false;
    boolean present = false;
    for (int i = from; i < to; i++) {
      Tok t = toks.get(i);
      String w = t.lower();
      if (t.pos().equals("MD") && (w.equals("will") || w.equals("'ll") || w.equals("shall")
          || wouldIsFuture && (w.equals("would") || w.equals("'d")))) {
        return Tense.FUTURE;
      }
      // "flooded villages" is an adjective; "have met", "was held" are past, "is expected" is not.
      boolean auxBefore = i > from && AUXILIARIES.contains(toks.get(i - 1).lower());
      past |= t.pos().equals("VBD") || t.pos().equals("VBN") && auxBefore;
      present |= t.pos().equals("VBP") || t.pos().equals("VBZ");
    }
    if (past) {
      return Tense.PAST;
    }
    return present && presentIsFuture ? Tense.FUTURE : Tense.UNKNOWN;
  }

  /** Auxiliaries that make a participle past: "have met", "was held" — not "is filed", "are designed". */
  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of(
      "has", "have", "had", "was", "were", "been");

  private static boolean isClauseBreak(Tok t) {
    return t.text().equals(",") || t.text().equals(";") || t.text().equals(":") || t.text().equals("--");
  }

  /** The weekday of a name or three-letter abbreviation, with or without a dot ("monday", "mon."), else null. */
  private static DayOfWeek weekday(String lower) {
    DayOfWeek day = Weekdays.ofName(lower);
    return day != null ? day : Weekdays.ofShortName(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
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
