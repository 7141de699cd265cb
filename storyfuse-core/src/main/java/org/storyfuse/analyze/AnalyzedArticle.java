package org.storyfuse.analyze;

import org.storyfuse.embed.Embedding;
import java.util.List;
import java.util.Objects;
import org.storyfuse.model.Article;
import org.storyfuse.text.Sentence;

/**
 * The full reading of one article. Every list is in text order; every sentence index is the one
 * {@link org.storyfuse.text.SentenceSplitter} gives, so "article id + sentence index" cites a source.
 *
 * @param article     the article read
 * @param profile     the profile that read it
 * @param language    the language the analysis assumed: the detected one, else the article's
 * @param analysed    false when the language is not supported or the article failed: then only
 *                    {@code sentences} is filled and {@code notes} says why
 * @param notes       what was limited and why ("language 'de' not supported: sentences only",
 *                    "text cut at 25000 characters: 310 of 2480 sentences analysed"); empty when complete
 * @param sentences   all sentences of the body
 * @param tokens      number of tokens analysed
 * @param mentions    named-entity mentions (pronouns excluded)
 * @param entities    the mentions merged per entity, in order of first mention
 * @param quotes      direct and reported quotes, in text order
 * @param times       time expressions with resolved dates
 * @param quantities  numbers with units and what they count
 * @param embeddings  one vector per analysed sentence, parallel to the first {@code embeddings.size()}
 *                    of {@code sentences} (all of them unless the text was cut); empty when the
 *                    profile or the caller left embeddings out
 */
public record AnalyzedArticle(
    Article article,
    Profile profile,
    String language,
    boolean analysed,
    List<String> notes,
    List<Sentence> sentences,
    int tokens,
    List<EntityMention> mentions,
    List<Entity> entities,
    List<Quote> quotes,
    List<TimeMention> times,
    List<Quantity> quantities,
    List<Embedding> embeddings) {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    notes = List.copyOf(notes);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    embeddings = List.copyOf(embeddings);
  }

  /** An article whose body was not analysed: sentences only, with the reason in the notes. */
  static AnalyzedArticle sentencesOnly(
      Article article, Profile profile, String language, List<Sentence> sentences, String note) {
    return new AnalyzedArticle(article, profile, language, false, List.of(note), sentences, 0,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
