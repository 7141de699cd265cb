package org.storyfuse.analyze;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.analyze.TimeRules.Found;

/**
 * Years and decades: "2014", "year 2026", "the year 2020", "the 1990s", "the '90s". A number is a
 * year only where it cannot be a count ("2014 troops", "$ 2014", "1999 %"), and a year before 1800
 * only after a word that makes it one ("in 1770").
 */
final class YearRule {

  /** Words before a number that make it a year even when it is an old one. */
  private static final Set<String> YEAR_CONTEXT = Set.of(
      "in", "since", "until", "till", "by", "from", "during", "of", "around", "circa", "c.", "year", "before",
      "after", "early", "late", "mid", "between", "and", "to", "-", "–");

  private static final Pattern DECADE = Pattern.compile("(1[0-9]|20)?(\\d)0'?s|['’](\\d)0s");

  private YearRule() {}

  static Found at(TimeReading r, int i) {
    int lead = r.w(i).equals("the") && r.w(i + 1).equals("year") ? 2 : r.w(i).equals("year") ? 1 : 0;
    if (lead > 0 && TimeValues.YEAR.matcher(r.w(i + lead)).matches()) {
      Found bare = at(r, i + lead);
      return bare == null ? null : new Found(i, bare.end(), "DATE", bare.value());
    }
    if (r.w(i).equals("the")) {
      Matcher d = DECADE.matcher(r.w(i + 1));
      if (d.matches()) {
        String century = d.group(3) != null ? "19" : d.group(1) != null ? d.group(1) : "19";
        String decade = d.group(3) != null ? d.group(3) : d.group(2);
        return new Found(i, i + 2, "DATE", century + decade + "X");
      }
      return null;
    }
    if (!TimeValues.YEAR.matcher(r.w(i)).matches()) {
      return null;
    }
    String before = r.w(i - 1);
    if (before.equals("$") || before.equals("#") || before.equals("no.") || before.equals("number")
        || before.equals("£") || before.equals("€")) {
      return null;
    }
    // "2,000 troops", "2014 new homes": a count before a plural noun, not a year.
    for (int j = i + 1; j < Math.min(r.size(), i + 3); j++) {
      String pos = r.pos(j);
      if (pos.equals("NNS") || r.w(j).equals("%") || r.w(j).equals("percent")) {
        return null;
      }
      if (!pos.startsWith("JJ")) {
        break;
      }
    }
    int year = Integer.parseInt(r.w(i));
    // "in 1770", "since 1625": older years only where a preposition or "year" says so
    boolean stated = year >= 1800 || YEAR_CONTEXT.contains(before);
    return stated && year <= 2100 ? new Found(i, i + 1, "DATE", r.w(i)) : null;
  }
}
