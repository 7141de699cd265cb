package org.storyfuse.model;

import java.util.List;

/**
 * The product: one story fused into a short, attributed account. Field names map one-to-one (in
 * snake_case) onto the JSON documented in docs/brief-schema.md; keep them stable.
 *
 * <p>Sources are numbered from 1 in publication order; every other part cites them by that
 * number, and every statement points back to the sentences it came from ({@link SentenceRef}).
 */
public record Brief(
    String storyId,
    String headline,
    TimeSpan timeSpan,
    List<Source> sources,
    List<SummarySentence> summary,
    List<CorroboratedClaim> claims,
    List<Quote> quotes,
    List<TimelineEvent> timeline,
    List<TimelineEvent> background,
    List<Entity> entities,
    List<Discrepancy> discrepancies) {

  public Brief {
    sources = List.copyOf(sources);
    summary = List.copyOf(summary);
    claims = List.copyOf(claims);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
    // a brief stored before the background list existed has none
    background = background == null ? List.of() : List.copyOf(background);
    entities = List.copyOf(entities);
    discrepancies = List.copyOf(discrepancies);
  }

  /** Earliest and latest publication day of the story's sources (ISO dates), null when none is known. */
  public record TimeSpan(String first, String last) {}

  /**
   * One article of the story.
   *
   * @param id                 citation number, from 1
   * @param duplicateOf        the source number this one is a syndicated copy of, else null: copies
   *                           are listed but never counted as extra support
   */
  public record Source(
      int id,
      String articleId,
      String origin,
      String outlet,
      String title,
      String url,
      String published,
      boolean publishedInferred,
      Integer duplicateOf) {}

  /** Where a statement came from: a source number and the sentence's index in that article. */
  public record SentenceRef(int source, int sentence) {}

  /**
   * One summary sentence: a sentence a source wrote, with every source that states the same.
   *
   * @param support          source numbers that carry it, ascending
   * @param firstReportedBy  the earliest-published supporting source
   * @param evidence         the supporting sentences, one per supporting source
   */
  public record SummarySentence(
      String text, List<Integer> support, int firstReportedBy, List<SentenceRef> evidence) {}

  /**
   * A fact that two or more independent sources state, in one source's words.
   *
   * @param text             the sentence shown, as a source wrote it
   * @param support          the independent sources that state it, ascending
   * @param firstReportedBy  the earliest-published of them
   * @param evidence         the sentence each of them states it in
   */
  public record CorroboratedClaim(
      String text, List<Integer> support, int firstReportedBy, List<SentenceRef> evidence) {}

  /**
   * Words a source attributes to a speaker.
   *
   * @param kind     {@value #DIRECT}: the words stand between quotation marks in a source and may be
   *                 shown as a quote; {@value #REPORTED}: reported speech ("Sherman said the proposals
   *                 were …"), shown as "speaker said …" without quotation marks. Null (a brief stored
   *                 before quotes had a kind) reads as direct.
   * @param text     the words as a source wrote them: the quoted words, or the reported clause
   */
  public record Quote(
      String speaker, String role, String text, String kind, List<String> variants, List<Integer> sources,
      List<SentenceRef> evidence) {

    public static final String DIRECT = "direct";
    public static final String REPORTED = "reported";

    public Quote {
      kind = kind == null ? DIRECT : kind;
    }

    public boolean reported() {
      return REPORTED.equals(kind);
    }
  }

  public record TimelineEvent(
      String date, String precision, String event, List<Integer> sources, List<SentenceRef> evidence) {}

  public record Entity(String name, String type, List<String> roles, int mentions, List<Integer> sources) {}

  public record Claim(String text, List<Integer> sources, List<SentenceRef> evidence) {}

  public record Discrepancy(String kind, String about, List<Claim> claims) {}
}
