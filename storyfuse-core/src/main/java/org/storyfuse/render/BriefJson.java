package org.storyfuse.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.storyfuse.model.Brief;

/**
 * Briefs as JSON, in the documented shape (docs/brief-schema.md): snake_case names, record field
 * order, nulls kept so every field is always present. Same brief in, same bytes out.
 */
public final class BriefJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .setSerializationInclusion(JsonInclude.Include.ALWAYS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private BriefJson() {}

  public static String write(Brief brief) {
    return writeValue(brief);
  }

  /** Several briefs as one JSON document: {@code {"stories": [...]}}. */
  public static String write(List<Brief> briefs) {
    return writeValue(new Stories(briefs));
  }

  public static Brief read(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, Brief.class);
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }

  private static String writeValue(Object value) {
    try {
      return MAPPER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      // Briefs are plain records of strings and numbers: failing here is a programming error.
      throw new IllegalStateException("cannot write a brief as JSON", e);
    }
  }

  /** The top-level shape of a multi-story JSON file. */
  public record Stories(List<Brief> stories) {}
}
