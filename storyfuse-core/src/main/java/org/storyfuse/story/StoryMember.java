package org.storyfuse.story;

import java.util.Objects;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.model.Article;

/**
 * One article of a story, as fusion needs it.
 *
 * @param article  the extracted article
 * @param analysis the analysis stage's reading of it, or null when analysis was off or failed
 * @param copyOf   the id of the article (in the same story) it is a syndicated copy of, or null for
 *                 an original source
 */
public record StoryMember(Article article, AnalyzedArticle analysis, String copyOf) {

  public StoryMember {
    Objects.requireNonNull(article, "article");
    if (analysis != null && !analysis.article().id().equals(article.id())) {
      throw new IllegalArgumentException("the analysis of " + analysis.article().id() + " given for " + article.id());
    }
    if (article.id().equals(copyOf)) {
      throw new IllegalArgumentException("an article cannot be a copy of itself: " + copyOf);
    }
  }

  public String id() {
    return article.id();
  }

  public boolean isCopy() {
    return copyOf != null;
  }
}
