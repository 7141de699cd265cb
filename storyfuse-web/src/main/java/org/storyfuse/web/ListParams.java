package org.storyfuse.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.storyfuse.store.StoryQuery;

/** The story list's query parameters, checked: {@code since}, {@code q} and {@code limit}. */
final class ListParams {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1000;

  private ListParams() {}

  static StoryQuery query(String since, String q, String limit) {
    return new StoryQuery(since(since), q == null || q.isBlank() ? null : q.strip(), limit(limit));
  }

  /** An ISO instant, an ISO date-time with offset, or an ISO date (its start, UTC). */
  static Instant since(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException notInstant) {
      try {
        return OffsetDateTime.parse(v).toInstant();
      } catch (DateTimeParseException notOffset) {
        try {
          return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
          throw ApiException.badRequest("since: not an ISO instant or date (2026-03-10T08:00:00Z or 2026-03-10): " + v);
        }
      }
    }
  }

  static int limit(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < 1 || n > MAX_LIMIT) {
        throw ApiException.badRequest("limit: must be between 1 and " + MAX_LIMIT + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("limit: not a whole number: " + value.strip());
    }
  }
}
