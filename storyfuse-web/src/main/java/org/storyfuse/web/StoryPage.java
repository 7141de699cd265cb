package org.storyfuse.web;

import org.storyfuse.render.BriefJson;
import org.storyfuse.store.StoredBrief;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.render.BriefHtml;
import org.storyfuse.render.SourceTexts;
import org.storyfuse.store.Store;
import org.storyfuse.text.SentenceSplitter;

/**
 * A story's page: the brief exactly as {@code storyfuse brief --html} renders it, plus links home
 * and from each source to its stored text. The sources' sentences are split again from the stored
 * articles with the splitter the brief was built with, so every citation finds its sentence.
 */
final class StoryPage {

  private final Store store;
  private final SentenceSplitter splitter = new SentenceSplitter();

  StoryPage(Store store) {
    this.store = store;
  }

  Optional<String> render(String storyId) {
    return store.brief(storyId).map(stored -> render(parse(stored)));
  }

  private static Brief parse(StoredBrief stored) {
    try {
      return BriefJson.read(stored.json());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the stored brief of story " + stored.storyId() + " is unreadable: "
          + e.getOriginalMessage(), e);
    }
  }

  private String render(Brief brief) {
    Map<String, Article> byId = new HashMap<>();
    for (Brief.Source s : brief.sources()) {
      store.article(s.articleId()).ifPresent(stored -> byId.put(s.articleId(), stored.article()));
    }
    SourceTexts texts = SourceTexts.of(brief, byId, splitter::split);
    BriefHtml.Links links = new BriefHtml.Links("/", s -> byId.containsKey(s.articleId()) ? Paths.article(s.articleId()) : null);
    return BriefHtml.write(brief, texts, links);
  }
}
