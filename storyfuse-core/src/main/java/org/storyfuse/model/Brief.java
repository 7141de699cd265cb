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
    List<Discrepancy> discrepancies,
    List<Event> events) {

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
    // a brief stored before events were listed has none
    events = events == null ? List.of() : List.copyOf(events);
  }

  /** A brief without its events' list (a story grouped at one level). */
  public Brief(String storyId, String headline, TimeSpan timeSpan, List<Source> sources,
      List<SummarySentence> summary, List<CorroboratedClaim> claims, List<Quote> quotes,
      List<TimelineEvent> timeline, List<TimelineEvent> background, List<Entity> entities,
      List<Discrepancy> discrepancies) {
    this(storyId, headline, timeSpan, sources, summary, claims, quotes, timeline, background, entities,
        discrepancies, List.of());
  }

  /**
   * One event of the storyline (one development, usually a day or two; the clusterer's finer level),
   * in the order of its first report.
   *
   * @param id      the event's id
   * @param title   the title of its members that best represents them
   * @param first   its earliest publication day (ISO date), null when none is known
   * @param last    its latest publication day, null when none is known
   * @param sources its members' source numbers, ascending (copies included)
   */
  public record Event(String id, String title, String first, String last, List<Integer> sources) {
    public Event {
      sources = List.copyOf(sources);
    }
  }

  /** Earliest and latest publication day of the story's sources (ISO dates), null when none is known. */
  public record TimeSpan(String first, String last) {}

  /**
   * One article of the story.
   *
   * @param id                 citation number, from 1
   * @param duplicateOf        the source number this one is a syndicated copy of, else null: copies
   *                           are listed but never counted as extra support
   * @param outletInferred     the outlet was read from the text, page or URL (a credit line, "…reports
   *                           X", a dateline agency, og:site_name, the host), not stated by its container
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
      Integer duplicateOf,
      boolean outletInferred) {

    public Source(int id, String articleId, String origin, String outlet, String title, String url, String published,
        boolean publishedInferred, Integer duplicateOf) {
      this(id, articleId, origin, outlet, title, url, published, publishedInferred, duplicateOf, false);
    }
  }

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
   * @param support          the independent sources whose cited sentence states the shown text, ascending
   * @param firstReportedBy  the earliest-published of them
   * @param evidence         the sentence each of them states it in
   * @param otherWordings    sources that report the same fact in other words, each cited after its own
   *                         words (an excerpt of its sentence, "…" where cut): they corroborate the
   *                         fact but do not state the shown sentence. Null (a brief stored before
   *                         this field) reads as none.
   */
  public record CorroboratedClaim(
      String text, List<Integer> support, int firstReportedBy, List<SentenceRef> evidence,
      List<Claim> otherWordings) {

    public CorroboratedClaim {
      otherWordings = otherWordings == null ? List.of() : List.copyOf(otherWordings);
    }

    public CorroboratedClaim(String text, List<Integer> support, int firstReportedBy, List<SentenceRef> evidence) {
      this(text, support, firstReportedBy, evidence, List.of());
    }

    /** Every independent source that reports the fact: in the shown words or in its own. */
    public java.util.SortedSet<Integer> allSources() {
      java.util.SortedSet<Integer> all = new java.util.TreeSet<>(support);
      otherWordings.forEach(w -> all.addAll(w.sources()));
      return all;
    }
  }

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

  /**
   * One event on a date.
   *
   * @param sources       the sources whose cited sentence states the event as shown
   * @param otherWordings sources that tell the same event in other words, each cited after an excerpt
   *                      of its own sentence; null (a brief stored before this field) reads as none
   */
  public record TimelineEvent(
      String date, String precision, String event, List<Integer> sources, List<SentenceRef> evidence,
      List<Claim> otherWordings) {

    public TimelineEvent {
      otherWordings = otherWordings == null ? List.of() : List.copyOf(otherWordings);
    }

    public TimelineEvent(String date, String precision, String event, List<Integer> sources, List<SentenceRef> evidence) {
      this(date, precision, event, sources, evidence, List.of());
    }
  }

  public record Entity(String name, String type, List<String> roles, int mentions, List<Integer> sources) {}

  public record Claim(String text, List<Integer> sources, List<SentenceRef> evidence) {}

  public record Discrepancy(String kind, String about, List<Claim> claims) {}
}
