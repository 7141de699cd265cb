package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cookie-consent banner as a page dump shows it, in any language: a paragraph about cookies
 * ("Utilizamos cookies propias y de terceros …", "Wir verwenden Cookies …") with its buttons right
 * under it ("Aceptar", "Alle akzeptieren", "OK"), at the very top or bottom of the page, where
 * the consent dialog's markup stands. An article's paragraph on cookies stands amid the story.
 */
final class ConsentBanners {

  /** "cookie" is the word in every language the banners are written in ("Cookies", "файлы cookie"). */
  private static final Pattern COOKIE = Pattern.compile("(?i)\\bcookies?\\b");

  private static final int MAX_BANNER_WORDS = 100;

  /** A button's words: "Aceptar", "Alle akzeptieren", "Accept all cookies". */
  private static final int MAX_BUTTON_WORDS = 3;

  /** How far from the dump's first or last line a banner may stand, in lines with text. */
  private static final int EDGE_LINES = 10;

  private ConsentBanners() {}

  /** Marks each consent banner and its buttons in {@code lines} (mutable) as boilerplate. */
  static void mark(List<ClassifiedLine> lines) {
    List<Integer> text = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).is(LineKind.BLANK)) {
        text.add(i);
      }
    }
    for (int k = 0; k < text.size(); k++) {
      if (k >= EDGE_LINES && k < text.size() - EDGE_LINES) {
        k = text.size() - EDGE_LINES - 1; // only the edges
        continue;
      }
      ClassifiedLine banner = lines.get(text.get(k));
      int words = Prose.words(banner.text());
      // a banner is sentences ("We use cookies to …"); a headline about cookies is not
      if (words > MAX_BANNER_WORDS || !Prose.isProse(banner.text()) || !COOKIE.matcher(banner.text()).find()) {
        continue;
      }
      int buttons = 0;
      for (int b = k + 1; b < text.size() && buttons < 2; b++) {
        ClassifiedLine button = lines.get(text.get(b));
        if (Prose.words(button.text()) > MAX_BUTTON_WORDS || Prose.isProse(button.text())) {
          break;
        }
        buttons++;
      }
      if (buttons == 0) {
        continue;
      }
      ClassifiedLine.markBoilerplate(lines, text.get(k), text.get(k + buttons));
      k += buttons;
    }
  }
}
