package org.storyfuse.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.IncrementalStoryClusterer;
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
 * costs the clusterer's pass over feature vectors only.
 *
 * <p>A stream can take a fast path instead ({@link #extend}): the clustering state the last whole
 * grouping left is kept, and articles added since join it one by one — a copy check against the
 * originals sharing an LSH band, then one assignment — at a cost that does not grow with the set.
 * The groups then depend on arrival order, until the next whole grouping ({@link #group}, or one
 * made on a {@link #copy} in another thread and {@link #adopt adopted}) puts them where a batch run
 * would. Not thread-safe: one writer owns it.
 */
final class StoryGrouper {

  private final NearDuplicateDetector duplicates;
  private final StoryClusterer clusterer;
  private final Map<String, Known> known = new HashMap<>();
  /** The state the last whole grouping left, grown by {@link #extend} since; null after a removal. */
  private Live live;
  /** Articles added since {@code live} was made or last extended, in the order they were added. */
  private List<String> sinceLive = new ArrayList<>();
  /** Whether {@code live} took articles since its whole grouping (so a whole grouping may differ). */
  private boolean extended;

  /**
   * What a fast-path arrival is grouped against: the clusterer holding every original, the copies
   * found, and the originals' near-duplicate band keys (so a copy check reads a few candidates,
   * not every original).
   */
  private static final class Live {
    final IncrementalStoryClusterer clusterer;
    final Map<String, String> copyOf = new HashMap<>();
    final Map<String, List<String>> copiesOf = new HashMap<>();
    final Map<Long, List<String>> originalsByBand = new HashMap<>();

    Live(IncrementalStoryClusterer clusterer) {
      this.clusterer = clusterer;
    }

    void indexOriginal(NearDuplicateDetector.Fingerprint f) {
      for (long key : NearDuplicateDetector.bandKeys(f)) {
        originalsByBand.computeIfAbsent(key, k -> new ArrayList<>(1)).add(f.id());
      }
    }

    void addCopy(String copy, String original) {
      copyOf.put(copy, original);
      copiesOf.computeIfAbsent(original, k -> new ArrayList<>()).add(copy);
    }
  }

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
      sinceLive.add(k.id());
    }
  }

  /** Forgets articles (removed from the store): the next {@link #group} groups the others. */
  void remove(java.util.Collection<String> articleIds) {
    for (String id : articleIds) {
      if (known.remove(id) == null) {
        throw new IllegalArgumentException("article not known: " + id);
      }
      live = null; // the clusterer cannot take an article out again: the next grouping is a whole one
    }
  }

  int size() {
    return known.size();
  }

  boolean contains(String articleId) {
    return known.containsKey(articleId);
  }

  /** Groups every known article, and keeps the state for {@link #extend}. */
  Grouping group() {
    List<Known> all = new ArrayList<>(known.values());
    List<Known> originals = new ArrayList<>();
    Map<String, String> copyOf = new HashMap<>();
    for (DuplicateGroup g : duplicates.groupFingerprints(all.stream().map(Known::fingerprint).toList())) {
      originals.add(known.get(g.representativeId()));
      for (String member : g.memberIds()) {
        if (!member.equals(g.representativeId())) {
          copyOf.put(member, g.representativeId());
        }
      }
    }
    originals.sort(ARTICLE_ORDER);
    Live fresh = new Live(clusterer.clustering(originals.stream().map(Known::features).toList()));
    originals.forEach(k -> fresh.indexOriginal(k.fingerprint()));
    // copies in publication order, so each original's list of copies is the same in every run
    all.stream().filter(k -> copyOf.containsKey(k.id())).sorted(ARTICLE_ORDER)
        .forEach(k -> fresh.addCopy(k.id(), copyOf.get(k.id())));
    live = fresh;
    sinceLive = new ArrayList<>();
    extended = false;
    return grouping(fresh);
  }

  /** Whether the groups are those of a whole grouping of every known article (a batch run's). */
  boolean settled() {
    return live != null && !extended && sinceLive.isEmpty();
  }

  /**
   * Groups the articles added since the last grouping into the groups it left, without grouping the
   * others again: each, in publication order, becomes a copy of an original it may copy (the earliest
   * such, among those sharing a band) or is assigned to the clusterer. A whole grouping when there is
   * no state to extend.
   */
  Grouping extend() {
    if (live == null) {
      return group();
    }
    List<Known> added = sinceLive.stream().map(known::get).sorted(ARTICLE_ORDER).toList();
    for (Known k : added) {
      String original = originalCopied(k.fingerprint());
      if (original != null) {
        live.addCopy(k.id(), original);
      } else {
        live.clusterer.assign(k.features());
        live.indexOriginal(k.fingerprint());
      }
    }
    extended |= !added.isEmpty();
    sinceLive = new ArrayList<>();
    return grouping(live);
  }

  /** The earliest original sharing a band with this text that it may be a copy of, or null. */
  private String originalCopied(NearDuplicateDetector.Fingerprint f) {
    java.util.TreeSet<Known> candidates = new java.util.TreeSet<>(ARTICLE_ORDER);
    for (long key : NearDuplicateDetector.bandKeys(f)) {
      for (String id : live.originalsByBand.getOrDefault(key, List.of())) {
        candidates.add(known.get(id));
      }
    }
    for (Known c : candidates) {
      if (duplicates.mayCopy(c.fingerprint(), f)) {
        return c.id();
      }
    }
    return null;
  }

  /** A grouper holding the same articles, for a whole grouping made in another thread ({@link #adopt}). */
  StoryGrouper copy() {
    StoryGrouper c = new StoryGrouper(duplicates, clusterer);
    c.known.putAll(known);
    return c;
  }

  /**
   * Takes over the state a whole grouping of a {@link #copy} left, and extends it with the articles
   * added here since the copy was made. Null (nothing taken) when an article of the copy has been
   * removed since, or the copy was not grouped.
   */
  Grouping adopt(StoryGrouper grouped) {
    if (grouped.live == null || !known.keySet().containsAll(grouped.known.keySet())) {
      return null;
    }
    live = grouped.live;
    extended = false;
    List<String> since = new ArrayList<>();
    known.values().stream().filter(k -> !grouped.known.containsKey(k.id()))
        .sorted(Comparator.comparingLong(Known::seq)).forEach(k -> since.add(k.id()));
    sinceLive = since;
    grouped.live = null; // it is this grouper's now, and extend changes it
    return extend();
  }

  /** The storylines and events of a clustering state, each with its copies, named after their founders. */
  private Grouping grouping(Live state) {
    List<Storyline> clusters = state.clusterer.storylines();
    Map<String, String> copyOf = new HashMap<>(state.copyOf);
    Map<String, List<String>> copiesOf = state.copiesOf;

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
