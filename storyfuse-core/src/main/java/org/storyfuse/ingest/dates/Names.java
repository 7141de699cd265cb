package org.storyfuse.ingest.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.storyfuse.text.lexicon.Months;
import org.storyfuse.text.lexicon.Weekdays;

/**
 * English month and weekday names as regex fragments, built from {@link org.storyfuse.text.lexicon}
 * (names and abbreviations), and the small vocabulary around them.
 */
final class Names {

  /** One space-like character: pages use no-break and narrow spaces inside dates. */
  static final String SP = "[\\s\\u00A0\\u2007\\u202F]";

  /**
   * A month name, short or long, in group {@code mon}; the caller adds an optional dot. Reads
   * {@code \b(?<mon>jan(?:uary)?|feb(?:ruary)?|...|sep(?:tember|t)?|...)\b}.
   */
  static final String MONTH = "\\b(?<mon>" + alternation(Months.NAMES, Months.ABBREVIATIONS) + ")\\b";

  /**
   * A weekday name, short or long; decoration only (a wrong weekday does not void the date). Reads
   * {@code \b(?:mon(?:day)?|tue(?:sday|s)?|...|thu(?:rsday|rs|r)?|...)\b}.
   */
  static final String WEEKDAY = "\\b(?:" + alternation(Weekdays.NAMES, Weekdays.ABBREVIATIONS) + ")\\b";

  private Names() {}

  /** 1..12 for a name {@link #MONTH} matched: its first three letters decide. */
  static int month(String name) {
    int month = Months.ofNameOrAbbreviation(name.substring(0, 3).toLowerCase(Locale.ROOT));
    // Only a non-ASCII letter the case-insensitive pattern lets in, a long s in "ſeptember", has no
    // month here: January, as the lookup this replaces gave.
    return month == 0 ? 1 : month;
  }

  /**
   * The words as one regex alternation, those sharing their first three letters grouped and the
   * longer endings first: "jan(?:uary)?", "sep(?:tember|t)?", "may". Every word is plain letters.
   */
  static String alternation(List<String> names, List<String> abbreviations) {
    Map<String, List<String>> endings = new LinkedHashMap<>();
    Stream.concat(names.stream(), abbreviations.stream())
        .forEach(w -> endings.computeIfAbsent(w.substring(0, 3), k -> new ArrayList<>()).add(w.substring(3)));
    List<String> groups = new ArrayList<>();
    endings.forEach((start, ends) -> {
      List<String> longer = ends.stream().filter(e -> !e.isEmpty()).distinct()
          .sorted(Comparator.comparingInt(String::length).reversed()).toList();
      String optional = longer.isEmpty() ? "" : "(?:" + String.join("|", longer) + ")"
          + (ends.contains("") ? "?" : "");
      groups.add(start + optional);
    });
    return groups.stream().collect(Collectors.joining("|"));
  }
}
