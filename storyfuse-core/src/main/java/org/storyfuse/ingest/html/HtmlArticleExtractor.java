package org.storyfuse.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.storyfuse.ingest.Extraction;
import org.storyfuse.ingest.OutletNames;
import org.storyfuse.ingest.dates.DateTextParser;
import org.storyfuse.model.PublicationDate;

/**
 * Main-content and metadata extraction from an HTML page: jsoup parses, {@link PageCleaner} puts
 * streamed chunks in place and drops what is never read as text, {@link BlockSegmenter} cuts the
 * rest into blocks, {@link ContentScorer} finds the article's element, {@link ParagraphCollector}
 * takes its paragraphs (leaving out the sections {@link SectionLabels} finds), {@link ParagraphFilter}
 * drops those a model learnt from labelled pages scores as not the article's, and
 * {@link TitleChooser}, {@link BylineReader}, {@link PublishedDateFinder} read the metadata from
 * {@link MetaTags}, {@link JsonLdReader} and the page. Never throws; bounded work on any input.
 * Thread-safe.
 */
public final class HtmlArticleExtractor {

  /** Longer pages are cut here before parsing: an article is never this far into a page. */
  static final int MAX_HTML_CHARS = 6_000_000;

  private final DateTextParser dateParser = new DateTextParser();
  private final PublishedDateFinder dates = new PublishedDateFinder(dateParser);
  private final ParagraphFilter filter;

  public HtmlArticleExtractor() {
    this(ParagraphFilter.shipped());
  }

  /** With {@code filter} deciding which of the collector's paragraphs stay (for training and tests). */
  public HtmlArticleExtractor(ParagraphFilter filter) {
    this.filter = filter;
  }

  /**
   * @param html    the page or fragment
   * @param pageUrl the page's URL when known (resolves relative links, gives the host as outlet), else null
   */
  public Extraction extract(String html, String pageUrl) {
    try {
      return extractOrFail(html == null ? "" : html, pageUrl);
    } catch (RuntimeException | StackOverflowError e) {
      // hostile markup must not stop a run: report what the URL alone tells
      return new Extraction(null, null, OutletNames.fromUrl(pageUrl), null, pageUrl, List.of());
    }
  }

  /** As {@link #extract}, but a bug shows as the exception it is (for the fuzz test). */
  Extraction extractOrFail(String html, String pageUrl) {
    return run(html, pageUrl, null);
  }

  /**
   * The paragraphs the collector keeps on a page, before the learned filter, each with its
   * {@link ParagraphFeatures}; empty when the page's stated JSON-LD body stands in for them. For
   * training the filter ({@code storyfuse eval train-extraction}).
   */
  public List<ParagraphCandidate> candidates(String html, String pageUrl) {
    List<ParagraphCandidate> out = new ArrayList<>();
    run(html == null ? "" : html, pageUrl, out);
    return out;
  }

  /** The names of the values in {@link ParagraphCandidate#features()}, in order. */
  public static List<String> featureNames() {
    return ParagraphFeatures.names();
  }

  private Extraction run(String html, String pageUrl, List<ParagraphCandidate> candidates) {
    String input = TextNormalizer.truncate(html, MAX_HTML_CHARS);
    Document doc = Jsoup.parse(input, pageUrl == null ? "" : pageUrl, Parser.htmlParser());
    MetaTags meta = MetaTags.read(doc);
    JsonLdReader.Facts ld = JsonLdReader.read(doc);

    PageCleaner.clean(doc, ld.articleBody());
    Element body = doc.body();
    List<TextBlock> blocks = BlockSegmenter.segment(body);
    Set<TextBlock> confirmed = ArticleBodyMatcher.confirmed(blocks, ld.articleBody());
    ContentScorer scorer = new ContentScorer(body, blocks, confirmed);
    Element root = scorer.chooseRoot();
    int[] start = rootStart(blocks, root);

    String siteName = firstNonBlank(meta.first("og:site_name"), ld.siteName(), ld.publisher(),
        meta.first("application-name"), meta.first("twitter:site:name"));
    String title = TitleChooser.choose(meta.first("og:title"), meta.first("twitter:title"),
        ld.headline(), headings(body, root), headlineLines(blocks, start[1]), meta.titleTag(), siteName);
    int[] header = headerZone(blocks, start, title);
    String byline = BylineReader.read(ld.authors(), meta, body, root, blocks, header[0], header[1]);
    // the byline first: the collector drops notes about the writer that close the article
    String site = OutletNames.fromUrl(firstNonBlank(pageUrl, meta.canonical(), meta.first("og:url")));
    List<TextBlock> picked =
        ParagraphCollector.collectBlocks(root, blocks, scorer, title, byline, site, this::isDateLine);
    List<double[]> features = ParagraphFeatures.of(picked, root, blocks);
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < picked.size(); i++) {
      if (candidates != null) {
        candidates.add(new ParagraphCandidate(picked.get(i).text(), features.get(i)));
      }
      if (filter.keeps(features.get(i))) {
        paragraphs.add(picked.get(i).text());
      }
    }
    List<String> found = paragraphs;
    paragraphs = orStatedBody(paragraphs, ld.articleBody());
    if (candidates != null && paragraphs != found) {
      candidates.clear();
    }
    PublicationDate published =
        dates.find(ld.datePublished(), meta, body, root, pageUrl, blocks, header[0], header[1]);
    String outlet = firstNonBlank(siteName, OutletNames.fromUrl(pageUrl));
    String url = firstNonBlank(meta.canonical(), meta.first("og:url"), pageUrl);
    return new Extraction(title, byline, outlet, published, url, paragraphs);
  }

  /** Separators of a meta line's parts: "Courier staff · 3 June 2026", "April 22, 2026 | Ana Ruiz". */
  private static final java.util.regex.Pattern META_SEPARATOR = java.util.regex.Pattern.compile("\\s+[·|•—–]\\s+");

  /** A name beside a date on a meta line: a few words, the first capitalised, no sentence in them. */
  private static final java.util.regex.Pattern META_NAME = java.util.regex.Pattern.compile(
      "(?:By\\s+)?\\p{Lu}[^.!?;:]{0,60}");

  /**
   * A short line that is mostly a date ("15 Dec, 2025", "Monday, March 3, 2025 10:40 AM"), or a
   * date and a writer's or desk's name joined by a separator ("Courier staff · 3 June 2026").
   */
  private boolean isDateLine(String text) {
    if (TextNormalizer.countWords(text) > 10) {
      return false;
    }
    String[] parts = META_SEPARATOR.split(text.strip());
    if (parts.length == 2 || parts.length == 3) {
      boolean dated = false;
      boolean named = true;
      for (String part : parts) {
        if (!dated && isDate(part)) {
          dated = true;
        } else if (TextNormalizer.countWords(part) > 5 || !META_NAME.matcher(part).matches()) {
          named = false;
        }
      }
      if (dated && named) {
        return true;
      }
    }
    if (isDate(text)) {
      return true;
    }
    // a label and the date alone: "Story posted: March 10, 2026", "Last modified: 3 June 2026"
    // (not "Released: June 17, 2025 by Tor Books" or "Tech World: January 6, 2026 | Las Vegas")
    var label = DATE_LABEL.matcher(text.strip());
    return label.lookingAt() && isDate(text.strip().substring(label.end()), 0.8);
  }

  /** A short label before a date: up to three words and a colon. */
  private static final java.util.regex.Pattern DATE_LABEL =
      java.util.regex.Pattern.compile("\\p{L}+(?: \\p{L}+){0,2}:\\s+");

  /** Whether a date covers most of {@code text}. */
  private boolean isDate(String text) {
    return isDate(text, 0.6);
  }

  /** Whether dates cover at least {@code share} of {@code text}'s characters (spaces not counted). */
  private boolean isDate(String text, double share) {
    try {
      int covered = 0;
      for (var m : dateParser.findAll(text)) {
        covered += m.end() - m.start();
      }
      return covered > 0 && covered >= share * text.replace(" ", "").length();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The page's JSON-LD articleBody, as paragraphs, when the page's own markup yielded much less of
   * it (script-rendered pages, bodies shipped only as data); else {@code found}.
   */
  static List<String> orStatedBody(List<String> found, String articleBody) {
    if (articleBody == null) {
      return found;
    }
    String body = articleBody.contains("<") ? Jsoup.parseBodyFragment(articleBody).wholeText() : articleBody;
    int statedWords = TextNormalizer.countWords(body);
    if (statedWords < MIN_STATED_BODY_WORDS) {
      return found;
    }
    int foundWords = 0;
    for (String p : found) {
      foundWords += TextNormalizer.countWords(p);
    }
    if (foundWords >= 0.5 * statedWords) {
      return found;
    }
    List<String> out = new ArrayList<>();
    for (String line : body.split("\\R\\s*")) {
      String p = TextNormalizer.normalize(line);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** A stated body shorter than this is a summary, not the article. */
  static final int MIN_STATED_BODY_WORDS = 80;

  /**
   * Where the content {@code root} starts, as block indexes: its first block and its first prose
   * block (-1 for either when there is none).
   */
  static int[] rootStart(List<TextBlock> blocks, Element root) {
    Set<Element> inRoot = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    inRoot.addAll(root.getAllElements());
    int firstInRoot = -1;
    for (TextBlock b : blocks) {
      if (inRoot.contains(b.owner())) {
        if (firstInRoot < 0) {
          firstInRoot = b.index();
        }
        if (b.isProse()) {
          return new int[] {firstInRoot, b.index()};
        }
      }
    }
    return new int[] {firstInRoot, -1};
  }

  /**
   * Where the article's header lines are, as block indexes [from, to): from the headline's block
   * (or a few blocks before the content when no headline is found) to a few blocks past the first
   * prose of the content ({@code start}: {@link #rootStart}).
   */
  static int[] headerZone(List<TextBlock> blocks, int[] start, String title) {
    int firstInRoot = start[0];
    int firstProse = start[1];
    if (firstInRoot < 0) {
      return new int[] {0, Math.min(blocks.size(), 20)};
    }
    int to = (firstProse < 0 ? firstInRoot : firstProse) + 3;
    int from = Math.max(0, firstInRoot - 8);
    String key = title == null ? null : TextNormalizer.comparable(title);
    for (int i = Math.min(to, blocks.size()) - 1; i >= 0 && i >= to - 60; i--) {
      TextBlock b = blocks.get(i);
      if (b.owner().normalName().equals("h1")
          && (key == null || TextNormalizer.comparable(b.text()).equals(key))) {
        from = i;
        break;
      }
    }
    return new int[] {from, to};
  }

  /** Blocks before the article's first prose where a page without {@code <h1>} may show its headline. */
  static final int HEADLINE_LINES_REACH = 20;

  /**
   * The short lines that are not prose in the {@link #HEADLINE_LINES_REACH} blocks before the content
   * root's first prose, nearest first: where a page without {@code <h1>} (a table layout, a headline
   * in {@code <font>} or {@code <b>}), or one whose {@code <h1>} is the site's name (a blog's), shows
   * its headline.
   */
  private static List<String> headlineLines(List<TextBlock> blocks, int firstProse) {
    List<String> out = new ArrayList<>();
    for (int i = firstProse - 1; i >= 0 && i >= firstProse - HEADLINE_LINES_REACH; i--) {
      TextBlock b = blocks.get(i);
      if (!b.isProse() && b.words() <= 25) {
        out.add(b.text());
      }
    }
    return out;
  }

  /** {@code <h1>} texts: those inside the content root first, then the page's others. */
  private static List<String> headings(Element body, Element root) {
    List<String> out = new ArrayList<>();
    for (Element h : root.getElementsByTag("h1")) {
      out.add(h.text());
    }
    for (Element h : body.getElementsByTag("h1")) {
      if (out.size() >= 8) {
        break;
      }
      out.add(h.text());
    }
    return out;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
