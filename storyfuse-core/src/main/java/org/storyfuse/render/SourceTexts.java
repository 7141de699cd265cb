package org.storyfuse.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;

/**
 * The sentences of each source of a brief, by source number, so a page can show the text that
 * every citation points to. Split with the same {@link SentenceSplitter} as the brief, so the
 * sentence indices in the brief's evidence match.
 */
public record SourceTexts(Map<Integer, List<String>> sentencesBySource) {

  public SourceTexts {
    sentencesBySource = Map.copyOf(sentencesBySource);
  }

  public static final SourceTexts NONE = new SourceTexts(Map.of());

  public static SourceTexts of(Brief brief, Map<String, Article> articlesById, SentenceSplitter splitter) {
    Map<Integer, List<String>> out = new TreeMap<>();
    for (Brief.Source s : brief.sources()) {
      Article a = articlesById.get(s.articleId());
      if (a != null) {
        out.put(s.id(), splitter.split(a).stream().map(Sentence::text).toList());
      }
    }
    return new SourceTexts(out);
  }

  public List<String> of(int source) {
    return sentencesBySource.getOrDefault(source, List.of());
  }
}
