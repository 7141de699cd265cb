package org.storyfuse.fuse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence points back with a definite "shell" noun instead of a pronoun: "Tass reported
 * <em>the news</em> on Thursday", "<em>The move</em> drew protests", "officials welcomed <em>this
 * decision</em>". ("That" is left out: it is more often a conjunction, "said that claims…".) Such a noun stands for something an earlier sentence told; without that sentence a
 * reader cannot tell which news, move or decision is meant, so the sentence cannot stand alone.
 *
 * <p>The noun is not a back-reference when what follows says what it is ("the news that…", "the
 * decision to close…", "the report by the auditors", "the statement Ida Svensk made"), when it is the
 * first half of a compound ("the news agency"), or when the sentence introduced it earlier with "a"
 * ("a decision to close the plant; the decision drew protests"). A time after it ("the news on Thursday")
 * says when, not what, so it does not count as saying what it is.
 */
final class ShellNounReference {

  private ShellNounReference() {}

  /** Nouns that summarise what an earlier sentence told rather than naming a thing of their own. */
  static final Set<String> SHELL_NOUNS = Set.of(
      "news", "report", "move", "decision", "announcement", "statement", "remarks", "comments", "step",
      "development", "developments", "incident", "claim", "claims", "allegation", "allegations", "accusation",
      "accusations", "proposal", "offer", "warning", "revelation", "revelations", "findings", "episode");

  /** Adjectives that may stand between the determiner and the noun and still point back ("the latest move"). */
  private static final Set<String> POINTING_ADJECTIVES = Set.of(
      "latest", "new", "recent", "same", "surprise", "sudden", "unexpected");

  /** Words after the noun that begin a modifier saying what the noun is. */
  private static final Set<String> MODIFIER_STARTS = Set.of(
      "of", "that", "to", "about", "by", "from", "for", "over", "which", "whereby", "in", "on", "at", "with",
      "against", "between", "regarding", "concerning", "calling", "saying", "urging", "issued", "released",
      "published", "made", "signed", "announced");

  /** Nouns that make "news"/"report" the first half of a compound ("the news agency"). */
  private static final Set<String> COMPOUND_HEADS = Set.of(
      "agency", "agencies", "conference", "conferences", "outlet", "outlets", "service", "release", "briefing",
      "channel", "network", "website", "site", "media", "card", "cycle");

  /** Words that open a time after a preposition ("on Thursday", "in January", "at the weekend"). */
  private static final Pattern TIME = Pattern.compile(
      "(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
          + "august|september|october|november|december|last|this|next|earlier|later|the weekend|\\d).*");

  private static final Pattern SHELL = Pattern.compile(
      "\\b((?i:the|this|these|those))\\s+(?:(\\p{L}+)\\s+)?(\\p{Ll}+)\\b");

  /** Whether the sentence points back with a definite shell noun it does not explain. */
  static boolean test(String sentence) {
    Matcher m = SHELL.matcher(sentence);
    int from = 0;
    while (from < sentence.length() && m.find(from)) {
      String adjective = m.group(2);
      String noun = m.group(3);
      // the regex may have taken the noun as the adjective slot ("the news on …"): try both readings
      if (adjective != null && SHELL_NOUNS.contains(adjective.toLowerCase(Locale.ROOT))
          && Character.isLowerCase(adjective.codePointAt(0))) {
        if (pointsBack(sentence, m.start(2), m.end(2), adjective)) {
          return true;
        }
      } else if ((adjective == null || POINTING_ADJECTIVES.contains(adjective.toLowerCase(Locale.ROOT)))
          && SHELL_NOUNS.contains(noun) && pointsBack(sentence, m.start(3), m.end(3), noun)) {
        return true;
      }
      from = m.start() + 1;
    }
    return false;
  }

  private static boolean pointsBack(String sentence, int start, int end, String noun) {
    // introduced earlier in the same sentence with "a"/"an" ("a decision to close …; the decision …");
    // the word as part of another name ("news agency … reported the news") introduces nothing
    if (Pattern.compile("(?i)\\ban?\\s+(?:\\p{L}+\\s+)?" + Pattern.quote(noun) + "\\b")
        .matcher(sentence.substring(0, start)).find()) {
      return false;
    }
    String rest = sentence.substring(end).stripLeading();
    if (rest.startsWith("'s") || rest.startsWith("’s")) {
      return true; // "the move's critics": still which move?
    }
    boolean comma = rest.startsWith(",");
    if (comma) {
      rest = rest.substring(1).stripLeading();
    }
    Matcher word = Pattern.compile("^(\\p{L}+)").matcher(rest);
    if (!word.find()) {
      return true; // the sentence or a clause ends on it
    }
    String next = word.group(1);
    String lower = next.toLowerCase(Locale.ROOT);
    if (comma) {
      // "the decision, announced on Monday, …" says what it is; "the decision, officials said" does not
      return !Set.of("which", "issued", "released", "published", "made", "signed", "announced").contains(lower);
    }
    if (TIME.matcher(rest).matches()) {
      return true; // "reported the news Thursday"
    }
    if (Set.of("on", "in", "at").contains(lower)) {
      return TIME.matcher(rest.substring(next.length()).stripLeading()).matches();
    }
    if (MODIFIER_STARTS.contains(lower) || COMPOUND_HEADS.contains(lower)) {
      return false;
    }
    // a name right after it begins a relative clause ("the statement Ida Svensk made")
    return !Character.isUpperCase(next.codePointAt(0));
  }
}
