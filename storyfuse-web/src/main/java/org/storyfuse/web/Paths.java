package org.storyfuse.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links between the site's pages, with ids encoded as path segments. */
final class Paths {

  private Paths() {}

  static String story(String id) {
    return "/stories/" + segment(id);
  }

  static String article(String id) {
    return "/articles/" + segment(id);
  }

  static String segment(String id) {
    // URLEncoder encodes for forms: a space becomes '+', which in a path is a literal plus
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
