package org.storyfuse.web;

/**
 * An article's origin as the service shows it: the file name (with its record number), a URL, or
 * the posted-body mark, never the folders it had on the machine that read it. The command line stores
 * names only; this also covers articles stored before it did.
 */
final class Origins {

  private Origins() {}

  static String name(String origin) {
    if (origin == null || origin.matches("(?i)https?://.*")) {
      return origin;
    }
    int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
    return origin.substring(slash + 1);
  }
}
