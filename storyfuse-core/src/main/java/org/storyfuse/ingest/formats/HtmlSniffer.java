package org.storyfuse.ingest.formats;

import java.util.regex.Pattern;

/**
 * Whether a text field (JSON "maintext", feed description) holds HTML rather than plain text, so
 * it goes to the HTML extractor instead of showing tags as words.
 */
final class HtmlSniffer {

  private static final Pattern TAG =
      Pattern.compile(
          "</?(?:p|div|br|span|a|img|article|section|main|header|footer|h[1-6]|ul|ol|li|em|strong|b|i|u"
              + "|blockquote|figure|figcaption|table|tr|td|html|head|body|iframe|script|style)(?:\\s[^<>]*)?/?>",
          Pattern.CASE_INSENSITIVE);

  private HtmlSniffer() {}

  static boolean looksLikeHtml(String text) {
    return text != null && TAG.matcher(text).find();
  }
}
