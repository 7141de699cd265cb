package org.storyfuse.ingest.formats;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jdom2.Document;
import org.storyfuse.ingest.DocumentHints;
import org.storyfuse.ingest.SourceDocument;

/**
 * RSS 0.9x, 1.0, 2.0 and Atom feeds (via Rome): every item or entry is one document, its body the
 * full content (content:encoded, Atom content) or else the description/summary.
 */
final class FeedFileReader implements FormatReader {

  @Override
  public void read(String origin, String text, Records out) throws UnreadableInputException {
    Document xml = SecureXml.parse(text);
    SyndFeed feed = toFeed(xml);
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new UnreadableInputException("the feed has no items");
    }
    List<String> rawDates = FeedItemDates.of(xml);
    boolean datesAlign = rawDates.size() == entries.size();
    String outlet = blankToNull(feed.getTitle());
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String itemOrigin = origin + "#" + (i + 1);
      String published = datesAlign && rawDates.get(i) != null ? rawDates.get(i) : romeDate(entry);
      boolean more = toDocument(itemOrigin, entry, outlet, published, out);
      if (!more) {
        return;
      }
    }
  }

  private static SyndFeed toFeed(Document xml) throws UnreadableInputException {
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // unused for a finished tree; stated so nobody relaxes it by habit
      return input.build(xml);
    } catch (IllegalArgumentException e) {
      String root = xml.hasRootElement() ? xml.getRootElement().getQualifiedName() : "none";
      throw new UnreadableInputException("XML, but not an RSS or Atom feed (root element <" + root + ">)");
    } catch (FeedException e) {
      throw new UnreadableInputException("unreadable feed: " + Reasons.oneLine(e.getMessage()));
    }
  }

  private static boolean toDocument(String origin, SyndEntry entry, String outlet, String published, Records out) {
    SyndContent body = body(entry);
    String title = blankToNull(entry.getTitle());
    DocumentHints hints = new DocumentHints(title, outlet, byline(entry), published, link(entry), null);
    if (body == null) {
      if (title == null) {
        return out.problem(origin, "feed item has no content, description or title");
      }
      // A headline feed: the item's title is its text (grouping reads it as a title only).
      return out.add(new SourceDocument(origin, SourceDocument.Kind.TEXT, title, hints));
    }
    // Atom states "html"/"xhtml"; Rome labels every RSS description "text/html", so sniff those.
    String type = body.getType() == null ? "" : body.getType().toLowerCase(Locale.ROOT);
    SourceDocument.Kind kind =
        type.equals("html") || type.equals("xhtml") || HtmlSniffer.looksLikeHtml(body.getValue())
            ? SourceDocument.Kind.HTML
            : SourceDocument.Kind.TEXT;
    return out.add(new SourceDocument(origin, kind, body.getValue(), hints));
  }

  /** Full content when the item carries it, else its description or summary. */
  private static SyndContent body(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      if (blankToNull(content.getValue()) != null) {
        return content;
      }
    }
    SyndContent description = entry.getDescription();
    return description != null && blankToNull(description.getValue()) != null ? description : null;
  }

  private static String link(SyndEntry entry) {
    String link = blankToNull(entry.getLink());
    if (link != null) {
      return link;
    }
    String uri = blankToNull(entry.getUri()); // a permalink guid when the item has no <link>
    return uri != null && uri.startsWith("http") ? uri : null;
  }

  private static String byline(SyndEntry entry) {
    String author = blankToNull(entry.getAuthor());
    if (author != null) {
      return author;
    }
    String names =
        entry.getAuthors().stream()
            .map(SyndPerson::getName)
            .map(FeedFileReader::blankToNull)
            .filter(name -> name != null)
            .collect(Collectors.joining(", "));
    return blankToNull(names);
  }

  private static String romeDate(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant().toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
