package org.storyfuse.fuse;

import org.storyfuse.embed.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryMember;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;
import org.storyfuse.text.TermVector;
import org.storyfuse.text.Terms;
import org.storyfuse.text.TfIdf;

/**
 * The fusion stage's entry point: one story's articles in, one {@link Brief} out. Thread-safe.
 *
 * <p>This first method is extractive and attributed: it ranks the story's sentences by how central
 * they are across sources and how many independent sources state the same, picks a non-redundant
 * set within a word budget, and cites for each every source that carries a matching sentence.
 */
public final class BriefBuilder {

  /** Summary length when the caller does not choose one. */
  public static final int DEFAULT_WORDS = 120;

  /**
   * Sentences a summary may take beyond its word budget, one per main corroborated development
   * (a fact at least half the independent sources, and three, state) the budget left out: a reader
   * takes the summary for the story, and a development most outlets report belongs in it.
   */
  public static final int MAIN_DEVELOPMENTS_BEYOND_BUDGET = 3;

  /**
   * How the summary ranks sentences: score = centrality × (supportBase + share of sources that
   * support it) × ((1 − leadWeight) + leadWeight / (1 + sentence index / 4)).
   *
   * @param leadWeight  0 = position ignored, 1 = a sentence's score falls with its position alone
   * @param supportBase how much an unsupported sentence keeps: lower favours corroborated ones
   */
  public record Ranking(double leadWeight, double supportBase) {

    /** Chosen on MultiLing 2011 by leave-one-cluster-out cross-validation (9 of 10 folds): docs/EVALUATION.md. */
    public static final Ranking DEFAULT = new Ranking(1.0, 0.5);

    public Ranking {
      if (leadWeight < 0 || leadWeight > 1 || supportBase < 0) {
        throw new IllegalArgumentException("leadWeight must be in [0, 1] and supportBase ≥ 0: " + leadWeight + ", " + supportBase);
      }
    }
  }

  private final SentenceSplitter splitter;
  private final int wordBudget;
  private final Ranking ranking;
  private final Embedder embedder;
  /** Sentences per source compared by meaning (MiniLM) in claim alignment: see {@link ClaimAligner#DENSE_PER_SOURCE}. */
  private final int densePerSource;
  /** The TF-IDF cosine a candidate pair needs to be a reason to embed: see {@link ClaimAligner#MEANING_FLOOR}. */
  private final double meaningFloor;
  /** See {@link #MAIN_DEVELOPMENTS_BEYOND_BUDGET}; 0 for a summary held to its budget. */
  private final int mainDevelopmentsBeyondBudget;

  /** @param embedder embeds the sentences the analysis stage did not (claim alignment needs every one) */
  public BriefBuilder(Embedder embedder) {
    this(new SentenceSplitter(), DEFAULT_WORDS, Ranking.DEFAULT, embedder);
  }

  public BriefBuilder(SentenceSplitter splitter, int wordBudget, Embedder embedder) {
    this(splitter, wordBudget, Ranking.DEFAULT, embedder);
  }

  public BriefBuilder(SentenceSplitter splitter, int wordBudget, Ranking ranking, Embedder embedder) {
    if (wordBudget < 1) {
      throw new IllegalArgumentException("the word budget must be positive, was " + wordBudget);
    }
    this.splitter = splitter;
    this.wordBudget = wordBudget;
    this.ranking = ranking;
    this.embedder = java.util.Objects.requireNonNull(embedder, "embedder");
    this.densePerSource = ClaimAligner.DENSE_PER_SOURCE;
    this.meaningFloor = ClaimAligner.MEANING_FLOOR;
    this.mainDevelopmentsBeyondBudget = MAIN_DEVELOPMENTS_BEYOND_BUDGET;
  }

  private BriefBuilder(BriefBuilder base, int densePerSource, double meaningFloor, int mainDevelopmentsBeyondBudget) {
    this.splitter = base.splitter;
    this.wordBudget = base.wordBudget;
    this.ranking = base.ranking;
    this.embedder = base.embedder;
    this.densePerSource = densePerSource;
    this.meaningFloor = meaningFloor;
    this.mainDevelopmentsBeyondBudget = mainDevelopmentsBeyondBudget;
  }

  /**
   * This builder with a summary held strictly to its word budget: no sentence added for a main
   * development the budget left out ({@link #MAIN_DEVELOPMENTS_BEYOND_BUDGET}). For scoring summaries
   * of one fixed length against each other (ROUGE, {@code storyfuse eval rouge}).
   */
  public BriefBuilder withSummaryHeldToBudget() {
    return new BriefBuilder(this, densePerSource, meaningFloor, 0);
  }

  /**
   * This builder with other bounds on what claim alignment embeds: at most {@code densePerSource}
   * sentences per source, and only for candidate pairs whose TF-IDF cosine reaches {@code
   * meaningFloor} ({@link Integer#MAX_VALUE} and 0: every sentence with a candidate partner, as
   * before either bound). For measuring what the bounds cost ({@code storyfuse eval alignment}); the
   * product uses the defaults.
   */
  public BriefBuilder withMeaningBounds(int densePerSource, double meaningFloor) {
    if (densePerSource < 0) {
      throw new IllegalArgumentException("densePerSource must be ≥ 0: " + densePerSource);
    }
    if (!(meaningFloor >= 0 && meaningFloor <= 1)) {
      throw new IllegalArgumentException("meaningFloor must be in [0, 1]: " + meaningFloor);
    }
    return new BriefBuilder(this, densePerSource, meaningFloor, mainDevelopmentsBeyondBudget);
  }

  /** The sentences per source claim alignment embeds at most ({@link #withMeaningBounds}). */
  public int densePerSource() {
    return densePerSource;
  }

  /** The TF-IDF cosine a candidate pair needs before its sentences are embedded ({@link #withMeaningBounds}). */
  public double meaningFloor() {
    return meaningFloor;
  }

  /** Fuses one story into its brief; members without an analysis add no entities, quotes or timeline. */
  public Brief build(Story story) {
    Map<String, String> canonicalOf = new HashMap<>();
    Map<String, AnalyzedArticle> analyses = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    for (StoryMember m : story.members()) {
      articles.add(m.article());
      if (m.copyOf() != null) {
        canonicalOf.put(m.id(), m.copyOf());
      }
      if (m.analysis() != null) {
        analyses.put(m.id(), m.analysis());
      }
    }
    articles.sort(Article.PUBLICATION_ORDER);
    SourceTable sources = SourceTable.of(articles, canonicalOf);

    List<Sentence> sentences = new ArrayList<>();
    List<AnalyzedArticle> analysed = new ArrayList<>();
    for (Article a : articles) {
      AnalyzedArticle analysis = analyses.get(a.id());
      // the analysis split the same way (SentenceSplitter): reuse its sentences rather than split twice
      sentences.addAll(analysis != null ? analysis.sentences() : splitter.split(a));
      if (analysis != null) {
        analysed.add(analysis);
      }
    }
    List<List<String>> terms = sentences.stream().map(s -> Terms.of(s.text())).toList();
    TfIdf tfidf = TfIdf.fit(terms);
    List<SentenceNode> nodes = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      nodes.add(new SentenceNode(s, sources.numberOf(s.articleId()), tfidf.vector(terms.get(i))));
    }
    // Meaning is compared for the most central sentences of each source that share words with
    // another source, and for actor sentences; vectors only where a comparison uses them: a pair of
    // two such sentences that shares enough words to align (ClaimAligner.MEANING_FLOOR), or an
    // attribution conflict's pair. A one-source story embeds nothing.
    ClaimAligner.Candidates candidates = ClaimAligner.candidates(sources, nodes, densePerSource);
    AttributionConflicts.Actors actors = AttributionConflicts.actors(nodes, analyses);
    java.util.BitSet compared = (java.util.BitSet) candidates.dense().clone();
    compared.or(actors.comparedByMeaning(candidates.independent()));
    java.util.BitSet needed = candidates.usedVectors(compared, meaningFloor);
    needed.or(actors.needingVectors(candidates.independent()));
    // a sentence in a language the embedder does not read is compared by its words (Embedder.reads)
    java.util.Set<String> unread = new java.util.HashSet<>();
    articles.stream().filter(a -> !embedder.reads(a.language())).forEach(a -> unread.add(a.id()));
    for (int i = needed.nextSetBit(0); i >= 0 && !unread.isEmpty(); i = needed.nextSetBit(i + 1)) {
      if (unread.contains(nodes.get(i).sentence().articleId())) {
        needed.clear(i);
      }
    }
    float[][] embeddings = SentenceEmbeddings.of(nodes, analyses, embedder, needed);
    List<SentenceFacts> facts = SentenceFacts.of(nodes, terms, analyses);
    ClaimAligner.Alignment alignment = ClaimAligner.align(nodes, embeddings, facts, candidates);
    List<ClaimList.Group> claims = ClaimList.groups(nodes, alignment);
    List<Brief.SummarySentence> summary = inStoryOrder(
        new SummarySelector(sources, nodes, wordBudget, mainDevelopmentsBeyondBudget, alignment, ranking, claims)
            .select(), analysed, sources);
    Map<SentenceNode, Integer> supportCount = new java.util.IdentityHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      supportCount.put(nodes.get(i), alignment.support().get(i).size());
    }
    List<Brief.Discrepancy> conflicts = new ArrayList<>(AttributionConflicts.find(nodes, embeddings, alignment, actors));
    conflicts.addAll(DateConflicts.find(claims, nodes, alignment, analyses));
    List<Brief.CorroboratedClaim> corroborated = new ArrayList<>(ClaimList.toBrief(claims, nodes, sources,
        new WordingWitnesses(nodes, alignment, facts,
            new OtherWordingFeatures(nodes, embeddings, facts, OtherWordingFeatures.speakers(nodes, analyses), tfidf,
                sources.entries()), sources)));
    corroborated.addAll(DisputedClaims.from(corroborated, conflicts, sources));
    Map<String, Map<Integer, SentenceNode>> nodesByArticle = new HashMap<>();
    for (SentenceNode n : nodes) {
      nodesByArticle.computeIfAbsent(n.sentence().articleId(), k -> new HashMap<>()).put(n.sentence().index(), n);
    }

    Map<SentenceNode, Integer> indexOf = new java.util.IdentityHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      indexOf.put(nodes.get(i), i);
    }
    // two sentences state the same fact: aligned by meaning, or sentences of one corroborated claim
    Map<Integer, java.util.Set<Integer>> claimsOf = ClaimList.claimsOfNode(claims);
    java.util.function.BiPredicate<SentenceNode, SentenceNode> aligned = (a, b) -> {
      int i = indexOf.get(a);
      int j = indexOf.get(b);
      return alignment.support().get(i).containsValue(j) || alignment.support().get(j).containsValue(i)
          || !java.util.Collections.disjoint(claimsOf.getOrDefault(i, java.util.Set.of()),
              claimsOf.getOrDefault(j, java.util.Set.of()));
    };
    java.util.Set<String> offStory = OffStory.paragraphs(nodes, alignment, sources);
    // the timeline's sentences of a date two outlets write of, by meaning: the vectors claim alignment
    // computed, the rest in one call (never for a sentence in a language the embedder does not read)
    java.util.function.Function<List<SentenceNode>, float[][]> vectors = wanted -> {
      java.util.BitSet missing = new java.util.BitSet();
      for (SentenceNode n : wanted) {
        int i = indexOf.get(n);
        if (embeddings[i] == null && !unread.contains(n.sentence().articleId())) {
          missing.set(i);
        }
      }
      float[][] computed = missing.isEmpty() ? new float[0][] : SentenceEmbeddings.of(nodes, analyses, embedder, missing);
      return wanted.stream().map(n -> {
        int i = indexOf.get(n);
        return embeddings[i] != null ? embeddings[i] : missing.get(i) ? computed[i] : null;
      }).toArray(float[][]::new);
    };
    TimelineBuilder.Timeline timeline = TimelineBuilder.build(analysed, sources, nodesByArticle, aligned,
        n -> offStory.contains(OffStory.key(n)), vectors);
    return new Brief(
        story.id(),
        Headlines.choose(articles.stream().filter(a -> !canonicalOf.containsKey(a.id())).toList(), tfidf),
        sources.timeSpan(),
        sources.entries(),
        summary,
        corroborated,
        QuoteMerger.merge(analysed, sources),
        timeline.events(),
        timeline.background(),
        EntityTable.build(analysed, sources),
        DiscrepancyFinder.find(analysed, sources, nodesByArticle, conflicts, supportCount, nodes, alignment,
            eventOfSource(story, sources)),
        events(story, articles, sources, tfidf));
  }

  /** The summary in story order ({@link StoryOrder}): by the date each sentence tells of. */
  private static List<Brief.SummarySentence> inStoryOrder(List<Brief.SummarySentence> summary,
      List<AnalyzedArticle> analysed, SourceTable sources) {
    Map<String, Map<Integer, StoryOrder.Named>> dates = StoryOrder.sentenceDates(analysed, sources.timeSpan().first());
    Map<Integer, String> articleIdOf = new HashMap<>();
    Map<Integer, java.time.LocalDate> publishedOf = new HashMap<>();
    for (Brief.Source s : sources.entries()) {
      articleIdOf.put(s.id(), s.articleId());
      if (s.published() != null) {
        publishedOf.put(s.id(), java.time.LocalDate.parse(s.published()));
      }
    }
    return StoryOrder.sort(summary, s -> StoryOrder.timeOf(s, articleIdOf, dates, publishedOf));
  }

  /** Each independent source's event in the storyline (by its number); empty for a story of one event. */
  private static Map<Integer, String> eventOfSource(Story story, SourceTable sources) {
    Map<Integer, String> out = new HashMap<>();
    if (story.events().size() < 2) {
      return out;
    }
    for (org.storyfuse.story.StoryEvent e : story.events()) {
      for (String id : e.articleIds()) {
        Integer n = sources.numberOfOrNull(id);
        if (n != null) {
          out.putIfAbsent(sources.independentOf(n), e.id());
        }
      }
    }
    return out;
  }

  /**
   * The storyline's events, when it has more than one: each with a representative title, its days
   * and its members' source numbers. A story of one event lists none (it would repeat the brief).
   */
  private static List<Brief.Event> events(Story story, List<Article> articles, SourceTable sources, TfIdf tfidf) {
    if (story.events().size() < 2) {
      return List.of();
    }
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<Brief.Event> out = new ArrayList<>();
    for (org.storyfuse.story.StoryEvent e : story.events()) {
      List<Article> members = e.articleIds().stream().map(byId::get).filter(java.util.Objects::nonNull)
          .sorted(Article.PUBLICATION_ORDER).toList();
      if (members.isEmpty()) {
        continue;
      }
      List<java.time.LocalDate> days = members.stream().filter(a -> a.published() != null)
          .map(a -> a.published().date()).sorted().toList();
      out.add(new Brief.Event(e.id(), Headlines.choose(members, tfidf),
          days.isEmpty() ? null : days.get(0).toString(), days.isEmpty() ? null : days.get(days.size() - 1).toString(),
          members.stream().map(a -> sources.numberOf(a.id())).sorted().toList()));
    }
    return out;
  }

  /** One sentence with its source number, TF-IDF vector and length in words (counted once: asked often). */
  record SentenceNode(Sentence sentence, int source, TermVector vector, int words) {

    SentenceNode(Sentence sentence, int source, TermVector vector) {
      this(sentence, source, vector, sentence.text().split("\\s+").length);
    }
  }

  /** Source numbering: publication order, syndicated copies pointing at their original's number. */
  static final class SourceTable {
    private final List<Brief.Source> entries;
    private final Map<String, Integer> numberById;
    /** Counted once: the summary asks for every sentence it ranks. */
    private final int independentCount;

    private SourceTable(List<Brief.Source> entries, Map<String, Integer> numberById) {
      this.entries = entries;
      this.numberById = numberById;
      this.independentCount = (int) entries.stream().filter(e -> e.duplicateOf() == null).count();
    }

    static SourceTable of(List<Article> ordered, Map<String, String> canonicalOf) {
      Map<String, Integer> numbers = new HashMap<>();
      for (int i = 0; i < ordered.size(); i++) {
        numbers.put(ordered.get(i).id(), i + 1);
      }
      List<Brief.Source> entries = new ArrayList<>();
      for (Article a : ordered) {
        String canonical = canonicalOf.get(a.id());
        Integer duplicateOf = canonical == null || canonical.equals(a.id()) ? null : numbers.get(canonical);
        entries.add(new Brief.Source(
            numbers.get(a.id()),
            a.id(),
            a.origin(),
            a.outlet(),
            a.title(),
            a.url(),
            a.published() == null ? null : a.published().date().toString(),
            a.published() != null && a.published().inferred(),
            duplicateOf,
            a.outlet() != null && a.outletInferred()));
      }
      return new SourceTable(List.copyOf(entries), numbers);
    }

    int numberOf(String articleId) {
      Integer n = numberOfOrNull(articleId);
      if (n == null) {
        throw new IllegalArgumentException("not a source of this story: " + articleId);
      }
      return n;
    }

    /** The article's source number, or null when it is not one of the story's sources. */
    Integer numberOfOrNull(String articleId) {
      return numberById.get(articleId);
    }

    /** The source that counts for support: a syndicated copy counts as its original. */
    int independentOf(int source) {
      Integer original = entries.get(source - 1).duplicateOf();
      return original == null ? source : original;
    }

    int independentCount() {
      return independentCount;
    }

    List<Brief.Source> entries() {
      return entries;
    }

    Brief.TimeSpan timeSpan() {
      List<String> dates = entries.stream().map(Brief.Source::published)
          .filter(d -> d != null).sorted().toList();
      return dates.isEmpty() ? new Brief.TimeSpan(null, null)
          : new Brief.TimeSpan(dates.get(0), dates.get(dates.size() - 1));
    }
  }

  /**
   * Picks the headline among the originals (a syndicated copy's retitling is not a new view): the
   * title closest to what all the titles and lead paragraphs share.
   */
  static final class Headlines {
    private Headlines() {}

    static String choose(List<Article> articles, TfIdf tfidf) {
      Map<Integer, Double> centroid = new HashMap<>();
      List<TermVector> titles = new ArrayList<>();
      for (Article a : articles) {
        TermVector t = tfidf.vector(Terms.of(a.title()));
        titles.add(t);
        t.addTo(centroid, 1.0);
        tfidf.vector(Terms.of(a.paragraphs().get(0))).addTo(centroid, 1.0);
      }
      TermVector center = TermVector.of(centroid);
      String best = null;
      double bestScore = -1;
      for (int i = 0; i < articles.size(); i++) {
        String title = articles.get(i).title();
        if (title == null || title.isBlank()) {
          continue;
        }
        double score = titles.get(i).cosine(center);
        if (score > bestScore) {
          bestScore = score;
          best = title;
        }
      }
      return best != null ? best : firstSentence(articles.get(0));
    }

    private static String firstSentence(Article a) {
      String p = a.paragraphs().get(0);
      return p.length() <= 120 ? p : p.substring(0, p.lastIndexOf(' ', 117)) + "…";
    }
  }

  /** Comparator for stable tie-breaking: source number, then sentence index. */
  static final Comparator<SentenceNode> TEXT_ORDER =
      Comparator.comparingInt(SentenceNode::source).thenComparingInt(n -> n.sentence().index());
}
