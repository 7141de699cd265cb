package org.storyfuse.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.ingest.dedup.DuplicateGroup;
import org.storyfuse.ingest.dedup.NearDuplicateDetector;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

/**
 * The grouping step both pipeline modes share: syndicated copies are found among all known
 * articles, the originals are clustered into stories, copies follow their original, and each story
 * is named after its founding article ({@link StoryIds}).
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
    List<List<String>> clusters = clusterer.clusterOrdered(originals.stream().map(Known::features).toList());

    List<List<Known>> stories = new ArrayList<>();
    for (List<String> cluster : clusters) {
      List<Known> members = new ArrayList<>();
      for (String id : cluster) {
        members.add(known.get(id));
        copiesOf.getOrDefault(id, List.of()).forEach(c -> members.add(known.get(c)));
      }
      members.sort(Comparator.comparingLong(Known::seq));
      stories.add(members);
    }
    // Founding order: the story whose first article arrived first is named first, so an id
    // collision (40 bits) is settled the same way in every run.
    stories.sort(Comparator.comparingLong(s -> s.get(0).seq()));
    Map<String, List<String>> storyMembers = new LinkedHashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    Map<String, Long> founderSeq = new HashMap<>();
    for (List<Known> members : stories) {
      String base = StoryIds.of(members.get(0).id());
      String id = base;
      for (int n = 2; storyMembers.containsKey(id); n++) {
        id = base + "-" + n;
      }
      List<String> ids = members.stream().map(Known::id).toList();
      storyMembers.put(id, ids);
      founderSeq.put(id, members.get(0).seq());
      for (String a : ids) {
        storyOf.put(a, id);
      }
    }
    return new Grouping(storyMembers, storyOf, copyOf, founderSeq);
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
