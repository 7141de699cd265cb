package org.storyfuse.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

class NearDuplicateDetectorTest {

  /** A made-up wire story. */
  static final List<String> WIRE = List.of(
      "LINDHOLM, March 7 - The Lindholm harbour bridge reopened to traffic on Tuesday after eight months of "
          + "repairs that cost the city nearly 41 million crowns, the municipal transport office said.",
      "Engineers closed the 1930s steel bridge last July after inspectors found corrosion in two of its main "
          + "support cables, forcing about 30,000 daily commuters onto ferries and a long detour around the bay.",
      "\"We are relieved that the bridge is open again, and we thank everyone for their patience,\" Mayor "
          + "Ingrid Solberg told reporters at the reopening ceremony, where a brass band played on the deck.",
      "The repair crews replaced both cables, resurfaced the road deck and added a separate lane for bicycles, "
          + "which local cycling groups had demanded for more than a decade.",
      "The transport office said the work finished three weeks ahead of schedule and slightly under budget, "
          + "partly because a mild winter allowed crews to work through January without interruption.",
      "Traffic was heavy on the first morning, with queues of cars stretching back to the old fish market, but "
          + "police reported no accidents. Ferry operators said they would return to their normal timetable "
          + "from next Monday.",
      "An independent review of the city's maintenance programme for its other eleven bridges is due to be "
          + "published in the autumn, officials said.");

  /** The same event, reported independently: same names, facts and quote, other words. */
  static final List<String> OTHER_REPORT = List.of(
      "Commuters in Lindholm cheered on Tuesday morning as cars rolled across the harbour bridge for the first "
          + "time since last summer, when corroded cables forced its sudden closure.",
      "Mayor Ingrid Solberg cut a ribbon at the east end of the span. \"We are relieved that the bridge is open "
          + "again,\" she said, adding that the city had learned lessons about inspecting ageing structures.",
      "The closure had pushed tens of thousands of people a day onto crowded ferries. Shop owners near the old "
          + "fish market said their takings fell by a third while the bridge was shut.",
      "City figures put the cost of the work at close to 41 million crowns. Besides new cables, the bridge now "
          + "has a protected cycle lane, a long-standing demand of local riders.",
      "Not everyone was satisfied. Opposition councillors want to know why the corrosion went unnoticed for so "
          + "long and have asked for the inspection records of the city's remaining bridges to be made public.");

  @Test
  void bandKeysAndMayCopyFindTheCopiesTheGroupingFinds() {
    NearDuplicateDetector detector = new NearDuplicateDetector();
    List<String> edited = new ArrayList<>(WIRE);
    edited.add("(Reporting by Ana Ruiz; Editing by Tom Berg) Copyright 2023 Harbour Wire. All rights reserved.");
    NearDuplicateDetector.Fingerprint wire = detector.fingerprint(article("wire", "2023-03-07", WIRE));
    NearDuplicateDetector.Fingerprint copy = detector.fingerprint(article("copy", "2023-03-08", edited));
    NearDuplicateDetector.Fingerprint other = detector.fingerprint(article("other", "2023-03-07", OTHER_REPORT));

    long[] wireKeys = NearDuplicateDetector.bandKeys(wire);
    assertThat(wireKeys).hasSize(32);
    assertThat(shared(wireKeys, NearDuplicateDetector.bandKeys(copy))).isPositive();
    assertThat(shared(wireKeys, NearDuplicateDetector.bandKeys(other))).isZero();
    assertThat(detector.mayCopy(wire, copy)).isTrue();
    assertThat(detector.mayCopy(copy, wire)).isTrue();
    assertThat(detector.mayCopy(wire, other)).isFalse();
    // the grouping agrees: the pair it joins is a pair mayCopy accepts
    assertThat(detector.groupFingerprints(List.of(wire, copy, other))).hasSize(2);

    // a changed detail (a number) makes no copy, however similar the rest
    List<String> altered = new ArrayList<>(WIRE);
    altered.set(0, altered.get(0).replace("41 million", "44 million"));
    NearDuplicateDetector.Fingerprint changed = detector.fingerprint(article("changed", "2023-03-08", altered));
    assertThat(detector.mayCopy(wire, changed)).isFalse();

    NearDuplicateDetector.Fingerprint wordless = detector.fingerprint(article("w", "2023-03-07", List.of("—")));
    assertThat(NearDuplicateDetector.bandKeys(wordless)).isEmpty();
    assertThat(detector.mayCopy(wordless, wordless)).isFalse();
  }

  private static int shared(long[] a, long[] b) {
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      n += a[i] == b[i] ? 1 : 0;
    }
    return n;
  }

  @Test
  void anExactCopyIsGroupedWithSimilarityOne() {
    Article original = article("a", "2023-03-07", WIRE);
    Article copy = article("b", "2023-03-07", WIRE);
    List<DuplicateGroup> groups = new NearDuplicateDetector().group(List.of(copy, original));
    assertThat(groups).containsExactly(new DuplicateGroup("a", List.of("a", "b"), 1.0));
  }

  @Test
  void aCopyWithOtherHeadlineBoilerplateAndOneChangedSentenceIsGrouped() {
    Article original = article("wire", "2023-03-07", WIRE);
    List<String> edited = new ArrayList<>(WIRE);
    edited.set(4, "Officials said the job was completed three weeks early and came in a little under budget, "
        + "helped by an unusually mild winter.");
    edited.add("(Reporting by Ana Ruiz; Editing by Tom Berg) Copyright 2023 Harbour Wire. All rights reserved.");
    Article syndicated = new Article("copy", "copy.html", null, "Daily Coast", "Bridge is back: Lindholm link reopens",
        null, PublicationDate.stated(LocalDate.parse("2023-03-08"), "x"), "en", edited);

    List<DuplicateGroup> groups = new NearDuplicateDetector().group(List.of(syndicated, original));

    assertThat(groups).hasSize(1);
    DuplicateGroup group = groups.get(0);
    assertThat(group.representativeId()).isEqualTo("wire");
    assertThat(group.memberIds()).containsExactly("wire", "copy");
    assertThat(group.minSimilarity()).isBetween(NearDuplicateDetector.DEFAULT_THRESHOLD, 1.0);
  }

  @Test
  void caseAccentsAndPunctuationDoNotHideACopy() {
    List<String> restyled = WIRE.stream()
        .map(p -> p.toUpperCase().replace("\"", "“").replace(",", " ,").replace("ferries", "férries"))
        .toList();
    assertThat(new NearDuplicateDetector().group(List.of(article("a", null, WIRE), article("b", null, restyled))))
        .singleElement()
        .satisfies(g -> assertThat(g.minSimilarity()).isEqualTo(1.0));
  }

  @Test
  void independentReportsOfTheSameEventAreNotGrouped() {
    List<DuplicateGroup> groups =
        new NearDuplicateDetector().group(List.of(article("a", "2023-03-07", WIRE), article("b", "2023-03-07", OTHER_REPORT)));
    assertThat(groups).extracting(DuplicateGroup::memberIds).containsExactly(List.of("a"), List.of("b"));
    assertThat(MinHasher.similarity(
            MinHasher.signature(TextNormalizer.words(WIRE)),
            MinHasher.signature(TextNormalizer.words(OTHER_REPORT))))
        .isLessThan(0.2);
  }

  @Test
  void theRepresentativeIsTheEarliestPublishedThenTheSmallestId() {
    Article late = article("a-late", "2023-03-09", WIRE);
    Article undated = article("0-undated", null, WIRE);
    Article early1 = article("m-early", "2023-03-07", WIRE);
    Article early2 = article("k-early", "2023-03-07", WIRE);
    assertThat(new NearDuplicateDetector().group(List.of(late, undated, early1, early2)))
        .containsExactly(new DuplicateGroup("k-early", List.of("k-early", "m-early", "a-late", "0-undated"), 1.0));
  }

  @Test
  void everyArticleIsInExactlyOneGroupAndTheResultIgnoresInputOrder() {
    List<Article> articles = new ArrayList<>(corpus(new Random(7), 300));
    List<DuplicateGroup> expected = new NearDuplicateDetector().group(articles);

    List<String> all = expected.stream().flatMap(g -> g.memberIds().stream()).toList();
    assertThat(all).hasSize(articles.size()).doesNotHaveDuplicates();
    for (long seed = 1; seed <= 5; seed++) {
      Collections.shuffle(articles, new Random(seed));
      assertThat(new NearDuplicateDetector().group(articles)).isEqualTo(expected);
    }
  }

  @Test
  void thousandsOfArticlesAreGroupedFastAndCorrectly() {
    List<Article> articles = corpus(new Random(42), 5000);
    long start = System.nanoTime();
    List<DuplicateGroup> groups = new NearDuplicateDetector().group(articles);
    long millis = (System.nanoTime() - start) / 1_000_000;

    // corpus(): every 10th story has a lightly edited copy, every 25th an exact copy
    long expectedPairs = articles.stream().filter(a -> a.id().startsWith("copy-")).count();
    assertThat(groups).hasSize(articles.size() - (int) expectedPairs);
    assertThat(groups.stream().filter(g -> g.size() == 2))
        .allSatisfy(g -> assertThat(g.memberIds().get(1)).isEqualTo("copy-" + g.memberIds().get(0)));
    assertThat(millis).as("grouping %d articles took %d ms", articles.size(), millis).isLessThan(20_000); // generous: the build machine is shared
  }

  @Test
  void lshProposesFewCandidatesForUnrelatedTexts() {
    List<Article> articles = corpus(new Random(3), 2000).stream().filter(a -> !a.id().startsWith("copy-")).toList();
    List<long[]> signatures = articles.stream().map(a -> MinHasher.signature(TextNormalizer.words(a.paragraphs()))).toList();
    LshIndex index = new LshIndex(signatures);
    long candidates = 0;
    for (int i = 0; i < signatures.size(); i++) {
      candidates += index.candidates(i, signatures.get(i)).cardinality();
    }
    assertThat(candidates).isLessThan(signatures.size()); // versus ~4,000,000 for all pairs
  }

  @Test
  void wordlessBodiesStayAlone() {
    List<DuplicateGroup> groups = new NearDuplicateDetector()
        .group(List.of(article("a", null, List.of("* * *")), article("b", null, List.of("— — —"))));
    assertThat(groups).hasSize(2);
  }

  @Test
  void duplicateIdsAndBadThresholdsAreRejected() {
    assertThatThrownBy(() -> new NearDuplicateDetector().group(List.of(article("a", null, WIRE), article("a", null, WIRE))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NearDuplicateDetector(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NearDuplicateDetector(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Random stories of 15 sentences from a 3,000-word vocabulary; every 10th gets a copy with one
   * sentence replaced and a rights line added, every 25th an exact copy (ids "copy-" + original id).
   */
  static List<Article> corpus(Random random, int stories) {
    String[] vocabulary = new String[3000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = word(random);
    }
    List<Article> articles = new ArrayList<>();
    for (int s = 0; s < stories; s++) {
      List<String> sentences = new ArrayList<>();
      for (int k = 0; k < 15; k++) {
        sentences.add(sentence(random, vocabulary));
      }
      String id = String.format("s%05d", s);
      String date = "2023-03-" + String.format("%02d", 1 + s % 28);
      articles.add(article(id, date, List.of(String.join(" ", sentences))));
      if (s % 25 == 0) {
        articles.add(article("copy-" + id, "2023-03-29", List.of(String.join(" ", sentences))));
      } else if (s % 10 == 0) {
        List<String> edited = new ArrayList<>(sentences);
        edited.set(7, sentence(random, vocabulary));
        articles.add(article("copy-" + id, "2023-03-29",
            List.of(String.join(" ", edited), "Copyright 2023 Example Wire. All rights reserved.")));
      }
    }
    return articles;
  }

  private static String sentence(Random random, String[] vocabulary) {
    StringBuilder sentence = new StringBuilder();
    int length = 12 + random.nextInt(10);
    for (int w = 0; w < length; w++) {
      sentence.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return sentence.append('.').toString();
  }

  private static String word(Random random) {
    char[] letters = new char[3 + random.nextInt(7)];
    for (int i = 0; i < letters.length; i++) {
      letters[i] = (char) ('a' + random.nextInt(26));
    }
    return new String(letters);
  }

  static Article article(String id, String date, List<String> paragraphs) {
    PublicationDate published = date == null ? null : PublicationDate.stated(LocalDate.parse(date), date);
    return new Article(id, id + ".txt", null, null, null, null, published, "en", paragraphs);
  }
}
