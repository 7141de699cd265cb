/**
 * Ingestion: files, folders and globs in, extracted {@link org.storyfuse.model.Article}s out, with
 * one problem line per unreadable input. {@link org.storyfuse.ingest.Ingestor} reads and detects
 * formats (subpackage formats), {@link org.storyfuse.ingest.Extractor} turns a document into an
 * article (subpackages html and text; dates in dates; language detection here).
 *
 * <p>May import: model, its own subpackages, jsoup, Jackson, ROME, jwarc, the language detector.
 * Never analyze, cluster, fuse, store, render or pipeline.
 */
package org.storyfuse.ingest;
