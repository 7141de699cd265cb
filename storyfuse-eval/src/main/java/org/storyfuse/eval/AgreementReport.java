package org.storyfuse.eval;

import java.util.List;

/**
 * How far a candidate analysis profile agrees with a reference profile on the same articles.
 *
 * @param reference        the reference profile's name
 * @param candidate        the candidate profile's name
 * @param compared         articles both profiles analysed
 * @param skipped          articles left out because a profile did not analyse them (language, no text)
 * @param tokens           tokens of the compared articles, as the reference counted them
 * @param referenceCpuMs   the reference's thread CPU time per compared article, warm; NaN when the
 *                         JVM cannot measure thread CPU time
 * @param candidateCpuMs   the same for the candidate
 * @param measures         one result per {@link ProfileAgreement.Measure}, in its order
 */
public record AgreementReport(
    String reference,
    String candidate,
    int compared,
    int skipped,
    long tokens,
    double referenceCpuMs,
    double candidateCpuMs,
    List<MeasureResult> measures) {

  public AgreementReport {
    measures = List.copyOf(measures);
  }

  /** A key one profile produced for an article and the other did not. */
  public record Difference(String article, String key) {

    @Override
    public String toString() {
      return article + " " + key;
    }
  }

  /**
   * One measure summed over the articles: keys are counted per article, so the same key in two
   * articles counts twice.
   *
   * @param reference      keys the reference produced
   * @param candidate      keys the candidate produced
   * @param both           keys both produced
   * @param referenceOnly  the reference's keys the candidate missed, in article order then key order
   * @param candidateOnly  the candidate's keys the reference does not have
   */
  public record MeasureResult(
      ProfileAgreement.Measure measure,
      int reference,
      int candidate,
      int both,
      List<Difference> referenceOnly,
      List<Difference> candidateOnly) {

    public MeasureResult {
      referenceOnly = List.copyOf(referenceOnly);
      candidateOnly = List.copyOf(candidateOnly);
    }

    /** Share of the reference's keys the candidate kept; NaN when the reference has none. */
    public double recall() {
      return reference == 0 ? Double.NaN : (double) both / reference;
    }

    /** Share of the candidate's keys the reference has too; NaN when the candidate has none. */
    public double precision() {
      return candidate == 0 ? Double.NaN : (double) both / candidate;
    }
  }
}
