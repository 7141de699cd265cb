package org.storyfuse.fuse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.text.Terms;
import org.storyfuse.text.lexicon.NumberWords;

/**
 * Whether one source's sentence <em>states</em> a text the brief shows, so that the brief may cite
 * that source right after the text. The aligner ({@link ClaimAligner}) pairs sentences by meaning,
 * which finds corroboration but also pairs a sentence with one that says part of it in other words
 * ("met in Geneva on Monday" / "who led the talks in Geneva on Monday"); a citation must be exact.
 *
 * <p>A sentence states a text when the text stands in it word for word (case, spacing and quote
 * style aside), or when all of these hold:
 * <ul>
 *   <li>every figure of the text ("25", "1962", "100,000", and "one" to "twenty" as their value:
 *       "Twelve miners" is not stated by "15 miners") is in the sentence;
 *   <li>the sentence holds at least {@value #SHARE} of the text's content words ({@link Terms}), and
 *       at least {@value #SHARE} of the text's capitalised names (people, places, bodies: a sentence
 *       that lacks who did it does not state it);
 *   <li>both are negated or neither is ("no", "not", "never", "n't" …: {@link Terms} drops them as
 *       stopwords, so "sees no reason" would otherwise be stated by "sees reason").
 * </ul>
 * The evaluation checks the brief's citations with a rule of its own (storyfuse-eval's
 * {@code CitationCheck}); this one is meant to be at least as strict.
 */
final class Support {

  /** Share of the text's content words (and of its names) the sentence must hold. */
  static final double SHARE = 0.6;

  private static final Pattern FIGURE = Pattern.compile("\\p{N}[\\p{N}.,]*\\p{N}|\\p{N}");
  private static final Pattern NEGATION = Pattern.compile(
      "\\b(no|not|never|none|nobody|nothing|neither|nor|without)\\b|n['’]t\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}’'-]+");

  private Support() {}

  /** What {@link #states} compares of a text, computed once per text (see {@link #PROFILES}). */
  private record Profile(String flat, Set<String> figures, boolean negated, Set<String> words, Set<String> names) {

    static Profile of(String text) {
      return new Profile(Support.flat(text), Support.figures(text), NEGATION.matcher(text).find(),
          new HashSet<>(Terms.of(text)), Support.names(text));
    }
  }

  /** Texts profiled at most: ~50,000 sentences' terms, a few tens of MB. */
  private static final int PROFILE_CACHE = 50_000;

  /**
   * Profiles by text. Within one story every sentence is checked against many others, as text and
   * as candidate, and the regular expressions behind a profile were most of a large story's
   * citation time (bench brief); bounded, so a long-running service keeps only the recent ones.
   */
  private static final Map<String, Profile> PROFILES = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Profile> eldest) {
          return size() > PROFILE_CACHE;
        }
      });

  private static Profile profile(String text) {
    Profile p = PROFILES.get(text);
    if (p == null) {
      p = Profile.of(text);
      PROFILES.put(text, p);
    }
    return p;
  }

  /** Whether {@code sentence} states {@code text}. */
  static boolean states(String sentence, String text) {
    Profile s = profile(sentence);
    Profile t = profile(text);
    if (s.flat().contains(t.flat())) {
      return true;
    }
    if (!s.figures().containsAll(t.figures())) {
      return false;
    }
    if (s.negated() != t.negated()) {
      return false;
    }
    if (t.words().isEmpty()) {
      return false;
    }
    if (shared(t.words(), s.words()) < SHARE * t.words().size()) {
      return false;
    }
    return t.names().isEmpty() || shared(t.names(), s.names()) >= SHARE * t.names().size();
  }

  private static long shared(Set<String> wanted, Set<String> held) {
    return wanted.stream().filter(held::contains).count();
  }

  /** The content terms of the capitalised words after the first word (sentence-initial capitals say nothing). */
  static Set<String> names(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NAME.matcher(" " + text.strip().replaceFirst("^\\S+", ""));
    while (m.find()) {
      out.addAll(Terms.of(m.group()));
    }
    return out;
  }

  /** Figures: digit runs ("100,000" → "100000") and number words as their value ("Twelve" → "12"). */
  static Set<String> figures(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    Matcher w = NUMBER_WORD.matcher(text);
    while (w.find()) {
      out.add(String.valueOf(NumberWords.value(w.group(1).toLowerCase(Locale.ROOT))));
    }
    return out;
  }

  /** "one" … "twenty" as words: the small counts news spells out. */
  private static final Pattern NUMBER_WORD = Pattern.compile(
      "\\b(" + String.join("|", NumberWords.UNITS.subList(1, NumberWords.UNITS.size())) + "|twenty)\\b",
      Pattern.CASE_INSENSITIVE);

  /** The verbatim-comparison form quotes use ({@link QuoteMerger#verbatimForm}): one notion of "the same words". */
  private static String flat(String s) {
    return QuoteMerger.verbatimForm(s);
  }

  /**
   * The part of {@code sentence} that says what it shares with {@code text}: of the runs of whole
   * clauses (cut at commas, semicolons, colons, dashes and brackets), the one that holds the most of
   * the text's content words for its length (each word held counts 1, each word of the run costs
   * {@value #EXCERPT_WORD_COST}), with "…" where the sentence was cut. The whole sentence when that
   * run is all of it, or shorter than four words. The words are the sentence's own: the excerpt is verbatim.
   */
  static String excerpt(String sentence, String text) {
    Set<String> wanted = new HashSet<>(Terms.of(text));
    List<int[]> clauses = new java.util.ArrayList<>();
    Matcher cut = Pattern.compile("[,;:()]|\\s[—–-]\\s").matcher(sentence);
    int start = 0;
    while (cut.find()) {
      clauses.add(new int[] {start, cut.start()});
      start = cut.end();
    }
    clauses.add(new int[] {start, sentence.length()});
    int first = 0;
    int last = clauses.size() - 1;
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < clauses.size(); i++) {
      for (int j = i; j < clauses.size(); j++) {
        String run = sentence.substring(clauses.get(i)[0], clauses.get(j)[1]);
        Set<String> held = new HashSet<>(Terms.of(run));
        held.retainAll(wanted);
        double score = held.size() - EXCERPT_WORD_COST * run.strip().split("\\s+").length;
        if (score > best) {
          best = score;
          first = i;
          last = j;
        }
      }
    }
    if (first == 0 && last == clauses.size() - 1) {
      return sentence.strip();
    }
    String core = sentence.substring(clauses.get(first)[0], clauses.get(last)[1]).strip()
        .replaceAll("^[\"“”‘’']+|[\"“”‘’']+$", "").strip();
    if (core.split("\\s+").length < 4) {
      return sentence.strip();
    }
    return (first > 0 ? "…" : "") + core + (last < clauses.size() - 1 ? "…" : "");
  }

  /** What a word of an excerpt costs against the text's words it holds. */
  static final double EXCERPT_WORD_COST = 0.15;
}
