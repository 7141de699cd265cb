package org.storyfuse.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON file holding one article object (news-please writes one file per article), an array of
 * them, or a news-API style response whose "articles" field is that array.
 */
final class JsonFileReader implements FormatReader {

  @Override
  public void read(String origin, String text, Records out) throws UnreadableInputException {
    JsonNode root = NewsJson.parse(text);
    if (root.isObject() && !NewsJson.hasArticleText(root) && root.path("articles").isArray()) {
      root = root.get("articles");
    }
    if (root.isObject()) {
      out.add(NewsJson.toDocument(origin, root));
      return;
    }
    if (!root.isArray()) {
      throw new UnreadableInputException("not a JSON object or array of objects but " + NewsJson.kindOf(root));
    }
    if (root.isEmpty()) {
      throw new UnreadableInputException("an empty JSON array: no articles");
    }
    int n = 0;
    for (JsonNode record : root) {
      String recordOrigin = origin + "#" + ++n;
      boolean more;
      try {
        more = out.add(NewsJson.toDocument(recordOrigin, record));
      } catch (UnreadableInputException e) {
        more = out.problem(recordOrigin, e.getMessage());
      }
      if (!more) {
        return;
      }
    }
  }
}
