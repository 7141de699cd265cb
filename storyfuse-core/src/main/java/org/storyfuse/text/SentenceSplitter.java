package org.storyfuse.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.storyfuse.model.Article;

/**
 * Splits article bodies into sentences with OpenNLP's English sentence model (UD English-EWT).
 * Paragraphs are split one at a time: sentence detectors glue a dateline or headline onto the
 * first sentence when they see text across paragraph breaks. Thread-safe: the model is shared,
 * each thread gets its own detector (SentenceDetectorME keeps per-call state).
 */
public final class SentenceSplitter {

  private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** A sentence longer than this is cut: bounds the cost of pathological "sentences" (lists, tables). */
  static final int MAX_SENTENCE_CHARS = 2_000;

  private static final SentenceModel MODEL = loadModel();

  private final ThreadLocal<SentenceDetectorME> detector =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

  private static SentenceModel loadModel() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model missing from the classpath: " + MODEL_RESOURCE);
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
    }
  }

  /** The article's sentences, numbered from 0 across paragraphs. */
  public List<Sentence> split(Article article) {
    List<Sentence> out = new ArrayList<>();
    List<String> paragraphs = article.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (String s : splitParagraph(paragraphs.get(p))) {
        out.add(new Sentence(article.id(), out.size(), p, s));
      }
    }
    return out;
  }

  /**
   * The detected sentences, with a piece that does not end in sentence-final punctuation joined to
   * the next. The model proposes a boundary at every '.', '!' or '?' and extends the span to the end
   * of its token, so a boundary it accepts at the dot inside "0.5" or "example.com" ends the piece
   * after the number ("…raised rates by 0.5" / "points on Tuesday."): such a piece is no sentence.
   */
  static List<String> joinedAtInnerDots(String text, Span[] spans) {
    List<String> out = new ArrayList<>();
    StringBuilder pending = null;
    for (Span span : spans) {
      String piece = span.getCoveredText(text).toString().strip();
      if (piece.isEmpty()) {
        continue;
      }
      pending = pending == null ? new StringBuilder(piece) : pending.append(' ').append(piece);
      if (endsSentence(pending)) {
        out.add(pending.toString());
        pending = null;
      }
    }
    if (pending != null) {
      out.add(pending.toString());
    }
    return out;
  }

  /** Whether the text ends in '.', '!', '?' or '…', then perhaps closing quotes and brackets. */
  public static boolean endsSentence(CharSequence s) {
    int i = s.length() - 1;
    while (i >= 0 && "\"'\u201D\u2019\u00BB)]".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?\u2026".indexOf(s.charAt(i)) >= 0;
  }

  /** A personal title before a name, which the sentence model sometimes takes for a sentence end. */
  private static final java.util.regex.Pattern TITLE_AT_END = java.util.regex.Pattern.compile(
      "(?:^|[\\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Cpl|Pvt|Pfc|Spc|Adm|Cmdr|Gov|Sen|Rep|Rev|"
          + "Hon|Insp|Supt|Det|Brig|Messrs)\\.$");

  /** Whether the text ends with a personal title's abbreviation ("… found Army Spc."). */
  public static boolean endsWithTitle(String text) {
    // a match is at most 8 characters ("(Messrs.") before the end or a final line break: look there
    // only, not at every position of a long sentence; '^' and '$' still mean the text's start and
    // end (anchoring bounds off)
    return TITLE_AT_END.matcher(text).region(Math.max(0, text.length() - TITLE_MATCH_CHARS), text.length())
        .useAnchoringBounds(false).find();
  }

  /** A month's abbreviation at the end ("… on Saturday, Jan."), the day after it in the next piece ("15, …"). */
  private static final java.util.regex.Pattern MONTH_AT_END = java.util.regex.Pattern.compile(
      "(?:^|[\\s(])(?:" + capitalised(org.storyfuse.text.lexicon.Months.ABBREVIATIONS) + ")\\.$");

  /** Whether the piece ends with a month's abbreviation and the next opens with the day's number. */
  private static boolean cutInsideADate(String piece, String next) {
    return Character.isDigit(next.codePointAt(0))
        && MONTH_AT_END.matcher(piece).region(Math.max(0, piece.length() - 6), piece.length())
            .useAnchoringBounds(false).find();
  }

  /** A single letter and its dot at the end of a piece ("… the U.", "at 9:27 a."), an initialism's first letter. */
  private static final java.util.regex.Pattern INITIAL_AT_END = java.util.regex.Pattern.compile("(?:^|[\\s(])\\p{L}\\.$");

  /** A single letter and its dot opening a piece ("S. Geological Survey said…", "m., about 14 miles…"). */
  private static final java.util.regex.Pattern INITIAL_AT_START = java.util.regex.Pattern.compile("^\\p{L}\\.(?:[\\s,;]|$)");

  /**
   * Whether the cut falls inside an initialism spelled with spaces ("U. S.", "F. B. I.", "a. m."), as
   * tokenised corpora write it: one letter and its dot before the cut, and after it another, or a
   * lower-case word ("the F. B. I." + "arrived…"). The model takes the first dot for a sentence end
   * when a capital follows, leaving "S. Geological Survey said…" as a sentence.
   */
  private static boolean cutInsideAnInitialism(String piece, String next) {
    return (INITIAL_AT_START.matcher(next).find() || Character.isLowerCase(next.codePointAt(0)))
        && INITIAL_AT_END.matcher(piece).region(Math.max(0, piece.length() - 3), piece.length())
            .useAnchoringBounds(false).find();
  }

  /** "a.m." or "p.m." (also spaced, "p. m.") at the end of a piece. */
  private static final java.util.regex.Pattern CLOCK_AT_END = java.util.regex.Pattern.compile("(?i)\\b[ap]\\. ?m\\.$");

  /** A weekday or month opening a piece, then a word boundary ("Wednesday.", "Jan. 3"). */
  private static final java.util.regex.Pattern DAY_AT_START = java.util.regex.Pattern.compile(
      "^(?:" + capitalised(org.storyfuse.text.lexicon.Weekdays.NAMES) + "|"
          + capitalised(org.storyfuse.text.lexicon.Months.NAMES) + ")\\b");

  /**
   * Whether the cut falls between a clock time and its day ("around 7 p.m." + "Wednesday."): US
   * style puts the day after the time, and the model takes the dot of "p.m." for a sentence end.
   */
  private static boolean cutBeforeTheDayOfAClockTime(String piece, String next) {
    return DAY_AT_START.matcher(next).find()
        && CLOCK_AT_END.matcher(piece).region(Math.max(0, piece.length() - 8), piece.length())
            .useAnchoringBounds(false).find();
  }

  /**
   * A full date opening a paragraph and glued to its first sentence ("Saturday, March 26, 2005 Up to
   * four times as many…"): a text dump's date line that lost its line break. Split off, it is a line
   * of its own, not the start of the sentence.
   */
  private static final java.util.regex.Pattern LEADING_DATE_LINE = java.util.regex.Pattern.compile(
      "^((?:" + capitalised(org.storyfuse.text.lexicon.Weekdays.NAMES) + "),? (?:"
          + capitalised(org.storyfuse.text.lexicon.Months.NAMES) + ") \\d{1,2},? \\d{4}) (?=\\p{Lu})");

  /** The lexicon's lower-case words as they open a written date ("Jan", "Saturday"), joined as alternatives. */
  private static String capitalised(List<String> words) {
    return String.join("|", words.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList());
  }

  /** The longest text {@link #TITLE_AT_END} matches, "(Messrs.", and a line break ("\r\n") that '$' may precede. */
  private static final int TITLE_MATCH_CHARS = 10;

  /**
   * Sentences of one paragraph, whitespace normalised, empty ones dropped. A piece cut inside a
   * token is joined to the next ({@link #joinedAtInnerDots}), and so is a sentence that ends with a
   * personal title's abbreviation ("Maj.", "Spc.", "Dr.") when the next opens with a capital: the
   * title belongs to the name after it; and one that ends with a month's abbreviation when the next
   * opens with a digit ("Jan." + "15, …"), one cut inside a spaced initialism ("U." + "S. Geological
   * Survey said…") and one cut between a clock time and its day ("7 p.m." + "Wednesday."). A full
   * date glued to the paragraph's first sentence is split off ({@link #LEADING_DATE_LINE}).
   */
  public List<String> splitParagraph(String paragraph) {
    String text = paragraph.replaceAll("\\s+", " ").strip();
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    List<String> detected = new ArrayList<>();
    java.util.regex.Matcher dateLine = LEADING_DATE_LINE.matcher(text);
    if (dateLine.find()) {
      detected.add(dateLine.group(1));
      text = text.substring(dateLine.end());
    }
    for (String s : joinedAtInnerDots(text, detector.get().sentPosDetect(text))) {
      int last = detected.size() - 1;
      if (last >= 0 && ((endsWithTitle(detected.get(last)) && Character.isUpperCase(s.codePointAt(0)))
          || cutInsideADate(detected.get(last), s) || cutInsideAnInitialism(detected.get(last), s)
          || cutBeforeTheDayOfAClockTime(detected.get(last), s))) {
        detected.set(last, detected.get(last) + " " + s); // "found Army Spc." + "Charles Graner guilty…"
      } else {
        detected.add(s);
      }
    }
    for (String detectedSentence : detected) {
      String s = detectedSentence;
      while (s.length() > MAX_SENTENCE_CHARS) {
        int cut = s.lastIndexOf(' ', MAX_SENTENCE_CHARS);
        cut = cut <= 0 ? MAX_SENTENCE_CHARS : cut;
        out.add(s.substring(0, cut).strip());
        s = s.substring(cut).strip();
      }
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
