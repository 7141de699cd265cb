package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storyfuse.ingest.dates.DateMention;
import org.storyfuse.ingest.dates.DateTextParser;
import org.storyfuse.text.lexicon.Weekdays;

/**
 * The dates on one line, each with its label, and what else the line says. A line is a date line
 * when, dates and labels removed, at most a place name is left ("Dhaka, Wednesday 19 January 2022",
 * "Published: 11:40 AM, 14 January 2022 Updated: …", "Jan 13, 2022 16:12 UTC").
 *
 * @param mentions the dates in line order
 * @param rest     the words left once dates, labels and punctuation are removed
 */
record DateLine(List<Labelled> mentions, List<String> rest) {

  /** One date on the line and the label written before it. */
  record Labelled(DateMention mention, DateLabel label) {}

  /** Places in headers are one or two capitalised words; more than that is a sentence. */
  private static final int MAX_PLACE_WORDS = 2;

  private static final DateLine NONE = new DateLine(List.of(), List.of());

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  static DateLine read(String line, DateTextParser dates) {
    List<DateMention> found = dates.findAll(line);
    if (found.isEmpty()) {
      return NONE;
    }
    List<Labelled> mentions = new ArrayList<>(found.size());
    StringBuilder rest = new StringBuilder();
    int previousEnd = 0;
    for (DateMention m : found) {
      String between = line.substring(previousEnd, m.start());
      mentions.add(new Labelled(m, DateLabel.of(between)));
      rest.append(between).append(' ');
      previousEnd = m.end();
    }
    rest.append(line.substring(previousEnd));
    String words = NOT_WORD.matcher(DateLabel.FILLER.matcher(rest).replaceAll(" ")).replaceAll(" ");
    // a weekday is part of the date however it is placed ("April 22, 2026 Wednesday", an archive's form)
    List<String> left = words.isBlank() ? List.of()
        : Arrays.stream(words.strip().split(" ")).filter(w -> Weekdays.ofName(w.toLowerCase(Locale.ROOT)) == null).toList();
    return new DateLine(List.copyOf(mentions), left);
  }

  boolean hasDates() {
    return !mentions.isEmpty();
  }

  /** Dates, labels and at most a place name: nothing a reader would call text. */
  boolean isDateLine() {
    return hasDates()
        && rest.size() <= MAX_PLACE_WORDS
        && rest.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
  }

  /** Only dates and labels, not even a place. */
  boolean isBare() {
    return hasDates() && rest.isEmpty();
  }
}
