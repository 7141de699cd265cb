package org.storyfuse.ingest.html;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which blocks of the page the JSON-LD {@code articleBody} also holds: a strong hint of where the
 * article is, even when the stated body is truncated or lacks the page's paragraph breaks.
 */
final class ArticleBodyMatcher {

  /** A stated body shorter than this says too little to steer anything. */
  static final int MIN_BODY_WORDS = 40;

  private ArticleBodyMatcher() {}

  static Set<TextBlock> confirmed(List<TextBlock> blocks, String articleBody) {
    if (articleBody == null) {
      return Set.of();
    }
    Set<String> vocabulary = words(articleBody);
    if (vocabulary.size() < MIN_BODY_WORDS / 2 || TextNormalizer.countWords(articleBody) < MIN_BODY_WORDS) {
      return Set.of();
    }
    Set<TextBlock> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TextBlock b : blocks) {
      if (b.words() < 6 || b.linkDensity() > 0.5) {
        continue;
      }
      Set<String> w = words(b.text());
      int known = 0;
      for (String x : w) {
        if (vocabulary.contains(x)) {
          known++;
        }
      }
      if (known >= 0.9 * w.size()) {
        out.add(b);
      }
    }
    return out;
  }

  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean w = i < lower.length() && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '_');
      if (w && start < 0) {
        start = i;
      } else if (!w && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
    }
    return out;
  }
}
