/**
 * HTML extraction: the main text block of a page without boilerplate (navigation, consent panels,
 * comments — named, or known by their shape as readers' threads — footers; inside the article's
 * container, the sections a heading names as furniture, writers' boxes, teaser lists, captions,
 * bylines' meta lines, paywall prompts, pull quotes, print and funding notes, embeds' fallback
 * messages; then what a learned filter over the kept
 * paragraphs, {@code paragraph-filter.tsv}, scores as not the article's), with title, outlet, byline and publication
 * date from the page's metadata.
 *
 * <p>May import: model, ingest (the document types), ingest.dates, text.lexicon (words of page furniture), jsoup,
 * Jackson (JSON-LD).
 */
package org.storyfuse.ingest.html;
