package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.text.Sentence;

/**
 * Turns fuzzer text into the analysed form the rules read, without CoreNLP: paragraphs on line
 * breaks, sentences after a sentence end, tokens by a plain pattern, part-of-speech and NER tags by
 * the token's shape. Crude, but it gives the rules every token shape the fuzzer can make. Test code.
 */
final class FuzzTokens {

  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’.-]*|\\p{N}[\\p{N}.,:/-]*|\\S");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+");

  private FuzzTokens() {}

  /** Sentences of {@code text}: paragraphs on line breaks, at most {@code max} sentences. */
  static List<Sentence> sentences(String text, int max) {
    List<Sentence> out = new ArrayList<>();
    String[] paragraphs = text.split("\n", -1);
    for (int p = 0; p < paragraphs.length && out.size() < max; p++) {
      for (String s : SENTENCE_END.split(paragraphs[p])) {
        if (!s.isBlank() && out.size() < max) {
          out.add(new Sentence("fuzz", out.size(), p, s.strip()));
        }
      }
    }
    return out;
  }

  /** Tokens of the sentences, offsets in {@link Doc#textOf} coordinates. */
  static List<Tok> tokens(List<Sentence> sentences) {
    List<Tok> out = new ArrayList<>();
    int offset = 0;
    for (Sentence s : sentences) {
      out.addAll(tokens(s.text(), offset, s.index(), out.size()));
      offset += s.text().length() + 1;
    }
    return out;
  }

  /** Tokens of one sentence starting at {@code offset}, indexes from {@code firstIndex}. */
  static List<Tok> tokens(String sentence, int offset, int sentenceIndex, int firstIndex) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      String t = m.group();
      out.add(new Tok(firstIndex + out.size(), t, pos(t, out.isEmpty()), ner(t, out.isEmpty()),
          offset + m.start(), offset + m.end(), sentenceIndex));
    }
    return out;
  }

  private static String pos(String t, boolean first) {
    char c = t.charAt(0);
    if (Character.isDigit(c)) {
      return "CD";
    }
    if (!Character.isLetter(c)) {
      return t;
    }
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    return switch (lower) {
      case "he", "she", "they", "it", "we", "i" -> "PRP";
      case "said", "told", "added", "announced" -> "VBD";
      case "says", "tells" -> "VBZ";
      case "the", "a", "an" -> "DT";
      case "in", "on", "at", "of", "by", "to", "from", "according" -> "IN";
      default -> Character.isUpperCase(c) && !first ? "NNP" : "NN";
    };
  }

  private static String ner(String t, boolean first) {
    char c = t.charAt(0);
    if (Character.isDigit(c)) {
      return "NUMBER";
    }
    if (!Character.isUpperCase(c) || first) {
      return "O";
    }
    return switch (Math.floorMod(t.hashCode(), 3)) {
      case 0 -> "PERSON";
      case 1 -> "ORGANIZATION";
      default -> "LOCATION";
    };
  }
}
