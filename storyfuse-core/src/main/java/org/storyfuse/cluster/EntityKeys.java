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

  /**
   * Distinct keys in order of first mention. A single capitalised word seen only at the start of
   * sentences ("Perennial party girl …", "Witnesses said …") is not taken for a name: news names
   * its people and places again mid-sentence, where capitals mean something.
   */
  public static List<String> of(String text) {
    return of(text, text);
  }

  /**
   * The keys of a title, read with its body: a sentence-case title as any sentence; a Title-Case
   * headline ("Lindsay Lohan Checks Into Betty Ford") capitalises every word, so its words count
   * only as part of a name the body uses ("lindsay" → "lindsay lohan"), or on their own when the
   * body does not use them in lower case.
   */
  public static List<String> ofTitle(String title, String body) {
    if (title == null || title.isBlank()) {
      return List.of();
    }
    String context = title + ".\n" + (body == null ? "" : body);
    if (!titleCase(title)) {
      return of(title, context);
    }
    List<String> bodyKeys = of(body == null ? "" : body);
    Set<String> lower = lowerWords(body == null ? "" : body);
    Set<String> keys = new LinkedHashSet<>();
    for (String w : title.split("[^\\p{L}\\p{N}'’-]+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      String k = key(w);
      if (k == null || k.contains(" ")) {
        continue;
      }
      String longer = null;
      for (String b : bodyKeys) {
        if ((" " + b + " ").contains(" " + k + " ")) {
          longer = b;
          break;
        }
      }
      if (longer != null) {
        keys.add(longer);
      } else if (!lower.contains(k) && k.length() > 2) {
        keys.add(k);
      }
    }
    return new ArrayList<>(keys);
  }

  /** Three or more words and most longer words capitalised, small ones too. */
  static boolean titleCase(String title) {
    int words = 0;
    int longer = 0;
    int capitalised = 0;
    for (String w : title.split("\\s+")) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      words++;
      if (w.length() >= 4) {
        longer++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= 4 && longer >= 3 && capitalised >= 0.8 * longer;
  }

  private static List<String> of(String text, String context) {
    Set<String> keys = new LinkedHashSet<>();
    if (text == null) {
      return List.of();
    }
    Set<String> initialOnly = new LinkedHashSet<>();
    Set<String> midSentence = new java.util.HashSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String key = key(m.group());
      if (key != null) {
        keys.add(key);
        if (!key.contains(" ") && sentenceStart(text, m.start())) {
          initialOnly.add(key);
        } else {
          midSentence.add(key);
        }
      }
    }
    initialOnly.removeAll(midSentence);
    if (!initialOnly.isEmpty() && context != text) {
      // a title's first word: a name if the body capitalises it mid-sentence
      Set<String> bodyMid = new java.util.HashSet<>();
      Matcher c = NAME.matcher(context);
      while (c.find()) {
        if (!sentenceStart(context, c.start())) {
          for (String w : c.group().split("\\s+")) {
            String k = key(w);
            if (k != null) {
              bodyMid.add(k);
            }
          }
        }
      }
      initialOnly.removeAll(bodyMid);
    }
    keys.removeAll(initialOnly);
    return new ArrayList<>(keys);
  }

  private static boolean sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return ".!?:;\"“”'‘(—–-•".indexOf(c) >= 0;
      }
    }
    return true;
  }

  private static Set<String> lowerWords(String text) {
    Set<String> out = new java.util.HashSet<>();
    Matcher m = LOWER_WORD.matcher(text);
    while (m.find()) {
      out.add(DIACRITICS.matcher(Normalizer.normalize(m.group(), Normalizer.Form.NFD)).replaceAll(""));
    }
    return out;
  }

  private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}\\p{N}]*");
  /** A key word's possessive ending and the characters a key leaves out (compiled once: run per word). */
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern NOT_KEY_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}-]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String key(String span) {
    List<String> words = new ArrayList<>();
    for (String w : SPACES.split(span)) {
      String n = DIACRITICS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("")
          .toLowerCase(Locale.ROOT);
      n = NOT_KEY_CHARACTER.matcher(POSSESSIVE.matcher(n).replaceAll("")).replaceAll("");
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
