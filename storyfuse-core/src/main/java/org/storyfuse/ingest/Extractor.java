package org.storyfuse.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.storyfuse.ingest.dates.DateTextParser;
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
          case TEXT -> text.extract(doc.content());
        };
    if (found.paragraphs().isEmpty()) {
      throw new ExtractionException("no article text found");
    }
    String url = firstNonBlank(hints.url(), found.url());
    String outlet = firstNonBlank(hints.outlet(), found.outlet(), OutletNames.fromUrl(url));
    PublicationDate published = statedByContainer(hints).orElse(found.published());
    String body = String.join("\n", found.paragraphs());
    return new Article(
        idFor(doc.origin()),
        doc.origin(),
        url,
        outlet,
        firstNonBlank(hints.title(), found.title()),
        firstNonBlank(hints.byline(), found.byline()),
        published,
        languages.detect(body),
        found.paragraphs());
  }

  private Optional<PublicationDate> statedByContainer(DocumentHints hints) {
    if (hints.published() == null || hints.published().isBlank()) {
      return Optional.empty();
    }
    return dates.parse(hints.published());
  }

  /** A short, stable id from the origin, so the same input always gets the same id. */
  static String idFor(String origin) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(origin.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
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
