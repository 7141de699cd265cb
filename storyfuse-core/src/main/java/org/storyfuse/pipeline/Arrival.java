package org.storyfuse.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.storyfuse.model.Article;
import org.storyfuse.store.Store;

/**
 * An article as it reaches the store, with the source it was read from. A source is what a later
 * read of "the same thing" is recognised by: when a file is read again and no longer holds an
 * article it held before (it was edited, or was still being written the first time), that earlier
 * version is removed from the store and from its story — the file is not counted as a second source.
 * Articles without a source (posted over HTTP, handed over by a program) are never replaced.
 *
 * @param article the extracted article
 * @param source  an opaque key naming the file it was read from ({@link #fileKey}), or null for none
 */
public record Arrival(Article article, String source) {

  public Arrival {
    Objects.requireNonNull(article, "article");
    if (source != null && (source.isBlank() || source.equals(Store.UNSOURCED) || source.equals(Store.LEGACY_SOURCE))) {
      throw new IllegalArgumentException("not a source key: '" + source + "'");
    }
  }

  /** An article that came from no file: never replaced. */
  public static Arrival unsourced(Article article) {
    return new Arrival(article, null);
  }

  /** An article read from {@code file} (every article of a file shares the file's key). */
  public static Arrival fromFile(Article article, Path file) {
    return new Arrival(article, fileKey(file));
  }

  /**
   * The key of a file: a hash of its real path (symbolic links resolved), so the store records no
   * server path and two spellings of one file are one source.
   */
  public static String fileKey(Path file) {
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      real = file.toAbsolutePath().normalize();
    }
    return "file:" + ContentKey.sha256(real.toString()).substring(0, 32);
  }
}
