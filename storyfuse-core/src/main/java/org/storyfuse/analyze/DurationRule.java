package org.storyfuse.analyze;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyfuse.analyze.TimeRules.Found;
import org.storyfuse.text.lexicon.NumberWords;

/**
 * Durations with the qualifiers SUTime keeps in its span: "more than seven hours" (PT7H), "a 24 -
 * hour strike", "several weeks" (PXW), "two decades" (P20Y), "the past two weeks"; and the day a
 * count of units before or after the publication date names: "two days ago", "four years from now".
 */
final class DurationRule {

  /** Vague counts: "several days" is PXD. */
  private static final Set<String> VAGUE_COUNTS = Set.of("several", "few", "many", "some", "couple");

  /** Duration units and their TIMEX3 letter; hours and smaller take a "T". */
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("second", "S"), Map.entry("minute", "M"), Map.entry("hour", "H"), Map.entry("day", "D"),
      Map.entry("week", "W"), Map.entry("month", "M"), Map.entry("year", "Y"), Map.entry("decade", "E"),
      Map.entry("century", "C"));

  /** Words before a duration that SUTime keeps in its span ("more than seven hours"). */
  private static final Set<String> APPROXIMATELY = Set.of(
      "about", "around", "nearly", "almost", "roughly", "approximately", "some");
  private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer");

  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(\\.\\d+)?");

  private DurationRule() {}

  static Found at(TimeReading r, int i) {
    int at = i;
    if (APPROXIMATELY.contains(r.w(at)) && !r.w(at).equals("some")) {
      at++;
    } else if (COMPARATIVES.contains(r.w(at)) && r.w(at + 1).equals("than")
        || r.w(at).equals("at") && (r.w(at + 1).equals("least") || r.w(at + 1).equals("most"))
        || r.w(at).equals("up") && r.w(at + 1).equals("to")) {
      at += 2;
    } else if (r.w(at).equals("the") && (r.w(at + 1).equals("past") || r.w(at + 1).equals("next")
        || r.w(at + 1).equals("last") || r.w(at + 1).equals("coming"))) {
      at += 2;
    }
    String count = countAt(r, at);
    if (count == null) {
      return null;
    }
    int unitAt = at + (r.w(at).equals("a") && r.w(at + 1).equals("few") || r.w(at).equals("a") && r.w(at + 1).equals("couple")
        ? (r.w(at + 2).equals("of") ? 3 : 2) : 1);
    if (r.w(unitAt).equals("-")) {
      unitAt++;
    }
    String unit = unit(r.w(unitAt));
    if (unit == null) {
      return null;
    }
    if (r.w(unitAt + 1).equals("ago")) {
      return new Found(at, unitAt + 2, "DATE", ago(r, r.w(unitAt), count, -1));
    }
    if (r.w(unitAt + 1).equals("from") && r.w(unitAt + 2).equals("now")) {
      return new Found(at, unitAt + 3, "DATE", ago(r, r.w(unitAt), count, 1));
    }
    if (i == at && unitAt == at + 1 && (r.w(at).equals("a") || r.w(at).equals("an"))
        && (unit.equals("second") || unit.equals("minute"))) {
      // "a second round", "a minute's silence": not durations worth reading
      return null;
    }
    String letter = UNITS.get(unit);
    boolean clockUnit = unit.equals("hour") || unit.equals("minute") || unit.equals("second");
    String amount = count;
    if (letter.equals("E") || letter.equals("C")) {
      // decades and centuries are written in years
      amount = count.equals("X") || count.contains(".") ? "X"
          : Integer.toString(Integer.parseInt(count) * (letter.equals("E") ? 10 : 100));
      letter = "Y";
    }
    return new Found(i, unitAt + 1, "DURATION", "P" + (clockUnit ? "T" : "") + amount + letter);
  }

  /** "seven", "24", "1.5", "a", "several", "a few": the count as TIMEX3 writes it ("X" if vague). */
  private static String countAt(TimeReading r, int at) {
    String w = r.w(at);
    if (VAGUE_COUNTS.contains(w) || w.equals("a") && (r.w(at + 1).equals("few") || r.w(at + 1).equals("couple"))) {
      return w.equals("couple") || r.w(at + 1).equals("couple") ? "2" : "X";
    }
    int n = countWord(w);
    if (n != 0) {
      return Integer.toString(n);
    }
    return NUMBER.matcher(w).matches() ? w : null;
  }

  /**
   * A count in words: "a"/"an" (1), "one" to "twenty", "thirty" to "sixty" by tens, "hundred"; else
   * 0. The rules have read these words only; reading every number word ("seventy", "twenty-five",
   * "dozen") would change what they find.
   */
  private static int countWord(String w) {
    if (w.equals("a") || w.equals("an")) {
      return 1;
    }
    int n = NumberWords.value(w);
    boolean read = n >= 1 && n <= 20 && !w.equals("dozen") || n == 30 || n == 40 || n == 50 || n == 60 || n == 100;
    return read ? n : 0;
  }

  /** The singular unit of a unit word ("hours", "day"), or null. */
  static String unit(String w) {
    String singular = w.equals("centuries") ? "century" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    return UNITS.containsKey(singular) ? singular : null;
  }

  /** The TIMEX3 letter of a unit {@link #unit} returned: "D" for day, "E" for decade. */
  static String letter(String unit) {
    return UNITS.get(unit);
  }

  /**
   * "two days ago" (sign -1), "four years from now" (+1): the day it names, as SUTime resolves it.
   */
  private static String ago(TimeReading r, String unitWord, String count, int sign) {
    if (r.docDate() == null || count.equals("X") || count.contains(".")) {
      return null;
    }
    long n = sign * Long.parseLong(count);
    return switch (unit(unitWord)) {
      case "day" -> r.docDate().plusDays(n).toString();
      case "week" -> r.docDate().plusWeeks(n).toString();
      case "month" -> r.docDate().plusMonths(n).toString();
      case "year" -> r.docDate().plusYears(n).toString();
      case "decade" -> r.docDate().plusYears(10 * n).toString();
      default -> null;
    };
  }
}
