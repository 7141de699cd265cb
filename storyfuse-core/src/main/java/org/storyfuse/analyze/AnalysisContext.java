package org.storyfuse.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storyfuse.embed.Embedding;
import org.storyfuse.model.Article;
import org.storyfuse.text.Sentence;

/**
 * What the {@link Annotator}s of one chain know about one article while they read it: mutable,
 * filled step by step, used by one thread, and turned into the immutable {@link AnalyzedArticle}
 * at the end ({@link #result}). Every list starts empty, so a step that did not run leaves its part
 * of the result empty.
 */
final class AnalysisContext {

  private final Article article;
  private final Profile profile;
  private final LocalDate publicationDate;
  private String language;
  private List<Sentence> sentences = List.of();
  private List<Sentence> analysed = List.of();
  private final List<String> notes = new ArrayList<>();
  private Doc doc;
  private List<Mention> resolvedMentions = List.of();
  private Map<String, String> rolesByKey = Map.of();
  private List<EntityMention> mentions = List.of();
  private List<Entity> entities = List.of();
  private List<Quote> quotes = List.of();
  private List<TimeMention> times = List.of();
  private List<Quantity> quantities = List.of();
  private List<Embedding> embeddings = List.of();
  private String rejection;
  private boolean done;

  AnalysisContext(Article article, Profile profile) {
    this.article = article;
    this.profile = profile;
    this.publicationDate = article.published() == null ? null : article.published().date();
    this.language = article.language();
  }

  Article article() {
    return article;
  }

  Profile profile() {
    return profile;
  }

  /** The day the article was published, the reference for relative dates; null when unknown. */
  LocalDate publicationDate() {
    return publicationDate;
  }

  /** The language the analysis assumes: the article's own until a step detects it. */
  String language() {
    return language;
  }

  void setLanguage(String language) {
    this.language = language;
  }

  /** All sentences of the body. */
  List<Sentence> sentences() {
    return sentences;
  }

  /** Sets all sentences of the body, and analyses all of them until a step bounds them. */
  void setSentences(List<Sentence> sentences) {
    this.sentences = sentences;
    this.analysed = sentences;
  }

  /** The sentences the analysis reads: the leading ones of {@link #sentences()}. */
  List<Sentence> analysed() {
    return analysed;
  }

  void setAnalysed(List<Sentence> analysed) {
    this.analysed = analysed;
  }

  /** Adds what was limited and why, in the order the steps found it. */
  void note(String note) {
    notes.add(note);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  /** The analysed sentences as CoreNLP read them; null before the CoreNLP step. */
  Doc doc() {
    return doc;
  }

  void setDoc(Doc doc) {
    this.doc = doc;
  }

  /** Entity mentions over token indexes, as the quote rules read them. */
  List<Mention> resolvedMentions() {
    return resolvedMentions;
  }

  /** Each person's first stated role, by entity key. */
  Map<String, String> rolesByKey() {
    return rolesByKey;
  }

  List<EntityMention> mentions() {
    return mentions;
  }

  List<Entity> entities() {
    return entities;
  }

  /** The entity step's results: the rules' mentions and roles, and their public forms. */
  void setEntities(List<Mention> resolvedMentions, Map<String, String> rolesByKey, List<EntityMention> mentions,
      List<Entity> entities) {
    this.resolvedMentions = resolvedMentions;
    this.rolesByKey = rolesByKey;
    this.mentions = mentions;
    this.entities = entities;
  }

  List<Quote> quotes() {
    return quotes;
  }

  void setQuotes(List<Quote> quotes) {
    this.quotes = quotes;
  }

  List<TimeMention> times() {
    return times;
  }

  void setTimes(List<TimeMention> times) {
    this.times = times;
  }

  List<Quantity> quantities() {
    return quantities;
  }

  void setQuantities(List<Quantity> quantities) {
    this.quantities = quantities;
  }

  List<Embedding> embeddings() {
    return embeddings;
  }

  void setEmbeddings(List<Embedding> embeddings) {
    this.embeddings = embeddings;
  }

  /** The article is not analysed (its sentences are kept): no later step runs. */
  void reject(String reason) {
    this.rejection = reason;
    this.done = true;
  }

  /** Nothing is left to read (no sentences): no later step runs; the result is what there is. */
  void finish() {
    this.done = true;
  }

  /** Whether a step ended the chain. */
  boolean done() {
    return done;
  }

  /** Why the article was rejected, or null. */
  String rejection() {
    return rejection;
  }

  /** The analysis as it stands. */
  AnalyzedArticle result() {
    if (rejection != null) {
      return AnalyzedArticle.sentencesOnly(article, profile, language, sentences, rejection);
    }
    return new AnalyzedArticle(article, profile, language, true, notes, sentences, doc == null ? 0 : doc.tokens().size(),
        mentions, entities, quotes, times, quantities, embeddings);
  }
}
