package org.storyfuse.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.storyfuse.text.lexicon.Months;

/**
 * One sentence as the {@link TimeRules} families read it: its tokens, their words lower-cased once
 * (curly apostrophes made straight), and the publication date (may be null). Out-of-range word
 * indexes read as "", so rules can look ahead and behind without bounds checks.
 */
final class TimeReading {

  private final List<Tok> toks;
  private final String[] words;
  private final LocalDate docDate;

  TimeReading(List<Tok> toks, LocalDate docDate) {
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

  /** The publication date, or null. */
  LocalDate docDate() {
    return docDate;
  }

  /** Word {@code i} in lower case, "" outside the sentence. */
  String w(int i) {
    return i >= 0 && i < words.length ? words[i] : "";
  }

  /** Penn Treebank tag of token {@code i}. */
  String pos(int i) {
    return toks.get(i).pos();
  }

  boolean capitalised(int i) {
    String t = toks.get(i).text();
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
  }

  /** Part of a name the NER model found ("Theresa May", "August Wilson", "Black Friday Ltd"). */
  boolean inName(int i) {
    String ner = toks.get(i).ner();
    return ner.equals("PERSON") || ner.equals("ORGANIZATION");
  }

  boolean isSentenceStart(int i) {
    return i == 0 || w(i - 1).equals("``") || w(i - 1).equals("\"") || w(i - 1).equals("“");
  }

  /** The month of a capitalised full month name at token i ("March"), or null. */
  Integer fullMonth(int i) {
    int m = Months.ofName(w(i));
    return m != 0 && capitalised(i) ? m : null;
  }

  /** The month of a capitalised abbreviation at token i ("Jan.", "Sept") before a day or a year, or null. */
  Integer abbreviatedMonth(int i) {
    String w = w(i).endsWith(".") ? w(i).substring(0, w(i).length() - 1) : w(i);
    int m = Months.ofAbbreviation(w);
    if (m == 0 || !capitalised(i)) {
      return null;
    }
    // "Jan. 1" even where NER read "Jan" as a first name; "Jan Egeland" is no month
    return TimeValues.dayNumber(w(i + 1)) != null || TimeValues.YEAR.matcher(w(i + 1)).matches() ? m : null;
  }

  /** The year of "last year", "this year", "next year" at token i, or null. */
  Integer namedYear(int i) {
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
}
