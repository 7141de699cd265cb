package org.storyfuse.ingest.dates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One full date (day, month and year) written in running text, with any time of day and zone
 * written right next to it.
 *
 * @param date     the calendar day as written
 * @param instant  the exact moment when both a time and a zone (or offset) were written, else null
 * @param start    index of the mention's first character in the searched text
 * @param end      index just past the mention's last character
 * @param matched  the text of the mention, {@code text.substring(start, end)}
 */
public record DateMention(LocalDate date, OffsetDateTime instant, int start, int end, String matched) {

  public DateMention {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(matched, "matched");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
