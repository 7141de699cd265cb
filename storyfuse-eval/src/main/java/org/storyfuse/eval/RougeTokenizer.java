package org.storyfuse.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * ROUGE's preprocessing, as ROUGE-1.5.5 with {@code -m} (and Google's rouge-score, which replicates
 * it): lowercase, tokens are runs of [a-z0-9] (everything else separates), tokens longer than three
 * characters are Porter-stemmed. No stopword removal (ROUGE's {@code -s} is off by default).
 * Thread-safe: OpenNLP's stemmer keeps state, so each call makes its own.
 */
public final class RougeTokenizer {

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

  private RougeTokenizer() {}

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    PorterStemmer stemmer = new PorterStemmer();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String t = m.group();
      // ROUGE leaves short tokens alone: Porter would turn "was" into "wa" and "bus" into "bu"
      out.add(t.length() > 3 ? stemmer.stem(t) : t);
    }
    return out;
  }
}
