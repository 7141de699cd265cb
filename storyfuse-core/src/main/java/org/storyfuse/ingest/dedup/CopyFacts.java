package org.storyfuse.ingest.dedup;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable details of a text that a syndicated copy must not change: numbers (digits and
 * number words), day and month names, capitalised names inside sentences, and the words inside
 * quotation marks. Two near-identical texts are copies only when one's details are all found in the
 * other (an outlet that trims or adds a paragraph still runs a copy); when each has a detail the
 * other lacks — "$500 million" against "$900 million", a death toll of 12 against 31 — the second is
 * its own source, and the difference reaches the brief as a discrepancy instead of vanishing into
 * "syndicated copy of".
 */
final class CopyFacts {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.,'’-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
  private static final Pattern QUOTED = Pattern.compile("[\"“”«»]([^\"“”«»]{1,400})[\"“”«»]");
  private static final Set<String> NUMBER_WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
      "dozen", "dozens", "tens", "half", "quarter", "percent", "per");
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "yesterday", "today", "tomorrow", "tonight");

  /** Compiled once: these ran per token, and compiling them was most of fingerprinting's time. */
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:]\\s*$");
  private static final Pattern DIGIT_GROUPING = Pattern.compile("[,’']");
  private static final Pattern FINAL_DOT = Pattern.compile("\\.$");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private CopyFacts() {}

  /** The details of the paragraphs that are not credit or rights notices, sorted. */
  static String[] of(List<String> paragraphs) {
    TreeSet<String> facts = new TreeSet<>();
    for (String p : paragraphs) {
      if (TextNormalizer.isNotice(p)) {
        continue;
      }
      Matcher m = TOKEN.matcher(p);
      boolean sentenceStart = true;
      int last = 0;
      while (m.find()) {
        String gap = p.substring(last, m.start());
        if (SENTENCE_END.matcher(gap).matches()) {
          sentenceStart = true;
        }
        String token = m.group();
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        if (token.chars().anyMatch(Character::isDigit)) {
          facts.add("n:" + FINAL_DOT.matcher(DIGIT_GROUPING.matcher(token).replaceAll("")).replaceAll(""));
        } else if (NUMBER_WORDS.contains(lower)) {
          facts.add("n:" + lower);
        } else if (CALENDAR.contains(lower)) {
          facts.add("d:" + lower);
        } else if (!sentenceStart && Character.isUpperCase(token.charAt(0))) {
          facts.add("p:" + token);
        }
        sentenceStart = false;
        last = m.end();
      }
      Matcher q = QUOTED.matcher(p);
      while (q.find()) {
        for (String w : NON_WORD.split(q.group(1).toLowerCase(java.util.Locale.ROOT))) {
          if (!w.isEmpty()) {
            facts.add("q:" + w);
          }
        }
      }
    }
    return facts.toArray(String[]::new);
  }

  /** Whether one of the two sorted sets holds all of the other. */
  static boolean nested(String[] a, String[] b) {
    return contains(a, b) || contains(b, a);
  }

  private static boolean contains(String[] big, String[] small) {
    if (small.length > big.length) {
      return false;
    }
    int i = 0;
    for (String s : small) {
      while (i < big.length && big[i].compareTo(s) < 0) {
        i++;
      }
      if (i == big.length || !big[i].equals(s)) {
        return false;
      }
      i++;
    }
    return true;
  }
}
