package org.storyfuse.fuse;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Whether two sentences that name the same date report the same event, so the timeline shows them
 * as one entry citing every source. One of:
 * <ul>
 *   <li>similar wording (TF-IDF cosine ≥ {@value #SAME_EVENT_COSINE});
 *   <li>the same fact ({@code sameFact}: aligned by meaning, or two sentences of one corroborated
 *       claim — "saw no reason to sit down again in the coming days" / "sees no reason to hold a new
 *       round of talks in the coming days" are one development however differently worded);
 *   <li>the same actors: two or more names in common, one of them not named by every source
 *       ("Ryabkov and Sherman met in Geneva on Monday" / "Ryabkov and his American counterpart,
 *       Wendy Sherman, held on Monday seven hours of talks");
 *   <li>the same place: on one day, one place is where one event happens ("will meet the team on
 *       Wednesday in Tarnow" / "talks in Orsa on Monday and Tarnow on Wednesday"), while a sentence
 *       of that day about elsewhere or nowhere in particular stays apart. A sentence's place is the
 *       one written nearest its date, and none when every source names it (where the whole story
 *       happens says nothing about which event): see {@code TimelineBuilder};
 *   <li>the same speaker, the date being the day of the speaking: one person's remarks of one day
 *       ("Ryabkov was quoted as saying on Thursday that… no reason to sit down again" / "…no reason to
 *       hold a new round…, a top diplomat said Thursday", the diplomat named in the next sentence)
 *       are one event ({@link DatedStatements}).
 * </ul>
 */
final class SameEvent {

  static final double SAME_EVENT_COSINE = 0.30;

  /** Day and month names and "today"/"yesterday": shared by sentences of one date, they name no actor. */
  private static final Set<String> CALENDAR = calendar();

  private static Set<String> calendar() {
    Set<String> words = new HashSet<>(org.storyfuse.text.lexicon.Weekdays.NAMES);
    words.addAll(org.storyfuse.text.lexicon.Months.NAMES);
    words.addAll(Set.of("today", "yesterday"));
    return Set.copyOf(words);
  }

  private final BiPredicate<BriefBuilder.SentenceNode, BriefBuilder.SentenceNode> sameFact;
  /** Names every independent source uses ("Russia" in a Russia story). */
  private final Set<String> namedEverywhere;
  /** Per dated sentence, the place of its event (an entity key), when it names one. */
  private final Map<BriefBuilder.SentenceNode, String> eventPlaces;
  /** Per dated sentence that reports what someone said that day, the speaker ({@link DatedStatements}). */
  private final Map<BriefBuilder.SentenceNode, String> speakers;

  SameEvent(BiPredicate<BriefBuilder.SentenceNode, BriefBuilder.SentenceNode> sameFact, Set<String> namedEverywhere,
      Map<BriefBuilder.SentenceNode, String> eventPlaces, Map<BriefBuilder.SentenceNode, String> speakers) {
    this.sameFact = sameFact;
    this.namedEverywhere = namedEverywhere;
    this.eventPlaces = eventPlaces;
    this.speakers = speakers;
  }

  boolean test(BriefBuilder.SentenceNode a, BriefBuilder.SentenceNode b) {
    return a.vector().cosine(b.vector()) >= SAME_EVENT_COSINE || sameFact.test(a, b) || sameActors(a, b)
        || samePlace(a, b) || sameSpeaker(a, b);
  }

  private boolean sameSpeaker(BriefBuilder.SentenceNode a, BriefBuilder.SentenceNode b) {
    String speaker = speakers.get(a);
    return speaker != null && speaker.equals(speakers.get(b));
  }

  private boolean sameActors(BriefBuilder.SentenceNode a, BriefBuilder.SentenceNode b) {
    Set<String> shared = new HashSet<>(Support.names(a.sentence().text()));
    shared.retainAll(Support.names(b.sentence().text()));
    shared.removeAll(CALENDAR);
    return shared.size() >= 2 && !namedEverywhere.containsAll(shared);
  }

  private boolean samePlace(BriefBuilder.SentenceNode a, BriefBuilder.SentenceNode b) {
    String place = eventPlaces.get(a);
    return place != null && place.equals(eventPlaces.get(b));
  }
}
