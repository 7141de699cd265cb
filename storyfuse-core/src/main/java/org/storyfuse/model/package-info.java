/**
 * The value types that pass between stages: the extracted {@link org.storyfuse.model.Article}, its
 * {@link org.storyfuse.model.PublicationDate}, and the {@link org.storyfuse.model.Brief}. Immutable
 * records, documented field by field (the brief's JSON shape is docs/brief-schema.md).
 *
 * <p>May import: the JDK only. Imported by every other package.
 */
package org.storyfuse.model;
