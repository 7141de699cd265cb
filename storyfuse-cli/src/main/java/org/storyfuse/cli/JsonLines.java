package org.storyfuse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One JSON object a line, to a file or to stdout ("-"): the listing format of extract and analyze. */
final class JsonLines {

  private JsonLines() {}

  /** snake_case names, ISO dates: the conventions of the brief JSON. */
  static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  static boolean isStdout(Path target) {
    return target.toString().equals("-");
  }

  static void write(Path target, ObjectMapper mapper, List<?> values) throws IOException {
    try (Writer out = isStdout(target)
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (Object v : values) {
        out.write(mapper.writeValueAsString(v));
        out.write('\n');
      }
    }
  }
}
