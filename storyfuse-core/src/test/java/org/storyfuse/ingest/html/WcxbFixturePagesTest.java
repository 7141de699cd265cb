package org.storyfuse.ingest.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.ingest.IngestOptions;
import org.storyfuse.ingest.IngestProblem;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.model.Article;

/**
 * Real pages from the WCXB dev split, committed under {@code wcxb/} (see its SOURCES.md), read the
 * way {@code storyfuse extract PAGE.html.gz} reads them: through the {@link Ingestor} with the real
 * {@link Extractor}, no page URL. Each page's body is scored as the WCXB benchmark scores it (bag of
 * lowercase {@code \w+} words against {@code main_content}, precision and recall) and its title by
 * exact match after normalisation; the scores are held against {@code wcxb/expected.tsv}, written
 * when the file was last regenerated:
 *
 * <ul>
 *   <li>no page's F1 falls more than {@value #PAGE_F1_SLACK} below its recorded F1;
 *   <li>a title recorded as matching still matches;
 *   <li>the mean per-page F1 does not fall more than {@value #MEAN_F1_SLACK} below the recorded mean.
 * </ul>
 *
 * <p>Improvements pass silently; to record them (or to accept a deliberate trade-off), regenerate
 * expected.tsv on purpose, with the system property {@value #REGENERATE} set to true (SOURCES.md
 * gives the commands), and commit it with the change that moved the scores.
 *
 * <p>Self-contained on purpose: it must not use {@code org.storyfuse.eval}.
 */
class WcxbFixturePagesTest {

  /** Pages committed under wcxb/html (and wcxb/ground-truth): the test cannot pass on fewer. */
  static final int PAGES = 31;

  static final double PAGE_F1_SLACK = 0.02;
  static final double MEAN_F1_SLACK = 0.005;

  /** Set to "true" to rewrite expected.tsv in the source tree before checking against it. */
  static final String REGENERATE = "storyfuse.wcxb.regenerate";

  /** The fixture folder, relative to the module and to the classpath root. */
  private static final String FIXTURES = "org/storyfuse/ingest/html/wcxb";

  private static final String EXPECTED = "expected.tsv";
  private static final String HEADER = "file\ttitle_match\tprecision\trecall\tf1";

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, Score> measured;
  private static Map<String, Score> recorded;

  // --- the checks ---------------------------------------------------------------------------

  @BeforeAll
  static void measureOnce() throws IOException {
    Path dir = fixtures();
    measured = measure(dir);
    Path expected = dir.resolve(EXPECTED);
    if (Boolean.getBoolean(REGENERATE)) {
      // deliberate: rewrites the committed file, and the checks below then hold against it
      expected = write(sourceFixtures().resolve(EXPECTED), measured);
      System.out.println("wrote " + expected);
    }
    recorded = Files.exists(expected) ? readExpected(expected) : Map.of();
  }

  static Stream<String> pages() throws IOException {
    return htmlFiles(fixtures()).stream().map(p -> p.getFileName().toString());
  }

  @Test
  void everyFixturePageIsPresentWithItsGroundTruthAndExpectation() throws IOException {
    Path dir = fixtures();
    List<String> html = htmlFiles(dir).stream().map(p -> id(p.getFileName().toString())).toList();
    List<String> truth;
    try (Stream<Path> s = Files.list(dir.resolve("ground-truth"))) {
      truth = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
    }
    assertThat(html).hasSize(PAGES);
    assertThat(truth).containsExactlyElementsOf(html);
    assertThat(recorded.keySet()).as("pages in " + EXPECTED).containsExactlyInAnyOrderElementsOf(
        html.stream().map(i -> i + ".html.gz").toList());
    assertThat(measured).hasSize(PAGES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageScoresNoWorseThanRecorded(String file) {
    Score was = recorded.get(file);
    Score now = measured.get(file);
    assertThat(was).as(file + " is not in " + EXPECTED).isNotNull();
    assertThat(now.f1())
        .as("%s: F1 %.4f (precision %.4f, recall %.4f) is more than %.2f below the recorded %.4f"
                + " (precision %.4f, recall %.4f)%s",
            file, now.f1(), now.precision(), now.recall(), PAGE_F1_SLACK, was.f1(), was.precision(), was.recall(),
            now.problem() == null ? "" : "; " + now.problem())
        .isGreaterThanOrEqualTo(was.f1() - PAGE_F1_SLACK);
    if (was.titleMatch()) {
      assertThat(now.titleMatch())
          .as("%s: the title used to match the ground truth exactly; now extracted: %s", file, now.title())
          .isTrue();
    }
  }

  @Test
  void meanF1NoWorseThanRecorded() {
    assertThat(recorded).hasSize(PAGES);
    double was = meanF1(recorded);
    double now = meanF1(measured);
    assertThat(now)
        .as("mean F1 over the %d pages %.4f is more than %.3f below the recorded %.4f", PAGES, now, MEAN_F1_SLACK, was)
        .isGreaterThanOrEqualTo(was - MEAN_F1_SLACK);
  }

  // --- regenerating expected.tsv: a deliberate act ------------------------------------------

  /**
   * Rewrites expected.tsv from an IDE or a plain {@code java} command with the test classpath: run
   * with {@code -Dstoryfuse.wcxb.regenerate=true}, from the checkout root or storyfuse-core, or with
   * the checkout root as the one argument. (With Maven: {@code mvn -o -pl storyfuse-core test
   * -Dtest=WcxbFixturePagesTest -Dstoryfuse.wcxb.regenerate=true}, see {@link #measureOnce}.)
   */
  public static void main(String[] args) throws IOException {
    if (!Boolean.getBoolean(REGENERATE)) {
      System.err.println("refusing to rewrite " + EXPECTED + ": run with -D" + REGENERATE + "=true");
      System.exit(2);
    }
    if (args.length > 0) {
      System.setProperty("storyfuse.root", args[0]);
    }
    Path dir = sourceFixtures();
    System.out.println("wrote " + write(dir.resolve(EXPECTED), measure(dir)));
  }

  private static Path write(Path file, Map<String, Score> scores) throws IOException {
    if (scores.size() != PAGES) {
      throw new IllegalStateException("measured " + scores.size() + " pages, expected " + PAGES);
    }
    StringBuilder out = new StringBuilder();
    out.append("# Storyfuse's extraction on the WCXB fixture pages, as measured when this file was regenerated.\n");
    out.append("# Read as `storyfuse extract FILE` reads them; body scored by bag of lowercase \\w+ words against\n");
    out.append("# main_content; title_match: exact match after normalisation. Checked by WcxbFixturePagesTest;\n");
    out.append("# regenerate only on purpose (see SOURCES.md).\n");
    out.append(String.format(Locale.ROOT, "# mean over %d pages: precision %.4f, recall %.4f, F1 %.4f (mean of per-page F1);"
            + " titles matching %d\n",
        scores.size(), scores.values().stream().mapToDouble(Score::precision).average().orElse(0),
        scores.values().stream().mapToDouble(Score::recall).average().orElse(0), meanF1(scores),
        scores.values().stream().filter(Score::titleMatch).count()));
    out.append(HEADER).append('\n');
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      Score s = e.getValue();
      out.append(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%.4f\t%.4f\n",
          e.getKey(), s.titleMatch() ? "yes" : "no", s.precision(), s.recall(), s.f1()));
    }
    Files.writeString(file, out, UTF_8);
    return file;
  }

  // --- measuring ----------------------------------------------------------------------------

  /**
   * One page's scores; {@code title} is the extracted title and {@code problem} why nothing was
   * extracted, if so (both for messages only).
   */
  record Score(boolean titleMatch, double precision, double recall, double f1, String title, String problem) {

    static Score of(boolean titleMatch, double precision, double recall, String title) {
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      return new Score(titleMatch, precision, recall, f1, title, null);
    }

    Score withProblem(String why) {
      return new Score(titleMatch, precision, recall, f1, title, why);
    }
  }

  /** Reads every page of {@code dir}/html through the Ingestor, as the CLI does; keyed by file name. */
  static Map<String, Score> measure(Path dir) throws IOException {
    List<Path> files = htmlFiles(dir);
    List<String> inputs = files.stream().map(Path::toString).toList();
    IngestOptions options = IngestOptions.defaults().withThreads(Math.min(2, Runtime.getRuntime().availableProcessors()));
    IngestResult result = new Ingestor(new Extractor(), options).ingest(inputs);
    Map<String, Article> byFile = new HashMap<>();
    for (Article a : result.articles()) {
      byFile.put(Path.of(a.origin()).getFileName().toString(), a);
    }
    Map<String, String> problems = new HashMap<>();
    for (IngestProblem p : result.problems()) {
      problems.merge(Path.of(p.origin()).getFileName().toString(), p.toString(), (x, y) -> x + "; " + y);
    }
    Map<String, Score> out = new LinkedHashMap<>();
    for (Path html : files) {
      String name = html.getFileName().toString();
      JsonNode truth = JSON.readTree(dir.resolve("ground-truth").resolve(id(name) + ".json").toFile())
          .path("ground_truth");
      Article a = byFile.get(name); // null when nothing was extracted: scored as empty output
      String body = a == null ? "" : String.join("\n", a.paragraphs());
      String title = a == null ? null : a.title();
      Score s = score(body, truth.path("main_content").asText(""), title, truth.path("title").asText(null));
      out.put(name, a == null ? s.withProblem("nothing extracted: " + problems.get(name)) : s);
    }
    return out;
  }

  /**
   * WCXB's rules: each word counts as often as it occurs on both sides; an empty reference scores 1
   * only for an empty output, an empty output scores 0.
   */
  static Score score(String predicted, String reference, String title, String expectedTitle) {
    Map<String, Integer> pred = bag(predicted);
    Map<String, Integer> ref = bag(reference);
    int predTotal = pred.values().stream().mapToInt(Integer::intValue).sum();
    int refTotal = ref.values().stream().mapToInt(Integer::intValue).sum();
    boolean titleMatch = title != null && expectedTitle != null
        && normalizeTitle(title).equals(normalizeTitle(expectedTitle));
    if (refTotal == 0 || predTotal == 0) {
      double s = refTotal == 0 && predTotal == 0 ? 1 : 0;
      return Score.of(titleMatch, s, s, title);
    }
    int overlap = 0;
    for (Map.Entry<String, Integer> e : pred.entrySet()) {
      overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
    }
    return Score.of(titleMatch, (double) overlap / predTotal, (double) overlap / refTotal, title);
  }

  static Map<String, Integer> bag(String text) {
    Map<String, Integer> out = new HashMap<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.merge(m.group(), 1, Integer::sum);
    }
    return out;
  }

  /** NFKC, lowercase, curly quotes and dashes as ASCII, whitespace runs collapsed. */
  static String normalizeTitle(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[\\u2018\\u2019\\u201B\\u2032]", "'")
        .replaceAll("[\\u201C\\u201D\\u201E\\u2033]", "\"")
        .replaceAll("[\\u2010-\\u2015\\u2212]", "-");
    return n.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  static double meanF1(Map<String, Score> scores) {
    return scores.values().stream().mapToDouble(Score::f1).average().orElse(0);
  }

  // --- files ----------------------------------------------------------------------------------

  static Map<String, Score> readExpected(Path file) throws IOException {
    Map<String, Score> out = new LinkedHashMap<>();
    boolean header = false;
    for (String line : Files.readAllLines(file, UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        assertThat(line).as(file + " header").isEqualTo(HEADER);
        header = true;
        continue;
      }
      String[] f = line.split("\t");
      assertThat(f).as(file + " line: " + line).hasSize(5);
      assertThat(f[1]).as(file + " title_match: " + line).isIn("yes", "no");
      out.put(f[0], new Score(f[1].equals("yes"), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          Double.parseDouble(f[4]), null, null));
    }
    return out;
  }

  /** The pages, sorted by name. */
  static List<Path> htmlFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("html"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
    }
  }

  private static String id(String fileName) {
    return fileName.substring(0, fileName.indexOf('.'));
  }

  /** The fixtures as the test classpath holds them. */
  static Path fixtures() throws IOException {
    URL url = WcxbFixturePagesTest.class.getClassLoader().getResource(FIXTURES);
    if (url == null) {
      throw new IOException(FIXTURES + " is not on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException(FIXTURES + " is not a folder on the test classpath: " + url, e);
    }
  }

  /** The fixtures in the source tree, where expected.tsv is committed. */
  static Path sourceFixtures() throws IOException {
    List<Path> roots = new ArrayList<>();
    String root = System.getProperty("storyfuse.root");
    if (root != null && !root.isBlank()) {
      roots.add(Path.of(root));
    }
    roots.add(Path.of("."));
    roots.add(Path.of(".."));
    for (Path r : roots) {
      Path dir = r.resolve("storyfuse-core/src/test/resources").resolve(FIXTURES);
      if (Files.isDirectory(dir.resolve("html"))) {
        return dir.toAbsolutePath().normalize();
      }
    }
    throw new IOException("cannot find storyfuse-core/src/test/resources/" + FIXTURES + " from " + roots);
  }
}
