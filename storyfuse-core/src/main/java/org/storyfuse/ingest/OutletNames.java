package org.storyfuse.ingest;

import java.net.URI;
import java.util.Locale;

/** Outlet names derived from URLs when a page does not state its site name. */
public final class OutletNames {

  private OutletNames() {}

  /** "https://www.example.co.uk/a/b" → "example.co.uk"; null for null or unparsable URLs. */
  public static String fromUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
