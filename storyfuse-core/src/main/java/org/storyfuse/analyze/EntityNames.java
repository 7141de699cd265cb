package org.storyfuse.analyze;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Name normalisation so that one entity gets one key across outlets: case, dots, diacritics,
 * possessives and a leading "the" are ignored ("U.S." = "US", "Nato" = "NATO", "Tass" = "TASS"),
 * and common long forms and aliases map to one name ("United States" = "US" = "America").
 */
public final class EntityNames {

  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Alias → key. Keys are themselves normalised forms; extend as outlets show new spellings. */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("us", "united states"),
      Map.entry("usa", "united states"),
      Map.entry("united states of america", "united states"),
      Map.entry("america", "united states"),
      Map.entry("uk", "united kingdom"),
      Map.entry("britain", "united kingdom"),
      Map.entry("great britain", "united kingdom"),
      Map.entry("eu", "european union"),
      Map.entry("un", "united nations"),
      Map.entry("north atlantic treaty organization", "nato"),
      Map.entry("north atlantic treaty organisation", "nato"),
      Map.entry("organization for security and cooperation in europe", "osce"),
      Map.entry("organization for security and co operation in europe", "osce"),
      Map.entry("organisation for security and cooperation in europe", "osce"),
      Map.entry("organisation for security and co operation in europe", "osce"),
      Map.entry("russian federation", "russia"),
      Map.entry("kyiv", "kiev"),
      Map.entry("tas", "tass"));

  private EntityNames() {}

  /** The comparison form of a name: lower case, no diacritics or punctuation, aliases resolved. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String k = Normalizer.normalize(name, Normalizer.Form.NFD);
    k = DIACRITICS.matcher(k).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
    k = k.replaceAll("'s$", "").replaceAll("(?<=\\p{L})\\.(?=\\p{L}|$)", "");
    k = NON_WORD.matcher(k).replaceAll(" ").strip();
    if (k.startsWith("the ")) {
      k = k.substring(4);
    }
    return ALIASES.getOrDefault(k, k);
  }

  /**
   * Whether two names can name the same entity: equal keys, or one is a person's surname (or
   * given-name-less form) of the other ("Ryabkov" and "Sergei Ryabkov").
   */
  public static boolean sameEntity(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return false;
    }
    if (ka.equals(kb)) {
      return true;
    }
    return endsWithWord(ka, kb) || endsWithWord(kb, ka);
  }

  /** True when {@code shorter} is the last word(s) of {@code longer}. */
  static boolean endsWithWord(String longer, String shorter) {
    return longer.length() > shorter.length() && longer.endsWith(" " + shorter);
  }
}
