package org.storyfuse.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.storyfuse.analyze.tag.PerceptronModel;

/** Reads the LEAN profile's shipped tagger models from the classpath. */
final class TaggerModels {

  private TaggerModels() {
  }

  static PerceptronModel read(String resource) {
    try (InputStream in = TaggerModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("tagger model " + resource + " is missing from the classpath");
      }
      return PerceptronModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tagger model " + resource + ": " + e.getMessage(), e);
    }
  }
}
