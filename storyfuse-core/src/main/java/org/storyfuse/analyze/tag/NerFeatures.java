package org.storyfuse.analyze.tag;

import static org.storyfuse.analyze.tag.FeatureHash.mix;
import static org.storyfuse.analyze.tag.FeatureHash.prefix;
import static org.storyfuse.analyze.tag.FeatureHash.suffix;
import static org.storyfuse.analyze.tag.FeatureHash.template;

/**
 * Named-entity features over BIO labels: the word as written and lower-cased, its shape, affixes
 * and POS tag, the same for its neighbours, and the labels chosen for the two tokens before it —
 * the usual window features of CoNLL-style taggers — and, for the word and its neighbours, the
 * model's lexicon (the label a word mostly had in training) and the {@link Gazetteer}'s lists of
 * places, people's names, nationalities and titles. The lexicon feature is shared by every
 * word, so its weight is learnt from all of them; without it a frequent name's own weight is learnt
 * only from its mistakes, and "Russia said" came out as a person (the CRF it replaces has
 * distributional word clusters for the same purpose).
 */
public final class NerFeatures implements FeatureTemplates {

  private static final String START = "-START-";
  private static final String END = "-END-";
  private static final String NONE = "-NONE-";

  @Override
  public String name() {
    return "ner-3";
  }

  @Override
  public boolean readsGazetteer() {
    return true;
  }

  @Override
  public int features(Tokens tokens, int[] tags, int i, long[] out) {
    String[] words = tokens.words();
    String[] norms = tokens.norms();
    String raw = words[i];
    String w = norms[i];
    String shape = Words.shape(raw);
    int p1 = i > 0 ? tags[i - 1] : -1;
    int p2 = i > 1 ? tags[i - 2] : -1;
    String rawM1 = i > 0 ? words[i - 1] : START;
    String rawP1 = i + 1 < words.length ? words[i + 1] : END;
    String wm1 = i > 0 ? norms[i - 1] : START;
    String wm2 = i > 1 ? norms[i - 2] : START;
    String wp1 = i + 1 < norms.length ? norms[i + 1] : END;
    String wp2 = i + 2 < norms.length ? norms[i + 2] : END;
    String shapeM1 = i > 0 ? Words.shape(words[i - 1]) : START;
    String shapeP1 = i + 1 < words.length ? Words.shape(words[i + 1]) : END;
    String[] tagsOfPos = tokens.pos();
    String pos = tagsOfPos == null ? "" : tagsOfPos[i];
    String posM1 = tagsOfPos == null || i == 0 ? START : tagsOfPos[i - 1];
    String posP1 = tagsOfPos == null || i + 1 >= words.length ? END : tagsOfPos[i + 1];
    String[] lexicon = tokens.lexicon();
    String lex = lexicon == null ? NONE : orNone(lexicon[i]);
    String lexM1 = lexicon == null || i == 0 ? START : orNone(lexicon[i - 1]);
    String lexP1 = lexicon == null || i + 1 >= words.length ? END : orNone(lexicon[i + 1]);
    String[] gazetteer = tokens.gazetteer();
    String gaz = gazetteer == null ? NONE : orNone(gazetteer[i]);
    String gazM1 = gazetteer == null || i == 0 ? START : orNone(gazetteer[i - 1]);
    String gazP1 = gazetteer == null || i + 1 >= words.length ? END : orNone(gazetteer[i + 1]);
    int n = 0;
    out[n++] = template(0);
    out[n++] = mix(template(1), raw);
    out[n++] = mix(template(2), w);
    out[n++] = mix(template(3), shape);
    out[n++] = suffix(template(4), w, 3);
    out[n++] = suffix(template(5), w, 4);
    out[n++] = prefix(template(6), w, 3);
    out[n++] = mix(template(7), pos);
    out[n++] = mix(mix(template(8), posM1), pos);
    out[n++] = mix(mix(template(9), pos), posP1);
    out[n++] = mix(template(10), wm1);
    out[n++] = mix(template(11), wp1);
    out[n++] = mix(template(12), wm2);
    out[n++] = mix(template(13), wp2);
    out[n++] = mix(template(14), rawM1);
    out[n++] = mix(template(15), rawP1);
    out[n++] = mix(mix(template(16), shapeM1), shape);
    out[n++] = mix(mix(template(17), shape), shapeP1);
    out[n++] = mix(template(18), p1);
    out[n++] = mix(mix(template(19), p1), p2);
    out[n++] = mix(mix(template(20), p1), w);
    out[n++] = mix(mix(template(21), p1), shape);
    out[n++] = mix(mix(template(22), shape), i == 0 ? 1 : 0);
    out[n++] = mix(mix(template(23), wm1), w);
    out[n++] = mix(mix(template(24), w), wp1);
    out[n++] = mix(mix(template(25), p1), wp1);
    out[n++] = mix(template(26), lex);
    out[n++] = mix(mix(template(27), lex), p1);
    out[n++] = mix(mix(template(28), lexM1), lex);
    out[n++] = mix(mix(template(29), lex), lexP1);
    out[n++] = mix(mix(template(30), lex), wp1);
    out[n++] = mix(template(31), gaz);
    out[n++] = mix(mix(template(32), gaz), p1);
    out[n++] = mix(mix(template(33), gazM1), gaz);
    out[n++] = mix(mix(template(34), gaz), gazP1);
    out[n++] = mix(mix(template(35), gaz), shape);
    out[n++] = mix(mix(mix(template(36), gaz), lex), shape);
    return n;
  }

  private static String orNone(String entry) {
    return entry == null ? NONE : entry;
  }
}
