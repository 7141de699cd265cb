package org.storyfuse.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;

/**
 * The sentences of each source of a brief, by source number, so a page can show the text that
 * every citation points to. The sentences must be split as the brief's were ({@link SentenceSplitter},
 * or the analysis stage's sentences, which come from it), so the brief's sentence indices match.
 */
public record SourceTexts(Map<Integer, List<String>> sentencesBySource) {

  public SourceTexts {
    sentencesBySource = Map.copyOf(sentencesBySource);
  }

  public static final SourceTexts NONE = new SourceTexts(Map.of());

  /**
   * @param sentencesOf the sentences of an article — pass the analysis stage's where it ran, so a
   *                    page does not split every article a second time
   */
  public static SourceTexts of(Brief brief, Map<String, Article> articlesById,
      Function<Article, List<Sentence>> sentencesOf) {
    Map<Integer, List<String>> out = new TreeMap<>();
    for (Brief.Source s : brief.sources()) {
      Article a = articlesById.get(s.articleId());
      if (a != null) {
        out.put(s.id(), sentencesOf.apply(a).stream().map(Sentence::text).toList());
      }
    }
    return new SourceTexts(out);
  }

  public List<String> of(int source) {
    return sentencesBySource.getOrDefault(source, List.of());
  }
}
