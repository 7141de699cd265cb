package org.storyfuse.store;

import org.storyfuse.model.Article;

/**
 * A stored article with its analysis document, for rebuilding a brief.
 *
 * @param analysisJson the analysis as the pipeline handed it over (opaque to the store), or null
 */
public record StoredMember(long seq, Article article, String analysisJson, String copyOf) {}
