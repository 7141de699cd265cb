package org.storyfuse.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One extracted news article: clean body text without boilerplate, plus its metadata.
 *
 * @param id          stable identifier, derived from the origin (file name, record offset, URL)
 * @param origin      where it came from, for error messages and provenance ("dir/a.html", "feed.xml#3")
 * @param url         canonical URL when known, else null
 * @param outlet      publishing outlet ("Reuters", "example.com"), else null
 * @param title       headline, else null
 * @param byline      author(s) as stated, else null
 * @param published   publication date, stated or inferred; null when neither is possible
 * @param language    ISO 639-1 code of the body language ("en"), or "und" when undetermined
 * @param paragraphs  body paragraphs in reading order, boilerplate removed; never empty
 * @param outletInferred whether the outlet was read from the text or page (a credit line, "…reports
 *                    X", a dateline agency, og:site_name, the URL's host) rather than stated by the
 *                    container it came in (a feed's or a JSON record's outlet field)
 */
public record Article(
    String id,
    String origin,
    String url,
    String outlet,
    String title,
    String byline,
    PublicationDate published,
    String language,
    List<String> paragraphs,
    boolean outletInferred) implements java.io.Serializable {

  /** An article whose outlet, if any, was stated by its container. */
  public Article(String id, String origin, String url, String outlet, String title, String byline,
      PublicationDate published, String language, List<String> paragraphs) {
    this(id, origin, url, outlet, title, byline, published, language, paragraphs, false);
  }

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(language, "language");
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("an article needs at least one body paragraph: " + origin);
    }
  }

  /**
   * Publication day (undated last), then the exact time where stated (untimed last within the
   * day), then id: the order every stage that needs one uses, so no result depends on input order.
   */
  public static final Comparator<Article> PUBLICATION_ORDER =
      Comparator.comparing((Article a) -> a.published() == null ? null : a.published().date(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing((Article a) -> a.published() == null || a.published().instant() == null
                  ? null : a.published().instant().toInstant(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Article::id);

  /** The body as one string, paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  public Article withId(String newId) {
    return new Article(newId, origin, url, outlet, title, byline, published, language, paragraphs, outletInferred);
  }

  public Article withOrigin(String newOrigin) {
    return new Article(id, newOrigin, url, outlet, title, byline, published, language, paragraphs);
  }

  public Article withOutlet(String newOutlet) {
    return new Article(id, origin, url, newOutlet, title, byline, published, language, paragraphs);
  }
}
