package org.storyfuse.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.store.IngestReport;
import org.storyfuse.store.SearchHit;
import org.storyfuse.store.Store;
import org.storyfuse.store.StoredArticle;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.StorySummary;

/**
 * A test double of {@link Store}: articles in memory, every story and brief recomputed with
 * {@link StoryPipeline} after each batch (analysis optional), search by case-insensitive substring.
 * Keeps the interface's contract (duplicates by content hash and URL, all-or-nothing batches, no
 * half-written reads, deterministic order) without the real store's incremental work.
 */
final class PipelineBackedStore implements Store {

  private final StoryPipeline pipeline = new StoryPipeline(org.storyfuse.fuse.BriefBuilder.DEFAULT_WORDS);
  private final Analyzer analyzer;
  private final Clock clock;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final Map<String, String> hashes = new HashMap<>();
  private final Map<String, Instant> ingestedAt = new HashMap<>();
  private final Map<String, String> idByContentKey = new HashMap<>();
  private final Map<String, AnalyzedArticle> analyses = new HashMap<>();
  private Map<String, Brief> briefs = Map.of();
  private Map<String, String> storyOf = Map.of();
  private final Map<String, Instant> updated = new HashMap<>();

  /** @param analyzer reads each new article at ingest, or null to build briefs without analysis */
  PipelineBackedStore(Analyzer analyzer) {
    this(analyzer, Clock.systemUTC());
  }

  PipelineBackedStore(Analyzer analyzer, Clock clock) {
    this.analyzer = analyzer;
    this.clock = clock;
  }

  @Override
  public IngestReport ingest(List<Article> batch) {
    lock.writeLock().lock();
    try {
      Instant now = clock.instant();
      Map<String, Article> added = new LinkedHashMap<>();
      List<String> ids = new ArrayList<>();
      List<Boolean> fresh = new ArrayList<>();
      Map<String, String> batchKeys = new HashMap<>();
      for (Article a : batch) {
        String key = contentKey(a);
        String existing = idByContentKey.getOrDefault(key, batchKeys.get(key));
        if (existing != null) {
          ids.add(existing);
          fresh.add(false);
          continue;
        }
        if (articles.containsKey(a.id()) || added.containsKey(a.id())) {
          throw new IllegalArgumentException("another article already has the id " + a.id() + ": " + a.origin());
        }
        batchKeys.put(key, a.id());
        added.put(a.id(), a);
        ids.add(a.id());
        fresh.add(true);
      }
      // compute everything before changing any state: a failing batch leaves the store as it was
      Map<String, AnalyzedArticle> newAnalyses = new HashMap<>();
      if (analyzer != null) {
        added.values().forEach(a -> newAnalyses.put(a.id(), analyzer.analyze(a)));
      }
      Map<String, Article> allArticles = new LinkedHashMap<>(articles);
      allArticles.putAll(added);
      Map<String, AnalyzedArticle> allAnalyses = new HashMap<>(analyses);
      allAnalyses.putAll(newAnalyses);
      Map<String, Brief> newBriefs = new LinkedHashMap<>();
      Map<String, String> newStoryOf = new HashMap<>();
      if (!added.isEmpty()) {
        for (Brief b : pipeline.run(new ArrayList<>(allArticles.values()), allAnalyses)) {
          newBriefs.put(b.storyId(), b);
          b.sources().forEach(s -> newStoryOf.put(s.articleId(), b.storyId()));
        }
      }

      if (!added.isEmpty()) {
        articles.putAll(added);
        analyses.putAll(newAnalyses);
        added.values().forEach(a -> {
          String hash = contentHash(a);
          hashes.put(a.id(), hash);
          ingestedAt.put(a.id(), now);
          idByContentKey.put(hash + "\n" + a.url(), a.id());
        });
        for (Brief b : newBriefs.values()) {
          Brief before = briefs.get(b.storyId());
          boolean gained = b.sources().stream().anyMatch(s -> added.containsKey(s.articleId()));
          if (gained || before == null) {
            updated.put(b.storyId(), now);
          }
        }
        updated.keySet().retainAll(newBriefs.keySet());
        briefs = newBriefs;
        storyOf = newStoryOf;
      }
      List<IngestReport.Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        outcomes.add(new IngestReport.Outcome(ids.get(i),
            fresh.get(i) ? IngestReport.Status.NEW : IngestReport.Status.DUPLICATE, storyOf.get(ids.get(i))));
      }
      return new IngestReport(outcomes);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public List<StorySummary> stories(StoryQuery query) {
    lock.readLock().lock();
    try {
      return briefs.values().stream()
          .filter(b -> query.since() == null || !updated.get(b.storyId()).isBefore(query.since()))
          .filter(b -> query.text() == null || storyContains(b, query.text()))
          .sorted(Comparator.comparing((Brief b) -> updated.get(b.storyId())).reversed().thenComparing(Brief::storyId))
          .limit(query.limit())
          .map(b -> new StorySummary(b.storyId(), b.headline(), b.sources().size(),
              (int) b.sources().stream().filter(s -> s.duplicateOf() == null).count(),
              b.timeSpan().first(), b.timeSpan().last(), updated.get(b.storyId())))
          .toList();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<Brief> brief(String storyId) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(briefs.get(storyId));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<StoredArticle> article(String articleId) {
    lock.readLock().lock();
    try {
      Article a = articles.get(articleId);
      return a == null ? Optional.empty()
          : Optional.of(new StoredArticle(a, storyOf.get(articleId), hashes.get(articleId), ingestedAt.get(articleId)));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    lock.readLock().lock();
    try {
      List<SearchHit> hits = new ArrayList<>();
      for (Brief b : briefs.values()) {
        if (contains(b.headline(), query)) {
          hits.add(new SearchHit(SearchHit.Kind.BRIEF, b.storyId(), b.storyId(), b.headline(), b.headline()));
        }
      }
      for (Article a : articles.values()) {
        if (contains(a.title(), query) || contains(a.text(), query)) {
          hits.add(new SearchHit(SearchHit.Kind.ARTICLE, a.id(), storyOf.get(a.id()), a.title(), snippet(a, query)));
        }
      }
      return hits.stream().limit(limit).toList();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void close() {}

  private boolean storyContains(Brief b, String text) {
    return contains(b.headline(), text)
        || b.summary().stream().anyMatch(s -> contains(s.text(), text))
        || b.sources().stream().map(s -> articles.get(s.articleId()))
            .anyMatch(a -> contains(a.title(), text) || contains(a.text(), text));
  }

  private static boolean contains(String haystack, String needle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  private static String snippet(Article a, String query) {
    String text = a.text();
    int at = Math.max(0, text.toLowerCase(Locale.ROOT).indexOf(query.toLowerCase(Locale.ROOT)));
    return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + query.length() + 60));
  }

  private static String contentKey(Article a) {
    return contentHash(a) + "\n" + a.url();
  }

  private static String contentHash(Article a) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(a.text().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
