package org.storyfuse.ingest.html;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.storyfuse.ingest.dates.DateMention;
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

  /** Lead-ins that mark a date as a revision, not the publication. */
  private static final Pattern REVISION = Pattern.compile(
      "(?i)(updated|modified|revised|edited|reviewed|refreshed|last\\s+checked)\\W{0,3}(on|at)?\\W*$");

  /** The most blocks read around the headline for a visible date line. */
  static final int MAX_HEADER_BLOCKS = 40;

  /**
   * @param blocks     the page's blocks
   * @param headerFrom index of the first block of the article's header (the headline's block)
   * @param headerTo   index just past the last block to read for a visible date line
   */
  PublicationDate find(String jsonLdPublished, MetaTags meta, Element page, Element root, String pageUrl,
      List<TextBlock> blocks, int headerFrom, int headerTo) {
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
    PublicationDate[] revised = new PublicationDate[1];
    d = fromTimeElements(root, revised);
    if (d.isPresent()) {
      return d.get();
    }
    PublicationDate[] visible = visibleDates(blocks, headerFrom, headerTo);
    if (visible[0] != null) {
      return visible[0];
    }
    if (root != page) {
      d = fromTimeElements(page, revised);
      if (d.isPresent()) {
        return d.get();
      }
    }
    d = fromUrl(pageUrl);
    if (d.isPresent()) {
      return d.get();
    }
    // only a revision date: a late bound on publication, so marked as inferred
    return visible[1] != null ? visible[1] : revised[0];
  }

  /**
   * Dates written in the short lines around the headline (bylines, datelines): the first one not
   * labelled as a revision, and the first revision date ("Updated March 3, 2025") as inferred.
   */
  private PublicationDate[] visibleDates(List<TextBlock> blocks, int from, int to) {
    PublicationDate[] found = new PublicationDate[2];
    int start = Math.max(0, from);
    int end = Math.min(Math.min(blocks.size(), to), start + MAX_HEADER_BLOCKS);
    for (int i = start; i < end && found[0] == null; i++) {
      TextBlock b = blocks.get(i);
      if (b.words() > 30) {
        continue;
      }
      List<DateMention> mentions;
      try {
        mentions = parser.findAll(b.text());
      } catch (RuntimeException e) {
        continue;
      }
      for (DateMention m : mentions) {
        if (!parser.isPlausible(m.date())) {
          continue;
        }
        String before = b.text().substring(Math.max(0, m.start() - 30), m.start());
        String evidence = TextNormalizer.truncate(b.text(), 200);
        if (REVISION.matcher(before).find()) {
          if (found[1] == null) {
            found[1] = PublicationDate.inferred(m.date(), evidence);
          }
        } else {
          found[0] = m.instant() != null ? PublicationDate.stated(m.instant(), evidence)
              : PublicationDate.stated(m.date(), evidence);
          break;
        }
      }
    }
    return found;
  }

  /**
   * The first {@code <time>} or {@code itemprop=datePublished} element in {@code scope} that is not
   * labelled as a revision ("Updated <time>…", {@code class="updated"}); revision dates go to
   * {@code revised[0]} when it is still empty.
   */
  private Optional<PublicationDate> fromTimeElements(Element scope, PublicationDate[] revised) {
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
      if (d.isEmpty()) {
        continue;
      }
      if (isRevision(el)) {
        if (revised[0] == null) {
          revised[0] = PublicationDate.inferred(d.get().date(), d.get().evidence());
        }
        continue;
      }
      return d;
    }
    return Optional.empty();
  }

  private static boolean isRevision(Element time) {
    if (time.attr("itemprop").equalsIgnoreCase("dateModified")) {
      return true;
    }
    String cls = time.className().toLowerCase(java.util.Locale.ROOT);
    if ((cls.contains("updated") || cls.contains("modified")) && !cls.contains("published")) {
      return true;
    }
    Element parent = time.parent();
    if (parent == null) {
      return false;
    }
    String before = parent.text();
    int at = before.indexOf(time.text());
    if (at > 0) {
      before = before.substring(Math.max(0, at - 30), at);
      return REVISION.matcher(before).find();
    }
    return false;
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
