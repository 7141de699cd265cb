package org.storyfuse.render;

import java.net.URI;
import java.util.Locale;

/** Escaping for untrusted text placed into HTML text or quoted attribute values. */
public final class Html {

  private Html() {}

  /** Escapes the five characters that can end a text node or a quoted attribute. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // drop C0 controls except tab/newline: they are invalid in HTML and can confuse parsers
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Where an article came from, escaped: a link (no referrer, no follow) when {@code url} is a safe
   * http(s) URL, else the URL or the origin as code.
   */
  public static String sourceLink(String url, String origin) {
    String href = safeHref(url);
    if (href != null) {
      return "<a rel=\"noopener noreferrer nofollow\" href=\"" + escape(href) + "\">" + escape(url) + "</a>";
    }
    return "<code>" + escape(url != null ? url : origin) + "</code>";
  }

  /** The URL if it is an absolute http(s) URL (safe as a link target), else null. */
  public static String safeHref(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toASCIIString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
