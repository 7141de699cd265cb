package org.storyfuse.fuse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.text.lexicon.Months;
import org.storyfuse.text.lexicon.Weekdays;

/**
 * A time of day that names no day ("at 10 p.m.", "14:00", "shortly before midnight"): the analysis
 * dates it to the publication day, as SUTime does. Beside a date the sentence names ("was last heard
 * at 22:30 local time on June 1", in a report of June 6), that publication day is not the sentence's
 * date, though it is the latest one: {@link TimelineBuilder} then takes the named date. Alone in its
 * sentence it keeps the publication day, which a same-day report means (and a passage recounting
 * an earlier day does not: a limit left). "This morning", "last night", "Monday at 10 p.m." name
 * their day.
 */
final class ClockOnly {

  /** Words that tie a time of day to a day: the writer's ("this", "last", "tonight") or a named one. */
  private static final Set<String> DAY_WORDS = Set.of("this", "last", "next", "tonight", "today", "yesterday",
      "tomorrow", "tonight's", "today's", "yesterday's");
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

  private ClockOnly() {}

  static boolean test(TimeMention t) {
    if (!"TIME".equals(t.type()) || YEAR.matcher(t.text()).find()) {
      return false;
    }
    var words = WORD.matcher(t.text().toLowerCase(Locale.ROOT));
    while (words.find()) {
      String w = words.group();
      if (DAY_WORDS.contains(w) || Weekdays.ofName(w) != null || Months.ofNameOrAbbreviation(w) != 0) {
        return false;
      }
    }
    return true;
  }
}
