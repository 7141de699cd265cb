package org.storyfuse.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which two texts are compared word for word: lower case, one space for any run of
 * whitespace, straight quote marks and apostrophes, one hyphen for any dash ("scientists—who" and
 * "scientists - - who", as a tokenised copy writes it, are the same words). The brief decides with it
 * which sources carry a quote, and the citation check which sources hold it: one notion of "the
 * same words" for both.
 */
public final class VerbatimForm {

  // compiled once: the form is taken of every article's whole text
  private static final Pattern SINGLE_MARKS = Pattern.compile("[‘’‚‛`´]");
  private static final Pattern DOUBLE_MARKS = Pattern.compile("[“”„‟«»]");
  private static final Pattern DASHES = Pattern.compile("\\s*[\u2014\u2013-][\\s\u2014\u2013-]*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private VerbatimForm() {}

  /** The verbatim form of {@code s}. */
  public static String of(String s) {
    String out = SINGLE_MARKS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("'");
    out = DOUBLE_MARKS.matcher(out).replaceAll("\"");
    out = DASHES.matcher(out).replaceAll("-");
    return SPACES.matcher(out).replaceAll(" ").strip();
  }
}
