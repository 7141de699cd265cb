package org.storyfuse.ingest.html;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.storyfuse.ingest.dates.DateTextParser;
import org.storyfuse.model.PublicationDate;

/**
 * The publication date, from the strongest statement the page makes: JSON-LD datePublished,
 * publication meta tags, {@code <time datetime>} and {@code itemprop=datePublished} in or near the
 * article, a date in the URL path. Date strings are read by {@link DateTextParser}.
 */
final class PublishedDateFinder {

  private static final String[] META_KEYS = {
      "article:published_time", "og:article:published_time", "article:published", "datepublished",
      "og:published_time", "published_time", "publishdate", "publish-date", "publish_date",
      "pubdate", "publication_date", "publicationdate", "parsely-pub-date", "sailthru.date",
      "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
      "dcterms.created", "citation_publication_date", "citation_date", "citation_online_date",
      "originalpublicationdate", "article.published", "date", "datecreated", "created",
      "release_date", "og:pubdate", "displaydate", "content_date"};

  /** /2024/03/15/, /2024-03-15, /20240315/ in a URL path. */
  private static final Pattern URL_YMD = Pattern.compile(
      "(?<![0-9])((?:19|20)[0-9]{2})[/_-]([01]?[0-9])[/_-]([0-3]?[0-9])(?![0-9])");
  private static final Pattern URL_COMPACT = Pattern.compile(
      "(?<![0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9])");

  private final DateTextParser parser;

  PublishedDateFinder(DateTextParser parser) {
    this.parser = parser;
  }

  PublicationDate find(String jsonLdPublished, MetaTags meta, Element page, Element root, String pageUrl) {
    Optional<PublicationDate> d = parse(jsonLdPublished);
    if (d.isPresent()) {
      return d.get();
    }
    for (String key : META_KEYS) {
      for (String v : meta.all(key)) {
        d = parse(v);
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    d = fromTimeElements(root);
    if (d.isEmpty() && root != page) {
      d = fromTimeElements(page);
    }
    if (d.isPresent()) {
      return d.get();
    }
    return fromUrl(pageUrl).orElse(null);
  }

  private Optional<PublicationDate> fromTimeElements(Element scope) {
    int seen = 0;
    for (Element el : scope.select("[itemprop=datePublished], time[datetime], time[pubdate]")) {
      if (++seen > 50) {
        break;
      }
      String v = el.hasAttr("datetime") ? el.attr("datetime")
          : el.hasAttr("content") ? el.attr("content") : el.text();
      Optional<PublicationDate> d = parse(v);
      if (d.isEmpty() && !el.text().isBlank()) {
        d = parse(el.text());
      }
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** A date in the URL's path ("/2024/03/15/slug"); month-only paths are not enough. */
  static Optional<PublicationDate> fromUrl(String pageUrl) {
    if (pageUrl == null) {
      return Optional.empty();
    }
    String path;
    try {
      path = URI.create(pageUrl.strip()).getRawPath();
    } catch (IllegalArgumentException e) {
      path = pageUrl;
    }
    if (path == null) {
      return Optional.empty();
    }
    for (Pattern p : new Pattern[] {URL_YMD, URL_COMPACT}) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        try {
          LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
          if (!date.isAfter(LocalDate.now().plusDays(2))) {
            return Optional.of(PublicationDate.stated(date, "URL path " + m.group()));
          }
        } catch (DateTimeException | NumberFormatException e) {
          // not a date after all
        }
      }
    }
    return Optional.empty();
  }

  private Optional<PublicationDate> parse(String text) {
    if (text == null || text.isBlank() || text.length() > 200) {
      return Optional.empty();
    }
    try {
      return parser.parse(text.strip());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
