package org.storyfuse.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text into the index terms that similarity is computed on: lowercased words without
 * diacritics, English stopwords dropped, possessives and plural "s" folded ("Russia's" = "russia",
 * "talks" = "talk"), numbers kept (they carry facts: "100,000" → "100000").
 */
public final class Terms {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’][\\p{L}\\p{N}]+)*");
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

  private Terms() {}

  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String term = normalise(m.group());
      if (term != null) {
        out.add(term);
      }
    }
    return out;
  }

  /** Whether a word (any case) is one of the function words and common verbs {@link #of} leaves out. */
  public static boolean isStopword(String word) {
    return STOPWORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The index form of one word, or null for a stopword or a one-letter word. */
  static String normalise(String word) {
    String w = DIACRITICS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    w = w.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (Character.isDigit(w.charAt(0))) {
      return w.replace(",", "");
    }
    w = w.replace("'", "");
    if (w.length() < 2 || STOPWORDS.contains(w)) {
      return null;
    }
    // Light plural folding: enough for "talks"/"talk", harmless for "news", "us", "class".
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  static final Set<String> STOPWORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
      "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
      "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "few", "for",
      "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
      "himself", "his", "how", "however", "if", "in", "into", "is", "it", "its", "itself", "just", "may",
      "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of",
      "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
      "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
      "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
      "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
      "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said", "says",
      "say", "told", "according", "since", "still", "yet", "already", "around", "among", "within",
      "without", "across", "along", "upon", "per", "via", "dont", "didnt", "wont", "doesnt",
      "new", "one", "two", "year", "years", "week", "time", "like", "get", "got", "make", "made", "many");
}
