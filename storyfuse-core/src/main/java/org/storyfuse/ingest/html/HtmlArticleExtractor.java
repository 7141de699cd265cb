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
 * Main-content and metadata extraction from an HTML page: jsoup parses, {@link PageCleaner} drops
 * what is never read as text, {@link BlockSegmenter} cuts the rest into blocks, {@link
 * ContentScorer} finds the article's element, {@link ParagraphCollector} takes its paragraphs, and
 * {@link TitleChooser}, {@link BylineReader}, {@link PublishedDateFinder} read the metadata from
 * {@link MetaTags}, {@link JsonLdReader} and the page. Never throws; bounded work on any input.
 * Thread-safe.
 */
public final class HtmlArticleExtractor {

  /** Longer pages are cut here before parsing: an article is never this far into a page. */
  static final int MAX_HTML_CHARS = 6_000_000;

  private final PublishedDateFinder dates = new PublishedDateFinder(new DateTextParser());

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

  private Extraction extractOrFail(String html, String pageUrl) {
    String input = TextNormalizer.truncate(html, MAX_HTML_CHARS);
    Document doc = Jsoup.parse(input, pageUrl == null ? "" : pageUrl, Parser.htmlParser());
    MetaTags meta = MetaTags.read(doc);
    JsonLdReader.Facts ld = JsonLdReader.read(doc);

    PageCleaner.clean(doc);
    Element body = doc.body();
    List<TextBlock> blocks = BlockSegmenter.segment(body);
    Set<TextBlock> confirmed = ArticleBodyMatcher.confirmed(blocks, ld.articleBody());
    ContentScorer scorer = new ContentScorer(body, blocks, confirmed);
    Element root = scorer.chooseRoot();

    String siteName = firstNonBlank(meta.first("og:site_name"), ld.siteName(), ld.publisher(),
        meta.first("application-name"), meta.first("twitter:site:name"));
    String title = TitleChooser.choose(meta.first("og:title"), meta.first("twitter:title"),
        ld.headline(), headings(body, root), meta.titleTag(), siteName);
    List<String> paragraphs = ParagraphCollector.collect(root, blocks, scorer, title);
    String byline = BylineReader.read(ld.authors(), meta, body, root, siteName);
    PublicationDate published = dates.find(ld.datePublished(), meta, body, root, pageUrl);
    String outlet = firstNonBlank(siteName, OutletNames.fromUrl(pageUrl));
    String url = firstNonBlank(meta.canonical(), meta.first("og:url"), pageUrl);
    return new Extraction(title, byline, outlet, published, url, paragraphs);
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
