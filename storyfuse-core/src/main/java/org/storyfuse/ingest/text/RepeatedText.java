package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops paragraphs whose words another paragraph already carries: the standfirst or teaser that
 * repeats the start of a body paragraph (often cut with "…" and a tag after it), a pull quote that
 * repeats a sentence, a paragraph captured twice. The fuller copy stays; of two equal copies, the
 * first.
 */
final class RepeatedText {

  /** Shorter overlaps are coincidence ("the United States said"), not repetition. */
  private static final int MIN_WORDS = 8;

  /** A teaser cut with "…" may carry a tag after it (".reports Asian Lite News"); at most this. */
  private static final int MAX_WORDS_AFTER_ELLIPSIS = 6;

  private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|…");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private RepeatedText() {}

  static List<String> dropRepeats(List<String> paragraphs) {
    List<String> keys = paragraphs.stream().map(RepeatedText::key).toList();
    Map<String, List<Integer>> byShingle = shingleIndex(keys);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!isRepeat(i, keys, byShingle)) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }

  /**
   * Which paragraphs hold each run of {@link #MIN_WORDS} words: a paragraph can only be inside
   * those holding its first run, so long texts are not compared pair by pair.
   */
  private static Map<String, List<Integer>> shingleIndex(List<String> keys) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (int j = 0; j < keys.size(); j++) {
      String[] words = words(keys.get(j));
      for (int w = 0; w + MIN_WORDS <= words.length; w++) {
        List<Integer> holders = index.computeIfAbsent(shingle(words, w), k -> new ArrayList<>());
        if (holders.isEmpty() || holders.get(holders.size() - 1) != j) {
          holders.add(j);
        }
      }
    }
    return index;
  }

  private static boolean isRepeat(int i, List<String> keys, Map<String, List<Integer>> byShingle) {
    String key = keys.get(i);
    String[] words = words(key);
    if (words.length < MIN_WORDS) {
      return false;
    }
    for (int j : byShingle.getOrDefault(shingle(words, 0), List.of())) {
      String other = keys.get(j);
      if (j != i && other.contains(key) && (other.length() > key.length() || j < i)) {
        return true;
      }
    }
    return false;
  }

  private static String[] words(String key) {
    return key.isBlank() ? new String[0] : key.strip().split(" ");
  }

  private static String shingle(String[] words, int from) {
    return String.join(" ", Arrays.asList(words).subList(from, from + MIN_WORDS));
  }

  /** Lower-cased words, space-padded so containment matches whole words only. */
  static String key(String paragraph) {
    String text = teaserStem(paragraph);
    String words = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return " " + words + " ";
  }

  /** The text before a final "…", when only a short tag follows it. */
  private static String teaserStem(String paragraph) {
    var m = ELLIPSIS.matcher(paragraph);
    int last = -1;
    int lastEnd = -1;
    while (m.find()) {
      last = m.start();
      lastEnd = m.end();
    }
    if (last > 0 && Prose.words(paragraph.substring(lastEnd)) <= MAX_WORDS_AFTER_ELLIPSIS) {
      return paragraph.substring(0, last);
    }
    return paragraph;
  }
}
