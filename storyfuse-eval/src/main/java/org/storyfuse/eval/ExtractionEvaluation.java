package org.storyfuse.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.storyfuse.ingest.Extraction;
import org.storyfuse.ingest.html.HtmlArticleExtractor;
import org.storyfuse.ingest.text.TextArticleExtractor;

/**
 * Scores {@link HtmlArticleExtractor} on a WCXB-shaped directory ({@code html/NNNN.html(.gz)} and
 * {@code ground-truth/NNNN.json}), the way the public benchmarks do: lowercase {@code \w+} words of
 * the extracted paragraphs (joined by newlines) against those of {@code main_content}, bag-of-words
 * precision and recall per page, each averaged over pages, F1 from the two averages. Snippets: the
 * share of {@code with} snippets found in the output and of {@code without} snippets wrongly kept,
 * matched as lowercase substrings with whitespace runs collapsed and typographic quotes read as
 * ASCII quotes (the annotations write "it's" where pages print "it’s"), averaged over the pages
 * that have snippets. Metadata as {@link MetadataMatch} says. Pages are taken in file-name order;
 * the page URL given to the extractor is the ground truth's {@code url}.
 */
public final class ExtractionEvaluation {

  private final BiFunction<String, String, Extraction> extractor;

  public ExtractionEvaluation() {
    this(new HtmlArticleExtractor());
  }

  public ExtractionEvaluation(HtmlArticleExtractor extractor) {
    this.extractor = extractor::extract;
  }

  private ExtractionEvaluation(BiFunction<String, String, Extraction> extractor) {
    this.extractor = extractor;
  }

  /**
   * Scores the plain-text extractor instead: each page rendered as a text dump ({@link PageTextDump},
   * what a browser's copy of the page gives) and read by {@link TextArticleExtractor}, as
   * {@code storyfuse brief} reads a {@code .txt} file.
   */
  public static ExtractionEvaluation ofTextDumps() {
    TextArticleExtractor text = new TextArticleExtractor();
    return new ExtractionEvaluation((html, url) -> text.extract(PageTextDump.render(html)));
  }

  /** Evaluates the first {@code limit} pages of {@code dir} (all of them when {@code limit <= 0}). */
  public static ExtractionReport run(Path dir, int limit) throws IOException {
    return new ExtractionEvaluation().evaluate(dir, limit);
  }

  public ExtractionReport evaluate(Path dir, int limit) throws IOException {
    return evaluate(dir, limit, SitePart.ALL);
  }

  /** Evaluates the pages of {@code dir} in {@code part} (see {@link SitePart}), at most {@code limit}. */
  public static ExtractionReport run(Path dir, int limit, SitePart part) throws IOException {
    return new ExtractionEvaluation().evaluate(dir, limit, part);
  }

  public ExtractionReport evaluate(Path dir, int limit, SitePart part) throws IOException {
    Path truthDir = dir.resolve("ground-truth");
    Path htmlDir = dir.resolve("html");
    if (!Files.isDirectory(truthDir) || !Files.isDirectory(htmlDir)) {
      throw new IOException(dir + " has no ground-truth/ and html/ directories");
    }
    List<Path> truths = GroundTruthPage.files(truthDir);
    if (limit > 0 && truths.size() > limit) {
      truths = truths.subList(0, limit);
    }
    long start = System.nanoTime();
    List<ExtractionReport.PageScore> scores = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path truth : truths) {
      String name = truth.getFileName().toString();
      try {
        GroundTruthPage page = GroundTruthPage.read(truth, htmlDir);
        if (!part.contains(page.url())) {
          continue;
        }
        if (!Files.exists(page.html())) {
          problems.add(page.id() + ": no html file");
          continue;
        }
        scores.add(score(page));
      } catch (IOException | RuntimeException e) {
        problems.add(name + ": " + e.getMessage());
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new ExtractionReport(dir.toString(), scores, problems, millis);
  }

  /** Extracts one page and scores it. */
  public ExtractionReport.PageScore score(GroundTruthPage page) throws IOException {
    String html = page.readHtml();
    long t0 = System.nanoTime();
    Extraction x = extractor.apply(html, page.url());
    long millis = (System.nanoTime() - t0) / 1_000_000;
    String text = String.join("\n", x.paragraphs());
    WordOverlap.Score s = WordOverlap.score(text, page.mainContent());
    String haystack = squash(text);
    return new ExtractionReport.PageScore(
        page.id(), page.url(), s.precision(), s.recall(),
        snippetRate(haystack, page.with()), snippetRate(haystack, page.without()),
        page.title() == null ? null : MetadataMatch.titleMatches(x.title(), page.title()),
        page.publishDate() == null ? null : MetadataMatch.dateMatches(x.published(), page.publishDate()),
        page.author() == null ? null : MetadataMatch.authorMatches(x.byline(), page.author()),
        x.title(), page.title(), x.byline(), page.author(),
        x.published() == null ? null : x.published().date().toString(), page.publishDate(),
        WordOverlap.bag(text).values().stream().mapToInt(Integer::intValue).sum(), millis);
  }

  /** Share of snippets found in the (squashed) text; NaN without snippets. */
  static double snippetRate(String squashedText, List<String> snippets) {
    if (snippets.isEmpty()) {
      return Double.NaN;
    }
    int found = 0;
    for (String s : snippets) {
      if (squashedText.contains(squash(s))) {
        found++;
      }
    }
    return (double) found / snippets.size();
  }

  /** Lowercase, whitespace runs collapsed, typographic quotes as ASCII quotes. */
  static String squash(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("[\u2018\u2019\u201B\u2032]", "'")
        .replaceAll("[\u201C\u201D\u201E\u2033]", "\"")
        .replaceAll("\\s+", " ").strip();
  }
}
