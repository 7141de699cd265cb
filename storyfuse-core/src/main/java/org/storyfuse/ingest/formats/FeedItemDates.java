package org.storyfuse.ingest.formats;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Item dates exactly as a feed wrote them. Rome converts dates to {@link java.util.Date}, which
 * drops the feed's time zone and so can move an evening story to the next day; the raw text keeps
 * the outlet's own calendar day.
 */
final class FeedItemDates {

  /** Date elements by local name, most telling first (dc:date, dcterms:issued and Atom's included). */
  private static final List<String> DATE_ELEMENTS =
      List.of("pubDate", "published", "issued", "date", "created", "updated", "modified");

  private FeedItemDates() {}

  /**
   * The raw date of each item/entry in document order (null where an item has none). Items are
   * direct children of the root (RSS 1.0, Atom) or of the channel (RSS 0.9x, 2.0), in the order
   * Rome lists its entries.
   */
  static List<String> of(Document doc) {
    List<String> dates = new ArrayList<>();
    if (!doc.hasRootElement()) {
      return dates;
    }
    Element root = doc.getRootElement();
    collect(root, dates);
    for (Element child : root.getChildren()) {
      if (child.getName().equals("channel")) {
        collect(child, dates);
      }
    }
    return dates;
  }

  private static void collect(Element parent, List<String> dates) {
    for (Element child : parent.getChildren()) {
      if (child.getName().equals("item") || child.getName().equals("entry")) {
        dates.add(dateOf(child));
      }
    }
  }

  private static String dateOf(Element item) {
    for (String name : DATE_ELEMENTS) {
      for (Element child : item.getChildren()) {
        if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
          return child.getTextTrim();
        }
      }
    }
    return null;
  }
}
