package org.storyfuse.store;

import java.time.Instant;

/**
 * One line of the story list.
 *
 * @param firstPublished earliest publication day of its articles (ISO date), null when none is known
 * @param lastPublished  latest publication day (ISO date), null when none is known
 * @param updated        when the story last gained an article
 */
public record StorySummary(
    String id, String headline, int articles, int sources, String firstPublished, String lastPublished,
    Instant updated) {}
