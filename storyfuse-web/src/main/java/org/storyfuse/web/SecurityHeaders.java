package org.storyfuse.web;

import java.util.function.BiConsumer;

/** The headers every response carries, routed or refused by Jetty itself. */
final class SecurityHeaders {

  /** Pages need inline styles only; forms may only go back to this server. */
  static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; "
          + "frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(BiConsumer<String, String> header) {
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("Content-Security-Policy", CSP);
    header.accept("X-Frame-Options", "DENY");
    header.accept("Referrer-Policy", "no-referrer");
  }
}
