package org.storyfuse.ingest;

/**
 * Progress of an ingest run, for a progress bar: called once with {@code (0, total)} when the
 * inputs are resolved and once per finished file. Calls come from worker threads but never
 * concurrently, and {@code filesDone} only grows.
 */
@FunctionalInterface
public interface IngestProgress {

  IngestProgress NONE = (filesDone, filesTotal) -> {};

  void update(int filesDone, int filesTotal);
}
