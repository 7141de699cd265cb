package org.storyfuse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extraction;
import org.storyfuse.ingest.dates.DateTextParser;

/**
 * The hard-wrapped corpus: eight made-up articles ({@code hardwrap/articles.txt}, written for this
 * test) laid out as text dumps the way newswire archives, mail and corpora lay them out — wrapped
 * at 60 to 80 columns, with an even or a ragged right margin, paragraphs separated by blank lines,
 * by nothing or by an indent, the dateline at the start of the first paragraph or on a line of its
 * own, with and without byline and date lines — 288 documents in all. Every word of every
 * paragraph must come out in the body (the dateline's words aside), and the headline must come out
 * as the title.
 *
 * <p>A second set, the traps ({@code hardwrap/traps.txt}, fourteen articles, 504 documents), was
 * written to be read before any change for it: shorter paragraphs whose wrapped lines start with
 * what looks like a line of its own ("by Tuesday evening.", "-- who guide every ship", "Monday,
 * January 15, 2029."), and articles in German, French and Spanish with their bylines.
 *
 * <p>The test cannot pass vacuously: it checks that each set holds all its documents, that every
 * document is really wrapped (no line over 80 columns, more lines than paragraphs: two and a half a
 * paragraph on average for the first set, one and a quarter for the traps' short paragraphs) and
 * that the words expected add up to the set's size.
 */
class HardWrappedCorpusTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC);
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  static final int[] WIDTHS = {60, 64, 68, 72, 76, 80};

  record Article(String id, String title, String byline, String dateline, String date, List<String> paragraphs) {}

  enum Separation { BLANK, NONE, INDENT }

  record Doc(String name, String text, Article article) {}

  static List<Article> articles;
  static List<Article> traps;

  @BeforeAll
  static void load() throws IOException {
    articles = parse(resource("hardwrap/articles.txt"));
    traps = parse(resource("hardwrap/traps.txt"));
  }

  @Test
  void everyProseWordIsKeptAndTheHeadlineIsTheTitle() {
    assertThat(articles).hasSize(8);
    // the corpus is what it claims: 8 articles of ~250 words each, 36 times over
    assertEveryProseWordKept(articles, 2.5, 60_000);
  }

  @Test
  void linesThatLookLikeBylinesListItemsOrDatesStayInTheirSentences() {
    assertThat(traps).hasSize(14);
    assertEveryProseWordKept(traps, 1.25, 70_000);
  }

  private static void assertEveryProseWordKept(List<Article> set, double linesPerParagraph, long minWords) {
    List<Doc> docs = corpus(set);
    assertThat(docs).hasSize(set.size() * WIDTHS.length * 2 * Separation.values().length);

    TextArticleExtractor extractor = new TextArticleExtractor(new DateTextParser(CLOCK));
    long expectedWords = 0;
    long extraWords = 0;
    List<String> failures = new ArrayList<>();
    for (Doc doc : docs) {
      assertWrapped(doc, linesPerParagraph);
      Extraction x = extractor.extract(doc.text());
      Map<String, Integer> expected = new HashMap<>();
      doc.article().paragraphs().forEach(p -> count(p, expected, 1));
      Map<String, Integer> got = new HashMap<>();
      x.paragraphs().forEach(p -> count(p, got, 1));
      Map<String, Integer> missing = new HashMap<>();
      for (var e : expected.entrySet()) {
        expectedWords += e.getValue();
        int lost = e.getValue() - got.getOrDefault(e.getKey(), 0);
        if (lost > 0) {
          missing.put(e.getKey(), lost);
        }
      }
      for (var e : got.entrySet()) {
        extraWords += Math.max(0, e.getValue() - expected.getOrDefault(e.getKey(), 0));
      }
      if (!missing.isEmpty() || !doc.article().title().equals(x.title())) {
        failures.add(doc.name() + ": title " + x.title() + "; missing " + missing + "\n" + doc.text()
            + "\n--- got:\n" + String.join("\n", x.paragraphs()));
      }
    }
    assertThat(failures).as("documents losing prose words or their title (%d)", failures.size()).isEmpty();
    assertThat(expectedWords).isGreaterThan(minWords);
    // and the body is not padded with header text
    assertThat((double) extraWords / expectedWords).isLessThan(0.01);
  }

  /** Documents are wrapped: no line over 80 columns, and more than so many lines a paragraph on average. */
  private static void assertWrapped(Doc doc, double linesPerParagraph) {
    String[] lines = doc.text().split("\n");
    for (String line : lines) {
      assertThat(line.length()).as(doc.name()).isLessThanOrEqualTo(80);
    }
    long text = java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).count();
    assertThat((double) text).as(doc.name()).isGreaterThan(linesPerParagraph * doc.article().paragraphs().size());
  }

  static List<Doc> corpus(List<Article> set) {
    List<Doc> docs = new ArrayList<>();
    int n = 0;
    for (Article a : set) {
      for (int width : WIDTHS) {
        for (boolean ragged : new boolean[] {false, true}) {
          for (Separation sep : Separation.values()) {
            n++;
            boolean datelineOwnLine = n % 2 == 0;
            boolean fullHeader = n % 3 != 0;
            Random random = new Random(n);
            docs.add(new Doc(a.id() + "/w" + width + (ragged ? "-ragged" : "") + "/" + sep
                    + (datelineOwnLine ? "/dateline-line" : "") + (fullHeader ? "" : "/title-only"),
                render(a, width, ragged ? random : null, sep, datelineOwnLine, fullHeader), a));
          }
        }
      }
    }
    return docs;
  }

  /**
   * The article as a text dump. The header (headline, byline, date line) is followed by a blank
   * line when paragraphs are separated by blank lines, or when only the headline stands above an
   * unindented paragraph without a dateline: a headline run straight into a paragraph's first line
   * cannot be told from a wrapped line unless something marks it.
   */
  static String render(Article a, int width, Random ragged, Separation sep, boolean datelineOwnLine,
      boolean fullHeader) {
    StringBuilder out = new StringBuilder();
    out.append(a.title()).append('\n');
    if (fullHeader) {
      if (a.byline() != null) {
        out.append(a.byline()).append('\n');
      }
      if (a.date() != null) {
        out.append(a.date()).append('\n');
      }
    }
    boolean headerMarked = fullHeader && (a.byline() != null || a.date() != null);
    if (sep == Separation.BLANK
        || (sep == Separation.NONE && !headerMarked && a.dateline() == null)) {
      out.append('\n');
    }
    for (int i = 0; i < a.paragraphs().size(); i++) {
      String p = a.paragraphs().get(i);
      String indent = sep == Separation.INDENT ? (i % 2 == 0 ? "    " : "\t") : "";
      if (i == 0 && a.dateline() != null) {
        if (datelineOwnLine) {
          out.append(indent).append(a.dateline()).append('\n');
          indent = "";
        } else {
          p = a.dateline() + " " + p;
        }
      }
      for (String line : wrap(p, width - indent.length(), ragged)) {
        out.append(indent).append(line).append('\n');
        indent = "";
      }
      if (sep == Separation.BLANK && i + 1 < a.paragraphs().size()) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Greedy wrapping as fmt and textwrap do it, breaking long hyphenated words after a hyphen; when
   * {@code ragged} is given, each line's width is drawn between five sixths of the width and the
   * width (a hand-wrapped or re-edited margin).
   */
  static List<String> wrap(String text, int width, Random ragged) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int limit = lineWidth(width, ragged);
    for (String word : text.split(" ")) {
      String w = word;
      while (true) {
        int needed = line.length() == 0 ? w.length() : line.length() + 1 + w.length();
        if (needed <= limit) {
          if (line.length() > 0) {
            line.append(' ');
          }
          line.append(w);
          break;
        }
        int hyphen = w.lastIndexOf('-', limit - line.length() - (line.length() == 0 ? 1 : 2));
        if (hyphen > 0 && Character.isLetter(w.charAt(hyphen - 1))) {
          if (line.length() > 0) {
            line.append(' ');
          }
          line.append(w, 0, hyphen + 1);
          w = w.substring(hyphen + 1);
        }
        lines.add(line.toString());
        line.setLength(0);
        limit = lineWidth(width, ragged);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static int lineWidth(int width, Random ragged) {
    return ragged == null ? width : width - ragged.nextInt(width / 6 + 1);
  }

  static void count(String text, Map<String, Integer> bag, int sign) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      bag.merge(m.group(), sign, Integer::sum);
    }
  }

  static List<Article> parse(String text) {
    List<Article> out = new ArrayList<>();
    for (String block : text.split("(?m)^=== ")) {
      if (block.startsWith("#") || block.isBlank()) {
        continue;
      }
      String[] parts = block.split("\n\n");
      String[] header = parts[0].split("\n");
      Map<String, String> fields = new HashMap<>();
      for (int i = 1; i < header.length; i++) {
        int colon = header[i].indexOf(": ");
        fields.put(header[i].substring(0, colon), header[i].substring(colon + 2).strip());
      }
      List<String> paragraphs = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        if (!parts[i].isBlank()) {
          paragraphs.add(parts[i].strip().replace('\n', ' '));
        }
      }
      out.add(new Article(header[0].strip(), fields.get("TITLE"), fields.get("BYLINE"),
          fields.get("DATELINE"), fields.get("DATE"), paragraphs));
    }
    return out;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = HardWrappedCorpusTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
