/**
 * Dates as pages and feeds write them: {@link org.storyfuse.ingest.dates.DateTextParser} reads one
 * date string (a meta value, a JSON field, a dateline) or finds every full date in running text,
 * with the time of day and zone written next to it. The rules ({@code DateRule}, {@code TimeOfDay})
 * are package-private; English month and weekday names come from {@link org.storyfuse.text.lexicon},
 * other languages' month names are {@code Names}'s own.
 *
 * <p>May import: the JDK, {@code org.storyfuse.model} (for
 * {@link org.storyfuse.model.PublicationDate}) and {@code org.storyfuse.text.lexicon}. Imported by
 * the ingest extractors (html, text, metadata) and eval; never imports analyze, cluster, fuse, store
 * or pipeline.
 */
package org.storyfuse.ingest.dates;
