package org.storyfuse.render;

import org.storyfuse.model.Brief;

/** How a source is named to readers when it states no outlet. */
final class SourceLabels {

  private SourceLabels() {}

  /** The outlet, else the file name it was read from (plain-text dumps state no outlet). */
  static String name(Brief.Source s) {
    if (s.outlet() != null && !s.outlet().isBlank()) {
      return s.outlet();
    }
    String path = s.origin().replaceFirst("#.*$", "");
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
