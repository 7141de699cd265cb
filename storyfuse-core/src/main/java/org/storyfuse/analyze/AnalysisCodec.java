package org.storyfuse.analyze;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.storyfuse.embed.Embedding;
import org.storyfuse.model.Article;

/**
 * Articles and their analyses as JSON for the store, so briefs can be rebuilt without running
 * CoreNLP again. Plain record-component JSON; dates as ISO strings with their original offset
 * (Jackson would otherwise shift an {@code OffsetDateTime} to UTC and lose the outlet's zone).
 */
public final class AnalysisCodec {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .registerModule(new SimpleModule("storyfuse-embedding")
          .addSerializer(Embedding.class, new EmbeddingSerializer())
          .addDeserializer(Embedding.class, new EmbeddingDeserializer()))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private AnalysisCodec() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  public static Article readArticle(String json) {
    return read(json, Article.class);
  }

  public static AnalyzedArticle readAnalysis(String json) {
    return read(json, AnalyzedArticle.class);
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** An embedding is just its vector. */
  private static final class EmbeddingSerializer extends JsonSerializer<Embedding> {
    @Override
    public void serialize(Embedding value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      float[] v = value.vector();
      gen.writeStartArray(value, v.length);
      for (float x : v) {
        gen.writeNumber(x);
      }
      gen.writeEndArray();
    }
  }

  private static final class EmbeddingDeserializer extends JsonDeserializer<Embedding> {
    @Override
    public Embedding deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new Embedding(p.readValueAs(float[].class));
    }
  }
}
