package org.storyfuse.store;

import java.time.Instant;
import org.storyfuse.model.Article;

/** An article as stored: the extraction, the story it joined, and when it arrived. */
public record StoredArticle(Article article, String storyId, String contentHash, Instant ingestedAt) {}
