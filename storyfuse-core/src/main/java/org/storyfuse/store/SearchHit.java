package org.storyfuse.store;

/**
 * One full-text match.
 *
 * @param kind     what matched: an article's text or a story's brief
 * @param id       the article id (kind ARTICLE) or the story id (kind BRIEF)
 * @param storyId  the story the match belongs to
 * @param title    the article title or the brief headline
 * @param snippet  matched text around the query terms, plain text (callers escape it)
 */
public record SearchHit(Kind kind, String id, String storyId, String title, String snippet) {

  public enum Kind { ARTICLE, BRIEF }
}
