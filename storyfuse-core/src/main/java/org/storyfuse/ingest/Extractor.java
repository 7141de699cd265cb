package org.storyfuse.ingest;

import java.util.Optional;
import org.storyfuse.ingest.dates.DateTextParser;
import java.util.List;
import org.storyfuse.ingest.html.HtmlArticleExtractor;
import org.storyfuse.ingest.text.TextArticleExtractor;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

/**
 * The extraction stage's entry point: one {@link SourceDocument} in, one clean {@link Article} out.
 * Picks the content extractor for the document's kind, lets the container's stated metadata fill
 * or override what the content gave, and detects the language. Thread-safe.
 */
public final class Extractor implements DocumentExtractor {

  /**
   * Plain text read per document, at most: line cleaning and reflow cost time in proportion to the
   * text, and the pipeline keeps at most 200,000 characters of an article anyway (a multi-megabyte
   * text is a log or a dump, not a report). Cut at a line break where one is near.
   */
  static final int MAX_TEXT_CHARS = 400_000;

  private final HtmlArticleExtractor html = new HtmlArticleExtractor();
  private final TextArticleExtractor text = new TextArticleExtractor();
  private final DateTextParser dates = new DateTextParser();
  private final LanguageDetector languages = new LanguageDetector();

  @Override
  public Article extract(SourceDocument doc) throws ExtractionException {
    DocumentHints hints = doc.hints();
    Extraction found =
        switch (doc.kind()) {
          case HTML -> html.extract(doc.content(), hints.url());
          case TEXT -> text.extract(bounded(doc.content()));
        };
    List<String> paragraphs = found.paragraphs();
    if (paragraphs.isEmpty() && doc.kind() == SourceDocument.Kind.TEXT) {
      // A headline-only item (its text is one line, which the text extractor took for the title): the
      // headline is the article's text; grouping reads such a body as a title only.
      String line = doc.content().strip();
      String headline = firstNonBlank(StampTitles.headline(found.title()), StampTitles.headline(hints.title()));
      if (headline != null && !line.isEmpty() && line.equals(headline.strip())) {
        paragraphs = List.of(line);
      }
    }
    if (paragraphs.isEmpty()) {
      throw new ExtractionException("no article text found");
    }
    String url = firstNonBlank(hints.url(), found.url());
    String outlet = firstNonBlank(hints.outlet(), found.outlet(), OutletNames.fromUrl(url));
    PublicationDate published = statedByContainer(hints).or(() -> stampedInTitle(hints)).orElse(found.published());
    String body = String.join("\n", paragraphs);
    String title = firstNonBlank(StampTitles.headline(hints.title()), StampTitles.headline(found.title()));
    return new Article(
        ArticleIds.of(doc.origin(), url, title, paragraphs),
        doc.origin(),
        url,
        outlet,
        title,
        firstNonBlank(hints.byline(), found.byline()),
        published,
        languages.detect(body),
        paragraphs,
        // stated only when the container named it; from the text, the page or the URL it is read
        outlet != null && (hints.outlet() == null || hints.outlet().isBlank()));
  }

  static String bounded(String content) {
    if (content.length() <= MAX_TEXT_CHARS) {
      return content;
    }
    int cut = content.lastIndexOf('\n', MAX_TEXT_CHARS);
    if (cut < MAX_TEXT_CHARS / 2) {
      cut = content.lastIndexOf(' ', MAX_TEXT_CHARS);
    }
    return content.substring(0, cut < MAX_TEXT_CHARS / 2 ? MAX_TEXT_CHARS : cut);
  }

  private Optional<PublicationDate> statedByContainer(DocumentHints hints) {
    if (hints.published() == null || hints.published().isBlank()) {
      return Optional.empty();
    }
    return dates.parse(hints.published());
  }

  /**
   * The date of a container's title that is only a time stamp ("Article posted on 08.07.2012"), when
   * the container states no date of its own: the stamp is the page's own record of when it was
   * posted, which the content may not repeat.
   */
  private Optional<PublicationDate> stampedInTitle(DocumentHints hints) {
    if (hints.title() == null || !StampTitles.isStamp(hints.title())) {
      return Optional.empty();
    }
    return dates.parse(hints.title());
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
