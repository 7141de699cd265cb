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
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.render.BriefJson;
import org.storyfuse.story.Level;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryEvent;
import org.storyfuse.story.StoryMember;
import org.storyfuse.analyze.AnalysisCodec;
import scala.Tuple2;

/**
 * The product's own stages, run by the job's tasks: an article's analysis (in any executor), the
 * grouping of one connected part of the candidate graph with the product's {@code StoryPipeline} —
 * members in input order, the clusterer given the whole input's document frequencies and the
 * features computed already, so the part groups as it would inside a single-machine run over the
 * whole input — and the brief of one story. Analysis and fusion are per article and per story, so
 * they spread over every executor however the parts fall (one part may hold most of the input).
 */
final class Parts {

  private static final ObjectMapper COMPACT = new ObjectMapper();

  private Parts() {}

  /** The analysis {@code storyfuse brief --analysis PROFILE} makes of the article, in the store's JSON form. */
  static String analyse(Article article, Profile profile) {
    return AnalysisCodec.write(Engines.analyzer(profile).analyzeSafely(article));
  }

  /** The stories of one part (grouping only: articles are not needed again until fusion). */
  static List<Records.StoryPlan> group(Iterable<Records.Member> part, long originals, Level level) {
    List<Records.Member> members = new ArrayList<>();
    part.forEach(members::add);
    members.sort(java.util.Comparator.comparingLong(Records.Member::order));
    Counts counts = Counts.of(originals, members.stream().map(Records.Member::keyCounts).toList());
    List<Article> articles = new ArrayList<>();
    Map<String, ArticleFeatures> known = new HashMap<>();
    Map<String, Long> orderOf = new HashMap<>();
    for (Records.Member m : members) {
      articles.add(m.article());
      known.put(m.article().id(), m.features().features());
      orderOf.put(m.article().id(), m.order());
    }
    StoryPipeline.Stages standard = Engines.pipeline(null, org.storyfuse.fuse.BriefBuilder.DEFAULT_WORDS).stages();
    StoryPipeline pipeline = new StoryPipeline(new StoryPipeline.Stages(null, standard.duplicates(),
        standard.clusterer().withCollection(counts, known::get), standard.briefs()), 1);
    List<Records.StoryPlan> out = new ArrayList<>();
    for (Story s : pipeline.stories(articles, new PipelineListener() {}, level)) {
      List<Long> orders = new ArrayList<>();
      List<String> copyOf = new ArrayList<>();
      for (StoryMember m : s.members()) {
        orders.add(orderOf.get(m.id()));
        copyOf.add(m.copyOf());
      }
      List<String> eventIds = new ArrayList<>();
      List<List<String>> eventMembers = new ArrayList<>();
      for (StoryEvent e : s.events()) {
        eventIds.add(e.id());
        eventMembers.add(List.copyOf(e.articleIds()));
      }
      out.add(new Records.StoryPlan(s.id(), level == Level.STORYLINE, orders, copyOf, eventIds, eventMembers));
    }
    return out;
  }

  /** A story without its brief (grouping only): who is in it. */
  static Records.StoryOut withoutBrief(Records.StoryPlan plan, Iterable<Tuple2<Integer, Records.Analysed>> members)
      throws java.io.IOException {
    return output(story(plan, members), null);
  }

  /** The story's brief, as {@code storyfuse brief --words N} makes it. */
  static Records.StoryOut fuse(Records.StoryPlan plan, Iterable<Tuple2<Integer, Records.Analysed>> members, int words)
      throws java.io.IOException {
    Story story = story(plan, members);
    return output(story, Engines.pipeline(null, words).stages().briefs().build(story));
  }

  /** The story as a store keeps it: members in story order, with the brief's JSON. */
  static Records.Stored stored(Records.StoryPlan plan, Iterable<Tuple2<Integer, Records.Analysed>> members,
      String briefJson) {
    int n = plan.orders().size();
    Article[] articles = new Article[n];
    String[] analyses = new String[n];
    for (Tuple2<Integer, Records.Analysed> m : members) {
      articles[m._1()] = m._2().article();
      analyses[m._1()] = m._2().analysisJson();
    }
    return new Records.Stored(plan.storyId(), plan.orders(), java.util.Arrays.asList(articles), plan.copyOf(),
        java.util.Arrays.asList(analyses), briefJson);
  }

  /** The story a plan names, its members (each with its place in the story) put back in order. */
  private static Story story(Records.StoryPlan plan, Iterable<Tuple2<Integer, Records.Analysed>> members) {
    StoryMember[] ordered = new StoryMember[plan.orders().size()];
    for (Tuple2<Integer, Records.Analysed> m : members) {
      Records.Analysed a = m._2();
      ordered[m._1()] = new StoryMember(a.article(),
          a.analysisJson() == null ? null : AnalysisCodec.readAnalysis(a.analysisJson()), plan.copyOf().get(m._1()));
    }
    for (int i = 0; i < ordered.length; i++) {
      if (ordered[i] == null) {
        throw new IllegalStateException("story " + plan.storyId() + " lost its member " + i);
      }
    }
    if (!plan.storyline()) {
      return new Story(plan.storyId(), List.of(ordered));
    }
    List<StoryEvent> events = new ArrayList<>();
    for (int e = 0; e < plan.eventIds().size(); e++) {
      events.add(new StoryEvent(plan.eventIds().get(e), plan.eventMembers().get(e)));
    }
    return new Story(plan.storyId(), List.of(ordered), events);
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
