package org.storyfuse.ingest.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways news pages write a full calendar date (no time of day: {@link TimeOfDay} reads that).
 * Each rule is one regex plus the reading of its groups; a rule yields nothing when the groups do
 * not make a real calendar date (31 February) or the order of day and month cannot be known.
 */
enum DateRule {

  /** 2022-01-13, 2022/01/13, 2022.01.13: year first is unambiguous. */
  YEAR_MONTH_DAY(
      "(?<![0-9])(?<y>[12][0-9]{3})(?<sep>[-/.])(?<m>[0-9]{1,2})\\k<sep>(?<d>[0-9]{1,2})(?![0-9])") {
    @Override
    Optional<LocalDate> read(Matcher m) {
      return date(m.group("y"), m.group("m"), m.group("d"));
    }
  },

  /**
   * 13.01.2022, 13-01-2022 (day first, as written wherever dots and dashes are used), and
   * 13/01/2022 or 01/13/2022 only when one of the two numbers is above 12: slashes are written
   * day-first in most of the world and month-first in the US, and a wrong date is worse than none.
   */
  NUMERIC_DAY_MONTH_YEAR(
      "(?<![0-9]|[0-9][-/.])(?<a>[0-9]{1,2})(?<sep>[-/.])(?<b>[0-9]{1,2})\\k<sep>(?<y>[12][0-9]{3})"
          + "(?![0-9a-z]|[-/.][0-9])") {
    @Override
    Optional<LocalDate> read(Matcher m) {
      int a = Integer.parseInt(m.group("a"));
      int b = Integer.parseInt(m.group("b"));
      String y = m.group("y");
      if (!m.group("sep").equals("/") || a > 12 || a == b) {
        return date(y, b, a); // day first
      }
      if (b > 12) {
        return date(y, a, b); // US month first
      }
      return Optional.empty();
    }
  },

  /** January 14, 2022 · Thursday January 13 2022 · Jan. 13, 2022 · Sept 5th, 2021. */
  MONTH_DAY_YEAR(
      "(?:" + Names.WEEKDAY + "\\.?,?" + Names.SP + "+)?"
          + Names.MONTH + "(?:\\." + Names.SP + "*|" + Names.SP + "+|-)"
          + "(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])"
          + "(?:,?" + Names.SP + "+|,|-)(?<y>[12][0-9]{3})" + Names.YEAR_END) {
    @Override
    Optional<LocalDate> read(Matcher m) {
      return date(m.group("y"), Names.month(m.group("mon")), Integer.parseInt(m.group("d")));
    }
  },

  /** 14 January 2022 · Wednesday 19 January 2022 · Thu, 13 Jan 2022 · 13-Jan-2022 · 5th of May, 2021. */
  DAY_MONTH_YEAR(
      "(?:" + Names.WEEKDAY + "\\.?,?" + Names.SP + "+)?"
          + "(?<![0-9])(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:" + Names.SP + "+of)?(?:" + Names.SP + "+|-)"
          + Names.MONTH + "\\.?(?:,?" + Names.SP + "+|-)(?<y>[12][0-9]{3})" + Names.YEAR_END) {
    @Override
    Optional<LocalDate> read(Matcher m) {
      return date(m.group("y"), Names.month(m.group("mon")), Integer.parseInt(m.group("d")));
    }
  },

  /**
   * 12. Juni 2026 · 4 giugno 2026 · 12 de março de 2026 · 21 października 2026 · 18 Ağustos 2026 ·
   * 3 octobre 2026: a day, a month named in another language ({@link Names#FOREIGN_MONTH}), a year.
   */
  DAY_FOREIGN_MONTH_YEAR(
      "(?<![0-9])(?<d>[0-9]{1,2})\\.?(?:º|°)?(?:" + Names.SP + "+de)?" + Names.SP + "+" + Names.FOREIGN_MONTH
          + "(?:" + Names.SP + "+de|,)?" + Names.SP + "+(?<y>[12][0-9]{3})" + Names.YEAR_END) {
    @Override
    Optional<LocalDate> read(Matcher m) {
      return date(m.group("y"), Names.foreignMonth(m.group("fmon")), Integer.parseInt(m.group("d")));
    }
  },

  /** 2026年5月12日 · 2026년 5월 12일: year, month and day as Chinese, Japanese and Korean write them. */
  CJK_YEAR_MONTH_DAY(
      "(?<![0-9])(?<y>[12][0-9]{3})" + Names.SP + "*[年년]" + Names.SP + "*(?<m>[0-9]{1,2})" + Names.SP + "*[月월]"
          + Names.SP + "*(?<d>[0-9]{1,2})" + Names.SP + "*[日일]") {
    @Override
    Optional<LocalDate> read(Matcher m) {
      return date(m.group("y"), m.group("m"), m.group("d"));
    }
  };

  static final List<DateRule> ALL = List.of(values());

  private final Pattern pattern;

  DateRule(String regex) {
    this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  Pattern pattern() {
    return pattern;
  }

  /** The calendar date the current match of {@link #pattern()} denotes, if it is one. */
  abstract Optional<LocalDate> read(Matcher m);

  private static Optional<LocalDate> date(String year, String month, String day) {
    return date(year, Integer.parseInt(month), Integer.parseInt(day));
  }

  private static Optional<LocalDate> date(String year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
