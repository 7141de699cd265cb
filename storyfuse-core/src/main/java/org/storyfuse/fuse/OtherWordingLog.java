package org.storyfuse.fuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The training data of {@link OtherWordingModel}: when the system property {@value #PROPERTY} names a
 * file, every sentence offered as another wording of a claim is appended to it with its features
 * ({@link OtherWordingFeatures}), whether or not it is kept, so that hand labels (keyed by the claim's
 * text, the article and the sentence index) can be joined to them. Off by default; the product never
 * reads the file. See docs/EVALUATION.md ("learned other-wording decision") for the training command.
 */
final class OtherWordingLog {

  static final String PROPERTY = "storyfuse.wordings.features";

  private static final String FILE = System.getProperty(PROPERTY);
  private static Writer out;

  private OtherWordingLog() {}

  static boolean on() {
    return FILE != null;
  }

  /** Columns: claim text, article id, sentence index, states (0/1), other figures (0/1), features. */
  static synchronized void write(String claim, BriefBuilder.SentenceNode other, boolean states, boolean otherFigures,
      double[] features) {
    if (FILE == null) {
      return;
    }
    try {
      if (out == null) {
        boolean fresh = !Files.exists(Path.of(FILE));
        out = Files.newBufferedWriter(Path.of(FILE), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        if (fresh) {
          out.write("claim\tarticle_id\tsentence\tstates\tother_figures\t" + String.join("\t", OtherWordingFeatures.NAMES)
              + "\n");
        }
      }
      StringBuilder line = new StringBuilder(claim.replaceAll("\\s+", " ")).append('\t')
          .append(other.sentence().articleId()).append('\t').append(other.sentence().index()).append('\t')
          .append(states ? 1 : 0).append('\t').append(otherFigures ? 1 : 0);
      for (double f : features) {
        line.append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", f));
      }
      out.write(line.append('\n').toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
