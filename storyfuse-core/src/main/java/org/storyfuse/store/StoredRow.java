package org.storyfuse.store;

import org.storyfuse.model.Article;

/**
 * A stored article as the pipeline reloads it: in arrival order, with where it was filed.
 *
 * @param seq     arrival sequence (1, 2, …): the order articles entered the store
 * @param storyId the story it belongs to
 * @param copyOf  the article it is a syndicated copy of, or null
 */
public record StoredRow(long seq, Article article, String storyId, String copyOf) {}
