/**
 * Output formats of a brief: Markdown ({@link org.storyfuse.render.BriefMarkdown}), JSON
 * ({@link org.storyfuse.render.BriefJson}, also read back by the store's readers) and a
 * self-contained HTML page ({@link org.storyfuse.render.BriefHtml}). Every piece of source text is
 * escaped for its format.
 *
 * <p>May import: model, text (sentence splitting to link citations to source sentences), Jackson.
 */
package org.storyfuse.render;
