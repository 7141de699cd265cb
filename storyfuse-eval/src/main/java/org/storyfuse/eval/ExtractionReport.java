package org.storyfuse.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The scores of one extraction evaluation run, overall and per page.
 *
 * @param dataset the directory evaluated
 * @param pages   per-page scores, in file order
 * @param problems pages that could not be read or scored, with the reason ("0042: ...")
 * @param millis  wall time of extraction and scoring
 */
public record ExtractionReport(String dataset, List<PageScore> pages, List<String> problems, long millis) {

  /**
   * One page's scores. Snippet rates are NaN when the page has no snippets of that kind;
   * metadata verdicts are null when the ground truth states no such field.
   */
  public record PageScore(
      String id,
      String url,
      double precision,
      double recall,
      double withRate,
      double withoutRate,
      Boolean titleMatch,
      Boolean dateMatch,
      Boolean authorMatch,
      String title,
      String expectedTitle,
      String author,
      String expectedAuthor,
      String date,
      String expectedDate,
      int words,
      long millis) {

    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  public ExtractionReport {
    pages = List.copyOf(pages);
    problems = List.copyOf(problems);
  }

  public int pageCount() {
    return pages.size();
  }

  /** Precision per page, averaged over pages. */
  public double precision() {
    return pages.stream().mapToDouble(PageScore::precision).average().orElse(0);
  }

  /** Recall per page, averaged over pages. */
  public double recall() {
    return pages.stream().mapToDouble(PageScore::recall).average().orElse(0);
  }

  /** F1 of the averaged precision and recall: the headline number. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Per-page F1, averaged over pages (what some benchmark scripts print as F1). */
  public double meanPageF1() {
    return pages.stream().mapToDouble(PageScore::f1).average().orElse(0);
  }

  /** Share of {@code with} snippets found, averaged over pages that have some. */
  public double withRate() {
    return pages.stream().mapToDouble(PageScore::withRate).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
  }

  /** Share of {@code without} snippets wrongly kept, averaged over pages that have some (lower is better). */
  public double withoutRate() {
    return pages.stream().mapToDouble(PageScore::withoutRate).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
  }

  public double titleRate() {
    return rate(pages.stream().map(PageScore::titleMatch).toList());
  }

  public double dateRate() {
    return rate(pages.stream().map(PageScore::dateMatch).toList());
  }

  public double authorRate() {
    return rate(pages.stream().map(PageScore::authorMatch).toList());
  }

  private static double rate(List<Boolean> verdicts) {
    long n = verdicts.stream().filter(v -> v != null).count();
    long hits = verdicts.stream().filter(Boolean.TRUE::equals).count();
    return n == 0 ? Double.NaN : (double) hits / n;
  }

  private static long counted(List<Boolean> verdicts) {
    return verdicts.stream().filter(v -> v != null).count();
  }

  /** The {@code n} pages with the lowest F1, worst first. */
  public List<PageScore> worst(int n) {
    List<PageScore> sorted = new ArrayList<>(pages);
    sorted.sort(Comparator.comparingDouble(PageScore::f1).thenComparing(PageScore::id));
    return sorted.subList(0, Math.min(n, sorted.size()));
  }

  /** The overall scores as a plain-text table. */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("Extraction evaluation (dev scores): ").append(dataset).append('\n');
    row(sb, "pages scored", Integer.toString(pageCount()), "");
    row(sb, "F1 (from mean P and R)", f3(f1()), "");
    row(sb, "precision (mean)", f3(precision()), "");
    row(sb, "recall (mean)", f3(recall()), "");
    row(sb, "F1 (mean per page)", f3(meanPageF1()), "");
    row(sb, "with snippets found", pct(withRate()), "higher is better");
    row(sb, "without snippets kept", pct(withoutRate()), "lower is better");
    row(sb, "title exact match", pct(titleRate()),
        counted(pages.stream().map(PageScore::titleMatch).toList()) + " pages with a title");
    row(sb, "publish date same day", pct(dateRate()),
        counted(pages.stream().map(PageScore::dateMatch).toList()) + " pages with a date");
    row(sb, "author match", pct(authorRate()),
        counted(pages.stream().map(PageScore::authorMatch).toList()) + " pages with an author");
    row(sb, "pages not scored", Integer.toString(problems.size()), "");
    row(sb, "time", String.format(Locale.ROOT, "%.1f s", millis / 1000.0),
        pageCount() == 0 ? "" : String.format(Locale.ROOT, "%.1f ms/page", (double) millis / pageCount()));
    return sb.toString();
  }

  /** The {@code n} worst pages, one line each. */
  public String worstTable(int n) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %6s  %s%n", "page", "F1", "P", "R", "words", "url"));
    for (PageScore p : worst(n)) {
      sb.append(String.format(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f %6d  %s%n",
          p.id(), p.f1(), p.precision(), p.recall(), p.words(), p.url()));
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, String value, String note) {
    sb.append(String.format(Locale.ROOT, "  %-26s %8s  %s", name, value, note).stripTrailing()).append('\n');
  }

  private static String f3(double d) {
    return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static String pct(double d) {
    return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * d);
  }
}
