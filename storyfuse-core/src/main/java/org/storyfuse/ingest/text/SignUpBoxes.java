package org.storyfuse.ingest.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A newsletter's sign-up box as a page dump shows it: the pitch ("Join our newsletter for the latest
 * …", "Thanks for reading! Subscribe for free …") or the e-mail field's prompt ("Enter your email
 * address", "Type your email…"), then the button ("Subscribe", "Sign up"). The button's line alone
 * is a control; with a pitch or a prompt right above it, the lines above are the box's too.
 */
final class SignUpBoxes {

  private static final Pattern BUTTON = Pattern.compile(
      "(?i)(?:sign\\s*(?:me\\s+)?up|subscribe|join)(?:\\s+(?:now|today|for\\s+free|free))?[.!]?");

  /** What a sign-up box's lines speak of. */
  private static final Pattern PITCH = Pattern.compile(
      "(?i)\\b(?:inbox|newsletters?|e-?mail|subscribe|subscribers|sign\\s+up|briefing)\\b");

  /** A pitch speaks to the reader ("your inbox", "our newsletter", "Join …"); a report about newsletters does not. */
  private static final Pattern ADDRESS = Pattern.compile(
      "(?i)\\b(?:you|your|our)\\b|^(?:get|join|sign|subscribe|stay|thanks|enter|type|don['’]t\\s+miss)\\b");

  /** A pitch is a line or two; an article's paragraph runs longer. */
  private static final int MAX_PITCH_WORDS = 30;

  /** A field's prompt or a box's heading: "Email", "Newsletter", "Your email address". */
  private static final int MAX_PROMPT_WORDS = 4;

  /** Lines above the button that may belong to the box (a heading, the pitch, the prompt). */
  private static final int MAX_BOX_LINES = 3;

  private SignUpBoxes() {}

  private static boolean isBoxLine(String text) {
    int words = Prose.words(text);
    return PITCH.matcher(text).find()
        && (words <= MAX_PROMPT_WORDS || words <= MAX_PITCH_WORDS && ADDRESS.matcher(text.strip()).find());
  }

  /** Marks each sign-up box's pitch, prompt and button in {@code lines} (mutable) as boilerplate. */
  static void mark(List<ClassifiedLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!BUTTON.matcher(lines.get(i).text().strip()).matches()) {
        continue;
      }
      int first = i;
      int seen = 0;
      for (int j = i - 1; j >= 0 && seen < MAX_BOX_LINES; j--) {
        ClassifiedLine above = lines.get(j);
        if (above.is(LineKind.BLANK)) {
          continue;
        }
        seen++;
        if (!isBoxLine(above.text())) {
          break;
        }
        first = j;
      }
      if (first == i) {
        continue;
      }
      ClassifiedLine.markBoilerplate(lines, first, i);
    }
  }
}
