package org.storyfuse.eval.tagger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyfuse.analyze.SilverTags.TaggedSentence;
import org.storyfuse.analyze.tag.BioSpans;

/**
 * How far LEAN's tags agree with CoreNLP's on the same sentences: POS accuracy per token, and
 * entity spans (type and exact token extent, per sentence) as precision, recall and F1 against
 * CoreNLP's. Both sides come from the same tokenizer, so tokens line up one to one.
 */
public final class TaggerAgreement {

  private long tokens;
  private long posAgree;
  private long referenceSpans;
  private long candidateSpans;
  private long bothSpans;
  private final int keepDifferences;
  private final java.util.List<String> differences = new java.util.ArrayList<>();

  /** An agreement that keeps no examples of differences. */
  public TaggerAgreement() {
    this(0);
  }

  /** @param keepDifferences how many differing spans to keep as examples ({@link #differences}) */
  public TaggerAgreement(int keepDifferences) {
    this.keepDifferences = keepDifferences;
  }

  /** Examples of spans only one side found: "- " CoreNLP's, "+ " LEAN's, with the sentence. */
  public java.util.List<String> differences() {
    return differences;
  }

  /** Adds one article's sentences, the reference's and the candidate's, in the same order. */
  public void add(List<TaggedSentence> reference, List<TaggedSentence> candidate) {
    if (reference.size() != candidate.size()) {
      throw new IllegalArgumentException("sentence counts differ: " + reference.size() + " vs " + candidate.size());
    }
    for (int s = 0; s < reference.size(); s++) {
      TaggedSentence r = reference.get(s);
      TaggedSentence c = candidate.get(s);
      if (r.words().length != c.words().length) {
        throw new IllegalArgumentException("token counts differ in sentence " + s);
      }
      for (int i = 0; i < r.words().length; i++) {
        tokens++;
        posAgree += r.pos()[i].equals(c.pos()[i]) ? 1 : 0;
      }
      Set<String> rs = spans(r.bio());
      Set<String> cs = spans(c.bio());
      referenceSpans += rs.size();
      candidateSpans += cs.size();
      for (String span : cs) {
        bothSpans += rs.contains(span) ? 1 : 0;
      }
      if (differences.size() < keepDifferences && !rs.equals(cs)) {
        for (String span : rs) {
          if (!cs.contains(span)) {
            differences.add("- " + show(r.words(), span));
          }
        }
        for (String span : cs) {
          if (!rs.contains(span)) {
            differences.add("+ " + show(r.words(), span));
          }
        }
      }
    }
  }

  private static String show(String[] words, String span) {
    String[] parts = span.split(":");
    int from = Integer.parseInt(parts[0]);
    int to = Integer.parseInt(parts[1]);
    StringBuilder sb = new StringBuilder(parts[2]).append(": ");
    for (int i = Math.max(0, from - 6); i < Math.min(words.length, to + 6); i++) {
      sb.append(i == from ? "[" : "").append(words[i]).append(i == to - 1 ? "]" : "").append(' ');
    }
    return sb.toString().strip();
  }

  /** "start:end:TYPE" of each BIO span. */
  static Set<String> spans(String[] bio) {
    Set<String> out = new HashSet<>();
    BioSpans.forEach(bio, (from, to, type) -> out.add(from + ":" + to + ":" + type));
    return out;
  }

  public long tokens() {
    return tokens;
  }

  public double posAccuracy() {
    return tokens == 0 ? Double.NaN : posAgree / (double) tokens;
  }

  public long referenceSpans() {
    return referenceSpans;
  }

  public long candidateSpans() {
    return candidateSpans;
  }

  public double spanPrecision() {
    return candidateSpans == 0 ? Double.NaN : bothSpans / (double) candidateSpans;
  }

  public double spanRecall() {
    return referenceSpans == 0 ? Double.NaN : bothSpans / (double) referenceSpans;
  }

  public double spanF1() {
    double p = spanPrecision();
    double r = spanRecall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
