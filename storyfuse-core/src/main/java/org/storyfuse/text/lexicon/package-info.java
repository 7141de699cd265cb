/**
 * The English words for calendar names, numbers and speech that several stages read: month names and
 * abbreviations ({@link org.storyfuse.text.lexicon.Months}), weekday names and abbreviations
 * ({@link org.storyfuse.text.lexicon.Weekdays}), cardinal, ordinal and scale words
 * ({@link org.storyfuse.text.lexicon.NumberWords}), verbs of saying
 * ({@link org.storyfuse.text.lexicon.SpeechVerbs}); and what both extractors read on a page: the furniture
 * they drop in other languages ({@link org.storyfuse.text.lexicon.PageFurniture}) and the particles inside
 * a writer's surname ({@link org.storyfuse.text.lexicon.NameParticles}). One copy of each list, so the
 * analysis stage's time rules and quantity parser and the ingest date parsers cannot drift apart. Plain data and
 * lookups: each reader keeps its own rules about which words it accepts where.
 *
 * <p>May import: the JDK only. Imports no Storyfuse package; any package may import it.
 */
package org.storyfuse.text.lexicon;
