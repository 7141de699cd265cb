package org.storyfuse.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.storyfuse.model.Article;

/**
 * An article as a news-please JSON record, the form the product's JSON readers take, for the
 * inputs benchmarks make (posts to the server, corpora on disk). Callers add the fields that say
 * where the article comes from (URL, outlet, id), which differ between benchmarks.
 */
public final class ArticleJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  /**
   * Title (when there is one), body as {@code maintext} (paragraphs between blank lines) and the
   * stated publication date or instant as {@code date_publish} — none when the date was inferred:
   * the reader infers it again from the text.
   */
  public static ObjectNode content(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    if (a.title() != null) {
      o.put("title", a.title());
    }
    o.put("maintext", String.join("\n\n", a.paragraphs()));
    if (a.published() != null && !a.published().inferred()) {
      o.put("date_publish", a.published().instant() != null
          ? a.published().instant().toString() : a.published().date().toString());
    }
    return o;
  }
}
