package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryMember;
import org.storyfuse.render.BriefJson;

class BriefBuilderTest {

  private static Article article(String id, String outlet, String title, String date, String... paragraphs) {
    return new Article(id, id + ".txt", null, outlet, title, null,
        PublicationDate.stated(LocalDate.parse(date), date), "en", List.of(paragraphs));
  }

  private final Article harbor = article("h", "Harbor Daily", "Port of Valmora shut as floods force thousands from homes",
      "2026-03-10",
      "The Port of Valmora closed all five container terminals on Monday after the Tessin River burst its banks.",
      "About 4,000 residents of the Marnet district were evacuated overnight, the civil protection agency said.",
      "The port handles about a third of the country's container traffic, freight companies said.");
  private final Article northline = article("n", "Northline", "Valmora floods: thousands evacuated as port closes",
      "2026-03-11",
      "The Tessin River burst its banks on Monday and the Port of Valmora closed its container terminals.",
      "Residents of the Marnet district were evacuated from their homes overnight, officials said.",
      "Forecasters expect more rain across the valley later this week, the weather service said.");
  private final Article coastal = article("c", "Coastal Wire", "Ships stranded off Valmora as floods keep port closed",
      "2026-03-12",
      "Fourteen container ships waited off the coast after the Port of Valmora closed its container terminals because the Tessin River burst its banks.",
      "Interior Minister Sofia Andrade announced a 25 million euro emergency fund for the flooded city on Tuesday.");

  private Brief build(Map<String, String> canonicalOf, Article... articles) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
    }
    List<StoryMember> members = new java.util.ArrayList<>();
    byId.values().forEach(a -> members.add(new StoryMember(a, null, canonicalOf.get(a.id()))));
    return new BriefBuilder(org.storyfuse.embed.SharedEmbedder.get()).build(new Story("s1", members));
  }

  @Test
  void numbersSourcesInPublicationOrder() {
    Brief brief = build(Map.of(), coastal, northline, harbor);
    assertThat(brief.sources()).extracting(Brief.Source::outlet)
        .containsExactly("Harbor Daily", "Northline", "Coastal Wire");
    assertThat(brief.timeSpan()).isEqualTo(new Brief.TimeSpan("2026-03-10", "2026-03-12"));
  }

  @Test
  void summaryLeadsWithTheCorroboratedFactAndCitesEverySourceCarryingIt() {
    Brief brief = build(Map.of(), harbor, northline, coastal);
    Brief.SummarySentence first = brief.summary().get(0);
    assertThat(first.text()).contains("Tessin River burst its banks");
    assertThat(first.support()).containsExactly(1, 2, 3);
    assertThat(first.firstReportedBy()).isEqualTo(1);
    assertThat(first.evidence()).extracting(Brief.SentenceRef::source).containsExactly(1, 2, 3);
  }

  @Test
  void claimsListEveryFactStatedByTwoOrMoreSourcesWithTheSentenceEachStatesItIn() {
    Brief brief = build(Map.of(), harbor, northline, coastal);
    assertThat(brief.claims()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.support()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(c.evidence()).extracting(Brief.SentenceRef::source).containsExactlyElementsOf(c.support());
    });
    assertThat(brief.claims().get(0).text()).contains("burst its banks");
    assertThat(brief.claims().get(0).support()).containsExactly(1, 2, 3);
    // the same fact in other words: "About 4,000 residents ... were evacuated overnight" / "Residents ... were
    // evacuated from their homes overnight"
    assertThat(brief.claims()).anySatisfy(c -> {
      assertThat(c.text()).contains("evacuated");
      assertThat(c.support()).containsExactly(1, 2);
    });
    // a fact only one source states is no claim
    assertThat(brief.claims()).noneSatisfy(c -> assertThat(c.text()).contains("Forecasters"));
  }

  @Test
  void singleSourceSentencesCiteOnlyTheirSource() {
    Brief brief = build(Map.of(), harbor, northline, coastal);
    assertThat(brief.summary())
        .filteredOn(s -> s.text().contains("Interior Minister"))
        .allSatisfy(s -> assertThat(s.support()).containsExactly(3));
  }

  @Test
  void everySummarySentenceIsASourceSentenceAndRespectsTheBudget() {
    Brief brief = build(Map.of(), harbor, northline, coastal);
    List<String> all = List.of(harbor, northline, coastal).stream()
        .flatMap(a -> a.paragraphs().stream()).toList();
    assertThat(brief.summary()).isNotEmpty().allSatisfy(s ->
        assertThat(all).anySatisfy(p -> assertThat(p).contains(s.text())));
    int words = brief.summary().stream().mapToInt(s -> s.text().split("\\s+").length).sum();
    assertThat(words).isLessThanOrEqualTo(BriefBuilder.DEFAULT_WORDS);
  }

  @Test
  void syndicatedCopiesDoNotCountAsSupport() {
    Article copy = article("copy", "Valley Herald", "Floods keep Valmora port closed", "2026-03-12",
        coastal.paragraphs().toArray(String[]::new));
    Brief brief = build(Map.of("copy", "c"), harbor, coastal, copy);
    assertThat(brief.sources()).filteredOn(s -> s.outlet().equals("Valley Herald"))
        .singleElement().extracting(Brief.Source::duplicateOf).isEqualTo(2);
    assertThat(brief.summary()).allSatisfy(s -> assertThat(s.support()).doesNotContain(3));
  }

  @Test
  void aClaimStatedByAnOriginalAndItsCopyIsListedOnce() {
    // the copy repeats the original's sentence word for word; a third source states it too
    Article copy = article("copy", "Valley Herald", "Floods keep Valmora port closed", "2026-03-12",
        northline.paragraphs().toArray(String[]::new));
    Brief brief = build(Map.of("copy", "n"), harbor, northline, copy, coastal);
    List<String> texts = brief.claims().stream().map(Brief.CorroboratedClaim::text).toList();
    assertThat(texts).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void headlineIsOneOfTheTitles() {
    Brief brief = build(Map.of(), harbor, northline, coastal);
    assertThat(List.of(harbor.title(), northline.title(), coastal.title())).contains(brief.headline());
  }

  @Test
  void sameInputGivesByteIdenticalJson() {
    String a = BriefJson.write(build(Map.of(), harbor, northline, coastal));
    String b = BriefJson.write(build(Map.of(), coastal, harbor, northline));
    assertThat(a).isEqualTo(b).contains("\"story_id\"", "\"first_reported_by\"", "\"published_inferred\"");
  }

  @Test
  void aStoryWhoseCopyHasNoOriginalAmongItsMembersIsRefused() {
    assertThatThrownBy(() -> new Story("s1", List.of(new StoryMember(coastal, null, "missing"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
  }

  /** Counts the texts it is asked to embed, and embeds them with the shared model. */
  static final class CountingEmbedder implements org.storyfuse.embed.Embedder {
    final java.util.concurrent.atomic.AtomicInteger texts = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public int dimension() {
      return org.storyfuse.embed.SharedEmbedder.get().dimension();
    }

    @Override
    public List<org.storyfuse.embed.Embedding> embedAll(List<String> t) {
      texts.addAndGet(t.size());
      return org.storyfuse.embed.SharedEmbedder.get().embedAll(t);
    }

    @Override
    public boolean reads(String language) {
      return org.storyfuse.embed.SharedEmbedder.get().reads(language);
    }
  }

  @Test
  void sentencesInALanguageTheEmbedderDoesNotReadAreComparedByTheirWords() {
    java.util.function.UnaryOperator<Article> inGerman = a -> new Article(a.id(), a.origin(), a.url(), a.outlet(),
        a.title(), a.byline(), a.published(), "de", a.paragraphs());
    CountingEmbedder counting = new CountingEmbedder();
    Brief brief = new BriefBuilder(counting).build(new Story("de", List.of(
        new StoryMember(inGerman.apply(harbor), null, null), new StoryMember(inGerman.apply(northline), null, null))));
    assertThat(counting.texts.get()).isZero();
    // the sentence both state in nearly the same words is still one claim of both
    assertThat(brief.claims()).anySatisfy(c -> assertThat(c.support()).containsExactly(1, 2));
  }

  @Test
  void aOneSourceStoryEmbedsNothingAndAStoryOfSeveralEmbedsOnlyWhatItCompares() {
    CountingEmbedder counting = new CountingEmbedder();
    BriefBuilder builder = new BriefBuilder(counting);
    builder.build(new Story("one", List.of(new StoryMember(harbor, null, null))));
    assertThat(counting.texts.get()).isZero();
    // a syndicated copy is no second source: still nothing to compare
    builder.build(new Story("copy", List.of(new StoryMember(harbor, null, null),
        new StoryMember(harbor.withId("harbor-copy"), null, harbor.id()))));
    assertThat(counting.texts.get()).isZero();

    builder.build(new Story("three", List.of(new StoryMember(coastal, null, null), new StoryMember(northline, null, null),
        new StoryMember(harbor, null, null))));
    int sentences = coastal.paragraphs().size() + northline.paragraphs().size() + harbor.paragraphs().size();
    assertThat(counting.texts.get()).isPositive().isLessThanOrEqualTo(sentences * 3);
  }

  /** A made-up long page: a shared lead, then {@code tail} sentences of its own (lists, notes). */
  private static Article longPage(String id, String outlet, int tail) {
    List<String> paragraphs = new java.util.ArrayList<>();
    paragraphs.add("The Port of Valmora closed all five container terminals on Monday after the Tessin River burst its banks.");
    // tails that share a word here and there across pages, never a sentence: made-up words drawn
    // per page from one pool of 200
    java.util.Random random = new java.util.Random(id.hashCode());
    for (int i = 0; i < tail; i++) {
      StringBuilder sentence = new StringBuilder("Note");
      for (int w = 0; w < 9; w++) {
        int word = random.nextInt(200);
        sentence.append(' ').append((char) ('a' + word % 26)).append((char) ('a' + word / 26)).append("orvel");
      }
      paragraphs.add(sentence.append('.').toString());
    }
    return article(id, outlet, "Valmora port shut by floods (" + outlet + ")", "2026-03-10",
        paragraphs.toArray(String[]::new));
  }

  @Test
  void claimAlignmentEmbedsAtMostTheBoundPerSourceAndLeavesSentencesOutsideItToTheirWording() {
    CountingEmbedder counting = new CountingEmbedder();
    Story story = new Story("long", List.of(new StoryMember(longPage("p", "Paper A", 80), null, null),
        new StoryMember(longPage("q", "Paper B", 80), null, null)));
    new BriefBuilder(counting).build(story);
    assertThat(counting.texts.get()).isPositive().isLessThanOrEqualTo(2 * ClaimAligner.DENSE_PER_SOURCE);

    // nothing compared by meaning: the sentence both pages state word for word is still cited to both
    CountingEmbedder none = new CountingEmbedder();
    Brief lexical = new BriefBuilder(none).withMeaningBounds(0, ClaimAligner.MEANING_FLOOR).build(story);
    assertThat(none.texts.get()).isZero();
    assertThat(lexical.claims()).anySatisfy(c -> {
      assertThat(c.text()).contains("Tessin River burst its banks");
      assertThat(c.support()).containsExactly(1, 2);
    });
    // unbounded: every sentence with a candidate partner is embedded
    CountingEmbedder all = new CountingEmbedder();
    new BriefBuilder(all).withMeaningBounds(Integer.MAX_VALUE, 0).build(story);
    assertThat(all.texts.get()).isGreaterThan(2 * ClaimAligner.DENSE_PER_SOURCE);
  }

  @Test
  void sentencesThatShareTooFewWordsWithAnyOtherSourceAreNotEmbedded() {
    Story story = new Story("long", List.of(new StoryMember(longPage("p", "Paper A", 30), null, null),
        new StoryMember(longPage("q", "Paper B", 30), null, null)));
    CountingEmbedder floored = new CountingEmbedder();
    Brief brief = new BriefBuilder(floored).build(story);
    CountingEmbedder unfloored = new CountingEmbedder();
    new BriefBuilder(unfloored).withMeaningBounds(ClaimAligner.DENSE_PER_SOURCE, 0).build(story);
    // the tails share a made-up word here and there: candidate pairs, but below the floor
    assertThat(unfloored.texts.get()).isGreaterThan(floored.texts.get() + 10);
    assertThat(brief.claims()).anySatisfy(c -> {
      assertThat(c.text()).contains("Tessin River burst its banks");
      assertThat(c.support()).containsExactly(1, 2);
    });
  }

  @Test
  void aStorylineOfSeveralEventsListsEachWithItsDaysAndSourcesAndOneEventListsNone() {
    List<StoryMember> members = List.of(new StoryMember(harbor, null, null), new StoryMember(northline, null, null),
        new StoryMember(coastal, null, null));
    Brief two = new BriefBuilder(org.storyfuse.embed.SharedEmbedder.get()).build(new Story("line", members, List.of(
        new org.storyfuse.story.StoryEvent("e-flood", List.of("h", "n")),
        new org.storyfuse.story.StoryEvent("e-ships", List.of("c")))));
    assertThat(two.events()).extracting(Brief.Event::id).containsExactly("e-flood", "e-ships");
    assertThat(two.events().get(0).sources()).containsExactly(1, 2);
    assertThat(two.events().get(0).first()).isEqualTo("2026-03-10");
    assertThat(two.events().get(0).last()).isEqualTo("2026-03-11");
    assertThat(two.events().get(0).title()).isIn(harbor.title(), northline.title());
    assertThat(two.events().get(1).sources()).containsExactly(3);
    assertThat(two.events().get(1).title()).isEqualTo(coastal.title());

    Brief one = new BriefBuilder(org.storyfuse.embed.SharedEmbedder.get()).build(new Story("line", members));
    assertThat(one.events()).isEmpty();
  }

  @Test
  void aHeadlineOnlyRecordIsSummarisedByItsHeadlineHoweverShort() {
    // a feed item with a title and no text: its one line is the headline, without closing punctuation
    Article item = article("f", "Valmora Courier", "Chess club wins regional title", "2026-03-10",
        "Chess club wins regional title");
    assertThat(build(Map.of(), item).summary()).extracting(Brief.SummarySentence::text)
        .containsExactly("Chess club wins regional title");
    // in an article with running text, the same short line is a heading, not a summary sentence
    Article page = article("p", "Valmora Courier", "Club news", "2026-03-10", "Chess club wins regional title",
        "The Valmora chess club won the regional title on Sunday after beating Tarsk in the final round.");
    assertThat(build(Map.of(), page).summary()).extracting(Brief.SummarySentence::text)
        .doesNotContain("Chess club wins regional title");
  }
}
