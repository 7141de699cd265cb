package org.storyfuse.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.ingest.dedup.DuplicateGroup;
import org.storyfuse.ingest.dedup.NearDuplicateDetector;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.Story;

/**
 * Extracted articles in, one brief per story out: syndicated copies are grouped, the originals are
 * clustered into stories (copies follow their original), and each story is fused. Library users
 * who hold articles already start here; the CLI runs ingestion first.
 */
public final class StoryPipeline {

  private final NearDuplicateDetector duplicates;
  private final StoryClusterer clusterer;
  private final BriefBuilder briefs;

  public StoryPipeline(NearDuplicateDetector duplicates, StoryClusterer clusterer, BriefBuilder briefs) {
    this.duplicates = duplicates;
    this.clusterer = clusterer;
    this.briefs = briefs;
  }

  public StoryPipeline(int summaryWords) {
    this(new NearDuplicateDetector(), new StoryClusterer(),
        new BriefBuilder(new org.storyfuse.text.SentenceSplitter(), summaryWords, org.storyfuse.embed.LazyEmbedder.miniLm()));
  }

  /** The stories and their briefs, largest story first, without the analysis stage. */
  public List<Brief> run(List<Article> articles) {
    return run(articles, Map.of());
  }

  /**
   * @param analyses the analysis stage's reading of each article by id (entities, quotes, dates);
   *                 articles without one get no entities, quotes or timeline in their brief
   */
  public List<Brief> run(List<Article> articles, Map<String, AnalyzedArticle> analyses) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      if (byId.putIfAbsent(a.id(), a) != null) {
        throw new IllegalArgumentException("two articles share the id " + a.id() + ": " + a.origin());
      }
    }
    Map<String, String> canonicalOf = new HashMap<>();
    Map<String, List<String>> copiesOf = new HashMap<>();
    List<Article> originals = new ArrayList<>();
    for (DuplicateGroup group : duplicates.group(articles)) {
      originals.add(byId.get(group.representativeId()));
      for (String member : group.memberIds()) {
        if (!member.equals(group.representativeId())) {
          canonicalOf.put(member, group.representativeId());
          copiesOf.computeIfAbsent(group.representativeId(), k -> new ArrayList<>()).add(member);
        }
      }
    }
    List<Brief> out = new ArrayList<>();
    for (Story story : clusterer.cluster(originals)) {
      List<String> members = new ArrayList<>();
      for (String id : story.articleIds()) {
        members.add(id);
        members.addAll(copiesOf.getOrDefault(id, List.of()));
      }
      out.add(briefs.build(new Story(story.id(), members), byId, canonicalOf, analyses));
    }
    return out;
  }
}
