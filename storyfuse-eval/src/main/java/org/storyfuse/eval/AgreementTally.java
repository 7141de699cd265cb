package org.storyfuse.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyfuse.analyze.AnalyzedArticle;

/** Sums the key comparison of {@link ProfileAgreement} over articles, measure by measure. */
final class AgreementTally {

  private final ProfileAgreement.Measure[] measures = ProfileAgreement.Measure.values();
  private final int[] reference = new int[measures.length];
  private final int[] candidate = new int[measures.length];
  private final int[] both = new int[measures.length];
  private final List<List<AgreementReport.Difference>> referenceOnly = new ArrayList<>();
  private final List<List<AgreementReport.Difference>> candidateOnly = new ArrayList<>();
  private int compared;
  private int skipped;
  private long tokens;

  AgreementTally() {
    for (int i = 0; i < measures.length; i++) {
      referenceOnly.add(new ArrayList<>());
      candidateOnly.add(new ArrayList<>());
    }
  }

  /**
   * Compares two readings of one article; false (and counted as skipped) when either profile did
   * not analyse it, since an empty reading would count as disagreement about nothing.
   */
  boolean add(AnalyzedArticle ref, AnalyzedArticle cand) {
    if (!ref.analysed() || !cand.analysed()) {
      skipped++;
      return false;
    }
    compared++;
    tokens += ref.tokens();
    String id = ref.article().id();
    for (int i = 0; i < measures.length; i++) {
      Set<String> r = measures[i].keys(ref);
      Set<String> c = measures[i].keys(cand);
      reference[i] += r.size();
      candidate[i] += c.size();
      for (String k : r) {
        if (c.contains(k)) {
          both[i]++;
        } else {
          referenceOnly.get(i).add(new AgreementReport.Difference(id, k));
        }
      }
      for (String k : c) {
        if (!r.contains(k)) {
          candidateOnly.get(i).add(new AgreementReport.Difference(id, k));
        }
      }
    }
    return true;
  }

  int compared() {
    return compared;
  }

  int skipped() {
    return skipped;
  }

  long tokens() {
    return tokens;
  }

  List<AgreementReport.MeasureResult> results() {
    List<AgreementReport.MeasureResult> out = new ArrayList<>();
    for (int i = 0; i < measures.length; i++) {
      out.add(new AgreementReport.MeasureResult(measures[i], reference[i], candidate[i], both[i],
          referenceOnly.get(i), candidateOnly.get(i)));
    }
    return out;
  }
}
