package org.storyfuse.fuse;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.Quote;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.text.lexicon.SpeechVerbs;

/**
 * Who spoke, in the timeline's dated sentences whose date is the day of the speaking: "Ryabkov was
 * quoted as saying on Thursday that…", "…, a top diplomat said Thursday." On one day one person's
 * remarks are one event however the outlets word them, so {@link SameEvent} joins two such
 * sentences of one date with one speaker.
 *
 * <p>A sentence counts when the analysis found a quote in it and its cue or another verb of saying
 * stands next to the sentence's date, at most {@value #CUE_TO_DATE_WORDS} words and no punctuation
 * between ("said Thursday", "quoted by TASS as saying on Thursday", "told reporters on Thursday"):
 * there the date is when the words were said, not the day of something they tell of ("Ryabkov, who
 * led the talks on Monday, said…": the comma closes the clause the date belongs to).
 *
 * <p>The speaker is the quote's named person. A lead that keeps its source unnamed ("…, a top
 * diplomat said Thursday.") and names them in the next sentence's quote ("“I do not see reasons…,”
 * Sergei Ryabkov said") is that person: an indefinite speaker ("a …", "an …") takes the person
 * quoted in the article's next sentence. A country or body as speaker does not count (a government
 * speaks through many people in a day), nor does an indefinite speaker with no named quote after it.
 */
final class DatedStatements {

  /** Words that may stand between a speech cue and the date of the speaking. */
  static final int CUE_TO_DATE_WORDS = 2;

  /** Verbs of saying besides the quote's own cue ("quoted … as saying on Thursday", "quoting"). */
  private static final String SAYING = SpeechVerbs.alternation(SpeechVerbs.CUES, "quoting");

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");

  private static final Pattern INDEFINITE = Pattern.compile("^(a|an)\\s", Pattern.CASE_INSENSITIVE);

  private DatedStatements() {}

  /**
   * Per dated sentence whose date is the day its quote was spoken, the speaker's entity key.
   *
   * @param dateOf each timeline sentence's date (the mention it is filed under)
   */
  static Map<BriefBuilder.SentenceNode, String> speakers(List<AnalyzedArticle> analyses,
      Map<String, Map<Integer, BriefBuilder.SentenceNode>> nodesByArticle,
      Map<BriefBuilder.SentenceNode, TimeMention> dateOf) {
    Map<BriefBuilder.SentenceNode, String> out = new IdentityHashMap<>();
    for (AnalyzedArticle a : analyses) {
      Map<Integer, BriefBuilder.SentenceNode> nodes = nodesByArticle.getOrDefault(a.article().id(), Map.of());
      for (Quote q : a.quotes()) {
        BriefBuilder.SentenceNode node = nodes.get(q.sentence());
        TimeMention date = node == null ? null : dateOf.get(node);
        if (date == null || out.containsKey(node) || !cueBesideDate(node.sentence().text(), q.cue(), date)) {
          continue;
        }
        String speaker = namedPerson(q);
        if (speaker == null && q.speakerText() != null && INDEFINITE.matcher(q.speakerText().strip()).find()) {
          speaker = personQuotedIn(a.quotes(), q.sentence() + 1);
        }
        if (speaker != null) {
          out.put(node, speaker);
        }
      }
    }
    return out;
  }

  private static String namedPerson(Quote q) {
    return q.speakerKey() != null && q.speakerKind() == EntityKind.PERSON ? q.speakerKey() : null;
  }

  /** The person quoted in the given sentence of the article (the first such quote), or null. */
  private static String personQuotedIn(List<Quote> quotes, int sentence) {
    for (Quote q : quotes) {
      if (q.sentence() == sentence && namedPerson(q) != null) {
        return namedPerson(q);
      }
    }
    return null;
  }

  /**
   * Whether the cue or another verb of saying stands within {@value #CUE_TO_DATE_WORDS} words of the
   * date mention, on either side.
   */
  static boolean cueBesideDate(String sentence, String cue, TimeMention date) {
    if (cue == null || cue.isBlank() || date.begin() < 0 || date.end() > sentence.length()) {
      return false;
    }
    if (POSSESSIVE.matcher(sentence).region(date.end(), sentence.length()).lookingAt()) {
      return false; // "said of Wednesday's tremor": the date of a thing named, not of the words
    }
    Matcher m = Pattern.compile("\\b(?:" + Pattern.quote(cue) + "|" + SAYING + ")\\b", Pattern.CASE_INSENSITIVE)
        .matcher(sentence);
    while (m.find()) {
      String between = m.end() <= date.begin() ? sentence.substring(m.end(), date.begin())
          : date.end() <= m.start() ? sentence.substring(date.end(), m.start()) : null;
      // no punctuation between: "who met the board on Wednesday, said…" dates the meeting, not the words
      if (between != null && words(between) <= CUE_TO_DATE_WORDS && !between.matches(".*[,;:()—–\"“”].*")) {
        return true;
      }
    }
    return false;
  }

  private static int words(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }
}
