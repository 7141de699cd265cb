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

  /**
   * What may follow a written-out date's year: no digit and no lower-case letter ("2021st" is no
   * year), but a capital may — a page's dump glues two dates or a date and a name shown side by
   * side ("June 29, 2020November 12, 2021", "January 12, 2025By Gabby Boucher").
   */
  static final String YEAR_END = "(?![0-9]|(?-i:\\p{Ll}))";

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

  /**
   * Month names as other languages' news pages write them in a date, full forms only (German,
   * French, Spanish, Italian, Portuguese, Dutch; Polish, Russian and Turkish in the form a date
   * takes, "21 października", "12 мая", "18 Ağustos"), each with its month number.
   */
  static final Map<String, Integer> FOREIGN_MONTHS = new LinkedHashMap<>();

  /** The names as written, for the pattern (which matches them in any case). */
  private static final List<String> FOREIGN_NAMES = new ArrayList<>();

  static {
    foreignMonths();
  }

  /** One of {@link #FOREIGN_MONTHS} in group {@code fmon}, the longest names first. */
  static final String FOREIGN_MONTH = "(?<![\\p{L}])(?<fmon>" + FOREIGN_NAMES.stream()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .collect(Collectors.joining("|")) + ")(?![\\p{L}])";

  private static void foreignMonths() {
    String[][] languages = {
      {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
      {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
      {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
      {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
      {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
      {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
      {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
      {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
      {"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
    };
    for (String[] names : languages) {
      for (int m = 0; m < 12; m++) {
        addForeign(names[m], m + 1);
      }
    }
    addForeign("jänner", 1); // Austria's January
    addForeign("setiembre", 9); // a Spanish spelling of September
  }

  private static void addForeign(String name, int month) {
    if (FOREIGN_MONTHS.putIfAbsent(foreignKey(name), month) == null) {
      FOREIGN_NAMES.add(name);
    }
  }

  /** Lower case with the Turkish dotless i folded: "KASIM", "Kasım" and "kasım" are one key. */
  private static String foreignKey(String name) {
    return name.toLowerCase(Locale.ROOT).replace('ı', 'i');
  }

  /** 1..12 for a name {@link #FOREIGN_MONTH} matched (any case). */
  static int foreignMonth(String name) {
    return FOREIGN_MONTHS.getOrDefault(foreignKey(name), 1);
  }

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
