package org.storyfuse.analyze;

import java.util.Objects;

/**
 * One mention of a named entity in an article.
 *
 * @param text       the mention as written ("Ryabkov", "U.S.")
 * @param kind       coarse class
 * @param nerTag     CoreNLP's label ("PERSON", "CITY", "COUNTRY", "ORGANIZATION", "TITLE", ...)
 * @param sentence   index of the sentence it stands in (same numbering as {@code text.SentenceSplitter})
 * @param begin      character offset of the mention in that sentence's text
 * @param end        character offset just past the mention
 * @param name       the entity it refers to, as named most fully in this article: "Ryabkov" after
 *                   (or before) "Sergei Ryabkov" gets "Sergei Ryabkov"; acronyms introduced in
 *                   parentheses get the long form's acronym
 * @param key        the cross-article key of {@code name} ({@link EntityNames#key}): equal keys, equal entity
 * @param role       the title stated next to a person, without country or organisation qualifiers
 *                   ("Deputy Foreign Minister"), else null
 * @param roleText   the role as written, qualifiers included ("Russia's Deputy Foreign Minister"), else null
 */
public record EntityMention(
    String text,
    EntityKind kind,
    String nerTag,
    int sentence,
    int begin,
    int end,
    String name,
    String key,
    String role,
    String roleText) {

  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
  }
}
