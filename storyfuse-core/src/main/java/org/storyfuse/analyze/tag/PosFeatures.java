package org.storyfuse.analyze.tag;

import static org.storyfuse.analyze.tag.FeatureHash.mix;
import static org.storyfuse.analyze.tag.FeatureHash.prefix;
import static org.storyfuse.analyze.tag.FeatureHash.suffix;
import static org.storyfuse.analyze.tag.FeatureHash.template;

/**
 * Part-of-speech features: Honnibal's averaged-perceptron templates (the word, its suffix and first
 * letter, the two words and tags to the left, the two words to the right) plus the word's shape,
 * which carries the capitals that distinguish proper nouns once words are lower-cased.
 */
public final class PosFeatures implements FeatureTemplates {

  private static final String START = "-START-";
  private static final String END = "-END-";

  @Override
  public String name() {
    return "pos-1";
  }

  @Override
  public int features(Tokens tokens, int[] tags, int i, long[] out) {
    String[] words = tokens.words();
    String[] norms = tokens.norms();
    String w = norms[i];
    String raw = words[i];
    int p1 = i > 0 ? tags[i - 1] : -1;
    int p2 = i > 1 ? tags[i - 2] : -1;
    String wm1 = i > 0 ? norms[i - 1] : START;
    String wm2 = i > 1 ? norms[i - 2] : START;
    String wp1 = i + 1 < norms.length ? norms[i + 1] : END;
    String wp2 = i + 2 < norms.length ? norms[i + 2] : END;
    int n = 0;
    out[n++] = template(0); // bias
    out[n++] = suffix(template(1), w, 3);
    out[n++] = prefix(template(2), raw, 1);
    out[n++] = mix(template(3), p1);
    out[n++] = mix(template(4), p2);
    out[n++] = mix(mix(template(5), p1), p2);
    out[n++] = mix(template(6), w);
    out[n++] = mix(mix(template(7), p1), w);
    out[n++] = mix(template(8), wm1);
    out[n++] = suffix(template(9), wm1, 3);
    out[n++] = mix(template(10), wm2);
    out[n++] = mix(template(11), wp1);
    out[n++] = suffix(template(12), wp1, 3);
    out[n++] = mix(template(13), wp2);
    out[n++] = mix(mix(template(14), Words.shape(raw)), i == 0 ? 1 : 0);
    out[n++] = suffix(template(15), w, 2);
    return n;
  }
}
