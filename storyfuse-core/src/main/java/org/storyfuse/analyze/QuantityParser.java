package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.text.lexicon.Months;
import org.storyfuse.text.lexicon.NumberWords;

/**
 * Numbers and amounts in a sentence, with hedges, units and what they count: "100,000 Russian
 * troops" (100000, counting "troops"), "tens of thousands of troops" (20000-99999, approximate),
 * "$500 million" (5.0E8 USD), "more than seven hours" (at least 7, hours). Plain text rules, so both
 * profiles give the same result. Years, clock times and day numbers of dates are not quantities.
 */
public final class QuantityParser {

  private static final Pattern WORD = Pattern.compile(
      "US\\$|\\$|€|£|¥|%|\\d[\\d,]*(?:\\.\\d+)?|[\\p{L}][\\p{L}'’-]*|\\S");

  /**
   * Abbreviated scales ("$5bn", "€25m"), besides the scale words of {@link NumberWords#SCALES};
   * the one-letter ones only after a currency.
   */
  private static final Map<String, Double> SCALE_ABBREVIATIONS = Map.of(
      "k", 1e3, "mn", 1e6, "m", 1e6, "mln", 1e6, "bn", 1e9, "b", 1e9);

  /** Vague amounts: words → {low, high}. */
  private static final Map<String, double[]> VAGUE = Map.of(
      "dozens", new double[] {24, 99},
      "hundreds", new double[] {200, 999},
      "thousands", new double[] {2_000, 9_999},
      "tens of thousands", new double[] {20_000, 99_999},
      "hundreds of thousands", new double[] {200_000, 999_999},
      "millions", new double[] {2e6, 9_999_999},
      "tens of millions", new double[] {2e7, 99_999_999},
      "hundreds of millions", new double[] {2e8, 999_999_999},
      "billions", new double[] {2e9, 9_999_999_999d});

  private static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
      "$", "USD", "US$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");

  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("euros", "EUR"),
      Map.entry("euro", "EUR"), Map.entry("pounds", "GBP"), Map.entry("roubles", "RUB"),
      Map.entry("rubles", "RUB"), Map.entry("yuan", "CNY"), Map.entry("%", "percent"),
      Map.entry("percent", "percent"), Map.entry("seconds", "second"), Map.entry("second", "second"),
      Map.entry("minutes", "minute"), Map.entry("minute", "minute"), Map.entry("mins", "minute"),
      Map.entry("min", "minute"), Map.entry("hrs", "hour"), Map.entry("hours", "hour"),
      Map.entry("hour", "hour"), Map.entry("days", "day"), Map.entry("day", "day"),
      Map.entry("weeks", "week"), Map.entry("week", "week"), Map.entry("months", "month"),
      Map.entry("month", "month"), Map.entry("years", "year"), Map.entry("year", "year"),
      Map.entry("decades", "decade"), Map.entry("km", "km"), Map.entry("kilometres", "km"),
      Map.entry("kilometers", "km"), Map.entry("miles", "mile"), Map.entry("kg", "kg"),
      Map.entry("kilograms", "kg"), Map.entry("tonnes", "tonne"), Map.entry("tons", "tonne"),
      Map.entry("metres", "m"), Map.entry("meters", "m"));

  /** Words that cannot be what a number counts. */
  private static final Set<String> NOT_COUNTED = Set.of(
      "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "with", "from", "by", "that",
      "this", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
      "can", "may", "after", "before", "ago", "later", "earlier", "since", "per", "as", "than", "who",
      "which", "it", "its", "their", "more", "p.m", "a.m", "o'clock", "times", "into", "about", "when");

  private static final Set<String> ADJECTIVES = Set.of(
      "new", "fresh", "more", "additional", "extra", "other", "armed", "active", "military", "foreign",
      "local", "former", "security");

  /** A hedge and its effect on the range. */
  private enum Hedge { MIN, MAX, ABOUT, ALMOST }

  private static final Map<String, Hedge> HEDGES = Map.ofEntries(
      Map.entry("more than", Hedge.MIN), Map.entry("over", Hedge.MIN), Map.entry("at least", Hedge.MIN),
      Map.entry("upwards of", Hedge.MIN), Map.entry("just over", Hedge.MIN),
      Map.entry("up to", Hedge.MAX), Map.entry("less than", Hedge.MAX), Map.entry("fewer than", Hedge.MAX),
      Map.entry("under", Hedge.MAX), Map.entry("as many as", Hedge.MAX), Map.entry("as much as", Hedge.MAX),
      Map.entry("about", Hedge.ABOUT), Map.entry("around", Hedge.ABOUT), Map.entry("some", Hedge.ABOUT),
      Map.entry("roughly", Hedge.ABOUT), Map.entry("approximately", Hedge.ABOUT),
      Map.entry("an estimated", Hedge.ABOUT), Map.entry("nearly", Hedge.ALMOST),
      Map.entry("almost", Hedge.ALMOST), Map.entry("close to", Hedge.ALMOST));

  private record W(String text, String lower, int begin, int end) {}

  /** Quantities in one sentence's text, in order. */
  public List<Quantity> parse(String sentence, int sentenceIndex) {
    List<W> ws = words(sentence);
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < ws.size()) {
      int next = tryAt(sentence, ws, i, sentenceIndex, out);
      i = Math.max(i + 1, next);
    }
    return out;
  }

  /** Tries to read a quantity starting at word i; returns the index after it (or i). */
  private int tryAt(String s, List<W> ws, int i, int sentenceIndex, List<Quantity> out) {
    int start = i;
    Hedge hedge = null;
    for (int n = 3; n >= 1 && hedge == null; n--) {
      String phrase = phrase(ws, i, n);
      if (phrase != null && HEDGES.containsKey(phrase)) {
        hedge = HEDGES.get(phrase);
        i += n;
      }
    }
    String unit = null;
    if (i < ws.size() && CURRENCY_SYMBOLS.containsKey(ws.get(i).text())) {
      unit = CURRENCY_SYMBOLS.get(ws.get(i).text());
      i++;
    }
    if (i >= ws.size()) {
      return start;
    }
    Double value = null;
    double[] range = null;
    boolean approximate = hedge == Hedge.ABOUT || hedge == Hedge.ALMOST;
    String vague = vagueAt(ws, i);
    W numberWord = ws.get(i);
    if (vague != null) {
      range = VAGUE.get(vague).clone();
      approximate = true;
      i += vague.split(" ").length;
    } else if (Character.isDigit(numberWord.text().charAt(0))) {
      if (isDatePartOrTime(s, ws, i)) {
        return i + 1;
      }
      value = number(numberWord.text());
      if (value == null) {
        return start;
      }
      i++;
    } else if (NumberWords.isNumberWord(numberWord.lower())) {
      value = (double) NumberWords.value(numberWord.lower());
      i++;
    } else {
      return start;
    }
    double scale = i < ws.size() ? scale(ws.get(i).lower()) : 0;
    if (value != null && scale != 0 && (unit != null || !ws.get(i).lower().matches("m|b|k"))) {
      value *= scale;
      i++;
    }
    if (i < ws.size() && (ws.get(i).text().equals("%") || UNITS.containsKey(ws.get(i).lower()))) {
      String u = UNITS.get(ws.get(i).lower());
      unit = unit == null ? u : unit;
      i++;
    } else if (i + 1 < ws.size() && ws.get(i).lower().equals("per") && ws.get(i + 1).lower().equals("cent")) {
      unit = "percent";
      i += 2;
    }
    String counted = null;
    int end = i;
    if (unit == null || (unit.length() > 3 || unit.equals("day")) && !unit.equals("percent")) {
      int j = i;
      if (j < ws.size() && ws.get(j).lower().equals("of") && (vague != null || unit != null)) {
        j++;
      }
      int skipped = 0;
      while (j < ws.size() && skipped < 2 && isModifier(ws.get(j))) {
        j++;
        skipped++;
      }
      if (j < ws.size() && isCountable(ws.get(j))) {
        counted = ws.get(j).lower();
        end = j + 1;
        // A noun compound ends in the plural: "resettlement applications", not "resettlement".
        if (!counted.endsWith("s") && j + 1 < ws.size() && isCountable(ws.get(j + 1))
            && ws.get(j + 1).lower().endsWith("s")) {
          counted = counted + " " + ws.get(j + 1).lower();
          end = j + 2;
        }
      }
    }
    if (value != null && unit == null && counted == null) {
      // A bare number: a year ("in 2014"), a list number or "one" of many things is not a quantity.
      return i;
    }
    if (value != null && value == 1 && (unit == null || unit.length() == 3 && !unit.equals("day"))
        && ws.get(start).lower().matches("one|a")) {
      return i;
    }
    if (value != null && unit == null && isYearLike(numberWord.text(), counted)) {
      return i;
    }
    double low;
    Double high;
    if (range != null) {
      low = range[0];
      high = range[1];
    } else {
      low = value;
      high = value;
    }
    if (hedge == Hedge.MIN) {
      high = null;
    } else if (hedge == Hedge.MAX) {
      low = 0;
    } else if (hedge == Hedge.ABOUT && value != null) {
      low = value * 0.9;
      high = value * 1.1;
    } else if (hedge == Hedge.ALMOST && value != null) {
      low = value * 0.9;
    }
    String text = s.substring(ws.get(start).begin(), ws.get(end - 1).end());
    out.add(new Quantity(text, value, low, high, unit, counted, approximate, sentenceIndex,
        ws.get(start).begin()));
    return end;
  }

  private static boolean isModifier(W w) {
    return Character.isUpperCase(w.text().charAt(0)) && Character.isLetter(w.text().charAt(0))
        || ADJECTIVES.contains(w.lower()) || w.lower().endsWith("-strong");
  }

  private static boolean isCountable(W w) {
    String t = w.lower();
    return Character.isLetter(t.charAt(0)) && Character.isLowerCase(w.text().charAt(0))
        && !NOT_COUNTED.contains(t) && !isMonth(t) && !NumberWords.isNumberWord(t) && t.length() > 1;
  }

  private static boolean isYearLike(String digits, String counted) {
    if (!digits.matches("\\d{4}")) {
      return false;
    }
    int y = Integer.parseInt(digits);
    return y >= 1800 && y <= 2100 && (counted == null || !counted.endsWith("s"));
  }

  /** "January 2", "2 January", "16:12", "1st": parts of dates and times. */
  private static boolean isDatePartOrTime(String s, List<W> ws, int i) {
    W w = ws.get(i);
    if (w.end() < s.length() && (s.charAt(w.end()) == ':' || Character.isLetter(s.charAt(w.end())))) {
      return true;
    }
    if (w.begin() > 0 && s.charAt(w.begin() - 1) == ':') {
      return true;
    }
    boolean monthBefore = i > 0 && isMonth(ws.get(i - 1).lower().replace(".", ""));
    boolean monthAfter = i + 1 < ws.size() && isMonth(ws.get(i + 1).lower());
    return monthBefore || monthAfter;
  }

  private static String vagueAt(List<W> ws, int i) {
    for (int n = 3; n >= 1; n--) {
      String p = phrase(ws, i, n);
      if (p != null && VAGUE.containsKey(p)) {
        return p;
      }
    }
    return null;
  }

  private static String phrase(List<W> ws, int i, int n) {
    if (i + n > ws.size()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = i; k < i + n; k++) {
      sb.append(k > i ? " " : "").append(ws.get(k).lower());
    }
    return sb.toString();
  }

  private static List<W> words(String s) {
    List<W> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String t = m.group();
      if (!t.isBlank()) {
        out.add(new W(t, t.toLowerCase(Locale.ROOT), m.start(), m.end()));
      }
    }
    return out;
  }

  /** The multiplier of a scale word or abbreviation ("million", "bn"), or 0. */
  private static double scale(String lower) {
    double scale = NumberWords.scale(lower);
    return scale != 0 ? scale : SCALE_ABBREVIATIONS.getOrDefault(lower, 0d);
  }

  /** A month name or abbreviation ("march", "sept"). */
  private static boolean isMonth(String lower) {
    return Months.ofNameOrAbbreviation(lower) != 0;
  }

  /**
   * The value of a number token as written ("1,200", "3.5", "٣" in Arabic-Indic digits), or null
   * when it is no number after all ("1.2.3"). Any script's decimal digits count: a digit the
   * tokenizer accepts must not fail the whole article's analysis.
   */
  static Double number(String token) {
    StringBuilder ascii = new StringBuilder(token.length());
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (c == ',') {
        continue;
      }
      int d = Character.digit(c, 10);
      ascii.append(d >= 0 ? (char) ('0' + d) : c);
    }
    try {
      return Double.parseDouble(ascii.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
