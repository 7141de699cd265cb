package org.storyfuse.analyze;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time expressions of news text read by rules, for the RAPID profile: SUTime's TokensRegex
 * rules try every pattern at every token and cost more than the POS tagger and the CRF together
 * (docs/BENCHMARKS.md), while news uses a small, regular set of expressions. Values are TIMEX3
 * values as SUTime writes them ("2022-01-10", "2021-12", "2022-W02", "PT7H", "P1W",
 * "2022-01-13T10:00", "PRESENT_REF"), resolved against the publication date — except where the
 * tense of the clause decides (a bare weekday, "March 3", "in March", "Monday morning"): those
 * come out year-less ("XXXX-WXX-1", "XXXX-03-03", "XXXX-03") and {@link TimeExtractor} anchors
 * them by tense. docs/EVALUATION.md measures the agreement with SUTime on real articles.
 * Stateless and thread-safe.
 */
final class TimeRules {

  /** One expression: tokens [start, end) of the sentence, its TIMEX3 type and value (may be null). */
  record Found(int start, int end, String type, String value) {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
      Map.entry("december", 12));

  /** Abbreviations, read as months only before a day or a year ("Jan. 10", "Sept 2021"). */
  private static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("hundred", 100));

  /** "the first of June": ordinal words for days, "first" to "thirty-first". */
  private static final Map<String, Integer> ORDINAL_DAYS = ordinalDays();

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

  private static final Map<String, String> PARTS_OF_DAY = Map.of(
      "morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");

  /** Words naming the day of a clock time that follows it. */
  private static final Set<String> DAY_WORDS = Set.of("today", "yesterday", "tomorrow", "tonight", "this");

  private static final Map<String, String> SEASONS = Map.of(
      "spring", "SP", "summer", "SU", "autumn", "FA", "winter", "WI");

  private static final Map<String, String> ORDINAL_QUARTERS = Map.of(
      "first", "Q1", "second", "Q2", "third", "Q3", "fourth", "Q4");

  private static final Map<String, String> SETS = Map.of(
      "daily", "P1D", "weekly", "P1W", "monthly", "P1M", "annually", "P1Y", "yearly", "P1Y",
      "hourly", "PT1H");

  private static final Map<String, String> REFERENCES = Map.of(
      "now", "PRESENT_REF", "currently", "PRESENT_REF", "nowadays", "PRESENT_REF", "recently", "PAST_REF",
      "lately", "PAST_REF");

  /** Words that open a period named by its edge: "early March", "the end of last year". */
  private static final Set<String> EDGES = Set.of("early", "late", "mid");
  private static final Set<String> EDGE_NOUNS = Set.of("end", "beginning", "start", "middle");

  /** Prepositions after which a capitalised month name is a month ("in May"), not a name. */
  private static final Set<String> MONTH_CONTEXT = Set.of(
      "in", "since", "until", "till", "by", "from", "of", "during", "through", "before", "after", "early",
      "late", "mid", "last", "next", "this", "to", "and", "or", "between", "throughout", "that", "each", "every");

  /** Capitalised words a weekday may follow at a sentence's start. */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "on", "last", "next", "this", "since", "by", "until", "till", "from", "every", "each", "the", "early", "late",
      "before", "after", "through", "that", "for", "and", "but", "so", "then", "as", "of", "at", "or");

  /** Words before a number that make it a year even when it is an old one. */
  private static final Set<String> YEAR_CONTEXT = Set.of(
      "in", "since", "until", "till", "by", "from", "during", "of", "around", "circa", "c.", "year", "before",
      "after", "early", "late", "mid", "between", "and", "to", "-", "–");

  /** Time zones SUTime folds into a clock time, with the offset it writes. */
  private static final Map<String, String> ZONES = Map.ofEntries(
      Map.entry("gmt", "+0000"), Map.entry("utc", "+0000"), Map.entry("bst", "+0100"), Map.entry("cet", "+0100"),
      Map.entry("cest", "+0200"), Map.entry("est", "-0500"), Map.entry("edt", "-0400"),
      Map.entry("cst", "-0600"), Map.entry("pst", "-0800"), Map.entry("pdt", "-0700"),
      Map.entry("msk", "+0300"), Map.entry("eet", "+0200"));

  private static final Pattern YEAR = Pattern.compile("(1[0-9]|20|21)\\d\\d");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
  private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?[-–](\\d{1,2})(st|nd|rd|th)?");
  private static final Pattern DECADE = Pattern.compile("(1[0-9]|20)?(\\d)0'?s|['’](\\d)0s");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d\\d)(?::\\d\\d)?([ap]\\.?m\\.?)?");
  /** Words before a bare hour that make it a clock time ("at 8 in the evening"). */
  private static final Set<String> CLOCK_PREPOSITIONS = Set.of(
      "at", "by", "until", "till", "around", "about", "from", "before", "after");

  /** "6.30", a clock time only with "am"/"pm" or "in the morning" after it (else it is a number). */
  private static final Pattern DOTTED_CLOCK = Pattern.compile("(\\d{1,2})\\.(\\d\\d)([ap]\\.?m\\.?)?");
  private static final Pattern HOUR_AMPM = Pattern.compile("(\\d{1,2})([ap])\\.?m\\.?");
  private static final Pattern HOUR = Pattern.compile("\\d{1,2}");
  private static final Pattern AMPM = Pattern.compile("([ap])\\.?m\\.?");
  private static final Pattern ISO_DATE = Pattern.compile("((?:1[0-9]|20|21)\\d\\d)-(\\d\\d)-(\\d\\d)");
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/((?:1[0-9]|20|21)\\d\\d)");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(\\.\\d+)?");
  private static final Pattern QUARTER = Pattern.compile("q([1-4])");
  private static final Pattern MID_HYPHEN = Pattern.compile("mid-(.+)");

  private TimeRules() {}

  /** The time expressions of one sentence's tokens, left to right, not overlapping. */
  static List<Found> find(List<Tok> sentence, LocalDate docDate) {
    Reading r = new Reading(sentence, docDate);
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < r.size()) {
      Found f = r.at(i);
      if (f != null && f.end() > i) {
        out.add(f);
        i = f.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The rules over one sentence: words lower-cased once, publication date (may be null). */
  private static final class Reading {

    private final List<Tok> toks;
    private final String[] words;
    private final LocalDate docDate;

    Reading(List<Tok> toks, LocalDate docDate) {
      this.toks = toks;
      this.words = new String[toks.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = toks.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'');
      }
      this.docDate = docDate;
    }

    int size() {
      return words.length;
    }

    private String w(int i) {
      return i >= 0 && i < words.length ? words[i] : "";
    }

    private boolean capitalised(int i) {
      String t = toks.get(i).text();
      return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    /** Part of a name the NER model found ("Theresa May", "August Wilson", "Black Friday Ltd"). */
    private boolean inName(int i) {
      String ner = toks.get(i).ner();
      return ner.equals("PERSON") || ner.equals("ORGANIZATION");
    }

    /** The longest expression starting at token i, or null. */
    Found at(int i) {
      // duration before relative: "the past two weeks" is a duration, "the past week" a date
      Found f = first(i, this::edged, this::calendar, this::duration, this::relative, this::clock, this::other);
      return f == null ? null : withClock(f);
    }

    // ---- periods named by an edge: "early March", "late 2021", "the end of last year" ----

    private Found edged(int i) {
      int j;
      if (EDGES.contains(w(i))) {
        j = i + 1 < size() && (w(i + 1).equals("-") || w(i + 1).equals("on")) ? i + 2 : i + 1;
      } else if (w(i).equals("the") && EDGE_NOUNS.contains(w(i + 1)) && w(i + 2).equals("of")) {
        j = i + 3;
      } else if (w(i).equals("the") && (w(i + 1).equals("first") || w(i + 1).equals("second"))
          && w(i + 2).equals("half") && w(i + 3).equals("of")) {
        j = i + 4;
      } else {
        return null;
      }
      Found inner = j < size() ? periodAt(j) : null;
      return inner == null ? null : new Found(i, inner.end(), inner.type(), inner.value());
    }

    /** A month, year or period ("March", "2021", "last year", "the month", "next week"). */
    private Found periodAt(int j) {
      Found f = calendar(j);
      if (f != null) {
        return f;
      }
      if (w(j).equals("the") && isPeriodUnit(w(j + 1))) {
        return new Found(j, j + 2, "DATE", shifted(w(j + 1), 0));
      }
      return relative(j);
    }

    // ---- calendar dates: weekdays, months, days, years, decades, numeric dates ----

    private Found calendar(int i) {
      return first(i, this::weekday, this::monthFirst, this::dayFirst, this::numeric, this::year);
    }

    /** The first rule's expression at token i, in the order given, or null. */
    @SafeVarargs
    private Found first(int i, java.util.function.IntFunction<Found>... rules) {
      for (java.util.function.IntFunction<Found> rule : rules) {
        Found f = rule.apply(i);
        if (f != null) {
          return f;
        }
      }
      return null;
    }

    private Found weekday(int i) {
      DayOfWeek day = weekdayAt(i);
      if (day == null) {
        return null;
      }
      // "Monday, January 10[, 2022]": the stated date wins.
      if (w(i + 1).equals(",") && i + 2 < size()) {
        Found date = monthFirst(i + 2);
        if (date == null) {
          date = dayFirst(i + 2);
        }
        if (date != null && date.value() != null && date.value().length() == 10) {
          return new Found(i, date.end(), "DATE", date.value());
        }
      }
      int p = EDGES.contains(w(i + 1)) ? i + 2 : i + 1;
      String part = PARTS_OF_DAY.get(w(p));
      String value = "XXXX-WXX-" + day.getValue();
      return part == null ? new Found(i, i + 1, "DATE", value) : new Found(i, p + 1, "TIME", value + part);
    }

    private DayOfWeek weekdayAt(int i) {
      String w = w(i);
      if (w.length() < 6 || !w.endsWith("day") || !capitalised(i) || inName(i)) {
        return null;
      }
      DayOfWeek day;
      try {
        day = DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
      // "Black Friday", "Super Tuesday", "NFL Sunday Ticket": holidays and names, not the weekday;
      // "On Monday", "Last Friday" open a sentence.
      if (i > 0 && capitalised(i - 1) && Character.isLetter(w(i - 1).charAt(0))
          && !SENTENCE_OPENERS.contains(w(i - 1))) {
        return null;
      }
      return day;
    }

    private boolean isSentenceStart(int i) {
      return i == 0 || w(i - 1).equals("``") || w(i - 1).equals("\"") || w(i - 1).equals("“");
    }

    /** "January 10", "Jan. 10, 2022", "January 2022", "January of 2022", "March", "mid-January". */
    private Found monthFirst(int i) {
      Integer month = fullMonth(i);
      boolean abbreviated = false;
      if (month == null) {
        month = abbreviatedMonth(i);
        abbreviated = month != null;
      }
      if (month == null) {
        Matcher mid = MID_HYPHEN.matcher(w(i));
        if (mid.matches() && MONTHS.containsKey(mid.group(1))) {
          return new Found(i, i + 1, "DATE", yearless(MONTHS.get(mid.group(1)), 0));
        }
        if (mid.matches() && YEAR.matcher(mid.group(1)).matches()) {
          return new Found(i, i + 1, "DATE", mid.group(1));
        }
        return null;
      }
      Integer day = digitDay(w(i + 1));
      if (day != null && !w(i + 2).equals("%")) {
        if (w(i + 2).equals(",") && YEAR.matcher(w(i + 3)).matches()) {
          return dated(i, i + 4, Integer.parseInt(w(i + 3)), month, day);
        }
        if (YEAR.matcher(w(i + 2)).matches()) {
          return dated(i, i + 3, Integer.parseInt(w(i + 2)), month, day);
        }
        if (!valid(2000, month, day)) {
          return null;
        }
        Integer year = namedYear(i + 2);
        return year == null ? new Found(i, i + 2, "DATE", yearless(month, day)) : dated(i, i + 4, year, month, day);
      }
      if (YEAR.matcher(w(i + 1)).matches()) {
        return new Found(i, i + 2, "DATE", String.format(Locale.ROOT, "%s-%02d", w(i + 1), month));
      }
      if (w(i + 1).equals("of") && YEAR.matcher(w(i + 2)).matches()) {
        return new Found(i, i + 3, "DATE", String.format(Locale.ROOT, "%s-%02d", w(i + 2), month));
      }
      if (abbreviated || !bareMonthIsMonth(i)) {
        return null;
      }
      Integer year = namedYear(i + 1);
      return year == null ? new Found(i, i + 1, "DATE", yearless(month, 0))
          : new Found(i, i + 3, "DATE", String.format(Locale.ROOT, "%d-%02d", year, month));
    }

    /** The year of "last year", "this year", "next year" at token i, or null. */
    private Integer namedYear(int i) {
      if (docDate == null || !w(i + 1).equals("year")) {
        return null;
      }
      return switch (w(i)) {
        case "last" -> docDate.getYear() - 1;
        case "this" -> docDate.getYear();
        case "next" -> docDate.getYear() + 1;
        default -> null;
      };
    }

    private Integer fullMonth(int i) {
      Integer m = MONTHS.get(w(i));
      return m != null && capitalised(i) ? m : null;
    }

    private Integer abbreviatedMonth(int i) {
      String w = w(i).endsWith(".") ? w(i).substring(0, w(i).length() - 1) : w(i);
      Integer m = MONTH_ABBREVIATIONS.get(w);
      if (m == null || !capitalised(i)) {
        return null;
      }
      // "Jan. 1" even where NER read "Jan" as a first name; "Jan Egeland" is no month
      return dayNumber(w(i + 1)) != null || YEAR.matcher(w(i + 1)).matches() ? m : null;
    }

    /** A capitalised month name alone: "in March", "March's vote"; not "May" the name or the verb. */
    private boolean bareMonthIsMonth(int i) {
      if (inName(i)) {
        return false;
      }
      if (i > 0 && MONTH_CONTEXT.contains(w(i - 1))) {
        return true;
      }
      return !w(i).equals("may") && !w(i).equals("march") && i > 0 && !isSentenceStart(i);
    }

    /** "10 January 2022", "10th January", "the 10th of January[, 2022]". */
    private Found dayFirst(int i) {
      int at = i;
      boolean article = w(i).equals("the");
      if (article) {
        at++;
      }
      Integer day = dayNumber(w(at));
      if (day == null || !article && ORDINAL_DAYS.containsKey(w(at))) {
        return null;
      }
      int m = at + 1;
      if (w(m).equals("of")) {
        m++;
      } else if (article) {
        return null;
      }
      Integer month = fullMonth(m);
      if (month == null) {
        month = abbreviatedMonth(m);
      }
      if (month == null || (w(at + 1).equals("of") && !article)) {
        return null;
      }
      if (YEAR.matcher(w(m + 1)).matches()) {
        return dated(i, m + 2, Integer.parseInt(w(m + 1)), month, day);
      }
      if (w(m + 1).equals(",") && YEAR.matcher(w(m + 2)).matches()) {
        return dated(i, m + 3, Integer.parseInt(w(m + 2)), month, day);
      }
      return valid(2000, month, day) ? new Found(i, m + 1, "DATE", yearless(month, day)) : null;
    }

    /** "2022-01-10", "1/10/2022" (month first, as SUTime reads it). */
    private Found numeric(int i) {
      Matcher iso = ISO_DATE.matcher(w(i));
      if (iso.matches()) {
        return dated(i, i + 1, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
      Matcher us = US_DATE.matcher(w(i));
      if (us.matches()) {
        return dated(i, i + 1, Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
            Integer.parseInt(us.group(2)));
      }
      return null;
    }

    /** "2014", "the 1990s", "the '90s": a year only where it cannot be a count ("2014 troops"). */
    private Found year(int i) {
      int lead = w(i).equals("the") && w(i + 1).equals("year") ? 2 : w(i).equals("year") ? 1 : 0;
      if (lead > 0 && YEAR.matcher(w(i + lead)).matches()) {
        Found bare = year(i + lead);
        return bare == null ? null : new Found(i, bare.end(), "DATE", bare.value());
      }
      if (w(i).equals("the")) {
        Matcher d = DECADE.matcher(w(i + 1));
        if (d.matches()) {
          String century = d.group(3) != null ? "19" : d.group(1) != null ? d.group(1) : "19";
          String decade = d.group(3) != null ? d.group(3) : d.group(2);
          return new Found(i, i + 2, "DATE", century + decade + "X");
        }
        return null;
      }
      if (!YEAR.matcher(w(i)).matches()) {
        return null;
      }
      String before = w(i - 1);
      if (before.equals("$") || before.equals("#") || before.equals("no.") || before.equals("number")
          || before.equals("£") || before.equals("€")) {
        return null;
      }
      // "2,000 troops", "2014 new homes": a count before a plural noun, not a year.
      for (int j = i + 1; j < Math.min(size(), i + 3); j++) {
        String pos = toks.get(j).pos();
        if (pos.equals("NNS") || w(j).equals("%") || w(j).equals("percent")) {
          return null;
        }
        if (!pos.startsWith("JJ")) {
          break;
        }
      }
      int year = Integer.parseInt(w(i));
      // "in 1770", "since 1625": older years only where a preposition or "year" says so
      boolean stated = year >= 1800 || YEAR_CONTEXT.contains(before);
      return stated && year <= 2100 ? new Found(i, i + 1, "DATE", w(i)) : null;
    }

    // ---- relative to the publication date ----

    private Found relative(int i) {
      String w = w(i);
      switch (w) {
        case "yesterday", "today", "tomorrow", "tonight" -> {
          int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
          String day = docDate == null ? null : docDate.plusDays(shift).toString();
          if (w.equals("tonight")) {
            return new Found(i, i + 1, "TIME", day == null ? null : day + "TNI");
          }
          String part = PARTS_OF_DAY.get(w(i + 1));
          if (part != null) {
            return new Found(i, i + 2, "TIME", day == null ? null : day + part);
          }
          return new Found(i, i + 1, "DATE", day);
        }
        // not "following"/"previous": "the following week" counts from the story's events, not from
        // today; not a bare "past": "in past years" is no particular year
        case "last", "next", "this", "coming" -> {
          return shiftedPeriod(i, i, w);
        }
        case "the" -> {
          String next = w(i + 1);
          if (next.equals("past") || next.equals("coming") || next.equals("next") || next.equals("last")) {
            // "over the last year" is the past year, as "the past week" is this week to SUTime
            Found f = shiftedPeriod(i, i + 1, next.equals("last") ? "past" : next);
            if (f != null) {
              return f;
            }
          }
          if (next.equals("day") && (w(i + 2).equals("before") && w(i + 3).equals("yesterday")
              || w(i + 2).equals("after") && w(i + 3).equals("tomorrow"))) {
            int shift = w(i + 2).equals("before") ? -2 : 2;
            return new Found(i, i + 4, "DATE", docDate == null ? null : docDate.plusDays(shift).toString());
          }
          if (next.equals("weekend")) {
            return new Found(i, i + 2, "DATE", docDate == null ? null : week(docDate) + "-WE");
          }
          if (next.equals("past")) {
            return new Found(i, i + 2, "DATE", "PAST_REF");
          }
          if (next.equals("future")) {
            return new Found(i, i + 2, "DATE", "FUTURE_REF");
          }
          return quarter(i);
        }
        case "earlier", "later" -> {
          if (w(i + 1).equals("this") && isPeriodUnit(w(i + 2))) {
            return new Found(i, i + 3, "DATE", shifted(w(i + 2), 0));
          }
          String next = w(i + 1);
          if (next.equals("today") || next.equals("tonight") || next.equals("this") && PARTS_OF_DAY.containsKey(w(i + 2))) {
            Found day = relative(i + 1);
            return day == null ? null : new Found(i, day.end(), day.type(), day.value());
          }
          return null;
        }
        default -> {
          return null;
        }
      }
    }

    /** "last week", "next month", "this year", "the past week", "last Monday", "this summer". */
    private Found shiftedPeriod(int start, int at, String how) {
      int shift = switch (how) {
        case "last" -> -1;
        case "next", "coming" -> 1;
        default -> 0;
      };
      String unit = w(at + 1);
      Integer month = fullMonth(at + 1);
      if (month != null && !how.equals("coming")) {
        String ym = docDate == null ? null : monthOf(month, shift);
        Integer day = digitDay(w(at + 2));
        if (day != null) {
          // "next March 11": that day in next March, not the one days before
          Found d = ym == null ? null : dated(start, at + 3, Integer.parseInt(ym.substring(0, 4)), month, day);
          return d != null ? d : new Found(start, at + 3, "DATE", null);
        }
        return new Found(start, at + 2, "DATE", ym);
      }
      DayOfWeek day = weekdayAt(at + 1);
      if (day != null) {
        String value = docDate == null ? null : weekdayOfWeek(day, shift).toString();
        return new Found(start, at + 2, "DATE", value);
      }
      if (SEASONS.containsKey(unit)) {
        int year = docDate == null ? 0 : docDate.getYear() + shift;
        return new Found(start, at + 2, "DATE", docDate == null ? null : year + "-" + SEASONS.get(unit));
      }
      if (how.equals("last") && unit.equals("night")) {
        return new Found(start, at + 2, "TIME", docDate == null ? null : docDate.minusDays(1) + "TNI");
      }
      if (how.equals("this") && PARTS_OF_DAY.containsKey(unit)) {
        return new Found(start, at + 2, "TIME", docDate == null ? null : docDate + PARTS_OF_DAY.get(unit));
      }
      if (unit.equals("weekend")) {
        return new Found(start, at + 2, "DATE", docDate == null ? null : week(docDate.plusWeeks(shift)) + "-WE");
      }
      if (isPeriodUnit(unit)) {
        // "the past week" is the current week to SUTime; "the past two weeks" is a duration.
        return new Found(start, at + 2, "DATE", shifted(unit, how.equals("past") ? 0 : shift));
      }
      return null;
    }

    private boolean isPeriodUnit(String w) {
      return w.equals("week") || w.equals("month") || w.equals("year");
    }

    /** The week, month or year {@code shift} periods from the publication date's; null without one. */
    private String shifted(String unit, int shift) {
      if (docDate == null) {
        return null;
      }
      return switch (unit) {
        case "week" -> week(docDate.plusWeeks(shift));
        case "month" -> docDate.plusMonths(shift).toString().substring(0, 7);
        case "year" -> Integer.toString(docDate.getYear() + shift);
        default -> null;
      };
    }

    /**
     * "this June" (the publication year's), "last March" (the latest before the publication month),
     * "next May" (the first after it).
     */
    private String monthOf(int month, int shift) {
      int now = docDate.getMonthValue();
      int year = docDate.getYear();
      if (shift < 0 && month >= now) {
        year--;
      } else if (shift > 0 && month <= now) {
        year++;
      }
      return String.format(Locale.ROOT, "%d-%02d", year, month);
    }

    /** The given weekday in the week {@code shift} weeks from the publication date's. */
    private LocalDate weekdayOfWeek(DayOfWeek day, int shift) {
      return docDate.plusWeeks(shift).with(day);
    }

    // ---- clock times ----

    /** "10 a.m.", "10:30", "8pm", "15:00 BST", "noon", "midnight". */
    private Found clock(int i) {
      int hour;
      int minute = 0;
      int end;
      Matcher m;
      if (w(i).equals("noon") || w(i).equals("midday")) {
        hour = 12;
        end = i + 1;
      } else if (w(i).equals("midnight")) {
        hour = 0;
        end = i + 1;
      } else if ((m = CLOCK.matcher(w(i))).matches()
          || (m = DOTTED_CLOCK.matcher(w(i))).matches() && (m.group(3) != null || AMPM.matcher(w(i + 1)).matches()
              || w(i + 1).equals("in") && w(i + 2).equals("the") && PARTS_OF_DAY.containsKey(w(i + 3)))) {
        hour = Integer.parseInt(m.group(1));
        minute = Integer.parseInt(m.group(2));
        end = i + 1;
        Matcher ampm = AMPM.matcher(w(i + 1));
        String suffix = m.group(3) != null ? m.group(3) : ampm.matches() ? ampm.group(1) : null;
        if (m.group(3) == null && ampm.matches()) {
          end++;
        }
        hour = twentyFour(hour, suffix);
      } else if ((m = HOUR_AMPM.matcher(w(i))).matches()) {
        hour = twentyFour(Integer.parseInt(m.group(1)), m.group(2));
        end = i + 1;
      } else if (HOUR.matcher(w(i)).matches() && AMPM.matcher(w(i + 1)).matches()) {
        hour = twentyFour(Integer.parseInt(w(i)), w(i + 1).substring(0, 1));
        end = i + 2;
      } else if (HOUR.matcher(w(i)).matches() && CLOCK_PREPOSITIONS.contains(w(i - 1)) && w(i + 1).equals("in")
          && w(i + 2).equals("the") && PARTS_OF_DAY.containsKey(w(i + 3))) {
        hour = Integer.parseInt(w(i)); // "at 8 in the evening": the part of the day follows
        end = i + 1;
      } else {
        return null;
      }
      if (hour < 0 || hour > 24 || minute > 59) {
        return null;
      }
      if (end == i + 1 && hour == 12 && w(end).equals("noon")) {
        end++; // "12:00 noon"
      }
      if (w(end).equals("in") && w(end + 1).equals("the") && PARTS_OF_DAY.containsKey(w(end + 2)) && hour <= 12) {
        // "6.30 in the morning", "8 in the evening" is 20:00
        boolean later = !w(end + 2).equals("morning") && hour < 12 && (hour >= 5 || !w(end + 2).equals("night"));
        hour = later ? hour + 12 : hour;
        end += 3;
      }
      String zone = ZONES.get(w(end));
      if (zone != null) {
        end++;
      } else {
        zone = "";
      }
      String time = String.format(Locale.ROOT, "T%02d:%02d", hour, minute) + zone;
      return new Found(i, end, "TIME", docDate == null ? null : docDate + time);
    }

    private static int twentyFour(int hour, String suffix) {
      if (suffix == null) {
        return hour;
      }
      if (hour < 1 || hour > 12) {
        return -1;
      }
      boolean pm = suffix.startsWith("p");
      return hour == 12 ? (pm ? 12 : 0) : pm ? hour + 12 : hour;
    }

    /**
     * A clock time next to a date reads as one time: "08:50 on Tuesday", "midnight on Monday";
     * a date followed by "at" and a clock time too ("Monday at 10 a.m.").
     */
    private Found withClock(Found f) {
      if (f.type().equals("TIME") && f.value() != null && f.value().length() >= 16 && f.value().charAt(10) == 'T'
          && w(f.end()).equals("on")) {
        Found date = calendar(f.end() + 1);
        if (date != null && date.type().equals("DATE") && isDay(date.value())) {
          return new Found(f.start(), date.end(), "TIME", date.value() + f.value().substring(10));
        }
      }
      if (f.type().equals("TIME") && f.value() != null && f.value().length() >= 16 && f.value().charAt(10) == 'T'
          && DAY_WORDS.contains(w(f.end()))) {
        // "6:30am BST this morning", "15:30 today"
        Found day = relative(f.end());
        if (day != null && day.value() != null) {
          return new Found(f.start(), day.end(), "TIME", day.value().substring(0, 10) + f.value().substring(10));
        }
      }
      if (f.type().equals("DATE") && isDay(f.value())) {
        // "Monday at 10 a.m.", "Thursday 00:36:08 UTC"
        int at = w(f.end()).equals("at") || w(f.end()).equals(",") ? f.end() + 1 : f.end();
        Found time = clock(at);
        if (time != null && time.value() != null && (at > f.end() || !w(at).equals("noon") && !w(at).equals("midnight"))) {
          return new Found(f.start(), time.end(), "TIME", f.value() + time.value().substring(10));
        }
      }
      return f;
    }

    /** A value that names one day, resolved ("2022-01-10") or to be anchored ("XXXX-WXX-1"). */
    private static boolean isDay(String value) {
      return value != null && (value.length() == 10 && Character.isDigit(value.charAt(0))
          || value.startsWith("XXXX-WXX-") && value.length() == 10
          || value.startsWith("XXXX-") && value.length() == 10 && value.charAt(7) == '-');
    }

    // ---- durations, "N units ago", sets ----

    private Found duration(int i) {
      int at = i;
      if (APPROXIMATELY.contains(w(at)) && !w(at).equals("some")) {
        at++;
      } else if (COMPARATIVES.contains(w(at)) && w(at + 1).equals("than")
          || w(at).equals("at") && (w(at + 1).equals("least") || w(at + 1).equals("most"))
          || w(at).equals("up") && w(at + 1).equals("to")) {
        at += 2;
      } else if (w(at).equals("the") && (w(at + 1).equals("past") || w(at + 1).equals("next")
          || w(at + 1).equals("last") || w(at + 1).equals("coming"))) {
        at += 2;
      }
      String count = countAt(at);
      if (count == null) {
        return null;
      }
      int unitAt = at + (w(at).equals("a") && w(at + 1).equals("few") || w(at).equals("a") && w(at + 1).equals("couple")
          ? (w(at + 2).equals("of") ? 3 : 2) : 1);
      if (w(unitAt).equals("-")) {
        unitAt++;
      }
      String unit = unit(w(unitAt));
      if (unit == null) {
        return null;
      }
      if (w(unitAt + 1).equals("ago")) {
        return new Found(at, unitAt + 2, "DATE", ago(w(unitAt), count, -1));
      }
      if (w(unitAt + 1).equals("from") && w(unitAt + 2).equals("now")) {
        return new Found(at, unitAt + 3, "DATE", ago(w(unitAt), count, 1));
      }
      if (i == at && unitAt == at + 1 && (w(at).equals("a") || w(at).equals("an"))
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
    private String countAt(int at) {
      String w = w(at);
      if (VAGUE_COUNTS.contains(w) || w.equals("a") && (w(at + 1).equals("few") || w(at + 1).equals("couple"))) {
        return w.equals("couple") || w(at + 1).equals("couple") ? "2" : "X";
      }
      Integer n = NUMBER_WORDS.get(w);
      if (n != null) {
        return n.toString();
      }
      return NUMBER.matcher(w).matches() ? w : null;
    }

    /** The singular unit of a unit word ("hours", "day"), or null. */
    private String unit(String w) {
      String singular = w.equals("centuries") ? "century" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
      return UNITS.containsKey(singular) ? singular : null;
    }

    /**
     * "two days ago" (sign -1), "four years from now" (+1): the day it names, as SUTime resolves it.
     */
    private String ago(String unitWord, String count, int sign) {
      if (docDate == null || count.equals("X") || count.contains(".")) {
        return null;
      }
      long n = sign * Long.parseLong(count);
      return switch (unit(unitWord)) {
        case "day" -> docDate.plusDays(n).toString();
        case "week" -> docDate.plusWeeks(n).toString();
        case "month" -> docDate.plusMonths(n).toString();
        case "year" -> docDate.plusYears(n).toString();
        case "decade" -> docDate.plusYears(10 * n).toString();
        default -> null;
      };
    }

    // ---- sets, references, seasons, quarters, holidays ----

    private Found other(int i) {
      String w = w(i);
      String set = SETS.get(w);
      if (set != null) {
        return new Found(i, i + 1, "SET", set);
      }
      if (w.equals("every") || w.equals("each")) {
        DayOfWeek day = weekdayAt(i + 1);
        if (day != null) {
          return new Found(i, i + 2, "SET", "XXXX-WXX-" + day.getValue());
        }
        String unit = unit(w(i + 1));
        if (unit != null && !w(i + 1).endsWith("s")) {
          String letter = UNITS.get(unit);
          boolean clockUnit = unit.equals("hour") || unit.equals("minute") || unit.equals("second");
          return letter.equals("E") || letter.equals("C") ? null
              : new Found(i, i + 2, "SET", "P" + (clockUnit ? "T" : "") + "1" + letter);
        }
        return null;
      }
      String ref = REFERENCES.get(w);
      if (ref != null) {
        return new Found(i, i + 1, "DATE", ref);
      }
      if (w.equals("current") && toks.get(i).pos().startsWith("JJ")) {
        return new Found(i, i + 1, "DATE", "PRESENT_REF");
      }
      Found season = season(i);
      if (season != null) {
        return season;
      }
      Matcher q = QUARTER.matcher(w);
      if (q.matches() && YEAR.matcher(w(i + 1)).matches()) {
        return new Found(i, i + 2, "DATE", w(i + 1) + "-Q" + q.group(1));
      }
      return holiday(i);
    }

    /** "in the summer of 2014", "in the spring" (this year's season). */
    private Found season(int i) {
      int at = w(i).equals("the") ? i + 1 : i;
      String season = SEASONS.get(w(at));
      if (season == null || at == i && !MONTH_CONTEXT.contains(w(i - 1))) {
        return null;
      }
      if (w(at + 1).equals("of") && YEAR.matcher(w(at + 2)).matches()) {
        return new Found(i, at + 3, "DATE", w(at + 2) + "-" + season);
      }
      if (YEAR.matcher(w(at + 1)).matches()) {
        return new Found(i, at + 2, "DATE", w(at + 1) + "-" + season);
      }
      return new Found(at, at + 1, "DATE", docDate == null ? null : docDate.getYear() + "-" + season);
    }

    /** "the third quarter[ of 2021]". */
    private Found quarter(int i) {
      String q = ORDINAL_QUARTERS.get(w(i + 1));
      if (q == null || !w(i + 2).equals("quarter")) {
        return null;
      }
      if (w(i + 3).equals("of") && YEAR.matcher(w(i + 4)).matches()) {
        return new Found(i, i + 5, "DATE", w(i + 4) + "-" + q);
      }
      return new Found(i, i + 3, "DATE", docDate == null ? null : docDate.getYear() + "-" + q);
    }

    /** Fixed-date holidays: "Christmas [Day|Eve]", "New Year's Day|Eve", "Valentine's Day", "Halloween". */
    private Found holiday(int i) {
      if (!capitalised(i)) {
        return null;
      }
      switch (w(i)) {
        case "christmas" -> {
          if (w(i + 1).equals("eve")) {
            return new Found(i, i + 2, "DATE", yearless(12, 24));
          }
          return new Found(i, w(i + 1).equals("day") ? i + 2 : i + 1, "DATE", yearless(12, 25));
        }
        case "new" -> {
          if (w(i + 1).equals("year") && w(i + 2).equals("'s")) {
            if (w(i + 3).equals("eve")) {
              return new Found(i, i + 4, "DATE", yearless(12, 31));
            }
            if (w(i + 3).equals("day")) {
              return new Found(i, i + 4, "DATE", yearless(1, 1));
            }
          }
          return null;
        }
        case "valentine" -> {
          return w(i + 1).equals("'s") && w(i + 2).equals("day") ? new Found(i, i + 3, "DATE", yearless(2, 14)) : null;
        }
        case "halloween" -> {
          return new Found(i, i + 1, "DATE", yearless(10, 31));
        }
        case "easter" -> {
          // the publication year's; "Easter Sunday" / "Easter Monday"
          int end = w(i + 1).equals("sunday") ? i + 2 : w(i + 1).equals("monday") ? i + 2 : i + 1;
          int shift = w(i + 1).equals("monday") ? 1 : 0;
          return new Found(i, end, "DATE", docDate == null ? null : easter(docDate.getYear()).plusDays(shift).toString());
        }
        case "black", "cyber" -> {
          // the Friday and the Monday after Thanksgiving, the publication year's
          boolean black = w(i).equals("black");
          if (!w(i + 1).equals(black ? "friday" : "monday") || !capitalised(i + 1)) {
            return null;
          }
          return new Found(i, i + 2, "DATE",
              docDate == null ? null : thanksgiving(docDate.getYear()).plusDays(black ? 1 : 4).toString());
        }
        case "good" -> {
          return w(i + 1).equals("friday") && capitalised(i + 1)
              ? new Found(i, i + 2, "DATE", docDate == null ? null : easter(docDate.getYear()).minusDays(2).toString())
              : null;
        }
        case "thanksgiving" -> {
          LocalDate d = docDate == null ? null : thanksgiving(docDate.getYear());
          return new Found(i, w(i + 1).equals("day") ? i + 2 : i + 1, "DATE", d == null ? null : d.toString());
        }
        default -> {
          return null;
        }
      }
    }

    // ---- values ----

    private Found dated(int start, int end, int year, int month, int day) {
      return valid(year, month, day) ? new Found(start, end, "DATE", LocalDate.of(year, month, day).toString()) : null;
    }
  }

  /** A year-less month ("XXXX-03") or day ("XXXX-03-03") for {@link TimeExtractor} to anchor by tense. */
  private static String yearless(int month, int day) {
    return day == 0 ? String.format(Locale.ROOT, "XXXX-%02d", month)
        : String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
  }

  /** A day after a month name, in digits only ("March 3", "March 3rd"; "March first" is no date). */
  private static Integer digitDay(String w) {
    return ORDINAL_DAYS.containsKey(w) ? null : dayNumber(w);
  }

  private static Integer dayNumber(String w) {
    Integer ordinal = ORDINAL_DAYS.get(w);
    if (ordinal != null) {
      return ordinal;
    }
    Matcher m = DAY.matcher(w);
    if (!m.matches()) {
      m = DAY_RANGE.matcher(w);
      if (!m.matches()) {
        return null;
      }
    }
    int d = Integer.parseInt(m.group(1));
    return d >= 1 && d <= 31 ? d : null;
  }

  private static Map<String, Integer> ordinalDays() {
    String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
    String[] teens = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth"};
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < units.length; i++) {
      m.put(units[i], i + 1);
      m.put("twenty-" + units[i], 21 + i);
    }
    for (int i = 0; i < teens.length; i++) {
      m.put(teens[i], 10 + i);
    }
    m.put("twentieth", 20);
    m.put("thirtieth", 30);
    m.put("thirty-first", 31);
    return Map.copyOf(m);
  }

  private static boolean valid(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  /** US Thanksgiving: the fourth Thursday of November. */
  static LocalDate thanksgiving(int year) {
    return LocalDate.of(year, 11, 1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
  }

  /** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** ISO week name of a date, as SUTime writes weeks ("2022-W02"). */
  static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
