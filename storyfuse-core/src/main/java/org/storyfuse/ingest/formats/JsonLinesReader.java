package org.storyfuse.ingest.formats;

/**
 * JSON lines (CC-News, news-please bulk output): one article object per line. A bad line is one
 * problem named "file#line"; the other lines are still read.
 */
final class JsonLinesReader implements FormatReader {

  /** Said of a JSON-lines file in which nothing but blank lines was found. */
  static final String NO_RECORDS = "no JSON records (the file has only blank lines)";

  /** Said after the damage of a gzipped JSON-lines file that broke off: what was kept. */
  static final String CUT_RECORDS = "; the complete records before it were read, the cut last one skipped";

  @Override
  public void read(String origin, String text, Records out) {
    int lineNumber = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lineNumber++;
      String line = text.substring(start, end).strip();
      start = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (!readRecord(origin + "#" + lineNumber, line, out)) {
        return;
      }
    }
    if (out.count() == 0) {
      out.fileProblem(NO_RECORDS);
    }
  }

  /**
   * One stripped line: an article, a problem named by {@code recordOrigin}, or nothing when blank.
   * Shared with {@link JsonLinesStream}, which reads files too large to hold.
   *
   * @return false once no more records are wanted
   */
  static boolean readRecord(String recordOrigin, String line, Records out) {
    if (line.isEmpty()) {
      return true;
    }
    try {
      return out.add(NewsJson.toDocument(recordOrigin, NewsJson.parse(line)));
    } catch (UnreadableInputException e) {
      return out.problem(recordOrigin, e.getMessage());
    }
  }

  /**
   * Whether a ".json" (or sniffed) file is really JSON lines: its first line is a whole object and
   * another object line follows. A pretty-printed object starts with a lone "{" and does not qualify.
   */
  static boolean looksLikeJsonLines(String text) {
    String[] lines = text.strip().split("\r?\n", 3);
    if (lines.length < 2) {
      return false;
    }
    String first = lines[0].strip();
    if (!first.startsWith("{") || !first.endsWith("}") || !lines[1].strip().startsWith("{")) {
      return false;
    }
    try {
      return NewsJson.parse(first).isObject();
    } catch (UnreadableInputException e) {
      return false;
    }
  }
}
