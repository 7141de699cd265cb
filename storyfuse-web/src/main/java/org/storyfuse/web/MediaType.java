package org.storyfuse.web;

import java.util.Locale;

/**
 * The parts of a Content-Type header the service acts on: the type/subtype, lowercased, and the
 * charset parameter when there is one.
 */
record MediaType(String type, String charset) {

  static MediaType parse(String header) {
    if (header == null || header.isBlank()) {
      return new MediaType("", null);
    }
    String[] parts = header.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].strip();
      int eq = param.indexOf('=');
      if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        charset = param.substring(eq + 1).strip().replace("\"", "");
      }
    }
    return new MediaType(type, charset == null || charset.isEmpty() ? null : charset);
  }

  boolean isJson() {
    return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
  }
}
