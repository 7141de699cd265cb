package org.storyfuse.analyze;

import java.util.Locale;

/** The coarse class of a named entity; the fine-grained CoreNLP label is kept beside it. */
public enum EntityKind {
  PERSON,
  ORGANIZATION,
  LOCATION,
  /** Nationalities, titles, religions, ideologies, misc names: kept, but not listed as entities in a brief. */
  OTHER;

  /** The coarse class of a CoreNLP NER label (3-class, 4-class, 7-class or fine-grained). */
  public static EntityKind ofNerTag(String tag) {
    if (tag == null) {
      return OTHER;
    }
    return switch (tag.toUpperCase(Locale.ROOT)) {
      case "PERSON" -> PERSON;
      case "ORGANIZATION", "ORGANISATION" -> ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
      default -> OTHER;
    };
  }

  /** Lower-case name, as used in JSON and gold files ("person"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
