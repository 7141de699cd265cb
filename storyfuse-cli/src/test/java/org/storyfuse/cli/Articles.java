package org.storyfuse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Distinct made-up articles for the writer tests: text files and news JSON bodies, no two alike. */
final class Articles {

  private static final String[] TOWNS = {"Arlen", "Brisk", "Corvo", "Dunmere", "Eldham", "Fallow", "Grist", "Hollin"};
  private static final String[] TOPICS = {"bridge repairs", "school budget", "harbour dredging", "tram extension",
      "library opening", "flood defences", "market reform", "hospital wing"};

  private Articles() {}

  /** Paragraphs of report {@code n} in series {@code series}: its own town, topic and numbers. */
  static List<String> paragraphs(String series, int n) {
    String town = TOWNS[n % TOWNS.length];
    String topic = TOPICS[(n / TOWNS.length) % TOPICS.length];
    List<String> out = new ArrayList<>();
    out.add("The " + town + " council voted on the " + topic + " on day " + n + " of the " + series + " session.");
    out.add("Councillor " + series + "-" + n + " said the " + topic + " would cost " + (1000 + n * 37) + " thousand.");
    out.add("Residents of " + town + " will be consulted on the " + topic + " before item " + (n * 7919 % 1000)
        + " is decided.");
    return out;
  }

  /** {@code count} text files report-SERIES-N.txt in {@code folder}. */
  static void writeFiles(Path folder, String series, int count) throws IOException {
    Files.createDirectories(folder);
    for (int n = 0; n < count; n++) {
      Files.writeString(folder.resolve("report-" + series + "-" + n + ".txt"),
          "The " + series + " report number " + n + "\n\n" + String.join("\n\n", paragraphs(series, n)) + "\n");
    }
  }

  /** A news JSON body for report {@code n} of {@code series}, with its own URL. */
  static String json(String series, int n) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("title", "The " + series + " report number " + n);
    o.put("maintext", String.join("\n\n", paragraphs(series, n)));
    o.put("url", "https://" + series + ".example/" + n);
    o.put("source_domain", series + ".example");
    return o.toString();
  }
}
