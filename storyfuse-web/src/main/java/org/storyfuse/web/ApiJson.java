package org.storyfuse.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.pipeline.IngestReport;
import org.storyfuse.store.StoredArticle;
import org.storyfuse.store.StorySummary;

/**
 * The API's own JSON shapes (briefs use {@link org.storyfuse.render.BriefJson}): snake_case, every
 * field always present, instants as ISO-8601 strings.
 */
final class ApiJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .setSerializationInclusion(JsonInclude.Include.ALWAYS);

  private ApiJson() {}

  record StoryLine(String id, String headline, int articles, int sources, String firstPublished,
      String lastPublished, String updated) {

    static StoryLine of(StorySummary s) {
      return new StoryLine(s.id(), s.headline(), s.articles(), s.sources(), s.firstPublished(), s.lastPublished(),
          s.updated() == null ? null : s.updated().toString());
    }
  }

  record StoryList(List<StoryLine> stories) {}

  record ArticleView(String id, String storyId, String origin, String url, String outlet, String title,
      String byline, String published, boolean publishedInferred, String language, String contentHash,
      String ingestedAt, List<String> paragraphs) {

    static ArticleView of(StoredArticle stored) {
      Article a = stored.article();
      PublicationDate p = a.published();
      return new ArticleView(a.id(), stored.storyId(), Origins.name(a.origin()), a.url(), a.outlet(), a.title(), a.byline(),
          p == null ? null : (p.instant() != null ? p.instant().toString() : p.date().toString()),
          p != null && p.inferred(), a.language(), stored.contentHash(),
          stored.ingestedAt() == null ? null : stored.ingestedAt().toString(), a.paragraphs());
    }
  }

  /** @param briefPending the story's brief is being rebuilt in the background: until then it reads as before */
  record Ingested(String articleId, String storyId, boolean duplicate, boolean briefPending) {

    static Ingested of(IngestReport.Outcome o, boolean briefPending) {
      return new Ingested(o.articleId(), o.storyId(), o.status() == IngestReport.Status.DUPLICATE, briefPending);
    }
  }

  /** A story whose first brief is still being built. */
  record PendingBrief(String storyId, boolean briefPending, String message) {}

  /**
   * The stored brief's JSON with {@code "brief_pending": true} as its first field: a newer brief is
   * being built. Spliced into the text rather than parsed and written again — the brief of a large
   * story is hundreds of kilobytes, and readers ask for it while posts go in.
   */
  static String markPending(String briefJson) {
    int open = 0;
    while (open < briefJson.length() && Character.isWhitespace(briefJson.charAt(open))) {
      open++;
    }
    if (open == briefJson.length() || briefJson.charAt(open) != '{') {
      throw new IllegalStateException("the stored brief is not a JSON object");
    }
    int next = open + 1;
    while (next < briefJson.length() && Character.isWhitespace(briefJson.charAt(next))) {
      next++;
    }
    boolean empty = next < briefJson.length() && briefJson.charAt(next) == '}';
    return "{\"brief_pending\":true" + (empty ? "" : ",") + briefJson.substring(open + 1);
  }

  record IngestedList(List<Ingested> articles) {}

  record Error(String error, int status) {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
