package org.storyfuse.cluster;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-in named-entity keys until the analysis stage supplies real ones: maximal runs of
 * capitalised words ("Sergei Ryabkov", "Port of Valmora"), lowercased, diacritics removed, with
 * sentence-initial function words, weekdays and months dropped. Crude, but names are what tell two
 * stories with the same vocabulary apart (two floods, two recalls).
 */
public final class EntityKeys {

  // A capitalised word, or an all-caps acronym; "of"/"de" may join two capitalised words.
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+(?:(?:of|de|del|van|von|al|bin)\\s+)?\\p{Lu}[\\p{L}\\p{N}'’-]*)*");
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

  private EntityKeys() {}

  /** Distinct keys in order of first mention. */
  public static List<String> of(String text) {
    Set<String> keys = new LinkedHashSet<>();
    if (text == null) {
      return List.of();
    }
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String key = key(m.group());
      if (key != null) {
        keys.add(key);
      }
    }
    return new ArrayList<>(keys);
  }

  private static String key(String span) {
    List<String> words = new ArrayList<>();
    for (String w : span.split("\\s+")) {
      String n = DIACRITICS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("")
          .toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}-]", "");
      if (!n.isEmpty()) {
        words.add(n);
      }
    }
    // Drop leading/trailing words that are capitalised only by position or are calendar words.
    while (!words.isEmpty() && SKIP.contains(words.get(0))) {
      words.remove(0);
    }
    while (!words.isEmpty() && SKIP.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (words.isEmpty() || (words.size() == 1 && words.get(0).length() < 2)) {
      return null;
    }
    return String.join(" ", words);
  }

  private static final Set<String> SKIP = Set.of(
      "the", "a", "an", "in", "on", "at", "of", "for", "and", "but", "or", "as", "by", "to", "from",
      "with", "after", "before", "when", "while", "if", "it", "its", "he", "she", "they", "we", "i",
      "this", "that", "these", "those", "there", "his", "her", "their", "our", "mr", "mrs", "ms", "dr",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "de", "del", "van", "von", "al", "bin", "also", "however",
      "according", "meanwhile", "under", "last", "new", "one", "two", "three", "all", "some", "no",
      "not", "yes", "so", "what", "how", "why", "who", "where", "photo", "update", "updated",
      "published", "read", "share", "more", "about");
}
