package org.storyfuse.ingest.dates;

import java.util.Optional;
import org.storyfuse.model.PublicationDate;

/** Reads dates as news pages write them. (Being written: issue 2.) */
public final class DateTextParser {

  /** Parses a string that is essentially one date or date-time (a meta tag value, a dateline). */
  public Optional<PublicationDate> parse(String text) {
    throw new UnsupportedOperationException("date parsing is not written yet");
  }
}
