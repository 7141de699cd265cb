package org.storyfuse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyfuse.model.Article;
import org.storyfuse.pipeline.Arrival;

/**
 * Articles read from files, as the store takes them: each with the key of the file it came from
 * (so a file read again after it changed replaces its earlier version), and with an origin that is
 * the file's name ("report.html", "feed.xml#3"), never the path it had on this machine: origins
 * are shown by the HTTP service and in briefs.
 */
final class FileArrivals {

  private FileArrivals() {}

  static List<Arrival> of(List<Article> articles) {
    List<Arrival> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      Article named = a.withOrigin(name(a.origin()));
      out.add(Arrival.fromFile(named, fileOf(a.origin())));
    }
    return out;
  }

  /** The file an origin names: the origin itself, or without the record number readers append ("#3"). */
  static Path fileOf(String origin) {
    Path whole = Path.of(origin);
    if (Files.isRegularFile(whole)) {
      return whole;
    }
    return Path.of(origin.replaceFirst("#\\d+$", ""));
  }

  /** The origin without its folders: "/srv/inbox/a/report.html#3" → "report.html#3". */
  static String name(String origin) {
    int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
    return origin.substring(slash + 1);
  }
}
