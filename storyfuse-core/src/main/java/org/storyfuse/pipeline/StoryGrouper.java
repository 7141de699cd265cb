package org.storyfuse.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.cluster.Storyline;
import org.storyfuse.ingest.dedup.DuplicateGroup;
import org.storyfuse.ingest.dedup.NearDuplicateDetector;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

/**
 * The grouping step both pipeline modes share: syndicated copies are found among all known
 * articles, the originals are clustered into storylines and their events, copies follow their
 * original, and each storyline and event is named after its founding article ({@link StoryIds}).
 *
 * <p>Every call to {@link #group} groups the whole known set again, with detectors whose answer
 * depends on the set and not on its order. That is what makes a store fed batch by batch agree
 * with one batch run over the same articles, whatever the batch boundaries; the per-article work
 * (fingerprints, clustering features) is computed once, when an article is added, so regrouping
 * costs the clusterer's pass over feature vectors only. Not thread-safe: one writer owns it.
 */
final class StoryGrouper {

  private final NearDuplicateDetector duplicates;
  private final StoryClusterer clusterer;
  private final Map<String, Known> known = new HashMap<>();

  /** What grouping keeps of an article: no text, only what it computed from it. */
  private record Known(long seq, String id, PublicationDate published, NearDuplicateDetector.Fingerprint fingerprint,
      ArticleFeatures features) {}

  StoryGrouper(NearDuplicateDetector duplicates, StoryClusterer clusterer) {
    this.duplicates = duplicates;
    this.clusterer = clusterer;
  }

  /** Adds articles with their arrival sequence numbers (parallel lists); per-article work runs on all cores. */
  void add(List<Article> articles, List<Long> seqs) {
    if (articles.size() != seqs.size()) {
      throw new IllegalArgumentException("one arrival sequence per article");
    }
    List<Known> computed = java.util.stream.IntStream.range(0, articles.size()).parallel()
        .mapToObj(i -> {
          Article a = articles.get(i);
          return new Known(seqs.get(i), a.id(), a.published(), duplicates.fingerprint(a), clusterer.features(a));
        })
        .toList();
    for (Known k : computed) {
      if (known.putIfAbsent(k.id(), k) != null) {
        throw new IllegalArgumentException("article already known: " + k.id());
      }
    }
  }

  /** Forgets articles (removed from the store): the next {@link #group} groups the others. */
  void remove(java.util.Collection<String> articleIds) {
    for (String id : articleIds) {
      if (known.remove(id) == null) {
        throw new IllegalArgumentException("article not known: " + id);
      }
    }
  }

  int size() {
    return known.size();
  }

  boolean contains(String articleId) {
    return known.containsKey(articleId);
  }

  /** Groups every known article. */
  Grouping group() {
    List<Known> all = new ArrayList<>(known.values());
    Map<String, String> copyOf = new HashMap<>();
    List<Known> originals = new ArrayList<>();
    Map<String, List<String>> copiesOf = new HashMap<>();
    for (DuplicateGroup g : duplicates.groupFingerprints(all.stream().map(Known::fingerprint).toList())) {
      originals.add(known.get(g.representativeId()));
      for (String member : g.memberIds()) {
        if (!member.equals(g.representativeId())) {
          copyOf.put(member, g.representativeId());
          copiesOf.computeIfAbsent(g.representativeId(), k -> new ArrayList<>()).add(member);
        }
      }
    }
    originals.sort(ARTICLE_ORDER);
    List<Storyline> clusters = clusterer.clusterOrdered(originals.stream().map(Known::features).toList());

    // Each storyline and each event with its copies, members in arrival order.
    List<List<Known>> lines = new ArrayList<>();
    List<List<Known>> events = new ArrayList<>();
    Map<List<Known>, List<Known>> lineOfEvent = new java.util.IdentityHashMap<>();
    for (Storyline cluster : clusters) {
      List<Known> line = new ArrayList<>();
      for (List<String> event : cluster.events()) {
        List<Known> members = withCopies(event, copiesOf);
        events.add(members);
        lineOfEvent.put(members, line);
        line.addAll(members);
      }
      line.sort(Comparator.comparingLong(Known::seq));
      lines.add(line);
    }
    Named storylines = name(lines, StoryIds::of);
    Named eventNames = name(events, StoryIds::event);
    Map<List<Known>, String> lineId = new java.util.IdentityHashMap<>();
    storylines.groupOf().forEach((id, g) -> lineId.put(g, id));
    Map<String, List<String>> eventsOf = new LinkedHashMap<>();
    storylines.members().keySet().forEach(id -> eventsOf.put(id, new ArrayList<>()));
    eventNames.groupOf().forEach((id, g) -> eventsOf.get(lineId.get(lineOfEvent.get(g))).add(id));
    return new Grouping(storylines.members(), storylines.of(), copyOf, storylines.founderSeq(),
        eventNames.members(), eventNames.of(), eventsOf, eventNames.founderSeq());
  }

  private List<Known> withCopies(List<String> ids, Map<String, List<String>> copiesOf) {
    List<Known> members = new ArrayList<>();
    for (String id : ids) {
      members.add(known.get(id));
      copiesOf.getOrDefault(id, List.of()).forEach(c -> members.add(known.get(c)));
    }
    members.sort(Comparator.comparingLong(Known::seq));
    return members;
  }

  /** Groups with their ids: members, article → group, founder's sequence, and id → the group itself. */
  private record Named(Map<String, List<String>> members, Map<String, String> of, Map<String, Long> founderSeq,
      Map<String, List<Known>> groupOf) {}

  /**
   * Names groups after their founding article. Founding order: the group whose first article
   * arrived first is named first, so an id collision (40 bits) is settled the same way in every run.
   */
  private static Named name(List<List<Known>> groups, java.util.function.Function<String, String> scheme) {
    List<List<Known>> ordered = new ArrayList<>(groups);
    ordered.sort(Comparator.comparingLong(g -> g.get(0).seq()));
    Map<String, List<String>> members = new LinkedHashMap<>();
    Map<String, String> of = new HashMap<>();
    Map<String, Long> founderSeq = new HashMap<>();
    Map<String, List<Known>> groupOf = new LinkedHashMap<>();
    for (List<Known> g : ordered) {
      String base = scheme.apply(g.get(0).id());
      String id = base;
      for (int n = 2; members.containsKey(id); n++) {
        id = base + "-" + n;
      }
      List<String> ids = g.stream().map(Known::id).toList();
      members.put(id, ids);
      founderSeq.put(id, g.get(0).seq());
      groupOf.put(id, g);
      for (String a : ids) {
        of.put(a, id);
      }
    }
    return new Named(members, of, founderSeq, groupOf);
  }

  /** {@link StoryClusterer#ARTICLE_ORDER} over what grouping keeps: publication day, exact time, id. */
  private static final Comparator<Known> ARTICLE_ORDER =
      Comparator.comparing((Known k) -> k.published() == null ? null : k.published().date(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing((Known k) -> k.published() == null || k.published().instant() == null
                  ? null : k.published().instant().toInstant(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Known::id);
}
