package org.storyfuse.text;

/**
 * One sentence of an article's body.
 *
 * @param articleId the article it belongs to
 * @param index     its position among the article's sentences, from 0: with the article id, the
 *                  address every statement in a brief cites
 * @param paragraph the paragraph it stands in, from 0
 * @param text      the sentence, whitespace normalised
 */
public record Sentence(String articleId, int index, int paragraph, String text) {}
