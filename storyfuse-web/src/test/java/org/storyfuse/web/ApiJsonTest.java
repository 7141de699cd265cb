package org.storyfuse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aPendingBriefIsTheStoredJsonWithTheMarkAsItsFirstField() throws Exception {
    String stored = "{\"story_id\":\"s1\",\"headline\":\"A \\\"quoted\\\" {brace}\",\"sources\":[{\"n\":1}]}\n";
    JsonNode marked = JSON.readTree(ApiJson.markPending(stored));
    assertThat(marked.fieldNames().next()).isEqualTo("brief_pending");
    assertThat(marked.get("brief_pending").asBoolean()).isTrue();
    ObjectNode without = ((ObjectNode) marked.deepCopy());
    without.remove("brief_pending");
    assertThat(without).isEqualTo(JSON.readTree(stored));

    assertThat(JSON.readTree(ApiJson.markPending("  { }")).size()).isEqualTo(1);
    assertThatThrownBy(() -> ApiJson.markPending("[1]")).isInstanceOf(IllegalStateException.class);
  }
}
