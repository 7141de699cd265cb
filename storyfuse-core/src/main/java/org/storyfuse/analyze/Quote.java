package org.storyfuse.analyze;

import java.util.Objects;

/**
 * Words a source attributes to a speaker.
 *
 * @param kind          DIRECT (inside quotation marks) or REPORTED ("X said that ...", "according to X")
 * @param text          the quoted words, without the marks; for reported speech the reported clause
 * @param speaker       the speaker's entity name as resolved in this article ("Sergei Ryabkov" for
 *                      "he" or "Ryabkov"), or null when no named speaker was found
 * @param speakerKey    {@link EntityNames#key} of the speaker, or null
 * @param speakerKind   coarse class of the speaker (a country or an organisation can speak), or null
 * @param speakerRole   the speaker's role as stated in this article, or null
 * @param speakerText   who the source says spoke, as written ("he", "a senior Russian diplomat",
 *                      "Ryabkov"), or null
 * @param cue           the attribution cue, lower case ("said", "told", "according to", "quoting"),
 *                      or "continued" when the speaker was carried over from the previous quote
 * @param sentence      index of the sentence the quote starts in
 * @param endSentence   index of the sentence it ends in (greater for quotes spanning sentences)
 * @param begin         character offset of the quote's first word in sentence {@code sentence}
 */
public record Quote(
    Kind kind,
    String text,
    String speaker,
    String speakerKey,
    EntityKind speakerKind,
    String speakerRole,
    String speakerText,
    String cue,
    int sentence,
    int endSentence,
    int begin) {

  public enum Kind { DIRECT, REPORTED }

  public Quote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
