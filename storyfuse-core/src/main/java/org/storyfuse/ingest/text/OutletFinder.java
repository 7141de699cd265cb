package org.storyfuse.ingest.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet a plain-text report names itself by, where the text says it: a credit line
 * ("(Esta Media Network/Reuters)": the outlet, then the agency it took the report from; "(Reuters)"
 * alone: the agency), a teaser's "…reports Asian Lite News", or an agency in the dateline
 * ("MOSCOW (Reuters) —"). In that order; the first line that says it wins. What is found is an
 * inference (the text may quote another outlet's credit), and the article marks it so.
 */
public final class OutletFinder {

  /** News agencies a credit line or dateline names. */
  static final String AGENCIES = "Reuters|AP|Associated Press|AFP|Agence France-Presse|Bloomberg|TASS|Xinhua|ANI|PTI|IANS"
      + "|dpa|DPA|EFE|ANSA|Kyodo|Yonhap|UPI|Anadolu|Interfax|RIA Novosti|Press Association|PA Media";

  private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:of|the|for|and|&|\\p{Lu}[\\p{L}\\p{N}&'’.-]*)){0,5}";

  /** A line that is only a credit: "(Outlet/Agency)", "(Agency)", "(Outlet)" among agencies. */
  private static final Pattern CREDIT = Pattern.compile(
      "^\\s*\\(\\s*(" + NAME + ")\\s*(?:/\\s*(?:" + AGENCIES + ")(?:\\s*,\\s*(?:" + AGENCIES + "))*)?\\s*\\)\\s*$");
  /** "….reports Asian Lite News" closing a paragraph. */
  private static final Pattern REPORTS = Pattern.compile(
      "(?:…|\\.\\.\\.|[.,;:—–-])\\s*\\.?(?:reports|reported by|writes|according to)\\s+(" + NAME + ")\\s*\\.?\\s*$");
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*\\p{Lu}[\\p{Lu}\\p{L} .,'-]{1,40}\\s*\\((" + AGENCIES + ")\\)\\s*[—–-]");

  private OutletFinder() {}

  public static Optional<String> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] lines = text.split("\\R");
    for (Pattern p : new Pattern[] {CREDIT, REPORTS, DATELINE}) {
      for (String line : lines) {
        if (line.length() > 2_000) {
          continue; // a credit is short; a pathological line is not read
        }
        Matcher m = p.matcher(line);
        if (m.find()) {
          String name = m.group(1).strip().replaceAll("[.’']+$", "");
          if (name.length() >= 2 && name.split("\\s+").length <= 6) {
            return Optional.of(name);
          }
        }
      }
    }
    return Optional.empty();
  }
}
