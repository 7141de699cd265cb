package org.storyfuse.analyze;

import java.util.List;

/**
 * One entity of an article (or, from {@link EntityLinker}, of a set of articles): its mentions merged.
 *
 * @param name       the fullest name used ("Sergei Ryabkov")
 * @param key        cross-article key ({@link EntityNames#key})
 * @param kind       coarse class (the most frequent among its mentions)
 * @param nerTag     most frequent fine-grained label
 * @param roles      distinct roles stated for it, in order of first mention
 * @param mentions   number of mentions
 * @param sentences  sentence indices it is mentioned in, ascending (article-level entities only;
 *                   empty for linked cross-article entities, which cite {@code articleIds})
 * @param articleIds articles it is mentioned in, in input order
 */
public record Entity(
    String name,
    String key,
    EntityKind kind,
    String nerTag,
    List<String> roles,
    int mentions,
    List<Integer> sentences,
    List<String> articleIds) {

  public Entity {
    roles = List.copyOf(roles);
    sentences = List.copyOf(sentences);
    articleIds = List.copyOf(articleIds);
  }
}
