package org.storyfuse.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.analyze.Profile;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.pipeline.BatchResult;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.render.BriefJson;
import org.storyfuse.story.Level;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryMember;

/**
 * Groups and fuses one connected part of the candidate graph with the product's {@code
 * StoryPipeline} — the one {@code storyfuse brief} runs — in an executor: members in input order,
 * the clusterer given the whole input's document frequencies and the features computed already,
 * so the part groups as it would inside a single-machine run over the whole input.
 */
final class Parts {

  private static final ObjectMapper COMPACT = new ObjectMapper();

  private Parts() {}

  static List<Records.StoryOut> run(Iterable<Records.Member> part, Counts counts, Profile analysis, int words,
      Level level, boolean fuse) throws java.io.IOException {
    List<Records.Member> members = new ArrayList<>();
    part.forEach(members::add);
    members.sort(java.util.Comparator.comparingLong(Records.Member::order));
    List<Article> articles = new ArrayList<>();
    Map<String, ArticleFeatures> known = new HashMap<>();
    for (Records.Member m : members) {
      articles.add(m.article());
      known.put(m.article().id(), m.features().features());
    }
    StoryPipeline.Stages standard = Engines.pipeline(analysis, words).stages();
    StoryPipeline pipeline = new StoryPipeline(new StoryPipeline.Stages(standard.analyzer(), standard.duplicates(),
        standard.clusterer().withCollection(counts, known::get), standard.briefs()), 1);
    List<Records.StoryOut> out = new ArrayList<>();
    if (!fuse) {
      for (Story s : pipeline.stories(articles, new PipelineListener() {}, level)) {
        out.add(output(s, null));
      }
      return out;
    }
    BatchResult result = pipeline.run(articles, new PipelineListener() {}, level);
    for (int i = 0; i < result.stories().size(); i++) {
      out.add(output(result.stories().get(i), result.briefs().get(i)));
    }
    return out;
  }

  private static Records.StoryOut output(Story story, Brief brief) throws java.io.IOException {
    List<String> ids = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    List<String> copyOf = new ArrayList<>();
    for (StoryMember m : story.members()) {
      ids.add(m.id());
      origins.add(m.article().origin());
      copyOf.add(m.copyOf());
    }
    if (brief == null) {
      return new Records.StoryOut(story.id(), story.size(), null, ids, origins, copyOf, null, null, null,
          (int) story.sources(), List.of());
    }
    // the JSON of `brief --json` for this story, on one line
    String json = COMPACT.writeValueAsString(COMPACT.readTree(BriefJson.write(brief)));
    List<Records.Claim> claims = new ArrayList<>();
    brief.summary().forEach(s -> claims.add(new Records.Claim("summary", s.text(), s.support())));
    brief.claims().forEach(c -> claims.add(new Records.Claim("corroborated", c.text(), c.support())));
    Brief.TimeSpan span = brief.timeSpan();
    return new Records.StoryOut(story.id(), story.size(), json, ids, origins, copyOf, brief.headline(),
        span == null ? null : span.first(), span == null ? null : span.last(), brief.sources().size(), claims);
  }
}
