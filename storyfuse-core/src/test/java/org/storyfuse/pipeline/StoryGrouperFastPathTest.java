package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;

/**
 * The grouper's fast path ({@link StoryGrouper#extend}): new articles join the groups a whole
 * grouping left, copies find their original, and taking over a whole grouping made on a copy
 * ({@link StoryGrouper#adopt}) gives exactly what grouping everything again gives.
 */
class StoryGrouperFastPathTest {

  private static StoryGrouper grouper() {
    return StoryPipeline.standard(null, SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS, 1).newGrouper();
  }

  private static void add(StoryGrouper g, List<Article> articles, long firstSeq) {
    List<Long> seqs = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      seqs.add(firstSeq + i);
    }
    g.add(articles, seqs);
  }

  private static Map<String, TreeSet<String>> stories(Grouping g) {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    g.storyMembers().forEach((id, members) -> out.put(id, new TreeSet<>(members)));
    return out;
  }

  /** A syndicated copy of {@code a}: the same body under another outlet and headline. */
  private static Article copyOf(Article a, String id) {
    return new Article(id, "fixtures/" + id + ".txt", "https://example.net/" + id, "Syndicate Wire",
        "Copy: " + a.title(), null, a.published(), a.language(), a.paragraphs());
  }

  @Test
  void newArticlesJoinTheirStoriesAndCopiesTheirOriginalWithoutAWholeGrouping() {
    StoryGrouper g = grouper();
    List<Article> first = new ArrayList<>(StoreFixtures.bridges(0, 3));
    first.addAll(StoreFixtures.chesses(0, 2));
    add(g, first, 1);
    Map<String, TreeSet<String>> before = stories(g.group());
    assertThat(before).hasSize(2);
    assertThat(g.settled()).isTrue();

    List<Article> later = List.of(StoreFixtures.bridge(3), StoreFixtures.chess(2), copyOf(StoreFixtures.bridge(1), "copy-1"));
    add(g, later, 6);
    assertThat(g.settled()).isFalse();
    Grouping extended = g.extend();
    assertThat(g.settled()).as("grown on the fast path: a whole grouping may differ").isFalse();
    assertThat(extended.storyMembers()).hasSize(2);
    assertThat(extended.storyOf().get("bridge-3")).isEqualTo(extended.storyOf().get("bridge-0"));
    assertThat(extended.storyOf().get("chess-2")).isEqualTo(extended.storyOf().get("chess-0"));
    assertThat(extended.copyOf()).containsEntry("copy-1", "bridge-1");
    assertThat(extended.storyOf().get("copy-1")).isEqualTo(extended.storyOf().get("bridge-1"));
    // the stories keep their ids: each is still named after its founder
    assertThat(extended.storyMembers().keySet()).isEqualTo(before.keySet());
  }

  @Test
  void adoptingAWholeGroupingOfACopyEqualsGroupingEverythingAgain() {
    List<Article> all = new ArrayList<>(StoreFixtures.chesses(0, 3));
    all.addAll(StoreFixtures.bridges(0, 5));
    all.add(copyOf(StoreFixtures.chess(0), "copy-0"));

    StoryGrouper reference = grouper();
    add(reference, all, 1);
    Grouping whole = reference.group();

    // the stream: a few articles, grouped whole; the rest one at a time on the fast path, in another order
    StoryGrouper g = grouper();
    add(g, all.subList(6, 9), 1);
    g.group();
    add(g, all.subList(0, 3), 4);
    g.extend();
    StoryGrouper copy = g.copy();
    copy.group(); // as the background thread does, while...
    add(g, all.subList(3, 6), 7); // ...more arrive
    Grouping adopted = g.adopt(copy);
    assertThat(adopted).isNotNull();

    StoryGrouper sameOrder = grouper();
    add(sameOrder, all.subList(6, 9), 1);
    add(sameOrder, all.subList(0, 3), 4);
    add(sameOrder, all.subList(3, 6), 7);
    Grouping regrouped = sameOrder.group();
    // what arrived after the copy joined on the fast path; grouping the same arrivals whole agrees here
    assertThat(stories(adopted)).isEqualTo(stories(regrouped));
    assertThat(stories(g.group())).isEqualTo(stories(regrouped));
    assertThat(g.settled()).isTrue();
    // and the groups (not the ids, which follow arrival order) are those of any other order
    assertThat(new TreeSet<>(stories(regrouped).values().stream().map(TreeSet::toString).toList()))
        .isEqualTo(new TreeSet<>(stories(whole).values().stream().map(TreeSet::toString).toList()));
  }

  @Test
  void aRemovalEndsTheFastPathAndTheNextGroupingIsWhole() {
    StoryGrouper g = grouper();
    add(g, StoreFixtures.bridges(0, 4), 1);
    g.group();
    add(g, StoreFixtures.chesses(0, 2), 5);
    g.remove(List.of("bridge-2"));
    Grouping after = g.extend();
    assertThat(g.settled()).isTrue();
    assertThat(after.storyOf()).doesNotContainKey("bridge-2").containsKeys("chess-0", "chess-1");
  }

  @Test
  void aCopyThatIsNotInTheCopyAnyMoreIsNotAdopted() {
    StoryGrouper g = grouper();
    add(g, StoreFixtures.bridges(0, 4), 1);
    g.group();
    StoryGrouper copy = g.copy();
    copy.group();
    g.remove(List.of("bridge-1"));
    assertThat(g.adopt(copy)).isNull();
  }
}
