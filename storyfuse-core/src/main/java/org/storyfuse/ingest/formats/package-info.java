/**
 * Input formats: turns one file (text, HTML, JSON, JSON lines, RSS/Atom, WARC, each optionally
 * gzipped) into {@link org.storyfuse.ingest.SourceDocument}s with the metadata the container
 * states. The entry point is {@link org.storyfuse.ingest.formats.InputFileReader}; everything
 * else is package-private. Readers never throw for bad input: they report one-line problems.
 */
package org.storyfuse.ingest.formats;
