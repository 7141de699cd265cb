package org.storyfuse.text.lexicon;

import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * English verbs of saying, in the forms news writes them ("said", "says", "telling", "warns"): the
 * analysis stage attributes quotes by them, and the fusion stage reads them to tell when a sentence
 * reports words (the day of a statement, a quote's named speaker). One list, so the stages agree on
 * what counts as speech.
 */
public final class SpeechVerbs {

  /** Every verb form that attributes words to a speaker. Lower case. */
  public static final Set<String> CUES = Set.of(
      "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "noted", "notes",
      "stated", "states", "declared", "warned", "warns", "insisted", "insists", "argued", "argues",
      "explained", "explains", "wrote", "writes", "tweeted", "stressed", "stresses", "replied", "responded",
      "quoted", "recalled", "acknowledged", "admitted", "claimed", "claims", "announced", "announces",
      "emphasised", "emphasized", "urged", "remarked", "commented", "observed", "confirmed",
      "denied", "denies", "asserted", "reiterated", "conceded", "predicted", "vowed", "pledged");

  /**
   * The cues whose object is always what was said ("said the talks…"); the others may also take a
   * plain noun phrase ("announced a fund", "denied the charges").
   */
  public static final Set<String> SPEECH_ONLY = Set.of(
      "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "noted", "notes",
      "stated", "states", "declared", "explained", "explains", "wrote", "writes", "tweeted", "replied",
      "responded", "remarked", "commented", "observed", "insisted", "insists", "argued", "argues");

  private SpeechVerbs() {}

  /**
   * A regular-expression alternation of the words and the {@code more} a reader adds to them
   * ("according to"), longest first (so a longer form wins over its prefix), in a stable order;
   * spaces in a phrase match any run of whitespace.
   */
  public static String alternation(Collection<String> words, String... more) {
    return java.util.stream.Stream.concat(words.stream(), java.util.Arrays.stream(more)).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .map(w -> java.util.regex.Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }
}
