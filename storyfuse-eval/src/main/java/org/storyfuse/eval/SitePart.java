package org.storyfuse.eval;

import java.util.Locale;
import java.util.zip.CRC32;

/**
 * A fixed split of a benchmark's pages by site, so heuristics can be tuned on one part and reported
 * on the other: the page URL's host (lowercase, without a leading "www.") is hashed with CRC-32;
 * hosts whose hash is divisible by 3 are held out (about a third of the sites), the rest are for
 * tuning. Pages of one site always fall in the same part, so what was learnt from a site's markup
 * is never scored on that site's other pages. Pages without a host are tuning pages.
 */
public enum SitePart {
  ALL, TUNE, HELD_OUT;

  /** Whether the page at {@code url} belongs to this part. */
  public boolean contains(String url) {
    return this == ALL || of(url) == this;
  }

  /** The part a page's URL falls in: {@link #TUNE} or {@link #HELD_OUT}. */
  public static SitePart of(String url) {
    String host = host(url);
    if (host == null) {
      return TUNE;
    }
    CRC32 crc = new CRC32();
    crc.update(host.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return crc.getValue() % 3 == 0 ? HELD_OUT : TUNE;
  }

  /** The page's site as the product names outlets from URLs; inner spaces escaped first so such a URL still parses. */
  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    return org.storyfuse.ingest.OutletNames.fromUrl(url.strip().replace(" ", "%20"));
  }

  /** "tune", "held-out", "all". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
