package org.storyfuse.fuse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.analyze.RoleFinder;
import org.storyfuse.text.lexicon.SpeechVerbs;

/**
 * Whether a sentence can stand alone in a summary, away from the sentences around it in its
 * article. Two kinds cannot:
 * <ul>
 *   <li>one that opens with a word pointing back ("He said…", "This comes after…", "It was the
 *       third…", "Their offer…"): who or what it means is in an earlier sentence;
 *   <li>a fragment the sentence splitter cut after a personal title ("…found Army Spc.") or a
 *       middle initial ("…heard from Pvt. Ivan L."), and the sentence after it
 *       ({@link #endsInsideAName}, checked by the callers that see it);
 *   <li>one that points back with a definite noun instead of a pronoun ("Tass reported the news on
 *       Thursday", "The move drew protests": {@link ShellNounReference});
 *   <li>the end of a quotation opened in an earlier sentence ({@link #closesAnEarlierQuote}), or
 *       with straight quotation marks, any sentence holding an odd number of them
 *       ({@link #splitsAStraightQuote});
 *   <li>a line that is not a sentence: no closing punctuation (a heading, a caption, a table row:
 *       "Countries affected by the 2004 Indian Ocean tsunami"), or a list item's bullet
 *       ({@link #notASentence});
 *   <li>a quote that opens the sentence without a named speaker after it ("“We will not back down.”",
 *       "“We will not back down,” he said."): a brief never shows words without saying whose.
 * </ul>
 */
final class Standalone {

  private Standalone() {}

  /** Words that refer back when they open a sentence. */
  static final Set<String> BACK_REFERENCES = Set.of(
      "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "him", "them",
      "such");

  /** Back-references after a connective ("But he…"); "that" is left out: "and that" often opens a clause. */
  static final Set<String> SUBJECT_BACK_REFERENCES = Set.of("he", "she", "it", "they", "this", "these", "those",
      "his", "her", "its", "their");

  /** A possessive and punctuation after an office ("minister's,"), and quote marks or brackets around a word. */
  private static final Pattern HEAD_TRAILER = Pattern.compile("(['’]s)?[,;:.]*$");
  private static final Pattern WORD_PUNCTUATION = Pattern.compile("^[(\"“]+|[,;:.)”\"]+$");
  private static final Pattern FIRST_WORD = Pattern.compile("^[\\s\"“”‘’'«(\\[—–-]*(\\p{L}+)");
  private static final Pattern OPENING_QUOTE = Pattern.compile("^\\s*[\"“„«‘']");
  /** A speech verb after the quote, then or before it a capitalised name that is not a pronoun. */
  private static final Pattern SPEECH = Pattern.compile("\\b(?:"
      + SpeechVerbs.alternation(SpeechVerbs.CUES, "asked", "asks", "according to", "continued") + ")\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’.-]+");
  private static final Set<String> PRONOUNS = Set.of("He", "She", "It", "They", "We", "I", "You", "This", "That");

  /** "But he said…", "And this…": a connective does not resolve the pronoun after it. */
  private static final Pattern CONNECTIVE_THEN_WORD = Pattern.compile(
      "^[\\s\"“”‘’'«(\\[—–-]*(?:but|and|yet|still|however|meanwhile)\\b[,]?\\s+(\\p{L}+)",
      Pattern.CASE_INSENSITIVE);

  /**
   * A sentence that opens with "the" and a person named only by office ("The Russian diplomat also
   * accused…", "The minister's comments…"): which diplomat is in an earlier sentence. A name after
   * the office ("The foreign minister, Sergei Lavrov, said", "The President of Russia Vladimir Putin
   * said") makes it stand alone.
   */
  static boolean definitePerson(String sentence) {
    String text = LEADING_PUNCTUATION.matcher(sentence.strip()).replaceFirst("");
    // the first word before splitting the rest: most sentences open otherwise (run for every one)
    int firstEnd = 0;
    while (firstEnd < text.length() && !isSplitSpace(text.charAt(firstEnd))) {
      firstEnd++;
    }
    if (!OPENING_DETERMINERS.contains(text.substring(0, firstEnd).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String[] words = text.split("\\s+");
    if (words.length < 2) {
      return false;
    }
    for (int h = 1; h < Math.min(words.length, 5); h++) {
      String head = HEAD_TRAILER.matcher(words[h]).replaceAll("");
      if (!RoleFinder.isRoleHead(head)) {
        continue;
      }
      // after the office: connectors and capitalised words until the verb; one of them a name?
      for (int k = h + 1; k < words.length; k++) {
        String w = WORD_PUNCTUATION.matcher(words[k]).replaceAll("");
        if (w.isEmpty()) {
          continue;
        }
        if (Character.isUpperCase(w.codePointAt(0))) {
          return false;
        }
        if (!Set.of("of", "for", "and", "the", "-", "–").contains(w.toLowerCase(Locale.ROOT))) {
          break;
        }
      }
      return true;
    }
    return false;
  }

  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\"“”‘’'«(\\[—–-]+");
  private static final Set<String> OPENING_DETERMINERS = Set.of("the", "this", "that");

  /** What {@code \s} (the split of {@link #definitePerson}) matches. */
  private static boolean isSplitSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** A personal title cut off by the sentence splitter ("…found Army Spc." | "Charles Graner guilty…"). */
  /**
   * Whether the splitter cut this sentence after a personal title ("A court martial found Army Spc."):
   * the sentence is a fragment, and so is the one after it ("Charles Graner guilty of abusing…").
   */
  static boolean endsWithTitleAbbreviation(String sentence) {
    return org.storyfuse.text.SentenceSplitter.endsWithTitle(sentence.strip());
  }

  /**
   * A name cut after its middle initial ("Testimony was also heard from Pvt. Ivan L." | "“Chip”
   * Frederick, now serving…"): a capitalised word, then one capital letter and the final dot. Roman
   * numerals I, V and X are left out ("…since World War I.").
   */
  private static final Pattern NAME_INITIAL_AT_END = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+\\s+[A-HJ-UWYZ]\\.$");

  /**
   * Whether the sentence ends inside a person's name (a title or a middle initial before the rest
   * of it): a fragment, and so is the sentence after it.
   */
  static boolean endsInsideAName(String sentence) {
    String s = sentence.strip();
    return endsWithTitleAbbreviation(s) || NAME_INITIAL_AT_END.matcher(s).find();
  }

  /**
   * Whether the sentence closes a quotation it did not open ("The talks are stuck,” the envoy told
   * reporters."): the quote began in an earlier sentence, so this one shows only its end, and shows
   * it as if it were the writer's words. Only typographic marks tell an opening from a closing one.
   */
  static boolean closesAnEarlierQuote(String sentence) {
    int close = sentence.indexOf('”');
    int open = sentence.indexOf('“');
    return close >= 0 && (open < 0 || close < open);
  }

  /** A double quotation mark that is not an inch mark (5'11", a 12" pizza). */
  private static final Pattern STRAIGHT_QUOTE = Pattern.compile("(?<!\\d)\"");

  /**
   * Whether the sentence holds an odd number of straight double quotation marks: a quotation that
   * began in an earlier sentence or goes on in a later one (`We do not have any reports of damage
   * yet."`), so part of it would be shown without its speaker or its start. Straight marks do not
   * say which way they face, so their count is what tells.
   */
  static boolean splitsAStraightQuote(String sentence) {
    Matcher m = STRAIGHT_QUOTE.matcher(sentence);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count % 2 == 1;
  }

  /** A list item's marker: the text is one entry of a list whose lead-in is elsewhere. */
  private static final Pattern BULLET = Pattern.compile("^[*•▪◦·‣-]\\s");

  /** Whether the first word is all lower case ("on state Route 52…"; not "iPhone" or "eBay"). */
  static boolean opensInLowerCase(String sentence) {
    Matcher first = FIRST_WORD.matcher(sentence);
    return first.find() && first.group(1).chars().noneMatch(Character::isUpperCase)
        && Character.isLowerCase(first.group(1).codePointAt(0));
  }

  /**
   * Whether the line is not a sentence of running text: it has no closing punctuation (a heading, a
   * caption, a table row, a dateline left alone) or it is a bulleted list item.
   */
  static boolean notASentence(String sentence) {
    String s = sentence.strip();
    return !org.storyfuse.text.SentenceSplitter.endsSentence(s) || BULLET.matcher(s).lookingAt();
  }

  /**
   * The articles that have running text: at least one sentence with closing punctuation. In those,
   * a line without it is a heading or a caption ({@link #notASentence}); an article without any —
   * a feed item or a record that is only a headline — is read as its headline says it.
   */
  static Set<String> articlesWithRunningText(java.util.Collection<BriefBuilder.SentenceNode> nodes) {
    Set<String> out = new java.util.HashSet<>();
    for (BriefBuilder.SentenceNode n : nodes) {
      // one sentence settles an article: the others are not read (a long story asks ~28 per article)
      if (!out.contains(n.sentence().articleId()) && !notASentence(n.sentence().text())) {
        out.add(n.sentence().articleId());
      }
    }
    return out;
  }

  /**
   * {@link #test} for a sentence of an article: also not a heading, caption or list item of an
   * article with running text ({@link #articlesWithRunningText}).
   */
  static boolean test(BriefBuilder.SentenceNode node, Set<String> articlesWithRunningText) {
    String text = node.sentence().text();
    return test(text)
        && !(articlesWithRunningText.contains(node.sentence().articleId()) && notASentence(text));
  }

  static boolean test(String sentence) {
    if (endsInsideAName(sentence) || splitsAStraightQuote(sentence)) {
      return false;
    }
    Matcher connective = CONNECTIVE_THEN_WORD.matcher(sentence);
    if (connective.find() && SUBJECT_BACK_REFERENCES.contains(connective.group(1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (definitePerson(sentence) || ShellNounReference.test(sentence) || closesAnEarlierQuote(sentence)) {
      return false;
    }
    Matcher first = FIRST_WORD.matcher(sentence);
    if (!OPENING_QUOTE.matcher(sentence).find() && first.find()
        && BACK_REFERENCES.contains(first.group(1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (OPENING_QUOTE.matcher(sentence).find()) {
      int close = Math.max(Math.max(sentence.lastIndexOf('”'), sentence.lastIndexOf('"')), sentence.lastIndexOf('’'));
      if (close <= 0) {
        return false;
      }
      String tail = sentence.substring(close + 1);
      if (!SPEECH.matcher(tail).find()) {
        return false;
      }
      Matcher name = NAME.matcher(tail);
      while (name.find()) {
        if (!PRONOUNS.contains(name.group())) {
          return true;
        }
      }
      return false;
    }
    return true;
  }
}
