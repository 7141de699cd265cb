package org.storyfuse.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * When an article was published.
 *
 * @param date      the calendar day of publication (in the outlet's own zone when stated)
 * @param instant   the exact time when the source states one (e.g. "Jan 13, 2022 16:12 UTC"), else null
 * @param inferred  true when no publication date was stated and {@code date} was inferred from the
 *                  text (e.g. from dates the body mentions); readers should treat it as uncertain
 * @param evidence  the text the date was read or inferred from, for provenance
 */
public record PublicationDate(LocalDate date, OffsetDateTime instant, boolean inferred, String evidence)
    implements java.io.Serializable {

  public PublicationDate {
    Objects.requireNonNull(date, "date");
  }

  public static PublicationDate stated(LocalDate date, String evidence) {
    return new PublicationDate(date, null, false, evidence);
  }

  public static PublicationDate stated(OffsetDateTime instant, String evidence) {
    return new PublicationDate(instant.toLocalDate(), instant, false, evidence);
  }

  public static PublicationDate inferred(LocalDate date, String evidence) {
    return new PublicationDate(date, null, true, evidence);
  }
}
