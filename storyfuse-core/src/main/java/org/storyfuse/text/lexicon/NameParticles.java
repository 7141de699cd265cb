package org.storyfuse.text.lexicon;

import java.util.List;

/**
 * The particles inside a person's surname, written in lower case between its capitalised words
 * ("Anna de Souza", "Jan van der Berg", "Khalid ibn Walid", "Omar el Sayed"): both extractors read a
 * byline's name with them, so one list serves both.
 */
public final class NameParticles {

  /** The particles, lower case. */
  public static final List<String> WORDS = List.of("de", "da", "das", "do", "dos", "del", "della", "di", "du", "la",
      "le", "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "al", "el");

  /** The particles as a regex alternation ("de|da|…"), for patterns that take a name apart. */
  public static final String ALTERNATION = String.join("|", WORDS);

  private NameParticles() {}
}
