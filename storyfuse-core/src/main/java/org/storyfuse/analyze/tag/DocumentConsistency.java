package org.storyfuse.analyze.tag;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One name, one reading per article ("one sense per discourse"): the entity tagger decides token
 * by token from a small window, so a name tagged in one sentence can be missed or typed otherwise
 * in the next — "Sergei Ryabkov" a person, then "Ryabkov said" nothing, or "Moscow" a place three
 * times and a person once. Afterwards, over the whole article:
 * <ol>
 *   <li>a name written the same way several times takes the type most of its mentions have (a tie
 *       keeps each);
 *   <li>a capitalised word left untagged that is part of a person's name tagged elsewhere in the
 *       article (a surname on its own) becomes that person, unless the article also writes the
 *       word in lower case (then it is a word, not only a name).
 * </ol>
 * Works on BIO labels in place.
 */
public final class DocumentConsistency {

  private DocumentConsistency() {
  }

  /** Applies both rules to an article's sentences' words and BIO labels (changed in place). */
  public static void apply(List<String[]> words, List<String[]> labels) {
    majorityTypes(words, labels);
    surnames(words, labels);
  }

  private static void majorityTypes(List<String[]> words, List<String[]> labels) {
    Map<String, Map<String, Integer>> types = new HashMap<>();
    forEachSpan(words, labels, (s, from, to, type) ->
        types.computeIfAbsent(text(words.get(s), from, to), k -> new HashMap<>()).merge(type, 1, Integer::sum));
    forEachSpan(words, labels, (s, from, to, type) -> {
      Map<String, Integer> counts = types.get(text(words.get(s), from, to));
      String best = type;
      int bestCount = counts.get(type);
      boolean tie = false;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
          tie = false;
        } else if (e.getValue() == bestCount && !e.getKey().equals(best)) {
          tie = true;
        }
      }
      if (!tie && !best.equals(type)) {
        String[] l = labels.get(s);
        for (int i = from; i < to; i++) {
          l[i] = (i == from ? "B-" : "I-") + best;
        }
      }
    });
  }

  private static void surnames(List<String[]> words, List<String[]> labels) {
    Set<String> nameParts = new HashSet<>();
    forEachSpan(words, labels, (s, from, to, type) -> {
      if (type.equals("PERSON") && to - from >= 2) {
        for (int i = from; i < to; i++) {
          String w = words.get(s)[i];
          if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
            nameParts.add(w);
          }
        }
      }
    });
    if (nameParts.isEmpty()) {
      return;
    }
    Set<String> lowerCase = new HashSet<>();
    for (String[] sentence : words) {
      for (String w : sentence) {
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
          lowerCase.add(w);
        }
      }
    }
    for (int s = 0; s < words.size(); s++) {
      String[] w = words.get(s);
      String[] l = labels.get(s);
      for (int i = 0; i < w.length; i++) {
        if (l[i].equals("O") && nameParts.contains(w[i])
            && !lowerCase.contains(w[i].toLowerCase(java.util.Locale.ROOT))) {
          boolean continues = i > 0 && l[i - 1].endsWith("-PERSON") && nameParts.contains(w[i - 1]);
          l[i] = continues ? "I-PERSON" : "B-PERSON";
        }
      }
    }
  }

  private interface SpanVisitor {
    void visit(int sentence, int from, int to, String type);
  }

  private static void forEachSpan(List<String[]> words, List<String[]> labels, SpanVisitor visitor) {
    for (int s = 0; s < labels.size(); s++) {
      int sentence = s;
      BioSpans.forEach(labels.get(s), (from, to, type) -> visitor.visit(sentence, from, to, type));
    }
  }

  private static String text(String[] words, int from, int to) {
    return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
  }
}
