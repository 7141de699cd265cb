package org.storyfuse.ingest.dates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.model.PublicationDate;

/**
 * Reads dates as news pages and feeds write them: ISO 8601, RFC 1123/822, English month-name
 * dates with or without weekday, day-month-year dates with the month named in nine other languages,
 * Chinese, Japanese and Korean year-month-day dates, numeric day-first dates, a time of day with
 * zone before or after the date, and epoch numbers. Thread-safe: all state is the immutable clock
 * and static patterns.
 *
 * <p>{@link #parse} is for strings that are one date (meta values, JSON fields, dateline lines) and
 * rejects implausible publication dates; {@link #findAll} lists every full date in running text,
 * plausible or not, and leaves the judging to the caller (see {@link #isPlausible}).
 */
public final class DateTextParser {

  /** Nothing was published online before this; earlier dates in a date field are noise. */
  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /** Tolerance for clock skew and time zones ahead of ours; beyond it a date is a typo or a plan. */
  static final Duration FUTURE_TOLERANCE = Duration.ofDays(2);

  private static final int MAX_EVIDENCE = 200;

  /** How far before a year a date can start: "Wednesday, 19 September 2022" and a time before it. */
  private static final int YEAR_LOOK_BEHIND = 48;

  /** How far after a year a year-first date can end: "-01-13", "년 5월 12일". */
  private static final int YEAR_LOOK_AHEAD = 12;

  /** A bare number: epoch seconds or millis (JSON feeds), or a compact yyyyMMdd date. */
  private static final Pattern BARE_NUMBER = Pattern.compile("[0-9]{8,14}(?:\\.[0-9]{1,9})?");

  /** Numbers from here on are epoch milliseconds; below, seconds (1e11 s is the year 5138). */
  private static final long MILLIS_FROM = 100_000_000_000L;

  private final Clock clock;

  public DateTextParser() {
    this(Clock.systemUTC());
  }

  /** @param clock what "now" is, for rejecting dates in the future; injectable for tests */
  public DateTextParser(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Parses a string that is essentially one date or date-time (a meta tag value, a JSON field, a
   * dateline line such as "Published: 11:40 AM, 14 January 2022"). When it holds several dates the
   * first plausible one wins. The result carries an instant only when a time and a zone are stated.
   */
  public Optional<PublicationDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip();
    String evidence = value.length() <= MAX_EVIDENCE ? value : value.substring(0, MAX_EVIDENCE);
    if (BARE_NUMBER.matcher(value).matches()) {
      return fromNumber(value, evidence);
    }
    for (DateMention mention : findAll(value)) {
      if (mention.instant() != null && isPlausible(mention.instant())) {
        return Optional.of(PublicationDate.stated(mention.instant(), evidence));
      }
      if (mention.instant() == null && isPlausible(mention.date())) {
        return Optional.of(PublicationDate.stated(mention.date(), evidence));
      }
    }
    return Optional.empty();
  }

  /**
   * Every full date (day, month and year) in running text, in text order, with the time of day and
   * zone written next to it folded into the mention. Month-year and relative expressions ("last
   * month", "on Monday") are not dates here. No plausibility filter: a 1962 or 2030 date in a body
   * is a real mention; use {@link #isPlausible} to judge publication dates.
   */
  public List<DateMention> findAll(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Span> dates = nonOverlapping(candidates(text));
    List<DateMention> mentions = new ArrayList<>(dates.size());
    int floor = 0;
    for (int i = 0; i < dates.size(); i++) {
      Span span = dates.get(i);
      int limit = i + 1 < dates.size() ? dates.get(i + 1).start() : text.length();
      mentions.add(withTime(text, span, floor, limit));
      floor = mentions.get(i).end();
    }
    return List.copyOf(mentions);
  }

  /** True for a day between 1990 and two days after today. */
  public boolean isPlausible(LocalDate date) {
    LocalDate latest = LocalDate.ofInstant(clock.instant().plus(FUTURE_TOLERANCE), clock.getZone());
    return !date.isBefore(EARLIEST) && !date.isAfter(latest);
  }

  /** True for a moment between 1990 and two days from now. */
  public boolean isPlausible(OffsetDateTime instant) {
    return !instant.toLocalDate().isBefore(EARLIEST)
        && !instant.toInstant().isAfter(clock.instant().plus(FUTURE_TOLERANCE));
  }

  private Optional<PublicationDate> fromNumber(String value, String evidence) {
    if (value.length() == 8 && value.indexOf('.') < 0) {
      Optional<PublicationDate> compact = compactDate(value, evidence);
      if (compact.isPresent()) {
        return compact;
      }
    }
    BigDecimal number = new BigDecimal(value);
    long millis =
        number.compareTo(BigDecimal.valueOf(MILLIS_FROM)) >= 0
            ? number.longValue()
            : number.movePointRight(3).longValue();
    OffsetDateTime instant = Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
    return isPlausible(instant)
        ? Optional.of(PublicationDate.stated(instant, evidence))
        : Optional.empty();
  }

  /** 20220113 */
  private Optional<PublicationDate> compactDate(String value, String evidence) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(value.substring(0, 4)),
              Integer.parseInt(value.substring(4, 6)),
              Integer.parseInt(value.substring(6, 8)));
      return isPlausible(date) ? Optional.of(PublicationDate.stated(date, evidence)) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Every full date has a four-digit year, so the rules only run in a window around each year:
   * scanning whole texts with them costs ten times more. Transparent bounds let the rules'
   * look-arounds see past the window, so a window never cuts a date short; windows may overlap,
   * and the duplicates they find are merged by {@link #nonOverlapping}.
   */
  private static List<Span> candidates(String text) {
    List<Span> found = new ArrayList<>();
    for (int year = nextYear(text, 0); year >= 0; year = nextYear(text, year + 4)) {
      int from = Math.max(0, year - YEAR_LOOK_BEHIND);
      int to = Math.min(text.length(), year + 4 + YEAR_LOOK_AHEAD);
      for (DateRule rule : DateRule.ALL) {
        Matcher m = rule.pattern().matcher(text).region(from, to);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
          rule.read(m).ifPresent(date -> found.add(new Span(m.start(), m.end(), date)));
        }
      }
    }
    return found;
  }

  /** Start of the next run of exactly four digits beginning with 1 or 2, or -1. */
  private static int nextYear(String text, int from) {
    int run = 0;
    for (int i = from; i <= text.length(); i++) {
      boolean digit = i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
      if (digit) {
        run++;
        continue;
      }
      if (run == 4 && (text.charAt(i - 4) == '1' || text.charAt(i - 4) == '2')) {
        return i - 4;
      }
      run = 0;
    }
    return -1;
  }

  /** Leftmost first, longest first among equals; a candidate inside a chosen one is dropped. */
  private static List<Span> nonOverlapping(List<Span> candidates) {
    candidates.sort(
        Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    List<Span> chosen = new ArrayList<>();
    int end = -1;
    for (Span s : candidates) {
      if (s.start() >= end) {
        chosen.add(s);
        end = s.end();
      }
    }
    return chosen;
  }

  /** Extends a date with the time written right after it, or else right before it. */
  private static DateMention withTime(String text, Span span, int floor, int limit) {
    Optional<TimeOfDay> time = TimeOfDay.after(text, span.end(), limit);
    if (time.isEmpty()) {
      time = TimeOfDay.before(text, floor, span.start());
    }
    int start = time.map(t -> Math.min(t.start(), span.start())).orElse(span.start());
    int end = time.map(t -> Math.max(t.end(), span.end())).orElse(span.end());
    OffsetDateTime instant =
        time.filter(t -> t.offset() != null)
            .map(t -> OffsetDateTime.of(span.date(), t.time(), t.offset()))
            .orElse(null);
    return new DateMention(span.date(), instant, start, end, text.substring(start, end));
  }

  /** A date as one rule matched it, before the time of day is looked for. */
  private record Span(int start, int end, LocalDate date) {}
}
