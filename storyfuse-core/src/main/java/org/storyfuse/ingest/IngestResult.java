package org.storyfuse.ingest;

import java.util.List;
import org.storyfuse.model.Article;

/**
 * What an ingest run produced, in a deterministic order: articles sorted by origin file and then
 * by their position in the file; problems with the inputs themselves (missing paths, empty globs)
 * first, then per-file problems in the same order as the articles. Notices are what the user should
 * know but that lost nothing they asked for: files skipped as not articles, invalid bytes
 * replaced while decoding; in the same order.
 */
public record IngestResult(List<Article> articles, List<IngestProblem> problems, List<IngestProblem> notices) {

  public IngestResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
  }

  public IngestResult(List<Article> articles, List<IngestProblem> problems) {
    this(articles, problems, List.of());
  }
}
