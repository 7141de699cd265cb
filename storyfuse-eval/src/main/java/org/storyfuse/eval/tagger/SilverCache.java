package org.storyfuse.eval.tagger;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.storyfuse.analyze.SilverTags.TaggedSentence;

/**
 * CoreNLP's tags of articles kept in a local file between runs (several minutes of CoreNLP per run
 * otherwise), for trying tagger settings: an "A" line with the article's key, then a "T" line per token,
 * "word\tpos\tbio" (a line never starts with the text itself: a token may be "#Ukraine"),
 * and a blank line after each sentence. A working file, never shipped: it holds the text.
 */
final class SilverCache {

  private SilverCache() {
  }

  static Map<String, List<TaggedSentence>> read(Path file) throws IOException {
    Map<String, List<TaggedSentence>> out = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      List<TaggedSentence> article = null;
      List<String[]> sentence = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("A")) {
          article = new ArrayList<>();
          out.put(line.substring(1), article);
        } else if (line.isEmpty()) {
          if (article != null) {
            article.add(new TaggedSentence(column(sentence, 0), column(sentence, 1), column(sentence, 2)));
          }
          sentence.clear();
        } else {
          sentence.add(line.substring(1).split("\t", -1));
        }
      }
    }
    return out;
  }

  private static String[] column(List<String[]> rows, int c) {
    return rows.stream().map(r -> r[c]).toArray(String[]::new);
  }

  static void write(Path file, Map<String, List<TaggedSentence>> tagged) throws IOException {
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
      for (Map.Entry<String, List<TaggedSentence>> e : tagged.entrySet()) {
        out.write("A" + e.getKey().replace('\n', ' '));
        out.newLine();
        for (TaggedSentence s : e.getValue()) {
          for (int i = 0; i < s.words().length; i++) {
            // a token may hold a carriage return or a tab the tokenizer kept: not in this file's lines
            out.write("T" + s.words()[i].replaceAll("[\\r\\n\\t]", "_") + "\t" + s.pos()[i] + "\t" + s.bio()[i]);
            out.newLine();
          }
          out.newLine();
        }
      }
    }
  }
}
